"""The sentences a lexical alignment leaves unlinked inside a passage, settled by meaning.

Inside a passage of a derivation, a target sentence between two links that shares too few
words to be linked is either a rewording of the source between the two links' source
sentences (a heavy rewrite says the same in other words) or a sentence of the outlet's own.
Words cannot tell the two apart; meaning can: the gap's target sentences and the source
sentences left unlinked between the two links' ends are embedded by the multilingual
sentence encoder (:mod:`.meaning`) and chained in the order of both texts. A chained pair at least
``gap_threshold`` alike becomes a ``rewritten`` link, with its drift; a sentence (of
:data:`~.meaning.MIN_WORDS` words or more) whose best likeness in that stretch of the source is under
``own_threshold`` (or that has no such stretch: the two links' sources are next to each
other) is the outlet's own, and the passage is cut there
(:func:`~lineage.align.comparison.cut_passage`). Sentences in between stay as they were, and
so do gaps of more than ``max_sentences`` sentences on either side (a junk page's long
passage costs the encoder nothing).

This runs on a pair already found to be a derivation (it never makes or breaks one), so
an independent article is never aligned by it. Pure given the encoder: sentence vectors
come from ``vectors``, which a caller may cache per text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

import numpy as np

from ..models import Comparison, Link, Passage, Span
from ..params import AlignParams, MeaningParams
from .comparison import assembled, cut_passage, passage_of
from .drift import drift_context, find_drift
from .meaning import MIN_WORDS, Vectors, monotone_chain
from .units import AlignText

# Vectors of sentences of a text: ``vectors(text, sentences)``, one unit-length row per sentence.
SentenceVectors = Callable[[AlignText, Sequence[int]], Vectors]


Gap = tuple[int, list[int], list[int]]  # (passage, its target sentences, the source stretch)


def gaps(comparison: Comparison, target: AlignText, max_gap: int) -> list[Gap]:
    """Every gap of the comparison: ``(k, target sentences, source sentences)``, the target's
    unlinked sentences (with words, not boilerplate) between two links of passage ``k``, or
    between passage ``k`` and the next when the two continue each other in the order of both
    texts with at most ``max_gap`` sentences between; and the source sentences from the one
    link's end to the other's start."""
    usable = set(target.in_units)
    linked = {k for passage in comparison.passages for link in passage.links for k in link.target_sentences}
    ordered = [
        sorted(passage.links, key=lambda link: (link.target_span, link.source_span)) for passage in comparison.passages
    ]
    pairs = [(k, first, second) for k, links in enumerate(ordered) for first, second in pairwise(links)]
    for k, (left, right) in enumerate(pairwise(ordered)):
        if left and right and max(left[-1].source_sentences) < min(right[0].source_sentences):
            pairs.append((-k - 1, left[-1], right[0]))  # negative: between passage k and k + 1
    found: list[Gap] = []
    for k, first, second in pairs:
        between = range(max(first.target_sentences) + 1, min(second.target_sentences))
        if k < 0 and len(between) > max_gap:
            continue
        inside = [t for t in between if t in usable and t not in linked]
        if inside:
            lo, hi = sorted((max(first.source_sentences), min(second.source_sentences)))
            found.append((k, inside, list(range(lo, hi + 1))))
    return found


def settle_gaps(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    vectors: SentenceVectors,
    align: AlignParams,
    meaning: MeaningParams,
) -> Comparison:
    """``comparison`` (source → target, a derivation) with the unlinked sentences inside and
    between its passages linked by meaning or, inside a passage, cut out of it when they are
    the target's own."""
    found = gaps(comparison, target, align.max_gap)
    if not found:
        return comparison
    a, b = source.doc, target.doc
    facts = drift_context(a, b, (source.drift, target.drift))
    source_usable = set(source.in_units)
    source_linked = {k for passage in comparison.passages for link in passage.links for k in link.source_sentences}
    added: dict[int, list[Link]] = {}
    cuts: dict[int, list[Span]] = {}
    for k, inside, window in found:
        if max(len(inside), len(window)) > meaning.max_sentences:
            continue  # a stretch too long to be a sentence or two reworded
        window = [
            x
            for x in window
            if x in source_usable and x not in source_linked and _words(a.sentence_words[x]) >= MIN_WORDS
        ]
        inside = [x for x in inside if _words(b.sentence_words[x]) >= MIN_WORDS]
        if not inside:
            continue
        chain: list[tuple[int, int]] = []
        best = np.full(len(inside), -1.0)
        if window:
            similarity = vectors(target, inside) @ vectors(source, window).T
            best = similarity.max(axis=1)
            chain = monotone_chain(similarity, meaning.gap_threshold)
        for i, j in chain:
            t, s = inside[i], window[j]
            added.setdefault(k, []).append(
                Link(
                    source_sentences=(s,),
                    target_sentences=(t,),
                    source_span=a.sentences[s].span,
                    target_span=b.sentences[t].span,
                    label="rewritten",
                    score=round(float(similarity[i, j]), 4),
                    drift=find_drift(a, (a.sentence_words[s],), b, (b.sentence_words[t],), facts),
                )
            )
        chained = {inside[i] for i, _ in chain}
        for i, t in enumerate(inside):
            if t not in chained and float(best[i]) < meaning.own_threshold and k >= 0:
                cuts.setdefault(k, []).append(b.sentences[t].span)
    if not added and not cuts:
        return comparison
    passages: list[Passage] = []
    for k, passage in enumerate(comparison.passages):
        if k in added:
            links = _ordered((*passage.links, *added[k]))
            passage = passage_of(links, passage.source_span, passage.target_span)
        passages.extend(cut_passage(passage, cuts.get(k, []), align, firm=True))
    # Links found between two passages are a passage of their own (the two may be verbatim).
    for k, found_links in added.items():
        if k < 0:
            links = _ordered(found_links)
            spans = (_bounds(x.source_span for x in links), _bounds(x.target_span for x in links))
            passages.append(passage_of(links, *spans))
    return assembled(passages, source, target, comparison.languages)


def _ordered(links: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(sorted(links, key=lambda x: (x.target_span, x.source_span)))


def _bounds(spans: Iterable[Span]) -> Span:
    found = list(spans)
    return (min(x[0] for x in found), max(x[1] for x in found))


def _words(span: tuple[int, int]) -> int:
    return span[1] - span[0]
