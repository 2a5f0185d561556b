"""Sentences restated around the same facts, linked after a derivation is found.

A heavy rewrite restates some sentences so freely that neither their words nor their
meaning's likeness lifts them above the thresholds of the chains (:mod:`.gaps`,
:mod:`.meaning`), and moves others out of the source's order; but a restated sentence keeps
its facts. So, in a pair already found to be a derivation, a target sentence left unlinked is
linked to the unlinked source sentence with which it shares at least ``anchored_min`` fact
anchors (numbers, names: :func:`lineage.candidates.anchors.anchor_spans`) that each text writes
in that one sentence only, when the two are at least ``anchored_threshold`` alike by meaning
(the multilingual sentence encoder). Two facts that only these two sentences of the two texts
state say the one restates the other; a sentence of the outlet's own cites the story's facts
too, but they are the facts the whole story repeats, not two found in one sentence alone.
Each source sentence is linked once, the pairs sharing most facts first, then the most alike.
Then a sentence still unlinked that shares one fact with a source sentence, linked or not, is
linked to it when the source writes that fact in that sentence only and the target only there or
in the sentences it already links to that source sentence (a lead that restates what the body
retells: a source sentence restated twice), and the two are at least ``gap_threshold`` alike, the
bar of a sentence linked by meaning where its neighbours' order is the other evidence; here the
fact is. It is asked only of texts whose words the encoder can read (the caller says so: a text of
made-up words has likenesses that mean nothing).

This never makes or breaks a derivation (the caller asks it of a pair already kept), so an
independent article is never aligned by it. Pure given the sentence vectors.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ..candidates.anchors import anchor_spans
from ..models import Comparison, Link
from ..params import MeaningParams
from ..text import AnalysedText
from .comparison import assembled, passage_of
from .drift import drift_context, find_drift
from .gaps import SentenceVectors
from .meaning import MIN_WORDS
from .units import AlignText

Anchors = Sequence[tuple[str, int, int]]  # anchor_spans of a text


def sentence_anchors(doc: AnalysedText, spans: Anchors | None = None) -> list[frozenset[str]]:
    """The fact anchors each sentence of ``doc`` writes (names decided over the whole text;
    ``spans``: its :func:`~lineage.candidates.anchors.anchor_spans`, when made already)."""
    starts = [s.span[0] for s in doc.sentences]
    found: list[set[str]] = [set() for _ in doc.sentences]
    for anchor, start, _ in anchor_spans(doc.text) if spans is None else spans:
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < doc.sentences[k].span[1]:
            found[k].add(anchor)
    return [frozenset(x) for x in found]


def unique_anchors(doc: AnalysedText, spans: Anchors | None = None) -> list[frozenset[str]]:
    """Each sentence's anchors (:func:`sentence_anchors`) that no other sentence of ``doc`` writes."""
    anchors = sentence_anchors(doc, spans)
    held = Counter(a for x in anchors for a in x)
    return [frozenset(a for a in x if held[a] == 1) for x in anchors]


def _free(text: AlignText, linked: set[int]) -> list[int]:
    doc = text.doc
    return [
        k for k in text.in_units if k not in linked and doc.sentence_words[k][1] - doc.sentence_words[k][0] >= MIN_WORDS
    ]


def anchored_pairs(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    vectors: SentenceVectors,
    p: MeaningParams,
    spans: tuple[Anchors, Anchors] | None = None,
    once: bool = True,
) -> list[tuple[int, int, float]]:
    """The ``(source sentence, target sentence, likeness)`` pairs this stage links (``spans``: the
    two texts' :func:`~lineage.candidates.anchors.anchor_spans`, when made already; ``once``:
    whether a pair sharing one fact is asked too, see :func:`link_anchored`)."""
    known = spans or (None, None)
    pairs = _twice_stated(comparison, source, target, vectors, p, known)
    if once:
        pairs += _once_stated(comparison, source, target, vectors, p, known, pairs)
    return sorted(pairs, key=lambda x: (x[1], x[0]))


def _twice_stated(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    vectors: SentenceVectors,
    p: MeaningParams,
    known: tuple[Anchors | None, Anchors | None],
) -> list[tuple[int, int, float]]:
    """The pairs of unlinked sentences sharing ``anchored_min`` facts each text writes in that
    sentence only, at least ``anchored_threshold`` alike."""
    linked_a = {k for x in comparison.passages for link in x.links for k in link.source_sentences}
    linked_b = {k for x in comparison.passages for link in x.links for k in link.target_sentences}
    free_a, free_b = _free(source, linked_a), _free(target, linked_b)
    if not free_a or not free_b:
        return []
    own_a, own_b = unique_anchors(source.doc, known[0]), unique_anchors(target.doc, known[1])
    shared = [(len(own_a[s] & own_b[t]), s, t) for t in free_b if own_b[t] for s in free_a if own_a[s] & own_b[t]]
    shared = [x for x in shared if x[0] >= p.anchored_min]
    likeness = _likeness([(s, t) for _, s, t in shared], source, target, vectors)
    ranked = sorted(shared, key=lambda x: (-x[0], -likeness[x[1], x[2]], x[2], x[1]))
    return _one_each([(s, t) for _, s, t in ranked], likeness, p.anchored_threshold)


