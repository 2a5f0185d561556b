"""Aligning candidate pairs into edges: the screen, the alignment, the derivation test.

Pairs sharing fewer than ``min_shared_trigrams`` word 3-grams are not aligned
(:mod:`lineage.candidates.screen`); a pair aligned is a derivation when several
links cover enough of either text or a long passage is verbatim, and, joined by rewritten
links only, when one of them states a fact of both sides (:func:`states_facts`) and, in a
trace, when a claim of a whole rewrite passes the rewrite test (:mod:`lineage.graph.rewrites`);
its direction is
decided by :func:`~lineage.graph.direction.decide_direction`; an oriented edge carries the
explanations of the child's sentences by the parent (:mod:`lineage.graph.explain`), what
attribution (:mod:`lineage.graph.attribution`) weighs, and each link's evidence
(:mod:`lineage.graph.evidence`). In a trace, the sentences a derivation's passages leave
unlinked are settled by meaning (:mod:`lineage.align.gaps`): linked as rewordings, or cut
out as the outlet's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..align import AlignText, align, prepare_text
from ..align.anchored import link_anchored
from ..align.gaps import settle_gaps
from ..align.meaning import Encoder, MeaningText, Vectors, align_meaning, default_encoder, embed, encoded_texts
from ..align.units import aligned_part
from ..candidates.screen import Screen
from ..models import Comparison, Document, Edge
from ..params import Params
from ..text import AnalysedText, analyse
from ..text.synonyms import readable_share
from .direction import ArticleFacts, article_facts, credits_publisher, decide_direction
from .evidence import EvidenceSide, with_evidence
from .explain import Sentences, distance_memo, explanations, sentences_of
from .rewrites import Rewording, claims_rewrite


def is_derivation(comparison: Comparison, params: Params) -> bool:
    """Whether an alignment is strong enough to be reported as reuse.

    Several links covering at least ``min_share`` of either text, or a long
    verbatim passage: single short sentence matches between texts on the same
    story are not reuse.
    """
    links = comparison.links
    if not links:
        return False
    share = max(comparison.source_share, comparison.target_share)
    verbatim_chars = sum(p.target_span[1] - p.target_span[0] for p in comparison.passages if p.label == "verbatim")
    if verbatim_chars >= 200:
        return True
    mean_score = sum(link.score for link in links) / len(links)
    return len(links) >= 2 and share >= params.align.min_share and mean_score >= 0.5


def states_facts(comparison: Comparison) -> bool:
    """Whether a derivation rests on more than common phrasing: a link is verbatim, or a
    rewritten link's two sentences state a fact in common (a name, a number; its evidence,
    :mod:`lineage.graph.evidence`). Two articles on different stories may restate a stock
    sentence ("the works cost 2 million euros, mostly EU funds") in like words; a rewrite of
    a story restates its facts."""
    return any(
        link.label == "verbatim" or (link.evidence is not None and link.evidence.facts) for link in comparison.links
    )


class PairAligner:
    """Aligns candidate pairs, parent → child: the edge of a pair, or None.

    Pairs sharing fewer than ``min_shared_trigrams`` word 3-grams are not aligned
    (:mod:`lineage.candidates.screen`). Texts prepared for alignment (analysis, units, boilerplate) and
    alignments that are derivations are kept by text for the life of the aligner (one trace,
    one query, one task of a trace): a wire story republished unchanged by several outlets is
    analysed once and aligned once with each other text (an alignment is a function of the
    two texts alone).
    """

    def __init__(
        self,
        params: Params,
        analysed: Iterable[AnalysedText] = (),
        *,
        explain: bool = True,
        encoder: Encoder | None = None,
    ) -> None:
        """``analysed``: analyses already made. ``explain``: give each edge the explanations
        attribution weighs (:mod:`lineage.graph.explain`) and settle its unlinked sentences by
        meaning (:mod:`lineage.align.gaps`, when ``params.meaning.enabled``); a query, which
        attributes nothing, skips both (they cost more than the alignment). ``encoder``: the
        sentence encoder (default: the process's, loaded when first needed)."""
        self.params = params
        self.explain = explain
        self._encoder = encoder
        self._vectors: dict[str, dict[int, Vectors]] = {}
        self._settled: dict[tuple[str, str], Comparison] = {}
        self._analysed: dict[str, AnalysedText] = {a.text: a for a in analysed}
        self._prepared: dict[str, AlignText] = {}
        self._screen = Screen(params.align.min_shared_trigrams)
        self._facts: dict[Document, ArticleFacts] = {}
        self._aligned: dict[tuple[str, str], Comparison | None] = {}
        self._sides: dict[str, EvidenceSide] = {}
        self._explained: dict[str, Sentences] = {}
        self._distance = distance_memo()
        self._rewording: Rewording | None = None
        self._embedded: dict[str, MeaningText] = {}
        self._read: dict[str, float] = {}

    def _text(self, text: str) -> AlignText:
        found = self._prepared.get(text)
        if found is None:
            analysed = self._analysed.pop(text, None) or analyse(aligned_part(text, self.params.align))
            found = self._prepared[text] = prepare_text(analysed, self.params.align)
        return found

    def _side(self, text: str) -> EvidenceSide:
        found = self._sides.get(text)
        if found is None:
            found = self._sides[text] = EvidenceSide(self._text(text).doc)
        return found

    def _sentences(self, text: str) -> Sentences:
        found = self._explained.get(text)
        if found is None:
            found = self._explained[text] = sentences_of(self._text(text))
        return found

    def _fact(self, doc: Document) -> ArticleFacts:
        found = self._facts.get(doc)
        if found is None:
            found = self._facts[doc] = article_facts(doc)
        return found

    def _align(self, a: str, b: str) -> Comparison:
        return align(self._text(a), self._text(b), self.params.align)

    def _derivation(self, a: str, b: str) -> Comparison | None:
        """The alignment of ``a`` → ``b`` when it is a derivation, else None (kept: only those
        comparisons are, so a long trace does not hold every pair it rejected)."""
        if (a, b) not in self._aligned:
            self._keep(a, b, self._align(a, b))
        return self._aligned[a, b]

    def _keep(self, a: str, b: str, comparison: Comparison) -> None:
        self._aligned[a, b] = comparison if is_derivation(comparison, self.params) else None

    def edge(self, a: Document, b: Document) -> Edge | None:
        """The edge between two articles, oriented parent → child, or None when no reuse.

        A function of the two articles, whichever is given first: they are aligned in the
        order of their ids, then the other way round when the second is the parent.
        """
        if b.id < a.id:
            a, b = b, a
        if not self._screen.passes(a.text, b.text):
            return None
        comparison = self._derivation(a.text, b.text)
        if comparison is None:
            return None
        facts = (self._fact(a), self._fact(b))
        parent, child, direction = decide_direction(a, b, comparison, facts=facts)
        if parent != a.id:
            reverse = self._aligned.get((b.text, a.text))  # None: not aligned yet, or not kept
            if reverse is None:
                reverse = self._align(b.text, a.text)
                self._keep(b.text, a.text, reverse)
            comparison = reverse
            a, b = b, a
        if (
            self.explain
            and self.params.meaning.enabled
            and self.params.meaning.rewrites
            and claims_rewrite(comparison, self.params)
            and not self._rewrites(a, b)
        ):
            return None
        explains = (
            explanations(comparison, self._sentences(a.text), self._sentences(b.text), self._distance)
            if direction.determined and self.explain
            else ()
        )
        if self.explain and self.params.meaning.enabled:
            comparison = self._settle(a.text, b.text, comparison)
        stated = with_evidence(comparison, self._side(a.text), self._side(b.text))
        if not states_facts(stated):
            return None  # two stories sharing common phrasing, no fact
        if self.explain and self.params.meaning.enabled:
            restated = self._restated(a.text, b.text, comparison)
            if restated is not comparison:
                stated = with_evidence(restated, self._side(a.text), self._side(b.text))
        return Edge(parent, child, stated, direction, explains)

    def _rewrites(self, a: Document, b: Document) -> bool:
        """Whether ``b`` rewrites ``a`` by the rewrite test of the meaning stage (the two texts
        chained by meaning, :mod:`lineage.graph.rewrites`), asked of a pair whose words' alignment
        claims a whole rewrite: yes too when the test cannot be asked (two languages, or a text
        the lexicon cannot judge, which is never embedded) or either credits the other's agency
        (the credit says where the text came from)."""
        if self._rewording is None:
            self._rewording = Rewording(self.params)
        if not self._rewording.askable(a, b):
            return True
        chain = align_meaning(self._meaning(a.text), self._meaning(b.text), self.params.meaning)
        score = self._rewording.score(chain, a, b, (self._text(a.text), self._text(b.text)))
        if score is None or score >= self.params.meaning.rewrite_bar:
            return True
        fa, fb = self._fact(a), self._fact(b)
        return credits_publisher(fb, fa) or credits_publisher(fa, fb)

    def _meaning(self, text: str) -> MeaningText:
        """``text`` embedded for the chain by meaning (:func:`lineage.align.meaning.embed`), once."""
        found = self._embedded.get(text)
        if found is None:
            if self._encoder is None:
                self._encoder = default_encoder()
            found = self._embedded[text] = embed(self._text(text), self._encoder, self.params.meaning)
        return found

    def comparison(self, source: str, target: str) -> Comparison:
        """The alignment of ``source`` → ``target`` as a trace reports it: a derivation's
        unlinked sentences settled by meaning (when the aligner explains and meaning is on),
        any other pair's alignment as words find it; a derivation that states facts has its
        sentences restated around the same facts linked too. Links carry no evidence."""
        comparison = self._align(source, target)
        if self.explain and self.params.meaning.enabled and is_derivation(comparison, self.params):
            comparison = self._settle(source, target, comparison)
            if states_facts(with_evidence(comparison, self._side(source), self._side(target))):
                comparison = self._restated(source, target, comparison)
        return comparison

    def _settle(self, a: str, b: str, comparison: Comparison) -> Comparison:
        found = self._settled.get((a, b))
        if found is None:
            found = self._settled[a, b] = settle_gaps(
                comparison, self._text(a), self._text(b), self._sentence_vectors, self.params.align, self.params.meaning
            )
        return found

    def _restated(self, a: str, b: str, comparison: Comparison) -> Comparison:
        """A derivation's alignment with the sentences restated around the same facts linked
        (:mod:`lineage.align.anchored`; asked after the derivation is kept, so it never keeps one)."""
        if self._text(a).doc.language != self._text(b).doc.language:
            return comparison
        spans = (self._side(a).anchors, self._side(b).anchors)  # read once per text for the evidence
        p = self.params.meaning
        once = self._readable(a) >= p.min_known
        return link_anchored(comparison, self._text(a), self._text(b), self._sentence_vectors, p, spans, once)

    def _readable(self, text: str) -> float:
        """The share of ``text``'s first words its language's word list holds
        (:func:`lineage.text.synonyms.readable_share`), once per text."""
        found = self._read.get(text)
        if found is None:
            found = self._read[text] = readable_share(text, self._text(text).doc.language)
        return found

    def _sentence_vectors(self, text: AlignText, sentences: Sequence[int]) -> Vectors:
        """The encoder's vectors of ``sentences`` of ``text``, each embedded once per aligner."""
        known = self._vectors.setdefault(text.doc.text, {})
        missing = [k for k in dict.fromkeys(sentences) if k not in known]
        if missing:
            if self._encoder is None:
                self._encoder = default_encoder()
            found = self._encoder.encode(encoded_texts(text, missing))
            known.update(zip(missing, found, strict=True))
        return np.stack([known[k] for k in sentences])
