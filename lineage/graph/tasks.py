"""Alignment work for processes: candidate pairs packed into tasks, aligned in workers.

Each task keeps every connected group of articles (a source, its copies, their
copies) together, so that each article is analysed once; tasks are of similar
size so that the workers finish together. A task is aligned by a pure function
(:func:`align_task`) that a process pool, or the batch engine, can run anywhere.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from ..models import Document, Edge
from ..params import Params
from .pairs import PairAligner


# -- alignment (pure functions, run in worker processes) ---------------------------------------------
@dataclass(frozen=True, slots=True, eq=False)
class AlignTask:
    """Work for an alignment process: articles, and the pairs of them to align."""

    documents: tuple[Document, ...]
    pairs: tuple[tuple[int, int], ...]  # (candidate, article): indices into ``documents``
    params: Params
    explain: bool = True  # give edges the explanations attribution weighs (a query needs none)


def align_tasks(groups: list[tuple[Document, tuple[Document, ...]]], p: Params, n_tasks: int) -> list[AlignTask]:
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


def query_tasks(document: Document, stored: list[Document], p: Params, n_tasks: int) -> list[AlignTask]:
    """The pairs of one query in about ``n_tasks`` tasks of similar text length; identical
    stored texts go to one task (aligned once there). A query attributes nothing: its edges
    carry no explanations."""
    groups: dict[str, list[Document]] = {}
    for other in stored:
        groups.setdefault(other.text, []).append(other)
    bins: list[list[Document]] = [[] for _ in range(max(1, min(n_tasks, len(groups))))]
    sizes = [0] * len(bins)
    for text, docs in sorted(groups.items(), key=lambda x: -len(x[0])):  # longest first, to the lightest bin
        k = sizes.index(min(sizes))
        bins[k].extend(docs)
        sizes[k] += len(text)
    return [
        AlignTask((document, *part), tuple((k, 0) for k in range(1, len(part) + 1)), p, explain=False)
        for part in bins
        if part
    ]


def run_tasks(pool: Executor, tasks: list[AlignTask]) -> list[Edge]:
    futures = [pool.submit(align_task, t) for t in tasks]
    return [edge for f in futures for edge in f.result()]


def warm_worker() -> None:
    """Load what aligning needs (the compiled screen, language models, stemmers) in a new worker."""
    text = "Il presidente ha firmato l'accordo a Mosca. The president signed the agreement in Moscow."
    PairAligner(Params()).edge(Document("a", text), Document("b", text))


def align_task(task: AlignTask) -> list[Edge]:
    """Align the pairs of a task, each article analysed once (runs in a worker process)."""
    pairs = PairAligner(task.params, explain=task.explain)
    found = (pairs.edge(task.documents[a], task.documents[b]) for a, b in task.pairs)
    return [edge for edge in found if edge is not None]
