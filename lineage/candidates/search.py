"""The candidate search: which documents each document is aligned with.

Every document is signed (:mod:`lineage.candidates.signing`); two documents are
candidates when they share at least ``min_hits`` band keys, keys posted by more
than ``max_postings`` documents being ignored; each document keeps its
``max_candidates`` best (most shared keys, then the lower number). A trace of
files and a store's trace run this same search over the same index, so they find
the same pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from ..params import CandidateParams
from .bands import Arrays, Hits, arrays_of, band_keys32, key_pairs, lookup_arrays_batch
from .signing import BatchSketch

I64 = npt.NDArray[np.int64]


def band_index(sketch: BatchSketch, nums: Sequence[int], index_id: int = 0) -> Arrays:
    """The band index of a batch of signed documents, text ``k`` numbered ``nums[k]``."""
    owners = np.repeat(np.asarray(nums, dtype=np.uint64), np.diff(sketch.band_start))
    pairs = np.unique(key_pairs(sketch.bands, owners))
    return arrays_of(index_id, band_keys32(pairs), (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def ranked(hits: Hits, own: int, params: CandidateParams) -> I64:
    """The documents of ``hits`` that are candidates of document ``own``, best first."""
    keep = (hits.counts >= params.min_hits) & (hits.docs != own)
    docs, counts = hits.docs[keep], hits.counts[keep]
    return np.asarray(docs[np.lexsort((docs, -counts))][: params.max_candidates], dtype=np.int64)


def best_candidates(
    index: Iterable[Arrays], sketch: BatchSketch, nums: Sequence[int], params: CandidateParams
) -> list[list[int]]:
    """The candidates of every document of ``sketch`` (text ``k`` is document ``nums[k]``) in
    the band ``index``, best first, in one pass over the index."""
    owners = np.repeat(np.arange(len(nums), dtype=np.int64), np.diff(sketch.band_start))
    found = lookup_arrays_batch(index, band_keys32(sketch.bands), owners, params.max_postings)
    own = np.asarray(nums, dtype=np.int64)
    keep = (found.counts >= params.min_hits) & (found.docs != own[found.query])
    query, docs, counts = found.query[keep], found.docs[keep], found.counts[keep]
    order = np.lexsort((docs, -counts, query))
    query, docs = query[order], docs[order]
    first = np.searchsorted(query, np.arange(len(nums) + 1))
    rank = np.arange(len(query)) - first[query]
    best = rank < params.max_candidates
    ends = np.searchsorted(query[best], np.arange(len(nums) + 1))
    flat = docs[best].tolist()
    return [flat[ends[k] : ends[k + 1]] for k in range(len(nums))]
