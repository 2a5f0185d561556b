"""A persistent article store in one SQLite file: documents, signatures, band index, traced edges.

``lineage index add`` reads, parses and signs articles in worker processes
(:mod:`lineage.ingest_jobs`, :mod:`lineage.fastsketch`) and stores, in one
transaction per batch, each article's text, metadata and
content hash, its signing sentences (character offsets), its document MinHash
and its window band keys (a new segment of :mod:`lineage.segments`; the
segments of a run are merged into one when it ends). Tracing
is incremental: only articles not yet traced are aligned, against the stored
articles whose band keys they share, and the edges found are stored with
their passages.

Tracing sends each family of candidate pairs (a source, its copies, their
copies) to one worker, which analyses each article once.

The file is in WAL mode: readers work while one writer ingests, and a killed
writer loses only the batch it had not committed. While it ingests, a thread
copies the log into the file (passive checkpoints), so the writer never waits
for that copy or for the sync of the file.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sqlite3
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from . import ingest_jobs as jobs
from . import segments as seg
from . import slots
from .errors import StoreError
from .fastsketch import SIGNER, BatchSketch, Signer, content_hash, make_signer, sign_texts, window_sketch
from .index import CandidateIndex
from .ingest import check_published
from .lineage import PairAligner
from .models import (
    Comparison,
    Direction,
    Document,
    Drift,
    Edge,
    LineageGraph,
    Link,
    Passage,
    Problem,
)
from .params import AlignParams, Params, SketchParams
from .sketch import DocumentSketch

SCHEMA_VERSION = 2  # 2: key differences in index blocks, 64 KB pages, edge blobs with a preset dictionary
# Store defaults: 16 permutations banded 8 x 2 (datasketch's layout for threshold 0.3), so a
# window costs 8 band keys; candidates need MIN_HITS shared keys (see benchmarks/README.md).
STORE_PARAMS = SketchParams(shingle_size=2, num_perm=16, seed=1, window=2, lsh_threshold=0.3)
BATCH = 10_000  # articles per ingest transaction (and per new index segment: fewer merges)
RUN_SEGMENTS = 128  # segments an ingest run writes before it merges them (readers look into each)
# Band-key entries (8 bytes each) of its new segments an ingest run keeps in memory, so that merging
# them reads nothing back (1M articles make about 190M; past this the merge reads the segments).
HELD_ENTRIES = 1 << 28
MIN_HITS = 2  # band keys a stored article must share with a query to be a candidate
MAX_POSTINGS = 1000  # band keys shared by more articles than this are stock text, ignored
MAX_CANDIDATES = 30  # candidates aligned per article, best first
AUTOCHECKPOINT = 1000  # pages of write-ahead log that make a writer copy it into the file (but see _Checkpointer)
CHECKED = ("shingle_size", "num_perm", "seed", "window", "lsh_threshold")

Progress = Callable[[str, int, int], None]

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash BLOB NOT NULL,
    outlet TEXT,
    published TEXT,
    url TEXT,
    title TEXT,
    origin TEXT,
    added INTEGER NOT NULL,
    traced INTEGER NOT NULL DEFAULT 0,
    units BLOB NOT NULL,
    signature BLOB NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_untraced ON documents (num) WHERE traced = 0;
CREATE TABLE IF NOT EXISTS edges (
    source INTEGER NOT NULL,
    target INTEGER NOT NULL,
    method TEXT NOT NULL,
    comparison BLOB NOT NULL,  -- JSON (passages, links, drift, shares, evidence), zlib with a preset dictionary
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_target ON edges (target);
"""
    + seg.SCHEMA
)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an ingest did: articles stored, articles already stored, items skipped and why."""

    added: int
    skipped: int
    problems: tuple[Problem, ...]
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Size and state of a store."""

    path: str
    schema_version: int
    params: SketchParams
    documents: int
    traced: int
    edges: int
    segments: int
    band_entries: int
    file_bytes: int
    text_bytes: int

    @property
    def bytes_per_document(self) -> float:
        """Store bytes per article beyond the article text itself."""
        return (self.file_bytes - self.text_bytes) / self.documents if self.documents else 0.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article sharing band keys with a query, and how many."""

    id: str
    shared: int


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Where an article came from (``parents``) and who copied it (``children``).

    Edges are oriented parent → child as in a :class:`~lineage.models.LineageGraph`;
    ``undetermined`` edges (no evidence of direction) are listed in ``related``.
    ``stored`` is true when the article itself is in the store and its edges
    were read from there.
    """

    document: Document
    stored: bool
    parents: tuple[Edge, ...]
    children: tuple[Edge, ...]
    related: tuple[Edge, ...]
    candidates: tuple[Candidate, ...]
    others: tuple[Document, ...] = ()  # the stored articles at the other end of the edges


@dataclass(frozen=True, slots=True)
class TraceStats:
    """What an incremental trace did."""

    documents: int  # articles traced now
    pairs: int  # candidate pairs aligned
    edges: int  # derivations found and stored
    seconds: float = 0.0


class _Checkpointer:
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


