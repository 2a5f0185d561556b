"""Normalisation with offset maps, tokenisation, sentence segmentation, language.

Nothing here loses the way back to the original text: tokens and sentences
carry ``(start, end)`` offsets into the string they were read from, and
:func:`normalize` returns, for every character of the normalised string, the
offset of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import py3langid
import Stemmer

from .models import Sentence, Span

# Characters folded before matching: apostrophes, quotes, dashes, spaces.
_FOLD = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}

# A word: a run of letters/digits, a number keeping its thousands/decimal separators
# ("1.200", "3,5"); "Jong-un" is two words, "l'Ucraina" is "l" + "ucraina".
_WORD_CHAR = re.compile(r"\w")
_ASCII_WORD = np.array([_WORD_CHAR.match(chr(i)) is not None for i in range(128)], dtype=bool)
_ASCII_WORD.setflags(write=False)

# Abbreviations that end in a period without ending a sentence, per language;
# all are used (a period after any of them never ends a sentence).
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "it": frozenset(
        "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa on sen avv ing gen art n nr pag pagg ecc "
        "p.es es cfr vol cap tel fig dr mons arch rag geom cav comm sez lett ss s.p.a spa srl s.r.l "
        "gen col magg ten cap amm gen.le c.d cd ca dott.sa "
        "gen feb febb mar apr mag giu lug ago set sett ott nov dic".split()
    ),
    "en": frozenset(
        "mr mrs ms dr prof st jr sr inc ltd co corp gov sen rep gen col lt sgt capt vs etc e.g i.e "
        "no vol fig ed eds approx dept univ "
        "jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
    "fr": frozenset("m mm mme mlle dr pr st ste etc cf p ex".split()),
    "es": frozenset("sr sra srta dr dra ud uds etc pág núm".split()),
    "de": frozenset("hr fr dr prof nr bzw ca usw z.b d.h vgl".split()),
}
_ALL_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())

# Sentence end candidates: terminal punctuation, closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n[ \t]*\n\s*|\n")
_OPENERS = "\"'“‘«(–-—¿¡"

# Characters of the text given to the language identifier (its cost is linear in them).
_LANGUAGE_SAMPLE = 600

_STEMMERS = {
    "it": "italian",
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "de": "german",
    "pt": "portuguese",
    "nl": "dutch",
    "ca": "catalan",
    "ro": "romanian",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "pl": "polish",
    "cs": "czech",
    "tr": "turkish",
    "ru": "russian",
    "el": "greek",
}


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string and, per character, the original offset it came from.

    ``offsets`` has one more entry than ``text``: the original end offset, so a
    normalised span ``(a, b)`` maps back to ``(offsets[a], offsets[b - 1] + 1)``.
    """

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> Span:
        """Map a span of the normalised text back to the original text."""
        if end <= start:
            pos = self.offsets[start]
            return (pos, pos)
        return (self.offsets[start], self.offsets[end - 1] + 1)


@dataclass(frozen=True, slots=True)
class AnalysedText:
    """A text segmented into sentences and normalised words, offsets kept.

    ``words[i]`` is the normalised (and, where a stemmer exists for the
    language, stemmed) form of the word at ``word_spans[i]``;
    ``sentence_words[k]`` is the ``(first, last + 1)`` word index range of
    sentence ``k``.
    """

    text: str
    language: str
    sentences: tuple[Sentence, ...]
    words: tuple[str, ...]
    word_spans: tuple[Span, ...]
    sentence_words: tuple[tuple[int, int], ...]
    surface: tuple[str, ...]  # normalised but unstemmed words

    def sentence_text(self, index: int) -> str:
        """The original text of sentence ``index``."""
        start, end = self.sentences[index].span
        return self.text[start:end]


