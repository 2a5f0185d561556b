"""Writing a store: articles read, parsed and signed in worker processes, stored in batches.

Every ingest batch is one transaction holding its articles and their band-key
segment (:mod:`lineage.store.segments`), so a killed ingest loses only the batch
it had not committed. Workers forked from the writer hand their results over in
shared memory (:mod:`lineage.store.slots`); a thread copies the write-ahead log
into the file meanwhile, so the writer never waits for that copy. The segments
of a run are merged into one when it ends.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..candidates.signing import DocumentSketch
from ..errors import StoreError
from ..graph.tracing import Progress
from ..ingest.counts import Counts
from ..models import Document, Problem
from ..processes import pool_initializer
from . import jobs, slots
from . import segments as seg
from .schema import AUTOCHECKPOINT, BATCH, HELD_ENTRIES, RUN_SEGMENTS, immediate, select_in

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an ingest did: articles stored, articles already stored, items skipped and why,
    and what was read (``counts.records``: files, JSONL lines and WARC records; the records
    skipped quietly by reason; a folder's files of other formats)."""

    added: int
    skipped: int
    problems: tuple[Problem, ...]
    seconds: float = 0.0
    counts: Counts = field(default_factory=Counts)


class Checkpointer:
    """Copies the write-ahead log into the database file from a thread of its own, with its own
    connection, so that an ingest never waits for the copy and the sync of the file (a passive
    checkpoint: it never blocks the writer or the readers)."""

    def __init__(self, path: Path, min_bytes: int = 32 << 20) -> None:
        self._path = path
        self._wal = Path(f"{path}-wal")
        self._min_bytes = min_bytes
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="lineage-checkpoint", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """A transaction was committed: checkpoint when the log is large enough."""
        self._wake.set()

    def close(self) -> None:
        """Stop the thread (the caller checkpoints what is left)."""
        self._stopping = True
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=30, isolation_level=None)
        except sqlite3.Error:
            return  # the writer's own final checkpoint copies the log
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                try:
                    if self._wal.stat().st_size >= self._min_bytes:
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except (OSError, sqlite3.Error):
                    continue
        finally:
            conn.close()


def _forks() -> bool:
    """Whether process pools start their workers by forking this process (so they share its
    anonymous mappings)."""
    return multiprocessing.get_start_method(allow_none=False) == "fork"


def add_documents(
    store: Store,
    documents: Iterable[Document | Problem],
    *,
    progress: Progress | None = None,
    batch_size: int = BATCH,
    workers: int | None = None,
) -> AddResult:
    """Store articles, one transaction per batch; already stored ones are skipped.

    An article is already stored when its id is stored with the same text
    (content hash); an id stored with another text is reported as a problem
    and skipped. :class:`~lineage.models.Problem` items in ``documents``
    (unreadable inputs) are passed through to the result.

    Args:
        documents: articles (and input problems).
        progress: called as ``progress("index", stored so far, 0)`` after each commit.
        batch_size: articles per transaction.
        workers: signing processes (default: one per core; 1 signs in this process).

    Returns:
        Counts and problems.
    """
    return ingest(store, jobs.document_jobs(documents), progress, batch_size, workers)


def add_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: Progress | None = None,
    batch_size: int = BATCH,
    workers: int | None = None,
) -> AddResult:
    """Store the articles under ``paths``, read, parsed and signed by worker processes: ``.txt``
    files and web pages (``.html``, ``.htm``) with a folder's ``metadata.jsonl``, JSONL feeds
    (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``-`` for standard input) and WARC crawls
    (``.warc``, ``.warc.gz``; pages extracted in the workers).

    Bad files, lines and records are reported in the result's problems and skipped.
    ``progress`` is also called as ``progress("read", records read, articles kept)``
    as the workers' results come in.

    Raises:
        InputError: a path does not exist.
    """
    return ingest(
        store,
        jobs.path_jobs(paths, max(1 << 16, min(jobs.JSONL_CHUNK, batch_size * 1024))),
        progress,
        batch_size,
        workers,
    )


def ingest(
    store: Store, todo: Iterable[jobs.Job], progress: Progress | None, batch_size: int, workers: int | None
) -> AddResult:
    store.check_writable()
    start = time.perf_counter()
    # No garbage collection while an ingest runs: loading the signer (numba) and every batch's
    # rows make a few hundred collections that find nothing (about 0.4 s at 100k articles); the
    # objects made meanwhile are collected afterwards, as usual.
    collect = gc.isenabled()
    gc.disable()
    try:
        return _run_ingest(store, todo, progress, batch_size, workers, start)
    finally:
        if collect:
            gc.enable()


