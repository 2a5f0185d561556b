"""The band-key segments: batch lookups agree with one lookup per query."""

from __future__ import annotations

import numpy as np

from lineage import segments as seg


def _arrays(rng: np.random.Generator, seg_id: int, entries: int) -> seg.Arrays:
    keys = rng.integers(0, 400, entries).astype(np.uint32)  # few distinct keys: long posting lists
    docs = rng.integers(0, 5000, entries).astype(np.uint32)
    pairs = np.unique((keys.astype(np.uint64) << np.uint64(32)) | docs.astype(np.uint64))
    return seg.Arrays(
        seg_id, (pairs >> np.uint64(32)).astype(np.uint32), (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    )


def test_batch_lookup_equals_one_lookup_per_query() -> None:
    rng = np.random.default_rng(5)
    arrays = [_arrays(rng, 1, 20_000), _arrays(rng, 2, 3_000), _arrays(rng, 3, 0)]
    queries = [rng.integers(0, 450, int(rng.integers(0, 60))).astype(np.uint32) for _ in range(40)]
    keys = np.concatenate(queries)
    owners = np.repeat(np.arange(len(queries)), [len(q) for q in queries])
    batch = seg.lookup_arrays_batch(arrays, keys, owners, max_postings=60)
    assert len(batch.docs) > 0
    for k, q in enumerate(queries):
        one = seg.lookup_arrays(arrays, q, max_postings=60)
        mine = batch.query == k
        assert batch.docs[mine].tolist() == one.docs.tolist()
        assert batch.counts[mine].tolist() == one.counts.tolist()


def test_batch_lookup_of_nothing() -> None:
    empty = np.empty(0, dtype=np.uint32)
    found = seg.lookup_arrays_batch([seg.Arrays(1, empty, empty)], empty, np.empty(0, dtype=np.int64), 10)
    assert len(found.query) == len(found.docs) == len(found.counts) == 0


def test_blocks_decode_to_what_was_written() -> None:
    rng = np.random.default_rng(9)
    for spread in (1 << 20, 1 << 32):  # dense keys: uint16 differences; sparse: raw uint32 keys
        keys = np.sort(rng.integers(0, spread, 3000, dtype=np.uint64)).astype(np.uint32)
        docs = rng.integers(0, 1 << 25, 3000).astype(np.uint32)
        rows = list(seg._blocks(1, 0, keys, docs))
        kinds = {r[2][:1] for r in rows}
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