def fold_char(ch: str) -> str:
    """Normalise one character for matching: fold quotes/dashes/spaces, case and accents."""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch.isspace():
        return " "
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the map back to original offsets.

    Quotes, apostrophes and dashes are folded to ASCII, case is folded, accents
    are removed and runs of white space become one space.
    """
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        for c in folded:
            out.append(c)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))


def normalize_word(word: str) -> str:
    """Case- and accent-fold one word."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the words of ``text``, found with array operations.

    A word is a run of word characters (``\\w``); a period or comma between two
    digits joins them ("1.200", "3,5").
    """
    if not text:
        return [], []
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    is_word = _ASCII_WORD[np.minimum(codes, 127)]
    wide = codes >= 128
    if wide.any():
        unique, inverse = np.unique(codes[wide], return_inverse=True)
        flags = np.array([_WORD_CHAR.match(chr(c)) is not None for c in unique.tolist()], dtype=bool)
        is_word[wide] = flags[inverse]
    digit = (codes >= 48) & (codes <= 57)
    joins = np.zeros(len(codes), dtype=bool)
    joins[1:-1] = ((codes[1:-1] == 46) | (codes[1:-1] == 44)) & digit[:-2] & digit[2:]
    edges = np.diff(np.concatenate(([False], is_word | joins, [False])).astype(np.int8))
    return np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[Span, ...]]:
    """Words of ``text`` normalised, with their original spans."""
    starts, ends = _word_bounds(text)
    raw = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    folded = {w: normalize_word(w) for w in set(raw)}
    return tuple(map(folded.__getitem__, raw)), tuple(zip(starts, ends, strict=True))


def _previous_word(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end].strip(".").lower()


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    n = len(text)
    # First non-space character after the candidate (no slicing: texts can be long).
    k = match.end()
    while k < n and text[k].isspace():
        k += 1
    if "\n" in token and not token.startswith((".", "!", "?", "…")):
        if token.count("\n") >= 2:
            return True
        # A single line break: a break unless a sentence obviously runs on.
        j = match.start() - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j < 0 or k >= n:
            return True
        if text[j] in ".!?…:;\"'”’»)":
            return True
        first = text[k]
        if first.islower() or first in ",;":
            return False
        line_start = text.rfind("\n", 0, match.start()) + 1
        return match.start() - line_start < 120
    # Terminal punctuation followed by white space.
    if k >= n:
        return True
    first = text[k]
    if first.islower() or first in ",;:":
        return False
    if token[0] == ".":
        word = _previous_word(text, match.start())
        if word in _ALL_ABBREVIATIONS:
            return False
        # An initial ("J. F. Kennedy") or a single letter.
        if len(word) == 1 and word.isalpha():
            return False
    return first.isupper() or first.isdigit() or first in _OPENERS


def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans of ``text``, trimmed of surrounding white space.

    Splits at terminal punctuation followed by an upper-case start, at blank
    lines and at line breaks that end a heading or paragraph; never after an
    abbreviation (Italian, English, French, Spanish, German) or an initial.
    """
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        if not _is_sentence_end(text, match):
            continue
        end = match.end() if not match.group().isspace() else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return tuple(spans)


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid on a sample of its first words)."""
    sample = text[:_LANGUAGE_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    code, _ = py3langid.classify(sample)
    return str(code)


def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = _STEMMERS.get(language)
    return Stemmer.Stemmer(name) if name else None


def analyse(text: str, language: str | None = None) -> AnalysedText:
    """Segment and normalise ``text`` (pure function of its arguments).

    Args:
        text: the original article text.
        language: ISO 639-1 code; detected when None.

    Returns:
        The sentences, normalised (stemmed where a stemmer exists) words and offsets.
    """
    lang = language or detect_language(text)
    surface, spans = tokenize(text)
    stemmer = _stemmer(lang)
    if stemmer is not None:
        unique = sorted(set(surface))
        stems = dict(zip(unique, stemmer.stemWords(unique), strict=True))
        words = tuple(map(stems.__getitem__, surface))
    else:
        words = surface
    sentence_spans = split_sentences(text)
    sentences = tuple(Sentence(index=k, span=span) for k, span in enumerate(sentence_spans))
    bounds = np.array(sentence_spans, dtype=np.int64).reshape(-1, 2)
    word_bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    firsts = np.searchsorted(word_bounds[:, 0], bounds[:, 0], side="left").tolist()
    lasts = np.searchsorted(word_bounds[:, 1], bounds[:, 1], side="right").tolist()
    ranges = tuple(zip(firsts, lasts, strict=True))
    return AnalysedText(
        text=text,
        language=lang,
        sentences=sentences,
        words=words,
        word_spans=spans,
        sentence_words=ranges,
        surface=surface,
    )