def _once_stated(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    vectors: SentenceVectors,
    p: MeaningParams,
    known: tuple[Anchors | None, Anchors | None],
    pairs: list[tuple[int, int, float]],
) -> list[tuple[int, int, float]]:
    """The pairs linked on one fact: a target sentence left unlinked and a source sentence (linked
    or not) sharing a fact the source writes in that sentence only and the target only there or
    in the sentences it already links to that source sentence (a source sentence restated twice,
    as a lead restates what the body retells), at least ``gap_threshold`` alike: the bar a
    sentence meets by meaning where the order of its neighbours' links is the other evidence; here
    the fact is."""
    linked: dict[int, set[int]] = {}
    for link in [x for passage in comparison.passages for x in passage.links]:
        for t in link.target_sentences:
            linked.setdefault(t, set()).update(link.source_sentences)
    for s, t, _ in pairs:
        linked.setdefault(t, set()).add(s)
    free_a, free_b = _free(source, set()), _free(target, set(linked))
    if not free_a or not free_b:
        return []
    in_a, in_b = sentence_anchors(source.doc, known[0]), sentence_anchors(target.doc, known[1])
    held_a = Counter(a for x in in_a for a in x)
    only_in = {a: s for s in free_a for a in in_a[s] if held_a[a] == 1}  # a fact -> the one sentence writing it
    where_b: dict[str, list[int]] = {}
    for t, written in enumerate(in_b):
        for a in written:
            where_b.setdefault(a, []).append(t)
    shared = sorted(
        {
            (only_in[a], t)
            for t in free_b
            for a in in_b[t]
            if a in only_in and all(u == t or only_in[a] in linked.get(u, ()) for u in where_b[a])
        }
    )
    likeness = _likeness(shared, source, target, vectors)
    ranked = sorted(shared, key=lambda x: (-likeness[x], x[1], x[0]))
    return _one_each(ranked, likeness, p.gap_threshold)


def _likeness(
    pairs: Sequence[tuple[int, int]], source: AlignText, target: AlignText, vectors: SentenceVectors
) -> dict[tuple[int, int], float]:
    """The likeness by meaning of each ``(source sentence, target sentence)`` of ``pairs``."""
    if not pairs:
        return {}
    rows = sorted({t for _, t in pairs})
    columns = sorted({s for s, _ in pairs})
    alike = vectors(target, rows) @ vectors(source, columns).T
    row, column = {t: i for i, t in enumerate(rows)}, {s: j for j, s in enumerate(columns)}
    return {(s, t): float(alike[row[t], column[s]]) for s, t in pairs}


def _one_each(
    ranked: Sequence[tuple[int, int]], likeness: dict[tuple[int, int], float], bar: float
) -> list[tuple[int, int, float]]:
    """The ``(source sentence, target sentence, likeness)`` of ``ranked``'s pairs at least ``bar``
    alike, in its order, each sentence of either text in one pair at most."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    found = []
    for s, t in ranked:
        if likeness[s, t] >= bar and s not in used_a and t not in used_b:
            used_a.add(s)
            used_b.add(t)
            found.append((s, t, likeness[s, t]))
    return found


def link_anchored(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    vectors: SentenceVectors,
    p: MeaningParams,
    spans: tuple[Anchors, Anchors] | None = None,
    once: bool = True,
) -> Comparison:
    """``comparison`` (source → target, a derivation) with the sentences restated around the
    same facts linked (:func:`anchored_pairs`), each a ``rewritten`` passage with its drift.
    ``once`` asks the pairs sharing one fact too: the caller says no when the encoder cannot read
    the texts' words (a likeness by meaning is then no evidence)."""
    pairs = anchored_pairs(comparison, source, target, vectors, p, spans, once)
    if not pairs:
        return comparison
    a, b = source.doc, target.doc
    facts = drift_context(a, b, (source.drift, target.drift))
    passages = list(comparison.passages)
    for s, t, like in pairs:
        link = Link(
            source_sentences=(s,),
            target_sentences=(t,),
            source_span=a.sentences[s].span,
            target_span=b.sentences[t].span,
            label="rewritten",
            score=round(like, 4),
            drift=find_drift(a, (a.sentence_words[s],), b, (b.sentence_words[t],), facts),
        )
        passages.append(passage_of((link,), link.source_span, link.target_span))
    return assembled(passages, source, target, comparison.languages)
