"""Queries: where one article came from and who copied it, answered from a store.

A stored, traced article is answered from its stored edges; any other article
is aligned against its candidates now (nothing is written), in the store's query
workers when they were started.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..candidates.signing import content_hash
from ..graph.pairs import PairAligner
from ..graph.tasks import query_tasks, run_tasks, warm_worker
from ..models import Document, Edge
from ..params import Params
from ..processes import pool_initializer
from . import reader
from .reader import Candidate

if TYPE_CHECKING:
    from .store import Store


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


def query(store: Store, document: Document, params: Params | None = None) -> QueryResult:
    """Which stored articles ``document`` derives from and which derive from it.

    A stored, traced article is answered from its stored edges; any other
    article is aligned against its candidates now (nothing is written).
    """
    p = replace(params or Params(), sketch=store.params)
    row = store.conn.execute("SELECT num, hash, traced FROM documents WHERE id = ?", (document.id,)).fetchone()
    if row is not None and row[1] == content_hash(document.text) and row[2]:
        edges = reader.edges_of(store, int(row[0]))
        others = {i: reader.document(store, i) for e in edges for i in (e.source, e.target) if i != document.id}
        return _split(document, True, edges, (), tuple(others.values()))
    found = reader.candidates(store, document, p.candidates)
    stored = reader.documents(store, [c.id for c in found])  # a shared index may name unstored ones
    if store.query_pool is not None and len({d.text for d in stored}) > 1:
        tasks = query_tasks(document, stored, p, store.query_workers)
        by_id = {e.source if e.target == document.id else e.target: e for e in run_tasks(store.query_pool, tasks)}
        found_edges = [by_id.get(other.id) for other in stored]
    else:
        pairs = PairAligner(p, explain=False)  # nothing is attributed: explanations would be wasted
        found_edges = [pairs.edge(other, document) for other in stored]
    edges = [e for e in found_edges if e is not None]
    others = {other.id: other for other, e in zip(stored, found_edges, strict=True) if e is not None}
    return _split(document, False, edges, found, tuple(others.values()))


def start_query_workers(store: Store, workers: int) -> None:
    """Align the candidates of each :func:`query` in ``workers`` processes, kept until
    the store is closed: for a service answering many queries (a one-shot query is faster
    without). Starting them costs about a second; results are the same."""
    if workers < 2 or store.query_pool is not None:
        return
    store.query_pool = ProcessPoolExecutor(workers, **pool_initializer())
    store.query_workers = workers
    for future in [store.query_pool.submit(warm_worker) for _ in range(workers)]:
        future.result()


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
