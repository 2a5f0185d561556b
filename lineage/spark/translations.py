"""The batch engine's cross-language stage: anchor candidates joined, pairs aligned by meaning.

The same stage as :mod:`lineage.graph.translations`, as Spark stages:

0. every article's language: a corpus in one language stops here;
1. every article's fact anchors (:func:`lineage.candidates.anchors.anchors`) in
   ``mapInArrow``, exploded into ``(anchor, num, lang)`` postings;
2. anchors held by one article or by more than the stock bound dropped; the others weighted by
   their rarity (idf over the corpus);
3. postings joined with themselves on the anchor, across languages, earlier article first;
   each article keeps its ``max_candidates`` earlier articles in other languages sharing at
   least ``min_anchors`` anchors, by shared rarity then the earlier
   (:func:`lineage.candidates.anchors.anchor_candidates`); pairs already aligned lexically
   are left out;
4. each pair aligned by meaning in the workers (:class:`lineage.graph.translations.MeaningAligner`;
   every Python worker loads the encoder once), the translations written as edge rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..align.units import aligned_part
from ..candidates.anchors import STOCK_FLOOR, anchors
from ..graph.translations import MeaningAligner
from ..params import AlignParams, Params
from ..processes import one_blas_thread
from ..text import detect_language
from .align import EDGE_SCHEMA, document_of, edge_batch, with_articles

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame

ANCHOR_SCHEMA = "anchor string, num long, lang string"
LANGUAGE_SCHEMA = "num long, lang string"


def language_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The ``(num, lang)`` of batches of ``(num, text)`` rows (runs in a worker)."""
    import pyarrow as pa

    for batch in batches:
        langs = [detect_language(text) for text in batch.column("text").to_pylist()]
        yield pa.RecordBatch.from_arrays([batch.column("num"), pa.array(langs, pa.string())], names=["num", "lang"])


def anchor_batches(batches: Iterator[pa.RecordBatch], params: AlignParams) -> Iterator[pa.RecordBatch]:
    """The ``(anchor, num, lang)`` postings of batches of ``(num, lang, text)`` rows (runs in a worker):
    the anchors of the part of each text that alignment reads (:func:`~lineage.align.units.aligned_part`)."""
    import pyarrow as pa

    for batch in batches:
        anchor_col: list[str] = []
        num_col: list[int] = []
        lang_col: list[str] = []
        for num, lang, text in zip(*(batch.column(x).to_pylist() for x in ("num", "lang", "text")), strict=True):
            found = sorted(anchors(aligned_part(text, params)))
            anchor_col.extend(found)
            num_col.extend([num] * len(found))
            lang_col.extend([lang] * len(found))
        yield pa.RecordBatch.from_arrays(
            [pa.array(anchor_col, pa.string()), pa.array(num_col, pa.int64()), pa.array(lang_col, pa.string())],
            names=["anchor", "num", "lang"],
        )


def languages(documents: DataFrame) -> DataFrame:
    """Every article's language, ``(num, lang)``."""
    return documents.select("num", "text").mapInArrow(language_batches, LANGUAGE_SCHEMA)


def translation_candidates(
    documents: DataFrame, langs: DataFrame, n_docs: int, linked: DataFrame, params: Params
) -> DataFrame:
    """The pairs ``(cand, doc)`` of the cross-language stage (article numbers, ``cand`` earlier),
    leaving out the pairs of ``linked`` (``source``, ``target`` ids of aligned pairs). ``langs``:
    :func:`languages` (computed once: the caller skips the stage when there is one language)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    rows = documents.select("num", "text").join(langs, "num")
    posted = rows.mapInArrow(lambda it: anchor_batches(it, params.align), ANCHOR_SCHEMA)
    p = params.meaning
    stock = max(STOCK_FLOOR, int(p.max_anchor_share * n_docs))
    counted = posted.withColumn("df", F.count("*").over(Window.partitionBy("anchor")))
    kept = counted.where((F.col("df") > 1) & (F.col("df") <= stock)).withColumn(
        "idf", F.log(F.lit(float(n_docs)) / F.col("df"))
    )
    a, b = kept.alias("a"), kept.alias("b")
    shared = (
        a.join(b, F.col("a.anchor") == F.col("b.anchor"))
        .where((F.col("a.num") < F.col("b.num")) & (F.col("a.lang") != F.col("b.lang")))
        .groupBy(F.col("a.num").alias("cand"), F.col("b.num").alias("doc"))
        .agg(F.count("*").alias("shared"), F.sum("a.idf").alias("weight"))
        .where(F.col("shared") >= p.min_anchors)
    )
    best = Window.partitionBy("doc").orderBy(F.round("weight", 9).desc(), F.col("cand").asc())
    chosen = shared.withColumn("rank", F.row_number().over(best)).where(F.col("rank") <= p.max_candidates)
    ids = documents.select("num", "id")
    named = chosen.join(ids.select(F.col("num").alias("cand"), F.col("id").alias("c_id")), "cand").join(
        ids.select(F.col("num").alias("doc"), F.col("id").alias("d_id")), "doc"
    )
    ends = linked.select(F.col("source").alias("x"), F.col("target").alias("y"))
    both = ends.union(ends.select(F.col("y").alias("x"), F.col("x").alias("y")))
    fresh = named.join(both, (F.col("c_id") == F.col("x")) & (F.col("d_id") == F.col("y")), "left_anti")
    return fresh.select("cand", "doc")


def meaning_batches(batches: Iterator[pa.RecordBatch], params: Params) -> Iterator[pa.RecordBatch]:
    """The translation edges of batches of pair rows (``c_*`` the earlier article, ``d_*`` the
    later; runs in a worker)."""
    one_blas_thread()  # Spark runs a Python worker per core
    aligner = MeaningAligner(params)
    for batch in batches:
        edges = []
        for row in batch.to_pylist():
            edge = aligner.edge(document_of(row, "c"), document_of(row, "d"))
            if edge is not None:
                edges.append(edge)
        yield edge_batch(edges)


def translation_edges(pairs: DataFrame, documents: DataFrame, params: Params) -> DataFrame:
    """The edges (:data:`~lineage.spark.align.EDGE_SCHEMA`) of the candidate pairs of
    :func:`translation_candidates` that are translations."""
    return with_articles(pairs, documents).mapInArrow(lambda it: meaning_batches(it, params), EDGE_SCHEMA)
