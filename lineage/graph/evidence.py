"""The evidence of each link of a derivation: the facts and the words its two sides share.

A rewritten link says "this sentence of the copy restates that sentence of the source".
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

IntArray = npt.NDArray[np.int64]


class _Side:
    """One text's words (stem hashes, spans) and fact anchors, looked up by character range."""

    def __init__(self, doc: AnalysedText) -> None:
        self.doc = doc
        self.hashes = doc.vocabulary_hashes[doc.word_ids] if len(doc.word_ids) else np.zeros(0, np.uint64)
        self.starts: IntArray = np.asarray(doc.word_starts, dtype=np.int64)
        self.ends: IntArray = np.asarray(doc.word_ends, dtype=np.int64)
        self.anchors = anchor_spans(doc.text)
        self._anchor_starts = [a[1] for a in self.anchors]

    def sentence_sets(self) -> list[npt.NDArray[np.uint64]]:
        """The distinct stem hashes of every sentence."""
        return [np.unique(self.hashes[first:last]) for first, last in self.doc.sentence_words]

    def words_in(self, span: Span) -> range:
        """Indices of the words inside ``span``."""
        first = int(np.searchsorted(self.starts, span[0], side="left"))
        last = int(np.searchsorted(self.ends, span[1], side="right"))
        return range(first, max(first, last))

    def anchors_in(self, span: Span) -> list[tuple[str, int, int]]:
        first = int(np.searchsorted(self._anchor_starts, span[0], side="left"))
        found = []
        for anchor in self.anchors[first:]:
            if anchor[1] >= span[1]:
                break
            if anchor[2] <= span[1]:
                found.append(anchor)
        return found


def _rarity(source: _Side, target: _Side) -> tuple[dict[int, int], int]:
    """How many sentences of the two texts hold each stem (by hash), and how many sentences there are."""
    sets = source.sentence_sets() + target.sentence_sets()
    if not sets:
        return {}, 0
    values, counts = np.unique(np.concatenate(sets), return_counts=True)
    return dict(zip(values.tolist(), counts.tolist(), strict=True)), len(sets)


def link_evidence(source: _Side, target: _Side, link: Link, rarity: dict[int, int], stock: float) -> LinkEvidence:
    """The evidence of one link (see the module)."""
    src_words = source.words_in(link.source_span)
    src = set(source.hashes[src_words.start : src_words.stop].tolist())
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
    first_form: dict[int, tuple[int, str]] = {}
    seen: set[int] = set()
    for k in target.words_in(link.target_span):
        h = int(target.hashes[k])
        seen.add(h)
        if h in src and h not in first_form:
            first_form[h] = (k, text[int(target.starts[k]) : int(target.ends[k])])
    listed = [
        h
        for h, (k, form) in first_form.items()
        if rarity.get(h, 0) <= stock
        and len(form) > 1
        and fold_word(form) not in STOPWORDS
        and int(target.starts[k]) not in in_facts
    ]
    shown = sorted(listed, key=lambda h: (rarity.get(h, 0), first_form[h][0]))[:SHOWN_WORDS]
    return LinkEvidence(
        facts=tuple(facts),
        words=tuple(first_form[h][1] for h in sorted(shown, key=lambda h: first_form[h][0])),
        shared=len(first_form),
        words_in_copy=len(seen),
    )


def with_evidence(comparison: Comparison, source: AnalysedText, target: AnalysedText) -> Comparison:
    """``comparison`` (``source`` → ``target``) with the evidence of every link (pure)."""
    if not comparison.passages:
        return comparison
    a, b = _Side(source), _Side(target)
    rarity, sentences = _rarity(a, b)
    stock = max(2.0, STOCK_SHARE * sentences)
    passages: list[Passage] = []
    for passage in comparison.passages:
        links = tuple(replace(link, evidence=link_evidence(a, b, link, rarity, stock)) for link in passage.links)
        passages.append(replace(passage, links=links))
    return replace(comparison, passages=tuple(passages))
