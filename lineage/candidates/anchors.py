"""Fact anchors: what an article states that survives rewording and translation.

A translation or an adaptation shares almost no words with its source, but it keeps the
facts: numbers (figures, years, percentages: written with any separators, "3,2%" and
"3.2%", "1.500" and "1,500" are the same anchor) and proper names (a capitalised word that
the text never writes in lower case, so a sentence's first word is no name). Anchors are
language-neutral strings; how rare one is in a corpus says how much sharing it means.

:func:`anchor_candidates` finds, for every article, the articles in *other* languages, or
items of an agency the article credits, published before it that share the most rare anchors;
:func:`rewrite_candidates` the earlier items of any agency in the article's own language: the
candidates of the meaning stage (:mod:`lineage.graph.translations`). An anchor held by too
many articles is stock (a year, a capital city) and ignored, so a big story does not turn into
all pairs.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import chain

import numpy as np
import numpy.typing as npt
from scipy import sparse

from ..params import MeaningParams
from ..text.fold import fold_word

_NUMBER = re.compile(r"\d+(?:[.,'’]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")  # an elision's parts are words of their own: l'Istat
MIN_NUMBER_DIGITS = 2  # single digits are too common to mean anything
MIN_NAME_CHARS = 3
STOCK_FLOOR = 50  # an anchor is never stock below this many articles


def _names(text: str) -> dict[str, str]:
    """The words of ``text`` that are names (capitalised, never written in lower case once
    folded), each with its anchor."""
    words = set(_WORD.findall(text))
    # A lower-case ASCII word is its own folded form: only the others need folding.
    lower = {w if w.isascii() and w.islower() else fold_word(w) for w in words if not w[0].isupper()}
    names = {}
    for w in words:
        if w[0].isupper():
            folded = fold_word(w)
            if folded not in lower and len(folded) >= MIN_NAME_CHARS:
                names[w] = "@" + folded
    return names


def _numbers(text: str) -> list[tuple[str, int, int]]:
    found = []
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= MIN_NUMBER_DIGITS:
            found.append(("#" + digits, m.start(), m.end()))
    return found


def anchors(text: str) -> frozenset[str]:
    """The fact anchors of ``text``: numbers as their digits (``#2024``, ``#32`` for "3,2")
    and names folded to lower case without accents (``@mattarella``)."""
    return frozenset([a for a, _, _ in _numbers(text)] + list(_names(text).values()))


def anchor_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every occurrence of a fact anchor of ``text`` (:func:`anchors`: names are decided over
    the whole text), as ``(anchor, start, end)`` in text order."""
    found = _numbers(text)
    for word, anchor in _names(text).items():
        start = text.find(word)
        while start >= 0:  # where the word stands whole (not inside a longer word)
            end = start + len(word)
            if not (start and _WORD.match(text, start - 1)) and not _WORD.match(text, end):
                found.append((anchor, start, end))
            start = text.find(word, end)
    return tuple(sorted(found, key=lambda x: (x[1], x[2], x[0])))


# Which earlier articles ``j`` (parents) may be candidates of articles ``k`` (children), pair by pair.
Eligible = Callable[[npt.NDArray[np.int64], npt.NDArray[np.int64]], npt.NDArray[np.bool_]]
BLOCK_WORK = 4_000_000  # anchor postings a block of children reads at once (bounds the memory of a block)


def anchor_candidates(
    anchor_sets: Sequence[frozenset[str]],
    languages: Sequence[str],
    p: MeaningParams,
    credits: Sequence[frozenset[str]] | None = None,
    publishers: Sequence[str | None] | None = None,
) -> list[tuple[int, ...]]:
    """For every article (in publication order: article ``k`` may draw only on ``0..k-1``),
    its best candidates in another language or of an agency it credits: the
    ``max_candidates`` earlier articles of a different language, or published by an agency
    in ``credits[k]`` (``publishers[j]``: the agency that published article ``j``, if any),
    sharing at least ``min_anchors`` non-stock anchors, ranked by the rarity (idf) of what
    they share, then the earlier. Pure: a function of the anchors, languages, credits and
    order given."""
    n = len(anchor_sets)
    several = len(set(languages)) > 1
    language = _codes(languages)
    agencies = {a: i for i, a in enumerate(sorted({a for c in credits or () for a in c}))}
    published = np.array(
        [agencies.get(x, -1) if x is not None else -1 for x in publishers or [None] * n], dtype=np.int64
    )
    credited = np.array(
        sorted(k * len(agencies) + agencies[a] for k, c in enumerate(credits or ()) for a in c), dtype=np.int64
    )

    def eligible(j: npt.NDArray[np.int64], k: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        by_credit = (published[j] >= 0) & np.isin(k * len(agencies) + published[j], credited)
        return (language[j] != language[k]) | by_credit  # type: ignore[no-any-return]

    # In one language, only an agency's item can be a candidate, only of an article crediting one.
    parents = [several or (publishers is not None and publishers[j] is not None) for j in range(n)]
    children = [several or (credits is not None and bool(credits[k])) for k in range(n)]
    return _ranked(anchor_sets, p, eligible, parents, children)


def rewrite_candidates(
    anchor_sets: Sequence[frozenset[str]],
    languages: Sequence[str],
    publishers: Sequence[str | None],
    p: MeaningParams,
) -> list[tuple[int, ...]]:
    """For every article (in publication order), its best candidate sources of a rewrite: the
    ``max_candidates`` earlier items of an agency (``publishers[j]`` not None) in its own
    language sharing at least ``min_anchors`` non-stock anchors, ranked as
    :func:`anchor_candidates` ranks. Pure."""
    language = _codes(languages)
    parents = [x is not None for x in publishers]

    def same_language(j: npt.NDArray[np.int64], k: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        return language[j] == language[k]  # type: ignore[no-any-return]

    return _ranked(anchor_sets, p, same_language, parents, [True] * len(anchor_sets))


def _codes(values: Sequence[str]) -> npt.NDArray[np.int64]:
    known = {v: i for i, v in enumerate(sorted(set(values)))}
    return np.array([known[v] for v in values], dtype=np.int64)


def _ranked(
    anchor_sets: Sequence[frozenset[str]],
    p: MeaningParams,
    eligible: Eligible,
    parents: Sequence[bool],
    children: Sequence[bool],
) -> list[tuple[int, ...]]:
    """For every article ``k`` that may be a child (``children[k]``; the others have none), the
    ``max_candidates`` earlier articles ``j`` that may be parents (``parents[j]``) with
    ``eligible(j, k)`` sharing at least ``min_anchors`` non-stock anchors, best first by the idf
    of what they share (counted over all the articles), then the earlier; each tuple sorted.

    Shared anchors are counted for all pairs at once, as a product of sparse matrices (children
    by anchors times anchors by parents, each entry ``1 + i·idf``: the real part counts the
    anchors shared, the imaginary part sums their idf), a block of children at a time."""
    n = len(anchor_sets)
    postings: dict[str, list[int]] = defaultdict(list)
    for k, found in enumerate(anchor_sets):
        for a in found:
            postings[a].append(k)
    stock = max(STOCK_FLOOR, int(p.max_anchor_share * n))
    kept = sorted(a for a, ks in postings.items() if 1 < len(ks) <= stock)
    result: list[tuple[int, ...]] = [()] * n
    if not kept:
        return result
    lengths = np.array([len(postings[a]) for a in kept], dtype=np.int64)
    rows = np.fromiter(chain.from_iterable(postings[a] for a in kept), dtype=np.int64, count=int(lengths.sum()))
    cols = np.repeat(np.arange(len(kept), dtype=np.int64), lengths)
    idf = np.log(n / lengths)
    is_parent, is_child = np.asarray(parents, dtype=bool)[rows], np.asarray(children, dtype=bool)[rows]
    shape = (len(kept), n)
    to_parents = sparse.csr_matrix((1 + 1j * idf[cols[is_parent]], (cols[is_parent], rows[is_parent])), shape=shape)
    of_children = sparse.csr_matrix((np.ones(int(is_child.sum())), (rows[is_child], cols[is_child])), shape=shape[::-1])
    work = of_children @ np.bincount(cols[is_parent], minlength=len(kept)).astype(np.float64)
    lo = 0
    for hi in _blocks(work):
        shared = (of_children[lo:hi] @ to_parents).tocoo()
        k, j = shared.row.astype(np.int64) + lo, shared.col.astype(np.int64)
        count, weight = np.rint(shared.data.real), shared.data.imag
        keep = (j < k) & (count >= p.min_anchors)
        k, j, weight = k[keep], j[keep], weight[keep]
        keep = eligible(j, k)
        k, j, weight = k[keep], j[keep], weight[keep]
        lo = hi
        if not len(k):
            continue
        order = np.lexsort((j, -np.round(weight, 9), k))
        k, j = k[order], j[order]
        starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
        rank = np.arange(len(k)) - np.repeat(starts, np.diff(np.r_[starts, len(k)]))
        keep = rank < p.max_candidates
        k, j = k[keep], j[keep]
        bounds = np.flatnonzero(np.r_[True, k[1:] != k[:-1], True])
        for first, last in itertools.pairwise(bounds.tolist()):
            result[int(k[first])] = tuple(sorted(j[first:last].tolist()))
    return result


def _blocks(work: npt.NDArray[np.float64]) -> list[int]:
    """Where blocks of children end: each reads at most :data:`BLOCK_WORK` postings (or one child)."""
    ends = []
    total = 0.0
    for k, w in enumerate(work.tolist()):
        if total and total + w > BLOCK_WORK:
            ends.append(k)
            total = 0.0
        total += w
    ends.append(len(work))
    return ends
