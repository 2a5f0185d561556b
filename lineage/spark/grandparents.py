"""The batch engine's grandparent stage (:mod:`lineage.graph.grandparents`) after the alignment.

The pairs are chosen on the driver from the aligned pairs' ids alone
(:func:`~lineage.graph.grandparents.grandparent_pairs`, as the attribution stage relates its
pairs there), aligned in the workers by the one aligner (:func:`~lineage.spark.align.aligned_edges`),
and chosen again with the edges found until none is: the edges of a trace of files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph.grandparents import grandparent_pairs
from ..params import Params
from .align import aligned_edges, pair_rows

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession


def grandparent_stage(
    spark: SparkSession, documents: DataFrame, pairs: str, output: str, params: Params, partitions: int
) -> int:
    """Align the grandparent pairs of the aligned pairs in the Parquet folder ``pairs``; write the
    edges found to the Parquet folder ``output`` (made only when there are pairs to align).
    Returns the number of edges found."""
    from pyspark.sql import functions as F

    aligned = spark.read.parquet(pairs).select("source", "target", "determined")
    rows = [(r[0], r[1], bool(r[2])) for r in aligned.toLocalIterator()]
    known = [(a, b) for a, b, determined in rows if determined]
    loose = [(a, b) for a, b, determined in rows if not determined]
    tried = {frozenset((a, b)) for a, b, _ in rows}
    seen: set[tuple[str, str]] = set()
    ids = documents.select("num", "id")
    new: set[str] | None = None
    while wanted := grandparent_pairs(known, tried, new, loose):
        tried.update(frozenset(pair) for pair in wanted)
        named = spark.createDataFrame(wanted, "c_id string, d_id string")
        numbered = (
            named.join(ids.select(F.col("num").alias("cand"), F.col("id").alias("c_id")), "c_id")
            .join(ids.select(F.col("num").alias("doc"), F.col("id").alias("d_id")), "d_id")
            .select("cand", "doc", F.lit(1).alias("rank"))
        )
        aligned_edges(pair_rows(numbered, documents, partitions), params).write.mode("append").parquet(output)
        found = {
            (r[0], r[1], bool(r[2]))
            for r in spark.read.parquet(output).select("source", "target", "determined").toLocalIterator()
            if (r[0], r[1]) not in seen
        }
        seen.update((a, b) for a, b, _ in found)
        known.extend((a, b) for a, b, determined in found if determined)
        loose.extend((a, b) for a, b, determined in found if not determined)
        new = {x for a, b, _ in found for x in (a, b)}
    return len(seen)
