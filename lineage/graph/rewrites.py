"""The rewrite test of a pair in one language, as the words' alignment and the meaning stage ask it.

A rewrite keeps no sentence of its source verbatim, and neither does an independent account of
the same event: both state the same names, figures and dates, and an alignment joins their
sentences by the facts and topic words they share. What tells them apart is how much of each
source sentence's vocabulary the sentence restating it carries, written again or replaced by
synonyms, and how much of the source's vocabulary the whole target replaces by synonyms
(:func:`lineage.align.meaning.rewrite_score`, weights and bar in
:class:`~lineage.params.MeaningParams`).

The meaning stage (:mod:`lineage.graph.translations`) asks it of the pairs its chain joins; a
trace asks the same test, on the same chain by meaning, of a pair the words' alignment
(:mod:`lineage.graph.pairs`) joins as a whole rewrite (:func:`claims_rewrite`: rewritten links
only, covering ``rewrite_claim`` of either text), so that an independent account whose sentences
happen to share enough words is not linked. The words' own links are no substitute: they pair
sentences by the words they share, so the words an independent account happens to share count
as kept (on a blind family written later, two hard negatives scored 0.54 and 0.59 along the
words' links, 0.43 and 0.49 along the chain; the heavy rewrite 0.82 and 0.69).
:class:`Rewording` reads each article's language and vocabulary once.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..align.meaning import rewrite_score
from ..align.units import AlignText, aligned_part
from ..models import Comparison, Document
from ..params import Params
from ..text import detect_language
from ..text.synonyms import Vocabulary, known_share, lexicon, reworded_share, vocabulary


def claims_rewrite(comparison: Comparison, params: Params) -> bool:
    """Whether a words' alignment claims that one text rewrites the whole of the other: no link
    verbatim, and the links cover at least ``rewrite_claim`` of either text (a shorter reuse is
    partial: the rewrite test, over all of the source's vocabulary, does not apply)."""
    links = comparison.links
    if not links or any(link.label == "verbatim" for link in links):
        return False
    return max(comparison.source_share, comparison.target_share) >= params.meaning.rewrite_claim


class Rewording:
    """The rewrite test's reading of articles: language, vocabulary and synonyms, each text read once."""

    def __init__(self, params: Params, languages: Mapping[str, str] | None = None) -> None:
        """``languages``: the articles' languages (:func:`~lineage.text.detect_language`) by id,
        when known already."""
        self.params = params
        self._known_languages = languages or {}
        self._languages: dict[str, str] = {}
        self._words: dict[str, Vocabulary] = {}
        self._known: dict[str, float] = {}

    def language(self, doc: Document) -> str:
        """The language of ``doc``."""
        found = self._languages.get(doc.text)
        if found is None:
            found = self._languages[doc.text] = self._known_languages.get(doc.id) or detect_language(doc.text)
        return found

    def vocabulary(self, doc: Document) -> Vocabulary:
        """The vocabulary (:func:`lineage.text.synonyms.vocabulary`) of the part of ``doc`` aligned."""
        found = self._words.get(doc.text)
        if found is None:
            text = aligned_part(doc.text, self.params.align)
            found = self._words[doc.text] = vocabulary(text, lexicon(self.language(doc)))
        return found

    def known(self, doc: Document) -> float:
        """The share of ``doc``'s first content words its language's lexicon knows
        (:func:`lineage.text.synonyms.known_share`)."""
        found = self._known.get(doc.text)
        if found is None:
            found = self._known[doc.text] = known_share(doc.text, lexicon(self.language(doc)))
        return found

    def reworded(self, source: Document, target: Document) -> float:
        """The share of ``source``'s vocabulary ``target`` replaces by synonyms."""
        return reworded_share(self.vocabulary(source), self.vocabulary(target), lexicon(self.language(source)))

    def askable(self, source: Document, target: Document) -> bool:
        """Whether the test can be asked of ``source`` → ``target``: one language, with synonyms,
        and the lexicon knows at least ``min_known`` of the source's first content words (not a
        text read in the wrong language, or made of words no dictionary holds)."""
        language = self.language(source)
        if lexicon(language) is None or self.known(source) < self.params.meaning.min_known:
            return False
        return language == self.language(target)

    def score(
        self, comparison: Comparison, source: Document, target: Document, prepared: tuple[AlignText, AlignText]
    ) -> float | None:
        """The rewrite score (:func:`lineage.align.meaning.rewrite_score`) of ``comparison`` (the
        chain by meaning), ``source`` → ``target`` (``prepared``: the two texts as aligned), or None
        when the test cannot be asked (:meth:`askable`)."""
        if not self.askable(source, target):
            return None
        words = lexicon(self.language(source))
        return rewrite_score(comparison, *prepared, words, self.reworded(source, target), self.params.meaning)
