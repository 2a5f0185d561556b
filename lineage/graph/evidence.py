"""The evidence of each rewritten link of a derivation: the facts and the words its two sides share.

A rewritten link says "this sentence of the copy restates that sentence of the source" (a
verbatim link needs none: the two sides are the same words).
A reader checking it (a standards editor, a licensing desk) wants what it rests on: the
numbers and names both sentences state, and the other words they share that are not
everyday words of the two articles. Two reports of one event written apart share the facts but
seldom the rarer wording around them; a rewrite keeps some of both.

:func:`with_evidence` is a pure function of the two texts and their comparison, run on
the comparison of every edge (lexical and cross-language alike) where the edge is made,
so every driver (trace, store, Spark) reports the same evidence and a store keeps it with
the edge. It changes no decision.

Words are compared by stem (the analysis's normalised form) and shown as the copy writes
them; a word's rarity is the number of sentences of the two texts holding it; function words
(the signature's stopword list) and one-letter words are counted, never listed. Facts are
the fact anchors of :mod:`lineage.candidates.anchors` (numbers by their digits, names),
names decided over each whole text (a capitalised function word, "Gli" opening a sentence, is
no fact).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from ..candidates.anchors import anchor_spans
from ..candidates.signing import STOPWORDS
from ..models import Comparison, Link, LinkEvidence, Passage, Span
from ..text import AnalysedText
from ..text.fold import fold_word

SHOWN_WORDS = 8  # shared words listed per link (all are counted)
STOCK_SHARE = 0.25  # a word in more than this share of the pair's sentences is not listed


class EvidenceSide:
    """What evidence needs of one text, whatever it is paired with (made once per text and kept
    by the aligner, so it is compact: arrays, not lists): its words' stem hashes (spans are the
    analysis's), in how many of its sentences each stem stands, its fact anchors."""

    def __init__(self, doc: AnalysedText) -> None:
        self.doc = doc
        self.stems: npt.NDArray[np.uint64] = (
            doc.vocabulary_hashes[doc.word_ids] if len(doc.word_ids) else np.zeros(0, np.uint64)
        )
        per_sentence = [np.unique(self.stems[first:last]) for first, last in doc.sentence_words]
        joined = np.concatenate(per_sentence) if per_sentence else np.zeros(0, np.uint64)
        self.frequent_stems, self.frequency = np.unique(joined, return_counts=True)
        self.sentence_count = len(doc.sentence_words)
        self.anchors = anchor_spans(doc.text)
        self._anchor_starts = [a[1] for a in self.anchors]

    def words_in(self, span: Span) -> tuple[int, int]:
        """The range of the words inside ``span``."""
        first = int(np.searchsorted(self.doc.word_starts, span[0], side="left"))
        return first, max(first, int(np.searchsorted(self.doc.word_ends, span[1], side="right")))

    def sentences_with(self, stems: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """In how many of the text's sentences each of ``stems`` stands."""
        k = np.searchsorted(self.frequent_stems, stems)
        inside = k < len(self.frequent_stems)
        found = np.zeros(len(stems), np.int64)
        hit = inside.copy()
        hit[inside] = self.frequent_stems[k[inside]] == stems[inside]
        found[hit] = self.frequency[k[hit]]
        return found

    def anchors_in(self, span: Span) -> list[tuple[str, int, int]]:
        first = bisect_left(self._anchor_starts, span[0])
        found = []
        for anchor in self.anchors[first:]:
            if anchor[1] >= span[1]:
                break
            if anchor[2] <= span[1]:
                found.append(anchor)
        return found


class _Rarity:
    """How many sentences of the two texts hold a stem."""

    def __init__(self, source: EvidenceSide, target: EvidenceSide) -> None:
        self._sides = (source, target)
        self.stock = max(2.0, STOCK_SHARE * (source.sentence_count + target.sentence_count))

    def of(self, stems: list[int]) -> list[int]:
        """The count of each of ``stems``."""
        if not stems:
            return []
        wanted = np.array(stems, dtype=np.uint64)
        counts = self._sides[0].sentences_with(wanted) + self._sides[1].sentences_with(wanted)
        return [int(x) for x in counts]


def _link_evidence(source: EvidenceSide, target: EvidenceSide, link: Link, rarity: _Rarity) -> LinkEvidence:
    """The evidence of one link (see the module)."""
    text = target.doc.text
    src_facts = {a for a, _, _ in source.anchors_in(link.source_span)}
    facts: list[str] = []
    named: set[str] = set()
    in_facts: set[int] = set()  # where the copy's side states a fact (its words are listed as facts)
    for anchor, start, end in target.anchors_in(link.target_span):
        in_facts.add(start)
        if anchor in src_facts and anchor not in named and anchor[1:] not in STOPWORDS:
            named.add(anchor)
            facts.append(text[start:end])
    s0, s1 = source.words_in(link.source_span)
    src = set(source.stems[s0:s1].tolist())
    t0, t1 = target.words_in(link.target_span)
    first: dict[int, int] = {}  # where the copy first writes each shared stem
    seen: set[int] = set()
    for k, stem in enumerate(target.stems[t0:t1].tolist(), start=t0):
        seen.add(stem)
        if stem in src and stem not in first:
            first[stem] = k
    words: list[tuple[int, int, str]] = []  # (stem, word, form) of the shared words that may be shown
    for stem, k in first.items():
        a = int(target.doc.word_starts[k])
        form = text[a : int(target.doc.word_ends[k])]
        if len(form) > 1 and a not in in_facts and fold_word(form) not in STOPWORDS:
            words.append((stem, k, form))
    counts = rarity.of([stem for stem, _, _ in words])
    listed = [(count, k, form) for count, (_, k, form) in zip(counts, words, strict=True) if count <= rarity.stock]
    shown = sorted(sorted(listed)[:SHOWN_WORDS], key=lambda x: x[1])
    return LinkEvidence(
        facts=tuple(facts),
        words=tuple(form for _, _, form in shown),
        shared=len(first),
        words_in_copy=len(seen),
    )


def with_evidence(
    comparison: Comparison, source: AnalysedText | EvidenceSide, target: AnalysedText | EvidenceSide
) -> Comparison:
    """``comparison`` (``source`` → ``target``) with the evidence of every rewritten link (pure; pass
    :class:`EvidenceSide` objects to reuse them across the pairs of a text)."""
    if not any(link.label == "rewritten" for link in comparison.links):
        return comparison
    a = source if isinstance(source, EvidenceSide) else EvidenceSide(source)
    b = target if isinstance(target, EvidenceSide) else EvidenceSide(target)
    rarity = _Rarity(a, b)
    passages: list[Passage] = []
    for passage in comparison.passages:
        links = tuple(
            replace(link, evidence=_link_evidence(a, b, link, rarity)) if link.label == "rewritten" else link
            for link in passage.links
        )
        passages.append(replace(passage, links=links))
    return replace(comparison, passages=tuple(passages))
