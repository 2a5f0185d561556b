"""A compact LSH band-key index kept inside SQLite: immutable sorted segments of (key, doc).

An in-memory ``MinHashLSH`` costs several KB of RAM per document; a B-tree
row per band key costs 15-20 bytes of disk each and cannot absorb a million
inserts a second. Here every ingest batch writes one *segment*: its
``(band key, document number)`` pairs sorted by key, cut into blocks of
:data:`BLOCK` entries stored as two blobs: keys (as uint16 differences
between consecutive keys when they all fit, as they do in a segment of a few
hundred thousand entries or more, else uint32) and document numbers (3 bytes
below 2**24, else 4): 5 to 8 bytes an entry. A segment's *fences* (the first key of every block) are
kept in its row and loaded once; a lookup reads only the blocks whose fences
bracket the wanted keys. An ingest run merges the segments it wrote into one
when it ends (:meth:`lineage.store.Store.add_paths`), so each entry is
rewritten about once; the segments of successive runs are merged in tiers (as
in an LSM tree), so a store of N runs has O(log N) of them. A merge deletes
the blocks of its inputs range by range as it goes, so the pages they free
hold the merged segment and the file grows by little more than one range.

Everything runs inside the caller's SQLite transaction, so a segment and the
documents it indexes are committed together or not at all.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import as_strided

from ..candidates.bands import Arrays, Hits, arrays_of, hits_of, postings
from ..kernels.arrays import unique

U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

BLOCK = 256  # entries per block
FANOUT = 4  # segments of one tier merged together
RANGE_ENTRIES = 1 << 22  # entries of a key range a merge reads at a time (bounds its memory)

SEGMENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    docs INTEGER NOT NULL,
    entries INTEGER NOT NULL,
    fences BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (
    segment INTEGER NOT NULL,
    block INTEGER NOT NULL,
    keys BLOB NOT NULL,
    docs BLOB NOT NULL,
    PRIMARY KEY (segment, block)
) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True, eq=False)
class Segment:
    """A segment's row: id, number of documents and entries, and its block fences."""

    id: int
    docs: int
    entries: int
    fences: U32


