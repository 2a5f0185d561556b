"""Reuse by meaning: an article translating or adapting a story in another language,
rewriting an item of an agency it credits, or rewriting an agency's item in other words.

The lexical stages (band-key candidates, word alignment) cannot see a translation: it
shares facts, not words; nor a rewrite that keeps no phrase of its source. An article that
credits an agency (``(con askanews)``, ``Fonte: ANSA``) says it drew on that agency's copy;
which item, and which of its sentences, the words may not show. This stage runs after the
lexical ones on the same documents:

1. candidates (:func:`~lineage.candidates.anchors.anchor_candidates`): for every article, the
   earlier articles *in another language*, or *published by an agency it credits* in its
   opening or closing lines (:func:`agencies_of`), sharing the most rare fact anchors (numbers,
   names), a few per article; and (:func:`~lineage.candidates.anchors.rewrite_candidates`, when
   ``rewrites``) the earlier *items of any agency in its language* sharing them; a corpus in
   one language with no agency's item has none and costs nothing more;
2. alignment by meaning (:mod:`lineage.align.meaning`): the sentences of both texts embedded
   by a multilingual encoder and chained in the order of both;
3. the derivation test (:func:`~lineage.align.meaning.is_translation`; for a pair whose child
   credits the parent's agency, ``credited_sentences`` chained sentences are enough: the
   credit says the child drew on that agency; when the chain holds fewer, the sentences it left
   out are read in any order, :func:`~lineage.align.meaning.align_credited`, since an article of
   the outlet's own puts the item's sentences in its own order; for a pair in one language where
   neither credits the other's agency, the rewrite test
   :func:`~lineage.align.meaning.rewrite_score`, sentences chained plus words replaced by
   synonyms, and a pair whose synonyms cannot reach its bar or that shares too few word 3-grams
   is never embedded), direction
   (:func:`~lineage.graph.direction.decide_direction`: dates, credits, datelines) and
   explanations for attribution, each chained sentence explained as closely as its cosine.

The edges it returns join the lexical edges before attribution; their comparison states
the language pair (``languages``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from ..align.anchored import link_anchored
from ..align.meaning import (
    Encoder,
    MeaningText,
    Vectors,
    align_credited,
    align_meaning,
    align_rewrite,
    chained_sentences,
    default_encoder,
    embed,
    encoded_texts,
    is_translation,
)
from ..align.units import AlignText, aligned_part, prepare_text
from ..candidates.anchors import anchor_candidates, anchors, rewrite_candidates
from ..candidates.screen import Screen
from ..candidates.search import publication_order
from ..models import Comparison, Document, Edge, Explanation
from ..params import Params
from ..text import analyse, detect_language
from ..text.credits import agency_named, find_credits
from ..text.releases import is_press_release
from ..text.synonyms import readable_share
from .direction import decide_direction
from .evidence import with_evidence
from .grandparents import grandparent_pairs
from .rewrites import Rewording

CREDIT_EDGE = 600  # characters at each end of a text where the stage reads credits


@dataclass(frozen=True, slots=True)
class Agencies:
    """The agencies of an article for the stage: ``credited``, those it credits for its text
    (datelines, source lines, ``(con X)``, bylines, attributions in the body; not photo
    credits: an independent report may show an agency's photo) other than its own;
    ``publisher``, the agency the article is an item of (by its outlet) or, for a press
    release (:func:`lineage.text.releases.is_press_release`), its issuer (its outlet): the
    sources outlets rewrite."""

    credited: frozenset[str] = frozenset()
    publisher: str | None = None


def agencies_of(doc: Document) -> Agencies:
    """The :class:`Agencies` of an article: credits are read in its first and last
    :data:`CREDIT_EDGE` characters, where news puts them (a dateline, ``(con askanews)`` under
    the headline, ``Fonte: ANSA`` at the end), so a long text costs no more than a short one."""
    text = doc.text
    parts = (text,) if len(text) <= 2 * CREDIT_EDGE else (text[:CREDIT_EDGE], text[-CREDIT_EDGE:])
    return agencies_in(doc.outlet, parts)


def agencies_in(outlet: str | None, parts: Sequence[str]) -> Agencies:
    """The :class:`Agencies` of an article of ``outlet`` whose credits are read in ``parts``
    (:func:`agencies_of` says which parts of a text)."""
    publisher = _publisher(outlet) if outlet else None
    if publisher is None and outlet and outlet.strip() and is_press_release(parts):
        publisher = outlet.strip()
    credited = {c.agency for part in parts for c in find_credits(part) if c.covers_text}
    credited.discard(publisher or "")
    return Agencies(frozenset(credited), publisher)


@cache
def _publisher(outlet: str) -> str | None:
    agency = agency_named(outlet)
    return agency.name if agency else None


def credits_parent(child: Agencies, parent: Agencies) -> bool:
    """Whether ``child`` credits the agency that published ``parent``."""
    return parent.publisher is not None and parent.publisher in child.credited


def translation_pairs(
    documents: Sequence[Document],
    params: Params,
    linked: Collection[frozenset[str]] = (),
    new: Collection[str] | None = None,
) -> list[tuple[Document, Document]]:
    """The candidate pairs (earlier, later) of the meaning stage: articles in different
    languages, or an article and an item of an agency it credits, sharing rare fact anchors,
    except pairs in ``linked`` (already aligned lexically); with ``new``, only pairs holding
    one of those ids."""
    if not params.meaning.enabled or len(documents) < 2:
        return []
    facts = _facts(documents, params)
    return [
        (parent, child)
        for parent, child in _unlinked(_wanted(facts, params), facts, linked)
        if new is None or child.id in new or parent.id in new
    ]


def translation_pairs_to_align(
    documents: Sequence[Document],
    params: Params,
    linked: Collection[frozenset[str]],
    new: Collection[str],
    languages: Mapping[str, str] | None = None,
    agencies: Mapping[str, Agencies] | None = None,
    anchors_read: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[tuple[Document, Document]], list[tuple[Document, Document]]]:
    """For a store's incremental trace: ``(wanted, fresh)``: the pairs a trace of all
    ``documents`` takes (:func:`translation_pairs`, less ``linked``) and, of those, the ones the
    stored articles before the ``new`` ones did not take (a pair holding a new article, or an
    older pair the new articles' anchors brought into an article's best candidates): the pairs
    not aligned yet. ``languages``, ``agencies`` and ``anchors_read``: the articles' languages,
    :class:`Agencies` and :func:`article_anchors` by id, when already known."""
    if not params.meaning.enabled or len(documents) < 2:
        return [], []
    facts = _facts(documents, params, languages, agencies, anchors_read)
    wanted = _unlinked(_wanted(facts, params), facts, linked)
    earlier = _refacts([f for f in facts if f.doc.id not in new], params, {f.doc.id: f.anchors for f in facts})
    before = {frozenset((a.id, b.id)) for a, b in _wanted(earlier, params)}
    fresh = [(a, b) for a, b in wanted if a.id in new or b.id in new or frozenset((a.id, b.id)) not in before]
    return wanted, fresh


def _unlinked(
    pairs: list[tuple[Document, Document]], facts: list[_Fact], linked: Collection[frozenset[str]]
) -> list[tuple[Document, Document]]:
    """``pairs`` (earlier, later) less those ``linked`` already and less the credited pairs whose
    credit the words explain: a later article linked to an item of the agency it credits drew on
    that agency's copy where the words show it (the agency's other items on the story, restating
    the same facts, are not aligned by meaning: the cost would grow with every credited copy)."""
    by_id = {f.doc.id: f for f in facts}
    explained: dict[str, set[str]] = {}
    for pair in linked:
        if len(pair) != 2 or not pair <= by_id.keys():
            continue
        x, y = sorted(pair)
        for a, b in ((x, y), (y, x)):
            publisher = by_id[b].agencies.publisher
            if publisher is not None and publisher in by_id[a].agencies.credited:
                explained.setdefault(a, set()).add(publisher)
    return [
        (a, b)
        for a, b in pairs
        if frozenset((a.id, b.id)) not in linked
        and not (
            by_id[a.id].language == by_id[b.id].language and by_id[a.id].agencies.publisher in explained.get(b.id, ())
        )
    ]


@dataclass(frozen=True, slots=True)
class _Fact:
    doc: Document
    language: str
    agencies: Agencies
    anchors: frozenset[str]


def stage_needed(languages: Iterable[str], agencies: Iterable[Agencies], rewrites: bool = False) -> bool:
    """Whether the meaning stage has anything to look at: articles in more than one language,
    or an article crediting an agency whose items are among them; with ``rewrites``, an
    agency's item and another article."""
    found = list(agencies)
    publishers = {a.publisher for a in found if a.publisher}
    return (
        len(set(languages)) > 1
        or any(a.credited & publishers for a in found)
        or (rewrites and bool(publishers) and len(found) > 1)
    )


