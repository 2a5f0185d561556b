"""Reference implementations of text analysis: plain Python and numpy, checking the kernels.

These are the slow, obviously correct versions of what :mod:`lineage.text` computes with
compiled kernels (the word pass, sentence splitting, the stems kept between analyses, language
identification through py3langid itself). They live here, under tests, only to check the
kernels: the package has one implementation of each job.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import numpy.typing as npt
import py3langid
import Stemmer

from lineage.models import Sentence, Span
from lineage.text.analysis import AnalysedText
from lineage.text.fold import fold_word, lowercase
from lineage.text.sentences import ALL_ABBREVIATIONS as _ALL_ABBREVIATIONS
from lineage.text.sentences import MONTH_WORDS as _MONTH_WORDS
from lineage.text.stems import STEMMERS

IntArray = npt.NDArray[np.int64]

# A word: a run of letters/digits, a number keeping its thousands/decimal separators
# ("1.200", "3,5"); "Jong-un" is two words, "l'Ucraina" is "l" + "ucraina".
_WORD_CHAR = re.compile(r"\w")


_BMP = 0x10000


# Sentence end candidates: terminal punctuation, closing quotes/brackets, then space.
# The group is the first non-space character after the candidate ("" at the end of the text).
_END = re.compile(r"(?:[.!?…]+[\"'”’»)\]]*(?=\s)|\n[ \t]*\n\s*|\n)(?=\s*(\S?))")


_OPENERS = "\"'“‘«(–-—¿¡"


# Characters before a single line break that end the line's sentence, and those after it that
# continue the sentence (with lower-case letters).
_LINE_END = ".!?…:;\"'”’»)"


_RUN_ON = ",;"


# Word hashing (mod 2**64): multiplier, its inverse, and a constant mixing in the length.
_HASH_MULT = np.uint64(0x100000001B3)


_HASH_INV = np.uint64(pow(0x100000001B3, -1, 2**64))


_HASH_LENGTH = np.uint64(0x9E3779B97F4A7C15)


def _codes(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _word_bounds(codes: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray]:
    """Start and end offsets of the words of a text given as code points.

    A word is a run of word characters (``\\w``); a period or comma between two
    digits joins them ("1.200", "3,5").
    """
    if not len(codes):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    unique, inverse = np.unique(codes, return_inverse=True)
    flags = np.array([_WORD_CHAR.match(chr(c)) is not None for c in unique.tolist()], dtype=bool)
    is_word = flags[inverse.reshape(-1)]
    digit = (codes >= 48) & (codes <= 57)
    joins = np.zeros(len(codes), dtype=bool)
    joins[1:-1] = ((codes[1:-1] == 46) | (codes[1:-1] == 44)) & digit[:-2] & digit[2:]
    edges = np.diff(np.concatenate(([False], is_word | joins, [False])).astype(np.int8))
    return np.flatnonzero(edges == 1).astype(np.int64), np.flatnonzero(edges == -1).astype(np.int64)


def _powers(size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The first ``size`` powers of the hash multiplier and of its inverse (mod 2**64), kept for
    sizes (powers of two) up to 2**20; a longer text's are made for it alone."""
    return _kept_powers(size) if size <= 1 << 20 else _make_powers(size)


