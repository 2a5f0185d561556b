"""``lineage index add|stats`` and ``lineage query``: the store's commands (click only).

Registered by :mod:`lineage.cli` as ``index_group`` and ``query_command``.
Data goes to stdout, progress and problems to stderr.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import LineageError
from ..models import Edge, LineageGraph
from .exits import EXIT_HELP, EXIT_PROBLEMS, Fatal
from .notices import echo_repaired

if TYPE_CHECKING:
    from ..store.query import QueryResult
    from ..store.reader import StoreStats

# The default of --batch-size: the store's own (lineage.store.schema.BATCH), written out so that
# `--help` need not import the store (tests/cli/test_imports.py checks that the two agree).
STORE_BATCH = 10_000

db_option = click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The store: a SQLite file (created by `index add` when absent).",
)


class _Progress:
    """Articles stored so far and the rate, on stderr (rewritten in place on a terminal); with
    records read, articles kept and skipped when the input has records that are no article
    (a crawl's), a line at most every 2 s when stderr is not a terminal."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self.read: tuple[int, int] | None = None  # records read, articles kept
        self.stored = 0
        self.shown = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if stage == "read":
            self.read = (done, total)
            if not self.tty and now - self.shown < 2.0:
                return
        else:
            self.stored = done
        rate = self.stored / max(now - self.start, 1e-9)
        text = f"index: {self.stored} articles stored ({rate:,.0f}/s)"
        if self.read is not None:
            records, kept = self.read
            text = f"index: {records:,} records read, {kept:,} articles kept, {records - kept:,} skipped; " + text[7:]
        self.shown = now
        if self.tty:
            click.echo(f"\r{text}", err=True, nl=False)
        else:
            click.echo(text, err=True)

    def finish(self) -> None:
        if self.tty:
            click.echo("", err=True)


@click.group("index")
def index_group() -> None:
    """Keep articles in a store (a SQLite file) to trace and query them later.

    \b
        lineage index add corpus/ --db lineage.db
        lineage index stats --db lineage.db
        lineage query article.txt --db lineage.db
        lineage trace --db lineage.db --since 2024-06-18
    """


@index_group.command("add", epilog=EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@db_option
@click.option(
    "--batch-size", type=click.IntRange(1), default=STORE_BATCH, show_default=True, help="Articles per transaction."
)
@click.option(
    "--workers", type=click.IntRange(1), help="Reading and signing processes, at least 1 [default: one per core]."
)
def add(paths: tuple[Path, ...], db: Path, batch_size: int, workers: int | None) -> None:
    """Add the articles under PATHS to the store.

    PATHS are .txt files, web pages (.html), .jsonl files (one article a
    line; also .jsonl.gz, .jsonl.zst, - for standard input), WARC crawls
    (.warc, .warc.gz) or folders of them, as for `lineage trace`; pages are
    extracted by the worker processes. An article already stored (same id
    and text) is skipped; a bad file, line or record is reported and skipped;
    every batch is committed as it is done, so an interrupted run keeps what
    it stored.

    \b
        lineage index add wire/ outlets.jsonl --db lineage.db
        lineage index add crawl-2024-06.warc.gz --db lineage.db
        zcat feed.jsonl.gz | lineage index add - --db lineage.db
    """
    from ..ingest.counts import describe
    from ..ingest.formats import READABLE
    from ..store.store import open_store

    progress = _Progress()
    try:
        with open_store(db) as store:
            result = store.add_paths(paths, progress=progress, batch_size=batch_size, workers=workers)
    except LineageError as e:
        raise Fatal(str(e)) from e
    finally:
        progress.finish()
    for problem in result.problems:
        click.echo(f"skipped: {problem.message}", err=True)
    if result.counts.skipped:
        kept = result.added + result.skipped
        click.echo(f"read: {describe(result.counts, kept, len(result.problems))}", err=True)
    for name in result.counts.ignored:
        click.echo(f"ignored: {name}: not a format lineage reads ({READABLE})", err=True)
    echo_repaired(result.counts.repaired)
    rate = result.added / result.seconds if result.seconds else 0.0
    click.echo(  # a summary, not data: stdout stays empty
        f"{result.added} added, {result.skipped} already stored, {len(result.problems)} skipped "
        f"({result.seconds:.1f} s, {rate:,.0f} articles/s)",
        err=True,
    )
    if result.problems:
        sys.exit(EXIT_PROBLEMS)


def stats_to_json(stats: StoreStats) -> dict[str, object]:
    """Store statistics as a JSON-ready dict."""
    return {
        "path": stats.path,
        "schema_version": stats.schema_version,
        "params": {
            k: getattr(stats.params, k) for k in ("shingle_size", "num_perm", "seed", "window", "lsh_threshold")
        },
        "documents": stats.documents,
        "traced": stats.traced,
        "edges": stats.edges,
        "segments": stats.segments,
        "band_entries": stats.band_entries,
        "file_bytes": stats.file_bytes,
        "text_bytes": stats.text_bytes,
        "bytes_per_document": round(stats.bytes_per_document, 1),
    }


@index_group.command("stats", epilog=EXIT_HELP)
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format."
)
@click.option("--json", "as_json", is_flag=True, hidden=True, help="The same as --format json (kept for scripts).")
def stats(db: Path, fmt: str, as_json: bool) -> None:
    """Show what the store holds: articles, traced articles, edges, size."""
    from ..store.store import open_store

    try:
        with open_store(db, readonly=True) as store:
            data = stats_to_json(store.stats())
    except LineageError as e:
        raise Fatal(str(e)) from e
    if as_json or fmt == "json":
        click.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    for key, value in data.items():
        if isinstance(value, dict):  # the signature's parameters, one per line
            for name, item in value.items():
                click.echo(f"{key + '.' + name:<20} {item}")
        else:
            click.echo(f"{key:<20} {value}")


def query_to_json(result: QueryResult) -> dict[str, object]:
    """A query result as JSON: the graph contract of `lineage trace` plus the query's view."""
    from ..render.json import graph_to_json

    docs = {result.document.id: result.document, **{d.id: d for d in result.others}}
    edges: list[Edge] = [*result.parents, *result.children, *result.related]
    graph = LineageGraph(tuple(docs.values()), tuple(edges))
    data = graph_to_json(graph)
    data["query"] = result.document.id
    data["stored"] = result.stored
    data["parents"] = [e.source for e in result.parents]
    data["children"] = [e.target for e in result.children]
    data["related"] = [e.source if e.target == result.document.id else e.target for e in result.related]
    data["candidates"] = [{"id": c.id, "shared_band_keys": c.shared} for c in result.candidates]
    return data


def _line(edge: Edge, other: str) -> str:
    c = edge.comparison
    return (
        f"  {other:<24} {c.target_share:>6.0%} of the copy, {c.source_share:>6.0%} of the parent; "
        f"{c.verbatim} verbatim, {c.rewritten} rewritten passage(s); direction: {edge.direction.method}"
    )


@click.command("query", epilog=EXIT_HELP)
@click.argument("article")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def query_command(article: str, db: Path, fmt: str) -> None:
    """Which stored articles ARTICLE derives from, and which derive from it.

    ARTICLE is one article as a UTF-8 .txt file or a saved web page (.html; its
    stem is the id), or the id of an article stored in --db. A stored and
    traced article is answered from the store; any other is aligned against its
    candidates (nothing is written).

    \b
        lineage query today/ansa-123.txt --db lineage.db --format json
    """
    from ..store.store import open_store
    from .articles import read_one_article

    try:
        file = Path(article)
        with open_store(db, readonly=True) as store:
            # A file, or a stored article's id (a missing one is named).
            document = read_one_article(file, "query") if file.is_file() else store.document(article)
            result = store.query(document)
    except LineageError as e:
        raise Fatal(str(e)) from e
    if fmt == "json":
        click.echo(json.dumps(query_to_json(result), ensure_ascii=False, indent=2, sort_keys=True))
        return
    click.echo(f"{document.id}: {'stored' if result.stored else 'not stored'}, {len(result.candidates)} candidate(s)")
    click.echo(f"derives from ({len(result.parents)}):")
    for edge in result.parents:
        click.echo(_line(edge, edge.source))
    click.echo(f"reused by ({len(result.children)}):")
    for edge in result.children:
        click.echo(_line(edge, edge.target))
    if result.related:
        click.echo(f"shares text with, direction undetermined ({len(result.related)}):")
        for edge in result.related:
            click.echo(_line(edge, edge.source if edge.target == document.id else edge.target))