def anchored(languages: Sequence[str], agencies: Sequence[Agencies], rewrites: bool = False) -> list[bool]:
    """Which articles the stage reads the anchors of: all when they are in more than one
    language, or with ``rewrites`` when an agency's items are there (any article may rewrite
    one); else those that credit an agency whose items are there, and those items."""
    if len(set(languages)) > 1 or (rewrites and any(a.publisher for a in agencies)):
        return [True] * len(languages)
    publishers = {a.publisher for a in agencies if a.publisher}
    credited = {x for a in agencies for x in a.credited & publishers}
    return [bool(a.credited & publishers) or a.publisher in credited for a in agencies]


def _facts(
    documents: Sequence[Document],
    params: Params,
    known: Mapping[str, str] | None = None,
    known_agencies: Mapping[str, Agencies] | None = None,
    known_anchors: Mapping[str, frozenset[str]] | None = None,
) -> list[_Fact]:
    """Every article in publication order with its language, agencies and fact anchors (from
    ``known``, ``known_agencies`` and ``known_anchors`` when there; anchors only of the articles
    :func:`anchored` says: with nothing to look at, the stage reads no anchors)."""
    ordered = sorted(documents, key=lambda d: publication_order(d.published, d.id))
    languages = [known[d.id] if known and d.id in known else detect_language(d.text) for d in ordered]
    agencies = [known_agencies[d.id] if known_agencies and d.id in known_agencies else agencies_of(d) for d in ordered]
    facts = [_Fact(d, lang, ag, frozenset()) for d, lang, ag in zip(ordered, languages, agencies, strict=True)]
    return _refacts(facts, params, known_anchors)