def _make_powers(size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    powers = np.full(size, _HASH_MULT, dtype=np.uint64)
    powers[0] = 1
    np.cumprod(powers, out=powers)
    inverse = np.full(size, _HASH_INV, dtype=np.uint64)
    inverse[0] = 1
    np.cumprod(inverse, out=inverse)
    powers.setflags(write=False)
    inverse.setflags(write=False)
    return powers, inverse


_kept_powers = functools.cache(_make_powers)


def _span_hashes(codes: npt.NDArray[np.uint32], starts: IntArray, ends: IntArray) -> npt.NDArray[np.uint64]:
    """A 64-bit polynomial hash of every ``codes[start:end]`` (prefix sums, mod 2**64)."""
    n = len(codes)
    powers, inverse = _powers(max(4096, 1 << n.bit_length()))
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((codes.astype(np.uint64) + np.uint64(1)) * powers[:n], out=prefix[1:])
    lengths = (ends - starts).astype(np.uint64)
    return np.asarray((prefix[ends] - prefix[starts]) * inverse[starts] + lengths * _HASH_LENGTH)


def _ids(forms: list[str]) -> tuple[IntArray, tuple[str, ...]]:
    """Ids of ``forms`` in a vocabulary of their distinct values (in order of first use)."""
    index: dict[str, int] = {}
    ids = [index.setdefault(f, len(index)) for f in forms]
    return np.array(ids, dtype=np.int64).reshape(-1), tuple(index)


def _previous_word(text: str, end: int) -> str:
    """The run of letters, digits and periods ending at ``end``, without its periods at either
    end, lower-cased."""
    start = text.rfind(" ", 0, end) + 1
    token = text[start:end]
    if not token.replace(".", "").isalnum():  # not the usual case of a whole word before a space
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
            start -= 1
        token = text[start:end]
    return token.strip(".").lower()


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    first = match.group(1)
    if token[0] == "\n":
        if token.count("\n") >= 2:
            return True
        # A single line break: a break unless a sentence obviously runs on.
        j = match.start() - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j < 0 or not first:
            return True
        if text[j] in _LINE_END:
            return True
        line_start = text.rfind("\n", 0, match.start()) + 1
        heading = match.start() - line_start < 120
        if first.islower() or first in _RUN_ON:
            return heading and line_start < 1000 and _is_byline(text, match.start(1))
        return heading
    # Terminal punctuation followed by white space.
    if not first:
        return True
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if token[0] == ".":
        word = _previous_word(text, match.start())
        if word in _ALL_ABBREVIATIONS:
            return False
        if token == "." and _ordinal_day(text, match.start()) and _month_follows(text, match.start(1)):
            return False
        # An initial ("J. F. Kennedy") or a single letter.
        if len(word) == 1 and word.isalpha():
            return False
    return True


def _ordinal_day(text: str, period: int) -> bool:
    """One or two digits right before ``period``, after no letter, digit or period."""
    k = period
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    day = period - k
    return 1 <= day <= 2 and not (k > 0 and (text[k - 1].isalnum() or text[k - 1] == "."))


def _month_follows(text: str, first: int) -> bool:
    """A month name at ``first`` without a day of one or two digits after it (one space apart)."""
    m = re.compile(r"[^\W\d_]+").match(text, first)
    if m is None or fold_word(m.group()).lower() not in _MONTH_WORDS:
        return False
    k = m.end() + 1 if text[m.end() : m.end() + 1] in (" ", "\u00a0") else m.end()
    day = 0
    while k + day < len(text) and re.fullmatch(r"\d", text[k + day]):
        day += 1
    return not 1 <= day <= 2


def _is_byline(text: str, first: int) -> bool:
    """A byline line from ``first``: under 60 characters, 2 to 8 words, a lower-case lead and then
    capitalised words with short lower-case words between them, the last capitalised, no
    punctuation at its end, no lower-case line right after it."""
    end = text.find("\n", first)
    end = len(text) if end == -1 else end
    if end - first > 60:
        return False
    line = text[first:end].rstrip()
    words = line.split()
    if line[-1] in _LINE_END or line[-1] == "," or not 2 <= len(words) <= 8:
        return False

    def capital(w: str) -> bool:
        return w[0].isupper() or w[0].isdigit() or w[0] in _OPENERS

    def connector(w: str) -> bool:
        return len(w) <= 3 and (w[0].islower() or w[0] in _RUN_ON) and w[0] not in ",;"

    if not all(capital(w) or connector(w) for w in words[1:]) or not capital(words[-1]):
        return False
    after = text[end + 1 :].lstrip(" \t")
    return not after or after[0] == "\n" or not (after[0].islower() or after[0] in _RUN_ON)


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


def _stems(known: dict[str, str], stemmer: Stemmer.Stemmer, words: tuple[str, ...]) -> list[str]:
    """The stems of ``words``: most are a language's common words, stemmed once a process."""
    stems = list(map(known.get, words))
    missing = [w for w, stem in zip(words, stems, strict=True) if stem is None]
    if not missing:
        return stems  # type: ignore[return-value]  # no None left
    known.update(zip(missing, stemmer.stemWords(missing), strict=True))
    return list(map(known.__getitem__, words))


# Most frequent distinct words given to it when analysing a whole text.
_LANGUAGE_WORDS = 25


# Characters of the text given to the language identifier (its cost is linear in them).
_LANGUAGE_SAMPLE = 600


def string_hashes(strings: tuple[str, ...] | list[str]) -> npt.NDArray[np.uint64]:
    """The 64-bit polynomial hash of every string, from prefix sums (mod 2**64)."""
    if not strings:
        return np.zeros(0, dtype=np.uint64)
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    codes = _codes("\x00".join(strings))
    ends = np.cumsum(lengths + 1) - 1
    return _span_hashes(codes, ends - lengths, ends)


def vocabulary(forms: list[str] | tuple[str, ...]) -> tuple[IntArray, tuple[str, ...], npt.NDArray[np.uint64]]:
    """Ids of ``forms`` in a vocabulary numbered in order of first use, the vocabulary, its hashes."""
    ids, vocab = _ids(list(forms))
    return ids, vocab, string_hashes(vocab)


def detect_language(text: str) -> str:
    """py3langid's own answer for the first characters of ``text``."""
    sample = text[:_LANGUAGE_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    return str(py3langid.classify(sample)[0])


def analyse(text: str, language: str | None = None) -> AnalysedText:
    """What :func:`lineage.text.analyse` computes, by numpy and plain Python."""
    low = lowercase(text)
    codes = _codes(low)
    starts, ends = _word_bounds(codes)
    hashes = _span_hashes(codes, starts, ends)
    raw_hashes, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    raw = [low[a:b] for a, b in zip(starts[first].tolist(), ends[first].tolist(), strict=True)]
    if language is None:
        if raw:
            counts = np.bincount(inverse, minlength=len(raw))
            top = np.argsort(-counts, kind="stable")[:_LANGUAGE_WORDS].tolist()
            language = detect_language(" ".join(raw[i] for i in top))
        else:
            language = "und"
    if low.isascii():
        surface_ids, surface_vocabulary, surface_hashes = inverse.astype(np.int64), tuple(raw), raw_hashes
    else:
        forms = [w if w.isascii() else fold_word(w) for w in raw]
        raw_surface, surface_vocabulary, surface_hashes = vocabulary(forms)
        surface_ids = raw_surface[inverse] if len(inverse) else np.zeros(0, dtype=np.int64)
    name = STEMMERS.get(language)
    if name is not None:
        stems = _stems({}, Stemmer.Stemmer(name, 0), surface_vocabulary)
        surface_stem, vocab, vocab_hashes = vocabulary(stems)
        word_ids = surface_stem[surface_ids] if len(surface_ids) else surface_ids
    else:
        word_ids, vocab, vocab_hashes = surface_ids, surface_vocabulary, surface_hashes
    spans = split_sentences(text)
    bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    firsts = np.searchsorted(starts, bounds[:, 0], side="left").tolist()
    lasts = np.searchsorted(ends, bounds[:, 1], side="right").tolist()
    return AnalysedText(
        text=text,
        language=language,
        sentences=tuple(map(Sentence, range(len(spans)), spans)),
        sentence_words=tuple(zip(firsts, lasts, strict=True)),
        word_starts=starts,
        word_ends=ends,
        word_ids=word_ids,
        surface_ids=surface_ids,
        vocabulary=vocab,
        surface_vocabulary=surface_vocabulary,
        vocabulary_hashes=vocab_hashes,
        surface_hashes=surface_hashes,
    )
