"""The batch trace on Spark: the trace of files (:mod:`lineage.graph.tracing`) as Spark stages.

Stages, each writing a Parquet folder under the output folder:

1. ``documents/``: every article read once, numbered in publication order
   (:mod:`lineage.spark.inputs`);
2. ``candidates/``: the pairs to align, found by joining band keys
   (:mod:`lineage.spark.candidates`);
3. ``pairs/``: the pairs aligned in the workers by the one aligner, every pair of
   derivation strength with the sentences each side explains (:mod:`lineage.spark.align`);
4. ``grandparents/``: the pairs of a copy of a copy with the copy's own sources, when none of
   its parents is an original (:mod:`lineage.spark.grandparents`), aligned in the workers;
5. ``translations/``: the cross-language stage (:mod:`lineage.spark.translations`): pairs of
   articles in different languages sharing rare fact anchors, aligned by meaning in the workers;
6. ``edges/``: the attributed derivations, each child's parents chosen among its aligned pairs
   in the workers (:mod:`lineage.spark.attribution`), after the pairs whose likeness is borrowed
   from a source their child was found independent of are set aside (:mod:`lineage.graph.borrowed`,
   checked on the driver from ids and figures, the few edges named read whole), and
   ``relations/``: the pairs not drawn (siblings, skipped generations), from article ids alone on
   the driver;
7. ``trace.json``: the graph in the contract of ``lineage trace --format json``
   (:func:`lineage.render.json.write_json`), byte for byte what a trace of the same
   files writes.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, LineageError
from ..graph.attribution import relate
from ..graph.borrowed import borrowed, borrowed_checks, borrowed_evidence
from ..models import Document, LineageGraph, Problem, Relation
from ..params import Params
from ..render.json import write_json
from .align import EDGE_COLUMNS, aligned_edges, edge_batch, edge_of_row, pair_rows
from .attribution import attributed
from .candidates import candidate_pairs, postings
from .grandparents import grandparent_stage
from .inputs import DOCUMENT_FIELDS, input_files, write_documents
from .translations import (
    agencies,
    languages,
    meaning_grandparents,
    stage_agencies,
    translation_candidates,
    translation_edges,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

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
    names = (
        "documents",
        "candidates",
        "pairs",
        "grandparents",
        "languages",
        "agencies",
        "translations",
        "meaning_grandparents",
    )
    where = {name: str(output / name) for name in names}

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
    n_more = grandparent_stage(spark, documents, where["pairs"], where["grandparents"], p, n_parts)
    seconds["grandparents"] = time.perf_counter() - mark
    if progress:
        progress("grandparents", n_more, n_more)

    if p.meaning.enabled:
        mark = time.perf_counter()
        languages(documents).write.parquet(where["languages"])
        langs = spark.read.parquet(where["languages"])
        agencies(documents).write.parquet(where["agencies"])
        found = spark.read.parquet(where["agencies"])
        stage_facts = stage_agencies(langs, found, p.meaning.rewrites)
        if stage_facts.needed:
            linked = aligned_pairs(spark, output).select("source", "target")
            candidates = translation_candidates(documents, langs, found, stage_facts, n_docs, linked, p).cache()
            translation_edges(candidates, documents, p).write.parquet(where["translations"])
            lexical = aligned_pairs(spark, output, ("grandparents",))
            stage = spark.read.parquet(where["translations"])
            meaning_grandparents(spark, documents, lexical, stage, candidates, where["meaning_grandparents"], p)
            candidates.unpersist()
        seconds["translate"] = time.perf_counter() - mark
        if progress:
            progress("translate", n_docs, n_docs)

    mark = time.perf_counter()
    relations, n_edges = attribute_stage(spark, output, documents, p)
    seconds["attribute"] = time.perf_counter() - mark
    if progress:
        progress("attribute", n_edges, n_edges)
    if write_trace_json:
        mark = time.perf_counter()
        write_graph_json(output, read_graph(output, problems, relations))
        seconds["json"] = time.perf_counter() - mark
    seconds["total"] = time.perf_counter() - start
    ordered = tuple(sorted(problems, key=lambda x: (x.origin, x.message)))
    return SparkTraceStats(n_docs, ordered, n_pairs, n_edges, seconds)


def aligned_pairs(
    spark: SparkSession,
    output: Path,
    stages: tuple[str, ...] = ("grandparents", "translations", "meaning_grandparents"),
) -> DataFrame:
    """Every aligned pair of derivation strength: ``pairs/`` and, when their ``stages`` found some,
    ``grandparents/``, ``translations/`` and ``meaning_grandparents/``."""
    pairs = spark.read.parquet(str(output / "pairs"))
    for stage in stages:
        if (output / stage).is_dir():
            pairs = pairs.unionByName(spark.read.parquet(str(output / stage)))
    return pairs


def without_borrowed(spark: SparkSession, pairs: DataFrame) -> tuple[DataFrame, dict[tuple[str, str], tuple[str, str]]]:
    """The aligned pairs less those whose likeness is borrowed from a source their target was
    found independent of (:mod:`lineage.graph.borrowed`: the triples to check are chosen on the
    driver from the pairs' ids and figures, the few edges they name read whole), and those
    dropped with their source and the end that carries its text."""
    ends = pairs.select("source", "target", "determined", "verbatim")
    checks = borrowed_checks((r[0], r[1], bool(r[2]), int(r[3])) for r in ends.toLocalIterator())
    if not checks:
        return pairs, {}
    wanted = sorted({x for a, b, s in checks for x in ((a, b), (b, a), (s, a))})
    named = spark.createDataFrame(wanted, "source string, target string")
    edges = {
        (e.source, e.target): e
        for e in (edge_of_row(r[0]) for r in pairs.join(named, ["source", "target"]).select("record").toLocalIterator())
    }
    dropped = borrowed(checks, edges)
    if not dropped:
        return pairs, {}
    gone = spark.createDataFrame(sorted(dropped), "source string, target string")
    return pairs.join(gone, ["source", "target"], "left_anti"), dropped


def attribute_stage(
    spark: SparkSession, output: Path, documents: DataFrame, params: Params
) -> tuple[tuple[Relation, ...], int]:
    """Attribute every child in the workers (:mod:`lineage.spark.attribution`), write the kept
    edges to ``output/edges`` and the relations of the pairs not drawn to ``output/relations``
    (computed on the driver from article ids only). Returns the relations and the number of edges."""
    import orjson
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql import functions as F

    pairs, dropped = without_borrowed(spark, aligned_pairs(spark, output))
    attributed(pairs, documents, params.attribution).write.parquet(str(output / "attributed"))
    rows = spark.read.parquet(str(output / "attributed"))
    kept = rows.where(F.col("kind") == "edge").select(*EDGE_COLUMNS)
    kept.write.parquet(str(output / "edges"))
    ends = [(r[0], r[1]) for r in kept.where(F.col("determined")).select("source", "target").toLocalIterator()]
    aside = [
        (r[0], r[1], tuple(orjson.loads(r[2])))
        for r in rows.where(F.col("kind") == "aside").select("source", "target", "evidence").toLocalIterator()
    ]
    aside += [(a, b, (borrowed_evidence(a, b, origin, copy),)) for (a, b), (origin, copy) in dropped.items()]
    loose = [edge_of_row(r[0]) for r in pairs.where(~F.col("determined")).select("record").toLocalIterator()]
    relations, undirected = relate(ends, aside, ((e.source, e.target, e.direction.evidence) for e in loose))
    wanted = set(undirected)
    extra = sorted((e for e in loose if (e.source, e.target) in wanted), key=lambda e: (e.source, e.target))
    if extra:
        pq.write_table(pa.Table.from_batches([edge_batch(extra)]), output / "edges" / "part-undirected.parquet")
    table = pa.table(
        {
            "a": [r.a for r in relations],
            "b": [r.b for r in relations],
            "relation": [r.kind for r in relations],
            "common_sources": [list(r.common_sources) for r in relations],
            "evidence": [list(r.evidence) for r in relations],
        },
        schema=pa.schema(
            [
                ("a", pa.string()),
                ("b", pa.string()),
                ("relation", pa.string()),
                ("common_sources", pa.list_(pa.string())),
                ("evidence", pa.list_(pa.string())),
            ]
        ),
    )
    (output / "relations").mkdir()
    pq.write_table(table, output / "relations" / "part-00000.parquet")
    n_kept = spark.read.parquet(str(output / "edges")).count()
    shutil.rmtree(output / "attributed")  # its rows are now edges/ and relations/
    return tuple(relations), n_kept


def read_graph(output: Path, problems: Sequence[Problem], relations: Sequence[Relation]) -> LineageGraph:
    """The attributed graph from ``output/documents`` and ``output/edges`` (read on the driver:
    every article's text, for ``trace.json``)."""
    import pyarrow.parquet as pq

    table = pq.read_table(output / "documents", columns=list(DOCUMENT_FIELDS))
    columns = [table.column(x).to_pylist() for x in DOCUMENT_FIELDS]
    docs = tuple(sorted((Document(*row) for row in zip(*columns, strict=True)), key=lambda d: d.id))
    records = pq.read_table(output / "edges", columns=["record"]).column("record").to_pylist()
    edges = sorted((edge_of_row(r) for r in records), key=lambda e: (e.source, e.target))
    return LineageGraph(docs, tuple(edges), tuple(problems), tuple(relations))


def write_graph_json(output: Path, graph: LineageGraph) -> Path:
    """Write ``output/trace.json``: the attributed graph, in the contract of ``lineage trace --format json``."""
    path = output / "trace.json"
    partial = output / "trace.json.partial"
    with partial.open("w", encoding="utf-8") as out:
        write_json(graph, out)
    partial.replace(path)
    return path