def _refacts(facts: list[_Fact], params: Params, read: Mapping[str, frozenset[str]] | None = None) -> list[_Fact]:
    """``facts`` with the anchors :func:`anchored` says of these articles (and no others),
    taken from ``read`` when there (articles whose anchors are read already)."""
    wanted = anchored([f.language for f in facts], [f.agencies for f in facts], params.meaning.rewrites)
    return [
        _Fact(f.doc, f.language, f.agencies, _anchors(f.doc, params, read) if want else frozenset())
        for f, want in zip(facts, wanted, strict=True)
    ]


def _anchors(doc: Document, params: Params, read: Mapping[str, frozenset[str]] | None) -> frozenset[str]:
    if read is not None and doc.id in read:
        return read[doc.id]
    return article_anchors(doc.text, params)


def article_anchors(text: str, params: Params) -> frozenset[str]:
    """The fact anchors the stage reads of an article (:func:`~lineage.candidates.anchors.anchors`
    of the part of its text alignment reads)."""
    return anchors(aligned_part(text, params.align))


def _wanted(facts: list[_Fact], params: Params) -> list[tuple[Document, Document]]:
    """Each article's best earlier candidates in another language or of an agency it
    credits, and (with ``rewrites``) its best earlier agency items in its language, as
    ``(parent, child)``."""
    p = params.meaning
    languages = [f.language for f in facts]
    if not stage_needed(languages, [f.agencies for f in facts], p.rewrites):
        return []
    anchor_sets = [f.anchors for f in facts]
    publishers = [f.agencies.publisher for f in facts]
    chosen = anchor_candidates(anchor_sets, languages, p, [f.agencies.credited for f in facts], publishers)
    if p.rewrites:
        more = rewrite_candidates(anchor_sets, languages, publishers, p)
        chosen = [tuple(sorted({*a, *b})) for a, b in zip(chosen, more, strict=True)]
    return [(facts[j].doc, facts[k].doc) for k, picks in enumerate(chosen) for j in picks]


