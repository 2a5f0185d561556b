"""The band index held in memory: sorted (band key, document) arrays and lookups in them.

Every window of a document has ``bands`` band keys (:mod:`lineage.candidates.signing`);
two documents sharing band keys are candidates. The index is a sorted array of
32-bit keys (the high half of the 64-bit band keys) and the document number of
each, bucketed by the keys' top bits so that a lookup reads a few hundred bytes.
A store keeps the same arrays on disk as segments (:mod:`lineage.store.segments`)
and loads them here; a trace of files builds them from the signatures directly.
Keys posted by more than ``max_postings`` documents (stock text) are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..kernels.arrays import unique, unique_counts

U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

BUCKET_ENTRIES = 128  # keys of a bucket of the index (cut by the keys' top bits)


@dataclass(frozen=True, slots=True, eq=False)
class Hits:
    """Documents whose band keys collide with a query's, and how many keys each shares."""

    docs: I64
    counts: I64


def band_keys32(keys: npt.NDArray[np.uint64]) -> U32:
    """The 32-bit form of 64-bit band keys stored in segments (their high half)."""
    return (keys >> np.uint64(32)).astype(np.uint32)


def key_pairs(keys: npt.NDArray[np.uint64], owners: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """``(band_keys32(keys) << 32) | owners``: (key, document) pairs as the index sorts them,
    without the round trip through uint32 (the high half is kept in place)."""
    return (keys & np.uint64(0xFFFFFFFF00000000)) | owners


@dataclass(frozen=True, slots=True, eq=False)
class Arrays:
    """A segment held in memory: every key, sorted, and its document (8 bytes an entry), and
    where the keys of each value of their top ``bits`` bits start (see :func:`arrays_of`)."""

    id: int
    keys: U32
    docs: U32
    buckets: I64  # keys[buckets[h]:buckets[h + 1]] are the keys whose top ``bits`` bits are h
    bits: int


def arrays_of(seg_id: int, keys: U32, docs: U32) -> Arrays:
    """A segment's sorted keys and their documents, held in memory for lookups, with buckets
    of about :data:`BUCKET_ENTRIES` keys (at most 2**20 buckets, 8 MB)."""
    bits = min(20, (len(keys) // BUCKET_ENTRIES).bit_length())
    starts = np.arange(1 << bits, dtype=np.uint32) << np.uint32(32 - bits) if bits else np.zeros(1, np.uint32)
    buckets = np.append(np.searchsorted(keys, starts, side="left"), len(keys)).astype(np.int64)
    return Arrays(seg_id, keys, docs, buckets, bits)


def _bounds(arrays: Arrays, q: U32) -> tuple[I64, I64]:
    """``np.searchsorted(arrays.keys, q, side)`` for the left and the right side, each key
    searched in its bucket only: about 8 steps in a few hundred bytes instead of about 28 across
    the whole array (a random read from memory each, at a million articles)."""
    keys = arrays.keys
    bucket = (q >> np.uint32(32 - arrays.bits)).astype(np.intp) if arrays.bits else np.zeros(len(q), np.intp)
    lo, hi = arrays.buckets[bucket], arrays.buckets[bucket + 1]
    # Both sides in one branch-free binary search: the first position in [lo, hi) whose key is
    # >= q (left) or > q (right); ``size`` counts the positions still in question.
    needles = np.concatenate([q, q])
    right = np.zeros(2 * len(q), dtype=bool)
    right[len(q) :] = True
    first = np.concatenate([lo, lo])
    size = np.concatenate([hi - lo, hi - lo])
    last = max(len(keys) - 1, 0)
    while (size > 0).any():
        half = size >> 1
        middle = first + half
        values = keys[np.minimum(middle, last)]  # some size > 0: the keys are not empty
        before = np.where(right, values <= needles, values < needles) & (size > 0)
        first = np.where(before, middle + 1, first)
        size = np.where(before, size - half - 1, half)
    return first[: len(q)], first[len(q) :]


def postings(kk: U32, dd: U32, q: U32, max_postings: int, bounds: tuple[I64, I64] | None = None) -> I64 | None:
    """Documents of the entries of sorted ``kk`` whose key is in ``q`` (frequent keys left out);
    ``bounds``: where the keys of ``q`` start and end in ``kk``, when already known."""
    if bounds is None:
        bounds = np.searchsorted(kk, q, side="left"), np.searchsorted(kk, q, side="right")
    left, right = bounds
    n = right - left
    sel = (n > 0) & (n <= max_postings)
    if not sel.any():
        return None
    n, first = n[sel], left[sel]
    idx = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n - first, n)
    return np.asarray(dd[idx], dtype=np.int64)


def hits_of(found: list[I64]) -> Hits:
    if not found:
        empty = np.empty(0, dtype=np.int64)
        return Hits(empty, empty)
    docs, counts = unique_counts(np.concatenate(found))
    return Hits(docs, counts.astype(np.int64))


def lookup_arrays(arrays: Iterable[Arrays], keys: U32, max_postings: int) -> Hits:
    """Documents sharing band keys with ``keys`` in the index ``arrays``; keys posted by more than
    ``max_postings`` documents (boilerplate, stock phrases) are ignored."""
    q = unique(keys)
    found = [p for a in arrays if (p := postings(a.keys, a.docs, q, max_postings, _bounds(a, q))) is not None]
    return hits_of(found)


@dataclass(frozen=True, slots=True, eq=False)
class BatchHits:
    """Hits of many queries at once: query ``query[i]`` shares ``counts[i]`` keys with ``docs[i]``;
    rows are sorted by query, then document."""

    query: I64
    docs: I64
    counts: I64


def lookup_arrays_batch(arrays: Iterable[Arrays], keys: U32, owners: I64, max_postings: int) -> BatchHits:
    """:func:`lookup_arrays` for many queries in one pass: ``keys[i]`` belongs to query ``owners[i]``.

    The result is the same as one :func:`lookup_arrays` per query, but every
    segment is searched once with the sorted distinct keys of all queries.
    """
    empty = np.empty(0, dtype=np.int64)
    if not len(keys):
        return BatchHits(empty, empty, empty)
    pairs = unique((owners.astype(np.uint64) << np.uint64(32)) | keys.astype(np.uint64))
    q_owner = (pairs >> np.uint64(32)).astype(np.int64)
    distinct, inverse = np.unique((pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32), return_inverse=True)
    inverse = inverse.reshape(-1)
    found: list[npt.NDArray[np.uint64]] = []
    for a in arrays:
        left = np.searchsorted(a.keys, distinct, side="left")
        n = np.searchsorted(a.keys, distinct, side="right") - left
        n[n > max_postings] = 0
        per_query = n[inverse]
        total = int(per_query.sum())
        if not total:
            continue
        sel = np.flatnonzero(per_query)
        per_query = per_query[sel]
        first = left[inverse[sel]]
        idx = np.arange(total) - np.repeat(np.cumsum(per_query) - per_query - first, per_query)
        owner = np.repeat(q_owner[sel], per_query).astype(np.uint64)
        found.append((owner << np.uint64(32)) | a.docs[idx].astype(np.uint64))
    if not found:
        return BatchHits(empty, empty, empty)
    codes, counts = unique_counts(np.concatenate(found))
    return BatchHits(
        (codes >> np.uint64(32)).astype(np.int64),
        (codes & np.uint64(0xFFFFFFFF)).astype(np.int64),
        counts.astype(np.int64),
    )
