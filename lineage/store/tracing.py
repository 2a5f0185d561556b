"""A store's incremental trace: the articles not yet traced, against the whole store.

The same steps as a trace of files (:mod:`lineage.graph.tracing`): articles are
signed with the one signature, their candidates found with the same search over
the store's band index, each article aligned with its traced candidates and with
the untraced ones stored before it (each pair once), in worker processes. One
transaction per chunk of articles, so an interrupted trace resumes.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..candidates.search import best_candidates, ranked
from ..candidates.signing import sign_texts
from ..graph.tracing import Group, Progress, collect, submit_groups
from ..ingest.records import check_published
from ..models import Document, Edge
from ..params import Params
from . import reader
from .schema import DOC_COLUMNS, SINCE, document_of_row, edge_blob, epoch, select_in

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True, slots=True)
class TraceStats:
    """What an incremental trace did."""

    documents: int  # articles traced now
    pairs: int  # candidate pairs aligned
    edges: int  # derivations found and stored
    seconds: float = 0.0


def trace(
    store: Store,
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
        params: candidate and alignment parameters (the store's sketch parameters are used).
        since: ISO date: trace only the untraced articles published (or,
            without a date, added) on or after it.
        progress: called as ``progress("trace", done, total)``.
        workers: alignment processes (default: one per core).
        chunk: articles per transaction.
    """
    store.check_writable()
    start = time.perf_counter()
    p = replace(params or Params(), sketch=store.params)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if since is None:
        todo = [int(r[0]) for r in store.conn.execute("SELECT num FROM documents WHERE traced = 0 ORDER BY num")]
    else:
        check_published(since, "--since")
        todo = [
            int(r[0])
            for r in store.conn.execute(
                f"SELECT num FROM documents WHERE traced = 0 AND {SINCE} ORDER BY num", (since, epoch(since))
            )
        ]
    if len(todo) >= 200:
        reader.preload(store)  # before the workers fork: they share the pages and never touch them
    pool: Executor | None = ProcessPoolExecutor(n_workers) if n_workers > 1 else None
    pairs = edges = done = 0
    chunks = [todo[lo : lo + chunk] for lo in range(0, len(todo), chunk)]

    def submit(nums: list[int]) -> list[Future[list[Edge]]]:
        nonlocal pairs
        groups = _trace_groups(store, nums, p)
        pairs += sum(len(c) for _, c in groups)
        return submit_groups(groups, p, pool, n_workers)

    try:
        # The next chunk's candidates are looked up while the workers align this one.
        pending = submit(chunks[0]) if chunks else []
        for k, nums in enumerate(chunks):
            following = submit(chunks[k + 1]) if k + 1 < len(chunks) else []
            found = collect(pending)
            _store_edges(store, found, nums)
            pending = following
            edges += len(found)
            done += len(nums)
            if progress:
                progress("trace", done, len(todo))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return TraceStats(done, pairs, edges, time.perf_counter() - start)


def _trace_groups(store: Store, nums: list[int], params: Params) -> list[Group]:
    """Each article of ``nums`` with the candidates it must be aligned with."""
    rows = store.conn.execute(
        f"SELECT {DOC_COLUMNS}, num FROM documents WHERE num IN ({','.join('?' * len(nums))}) ORDER BY num", nums
    ).fetchall()
    docs = [document_of_row(r) for r in rows]
    order = [int(r[-1]) for r in rows]
    sketch = sign_texts([d.text for d in docs], store.signer)
    store.conn.execute("BEGIN")
    try:
        reader.refresh_arrays(store)
        wanted = (
            best_candidates(store.arrays.values(), sketch, order, params.candidates)
            if store.arrays is not None
            else [
                ranked(
                    reader.lookup(store, sketch.text_bands(k), params.candidates.max_postings), num, params.candidates
                ).tolist()
                for k, num in enumerate(order)
            ]
        )
        every = sorted({n for w in wanted for n in w})
        state: dict[int, tuple[int, Document]] = {}
        for r in select_in(store.conn, f"SELECT {DOC_COLUMNS}, num, traced FROM documents WHERE num IN", every):
            state[int(r[-2])] = (int(r[-1]), document_of_row(r))
    finally:
        store.conn.execute("COMMIT")
    groups = []
    for k, num in enumerate(order):
        cands = tuple(state[n][1] for n in wanted[k] if n in state and (state[n][0] == 1 or n < num))
        groups.append((docs[k], cands))
    return groups


def _store_edges(store: Store, found: list[Edge], nums: list[int]) -> None:
    """Store the edges found for articles ``nums`` and mark them traced (one transaction)."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = sorted({e.source for e in found} | {e.target for e in found})
        num_of: dict[str, int] = dict(select_in(conn, "SELECT id, num FROM documents WHERE id IN", ids))
        conn.executemany(
            "INSERT OR REPLACE INTO edges (source, target, method, record) VALUES (?, ?, ?, ?)",
            [(num_of[e.source], num_of[e.target], e.direction.method, edge_blob(e)) for e in found],
        )
        conn.executemany("UPDATE documents SET traced = 1 WHERE num = ?", [(n,) for n in nums])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