class MeaningAligner:
    """Aligns candidate pairs by meaning; texts are prepared, embedded and read for synonyms
    once each."""

    def __init__(
        self,
        params: Params,
        encoder: Encoder | None = None,
        *,
        languages: Mapping[str, str] | None = None,
        agencies: Mapping[str, Agencies] | None = None,
    ) -> None:
        """``languages`` and ``agencies``: the articles' languages
        (:func:`~lineage.text.detect_language`) and :class:`Agencies` by id, when known already."""
        self.params = params
        self._encoder = encoder
        self._texts: dict[str, MeaningText] = {}
        self._parts: dict[str, MeaningText] = {}  # the same, by the part of the text aligned
        self._agencies: dict[Document, Agencies] = {}
        self._known_agencies = agencies or {}
        self._rewording = Rewording(params, languages)
        self._screen = Screen(params.align.min_shared_trigrams)

    def _agency(self, doc: Document) -> Agencies:
        found = self._agencies.get(doc)
        if found is None:
            known = self._known_agencies.get(doc.id)
            found = self._agencies[doc] = known if known is not None else agencies_of(doc)
        return found

    def _text(self, text: str) -> MeaningText:
        found = self._texts.get(text)
        if found is None:
            if self._encoder is None:
                self._encoder = default_encoder()
            prepared = prepare_text(analyse(aligned_part(text, self.params.align)), self.params.align)
            found = self._texts[text] = embed(prepared, self._encoder, self.params.meaning)
            self._parts[prepared.doc.text] = found
        return found

    def _vectors(self, prepared: AlignText, sentences: Sequence[int]) -> Vectors:
        """The encoder's vectors of ``sentences`` of a text :meth:`_text` embedded: its rows where
        the text's chosen sentences hold them, the others embedded now."""
        embedded = self._parts[prepared.doc.text]
        row = {k: i for i, k in enumerate(embedded.sentences)}
        missing = [k for k in dict.fromkeys(sentences) if k not in row]
        more: dict[int, npt.NDArray[np.float32]] = {}
        if missing:
            if self._encoder is None:
                self._encoder = default_encoder()
            more = dict(zip(missing, self._encoder.encode(encoded_texts(prepared, missing)), strict=True))
        return np.stack([embedded.vectors[row[k]] if k in row else more[k] for k in sentences])

    def _may_rewrite(self, a: Document, b: Document) -> bool:
        """Whether a pair in one language, neither crediting the other's agency, may pass the
        rewrite test (:func:`~lineage.align.meaning.rewrite_score`) before either text is
        analysed or embedded: the two share word 3-grams as the lexical stage asks of a pair,
        and one replaces enough of the other's vocabulary by synonyms."""
        if not self._screen.passes(a.text, b.text):
            return False
        least = self.params.meaning.min_reworded
        return self._rewording.reworded(a, b) >= least or self._rewording.reworded(b, a) >= least

    def _as_rewrite(self, a: Document, b: Document) -> Comparison:
        """``a`` → ``b`` aligned as a rewrite (a pair already found to be one): the chain, the
        sentences it left out (:func:`~lineage.align.meaning.align_rewrite`) and those restated
        around the same facts (:func:`~lineage.align.anchored.link_anchored`)."""
        ta, tb = self._text(a.text), self._text(b.text)
        p = self.params.meaning
        comparison = align_rewrite(ta, tb, p)
        once = readable_share(a.text, ta.prepared.doc.language) >= p.min_known
        return link_anchored(comparison, ta.prepared, tb.prepared, self._vectors, p, once=once)

    def edge(self, a: Document, b: Document) -> Edge | None:
        """The edge between two articles, parent → child, or None when the child neither
        translates or adapts the parent (:func:`~lineage.align.meaning.is_translation`) nor,
        crediting the parent's agency, restates ``credited_sentences`` of its sentences, nor,
        in the parent's language and crediting neither, rewrites it
        (:func:`~lineage.align.meaning.rewrite_score`)."""
        if b.id < a.id:
            a, b = b, a
        p = self.params.meaning
        credit = credits_parent(self._agency(b), self._agency(a)) or credits_parent(self._agency(a), self._agency(b))
        # In one language, neither crediting the other: a rewrite or nothing (the chain alone
        # also joins independent reports of one event), whether the pair is a candidate or a
        # grandparent by meaning.
        rewrite = p.rewrites and not credit and self._rewording.language(a) == self._rewording.language(b)
        if rewrite and not self._may_rewrite(a, b):
            return None
        comparison = align_meaning(self._text(a.text), self._text(b.text), p)
        parent, child, direction = decide_direction(a, b, comparison)
        if parent != a.id:
            a, b = b, a
            comparison = align_meaning(self._text(a.text), self._text(b.text), p)
        if rewrite:
            prepared = (self._text(a.text).prepared, self._text(b.text).prepared)
            score = self._rewording.score(comparison, a, b, prepared)
            if score is None or score < p.rewrite_bar:
                return None
            comparison = self._as_rewrite(a, b)
        elif not is_translation(comparison, self._text(b.text), p):
            if not credits_parent(self._agency(b), self._agency(a)):
                return None
            if chained_sentences(comparison) < p.credited_sentences:
                # The credit says the child drew on the agency, and the chain holds too few of
                # the item's sentences: an article of its own may put those it restates in its
                # own order, so they are read in any order.
                comparison = align_credited(self._text(a.text), self._text(b.text), p)
                if chained_sentences(comparison) < p.credited_sentences:
                    return None
        if (
            not rewrite
            and self._rewording.language(a) == self._rewording.language(b)
            and (max(comparison.source_share, comparison.target_share) >= p.rewrite_claim)
        ):
            # A credited item restated whole in its own language (the chain covers ``rewrite_claim``
            # of either text: not a few sentences of it in an article of the outlet's own) is a
            # rewrite the credit vouches for: the sentences the chain left out are linked as a
            # rewrite's are.
            comparison = self._as_rewrite(a, b)
        final = decide_direction(a, b, comparison)
        if final[0] == parent:  # the evidence states the shares of the alignment kept, parent → child
            direction = final[2]
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


