"""A persistent article store in one SQLite file: documents, signatures, band index, traced edges.

``lineage index add`` reads, parses and signs articles in worker processes and
stores them in batches (:mod:`lineage.store.writer`); tracing is incremental:
only articles not yet traced are aligned, against the stored articles whose band
keys they share (:mod:`lineage.store.tracing`), and the edges found are stored
with their passages; queries answer where one article came from
(:mod:`lineage.store.query`). The file is in WAL mode: readers work while one
writer ingests, and a killed writer loses only the batch it had not committed.
"""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ..candidates.bands import Arrays
from ..candidates.shared import SharedIndex
from ..candidates.signing import Signer, make_signer
from ..errors import StoreError
from ..graph.tracing import Progress
from ..models import LineageGraph
from ..params import Params, SketchParams
from . import query as queries
from . import reader, tracing, writer
from .schema import AUTOCHECKPOINT, add_functions, check, create
from .segments import Segment


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
            (the defaults for a new store).
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
        add_functions(conn)
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
        create(conn, params or SketchParams())
    stored = check(conn, file, params, readonly)
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable against a killed process
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT}")
    conn.execute("PRAGMA cache_size = -65536")
    shared = SharedIndex(stored, shared_index) if shared_index is not None else None
    return Store(conn, file, stored, readonly, shared)


class Store:
    """An open store (see :func:`open_store`); use it as a context manager to close it.

    The methods are those of :mod:`lineage.store.writer`, :mod:`~lineage.store.reader`,
    :mod:`~lineage.store.tracing` and :mod:`~lineage.store.query`, bound to this store.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        params: SketchParams,
        readonly: bool,
        shared: SharedIndex | None = None,
    ) -> None:
        self.conn = conn
        self.shared = shared
        self.path = path
        self.params = params
        self.readonly = readonly
        self._signer: Signer | None = None
        self.segments: dict[int, Segment] = {}
        self.arrays: dict[int, Arrays] | None = None  # segments held in memory, after preload()
        self.query_pool: ProcessPoolExecutor | None = None  # after start_query_workers()
        self.query_workers = 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection (and stop the query workers)."""
        if self.query_pool is not None:
            self.query_pool.shutdown(cancel_futures=True)
            self.query_pool = None
        self.conn.close()

    @property
    def signer(self) -> Signer:
        """The signer of the store's parameters."""
        if self._signer is None:
            self._signer = make_signer(self.params)
        return self._signer

    def check_writable(self) -> None:
        """Raise :class:`~lineage.errors.StoreError` when the store was opened read-only."""
        if self.readonly:
            raise StoreError(f"{self.path}: the store was opened read-only: open it without readonly to write")

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    add_documents = writer.add_documents
    add_paths = writer.add_paths
    stats = reader.stats
    document = reader.document
    preload = reader.preload
    candidates = reader.candidates
    graph = reader.graph
    trace = tracing.trace
    query = queries.query
    start_query_workers = queries.start_query_workers


def trace_store(
    db_path: str | os.PathLike[str],
    *,
    since: str | None = None,
    params: Params | None = None,
    progress: Progress | None = None,
    again: bool = False,
) -> LineageGraph:
    """Trace the articles of a store not yet traced, then return its lineage graph.

    Args:
        db_path: the store file.
        since: a date (ISO 8601 or RFC 2822): trace only the untraced articles
            published (or, without a date, added) on or after it, and return only
            those articles, the edges touching them and the articles at the other
            end of those edges. Dates are compared as instants: an article dated
            with a day alone counts from that day's midnight UTC.
        params: candidate and alignment parameters (the store's own sketch parameters are always used).
        progress: called as ``progress("trace", done, total)``.
        again: forget every earlier trace first (:func:`lineage.store.tracing.forget`) and
            trace every article: a store traced by an earlier version of lineage.

    Raises:
        StoreError: the store does not exist or cannot be opened or written.
    """
    if not Path(db_path).exists():
        raise StoreError(f"{db_path}: no such store: create it with `lineage index add PATH --db {db_path}`")
    with open_store(db_path) as store:
        if again:
            tracing.forget(store)
        tracing.trace(store, params, since=since, progress=progress)
        return reader.graph(store, since, (params or Params()).attribution)