def write_pairs(conn: sqlite3.Connection, pairs: npt.NDArray[np.uint64], n_docs: int) -> int:
    """Store sorted distinct ``(key << 32) | doc`` pairs as a new segment; returns its id."""
    k = (pairs >> np.uint64(32)).astype(np.uint32)
    d = (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return _insert(conn, [k], [d], n_docs)


def _blocks(seg_id: int, first: int, kk: U32, dd: U32) -> Iterator[tuple[int, int, bytearray, bytearray]]:
    """Rows of consecutive blocks of sorted entries (see :func:`_encode_blocks`)."""
    return _rows(seg_id, first, _encode_blocks(kk, dd))


@dataclass(frozen=True, slots=True, eq=False)
class Encoded:
    """The blobs of consecutive blocks, each kind joined in one buffer, and where each ends."""

    keys: bytearray
    key_ends: I64
    docs: bytearray
    doc_ends: I64

    def __len__(self) -> int:
        return len(self.key_ends)


def _rows(seg_id: int, first: int, blobs: Encoded) -> Iterator[tuple[int, int, bytearray, bytearray]]:
    """``(segment, block, keys, docs)`` rows of encoded blocks. The blobs are slices of the
    buffers, as ``bytearray``: sqlite3 binds that type (as int, str and float) as it is, while it
    first looks for an adapter for any other (``bytes``, a ``memoryview``), which costs more than
    copying the slice (a merge at 1M writes 700,000 blocks)."""
    keys, docs = blobs.keys, blobs.docs
    key_ends, doc_ends = blobs.key_ends.tolist(), blobs.doc_ends.tolist()
    n = len(key_ends)
    # Iterated in C (zip, map), not by a Python loop: a merge at 1M writes 700,000 blocks.
    return zip(
        itertools.repeat(seg_id, n),
        range(first, first + n),
        map(keys.__getitem__, map(slice, [0, *key_ends[:-1]], key_ends)),
        map(docs.__getitem__, map(slice, [0, *doc_ends[:-1]], doc_ends)),
        strict=True,
    )


def _encode_blocks(kk: U32, dd: U32) -> Encoded:
    """The key and document blobs of consecutive blocks of sorted entries, for all blocks at once:
    keys as uint16 differences (format byte 5) when a block's fit, else raw uint32 (4); documents
    in 3 bytes (3) when a block's fit, else 4 (4)."""
    n = len(kk)
    if not n:
        empty = np.empty(0, dtype=np.int64)
        return Encoded(bytearray(), empty, bytearray(), empty)
    starts = np.arange(0, n, BLOCK)
    deltas = np.empty_like(kk)
    deltas[0] = 0
    np.subtract(kk[1:], kk[:-1], out=deltas[1:])
    deltas[starts] = 0  # a block's first key is its fence
    narrow = np.maximum.reduceat(deltas, starts) < 1 << 16
    small = np.maximum.reduceat(dd, starts) < 1 << 24
    wide_docs = dd.view(np.uint8).reshape(-1, 4)
    keys, key_ends = _blobs(
        5, deltas.astype(np.uint16).view(np.uint8).reshape(-1, 2), kk.view(np.uint8).reshape(-1, 4), narrow
    )
    docs, doc_ends = _blobs(3, wide_docs[:, :3], wide_docs, small)
    return Encoded(keys, key_ends, docs, doc_ends)


def _blobs(
    tag: int, narrow_bytes: npt.NDArray[np.uint8], wide_bytes: npt.NDArray[np.uint8], narrow: npt.NDArray[np.bool_]
) -> tuple[bytearray, I64]:
    """The blobs of consecutive blocks of :data:`BLOCK` entries, joined, and where each ends: format
    byte ``tag`` and the entries' ``narrow_bytes`` where ``narrow`` says a block fits them, else
    format byte 4 and their ``wide_bytes`` (one row of bytes per entry in both)."""
    n = len(narrow_bytes)
    sizes = np.minimum(n - np.arange(0, n, BLOCK), BLOCK)
    widths = np.where(narrow, narrow_bytes.shape[1], wide_bytes.shape[1])
    ends = np.cumsum(1 + sizes * widths)
    out = np.empty(int(ends[-1]), dtype=np.uint8)
    out[ends - sizes * widths - 1] = np.where(narrow, tag, 4)
    full = n // BLOCK
    if full and narrow[:full].all():  # the usual case: the full blocks at once
        size = narrow_bytes.shape[1]
        width = 1 + BLOCK * size
        # The blocks' entries as (block, entry, byte) views on both sides: copied in one pass.
        into = as_strided(out[1:], shape=(full, BLOCK, size), strides=(width, size, 1))
        into[...] = narrow_bytes[: full * BLOCK].reshape(full, BLOCK, size)
        done = full
    else:
        done = 0
    for b in range(done, len(sizes)):
        lo, hi = b * BLOCK, b * BLOCK + int(sizes[b])
        start = int(ends[b]) - (hi - lo) * int(widths[b])
        source = narrow_bytes if narrow[b] else wide_bytes
        out[start : int(ends[b])] = source[lo:hi].reshape(-1)
    return bytearray(out.data), ends


def _decode_docs(blob: bytes) -> U32:
    if blob[:1] == b"\x04":
        return np.frombuffer(blob, dtype=np.uint32, offset=1)
    three = np.frombuffer(blob, dtype=np.uint8, offset=1).reshape(-1, 3)
    out = np.zeros((len(three), 4), dtype=np.uint8)
    out[:, :3] = three
    return out.view(np.uint32).ravel()


def _strip(blobs: tuple[bytes, ...]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8], I64]:
    """The blobs joined without their format bytes, the format bytes, and each blob's length
    without its format byte (vectorised: a lookup decodes hundreds of blocks, a merge millions;
    the leading blobs of one length, full blocks of one format, are cut as one table)."""
    joined = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    width = int(lengths[0])
    same = lengths == width
    first_other = len(blobs) if same.all() else int(np.argmin(same))
    table = joined[: first_other * width].reshape(first_other, width)
    rest, rest_lengths = joined[first_other * width :], lengths[first_other:]
    starts = np.cumsum(rest_lengths) - rest_lengths
    keep = np.ones(len(rest), dtype=bool)
    keep[starts] = False
    body = np.concatenate((table[:, 1:].reshape(-1), rest[keep]))
    return body, np.concatenate((table[:, 0], rest[starts])), lengths - 1


