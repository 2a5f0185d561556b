"""The band-key segments: batch lookups agree with one lookup per query."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from lineage.candidates.bands import Arrays, arrays_of, band_keys32, key_pairs, lookup_arrays, lookup_arrays_batch
from lineage.store import segments as seg


def _arrays(rng: np.random.Generator, seg_id: int, entries: int) -> Arrays:
    keys = rng.integers(0, 400, entries).astype(np.uint32)  # few distinct keys: long posting lists
    docs = rng.integers(0, 5000, entries).astype(np.uint32)
    pairs = np.unique((keys.astype(np.uint64) << np.uint64(32)) | docs.astype(np.uint64))
    return arrays_of(
        seg_id, (pairs >> np.uint64(32)).astype(np.uint32), (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    )


def test_batch_lookup_equals_one_lookup_per_query() -> None:
    rng = np.random.default_rng(5)
    arrays = [_arrays(rng, 1, 20_000), _arrays(rng, 2, 3_000), _arrays(rng, 3, 0)]
    queries = [rng.integers(0, 450, int(rng.integers(0, 60))).astype(np.uint32) for _ in range(40)]
    keys = np.concatenate(queries)
    owners = np.repeat(np.arange(len(queries)), [len(q) for q in queries])
    batch = lookup_arrays_batch(arrays, keys, owners, max_postings=60)
    assert len(batch.docs) > 0
    for k, q in enumerate(queries):
        one = lookup_arrays(arrays, q, max_postings=60)
        mine = batch.query == k
        assert batch.docs[mine].tolist() == one.docs.tolist()
        assert batch.counts[mine].tolist() == one.counts.tolist()


def test_batch_lookup_of_nothing() -> None:
    empty = np.empty(0, dtype=np.uint32)
    found = lookup_arrays_batch([arrays_of(1, empty, empty)], empty, np.empty(0, dtype=np.int64), 10)
    assert len(found.query) == len(found.docs) == len(found.counts) == 0


def test_blocks_decode_to_what_was_written() -> None:
    rng = np.random.default_rng(9)
    for spread in (1 << 20, 1 << 32):  # dense keys: uint16 differences; sparse: raw uint32 keys
        keys = np.sort(rng.integers(0, spread, 3000, dtype=np.uint64)).astype(np.uint32)
        docs = rng.integers(0, 1 << 25, 3000).astype(np.uint32)
        rows = list(seg._blocks(1, 0, keys, docs))
        kinds = {bytes(r[2][:1]) for r in rows}
        assert kinds == ({b"\x05"} if spread == 1 << 20 else {b"\x04"})
        fences = keys[:: seg.BLOCK]
        got_keys, got_docs = seg._decode([(r[1], r[2], r[3]) for r in rows], fences)
        assert got_keys.tolist() == keys.tolist()
        assert got_docs.tolist() == docs.tolist()
        mixed = [(r[1], r[2], r[3]) for r in rows[:3]] + [
            (r[1], b"\x04" + keys[r[1] * 256 : r[1] * 256 + 256].tobytes(), r[3]) for r in rows[3:5]
        ]
        k2, _ = seg._decode(mixed, fences)
        assert k2.tolist() == keys[: 5 * 256].tolist()


def _segment_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT s.docs, s.entries, s.fences, b.block, b.keys, b.docs FROM segments s JOIN blocks b ON b.segment = s.id "
        "ORDER BY b.block"
    ).fetchall()


def test_a_merge_in_worker_processes_or_from_memory_writes_the_same_segment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(11)
    monkeypatch.setattr(seg, "RANGE_ENTRIES", 5_000)  # several key ranges, each read from every segment
    made = []
    for name in ("serial.db", "workers.db", "memory.db", "threads.db"):
        path = tmp_path / name
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(seg.SEGMENTS_SCHEMA)
        rng = np.random.default_rng(11)
        held = []
        for k in range(5):  # batches of disjoint documents; wide keys and documents in some
            docs = rng.integers(k * 10_000, k * 10_000 + 9_000, 6_000, dtype=np.uint64)
            if k == 3:
                docs += np.uint64(1 << 25)
            keys = rng.integers(0, 1 << (32 if k != 1 else 20), 6_000, dtype=np.uint64)
            pairs = np.unique((keys << np.uint64(32)) | docs)
            seg.write_pairs(conn, pairs, 9_000)
            held.append(pairs)
        group = list(seg.load_segments(conn).values())
        conn.execute("BEGIN IMMEDIATE")
        if name == "serial.db":
            seg.merge(conn, group)
        elif name == "workers.db":
            with ProcessPoolExecutor(2) as pool:
                seg.merge(conn, group, pool, path, ahead=3)
        elif name == "memory.db":  # nothing read back: the pairs as they were written
            conn.execute("DELETE FROM blocks")  # (the inputs' blocks are not needed)
            seg.merge(conn, group, pairs=held)
        else:
            with ThreadPoolExecutor(2) as threads:
                seg.merge(conn, group, threads, ahead=3, pairs=held)
        conn.execute("COMMIT")
        made.append((_segment_rows(conn), conn))
    (serial, a), (parallel, b), (memory, _), (threads, _) = made
    assert len(serial) > 100 and serial == parallel == memory == threads
    (only,) = seg.load_segments(a).values()
    probe = seg.load_arrays(a, only).keys[::97]
    found = [seg.lookup(c, seg.load_segments(c).values(), probe, 10) for c in (a, b)]
    assert found[0].docs.tolist() == found[1].docs.tolist() and len(found[0].docs) > 0
    assert found[0].counts.tolist() == found[1].counts.tolist()


def test_key_pairs_are_the_32_bit_keys_and_owners() -> None:
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 2**63, 1000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    owners = rng.integers(0, 2**32, 1000, dtype=np.uint64)
    expected = (band_keys32(keys).astype(np.uint64) << np.uint64(32)) | owners
    assert np.array_equal(key_pairs(keys, owners), expected)
