"""The batch engine's candidate search: band keys exploded, joined and ranked as DataFrames.

The same search as :mod:`lineage.candidates.search`, expressed as joins so that no
machine holds the whole index:

1. every article is signed with the one signature
   (:func:`lineage.candidates.signing.sign_texts`, in ``mapInArrow``) and exploded
   into its distinct ``(key, num)`` postings, ``key`` being the 32-bit band key the
   store indexes (:func:`lineage.candidates.bands.band_keys32`);
2. keys posted by more than ``max_postings`` articles (stock text) are dropped, as
   the store's lookup drops them;
3. postings are joined with themselves on the key: two articles sharing at least
   ``min_hits`` keys are candidates of each other;
4. each article keeps its ``max_candidates`` best among the articles numbered before it
   (articles are numbered in publication order; most shared keys, then the lower
   number): the pairs a trace of files aligns
   (:func:`lineage.graph.tracing.candidate_groups`).

The self-join is where the work grows with the corpus: a key posted by ``n``
articles makes ``n * (n - 1) / 2`` rows, so ``max_postings`` bounds the skew of a
stock phrase's bucket.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from ..candidates.bands import key_pairs
from ..candidates.signing import make_signer, sign_texts
from ..params import CandidateParams, SketchParams

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame

POSTING_SCHEMA = "key long, num long"
PAIR_SCHEMA = "cand long, doc long, hits long, rank int"
SIGN_BATCH = 256  # texts signed per call of the signer in a worker


def sign_batches(batches: Iterator[pa.RecordBatch], params: SketchParams) -> Iterator[pa.RecordBatch]:
    """The distinct ``(key, num)`` postings of batches of ``(num, text)`` rows (runs in a worker)."""
    import pyarrow as pa

    signer = make_signer(params)
    for batch in batches:
        nums = batch.column("num").to_numpy(zero_copy_only=False).astype(np.uint64)
        texts = batch.column("text").to_pylist()
        for lo in range(0, len(texts), SIGN_BATCH):
            sketch = sign_texts(texts[lo : lo + SIGN_BATCH], signer)
            owners = np.repeat(nums[lo : lo + SIGN_BATCH], np.diff(sketch.band_start))
            pairs = np.unique(key_pairs(sketch.bands, owners))  # (key32 << 32) | num, each once
            keys = (pairs >> np.uint64(32)).astype(np.int64)
            docs = (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
            yield pa.RecordBatch.from_arrays([pa.array(keys), pa.array(docs)], names=["key", "num"])


def postings(documents: DataFrame, params: SketchParams) -> DataFrame:
    """Every article's distinct band keys as rows ``(key, num)``."""
    return documents.select("num", "text").mapInArrow(lambda it: sign_batches(it, params), POSTING_SCHEMA)


def candidate_pairs(keys: DataFrame, params: CandidateParams) -> DataFrame:
    """The pairs to align, ``(cand, doc, hits, rank)``: article ``doc`` with each of its best
    candidates ``cand`` numbered before it, sharing ``hits`` keys, ``rank`` its place (from 1)
    among ``doc``'s best."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    posted = keys.withColumn("n", F.count("*").over(Window.partitionBy("key")))
    kept = posted.where((F.col("n") >= 2) & (F.col("n") <= params.max_postings)).select("key", "num")
    a, b = kept.alias("a"), kept.alias("b")
    shared = (
        a.join(b, F.col("a.key") == F.col("b.key"))
        .where(F.col("a.num") < F.col("b.num"))
        .groupBy(F.col("a.num").alias("low"), F.col("b.num").alias("high"))
        .agg(F.count("*").alias("hits"))
        .where(F.col("hits") >= params.min_hits)
    )
    before = shared.select(F.col("high").alias("doc"), F.col("low").alias("cand"), "hits")
    best = Window.partitionBy("doc").orderBy(F.col("hits").desc(), F.col("cand").asc())
    ranked = before.withColumn("rank", F.row_number().over(best))
    return ranked.where(F.col("rank") <= params.max_candidates).select("cand", "doc", "hits", "rank")