def open_store(
    path: str | os.PathLike[str],
    params: SketchParams | None = None,
    *,
    readonly: bool = False,
    shared_index: dict[str, Any] | None = None,
) -> Store:
    """Open (or create) the store at ``path``.

    Args:
        path: the SQLite file (created when absent, unless ``readonly``).
        params: sketch parameters the caller expects; None uses the store's own
            (:data:`STORE_PARAMS` for a new store).
        readonly: open for reading only (concurrent with a writer).
        shared_index: a datasketch ``storage_config`` (e.g. ``{"type": "redis",
            "redis": {"host": "127.0.0.1", "port": 6379}, "basename": b"news"}``):
            window signatures are also inserted into, and candidates looked up in,
            this LSH index, which several ingest workers (processes or machines,
            each with its own store file) can share.

    Raises:
        StoreError: the file is not a lineage store, was made by another schema
            version or with other sketch parameters, or cannot be opened.
    """
    file = Path(path)
    if readonly and not file.exists():
        raise StoreError(f"{file}: no such store: create it with `lineage index add PATH --db {file}`")
    if file.exists() and file.is_dir():
        raise StoreError(f"{file} is a folder: give --db a file name such as lineage.db")
    try:
        if readonly:
            conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        else:
            conn = sqlite3.connect(file, timeout=30, isolation_level=None, check_same_thread=False)
        conn.isolation_level = None
        conn.execute("PRAGMA busy_timeout = 30000")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        raise StoreError(
            f"{file}: not a lineage store ({e}): give --db a new file name or a store made by lineage"
        ) from e
    if not tables and readonly:
        conn.close()
        raise StoreError(f"{file}: the store is empty: add articles with `lineage index add PATH --db {file}`")
    if tables and "meta" not in tables:
        conn.close()
        raise StoreError(f"{file}: this SQLite file is not a lineage store: give --db a new file name")
    if not tables:
        _create(conn, params or STORE_PARAMS)
    stored = _check(conn, file, params)
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable against a killed process
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT}")
    conn.execute("PRAGMA cache_size = -65536")
    shared = CandidateIndex(stored, shared_index) if shared_index is not None else None
    return Store(conn, file, stored, readonly, shared)


def _forks() -> bool:
    """Whether process pools start their workers by forking this process (so they share its
    anonymous mappings)."""
    return multiprocessing.get_start_method(allow_none=False) == "fork"


def _create(conn: sqlite3.Connection, params: SketchParams) -> None:
    conn.execute("PRAGMA page_size = 65536")  # about 15 articles a page: little slack per row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        values = {
            "schema_version": str(SCHEMA_VERSION),
            "params": json.dumps({k: getattr(params, k) for k in CHECKED}),
            "signer": SIGNER,
            "text_bytes": "0",
            "created": str(int(time.time())),
        }
        conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", values.items())
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _check(conn: sqlite3.Connection, file: Path, params: SketchParams | None) -> SketchParams:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    version = int(meta.get("schema_version", "0"))
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{file}: the store has schema version {version}, this lineage reads version {SCHEMA_VERSION}: "
            "index the articles again into a new --db file"
        )
    if meta.get("signer") != SIGNER:
        raise StoreError(
            f"{file}: the store was signed with {meta.get('signer')!r}, this lineage signs with {SIGNER!r}: "
            "index the articles again into a new --db file"
        )
    stored = SketchParams(**json.loads(meta["params"]))
    if params is not None:
        diff = [
            f"{k}={getattr(params, k)!r} (store: {getattr(stored, k)!r})"
            for k in CHECKED
            if getattr(params, k) != getattr(stored, k)
        ]
        if diff:
            raise StoreError(
                f"{file}: the store was built with other MinHash parameters: {', '.join(diff)}; "
                "signatures made with other parameters cannot be compared: leave the parameters out "
                "to use the store's own, or index into a new --db file"
            )
    return stored


