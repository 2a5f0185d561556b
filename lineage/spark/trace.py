"""The batch trace on Spark: the trace of files (:mod:`lineage.graph.tracing`) as Spark stages.

Stages, each writing a Parquet folder under the output folder:

1. ``documents/``: every article read once, numbered in publication order
   (:mod:`lineage.spark.inputs`);
2. ``candidates/``: the pairs to align, found by joining band keys
   (:mod:`lineage.spark.candidates`);
3. ``pairs/``: the pairs aligned in the workers by the one aligner, every pair of
   derivation strength with the sentences each side explains (:mod:`lineage.spark.align`);
4. ``edges/``: the attributed derivations, each child's parents chosen among its pairs
   (:func:`lineage.graph.attribution.attribute_graph`) on the driver: attribution needs
   the orientations among a child's candidates, the ancestry through the graph and each
   article's datelines and credits, so the driver reads the pairs and the articles; the
   cross-language stage (:mod:`lineage.graph.translations`) runs there too, before attribution;
5. ``trace.json``: the graph in the contract of ``lineage trace --format json``
   (:func:`lineage.render.json.write_json`), byte for byte what a trace of the same
   files writes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, LineageError
from ..graph.attribution import attribute_graph
from ..graph.tracing import translated
from ..models import Document, LineageGraph, Problem
from ..params import Params
from ..render.json import write_json
from .align import aligned_edges, edge_batch, edge_of_row, pair_rows
from .candidates import candidate_pairs, postings
from .inputs import DOCUMENT_FIELDS, input_files, write_documents

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import SparkSession

Progress = Callable[[str, int, int], None]
PAIRS_PER_PARTITION = 2000  # candidate pairs aligned per partition (at least 4 partitions a core)
MAX_DOCUMENTS = 1 << 32  # band postings hold 32-bit article numbers


@dataclass(frozen=True, slots=True)
class SparkTraceStats:
    """What a batch trace did, and the wall-clock seconds of each stage."""

    documents: int
    problems: tuple[Problem, ...]
    pairs: int
    edges: int
    seconds: dict[str, float] = field(default_factory=dict)


def _check_output(output: Path) -> None:
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise LineageError(f"{output}: the output folder exists and is not empty: choose a new folder or remove it")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise LineageError(f"{output}: cannot create the output folder ({e.strerror}): check the path") from e


def spark_trace(
    spark: SparkSession,
    paths: Sequence[str | Path],
    output: Path,
    params: Params | None = None,
    *,
    write_trace_json: bool = True,
    partitions: int | None = None,
    progress: Progress | None = None,
) -> SparkTraceStats:
    """Trace the articles under ``paths`` on Spark; write Parquet folders and ``trace.json`` to ``output``.

    Args:
        spark: the session (:func:`lineage.spark.session.spark_session`).
        paths: input files and folders (JSONL, JSONL.gz, Parquet, text files), on a file system
            every worker sees.
        output: a new (or empty) folder.
        params: parameters; defaults when None.
        write_trace_json: also write ``trace.json`` (gathers every document on the driver).
        partitions: partitions of the alignment stage (default: about
            :data:`PAIRS_PER_PARTITION` pairs each, at least four a core).
        progress: called as ``progress(stage, done, total)`` after each stage.

    Raises:
        InputError: a path does not exist, or no article could be read.
        LineageError: the output folder cannot be used.
    """
    p = params or Params()
    files = input_files(paths)
    _check_output(output)
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    where = {name: str(output / name) for name in ("documents", "candidates", "pairs")}

    problems = write_documents(spark, files, where["documents"])
    documents = spark.read.parquet(where["documents"])
    n_docs = documents.count()
    if not n_docs:
        shown = ", ".join(map(str, paths))
        detail = f" ({len(problems)} item(s) skipped: {problems[0].message})" if problems else ""
        raise InputError(f"no readable article under {shown}{detail}: check the paths and formats")
    if n_docs >= MAX_DOCUMENTS:
        raise InputError(f"{n_docs} articles: the batch engine numbers at most {MAX_DOCUMENTS}: split the corpus")
    seconds["read"] = time.perf_counter() - start
    if progress:
        progress("read", n_docs, n_docs)

    mark = time.perf_counter()
    candidate_pairs(postings(documents, p.sketch), p.candidates).write.parquet(where["candidates"])
    pairs = spark.read.parquet(where["candidates"])
    n_pairs = pairs.count()
    seconds["candidates"] = time.perf_counter() - mark
    if progress:
        progress("candidates", n_pairs, n_pairs)

    mark = time.perf_counter()
    cores = spark.sparkContext.defaultParallelism
    n_parts = partitions or max(4 * cores, n_pairs // PAIRS_PER_PARTITION, 1)
    aligned_edges(pair_rows(pairs, documents, n_parts), p).write.parquet(where["pairs"])
    seconds["align"] = time.perf_counter() - mark
    if progress:
        progress("align", n_pairs, n_pairs)

    mark = time.perf_counter()
    graph = attribute_output(output, problems, p)
    n_edges = len(graph.edges)
    seconds["attribute"] = time.perf_counter() - mark
    if write_trace_json:
        mark = time.perf_counter()
        write_graph_json(output, graph)
        seconds["json"] = time.perf_counter() - mark
    seconds["total"] = time.perf_counter() - start
    ordered = tuple(sorted(problems, key=lambda x: (x.origin, x.message)))
    return SparkTraceStats(n_docs, ordered, n_pairs, n_edges, seconds)


def attribute_output(output: Path, problems: Sequence[Problem], params: Params | None = None) -> LineageGraph:
    """Attribute the aligned pairs of ``output/pairs`` (read on the driver, which sees the
    output folder) as the single-machine trace does, write the derivations to
    ``output/edges`` and return the graph. The articles' text is read too: the evidence of
    attribution includes their datelines and credits, and the cross-language stage
    (:func:`lineage.graph.tracing.translated`) runs here, on the driver, as in a trace."""
    p = params or Params()
    import pyarrow.parquet as pq

    table = pq.read_table(output / "documents", columns=list(DOCUMENT_FIELDS))
    columns = [table.column(x).to_pylist() for x in DOCUMENT_FIELDS]
    docs = tuple(sorted((Document(*row) for row in zip(*columns, strict=True)), key=lambda d: d.id))
    records = pq.read_table(output / "pairs", columns=["record"]).column("record").to_pylist()
    edges = [edge_of_row(r) for r in records]
    edges.extend(translated(docs, p, {frozenset((e.source, e.target)) for e in edges}))
    edges.sort(key=lambda e: (e.source, e.target))
    graph = attribute_graph(LineageGraph(docs, tuple(edges), tuple(problems)), p.attribution)
    (output / "edges").mkdir()
    pq.write_table(pa_table(graph), output / "edges" / "part-00000.parquet")
    return graph


def pa_table(graph: LineageGraph) -> pa.Table:
    """The graph's edges as an Arrow table of :data:`lineage.spark.align.EDGE_SCHEMA`."""
    import pyarrow as pa

    return pa.Table.from_batches([edge_batch(graph.edges)])


def write_graph_json(output: Path, graph: LineageGraph) -> Path:
    """Write ``output/trace.json``: the attributed graph, in the contract of ``lineage trace --format json``."""
    path = output / "trace.json"
    partial = output / "trace.json.partial"
    with partial.open("w", encoding="utf-8") as out:
        write_json(graph, out)
    partial.replace(path)
    return path
