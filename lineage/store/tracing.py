"""A store's incremental trace: the articles not yet traced, against the whole store.

The same steps as a trace of files (:mod:`lineage.graph.tracing`): articles are
signed with the one signature, their candidates found with the same search over
the store's band index (each article's best among the articles published before it),
and aligned in worker processes. One transaction per chunk of articles, so an
interrupted trace resumes.

An article may arrive after articles published later than it (a wire story stored after
its copies): it may then enter their candidates and push out their weakest. Before the new
articles are traced, those later articles' candidates are searched again: the new pairs are
aligned and the edges of the pairs pushed out deleted, so the store holds the pairs a trace
of all its articles at once finds, whatever the order they were stored in. The grandparent
stage (:mod:`lineage.graph.grandparents`) then runs over every stored edge for the paths through
the articles traced or searched again, and the cross-language stage after it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from ..align.units import aligned_chars
from ..candidates.anchors import anchors
from ..candidates.search import I64, best_candidates, later_neighbours, positions, publication_order, ranked
from ..candidates.signing import sign_texts
from ..graph.tracing import Group, Progress, collect, submit_groups, with_grandparents
from ..graph.translations import (
    CREDIT_EDGE,
    Agencies,
    MeaningAligner,
    agencies_in,
    anchored,
    grandparents_by_meaning,
    stage_needed,
    translation_pairs_to_align,
)
from ..ingest.records import check_published
from ..models import Document, Edge
from ..params import Params
from ..processes import pool_initializer
from ..text.language import SAMPLE, detect_language
from . import reader
from .schema import (
    AGENCIES,
    ANCHORS,
    DOC_COLUMNS,
    FIGURES,
    LANGUAGES,
    MEANING_REJECTED,
    SINCE,
    STALE_AGENCIES,
    document_of_row,
    edge_blob,
    edge_columns,
    immediate,
    select_in,
    since_parameters,
)

if TYPE_CHECKING:
    from .store import Store

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class TraceStats:
    """What an incremental trace did."""

    documents: int  # articles traced now
    pairs: int  # candidate pairs aligned
    edges: int  # derivations found and stored
    seconds: float = 0.0


def forget(store: Store) -> int:
    """Forget every trace of the store: its edges, the pairs the meaning stage rejected and what the
    stages read of each article (its credits and fact anchors), and mark every article untraced, in
    one transaction; the articles, their signatures and the band index stay. The next trace then
    traces them all, as a trace of all at once: after an upgrade of lineage that reads or aligns
    otherwise, the store's graph is the new version's. Returns the number of articles."""
    store.check_writable()
    conn = store.conn
    with immediate(conn):
        conn.execute("DELETE FROM edges")
        for table in ("meaning_rejected", "article_credits", "article_anchors"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        return conn.execute("UPDATE documents SET traced = 0").rowcount


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

    Each article is aligned with its best candidates among the articles published before
    it; traced articles published after a new one have their candidates searched again.
    One transaction per chunk of articles, so an interrupted trace resumes.

    Args:
        params: candidate and alignment parameters (the store's sketch parameters are used).
        since: a date (ISO 8601 or RFC 2822): trace only the untraced articles
            published (or, without a date, added) on or after it, compared as
            instants (an article dated with a day alone counts from its midnight UTC).
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
        instant = since_parameters(check_published(since, "--since"))
        todo = [
            int(r[0])
            for r in store.conn.execute(f"SELECT num FROM documents WHERE traced = 0 AND {SINCE} ORDER BY num", instant)
        ]
    rank = _publication_ranks(store)
    late = _late(store, todo, rank)
    if len(todo) >= 200 or late:
        reader.preload(store)  # before the workers fork: they share the pages and never touch them
    pool: Executor | None = ProcessPoolExecutor(n_workers, **pool_initializer()) if n_workers > 1 else None
    pairs = edges = done = 0
    retraced: list[int] = []
    chunks = [todo[lo : lo + chunk] for lo in range(0, len(todo), chunk)]

    def submit(nums: list[int]) -> list[Future[list[Edge]]]:
        nonlocal pairs
        groups = _trace_groups(store, nums, p, rank)
        pairs += sum(len(c) for _, c in groups)
        return submit_groups(groups, p, pool, n_workers)

    try:
        if late:
            n_late, retraced = _retrace_later(store, late, todo, p, rank, pool, n_workers)
            pairs += n_late
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
        if todo:
            edges += _grandparents(store, todo + retraced, p, pool, n_workers)
            edges += _translate(store, todo, p, progress, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return TraceStats(done, pairs, edges, time.perf_counter() - start)


def _publication_ranks(store: Store) -> I64:
    """Each stored article's place in publication order, indexed by its number."""
    rows = store.conn.execute("SELECT num, id, published FROM documents").fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64)
    places = positions([publication_order(published, doc_id) for _, doc_id, published in rows])
    rank = np.full(max(int(r[0]) for r in rows) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    rank[np.asarray([int(r[0]) for r in rows], dtype=np.int64)] = places
    return rank


def _late(store: Store, todo: list[int], rank: I64) -> list[int]:
    """The articles of ``todo`` published before an article already traced."""
    if not todo:
        return []
    row = store.conn.execute("SELECT num FROM documents WHERE traced = 1").fetchall()
    if not row:
        return []
    last = int(rank[np.asarray([int(r[0]) for r in row], dtype=np.int64)].max())
    return [n for n in todo if rank[n] < last]


def _retrace_later(
    store: Store, late: list[int], todo: list[int], params: Params, rank: I64, pool: Executor | None, workers: int
) -> tuple[int, list[int]]:
    """Search again the candidates of the traced articles published after the ``late`` ones and
    sharing text with them: align the new pairs, delete the edges of the pairs pushed out (one
    transaction). Returns the pairs aligned and the articles searched again."""
    new = set(todo)
    docs = _documents(store, late)
    sketch = sign_texts([d.text for _, d in docs], store.signer)
    store.conn.execute("BEGIN")
    try:
        reader.refresh_arrays(store)
        assert store.arrays is not None
        near = later_neighbours(store.arrays.values(), sketch, [n for n, _ in docs], params.candidates, rank)
        traced = {
            int(r[0])
            for r in select_in(store.conn, "SELECT num FROM documents WHERE traced = 1 AND num IN", near.tolist())
        }
        later = _documents(store, sorted(traced))
        lsketch = sign_texts([d.text for _, d in later], store.signer)
        wanted = best_candidates(store.arrays.values(), lsketch, [n for n, _ in later], params.candidates, rank)
        keep = {num: set(w) for (num, _), w in zip(later, wanted, strict=True)}
        cands = _documents(store, sorted({n for w in wanted for n in w if n in new}))
    finally:
        store.conn.execute("COMMIT")
    by_num = dict(cands)
    groups: list[Group] = [
        (doc, tuple(by_num[n] for n in w if n in new)) for (_, doc), w in zip(later, wanted, strict=True)
    ]
    groups = [g for g in groups if g[1]]
    found = collect(submit_groups(groups, params, pool, workers))
    gone = []
    for num, kept in keep.items():
        # the lexical stage's pairs only: the cross-language stage keeps its own (_translate)
        for source, target in store.conn.execute(
            "SELECT source, target FROM edges WHERE (source = ? OR target = ?) AND languages IS NULL", (num, num)
        ):
            other = target if source == num else source
            if rank[other] < rank[num] and other not in kept:
                gone.append((int(source), int(target)))
    _replace_edges(store, gone, found)
    return sum(len(c) for _, c in groups), sorted(keep)


def _replace_edges(
    store: Store, gone: list[tuple[int, int]], found: list[Edge], rejected: Sequence[tuple[int, int]] = ()
) -> None:
    """Delete the stored edges ``gone`` (source and target numbers) and store ``found`` (and the
    grandparent pairs the meaning stage ``rejected``), in one transaction (the store's only
    writer is this process)."""
    conn = store.conn
    with immediate(conn):
        conn.executemany("DELETE FROM edges WHERE source = ? AND target = ?", gone)
        _insert_edges(conn, found)
        if rejected:  # the table exists once the meaning stage has run
            conn.executemany("INSERT OR IGNORE INTO meaning_rejected (source, target) VALUES (?, ?)", rejected)


def _grandparents(store: Store, nums: list[int], params: Params, pool: Executor | None, workers: int) -> int:
    """The grandparent stage (:mod:`lineage.graph.grandparents`) for the articles ``nums`` (just
    traced, or searched again), over every stored oriented same-language edge. Returns the number
    of edges stored."""
    rows = store.conn.execute(
        "SELECT s.id, t.id, e.method, e.languages FROM edges e"
        " JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target"
    ).fetchall()
    ends = [(str(a), str(b)) for a, b, method, languages in rows if method != "undetermined" and languages is None]
    loose = [(str(a), str(b)) for a, b, method, languages in rows if method == "undetermined" and languages is None]
    # Pairs the meaning stage linked are tried again by words, as in a trace of every article,
    # where the lexical stages come first: a credited rewrite found by meaning before the copy
    # that leads the words to it was stored is aligned again, and its lexical edge replaces it.
    tried = [frozenset((str(a), str(b))) for a, b, _, languages in rows if languages is None]
    new = {str(r[0]) for r in select_in(store.conn, "SELECT id FROM documents WHERE num IN", nums)}

    def fetch(ids: Collection[str]) -> dict[str, Document]:
        found = select_in(store.conn, f"SELECT {DOC_COLUMNS} FROM documents WHERE id IN", sorted(ids))
        return {doc.id: doc for doc in map(document_of_row, found)}

    found = with_grandparents(ends, tried, fetch, params, pool, workers, new, loose)
    if found:
        _store_edges(store, found, [])
    return len(found)


def _translate(
    store: Store, todo: list[int], params: Params, progress: Progress | None, pool: Executor | None = None
) -> int:
    """The cross-language stage (:mod:`lineage.graph.translations`) for the articles just traced:
    the pairs a trace of every stored article would align across languages (each article's best
    candidates), those not aligned before aligned
    (:func:`~lineage.graph.translations.translation_pairs_to_align`). An article stored late (a
    wire after its translations) may push a stored pair out of a later article's candidates, as
    in the lexical stage: that pair's edge is deleted. Returns the number of edges stored."""
    if not params.meaning.enabled:
        return 0
    languages = _languages(store, pool)
    agencies = _agencies(store, pool)
    if not stage_needed(languages.values(), agencies.values(), params.meaning.rewrites):
        return 0  # in one language, with no agency's item (or rewrites off and none credited): nothing
    # Anchors are read only where the stage reads them (every article when there are several
    # languages or rewrites of stored agency items are looked for; else the articles crediting a
    # stored agency's items, and those items), from the store's cache but for the articles not
    # read before; texts only of the pairs aligned, so an incremental trace costs what its new
    # articles bring, not a read of every stored text.
    nums = sorted(languages)
    flags = anchored([languages[n] for n in nums], [agencies[n] for n in nums], params.meaning.rewrites)
    read = {n for n, flag in zip(nums, flags, strict=True) if flag}
    anchor_sets = _anchors(store, sorted(read), params, pool)
    stored = _headers(store, nums)
    docs = [d for _, d in stored]
    rows = store.conn.execute(
        "SELECT s.id, t.id, e.source, e.target, e.method, e.languages FROM edges e"
        " JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target"
    ).fetchall()
    lexical = {frozenset((str(a), str(b))) for a, b, _, _, _, languages in rows if languages is None}
    lexical_ends = [(str(a), str(b)) for a, b, _, _, m, languages in rows if languages is None and m != "undetermined"]
    across = {frozenset((str(a), str(b))): (int(s), int(t)) for a, b, s, t, _, languages in rows if languages}
    oriented = {
        frozenset((str(a), str(b))): (str(a), str(b))
        for a, b, _, _, m, languages in rows
        if languages and m != "undetermined"
    }
    traced_now = set(todo)
    new = {d.id for num, d in stored if num in traced_now}
    by_id = {d.id: languages[num] for num, d in stored}
    agencies_by_id = {d.id: agencies[num] for num, d in stored}
    anchors_by_id = {d.id: anchor_sets[num] for num, d in stored if num in anchor_sets}
    wanted, fresh = translation_pairs_to_align(docs, params, lexical, new, by_id, agencies_by_id, anchors_by_id)
    keys = {frozenset((a.id, b.id)) for a, b in wanted}
    headers = [(a, b) for a, b in fresh if frozenset((a.id, b.id)) not in across]
    documents = {d.id: d for d in _documents_by_id(store, sorted({d.id for pair in headers for d in pair}))}
    pairs = [(documents[a.id], documents[b.id]) for a, b in headers]
    if progress and pairs:
        progress("translate", 0, len(pairs))
    aligner = MeaningAligner(params, languages=by_id, agencies=agencies_by_id)
    found = [edge for a, b in pairs if (edge := aligner.edge(a, b)) is not None]
    # The grandparents the stage's edges bring (stored ones still wanted, and those just found),
    # as a trace of every stored article aligns them; a pair stored by an earlier trace is kept.
    num_of = {d.id: num for num, d in stored}
    store.conn.execute(MEANING_REJECTED)
    rejected = {(int(a), int(b)) for a, b in store.conn.execute("SELECT source, target FROM meaning_rejected")}
    newly_rejected: list[tuple[int, int]] = []

    def align(proposed: list[tuple[str, str]]) -> list[tuple[str, str]]:
        todo = [(a, b) for a, b in proposed if frozenset((a, b)) in across or (num_of[a], num_of[b]) not in rejected]
        missing = sorted({x for pair in todo for x in pair} - documents.keys())
        documents.update((d.id, d) for d in _documents_by_id(store, missing))
        ends = []
        for a, b in todo:
            key = frozenset((a, b))
            if key in across:
                ends.extend([oriented[key]] if key in oriented else [])
            elif (edge := aligner.edge(documents[a], documents[b])) is not None:
                found.append(edge)
                ends.extend([(edge.source, edge.target)] if edge.direction.determined else [])
            else:
                newly_rejected.append((num_of[a], num_of[b]))
        return ends

    kept = [oriented[key] for key in across if key in keys and key in oriented]
    meaning = kept + [(e.source, e.target) for e in found if e.direction.determined]
    proposed = grandparents_by_meaning(lexical_ends, meaning, lexical | keys, align)
    gone = [nums for key, nums in across.items() if key not in keys and key not in proposed]
    if progress and pairs:
        progress("translate", len(pairs), len(pairs))
    if found or gone or newly_rejected:
        _replace_edges(store, gone, found, newly_rejected)
    return len(found)


def _languages(store: Store, pool: Executor | None = None, chunk: int = 10_000) -> dict[int, str]:
    """Every stored article's language (:func:`~lineage.text.detect_language`), identified once and
    kept in the ``languages`` table: only the articles not identified yet are read (the first
    :data:`~lineage.text.language.SAMPLE` characters of their text), in ``pool`` when given."""
    conn = store.conn
    conn.execute(LANGUAGES)
    known = {int(num): str(lang) for num, lang in conn.execute("SELECT num, lang FROM languages")}
    missing = [int(num) for (num,) in conn.execute("SELECT num FROM documents") if int(num) not in known]
    for lo in range(0, len(missing), chunk):
        rows = select_in(
            conn, f"SELECT num, substr(text, 1, {SAMPLE}) FROM documents WHERE num IN", missing[lo : lo + chunk]
        )
        langs = _mapped(pool, _detect_languages, [str(text) for _, text in rows])
        found = {int(num): lang for (num, _), lang in zip(rows, langs, strict=True)}
        with immediate(conn):
            conn.executemany("INSERT OR REPLACE INTO languages (num, lang) VALUES (?, ?)", found.items())
        known.update(found)
    return known


def _agencies(store: Store, pool: Executor | None = None, chunk: int = 10_000) -> dict[int, Agencies]:
    """Every stored article's :class:`~lineage.graph.translations.Agencies`, read once and kept
    in the ``agencies`` table: only the articles not read yet are (their outlet and the ends of
    their text where :func:`~lineage.graph.translations.agencies_of` reads credits), in ``pool``
    when given."""
    conn = store.conn
    for stale in STALE_AGENCIES:
        conn.execute(stale)
    conn.execute(AGENCIES)
    known = {
        int(num): Agencies(frozenset(str(credited).split("\t")) - {""}, publisher)
        for num, credited, publisher in conn.execute("SELECT num, credited, publisher FROM article_credits")
    }
    missing = [int(num) for (num,) in conn.execute("SELECT num FROM documents") if int(num) not in known]
    edge = CREDIT_EDGE
    for lo in range(0, len(missing), chunk):
        rows = select_in(
            conn,
            f"SELECT num, outlet, CASE WHEN length(text) <= {2 * edge} THEN text END,"
            f" substr(text, 1, {edge}), substr(text, -{edge}) FROM documents WHERE num IN",
            missing[lo : lo + chunk],
        )
        parts: list[tuple[str | None, tuple[str, ...]]] = [
            (outlet, (whole,) if whole is not None else (head, tail)) for _, outlet, whole, head, tail in rows
        ]
        read = _mapped(pool, _read_agencies, parts)
        found = {
            int(row[0]): Agencies(frozenset(credited), publisher)
            for row, (credited, publisher) in zip(rows, read, strict=True)
        }
        with immediate(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO article_credits (num, credited, publisher) VALUES (?, ?, ?)",
                [(num, "\t".join(sorted(a.credited)), a.publisher) for num, a in found.items()],
            )
        known.update(found)
    return known


def _anchors(
    store: Store, nums: list[int], params: Params, pool: Executor | None = None, chunk: int = 10_000
) -> dict[int, frozenset[str]]:
    """The fact anchors of the articles ``nums`` as the meaning stage reads them
    (:func:`~lineage.graph.translations.article_anchors`), read once and kept in the
    ``article_anchors`` table: only the articles not read yet (or read with another cut) are,
    in ``pool`` when given."""
    conn = store.conn
    conn.execute(ANCHORS)
    cut = aligned_chars(params.align)
    known: dict[int, frozenset[str]] = {}
    for lo in range(0, len(nums), chunk):
        rows = select_in(
            conn, f"SELECT num, anchors FROM article_anchors WHERE cut = {cut} AND num IN", nums[lo : lo + chunk]
        )
        known.update((int(num), frozenset(str(text).split("\t")) - {""}) for num, text in rows)
    missing = [num for num in nums if num not in known]
    for lo in range(0, len(missing), chunk):
        rows = select_in(
            conn, f"SELECT num, substr(text, 1, {cut}) FROM documents WHERE num IN", missing[lo : lo + chunk]
        )
        read = _mapped(pool, _read_anchors, [str(text) for _, text in rows])
        found = {int(num): frozenset(a) for (num, _), a in zip(rows, read, strict=True)}
        with immediate(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO article_anchors (num, cut, anchors) VALUES (?, ?, ?)",
                [(num, cut, "\t".join(sorted(a))) for num, a in found.items()],
            )
        known.update(found)
    return known


def _read_anchors(texts: list[str]) -> list[tuple[str, ...]]:
    """:func:`~lineage.candidates.anchors.anchors` of ``texts`` (cut already), as plain tuples."""
    return [tuple(sorted(anchors(text))) for text in texts]


def _detect_languages(texts: list[str]) -> list[str]:
    return [detect_language(text) for text in texts]


def _read_agencies(items: list[tuple[str | None, tuple[str, ...]]]) -> list[tuple[tuple[str, ...], str | None]]:
    """:func:`~lineage.graph.translations.agencies_in` of ``(outlet, parts)`` items, as plain tuples."""
    found = [agencies_in(outlet, parts) for outlet, parts in items]
    return [(tuple(sorted(a.credited)), a.publisher) for a in found]


def _mapped(pool: Executor | None, work: Callable[[list[T]], list[R]], items: list[T], pieces: int = 8) -> list[R]:
    """``work`` over ``items`` in ``pieces`` slices run in ``pool`` (here when None), in order."""
    if pool is None or len(items) < 2 * pieces:
        return work(items)
    size = -(-len(items) // pieces)
    return [x for part in pool.map(work, [items[k : k + size] for k in range(0, len(items), size)]) for x in part]


def _headers(store: Store, nums: list[int]) -> list[tuple[int, Document]]:
    """The stored articles ``nums`` without their text (``""``), in number order."""
    columns = DOC_COLUMNS.replace("text", "'' AS text")
    rows = select_in(store.conn, f"SELECT {columns}, num FROM documents WHERE num IN", nums)
    return sorted((int(r[-1]), document_of_row(r)) for r in rows)


def _documents_by_id(store: Store, ids: list[str]) -> list[Document]:
    return [document_of_row(r) for r in select_in(store.conn, f"SELECT {DOC_COLUMNS} FROM documents WHERE id IN", ids)]


def _documents(store: Store, nums: list[int]) -> list[tuple[int, Document]]:
    """The stored articles ``nums``, in number order."""
    rows = select_in(store.conn, f"SELECT {DOC_COLUMNS}, num FROM documents WHERE num IN", nums)
    return sorted((int(r[-1]), document_of_row(r)) for r in rows)


def _trace_groups(store: Store, nums: list[int], params: Params, rank: I64) -> list[Group]:
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
            best_candidates(store.arrays.values(), sketch, order, params.candidates, rank)
            if store.arrays is not None
            else [
                ranked(
                    reader.lookup(store, sketch.text_bands(k), params.candidates.max_postings),
                    num,
                    params.candidates,
                    rank,
                ).tolist()
                for k, num in enumerate(order)
            ]
        )
        every = sorted({n for w in wanted for n in w})
        state = dict(_documents(store, every))
    finally:
        store.conn.execute("COMMIT")
    return [(docs[k], tuple(state[n] for n in wanted[k] if n in state)) for k in range(len(order))]


def _insert_edges(conn: sqlite3.Connection, found: list[Edge]) -> None:
    ids = sorted({e.source for e in found} | {e.target for e in found})
    num_of: dict[str, int] = dict(select_in(conn, "SELECT id, num FROM documents WHERE id IN", ids))
    conn.executemany(
        f"INSERT OR REPLACE INTO edges (source, target, method, record, {', '.join(FIGURES)}) "
        f"VALUES (?, ?, ?, ?{', ?' * len(FIGURES)})",
        [(num_of[e.source], num_of[e.target], e.direction.method, edge_blob(e), *edge_columns(e)) for e in found],
    )


def _store_edges(store: Store, found: list[Edge], nums: list[int]) -> None:
    """Store the edges found for articles ``nums`` and mark them traced (one transaction)."""
    conn = store.conn
    with immediate(conn):
        _insert_edges(conn, found)
        conn.executemany("UPDATE documents SET traced = 1 WHERE num = ?", [(n,) for n in nums])
