"""The candidate search: which documents each document is aligned with.

Every document is signed (:mod:`lineage.candidates.signing`); two documents are
candidates when they share at least ``min_hits`` band keys, keys posted by more
than ``max_postings`` documents being ignored. Documents are taken in publication
order (:func:`publication_order`: the publication time, then the id; undated articles
first); each document keeps its ``max_candidates`` best among the documents before it
in that order (most shared keys, then the earlier), and a pair is aligned when one of
the two keeps the other. A source is published before its copies, so every copy keeps
its source among its candidates however many copies there are and in whatever order
they arrive (a wire story stored after thirty of its copies still reaches each of them).
The pairs are a function of the set of documents only: a trace of files and a store's
trace run this same search over the same index, so they find the same pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from ..ingest.records import utc_seconds
from ..params import CandidateParams
from .bands import Arrays, BatchHits, Hits, arrays_of, band_keys32, key_pairs, lookup_arrays_batch
from .signing import BatchSketch

I64 = npt.NDArray[np.int64]


def publication_order(published: str | None, doc_id: str) -> tuple[float, str]:
    """The key that orders documents for the candidate search: the publication time
    (:func:`~lineage.ingest.records.utc_seconds`), then the id; an article without a readable
    date comes first (-inf)."""
    if published:
        try:
            return utc_seconds(published), doc_id
        except ValueError:
            pass
    return -math.inf, doc_id


def positions(keys: Sequence[tuple[float, str]]) -> I64:
    """The place of each key in publication order (``keys[k]`` is document ``k``'s)."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(keys), dtype=np.int64)
    return rank


def band_index(sketch: BatchSketch, nums: Sequence[int], index_id: int = 0) -> Arrays:
    """The band index of a batch of signed documents, text ``k`` numbered ``nums[k]``."""
    owners = np.repeat(np.asarray(nums, dtype=np.uint64), np.diff(sketch.band_start))
    pairs = np.unique(key_pairs(sketch.bands, owners))
    return arrays_of(index_id, band_keys32(pairs), (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def ranked(hits: Hits, own: int, params: CandidateParams, rank: I64 | None = None) -> I64:
    """The documents of ``hits`` that are candidates of document ``own``, best first: with
    ``rank`` (each document number's place in publication order), only the documents before
    ``own`` in that order, the earlier first among equals; without, every other document, the
    lower number first among equals (a query for an article not in the store)."""
    keep = (hits.counts >= params.min_hits) & (hits.docs != own)
    docs, counts = hits.docs[keep], hits.counts[keep]
    if rank is None:
        return np.asarray(docs[np.lexsort((docs, -counts))][: params.max_candidates], dtype=np.int64)
    place = rank[docs]
    before = place < rank[own]
    docs, counts, place = docs[before], counts[before], place[before]
    return np.asarray(docs[np.lexsort((place, -counts))][: params.max_candidates], dtype=np.int64)


def _lookup(
    index: Iterable[Arrays], sketch: BatchSketch, nums: Sequence[int], params: CandidateParams
) -> tuple[BatchHits, I64]:
    """Every document of ``index`` sharing band keys with each text of ``sketch`` (``query`` is the
    text's position), and the texts' document numbers."""
    owners = np.repeat(np.arange(len(nums), dtype=np.int64), np.diff(sketch.band_start))
    found = lookup_arrays_batch(index, band_keys32(sketch.bands), owners, params.max_postings)
    return found, np.asarray(nums, dtype=np.int64)


def best_candidates(
    index: Iterable[Arrays],
    sketch: BatchSketch,
    nums: Sequence[int],
    params: CandidateParams,
    rank: I64 | None = None,
) -> list[list[int]]:
    """The candidates of every document of ``sketch`` (text ``k`` is document ``nums[k]``) in
    the band ``index``, best first, in one pass over the index: the ``max_candidates`` best of
    the documents before it in publication order (``rank[num]``, a document number's place in
    that order; the number itself when None), the earlier first among equals."""
    found, own = _lookup(index, sketch, nums, params)
    place = found.docs if rank is None else rank[found.docs]
    own_place = (own if rank is None else rank[own])[found.query]
    keep = (found.counts >= params.min_hits) & (place < own_place)
    query, docs, counts, place = found.query[keep], found.docs[keep], found.counts[keep], place[keep]
    order = np.lexsort((place, -counts, query))
    query, docs = query[order], docs[order]
    first = np.searchsorted(query, np.arange(len(nums) + 1))
    rank = np.arange(len(query)) - first[query]
    best = rank < params.max_candidates
    ends = np.searchsorted(query[best], np.arange(len(nums) + 1))
    flat = docs[best].tolist()
    return [flat[ends[k] : ends[k + 1]] for k in range(len(nums))]


def later_neighbours(
    index: Iterable[Arrays], sketch: BatchSketch, nums: Sequence[int], params: CandidateParams, rank: I64
) -> I64:
    """The documents after any document of ``sketch`` in publication order that share at least
    ``min_hits`` keys with it: those whose candidates an article arriving late may enter."""
    found, own = _lookup(index, sketch, nums, params)
    keep = (found.counts >= params.min_hits) & (rank[found.docs] > rank[own][found.query])
    return np.unique(found.docs[keep])
