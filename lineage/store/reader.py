"""Reading a store: counts, articles, the band index and its lookups, candidates, the graph."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..candidates.bands import Hits, band_keys32, lookup_arrays
from ..candidates.search import ranked
from ..candidates.signing import sign_texts, window_sketch
from ..errors import StoreError
from ..graph.attribution import attribute_graph
from ..ingest.records import check_published
from ..models import Document, Edge, LineageGraph
from ..params import AttributionParams, CandidateParams, SketchParams
from . import segments as seg
from .schema import DOC_COLUMNS, SCHEMA_VERSION, SINCE, document_of_row, edge_of_blob, select_in, since_parameters

if TYPE_CHECKING:
    from .store import Store


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


def stats(store: Store) -> StoreStats:
    """Counts and sizes."""
    c = store.conn
    page = int(c.execute("PRAGMA page_size").fetchone()[0]) * int(c.execute("PRAGMA page_count").fetchone()[0])
    wal = Path(f"{store.path}-wal")
    return StoreStats(
        path=str(store.path),
        schema_version=SCHEMA_VERSION,
        params=store.params,
        documents=len(store),
        traced=int(c.execute("SELECT count(*) FROM documents WHERE traced = 1").fetchone()[0]),
        edges=int(c.execute("SELECT count(*) FROM edges").fetchone()[0]),
        segments=int(c.execute("SELECT count(*) FROM segments").fetchone()[0]),
        band_entries=int(c.execute("SELECT coalesce(sum(entries), 0) FROM segments").fetchone()[0]),
        file_bytes=page + (wal.stat().st_size if wal.exists() else 0),
        text_bytes=int(c.execute("SELECT value FROM meta WHERE key = 'text_bytes'").fetchone()[0]),
    )


def document(store: Store, doc_id: str) -> Document:
    """A stored article by id.

    Raises:
        StoreError: no article has this id.
    """
    row = store.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise StoreError(f"{store.path}: no stored article has id {doc_id!r}: check the id with `lineage index stats`")
    return document_of_row(row)


def preload(store: Store) -> None:
    """Hold the band index in memory (8 bytes an entry, about 1.5 KB an article) for fast
    lookups: worth it for many queries (a service, a trace), not for one."""
    if store.arrays is None:
        store.arrays = {}
    store.conn.execute("BEGIN")
    try:
        refresh_arrays(store)
    finally:
        store.conn.execute("COMMIT")


def refresh_arrays(store: Store) -> None:
    """Load segments not yet in memory, forget merged ones (inside a read transaction)."""
    store.segments = seg.load_segments(store.conn, store.segments)
    if store.arrays is None:
        return
    for seg_id in [i for i in store.arrays if i not in store.segments]:
        del store.arrays[seg_id]
    for seg_id, segment in store.segments.items():
        if seg_id not in store.arrays:
            store.arrays[seg_id] = seg.load_arrays(store.conn, segment)


def lookup(store: Store, keys: npt.NDArray[np.uint64], max_postings: int) -> Hits:
    """Band-key hits, in memory after :func:`preload`, else from the needed blocks (inside a
    read transaction)."""
    if store.arrays is not None:
        return lookup_arrays(store.arrays.values(), band_keys32(keys), max_postings)
    return seg.lookup(store.conn, store.segments.values(), band_keys32(keys), max_postings)


def hits(store: Store, keys: npt.NDArray[np.uint64], max_postings: int = CandidateParams().max_postings) -> Hits:
    """Band-key hits of ``keys`` in a read transaction of their own."""
    store.conn.execute("BEGIN")
    try:
        refresh_arrays(store)
        return lookup(store, keys, max_postings)
    finally:
        store.conn.execute("COMMIT")


def candidates(store: Store, document: Document, params: CandidateParams | None = None) -> tuple[Candidate, ...]:
    """Stored articles sharing band keys with ``document``, best first (see
    :mod:`lineage.candidates.search`).

    With a shared index, the articles (of any worker) with a colliding window,
    ranked by the number of colliding windows.
    """
    p = params or CandidateParams()
    if store.shared is not None:
        windows = sign_texts([document.text], store.signer, keep_windows=True)
        counts = store.shared.query(window_sketch(windows, 0), exclude=document.id)
        best = sorted(counts.items(), key=lambda x: (-x[1], x[0]))[: p.max_candidates]
        return tuple(Candidate(i, n) for i, n in best)
    sketch = sign_texts([document.text], store.signer)
    found = hits(store, sketch.text_bands(0), p.max_postings)
    row = store.conn.execute("SELECT num FROM documents WHERE id = ?", (document.id,)).fetchone()
    nums = ranked(found, int(row[0]) if row is not None else -1, p).tolist()
    if not nums:
        return ()
    shared = dict(zip(found.docs.tolist(), found.counts.tolist(), strict=True))
    marks = ",".join("?" * len(nums))
    names = dict(store.conn.execute(f"SELECT num, id FROM documents WHERE num IN ({marks})", nums).fetchall())
    return tuple(Candidate(names[n], int(shared[n])) for n in nums if n in names)


def documents(store: Store, ids: list[str]) -> list[Document]:
    """The stored articles of ``ids`` that exist, in that order (one statement)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents WHERE id IN ({marks})", ids).fetchall()
    by_id = {r[0]: document_of_row(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def edges_of(store: Store, num: int) -> list[Edge]:
    rows = store.conn.execute(
        "SELECT record FROM edges WHERE source = ? OR target = ?",
        (num, num),
    ).fetchall()
    return [edge_of_blob(r[0]) for r in rows]


def graph(store: Store, since: str | None = None, attribution: AttributionParams | None = None) -> LineageGraph:
    """The stored lineage graph; with ``since`` (a date, ISO 8601 or RFC 2822), the articles
    published (or, without a date, added) on or after it, compared as instants (a day alone is
    its midnight UTC), the edges touching them and the articles at their other end.

    The store keeps every aligned pair of derivation strength (the candidates); the graph is
    attributed when it is read (:func:`lineage.graph.attribution.attribute_graph`), so an
    article stored after its copies (a wire item ingested late) re-attributes them, and the
    graph of a store equals the trace of its articles at once."""
    c = store.conn
    if since is None:
        rows = c.execute(f"SELECT {DOC_COLUMNS}, num FROM documents ORDER BY id").fetchall()
        edge_rows = c.execute("SELECT record FROM edges").fetchall()
    else:
        instant = since_parameters(check_published(since, "--since"))
        c.execute("CREATE TEMP TABLE IF NOT EXISTS recent (num INTEGER PRIMARY KEY)")
        c.execute("DELETE FROM recent")
        c.execute(f"INSERT INTO recent SELECT num FROM documents WHERE {SINCE}", instant)
        edge_rows = c.execute(
            "SELECT e.record, s.id, t.id FROM edges e "
            "JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target "
            "WHERE e.source IN (SELECT num FROM recent) OR e.target IN (SELECT num FROM recent)"
        ).fetchall()
        ends = sorted({r[1] for r in edge_rows} | {r[2] for r in edge_rows})
        rows = c.execute(f"SELECT {DOC_COLUMNS}, num FROM documents WHERE num IN (SELECT num FROM recent)").fetchall()
        have = {r[0] for r in rows}
        missing = [i for i in ends if i not in have]
        rows.extend(select_in(c, f"SELECT {DOC_COLUMNS}, num FROM documents WHERE id IN", missing))
        rows.sort(key=lambda r: r[0])
    edges = sorted((edge_of_blob(r[0]) for r in edge_rows), key=lambda e: (e.source, e.target))
    return attribute_graph(LineageGraph(tuple(document_of_row(r) for r in rows), tuple(edges)), attribution)