Ends = tuple[str, str]  # (parent, child) of an oriented edge


def meaning_grandparent_pairs(
    lexical: Iterable[Ends], meaning: Iterable[Ends], tried: Collection[frozenset[str]]
) -> list[Ends]:
    """The pairs ``(grandparent, child)`` the meaning stage aligns after its own pairs: those of
    :func:`~lineage.graph.grandparents.grandparent_pairs` over the oriented edges of both stages
    (``lexical``, ``meaning``) whose path goes through an edge found by meaning. A heavy rewrite
    of an English wire story is aligned by meaning with the story's Italian translation (an
    earlier article in another language sharing its facts); the story itself, in the rewrite's
    own language, is no candidate of the stage: aligned here, attribution can tell the two
    copies apart as siblings. Paths of lexical edges only are the lexical grandparent stage's."""
    lexical = list(lexical)
    both = grandparent_pairs([*lexical, *meaning], tried)
    words = set(grandparent_pairs(lexical, tried))
    return [pair for pair in both if pair not in words]


def grandparents_by_meaning(
    lexical: Iterable[Ends],
    meaning: Iterable[Ends],
    tried: Collection[frozenset[str]],
    align: Callable[[list[Ends]], list[Ends]],
) -> set[frozenset[str]]:
    """Runs :func:`meaning_grandparent_pairs` until it finds no pair: ``align`` aligns pairs
    ``(grandparent, child)`` and returns the oriented ends of the edges found (a driver keeps
    the edges themselves), which join ``meaning`` for the next round. Returns every pair
    proposed (a store keeps the stored edges of these pairs and deletes its other ones)."""
    lexical = list(lexical)
    known = list(meaning)
    done = set(tried)
    proposed: set[frozenset[str]] = set()
    while pairs := meaning_grandparent_pairs(lexical, known, done):
        keys = {frozenset(pair) for pair in pairs}
        done |= keys
        proposed |= keys
        known.extend(align(pairs))
    return proposed
