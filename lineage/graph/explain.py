"""Explanations: how closely a parent accounts for each sentence of its child (what attribution weighs).

Computed per aligned pair, where both texts are (the alignment worker), and kept with
the edge, so that attribution (:mod:`lineage.graph.attribution`) is a pure function
of a child's candidate edges.

For each sentence (unit) of the child that the pair explains, the child's sentence is
measured against the closest text of the parent: every sentence and every two
consecutive sentences around the aligned ones, each also through its best-matching
stretch (a copy may merge or split sentences, cut a clause or drop a dateline: a cut is
not an edit of the words kept). ``wording`` is the edit distance (Indel) after folding
case, quotes, apostrophes, dashes and spacing, ``raw`` the same on the text as published.

Linked units come from the aligner's links. A unit the aligner left unlinked is added
when it copies a parent sentence nearly word for word (folded ratio or partial ratio at
least :data:`NEAR_COPY`): passages can stop short of a copied sentence, and attribution
must see, for every candidate, every unit it carries, or a sibling covering the gap
would look like the better source. Boilerplate sentences (bylines, credits, footers)
are not material.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from ..align import AlignText
from ..align.links import partial_may_reach
from ..models import Comparison, Explanation, Span
from ..text.fold import fold

NEAR_COPY = 80.0  # rapidfuzz ratio (0-100) of an unlinked sentence that copies a parent sentence
MIN_UNLINKED = 30  # characters an unlinked sentence needs to be looked for in the parent
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Sentences:
    """A text's sentences as explanations compare them: spans, folded words, raw text (spacing
    normalised); boilerplate sentences and sentences without words are empty."""

    spans: tuple[Span, ...]
    words: tuple[str, ...]
    raw: tuple[str, ...]


def sentences_of(prepared: AlignText) -> Sentences:
    """The sentences of a text prepared for alignment."""
    text = prepared.doc.text
    spans = tuple(s.span for s in prepared.doc.sentences)
    raw = tuple(
        "" if flag else _SPACE.sub(" ", text[a:b]).strip()
        for (a, b), flag in zip(spans, prepared.boilerplate, strict=True)
    )
    words = tuple(_SPACE.sub(" ", fold(r)).strip().casefold() for r in raw)
    return Sentences(spans, words, raw)


Distance = Callable[[str, str], int]  # what :func:`distance` computes (it, or a memo of it)
MEMO_SIZE = 1 << 16  # pairs of strings a :func:`distance_memo` keeps


def distance(unit: str, source: str) -> int:
    """The edit distance from ``unit`` to ``source``, or to its stretch that ``unit`` matches
    best when that is closer."""
    whole = Indel.distance(source, unit)
    if len(source) <= len(unit) or not unit:
        return whole
    found = fuzz.partial_ratio_alignment(unit, source)
    if found is None:
        return whole
    return min(whole, Indel.distance(source[found.dest_start : found.dest_end], unit))


def distance_memo() -> Distance:
    """:func:`distance`, remembering the last :data:`MEMO_SIZE` results: the copies of one story
    repeat its sentences, so a trace measures the same two strings many times (40% of the
    calls in the synthetic 10k corpus). Made per aligner (one worker), never shared."""
    return lru_cache(maxsize=MEMO_SIZE)(distance)


def closest(
    unit: int, child: Sentences, parent: Sentences, around: Iterable[int], measure: Distance = distance
) -> Explanation | None:
    """The child's ``unit`` measured against the parent's closest text near ``around`` (sentence
    indices of the parent), or None when the unit has no words or nothing is near
    (``measure``: :func:`distance` or a :func:`distance_memo`)."""
    c_words, c_raw = child.words[unit], child.raw[unit]
    if not c_words:
        return None
    n = len(parent.spans)
    near = sorted({j for i in around for j in (i - 1, i, i + 1) if 0 <= j < n and parent.words[j]})
    best: tuple[int, int, int] | None = None  # distance, first and last parent sentence
    for j, k in [(i, i + extra) for i in near for extra in (0, 1)]:
        if k >= n or not parent.words[k] or (k > j and k not in near):
            continue
        d = measure(c_words, " ".join(parent.words[j : k + 1]))
        if best is None or d < best[0]:
            best = (d, j, k)
            if d == 0:
                break  # the words copied exactly: no later text explains the unit more closely
    if best is None:
        return None
    d, j, k = best
    r = measure(c_raw, " ".join(parent.raw[j : k + 1]))
    span = (parent.spans[j][0], parent.spans[k][1])
    similarity = round(1.0 - d / (2 * len(c_words)), 4) if d < 2 * len(c_words) else 0.0
    return Explanation(unit, d, r, similarity, span, child.spans[unit])


def _sentences_in(span: Span, sentences: Sentences) -> list[int]:
    return [j for j, (a, b) in enumerate(sentences.spans) if b > a and b > span[0] and a < span[1]]


def explanations(
    comparison: Comparison, ps: Sentences, cs: Sentences, measure: Distance = distance
) -> tuple[Explanation, ...]:
    """The child's units that the parent explains in ``comparison`` (parent → child), by unit
    (``ps``, ``cs``: the :func:`sentences_of` the parent and the child; ``measure``: the edit
    distance, :func:`distance` or an aligner's :func:`distance_memo`)."""
    found: dict[int, Explanation] = {}
    for link in comparison.links:
        around = _sentences_in(link.source_span, ps)
        for u in link.target_sentences:
            e = closest(u, cs, ps, around, measure)
            if e is not None and (u not in found or e.wording < found[u].wording):
                found[u] = e
    todo = [u for u, w in enumerate(cs.words) if u not in found and len(w) >= MIN_UNLINKED]
    targets = [j for j, w in enumerate(ps.words) if w]
    if todo and targets:
        choices = [ps.words[j] for j in targets]
        ratio = process.cdist([cs.words[u] for u in todo], choices, scorer=fuzz.ratio)
        lengths = np.array([len(x) for x in choices], dtype=np.float64)
        for row, u in enumerate(todo):
            j = int(ratio[row].argmax())
            if ratio[row, j] < NEAR_COPY:
                # Only the sentences whose whole-string ratio lets the partial ratio reach the bar.
                length = len(cs.words[u])
                short, long_ = np.minimum(lengths, length), np.maximum(lengths, length)
                hopeful = np.flatnonzero(partial_may_reach(ratio[row], short, long_, NEAR_COPY))
                hopeful_choices = [choices[x] for x in hopeful.tolist()]
                hit = process.extractOne(
                    cs.words[u], hopeful_choices, scorer=fuzz.partial_ratio, score_cutoff=NEAR_COPY
                )
                if hit is None:
                    continue
                j = int(hopeful[hit[2]])
            e = closest(u, cs, ps, [targets[j]], measure)
            if e is not None:
                found[u] = e
    return tuple(found[u] for u in sorted(found))