def _run_ingest(
    store: Store,
    todo: Iterable[jobs.Job],
    progress: Progress | None,
    batch_size: int,
    workers: int | None,
    start: float,
) -> AddResult:
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    signer = store.signer
    keep = store.shared is not None
    problems: list[Problem] = []
    added = skipped = 0
    read = Counts()
    repaired: list[str] = []
    records = kept = 0
    in_flight: deque[tuple[jobs.Job, Future[jobs.Signed | int] | jobs.Signed, int]] = deque()
    ready: list[jobs.Signed] = []
    ready_docs = 0
    next_line: dict[str, int] = {}  # line number of the next job of each JSONL file
    # Segments written by this run: merged once, at its end (or every RUN_SEGMENTS batches), so
    # that an entry is rewritten about once instead of once per tier.
    fresh: list[int] = []
    merged: list[int] = []
    # The entries of the segments in ``fresh`` as they were written, while they fit HELD_ENTRIES.
    held: list[npt.NDArray[np.uint64]] | None = []

    def commit() -> None:
        nonlocal added, skipped, held
        n, dup, seg_id, pairs = _commit(store, ready, problems)
        added += n
        skipped += dup
        if seg_id is not None:
            fresh.append(seg_id)
            if held is not None:
                held.append(pairs)
                if sum(map(len, held)) > HELD_ENTRIES:
                    held = None
        if len(fresh) >= RUN_SEGMENTS:
            merged.append(_merge_segments(store, fresh, pool, n_workers, held))
            fresh.clear()
            held = []

    def take() -> None:
        nonlocal ready_docs, ready, read, records, kept
        job, item, slot = in_flight.popleft()
        found = item.result() if isinstance(item, Future) else item
        done = shared.read(slot, found) if isinstance(found, int) and shared is not None else found
        if shared is not None:
            shared.release(slot)
        assert not isinstance(done, int)
        if job.jsonl is not None:
            path, first_byte, _ = job.jsonl
            first = 1 if first_byte <= 3 else next_line[path]  # a file's first job starts at 0 (3 after a BOM)
            next_line[path] = first + done.lines
            if done.problems:
                done = replace(done, problems=tuple(jobs.renumber(done.problems, path, first)))
            if done.repaired:
                done = replace(done, repaired=tuple(jobs.renumber_origin(o, path, first) for o in done.repaired))
        ready.append(done)
        ready_docs += len(done.rows)
        read += job.counts
        repaired.extend(done.repaired)
        records += job.counts.records + len(done.rows) + len(done.problems)
        kept += len(done.rows)
        if progress and (job.pages or job.counts.records):
            progress("read", records, kept)
        if ready_docs >= batch_size:
            commit()
            ready, ready_docs = [], 0
            checkpointer.poke()
            if progress:
                progress("index", added, 0)

    # The writer never checkpoints: a thread copies the log into the file (and syncs it) meanwhile.
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    checkpointer = Checkpointer(store.path)
    # The objects already made (numba's, the caller's) are left out of garbage collections, in
    # this process and in the workers forked from it (whose pages they share).
    thaw = gc.get_freeze_count() == 0  # a caller's own frozen objects stay frozen
    gc.freeze()
    pool: Executor | None = None
    # Workers forked from this process hand their results over in shared memory (lineage.store.slots).
    shared = slots.Slots(3 * n_workers + 1) if n_workers > 1 and _forks() else None
    if n_workers > 1:
        areas = shared.areas if shared is not None else ()
        pool = ProcessPoolExecutor(n_workers, **pool_initializer(slots.attach, (areas,)))
    try:
        for job in todo:
            if pool is None:
                in_flight.append((job, jobs.run_job(job, signer, keep), -1))
            else:
                slot = shared.take() if shared is not None else -1
                in_flight.append((job, pool.submit(jobs.run_job_into, slot, job, signer, keep), slot))
            while len(in_flight) > 3 * n_workers or (pool is None and in_flight):
                take()
        while in_flight:
            take()
        if ready:
            commit()
            if progress:
                progress("index", added, 0)
        if len(fresh) + len(merged) > 1:
            _merge_segments(store, fresh + merged, pool, n_workers, held if not merged else None)
        held = None
        _compact(store, pool, n_workers)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if shared is not None:
            shared.close()
        checkpointer.close()
        if thaw:
            gc.unfreeze()
        store.conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT}")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = Counts(records, read.skipped, read.ignored, tuple(repaired))
    return AddResult(added, skipped, tuple(problems), time.perf_counter() - start, counts)