def _decode(rows: list[tuple[int, bytes, bytes]], fences: U32) -> tuple[U32, U32]:
    """Keys and documents of fetched blocks, concatenated in block order."""
    if not rows:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint32)
    block_ids, key_blobs, doc_blobs = zip(*rows, strict=True)
    body, kinds, _ = _strip(doc_blobs)
    if (kinds == 3).all():
        wide = np.zeros((len(body) // 3, 4), dtype=np.uint8)
        wide[:, :3] = body.reshape(-1, 3)
        docs = wide.view(np.uint32).ravel()
    else:
        docs = np.concatenate([_decode_docs(blob) for blob in doc_blobs])
    body, kinds, sizes = _strip(key_blobs)
    if (kinds == 4).all():
        return body.view(np.uint32), docs
    if (kinds == 5).all():
        # One running sum (modulo 2**32, as the keys are) of the differences, where each block's
        # first difference (0) is replaced by the step from the previous block's last key to its fence.
        steps = body.view(np.uint16).astype(np.uint32)
        starts = np.cumsum(sizes // 2) - sizes // 2
        within = np.add.reduceat(steps, starts)  # last key - fence, per block (the first step is 0)
        block_fences = fences[np.asarray(block_ids, dtype=np.int64)]
        steps[starts[0]] = block_fences[0]
        steps[starts[1:]] = block_fences[1:] - block_fences[:-1] - within[:-1]
        return np.cumsum(steps, dtype=np.uint32), docs
    keys = [_decode_keys(block, kb, fences) for block, kb, _ in rows]
    return np.concatenate(keys).astype(np.uint32), docs


def _decode_keys(block: int, blob: bytes, fences: U32) -> U32:
    """The keys of one block: format byte 4, raw uint32; 5, uint16 differences between
    consecutive keys (the first key is the block's fence); 2, uint16 offsets from the fence."""
    kind = blob[:1]
    if kind == b"\x04":
        return np.frombuffer(blob, np.uint32, offset=1)
    values = np.frombuffer(blob, dtype=np.uint16, offset=1).astype(np.int64)
    if kind == b"\x05":
        values = np.cumsum(values)
    return (values + int(fences[block])).astype(np.uint32)


def _insert(conn: sqlite3.Connection, key_parts: list[U32], doc_parts: list[U32], n_docs: int) -> int:
    """Store already sorted parts (in key order) as one segment."""
    cur = conn.execute("INSERT INTO segments (docs, entries, fences) VALUES (?, 0, x'')", (n_docs,))
    seg = int(cur.lastrowid or 0)
    fences: list[U32] = []
    entries = 0
    pending_k: list[U32] = []
    pending_d: list[U32] = []
    pending = 0
    block = 0

    def flush(final: bool) -> None:
        nonlocal pending, block, pending_k, pending_d
        if not pending:
            return
        kk = np.concatenate(pending_k)
        dd = np.concatenate(pending_d)
        full = len(kk) // BLOCK * BLOCK if not final else len(kk)
        rows = list(_blocks(seg, block, kk[:full], dd[:full]))
        conn.executemany("INSERT INTO blocks (segment, block, keys, docs) VALUES (?, ?, ?, ?)", rows)
        fences.append(kk[:full:BLOCK])
        block += len(rows)
        pending_k, pending_d = [kk[full:]], [dd[full:]]
        pending = len(kk) - full

    for kp, dp in zip(key_parts, doc_parts, strict=True):
        pending_k.append(kp)
        pending_d.append(dp)
        pending += len(kp)
        entries += len(kp)
        if pending >= BLOCK * 256:
            flush(False)
    flush(True)
    fence = np.concatenate(fences) if fences else np.empty(0, dtype=np.uint32)
    conn.execute("UPDATE segments SET entries = ?, fences = ? WHERE id = ?", (entries, fence.tobytes(), seg))
    return seg


def load_segments(conn: sqlite3.Connection, known: dict[int, Segment] | None = None) -> dict[int, Segment]:
    """The current segments (reusing already loaded fences: segments never change)."""
    known = known or {}
    out: dict[int, Segment] = {}
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM segments ORDER BY id")]
    for seg_id in ids:
        found = known.get(seg_id)
        if found is None:
            row = conn.execute("SELECT docs, entries, fences FROM segments WHERE id = ?", (seg_id,)).fetchone()
            found = Segment(seg_id, int(row[0]), int(row[1]), np.frombuffer(row[2], dtype=np.uint32))
        out[seg_id] = found
    return out


def load_arrays(conn: sqlite3.Connection, seg: Segment) -> Arrays:
    """Read a whole segment into memory (for many lookups: trace, a query service), a few
    thousand blocks at a time so that the decoding needs little memory beyond the result."""
    keys = np.empty(seg.entries, dtype=np.uint32)
    docs = np.empty(seg.entries, dtype=np.uint32)
    at = 0
    cursor = conn.execute("SELECT block, keys, docs FROM blocks WHERE segment = ? ORDER BY block", (seg.id,))
    while rows := cursor.fetchmany(4096):
        kk, dd = _decode(rows, seg.fences)
        keys[at : at + len(kk)] = kk
        docs[at : at + len(dd)] = dd
        at += len(kk)
    return arrays_of(seg.id, keys[:at], docs[:at])


def lookup(conn: sqlite3.Connection, segments: Iterable[Segment], keys: U32, max_postings: int) -> Hits:
    """Documents sharing band keys with ``keys``; keys posted by more than ``max_postings``
    documents (boilerplate, stock phrases) are ignored. Reads only the blocks needed."""
    q = unique(keys)
    found: list[I64] = []
    max_blocks = max_postings // BLOCK + 2
    for seg in segments:
        if not len(seg.fences) or not len(q):
            continue
        lo = np.maximum(np.searchsorted(seg.fences, q, side="left") - 1, 0)
        hi = np.maximum(np.searchsorted(seg.fences, q, side="right") - 1, 0)
        ok = hi - lo <= max_blocks
        if not ok.any():
            continue
        lo, hi = lo[ok], hi[ok]
        spread = hi > lo
        parts = [lo]
        if spread.any():
            parts.extend(np.arange(a + 1, b + 1) for a, b in zip(lo[spread].tolist(), hi[spread].tolist(), strict=True))
        wanted = unique(np.concatenate(parts))
        rows = _fetch(conn, seg.id, wanted.tolist())
        if not rows:
            continue
        kk, dd = _decode(rows, seg.fences)
        posted = postings(kk, dd, q[ok], max_postings)
        if posted is not None:
            found.append(posted)
    return hits_of(found)


def _fetch(conn: sqlite3.Connection, seg_id: int, blocks: list[int]) -> list[tuple[int, bytes, bytes]]:
    """Blocks of a segment, in block order."""
    rows: list[tuple[int, bytes, bytes]] = []
    for lo in range(0, len(blocks), 900):
        part = blocks[lo : lo + 900]
        if len(part) > 1 and part[-1] - part[0] == len(part) - 1:
            rows.extend(
                conn.execute(
                    "SELECT block, keys, docs FROM blocks WHERE segment = ? AND block BETWEEN ? AND ? ORDER BY block",
                    (seg_id, part[0], part[-1]),
                )
            )
        else:
            rows.extend(
                conn.execute(
                    "SELECT block, keys, docs FROM blocks WHERE segment = ? "
                    f"AND block IN ({','.join('?' * len(part))}) "
                    "ORDER BY block",
                    (seg_id, *part),
                )
            )
    return rows


@dataclass(frozen=True, slots=True, eq=False)
class MergedRange:
    """A key range of a merge, sorted and encoded: the blobs of its blocks and their fences."""

    blocks: Encoded
    fences: U32
    entries: int


Inputs = tuple[tuple[int, U32], ...]  # the (id, fences) of each segment of a merge


def merge_range(conn: sqlite3.Connection, inputs: Inputs, lo_key: int, hi_key: int) -> MergedRange:
    """The entries of the segments ``inputs`` with keys in ``[lo_key, hi_key)``, sorted by
    (key, document) and encoded as the blocks of the merged segment."""
    key_parts: list[U32] = []
    doc_parts: list[U32] = []
    for seg_id, fences in inputs:
        if not len(fences):
            continue
        first = max(int(np.searchsorted(fences, np.uint32(min(lo_key, 0xFFFFFFFF)), side="left")) - 1, 0)
        last = int(np.searchsorted(fences, np.uint32(min(hi_key, 1 << 32) - 1), side="right")) - 1
        if last < first:
            continue
        kk, dd = _decode(_fetch(conn, seg_id, list(range(first, last + 1))), fences)
        # The blocks' keys are sorted: the range is a slice.
        cut_lo = int(np.searchsorted(kk, np.uint32(lo_key), side="left"))
        cut_hi = len(kk) if hi_key > 0xFFFFFFFF else int(np.searchsorted(kk, np.uint32(hi_key), side="left"))
        key_parts.append(kk[cut_lo:cut_hi])
        doc_parts.append(dd[cut_lo:cut_hi])
    if not key_parts:
        return _empty_range()
    kk, dd = _sorted_pairs(key_parts, doc_parts)
    return MergedRange(_encode_blocks(kk, dd), kk[::BLOCK], len(kk))


def _sorted_pairs(key_parts: list[U32], doc_parts: list[U32]) -> tuple[U32, U32]:
    """The entries of the parts sorted by (key, document), as keys and documents."""
    n = sum(len(k) for k in key_parts)
    pairs = np.empty(n, dtype=np.uint64)
    # (key << 32) | doc written as the two 32-bit halves of each uint64, with no temporaries.
    halves = pairs.view(np.uint32).reshape(n, 2)
    at = 0
    for kp, dp in zip(key_parts, doc_parts, strict=True):
        halves[at : at + len(kp), _HIGH] = kp
        halves[at : at + len(kp), _LOW] = dp
        at += len(kp)
    pairs.sort()
    return _split(pairs)


# Where the high (key) and low (document) 32-bit halves of a uint64 pair lie in memory.
_HIGH, _LOW = (1, 0) if np.little_endian else (0, 1)


def _split(pairs: npt.NDArray[np.uint64]) -> tuple[U32, U32]:
    """The keys and documents of ``(key << 32) | doc`` pairs (read as the pairs' halves)."""
    halves = pairs.view(np.uint32).reshape(len(pairs), 2)
    return np.ascontiguousarray(halves[:, _HIGH]), np.ascontiguousarray(halves[:, _LOW])


def _empty_range() -> MergedRange:
    return MergedRange(_encode_blocks(np.empty(0, np.uint32), np.empty(0, np.uint32)), np.empty(0, np.uint32), 0)


def merge_range_of_pairs(parts: tuple[npt.NDArray[np.uint64], ...], lo_key: int, hi_key: int) -> MergedRange:
    """:func:`merge_range` of segments still held in memory as the sorted ``(key << 32) | doc``
    pairs :func:`write_pairs` stored (the same entries: the same result, block for block)."""
    lo = np.uint64(lo_key << 32)
    cuts = []
    for part in parts:
        first = int(np.searchsorted(part, lo, side="left"))
        last = len(part) if hi_key > 0xFFFFFFFF else int(np.searchsorted(part, np.uint64(hi_key << 32), side="left"))
        if last > first:
            cuts.append(part[first:last])
    if not cuts:
        return _empty_range()
    pairs = np.concatenate(cuts)
    pairs.sort()
    kk, dd = _split(pairs)
    return MergedRange(_encode_blocks(kk, dd), kk[::BLOCK], len(kk))


def merge_range_of_file(path: str, inputs: Inputs, lo_key: int, hi_key: int) -> MergedRange:
    """:func:`merge_range` on a read-only connection of its own to the store at ``path`` (runs
    in a worker process while the writer holds the merge's transaction: the worker reads the
    last committed state, where the input segments are whole)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return merge_range(conn, inputs, lo_key, hi_key)
    finally:
        conn.close()


def merge(
    conn: sqlite3.Connection,
    group: list[Segment],
    executor: Executor | None = None,
    path: str | os.PathLike[str] | None = None,
    ahead: int = 4,
    pairs: Sequence[npt.NDArray[np.uint64]] | None = None,
) -> int:
    """Replace ``group`` by one segment, streaming through key ranges to bound memory.

    Each key range is read from every segment of the group, sorted and written
    before the next one is read. With an ``executor`` (worker processes) and the
    store's ``path``, the ranges are read, sorted and encoded by the workers, up to
    ``ahead`` at a time, and this connection only writes them (the result is the same,
    block for block). With ``pairs``, the entries of every segment of the group as
    :func:`write_pairs` stored them (an ingest run keeps those of the segments it wrote),
    nothing is read: the ranges are cut from them, sorted and encoded, by the
    ``executor`` when given (threads: the arrays are not copied).
    """
    docs = sum(s.docs for s in group)
    cur = conn.execute("INSERT INTO segments (docs, entries, fences) VALUES (?, 0, x'')", (docs,))
    seg_id = int(cur.lastrowid or 0)
    ranges = max(1, sum(s.entries for s in group) // RANGE_ENTRIES)
    bounds = np.linspace(0, 1 << 32, ranges + 1).astype(np.uint64).tolist()
    inputs: Inputs = tuple((s.id, s.fences) for s in group)
    spans = [(int(bounds[r]), int(bounds[r + 1])) for r in range(ranges)]
    results: Iterator[MergedRange]
    if pairs is not None:
        if len(pairs) != len(group):
            raise ValueError(f"{len(pairs)} arrays of pairs for {len(group)} segments")
        held = tuple(pairs)
        if executor is None:
            results = (merge_range_of_pairs(held, lo, hi) for lo, hi in spans)
        else:
            results = _in_order(executor, merge_range_of_pairs, [(held, lo, hi) for lo, hi in spans], ahead)
    elif executor is None or path is None:
        results = (merge_range(conn, inputs, lo, hi) for lo, hi in spans)
    else:
        results = _in_order(executor, merge_range_of_file, [(str(path), inputs, lo, hi) for lo, hi in spans], ahead)
    fences: list[U32] = []
    total = 0
    block = 0
    done = dict.fromkeys((s.id for s in group), 0)  # blocks of each segment already deleted
    for r, found in enumerate(results):
        hi_key = spans[r][1]
        for seg in group:
            if not len(seg.fences):
                continue
            # Blocks no later range reads are deleted now: the pages they free hold the next ranges.
            if r + 1 < ranges:
                upto = max(int(np.searchsorted(seg.fences, np.uint32(hi_key), side="left")) - 1, 0)
            else:
                upto = len(seg.fences)
            if upto > done[seg.id]:
                conn.execute(
                    "DELETE FROM blocks WHERE segment = ? AND block >= ? AND block < ?", (seg.id, done[seg.id], upto)
                )
                done[seg.id] = upto
        if not found.entries:
            continue
        conn.executemany(
            "INSERT INTO blocks (segment, block, keys, docs) VALUES (?, ?, ?, ?)", _rows(seg_id, block, found.blocks)
        )
        fences.append(found.fences)
        block += len(found.blocks)
        total += found.entries
    fence = np.concatenate(fences) if fences else np.empty(0, dtype=np.uint32)
    conn.execute("UPDATE segments SET entries = ?, fences = ? WHERE id = ?", (total, fence.tobytes(), seg_id))
    for seg in group:
        conn.execute("DELETE FROM blocks WHERE segment = ?", (seg.id,))
        conn.execute("DELETE FROM segments WHERE id = ?", (seg.id,))
    return seg_id


def _in_order(
    executor: Executor, fn: Callable[..., MergedRange], calls: list[tuple[Any, ...]], ahead: int
) -> Iterator[MergedRange]:
    """``fn(*args)`` for every item of ``calls``, run by ``executor`` with at most ``ahead``
    pending, in the order of ``calls``."""
    pending: deque[Future[MergedRange]] = deque()
    todo = iter(calls)
    for args in itertools.islice(todo, max(ahead, 1)):
        pending.append(executor.submit(fn, *args))
    while pending:
        found = pending.popleft().result()
        for args in itertools.islice(todo, 1):
            pending.append(executor.submit(fn, *args))
        yield found


def tier(seg: Segment) -> int:
    """The size tier of a segment (segments of a tier are merged together)."""
    size = max(seg.entries, 1)
    level = 0
    base = BLOCK * 64
    while size >= base * FANOUT:
        size //= FANOUT
        level += 1
    return level


def merge_candidates(segments: Iterable[Segment]) -> list[Segment] | None:
    """A group of :data:`FANOUT` segments of the same tier to merge, if any."""
    tiers: dict[int, list[Segment]] = {}
    for seg in segments:
        tiers.setdefault(tier(seg), []).append(seg)
    for level in sorted(tiers):
        group = tiers[level]
        if len(group) >= FANOUT:
            return sorted(group, key=lambda s: s.id)[:FANOUT]
    return None
