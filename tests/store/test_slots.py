"""Shared-memory slots: a forked worker's result comes back whole, through the slot or the pipe."""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from lineage.models import Document
from lineage.store import open_store, slots


def _echo(slot: int, value: object) -> object:
    return slots.put(slot, value)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="slots are shared with forked workers")
def test_a_forked_worker_hands_its_result_over_in_its_slot_or_else_in_the_pipe() -> None:
    shared = slots.Slots(2, size=1 << 16)
    small = ("a", b"x" * 1000, np.arange(100, dtype=np.uint64))
    large = b"y" * (1 << 17)  # does not fit a slot
    try:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(1, mp_context=context, initializer=slots.attach, initargs=(shared.areas,)) as pool:
            first, second = shared.take(), shared.take()
            size = pool.submit(_echo, first, small).result()
            assert isinstance(size, int)
            got = shared.read(first, size)
            assert got[:2] == small[:2] and got[2].tolist() == small[2].tolist()
            assert pool.submit(_echo, second, large).result() == large
            shared.release(first)
            shared.release(second)
            assert shared.take() == second  # the last freed first
    finally:
        shared.close()
    assert slots.put(0, small) is small  # no slots in this process: the value itself


def test_an_ingest_by_worker_processes_stores_what_one_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [
        Document(f"d{k:03d}", f"Articolo {k}. Il comune di Roma ha approvato il piano {k % 7}.") for k in range(600)
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in docs), encoding="utf-8")
    monkeypatch.setattr("lineage.store.jobs.JSONL_CHUNK", 4096)  # many jobs
    reads: list[int] = []
    real = slots.Slots.read
    monkeypatch.setattr(slots.Slots, "read", lambda self, slot, size: reads.append(size) or real(self, slot, size))
    stored = []
    for name, workers, size in (("one.db", 1, None), ("slots.db", 2, None), ("pipe.db", 2, 1024)):
        monkeypatch.setattr(slots, "SLOT_BYTES", size or 64 << 20)  # 1 KB: every result by the pipe
        with open_store(tmp_path / name) as store:
            result = store.add_paths([path], batch_size=100, workers=workers)
            assert result.added == 600
            assert bool(reads) == (name == "slots.db")
            reads.clear()
            stored.append(
                store.conn.execute(
                    "SELECT num, id, hash, units, signature, text FROM documents ORDER BY num"
                ).fetchall()
            )
            stored.append(store.conn.execute("SELECT block, keys, docs FROM blocks ORDER BY block").fetchall())
    assert stored[0] == stored[2] == stored[4] and stored[1] == stored[3] == stored[5]