class Store:
    """An open store (see :func:`open_store`); use it as a context manager to close it."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        params: SketchParams,
        readonly: bool,
        shared: CandidateIndex | None = None,
    ) -> None:
        self._conn = conn
        self.shared = shared
        self.path = path
        self.params = params
        self.readonly = readonly
        self._signer: Signer | None = None
        self._segments: dict[int, seg.Segment] = {}
        self._arrays: dict[int, seg.Arrays] | None = None  # segments held in memory, after preload()
        self._version = -1
        self._query_pool: ProcessPoolExecutor | None = None  # after start_query_workers()
        self._query_workers = 0

    # -- basics ------------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection (and stop the query workers)."""
        if self._query_pool is not None:
            self._query_pool.shutdown(cancel_futures=True)
            self._query_pool = None
        self._conn.close()

    @property
    def signer(self) -> Signer:
        """The fast signer of the store's parameters."""
        if self._signer is None:
            self._signer = make_signer(self.params)
        return self._signer

    def _write(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: the store was opened read-only: open it without readonly to write")

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    # -- ingest ------------------------------------------------------------------------------------
    def add_documents(
        self,
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
        return self._ingest(jobs.document_jobs(documents), progress, batch_size, workers)

    def add_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        progress: Progress | None = None,
        batch_size: int = BATCH,
        workers: int | None = None,
    ) -> AddResult:
        """Store the articles under ``paths`` (``.txt`` files with a folder's ``metadata.jsonl``,
        ``.jsonl`` files), read, parsed and signed by worker processes.

        Bad files and lines are reported in the result's problems and skipped.

        Raises:
            InputError: a path does not exist.
        """
        return self._ingest(
            jobs.path_jobs(paths, max(1 << 16, min(jobs.JSONL_CHUNK, batch_size * 1024))), progress, batch_size, workers
        )

    def _ingest(
        self, todo: Iterable[jobs.Job], progress: Progress | None, batch_size: int, workers: int | None
    ) -> AddResult:
        self._write()
        start = time.perf_counter()
        # No garbage collection while an ingest runs: loading the signer (numba) and every batch's
        # rows make a few hundred collections that find nothing (about 0.4 s at 100k articles); the
        # objects made meanwhile are collected afterwards, as usual.
        collect = gc.isenabled()
        gc.disable()
        try:
            return self._run_ingest(todo, progress, batch_size, workers, start)
        finally:
            if collect:
                gc.enable()

    def _run_ingest(
        self, todo: Iterable[jobs.Job], progress: Progress | None, batch_size: int, workers: int | None, start: float
    ) -> AddResult:
        n_workers = workers if workers is not None else (os.cpu_count() or 1)
        signer = self.signer
        keep = self.shared is not None
        problems: list[Problem] = []
        added = skipped = 0
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
            n, dup, seg_id, pairs = self._commit(ready, problems)
            added += n
            skipped += dup
            if seg_id is not None:
                fresh.append(seg_id)
                if held is not None:
                    held.append(pairs)
                    if sum(map(len, held)) > HELD_ENTRIES:
                        held = None
            if len(fresh) >= RUN_SEGMENTS:
                merged.append(self._merge_segments(fresh, pool, n_workers, held))
                fresh.clear()
                held = []

        def take() -> None:
            nonlocal ready_docs, ready
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
            ready.append(done)
            ready_docs += len(done.rows)
            if ready_docs >= batch_size:
                commit()
                ready, ready_docs = [], 0
                checkpointer.poke()
                if progress:
                    progress("index", added, 0)

        # The writer never checkpoints: a thread copies the log into the file (and syncs it) meanwhile.
        self._conn.execute("PRAGMA wal_autocheckpoint = 0")
        checkpointer = _Checkpointer(self.path)
        # The objects already made (numba's, the caller's) are left out of garbage collections, in
        # this process and in the workers forked from it (whose pages they share).
        thaw = gc.get_freeze_count() == 0  # a caller's own frozen objects stay frozen
        gc.freeze()
        pool: Executor | None = None
        # Workers forked from this process hand their results over in shared memory (lineage.slots).
        shared = slots.Slots(3 * n_workers + 1) if n_workers > 1 and _forks() else None
        if n_workers > 1:
            areas = shared.areas if shared is not None else ()
            pool = ProcessPoolExecutor(n_workers, initializer=slots.attach, initargs=(areas,))
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
                self._merge_segments(fresh + merged, pool, n_workers, held if not merged else None)
            held = None
            self._compact(pool, n_workers)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            if shared is not None:
                shared.close()
            checkpointer.close()
            if thaw:
                gc.unfreeze()
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT}")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return AddResult(added, skipped, tuple(problems), time.perf_counter() - start)

    def _commit(
        self, parts: list[jobs.Signed], problems: list[Problem]
    ) -> tuple[int, int, int | None, npt.NDArray[np.uint64]]:
        """Store signed parts and their band segment in one transaction.

        Returns the number of articles stored, of articles already stored, the id of the new
        segment (None when nothing was stored) and its entries (see :func:`lineage.segments.write_pairs`).
        """
        seg_id: int | None = None
        conn = self._conn
        now = int(time.time())
        rows: list[jobs.Row] = []
        pair_parts: list[npt.NDArray[np.uint64]] = []
        shared_items: list[tuple[str, DocumentSketch]] = []
        skipped = 0
        low = np.uint64(0xFFFFFFFF)
        pairs = np.empty(0, np.uint64)
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = [r[0] for part in parts for r in part.rows]
            stored: dict[str, bytes] = {}
            for lo in range(0, len(ids), 900):
                chunk = ids[lo : lo + 900]
                stored.update(
                    conn.execute(
                        f"SELECT id, hash FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk
                    ).fetchall()
                )
            first_num = int(conn.execute("SELECT coalesce(max(num), 0) FROM documents").fetchone()[0]) + 1
            num = first_num - 1
            if not stored and len(set(ids)) == len(ids):
                # The usual case, every article new: the workers' rows are stored as they are.
                for part in parts:
                    problems.extend(part.problems)
                    if len(part.pairs):
                        pair_parts.append(part.pairs + np.uint64(num + 1))
                    if self.shared is not None:
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
                        if self.shared is not None:
                            shared_items.append((doc_id, part.windows[k]))
                    if len(part.pairs) and num - part_first + 1 == len(part.rows):
                        # Every row stored, numbered from part_first: the row index becomes the number.
                        pair_parts.append(part.pairs + np.uint64(part_first))
                    elif len(part.pairs):
                        # Rows keep their order, so the pairs stay sorted by (key, article number).
                        owner_num = nums[(part.pairs & low).astype(np.intp)]
                        kept = owner_num > 0
                        pair_parts.append((part.pairs[kept] & ~low) | owner_num[kept])
            if rows and self.shared is not None:
                # The shared index first: a crash before the commit below leaves keys of articles
                # that are indexed again on the next run, never stored articles missing from it.
                self.shared.add_many(shared_items)
            if rows:
                # No number given: SQLite numbers the rows max(num) + 1, + 2, ... as they come, which
                # is how the pairs were numbered (checked below); ``now`` is an int.
                conn.executemany(
                    "INSERT INTO documents (id, hash, outlet, published, url, title, origin, added, units, "
                    f"signature, text) VALUES (?, ?, ?, ?, ?, ?, ?, {now}, ?, ?, CAST(? AS TEXT))",
                    rows,
                )
                last = int(conn.execute("SELECT max(num) FROM documents").fetchone()[0])
                if last != num:  # pragma: no cover - a rowid table numbers new rows max + 1 while max < 2**63 - 1
                    raise StoreError(f"{self.path}: articles numbered up to {last}, expected {num}")
                # Distinct values, in sorted runs (one per part): a stable sort (timsort) merges them.
                pairs = np.sort(np.concatenate(pair_parts), kind="stable") if pair_parts else np.empty(0, np.uint64)
                seg_id = seg.write_pairs(conn, pairs, len(rows))
                text_bytes = sum(map(len, map(itemgetter(9), rows)))
                conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'text_bytes'", (text_bytes,)
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return len(rows), skipped, seg_id, pairs

    def _merge_segments(
        self,
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
        current = seg.load_segments(self._conn, self._segments)
        group = [current[i] for i in ids]
        if pairs is None:
            return self._merge(group, pool, workers)
        with ThreadPoolExecutor(max(workers, 1)) as threads:
            return self._merge(group, threads, workers, pairs)

    def _compact(self, pool: Executor | None = None, workers: int = 1) -> None:
        """Merge segments tier by tier (each merge its own transaction; see :meth:`_merge_segments`)."""
        while (group := seg.merge_candidates(seg.load_segments(self._conn, self._segments).values())) is not None:
            self._merge(group, pool, workers)

    def _merge(
        self,
        group: list[seg.Segment],
        pool: Executor | None,
        workers: int,
        pairs: list[npt.NDArray[np.uint64]] | None = None,
    ) -> int:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            new_id = seg.merge(self._conn, group, pool, self.path, workers, pairs)
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return new_id

    # -- reading -----------------------------------------------------------------------------------
    def stats(self) -> StoreStats:
        """Counts and sizes."""
        c = self._conn
        page = int(c.execute("PRAGMA page_size").fetchone()[0]) * int(c.execute("PRAGMA page_count").fetchone()[0])
        wal = Path(f"{self.path}-wal")
        return StoreStats(
            path=str(self.path),
            schema_version=SCHEMA_VERSION,
            params=self.params,
            documents=len(self),
            traced=int(c.execute("SELECT count(*) FROM documents WHERE traced = 1").fetchone()[0]),
            edges=int(c.execute("SELECT count(*) FROM edges").fetchone()[0]),
            segments=int(c.execute("SELECT count(*) FROM segments").fetchone()[0]),
            band_entries=int(c.execute("SELECT coalesce(sum(entries), 0) FROM segments").fetchone()[0]),
            file_bytes=page + (wal.stat().st_size if wal.exists() else 0),
            text_bytes=int(c.execute("SELECT value FROM meta WHERE key = 'text_bytes'").fetchone()[0]),
        )

    def document(self, doc_id: str) -> Document:
        """A stored article by id.

        Raises:
            StoreError: no article has this id.
        """
        row = self._conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise StoreError(
                f"{self.path}: no stored article has id {doc_id!r}: check the id with `lineage index stats`"
            )
        return _document(row)

    def preload(self) -> None:
        """Hold the band index in memory (8 bytes an entry, about 1.5 KB an article) for fast
        lookups: worth it for many queries (a service, a trace), not for one."""
        if self._arrays is None:
            self._arrays = {}
        self._conn.execute("BEGIN")
        try:
            self._refresh_arrays()
        finally:
            self._conn.execute("COMMIT")

    def _refresh_arrays(self) -> None:
        """Load segments not yet in memory, forget merged ones (inside a read transaction)."""
        self._segments = seg.load_segments(self._conn, self._segments)
        if self._arrays is None:
            return
        for seg_id in [i for i in self._arrays if i not in self._segments]:
            del self._arrays[seg_id]
        for seg_id, segment in self._segments.items():
            if seg_id not in self._arrays:
                self._arrays[seg_id] = seg.load_arrays(self._conn, segment)

    def _lookup(self, keys: np.ndarray[Any, np.dtype[np.uint64]]) -> seg.Hits:
        """Band-key hits, in memory after :meth:`preload`, else from the needed blocks (inside a
        read transaction)."""
        if self._arrays is not None:
            return seg.lookup_arrays(self._arrays.values(), seg.band_keys32(keys), MAX_POSTINGS)
        return seg.lookup(self._conn, self._segments.values(), seg.band_keys32(keys), MAX_POSTINGS)

    def _hits(self, keys: np.ndarray[Any, np.dtype[np.uint64]]) -> seg.Hits:
        self._conn.execute("BEGIN")
        try:
            self._refresh_arrays()
            return self._lookup(keys)
        finally:
            self._conn.execute("COMMIT")

    def candidates(
        self, document: Document, *, min_hits: int = MIN_HITS, limit: int = MAX_CANDIDATES
    ) -> tuple[Candidate, ...]:
        """Stored articles sharing at least ``min_hits`` band keys with ``document``, best first.

        With a shared index, the articles (of any worker) with a colliding window,
        ranked by the number of colliding windows.
        """
        if self.shared is not None:
            windows = sign_texts([document.text], self.signer, keep_windows=True)
            counts = self.shared.query(window_sketch(windows, 0), exclude=document.id)
            ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:limit]
            return tuple(Candidate(i, n) for i, n in ranked)
        sketch = sign_texts([document.text], self.signer)
        hits = self._hits(sketch.text_bands(0))
        return self._ranked(hits, min_hits, limit, exclude_id=document.id)

    def _ranked(
        self, hits: seg.Hits, min_hits: int, limit: int, exclude_id: str | None = None, exclude_num: int = -1
    ) -> tuple[Candidate, ...]:
        keep = (hits.counts >= min_hits) & (hits.docs != exclude_num)
        docs, counts = hits.docs[keep], hits.counts[keep]
        order = np.lexsort((docs, -counts))[: limit + 1]
        nums = docs[order].tolist()
        if not nums:
            return ()
        marks = ",".join("?" * len(nums))
        names = dict(self._conn.execute(f"SELECT num, id FROM documents WHERE num IN ({marks})", nums).fetchall())
        out = [
            Candidate(names[n], int(c))
            for n, c in zip(nums, counts[order].tolist(), strict=True)
            if n in names and names[n] != exclude_id
        ]
        return tuple(out[:limit])

    def query(self, document: Document, params: Params | None = None) -> QueryResult:
        """Which stored articles ``document`` derives from and which derive from it.

        A stored, traced article is answered from its stored edges; any other
        article is aligned against its candidates now (nothing is written).
        """
        p = params or Params(sketch=self.params)
        row = self._conn.execute("SELECT num, hash, traced FROM documents WHERE id = ?", (document.id,)).fetchone()
        if row is not None and row[1] == content_hash(document.text) and row[2]:
            edges = self._edges_of(int(row[0]))
            others = {i: self.document(i) for e in edges for i in (e.source, e.target) if i != document.id}
            return _split(document, True, edges, (), tuple(others.values()))
        found = self.candidates(document)
        stored = self._documents([c.id for c in found])  # a shared index may name unstored ones
        if self._query_pool is not None and len({d.text for d in stored}) > 1:
            tasks = _query_tasks(document, stored, p, self._query_workers)
            by_id = {e.source if e.target == document.id else e.target: e for e in _run_tasks(self._query_pool, tasks)}
            found_edges = [by_id.get(other.id) for other in stored]
        else:
            pairs = PairAligner(p, compiled=True)
            found_edges = [pairs.edge(other, document) for other in stored]
        edges = [e for e in found_edges if e is not None]
        others = {other.id: other for other, e in zip(stored, found_edges, strict=True) if e is not None}
        return _split(document, False, edges, found, tuple(others.values()))

    def start_query_workers(self, workers: int) -> None:
        """Align the candidates of each :meth:`query` in ``workers`` processes, kept until
        :meth:`close`: for a service answering many queries (a one-shot query is faster
        without). Starting them costs about a second; results are the same."""
        if workers < 2 or self._query_pool is not None:
            return
        self._query_pool = ProcessPoolExecutor(workers)
        self._query_workers = workers
        for future in [self._query_pool.submit(_warm_worker) for _ in range(workers)]:
            future.result()

    def _documents(self, ids: list[str]) -> list[Document]:
        """The stored articles of ``ids`` that exist, in that order (one statement)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN ({marks})", ids).fetchall()
        by_id = {r[0]: _document(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _edges_of(self, num: int) -> list[Edge]:
        rows = self._conn.execute(
            "SELECT s.id, t.id, e.method, e.comparison FROM edges e "
            "JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target "
            "WHERE e.source = ? OR e.target = ?",
            (num, num),
        ).fetchall()
        return [_edge(r) for r in rows]

    # -- tracing -----------------------------------------------------------------------------------
    def trace(
        self,
        params: Params | None = None,
        *,
        since: str | None = None,
        progress: Progress | None = None,
        workers: int | None = None,
        chunk: int = 2000,
    ) -> TraceStats:
        """Align every article not yet traced against its candidates; store the edges found.

        Each unordered pair is aligned once: an untraced article is aligned with
        its traced candidates and with the untraced ones stored before it.
        One transaction per chunk of articles, so an interrupted trace resumes.

        Args:
            params: alignment parameters (the store's sketch parameters are used).
            since: ISO date: trace only the untraced articles published (or,
                without a date, added) on or after it.
            progress: called as ``progress("trace", done, total)``.
            workers: alignment processes (default: one per core).
            chunk: articles per transaction.
        """
        self._write()
        start = time.perf_counter()
        p = params or Params(sketch=self.params)
        n_workers = workers if workers is not None else (os.cpu_count() or 1)
        if since is None:
            todo = [int(r[0]) for r in self._conn.execute("SELECT num FROM documents WHERE traced = 0 ORDER BY num")]
        else:
            check_published(since, "--since")
            todo = [
                int(r[0])
                for r in self._conn.execute(
                    f"SELECT num FROM documents WHERE traced = 0 AND {_SINCE} ORDER BY num", (since, _epoch(since))
                )
            ]
        if len(todo) >= 200:
            self.preload()  # before the workers fork: they share the pages and never touch them
        pool: Executor | None = ProcessPoolExecutor(n_workers) if n_workers > 1 else None
        pairs = edges = done = 0
        chunks = [todo[lo : lo + chunk] for lo in range(0, len(todo), chunk)]

        def submit(nums: list[int]) -> list[Future[list[Edge]] | list[Edge]]:
            nonlocal pairs
            groups = self._trace_groups(nums)
            pairs += sum(len(c) for _, c in groups)
            tasks = _align_tasks(groups, p, 4 * n_workers if pool is not None else 1)
            return [pool.submit(_align_task, t) if pool is not None else _align_task(t) for t in tasks]

        try:
            # The next chunk's candidates are looked up while the workers align this one.
            pending = submit(chunks[0]) if chunks else []
            for k, nums in enumerate(chunks):
                following = submit(chunks[k + 1]) if k + 1 < len(chunks) else []
                found = [e for item in pending for e in (item.result() if isinstance(item, Future) else item)]
                self._store_edges(found, nums)
                pending = following
                edges += len(found)
                done += len(nums)
                if progress:
                    progress("trace", done, len(todo))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return TraceStats(done, pairs, edges, time.perf_counter() - start)

    def _trace_groups(self, nums: list[int]) -> list[tuple[Document, tuple[Document, ...]]]:
        """Each article of ``nums`` with the candidates it must be aligned with."""
        rows = self._conn.execute(
            f"SELECT {_DOC_COLUMNS}, num FROM documents WHERE num IN ({','.join('?' * len(nums))}) ORDER BY num", nums
        ).fetchall()
        docs = [_document(r) for r in rows]
        order = [int(r[-1]) for r in rows]
        sketch = sign_texts([d.text for d in docs], self.signer)
        self._conn.execute("BEGIN")
        try:
            self._refresh_arrays()
            wanted = self._best_candidates(sketch, order)
            every = sorted({n for w in wanted for n in w})
            state: dict[int, tuple[int, Document]] = {}
            for lo in range(0, len(every), 900):
                part = every[lo : lo + 900]
                for r in self._conn.execute(
                    f"SELECT {_DOC_COLUMNS}, num, traced FROM documents WHERE num IN ({','.join('?' * len(part))})",
                    part,
                ):
                    state[int(r[-2])] = (int(r[-1]), _document(r))
        finally:
            self._conn.execute("COMMIT")
        groups = []
        for k, num in enumerate(order):
            cands = tuple(state[n][1] for n in wanted[k] if n in state and (state[n][0] == 1 or n < num))
            groups.append((docs[k], cands))
        return groups

    def _best_candidates(self, sketch: BatchSketch, nums: list[int]) -> list[list[int]]:
        """The numbers of the best candidates of every signed article (article ``nums[k]`` is
        text ``k`` of ``sketch``), in one pass over the index when it is held in memory."""
        if self._arrays is None:
            wanted: list[list[int]] = []
            for k, num in enumerate(nums):
                hits = self._lookup(sketch.text_bands(k))
                keep = (hits.counts >= MIN_HITS) & (hits.docs != num)
                docs_k, counts_k = hits.docs[keep], hits.counts[keep]
                wanted.append(docs_k[np.lexsort((docs_k, -counts_k))][:MAX_CANDIDATES].tolist())
            return wanted
        owners = np.repeat(np.arange(len(nums), dtype=np.int64), np.diff(sketch.band_start))
        found = seg.lookup_arrays_batch(self._arrays.values(), seg.band_keys32(sketch.bands), owners, MAX_POSTINGS)
        own = np.asarray(nums, dtype=np.int64)
        keep = (found.counts >= MIN_HITS) & (found.docs != own[found.query])
        query, docs, counts = found.query[keep], found.docs[keep], found.counts[keep]
        order = np.lexsort((docs, -counts, query))
        query, docs = query[order], docs[order]
        first = np.searchsorted(query, np.arange(len(nums) + 1))
        rank = np.arange(len(query)) - first[query]
        best = rank < MAX_CANDIDATES
        ends = np.searchsorted(query[best], np.arange(len(nums) + 1))
        flat = docs[best].tolist()
        return [flat[ends[k] : ends[k + 1]] for k in range(len(nums))]

    def _store_edges(self, found: list[Edge], nums: list[int]) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = sorted({e.source for e in found} | {e.target for e in found})
            num_of: dict[str, int] = {}
            for lo in range(0, len(ids), 900):
                part = ids[lo : lo + 900]
                num_of.update(
                    conn.execute(
                        f"SELECT id, num FROM documents WHERE id IN ({','.join('?' * len(part))})", part
                    ).fetchall()
                )
            conn.executemany(
                "INSERT OR REPLACE INTO edges (source, target, method, comparison) VALUES (?, ?, ?, ?)",
                [(num_of[e.source], num_of[e.target], e.direction.method, _edge_blob(e)) for e in found],
            )
            conn.executemany("UPDATE documents SET traced = 1 WHERE num = ?", [(n,) for n in nums])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def graph(self, since: str | None = None) -> LineageGraph:
        """The stored lineage graph; with ``since`` (ISO date), the articles published (or, without
        a date, added) on or after it, the edges touching them and the articles at their other end."""
        c = self._conn
        if since is None:
            rows = c.execute(f"SELECT {_DOC_COLUMNS}, num FROM documents ORDER BY id").fetchall()
            edge_rows = c.execute(
                "SELECT s.id, t.id, e.method, e.comparison FROM edges e "
                "JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target"
            ).fetchall()
        else:
            check_published(since, "--since")
            added = _epoch(since)
            c.execute("CREATE TEMP TABLE IF NOT EXISTS recent (num INTEGER PRIMARY KEY)")
            c.execute("DELETE FROM recent")
            c.execute(f"INSERT INTO recent SELECT num FROM documents WHERE {_SINCE}", (since, added))
            edge_rows = c.execute(
                "SELECT s.id, t.id, e.method, e.comparison FROM edges e "
                "JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target "
                "WHERE e.source IN (SELECT num FROM recent) OR e.target IN (SELECT num FROM recent)"
            ).fetchall()
            ends = sorted({r[0] for r in edge_rows} | {r[1] for r in edge_rows})
            rows = c.execute(
                f"SELECT {_DOC_COLUMNS}, num FROM documents WHERE num IN (SELECT num FROM recent)"
            ).fetchall()
            have = {r[0] for r in rows}
            missing = [i for i in ends if i not in have]
            for lo in range(0, len(missing), 900):
                part = missing[lo : lo + 900]
                rows.extend(
                    c.execute(
                        f"SELECT {_DOC_COLUMNS}, num FROM documents WHERE id IN ({','.join('?' * len(part))})", part
                    ).fetchall()
                )
            rows.sort(key=lambda r: r[0])
        edges = sorted((_edge(r) for r in edge_rows), key=lambda e: (e.source, e.target))
        return LineageGraph(tuple(_document(r) for r in rows), tuple(edges))


def trace_store(
    db_path: str | os.PathLike[str],
    *,
    since: str | None = None,
    params: Params | None = None,
    progress: Progress | None = None,
) -> LineageGraph:
    """Trace the articles of a store not yet traced, then return its lineage graph.

    Args:
        db_path: the store file.
        since: ISO date: trace only the untraced articles published (or, without
            a date, added) since then, and return only those articles, the edges
            touching them and the articles at the other end of those edges.
        params: alignment parameters (the store's own sketch parameters are always used).
        progress: called as ``progress("trace", done, total)``.

    Raises:
        StoreError: the store does not exist or cannot be opened or written.
    """
    if not Path(db_path).exists():
        raise StoreError(f"{db_path}: no such store: create it with `lineage index add PATH --db {db_path}`")
    with open_store(db_path) as store:
        p = Params(sketch=store.params, align=params.align if params else AlignParams())
        store.trace(p, since=since, progress=progress)
        return store.graph(since)


def unpack_units(blob: bytes) -> tuple[tuple[int, int], ...]:
    """The signing sentences of a stored article: ``(start, end)`` character offsets."""
    width = np.uint16 if blob[:1] == b"\x02" else np.uint32
    pairs = np.frombuffer(blob[1:], dtype=width).reshape(-1, 2)
    return tuple((int(a), int(b)) for a, b in pairs.tolist())


# Articles published on or after a date, or added since then when they carry no date.
_SINCE = "((published IS NOT NULL AND published >= ?) OR (published IS NULL AND added >= ?))"


# -- documents and edges as rows ----------------------------------------------------------------------
_DOC_COLUMNS = "id, text, outlet, published, url, title, origin"


def _document(row: Sequence[Any]) -> Document:
    return Document(id=row[0], text=row[1], outlet=row[2], published=row[3], url=row[4], title=row[5], origin=row[6])


def _epoch(since: str) -> int:
    from datetime import datetime

    value = datetime.fromisoformat(since)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp())


def _span(x: Any) -> tuple[int, int]:
    return (int(x[0]), int(x[1]))


def _drift(d: dict[str, Any]) -> Drift:
    return Drift(d["kind"], d["source"], d["target"], _span(d["source_span"]), _span(d["target_span"]))


def _comparison(data: dict[str, Any]) -> Comparison:
    passages = tuple(
        Passage(
            source_span=_span(p["source_span"]),
            target_span=_span(p["target_span"]),
            label=p["label"],
            score=p["score"],
            drift=tuple(_drift(d) for d in p["drift"]),
            links=tuple(
                Link(
                    source_sentences=tuple(k["source_sentences"]),
                    target_sentences=tuple(k["target_sentences"]),
                    source_span=_span(k["source_span"]),
                    target_span=_span(k["target_span"]),
                    label=k["label"],
                    score=k["score"],
                    drift=tuple(_drift(d) for d in k["drift"]),
                )
                for k in p["links"]
            ),
        )
        for p in data["passages"]
    )
    return Comparison(
        passages=passages,
        source_share=data["source_share"],
        target_share=data["target_share"],
        original=tuple(_span(s) for s in data["original"]),
        boilerplate=tuple(_span(s) for s in data["boilerplate"]),
        source_boilerplate=tuple(_span(s) for s in data["source_boilerplate"]),
    )


def _edge_dictionary() -> bytes:
    """A zlib preset dictionary of what edge blobs say (keys, labels, evidence phrases): a blob of
    a few hundred bytes compresses to about two thirds of its size without one. Part of the
    schema: changing it needs a new :data:`SCHEMA_VERSION`."""
    link = (
        '{"source_sentences":[1],"target_sentences":[1],"source_span":[1000,1100],"target_span":[1000,1100],'
        '"label":"%s","score":%s,"drift":[]}'
    )
    parts = [
        link % (label, score) for label, score in (("verbatim", "0.9"), ("rewritten", "0.6"), ("rewritten", "0.5"))
    ]
    parts += [
        link % ("verbatim", "1.0"),
        '{"kind":"number","source":"1","target":"2","source_span":[10,20],"target_span":[10,20]}',
        '],"source_share":0.9,"target_share":0.8,"original":[[0,100]],"boilerplate":[],"source_boilerplate":[]},',
        '"evidence":["a0000001 was published before a0000002 ',
        '(2024-01-01T00:00:00+00:00 < 2024-01-01T00:00:40+00:00)",',
        '"a0000001 opens with the agency dateline (ANSA)",',
        '"both published 2024-01-01: the dates do not tell which came first",',
        '"100% of a0000001 is reused in a0000002, which is 100% reused text"]}',
        '{"comparison":{"passages":[{"source_span":[0,1000],"target_span":[0,1000],"label":"verbatim","score":1.0,'
        '"drift":[],"links":[',
    ]
    return "".join(parts).encode()


_EDGE_DICTIONARY = _edge_dictionary()


def _edge_blob(edge: Edge) -> bytes:
    data = orjson.dumps(
        {"comparison": edge.comparison, "evidence": edge.direction.evidence}, option=orjson.OPT_SERIALIZE_NUMPY
    )
    packer = zlib.compressobj(9, zdict=_EDGE_DICTIONARY)
    return packer.compress(data) + packer.flush()


def _edge(row: Sequence[Any]) -> Edge:
    data = orjson.loads(zlib.decompressobj(zdict=_EDGE_DICTIONARY).decompress(row[3]))
    return Edge(row[0], row[1], _comparison(data["comparison"]), Direction(row[2], tuple(data["evidence"])))


def _split(
    document: Document, stored: bool, edges: Iterable[Edge], found: tuple[Candidate, ...], others: tuple[Document, ...]
) -> QueryResult:
    parents, children, related = [], [], []
    for e in sorted(edges, key=lambda e: (e.source, e.target)):
        if not e.direction.determined:
            related.append(e)
        elif e.target == document.id:
            parents.append(e)
        else:
            children.append(e)
    others = tuple(sorted(others, key=lambda d: d.id))
    return QueryResult(document, stored, tuple(parents), tuple(children), tuple(related), found, others)


# -- alignment (pure functions, run in worker processes) ---------------------------------------------
@dataclass(frozen=True, slots=True, eq=False)
class AlignTask:
    """Work for an alignment process: articles, and the pairs of them to align."""

    documents: tuple[Document, ...]
    pairs: tuple[tuple[int, int], ...]  # (candidate, article): indices into ``documents``
    params: Params


def _align_tasks(groups: list[tuple[Document, tuple[Document, ...]]], p: Params, n_tasks: int) -> list[AlignTask]:
    """Pack candidate pairs into about ``n_tasks`` tasks of similar size, keeping every connected
    group of articles (a source, its copies, their copies) in one task, so that each article is
    analysed once."""
    documents: dict[str, Document] = {}
    pairs: list[tuple[str, str]] = []
    for doc, cands in groups:
        for other in cands:
            documents[doc.id] = doc
            documents[other.id] = other
            pairs.append((other.id, doc.id))
    number = {doc_id: k for k, doc_id in enumerate(documents)}
    ends = np.array([(number[a], number[b]) for a, b in pairs], dtype=np.int64).reshape(-1, 2)
    graph = csr_matrix((np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(len(number), len(number)))
    _, label = connected_components(graph, directed=False)
    components: dict[int, list[tuple[str, str]]] = {}
    for pair in pairs:
        components.setdefault(int(label[number[pair[1]]]), []).append(pair)
    bins: list[list[tuple[str, str]]] = [[] for _ in range(max(1, min(n_tasks, len(components))))]
    for group in sorted(components.values(), key=len, reverse=True):  # largest first, to the emptiest bin
        min(bins, key=len).extend(group)
    tasks = []
    for part in bins:
        if not part:
            continue
        index: dict[str, int] = {}
        for pair in part:
            for x in pair:
                index.setdefault(x, len(index))
        tasks.append(AlignTask(tuple(documents[x] for x in index), tuple((index[a], index[b]) for a, b in part), p))
    return tasks


def _query_tasks(document: Document, stored: list[Document], p: Params, n_tasks: int) -> list[AlignTask]:
    """The pairs of one query in about ``n_tasks`` tasks of similar text length; identical
    stored texts go to one task (aligned once there)."""
    groups: dict[str, list[Document]] = {}
    for other in stored:
        groups.setdefault(other.text, []).append(other)
    bins: list[list[Document]] = [[] for _ in range(max(1, min(n_tasks, len(groups))))]
    sizes = [0] * len(bins)
    for text, docs in sorted(groups.items(), key=lambda x: -len(x[0])):  # longest first, to the lightest bin
        k = sizes.index(min(sizes))
        bins[k].extend(docs)
        sizes[k] += len(text)
    return [AlignTask((document, *part), tuple((k, 0) for k in range(1, len(part) + 1)), p) for part in bins if part]


def _run_tasks(pool: Executor, tasks: list[AlignTask]) -> list[Edge]:
    futures = [pool.submit(_align_task, t) for t in tasks]
    return [edge for f in futures for edge in f.result()]


def _warm_worker() -> None:
    """Load what aligning needs (the compiled screen, language models, stemmers) in a new worker."""
    text = "Il presidente ha firmato l'accordo a Mosca. The president signed the agreement in Moscow."
    PairAligner(Params(), compiled=True).edge(Document("a", text), Document("b", text))


def _align_task(task: AlignTask) -> list[Edge]:
    """Align the pairs of a task, each article analysed once (runs in a worker process)."""
    pairs = PairAligner(task.params, compiled=True)
    found = (pairs.edge(task.documents[a], task.documents[b]) for a, b in task.pairs)
    return [edge for edge in found if edge is not None]
