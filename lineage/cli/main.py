"""The ``lineage`` command: a thin click layer over the library."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from ..errors import LineageError
from ..models import Document, Edge, LineageGraph, Problem
from ..params import MeaningParams, Params
from .exits import EXIT_HELP, EXIT_INTERRUPTED, EXIT_PROBLEMS, EXIT_VIOLATIONS, Fatal
from .index import index_group, query_command
from .notices import echo_repaired
from .select import selection_of, selection_options
from .spark import spark_group

if TYPE_CHECKING:
    from ..ingest.counts import Counts

# The commands import the pipeline (numba, scipy, datasketch, trafilatura...) in their bodies,
# when they run: `lineage --help` and `--version` load none of it (tests/cli/test_imports.py).

F = TypeVar("F", bound=Callable[..., Any])


class StageProgress:
    """Progress on stderr: one line rewritten in place on a terminal; elsewhere (a log, a CI job)
    a line every ``every`` seconds and one when a stage ends, so a long run is never silent."""

    def __init__(self, every: float = 5.0) -> None:
        self.every = every
        self.last = time.monotonic()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < 20 and done != total:
            return
        if sys.stderr.isatty():
            click.echo(f"\r{stage}: {done}/{total}", err=True, nl=done == total)
            return
        now = time.monotonic()
        if done == total or now - self.last >= self.every:
            self.last = now
            click.echo(f"{stage}: {done}/{total}", err=True)


def _read_progress(stage: str, records: int, kept: int) -> None:
    """Records read and articles kept so far, on stderr (rewritten in place on a terminal)."""
    text = f"{stage}: {records:,} records, {kept:,} articles kept, {records - kept:,} skipped"
    if sys.stderr.isatty():
        click.echo(f"\r{text}", err=True, nl=False)
    elif records >= 1000:
        click.echo(text, err=True)


def _report_read(counts: Counts, articles: int, problems: int) -> None:
    """What a read skipped quietly (a crawl's non-article records) and the files it ignored."""
    from ..ingest.counts import describe
    from ..ingest.formats import READABLE

    if sys.stderr.isatty() and counts.records >= 1000:
        click.echo("", err=True)
    if counts.skipped:
        click.echo(f"read: {describe(counts, articles, problems)}", err=True)
    for name in counts.ignored:
        click.echo(f"ignored: {name}: not a format lineage reads ({READABLE})", err=True)
    echo_repaired(counts.repaired)


def _warn_limits(documents: Sequence[Document]) -> None:
    """A warning line for each article the alignment's bounds cut (a junk page, a huge text)."""
    from ..align.limits import limit_notices

    for notice in limit_notices(documents, Params().align):
        click.echo(f"warning: {notice.message}", err=True)


def _report_problems(problems: tuple[Problem, ...]) -> None:
    for problem in problems:
        click.echo(f"skipped: {problem.message}", err=True)
    if problems:
        click.echo(f"{len(problems)} item(s) skipped, see above", err=True)


def _write_graph_output(graph: LineageGraph, fmt: str, out: TextIO) -> None:
    from ..render.csv import write_csv, write_edges_csv
    from ..render.json import write_json
    from ..render.network import write_graphml
    from ..render.table import format_table

    if fmt == "json":
        write_json(graph, out)
    elif fmt == "csv":
        write_csv(graph, out)
    elif fmt == "edges-csv":
        write_edges_csv(graph, out)
    elif fmt == "graphml":
        out.flush()
        write_graphml(graph, out.buffer)
        out.buffer.flush()
    else:
        table = format_table(graph)
        out.write(table if table.endswith("\n") else table + "\n")


GRAPH_SUFFIXES = (".svg", ".png", ".pdf", ".dot", ".gv")


def _output_path(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """Check an output file's folder up front, before any work is done (not after a long trace)."""
    if value is not None and not value.resolve().parent.is_dir():
        raise click.BadParameter(f"{value}: the folder {value.parent} does not exist: create it or choose another")
    return value


def _graph_path(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """Check a diagram file name up front, before any work is done."""
    if value is not None and value.suffix.lower() not in GRAPH_SUFFIXES:
        raise click.BadParameter(f"{value}: use a file name ending in {', '.join(GRAPH_SUFFIXES)}")
    return _output_path(ctx, param, value)


def _diagram_option(flag: str, name: str, help_text: str) -> Callable[[F], F]:
    """An option naming a Graphviz output file, checked up front."""
    return click.option(
        flag, name, type=click.Path(dir_okay=False, path_type=Path), callback=_graph_path, help=help_text
    )


def format_option(choices: list[str]) -> Callable[[F], F]:
    """``--format`` among ``choices`` (the first is the default): what goes to stdout."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format on stdout.",
    )


html_option = click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=_output_path,
    help="Also write an HTML report (diagram, tables, side-by-side texts): one self-contained page, or past "
    "60 derivations an index of the stories and a page per story in the folder NAME-stories beside it.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_HELP)
@click.version_option(package_name="news-lineage", prog_name="lineage")
def cli() -> None:
    """Find where news text came from: who reused whose wire copy, how, and what changed.

    \b
    Examples:
        lineage trace seeds/ --graph lineage.svg
        lineage trace articles.jsonl --format json > lineage.json
        lineage compare seeds/000_24fdc73ef1bfebf6.txt seeds/001_2598fe8beeab436c.txt
    """


@cli.command(epilog=EXIT_HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_option(["table", "json", "csv", "edges-csv", "graphml"])
@_diagram_option("--graph", "graph_path", "Also draw the lineage graph with Graphviz: .svg, .png, .pdf or .dot.")
@_diagram_option(
    "--passages", "passages_path", "Also draw the passage-level diagram of the strongest edge (.svg, .png, .pdf, .dot)."
)
@html_option
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Trace the articles of a store.")
@click.option(
    "--since",
    metavar="DATE",
    help="With --db: align and show only the articles published on or after DATE (ISO 8601 or RFC 2822; "
    "a day alone counts from its midnight UTC, an article without a date from when it was added) and "
    "the articles they are linked to.",
)
@click.option(
    "--again",
    is_flag=True,
    help="With --db: forget the store's earlier traces and trace every article again (after an upgrade "
    "of lineage: the graph a trace of all at once gives now).",
)
@click.option(
    "--translations/--no-translations",
    default=True,
    show_default=True,
    help="Also find articles translating or adapting one in another language, or rewriting an agency's "
    "item in other words (an offline multilingual sentence encoder and synonyms; costs little when no "
    "article is an agency's item and all are in one language).",
)
@click.option(
    "--edge",
    nargs=2,
    metavar="SOURCE TARGET",
    help="The derivation --passages draws (default: the one with the most sentence links).",
)
@selection_options
def trace(
    paths: tuple[Path, ...],
    fmt: str,
    graph_path: Path | None,
    passages_path: Path | None,
    html_path: Path | None,
    db: Path | None,
    since: str | None,
    again: bool,
    translations: bool,
    edge: tuple[str, str] | None,
    **selected: Any,
) -> None:
    """Find which articles reuse which, and how.

    PATHS are .txt files (one article each, UTF-8; the file stem is the id),
    saved web pages (.html, .htm: the article's main text and metadata are
    extracted), .jsonl files (one article per line: id, text, outlet,
    published, url, title, author; also .jsonl.gz, .jsonl.zst, and - for
    standard input), WARC crawls (.warc, .warc.gz: every HTML page is an
    article, its URL the id) or folders of them. A folder's metadata.jsonl
    gives outlet, date and title per file stem.

    --story, --around, --outlet, --from and --until show part of the result:
    the whole input is traced (each article's parent chosen among all), then
    only the derivations they name are shown, in every output.

    \b
    Examples:
        lineage trace seeds/ --graph lineage.svg
        lineage trace seeds/ --format json > lineage.json
        lineage trace examples/seeds.warc.gz --html report.html
        lineage trace --db corpus.db --since 2024-06-01 --format csv
        lineage trace --db corpus.db --again          # after upgrading lineage
        lineage trace --db corpus.db --outlet ANSA --from 2024-06-01 --until 2024-06-30
        lineage trace examples/fanout.jsonl --around c010 --passages c010.svg --edge w000 c010
    """
    from ..render.dot import draw_graph

    try:
        from ..graph.selection import select

        params = Params(meaning=MeaningParams(enabled=translations))
        graph = select(_graph_of(paths, db, since, params, again), selection_of(**selected))
        _write_graph_output(graph, fmt, sys.stdout)
        if html_path is not None:
            _write_html(graph, html_path, "Lineage report")
        if graph_path is not None:
            written = draw_graph(graph, graph_path)
            click.echo(f"graph written to {written}", err=True)
        if passages_path is not None:
            _write_passage_diagram(graph, passages_path, edge)
    except LineageError as e:
        raise Fatal(str(e)) from e
    _report_problems(graph.problems)
    if graph.problems:
        sys.exit(EXIT_PROBLEMS)


def _graph_of(
    paths: tuple[Path, ...], db: Path | None, since: str | None, params: Params, again: bool = False
) -> LineageGraph:
    """The lineage graph of the articles under ``paths`` or of a store."""
    from ..graph.tracing import trace as trace_documents
    from ..ingest.files import load_documents
    from ..ingest.formats import READABLE

    if db is not None:
        if paths:
            raise click.UsageError("give either PATHS or --db, not both")
        from ..store import trace_store

        stored: LineageGraph = trace_store(db, since=since, params=params, progress=StageProgress(), again=again)
        _warn_limits(stored.documents)
        return stored
    if not paths:
        raise click.UsageError("give at least one file or folder, e.g. lineage trace seeds/")
    if since is not None:
        raise click.UsageError("--since goes with --db")
    if again:
        raise click.UsageError("--again goes with --db")
    loaded = load_documents(paths, progress=_read_progress)
    _report_read(loaded.counts, len(loaded.documents), len(loaded.problems))
    if not loaded.documents:
        _report_problems(loaded.problems)
        raise LineageError(
            f"no article read from {', '.join(map(str, paths))} (lineage reads {READABLE}): check the paths"
        )
    _warn_limits(loaded.documents)
    return trace_documents(loaded.documents, params, problems=loaded.problems, progress=StageProgress())


def _write_html(graph: LineageGraph, path: Path, title: str, findings: Sequence[Any] | None = None) -> None:
    """The report: one page, or past a few dozen derivations an index at ``path`` and a page per
    story in the folder beside it (its old story pages replaced)."""
    from ..render.site import html_site, story_folder

    site = html_site(graph, name=path.name, findings=findings, title=title)
    try:
        if site.pages:
            folder = path.parent / story_folder(path.name)
            folder.mkdir(exist_ok=True)
            for old in folder.glob("story-*.html"):
                old.unlink()
            for name, page in site.pages:
                (path.parent / name).write_text(page, encoding="utf-8")
        path.write_text(site.index, encoding="utf-8")
    except OSError as e:
        raise LineageError(f"{e.filename or path}: cannot write the report ({e.strerror}): check the folder") from e
    pages = f" and {len(site.pages):,} story page(s) in {path.parent / story_folder(path.name)}" if site.pages else ""
    click.echo(f"report written to {path}{pages}", err=True)


def _write_passage_diagram(graph: LineageGraph, path: Path, chosen: tuple[str, str] | None) -> None:
    from ..render.dot import render_graph
    from ..render.passages import passage_dot
    from ..text.analysis import analyse

    if not graph.edges:
        raise LineageError("no edge to draw a passage diagram for: the articles share no reused text")
    if chosen is None:
        edge = max(graph.edges, key=lambda e: (len(e.comparison.links), e.source, e.target))
    else:
        edge = _chosen_edge(graph, *chosen)
    source, target = graph.document(edge.source), graph.document(edge.target)
    a, b = analyse(source.text), analyse(target.text)
    dot = passage_dot(
        edge,
        source,
        target,
        tuple(s.span for s in a.sentences),
        tuple(s.span for s in b.sentences),
    )
    written = render_graph(dot, path)
    click.echo(f"passage diagram written to {written}", err=True)


def _chosen_edge(graph: LineageGraph, source: str, target: str) -> Edge:
    """The derivation ``--edge SOURCE TARGET`` names (either way round)."""
    for e in graph.edges:
        if {e.source, e.target} == {source, target}:
            return e
    near = sorted(f"{e.source} {e.target}" for e in graph.edges if source in (e.source, e.target))
    hint = f"derivations of {source}: {'; '.join(near[:5])}" if near else "--format edges-csv lists the derivations"
    raise LineageError(f"--edge {source} {target}: no derivation joins these articles ({hint})")


def _article(name: str, db: Path | None) -> Document:
    """The article named on the command line: a stored article's id with ``--db``, else a file."""
    from .articles import read_one_article

    if db is not None:
        from ..store import open_store

        with open_store(db, readonly=True) as store:
            return store.document(name)
    path = Path(name)
    if not path.is_file():
        raise click.UsageError(
            f"{name}: the file does not exist: give an article file, or a stored article's id with --db"
        )
    return read_one_article(path, "compare")


@cli.command(epilog=EXIT_HELP)
@click.argument("source")
@click.argument("target")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Side-by-side table or JSON on stdout.",
)
@click.option("--width", type=click.IntRange(60, 400), default=None, help="Table width (default: terminal).")
@click.option(
    "--db",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="SOURCE and TARGET are the ids of articles stored there.",
)
@click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Colour the table's labels and drift [default: on a terminal, unless NO_COLOR is set].",
)
def compare(source: str, target: str, fmt: str, width: int | None, db: Path | None, color: bool | None) -> None:
    """Align TARGET against SOURCE sentence by sentence.

    Shows which sentences of TARGET copy (verbatim) or rewrite SOURCE, which
    are its own, and which facts changed (numbers, dates, names), as a trace
    reports the pair. SOURCE and TARGET are article files, or with --db the
    ids of stored articles.

    \b
    Examples:
        lineage compare seeds/000_24fdc73ef1bfebf6.txt seeds/001_2598fe8beeab436c.txt
        lineage compare 000_24fdc73ef1bfebf6 001_2598fe8beeab436c --db lineage.db
    """
    from ..graph.pairs import PairAligner
    from ..render.json import write_comparison_json
    from ..render.table import format_comparison

    try:
        src, tgt = _article(source, db), _article(target, db)
        _warn_limits([src, tgt])
        comparison = PairAligner(Params()).comparison(src.text, tgt.text)
        if fmt == "json":
            write_comparison_json(comparison, src, tgt, sys.stdout)
        else:
            cols = width or shutil.get_terminal_size((120, 24)).columns
            labels = {"source_label": _label("source", src), "target_label": _label("target", tgt)}
            table = format_comparison(comparison, src.text, tgt.text, width=cols, **labels)
            if color if color is not None else (sys.stdout.isatty() and not os.environ.get("NO_COLOR")):
                table = coloured(table)
            sys.stdout.write(table)
    except LineageError as e:
        raise Fatal(str(e)) from e


_HEADS = (
    (re.compile(r"^(\[\d+\.\d+\] )(verbatim)\b", re.M), "red"),
    (re.compile(r"^(\[\d+\.\d+\] )(rewritten)\b", re.M), "blue"),
    (re.compile(r"^()(drift \([a-z]+\):)", re.M), "yellow"),
    (re.compile(r"^()(target's own text|target boilerplate)", re.M), "green"),
)


def coloured(table: str) -> str:
    """``compare``'s table with its labels, drift lines and section heads coloured (ANSI)."""
    for pattern, colour in _HEADS:

        def paint(m: re.Match[str], fg: str = colour) -> str:
            return m.group(1) + click.style(m.group(2), fg=fg, bold=True)

        table = pattern.sub(paint, table)
    return table


def _label(role: str, doc: Document) -> str:
    """A column's header in ``compare``: the role, the article's id and its outlet when known."""
    outlet = f", {doc.outlet}" if doc.outlet else ""
    return f"{role}: {doc.id}{outlet}"


@cli.command(epilog=EXIT_HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="TOML policy: agencies, credit patterns, licensees and their terms (see examples/policy.toml).",
)
@format_option(["table", "json", "csv"])
@html_option
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Audit the articles of a store.")
@click.option(
    "--fail-on-violation",
    is_flag=True,
    help="Exit with status 3 when any finding has a violation (for scripts and CI).",
)
@selection_options
def audit(
    paths: tuple[Path, ...],
    policy_path: Path,
    fmt: str,
    html_path: Path | None,
    db: Path | None,
    fail_on_violation: bool,
    **selected: Any,
) -> None:
    """Check reuse of agency wire copy against a syndication policy.

    For every article derived from an agency's wire story: share reused,
    verbatim/rewritten sentences, whether the agency is credited for the text
    (a photo credit is not enough), licensed, embargo respected, and the facts
    that drifted. Violations: uncredited, unlicensed, verbatim_not_allowed,
    over_share, embargo, drift.

    \b
    Examples:
        lineage audit seeds/ --policy examples/policy.toml
        lineage audit seeds/ --policy examples/policy.toml --format json --html audit.html
        lineage audit --db corpus.db --policy policy.toml --fail-on-violation
        lineage audit --db corpus.db --policy policy.toml --outlet "Voci di Città"
    """
    from ..audit.findings import audit as audit_graph
    from ..audit.findings import findings_to_json
    from ..audit.policy import load_policy
    from ..render.csv import write_findings_csv
    from ..render.table import format_findings

    try:
        from ..graph.selection import select

        policy = load_policy(policy_path)
        graph = select(_graph_of(paths, db, None, Params()), selection_of(**selected))
        report = audit_graph(graph, policy)
        data = findings_to_json(report)
        if fmt == "json":
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
            sys.stdout.write("\n")
        elif fmt == "csv":
            write_findings_csv(data, sys.stdout)
        else:
            sys.stdout.write(format_findings(data))
        if html_path is not None:
            _write_html(graph, html_path, "Syndication audit", data["findings"])
    except LineageError as e:
        raise Fatal(str(e)) from e
    _report_problems(graph.problems)
    if fail_on_violation and report.violating:
        sys.exit(EXIT_VIOLATIONS)
    if graph.problems:
        sys.exit(EXIT_PROBLEMS)


cli.add_command(index_group, "index")
cli.add_command(query_command, "query")
cli.add_command(spark_group, "spark")


def main() -> None:
    """Console-script entry point: Ctrl-C ends the command with status 130 and one line, no traceback."""
    try:
        code = cli(standalone_mode=False)  # click's Exit (--help, --version) comes back as its status
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("\ninterrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    if isinstance(code, int) and code:
        sys.exit(code)
