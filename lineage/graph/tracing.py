"""The trace: documents -> signatures -> candidates -> aligned pairs -> the lineage graph.

A trace of files and a store's trace (:mod:`lineage.store.tracing`) run the same
steps on the same functions: every document is signed with the one signature
(:mod:`lineage.candidates.signing`), its candidates are found in the band index
(:mod:`lineage.candidates.search`), each document is aligned with its candidates
numbered before it (so each pair once), in worker processes when there are many
pairs (:mod:`lineage.graph.tasks`), a copy of a copy with the copy's sources
(:mod:`lineage.graph.grandparents`), articles in other languages by meaning
(:mod:`lineage.graph.translations`), and every child is attributed among its
candidate parents (:mod:`lineage.graph.attribution`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from ..candidates.search import band_index, best_candidates, publication_order
from ..candidates.signing import make_signer, sign_texts
from ..models import Document, Edge, LineageGraph, Problem
from ..params import Params
from ..processes import pool_initializer
from .attribution import attribute_graph
from .grandparents import grandparent_pairs
from .tasks import align_task, align_tasks
from .translations import MeaningAligner, grandparents_by_meaning, translation_pairs

Progress = Callable[[str, int, int], None]
Group = tuple[Document, tuple[Document, ...]]

PARALLEL_PAIRS = 200  # a trace aligning this many candidate pairs aligns them in worker processes


def submit_groups(groups: list[Group], params: Params, pool: Executor | None, workers: int) -> list[Future[list[Edge]]]:
    """Align every document of ``groups`` with its candidates, in ``pool`` when given (one task
    per worker and a few more, so that they finish together), else here and now."""
    tasks = align_tasks(groups, params, 4 * workers if pool is not None else 1)
    if pool is None:
        done: list[Future[list[Edge]]] = []
        for task in tasks:
            future: Future[list[Edge]] = Future()
            future.set_result(align_task(task))
            done.append(future)
        return done
    return [pool.submit(align_task, task) for task in tasks]


def collect(pending: Iterable[Future[list[Edge]]]) -> list[Edge]:
    """The edges of submitted groups, in submission order."""
    return [edge for future in pending for edge in future.result()]


def candidate_groups(documents: Sequence[Document], params: Params) -> list[Group]:
    """Every document with its candidates: the best of the documents published before it
    (:mod:`lineage.candidates.search`), in publication order whatever the input order."""
    docs = sorted(documents, key=lambda d: publication_order(d.published, d.id))
    sketch = sign_texts([d.text for d in docs], make_signer(params.sketch))
    nums = list(range(len(docs)))
    wanted = best_candidates([band_index(sketch, nums)], sketch, nums, params.candidates)
    return [(docs[k], tuple(docs[n] for n in wanted[k])) for k in nums]


def with_grandparents(
    ends: Iterable[tuple[str, str]],
    tried: Iterable[frozenset[str]],
    fetch: Callable[[Collection[str]], Mapping[str, Document]],
    params: Params,
    pool: Executor | None,
    workers: int,
    new: Collection[str] | None = None,
    undirected: Iterable[tuple[str, str]] = (),
) -> list[Edge]:
    """The grandparent stage (:mod:`lineage.graph.grandparents`) after the lexical one: the pairs
    of :func:`~lineage.graph.grandparents.grandparent_pairs` over ``ends`` (the oriented
    same-language edges) and ``undirected`` (those whose direction is undetermined), less those
    ``tried``, aligned (in ``pool`` when given), again with the edges found until none is;
    ``fetch`` gives the articles of ids. Returns the new edges."""
    known = list(ends)
    loose = list(undirected)
    done = set(tried)
    found: list[Edge] = []
    while pairs := grandparent_pairs(known, done, new, loose):
        done.update(frozenset(pair) for pair in pairs)
        docs = fetch({x for pair in pairs for x in pair})
        by_child: dict[str, list[Document]] = {}
        for grandparent, child in pairs:
            by_child.setdefault(child, []).append(docs[grandparent])
        groups = [(docs[child], tuple(sources)) for child, sources in by_child.items()]
        more = collect(submit_groups(groups, params, pool, workers))
        found.extend(more)
        known.extend((e.source, e.target) for e in more if e.direction.determined)
        loose.extend((e.source, e.target) for e in more if not e.direction.determined)
        new = {x for e in more for x in (e.source, e.target)}
    return found


def translated(
    docs: Sequence[Document],
    params: Params,
    lexical: Sequence[Edge],
    progress: Progress | None = None,
) -> list[Edge]:
    """The meaning stage (:mod:`lineage.graph.translations`) over ``docs`` after the ``lexical``
    edges: its candidate pairs not linked already, then the grandparents its edges bring
    (:func:`~lineage.graph.translations.meaning_grandparent_pairs`)."""
    linked = {frozenset((e.source, e.target)) for e in lexical}
    pairs = translation_pairs(docs, params, linked)
    if not pairs:
        return []
    if progress:
        progress("translate", 0, len(pairs))
    aligner = MeaningAligner(params)
    found = [edge for a, b in pairs if (edge := aligner.edge(a, b)) is not None]
    by_id = {d.id: d for d in docs}

    def align(wanted: list[tuple[str, str]]) -> list[tuple[str, str]]:
        more = [edge for a, b in wanted if (edge := aligner.edge(by_id[a], by_id[b])) is not None]
        found.extend(more)
        return _ends(more)

    tried = linked | {frozenset((a.id, b.id)) for a, b in pairs}
    grandparents_by_meaning(_ends(lexical), _ends(found), tried, align)
    if progress:
        progress("translate", len(pairs), len(pairs))
    return found


def _ends(edges: Iterable[Edge]) -> list[tuple[str, str]]:
    return [(e.source, e.target) for e in edges if e.direction.determined]


def trace(
    documents: Iterable[Document],
    params: Params | None = None,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
    workers: int | None = None,
) -> LineageGraph:
    """The lineage graph of ``documents``: who reuses whose text, and how.

    Args:
        documents: the articles (ids must be unique), in any order.
        params: parameters; defaults when None.
        problems: input problems to carry into the graph for reporting.
        progress: called as ``progress(stage, done, total)``.
        workers: alignment processes (default: one per core, when there are many pairs).

    Returns:
        Documents sorted by id, the attributed edges parent → child sorted by ids, and
        the aligned pairs not drawn (siblings, skipped generations) as relations.
    """
    p = params or Params()
    docs = list(documents)
    if progress:
        progress("sign", 0, len(docs))
    groups = candidate_groups(docs, p)
    n_pairs = sum(len(c) for _, c in groups)
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if n_pairs < PARALLEL_PAIRS:
        n_workers = 1
    pool = ProcessPoolExecutor(n_workers, **pool_initializer()) if n_workers > 1 else None
    try:
        if progress:
            progress("align", 0, n_pairs)
        futures = submit_groups(groups, p, pool, n_workers)
        edges = []
        for k, future in enumerate(futures, start=1):  # tasks are about equal in pairs
            edges.extend(future.result())
            if progress:
                progress("align", n_pairs * k // len(futures), n_pairs)
        if progress and not futures:
            progress("align", n_pairs, n_pairs)
        by_id = {d.id: d for d in docs}
        ends = [(e.source, e.target) for e in edges if e.direction.determined]
        loose = [(e.source, e.target) for e in edges if not e.direction.determined]
        tried = [frozenset((e.source, e.target)) for e in edges]
        edges.extend(
            with_grandparents(ends, tried, lambda ids: {x: by_id[x] for x in ids}, p, pool, n_workers, undirected=loose)
        )
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    edges.extend(translated(docs, p, edges, progress=progress))
    edges.sort(key=lambda e: (e.source, e.target))
    ordered = tuple(sorted(docs, key=lambda d: d.id))
    return attribute_graph(LineageGraph(ordered, tuple(edges), tuple(problems)), p.attribution)
