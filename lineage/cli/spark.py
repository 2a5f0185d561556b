"""``lineage spark trace``: the batch trace on Spark (click only).

Registered by :mod:`lineage.cli` as the ``spark`` group; also run by
``python -m lineage.spark`` and ``spark-submit lineage/spark/job.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import LineageError
from .exits import EXIT_HELP, EXIT_PROBLEMS, Fatal


def _settings(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    """``--conf KEY=VALUE`` pairs as a dict, checked up front."""
    conf: dict[str, str] = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r}: write a Spark setting as KEY=VALUE, e.g. spark.executor.memory=4g")
        conf[key.strip()] = setting
    return conf


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def spark_group() -> None:
    """Trace a crawl on Spark (needs pyspark and Java: pip install 'news-lineage[spark]')."""


@spark_group.command("trace", epilog=EXIT_HELP)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="New folder for documents/, candidates/, edges/ (Parquet) and trace.json.",
)
@click.option("--master", help="Spark master URL [default: local[*], or the one spark-submit was given].")
@click.option(
    "--conf",
    "conf",
    multiple=True,
    callback=_settings,
    metavar="KEY=VALUE",
    help="A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable).",
)
@click.option("--partitions", type=click.IntRange(1), help="Partitions of the alignment stage [default: by pairs].")
@click.option(
    "--trace-json/--no-trace-json",
    default=True,
    show_default=True,
    help="Write trace.json beside the Parquet folders (attribution reads the articles on the driver either way).",
)
@click.option(
    "--translations/--no-translations",
    default=True,
    show_default=True,
    help="Also find translations across languages (as lineage trace does; on the driver).",
)
def spark_trace_command(
    inputs: tuple[Path, ...],
    output: Path,
    master: str | None,
    conf: dict[str, str],
    partitions: int | None,
    trace_json: bool,
    translations: bool,
) -> None:
    """Find which articles reuse which, on Spark: the answers of `lineage trace`.

    INPUTS are .jsonl, .jsonl.gz, .parquet or .txt files, or folders of them,
    on a file system every worker sees. Writes OUTPUT/documents/,
    OUTPUT/candidates/ and OUTPUT/edges/ as Parquet and OUTPUT/trace.json
    (the JSON of `lineage trace --format json`).

    \b
    Examples:
        lineage spark trace crawl/ --output traced/ --master 'local[2]'
        spark-submit --master yarn lineage/spark/job.py trace hdfs-mount/crawl/ -o traced/
    """
    from ..params import MeaningParams, Params
    from ..spark import spark_session, spark_trace

    def progress(stage: str, done: int, total: int) -> None:
        click.echo(f"{stage}: {done}", err=True)

    try:
        session = spark_session(master, conf)
        stats = spark_trace(
            session,
            inputs,
            output,
            Params(meaning=MeaningParams(enabled=translations)),
            partitions=partitions,
            write_trace_json=trace_json,
            progress=progress,
        )
    except LineageError as e:
        raise Fatal(str(e)) from e
    timing = ", ".join(f"{stage} {s:.1f} s" for stage, s in stats.seconds.items())
    found = f"{stats.documents} articles, {stats.pairs} candidate pairs, {stats.edges} edges"
    click.echo(f"{found}: written to {output} ({timing})", err=True)
    for problem in stats.problems:
        click.echo(f"skipped: {problem.message}", err=True)
    if stats.problems:
        click.echo(f"{len(stats.problems)} item(s) skipped, see above", err=True)
        sys.exit(EXIT_PROBLEMS)