def _commit(
    store: Store, parts: list[jobs.Signed], problems: list[Problem]
) -> tuple[int, int, int | None, npt.NDArray[np.uint64]]:
    """Store signed parts and their band segment in one transaction.

    Returns the number of articles stored, of articles already stored, the id of the new
    segment (None when nothing was stored) and its entries (see :func:`lineage.store.segments.write_pairs`).
    """
    seg_id: int | None = None
    conn = store.conn
    now = int(time.time())
    rows: list[jobs.Row] = []
    pair_parts: list[npt.NDArray[np.uint64]] = []
    shared_items: list[tuple[str, DocumentSketch]] = []
    skipped = 0
    low = np.uint64(0xFFFFFFFF)
    pairs = np.empty(0, np.uint64)
    with immediate(conn):
        ids = [r[0] for part in parts for r in part.rows]
        stored: dict[str, bytes] = dict(select_in(conn, "SELECT id, hash FROM documents WHERE id IN", ids))
        first_num = int(conn.execute("SELECT coalesce(max(num), 0) FROM documents").fetchone()[0]) + 1
        num = first_num - 1
        if not stored and len(set(ids)) == len(ids):
            # The usual case, every article new: the workers' rows are stored as they are.
            for part in parts:
                problems.extend(part.problems)
                if len(part.pairs):
                    pair_parts.append(part.pairs + np.uint64(num + 1))
                if store.shared is not None:
                    shared_items.extend((r[0], w) for r, w in zip(part.rows, part.windows, strict=True))
                rows.extend(part.rows)
                num += len(part.rows)
        else:
            for part in parts:
                problems.extend(part.problems)
                nums = np.zeros(len(part.rows), dtype=np.uint64)  # 0: not stored now
                part_first = num + 1
                for k, row in enumerate(part.rows):
                    doc_id, digest = row[0], row[1]
                    first = stored.get(doc_id)
                    if first is not None:
                        if first == digest:
                            skipped += 1
                        else:
                            origin = row[6] or doc_id
                            problems.append(
                                Problem(
                                    origin,
                                    f"{origin}: article id {doc_id!r} is already stored with another "
                                    "text: give the new version its own id (skipped)",
                                )
                            )
                        continue
                    stored[doc_id] = bytes(digest)
                    num += 1
                    nums[k] = num
                    rows.append(row)
                    if store.shared is not None:
                        shared_items.append((doc_id, part.windows[k]))
                if len(part.pairs) and num - part_first + 1 == len(part.rows):
                    # Every row stored, numbered from part_first: the row index becomes the number.
                    pair_parts.append(part.pairs + np.uint64(part_first))
                elif len(part.pairs):
                    # Rows keep their order, so the pairs stay sorted by (key, article number).
                    owner_num = nums[(part.pairs & low).astype(np.intp)]
                    kept = owner_num > 0
                    pair_parts.append((part.pairs[kept] & ~low) | owner_num[kept])
        if rows and store.shared is not None:
            # The shared index first: a crash before the commit below leaves keys of articles
            # that are indexed again on the next run, never stored articles missing from it.
            store.shared.add_many(shared_items)
        if rows:
            # No number given: SQLite numbers the rows max(num) + 1, + 2, ... as they come, which
            # is how the pairs were numbered (checked below); ``now`` is an int.
            conn.executemany(
                "INSERT INTO documents (id, hash, outlet, published, url, title, origin, added, units, "
                f"signature, text, author) VALUES (?, ?, ?, ?, ?, ?, ?, {now}, ?, ?, CAST(? AS TEXT), ?)",
                rows,
            )
            last = int(conn.execute("SELECT max(num) FROM documents").fetchone()[0])
            if last != num:  # pragma: no cover - a rowid table numbers new rows max + 1 while max < 2**63 - 1
                raise StoreError(f"{store.path}: articles numbered up to {last}, expected {num}")
            # Distinct values, in sorted runs (one per part): a stable sort (timsort) merges them.
            pairs = np.sort(np.concatenate(pair_parts), kind="stable") if pair_parts else np.empty(0, np.uint64)
            seg_id = seg.write_pairs(conn, pairs, len(rows))
            text_bytes = sum(map(len, map(itemgetter(9), rows)))
            conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'text_bytes'", (text_bytes,))
    return len(rows), skipped, seg_id, pairs


def _merge_segments(
    store: Store,
    ids: list[int],
    pool: Executor | None = None,
    workers: int = 1,
    pairs: list[npt.NDArray[np.uint64]] | None = None,
) -> int:
    """Merge the segments ``ids`` into one (its own transaction); returns the new segment's id.

    With a ``pool`` of ``workers`` processes, they read, sort and encode the key ranges
    and this process writes them. With ``pairs``, the entries of each segment of ``ids``
    as they were written, nothing is read: threads of this process cut, sort and encode
    the ranges from them (the same segment, block for block).
    """
    if len(ids) == 1:
        return ids[0]
    current = seg.load_segments(store.conn, store.segments)
    group = [current[i] for i in ids]
    if pairs is None:
        return _merge(store, group, pool, workers)
    with ThreadPoolExecutor(max(workers, 1)) as threads:
        return _merge(store, group, threads, workers, pairs)


def _compact(store: Store, pool: Executor | None = None, workers: int = 1) -> None:
    """Merge segments tier by tier (each merge its own transaction; see :meth:`_merge_segments`)."""
    while (group := seg.merge_candidates(seg.load_segments(store.conn, store.segments).values())) is not None:
        _merge(store, group, pool, workers)


def _merge(
    store: Store,
    group: list[seg.Segment],
    pool: Executor | None,
    workers: int,
    pairs: list[npt.NDArray[np.uint64]] | None = None,
) -> int:
    with immediate(store.conn):
        new_id = seg.merge(store.conn, group, pool, store.path, workers, pairs)
    return new_id
