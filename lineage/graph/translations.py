"""Reuse across languages: an article translating or adapting a story in another language.

The lexical stages (band-key candidates, word alignment) cannot see a translation: it
shares facts, not words. This stage runs after them on the same documents:

1. candidates (:func:`~lineage.candidates.anchors.anchor_candidates`): for every article, the
   earlier articles *in another language* sharing the most rare fact anchors (numbers,
   names), a few per article; a corpus in one language has none and costs nothing more;
2. alignment by meaning (:mod:`lineage.align.meaning`): the sentences of both texts embedded
   by a multilingual encoder and chained in the order of both;
3. the derivation test (:func:`~lineage.align.meaning.is_translation`), direction
   (:func:`~lineage.graph.direction.decide_direction`: dates, credits, datelines) and
   explanations for attribution, each chained sentence explained as closely as its cosine.

The edges it returns join the lexical edges before attribution; their comparison states
the language pair (``languages``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from ..align.meaning import Encoder, MeaningText, align_meaning, default_encoder, embed, is_translation
from ..align.units import AlignText, aligned_part, prepare_text
from ..candidates.anchors import anchor_candidates, anchors
from ..candidates.search import publication_order
from ..models import Comparison, Document, Edge, Explanation
from ..params import Params
from ..text import analyse, detect_language
from .direction import decide_direction
from .evidence import with_evidence


def translation_pairs(
    documents: Sequence[Document],
    params: Params,
    linked: Collection[frozenset[str]] = (),
    new: Collection[str] | None = None,
) -> list[tuple[Document, Document]]:
    """The candidate pairs (earlier, later) of the cross-language stage: articles in
    different languages sharing rare fact anchors, except pairs in ``linked`` (already
    aligned lexically); with ``new``, only pairs holding one of those ids."""
    if not params.meaning.enabled or len(documents) < 2:
        return []
    found = _wanted(_facts(documents, params), params)
    return [
        (parent, child)
        for parent, child in found
        if frozenset((parent.id, child.id)) not in linked and (new is None or child.id in new or parent.id in new)
    ]


def translation_pairs_to_align(
    documents: Sequence[Document],
    params: Params,
    linked: Collection[frozenset[str]],
    new: Collection[str],
    languages: Mapping[str, str] | None = None,
) -> tuple[list[tuple[Document, Document]], list[tuple[Document, Document]]]:
    """For a store's incremental trace: ``(wanted, fresh)``: the pairs a trace of all
    ``documents`` takes (:func:`translation_pairs`, less ``linked``) and, of those, the ones the
    stored articles before the ``new`` ones did not take (a pair holding a new article, or an
    older pair the new articles' anchors brought into an article's best candidates): the pairs
    not aligned yet. ``languages``: the articles' languages by id, when already identified."""
    if not params.meaning.enabled or len(documents) < 2:
        return [], []
    facts = _facts(documents, params, languages)
    wanted = [(a, b) for a, b in _wanted(facts, params) if frozenset((a.id, b.id)) not in linked]
    before = {frozenset((a.id, b.id)) for a, b in _wanted([f for f in facts if f[0].id not in new], params)}
    fresh = [(a, b) for a, b in wanted if a.id in new or b.id in new or frozenset((a.id, b.id)) not in before]
    return wanted, fresh


_Facts = list[tuple[Document, str, frozenset[str]]]


def _facts(documents: Sequence[Document], params: Params, known: Mapping[str, str] | None = None) -> _Facts:
    """Every article in publication order with its language (from ``known`` when there) and fact
    anchors (the anchors only when the articles are in more than one language: in one, the stage
    has nothing to do)."""
    ordered = sorted(documents, key=lambda d: publication_order(d.published, d.id))
    languages = [known[d.id] if known and d.id in known else detect_language(d.text) for d in ordered]
    if len(set(languages)) < 2:
        return [(d, lang, frozenset()) for d, lang in zip(ordered, languages, strict=True)]
    return [(d, lang, anchors(aligned_part(d.text, params.align))) for d, lang in zip(ordered, languages, strict=True)]


def _wanted(facts: _Facts, params: Params) -> list[tuple[Document, Document]]:
    """Each article's best earlier candidates in another language, as ``(parent, child)``."""
    if len({lang for _, lang, _ in facts}) < 2:
        return []
    chosen = anchor_candidates([a for _, _, a in facts], [lang for _, lang, _ in facts], params.meaning)
    return [(facts[j][0], facts[k][0]) for k, picks in enumerate(chosen) for j in picks]


class MeaningAligner:
    """Aligns candidate pairs by meaning; texts are prepared and embedded once each."""

    def __init__(self, params: Params, encoder: Encoder | None = None) -> None:
        self.params = params
        self._encoder = encoder
        self._texts: dict[str, MeaningText] = {}

    def _text(self, text: str) -> MeaningText:
        found = self._texts.get(text)
        if found is None:
            if self._encoder is None:
                self._encoder = default_encoder()
            prepared = prepare_text(analyse(aligned_part(text, self.params.align)), self.params.align)
            found = self._texts[text] = embed(prepared, self._encoder, self.params.meaning)
        return found

    def edge(self, a: Document, b: Document) -> Edge | None:
        """The edge between two articles in different languages, parent → child, or None
        when the child does not translate or adapt the parent."""
        if b.id < a.id:
            a, b = b, a
        comparison = align_meaning(self._text(a.text), self._text(b.text), self.params.meaning)
        parent, child, direction = decide_direction(a, b, comparison)
        if parent != a.id:
            a, b = b, a
            comparison = align_meaning(self._text(a.text), self._text(b.text), self.params.meaning)
        if not is_translation(comparison, self._text(b.text), self.params.meaning):
            return None
        explains = explanations(comparison, self._text(b.text).prepared) if direction.determined else ()
        comparison = with_evidence(comparison, self._text(a.text).prepared.doc, self._text(b.text).prepared.doc)
        return Edge(parent, child, comparison, direction, explains)


def explanations(comparison: Comparison, child: AlignText) -> tuple[Explanation, ...]:
    """The child's units explained by a translated parent, each as closely as the cosine of
    its sentence and the parent's (``similarity``; ``wording`` and ``raw`` the edit
    distance that similarity stands for: attribution compares candidates on it)."""
    unit_of = {k: u for u, sentences in enumerate(child.unit_sentences) for k in sentences}
    best: dict[int, Explanation] = {}
    for passage in comparison.passages:
        for link in passage.links:
            for u in dict.fromkeys(unit_of[k] for k in link.target_sentences if k in unit_of):
                start, end = int(child.unit_spans[u][0]), int(child.unit_spans[u][1])
                wording = round((1.0 - link.score) * 2 * (end - start))
                found = Explanation(u, wording, wording, link.score, link.source_span, (start, end))
                if u not in best or found.similarity > best[u].similarity:
                    best[u] = found
    return tuple(best[u] for u in sorted(best))


def translation_edges(
    pairs: Iterable[tuple[Document, Document]], params: Params, encoder: Encoder | None = None
) -> list[Edge]:
    """The edges of the pairs (from :func:`translation_pairs`) that are translations."""
    aligner = MeaningAligner(params, encoder)
    return [edge for a, b in pairs if (edge := aligner.edge(a, b)) is not None]
