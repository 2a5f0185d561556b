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

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

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

    several = len(set(languages)) > 1

    def eligible(j: int, k: int) -> bool:
        return languages[j] != languages[k] or (
            credits is not None and publishers is not None and publishers[j] in credits[k]
        )

    # In one language, only an agency's item can be a candidate, only of an article crediting one.
    parents = [several or (publishers is not None and publishers[j] is not None) for j in range(len(anchor_sets))]
    children = [several or (credits is not None and bool(credits[k])) for k in range(len(anchor_sets))]
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
    parents = [x is not None for x in publishers]
    return _ranked(anchor_sets, p, lambda j, k: languages[j] == languages[k], parents, [True] * len(anchor_sets))


def _ranked(
    anchor_sets: Sequence[frozenset[str]],
    p: MeaningParams,
    eligible: Callable[[int, int], bool],
    parents: Sequence[bool],
    children: Sequence[bool],
) -> list[tuple[int, ...]]:
    """For every article ``k`` that may be a child (``children[k]``; the others have none), the
    ``max_candidates`` earlier articles ``j`` that may be parents (``parents[j]``) with
    ``eligible(j, k)`` sharing at least ``min_anchors`` non-stock anchors, best first by the idf
    of what they share (counted over all the articles), then the earlier; each tuple sorted."""
    n = len(anchor_sets)
    postings: dict[str, list[int]] = defaultdict(list)
    for k, found in enumerate(anchor_sets):
        for a in found:
            postings[a].append(k)
    stock = max(STOCK_FLOOR, int(p.max_anchor_share * n))
    idf = {a: math.log(n / len(ks)) for a, ks in postings.items() if 1 < len(ks) <= stock}
    sources = {a: [j for j in postings[a] if parents[j]] for a in idf}
    result: list[tuple[int, ...]] = []
    for k, found in enumerate(anchor_sets):
        if not children[k]:
            result.append(())
            continue
        shared: dict[int, int] = defaultdict(int)
        weight: dict[int, float] = defaultdict(float)
        for a in found:
            w = idf.get(a)
            if w is None:
                continue
            for j in sources[a]:
                if j >= k:
                    break  # postings are in article order
                if eligible(j, k):
                    shared[j] += 1
                    weight[j] += w
        ranked = sorted((j for j, s in shared.items() if s >= p.min_anchors), key=lambda j: (-round(weight[j], 9), j))
        result.append(tuple(sorted(ranked[: p.max_candidates])))
    return result
