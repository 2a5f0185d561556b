"""Normalisation with offset maps, tokenisation, sentence segmentation, language.

Nothing here loses the way back to the original text: tokens and sentences
carry ``(start, end)`` offsets into the string they were read from, and
:func:`normalize` returns, for every character of the normalised string, the
offset of the original character it came from.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import py3langid
import Stemmer
from py3langid.langid import LanguageIdentifier

from .models import Sentence, Span

IntArray = npt.NDArray[np.int64]

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
_BMP = 0x10000


@functools.cache
def _bmp_word_chars() -> npt.NDArray[np.bool_]:
    """Which characters of the Basic Multilingual Plane are word characters (as ``\\w`` says),
    made once: a text's characters are then looked up, not matched one by one."""
    chars = "".join(map(chr, range(_BMP)))
    marks = _WORD_CHAR.sub("\x01", re.sub(r"\W", "\x00", chars))
    table = np.frombuffer(marks.encode("latin-1"), dtype=np.uint8).astype(bool)
    table.setflags(write=False)
    return table


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
# The group is the first non-space character after the candidate ("" at the end of the text).
_END = re.compile(r"(?:[.!?…]+[\"'”’»)\]]*(?=\s)|\n[ \t]*\n\s*|\n)(?=\s*(\S?))")
_OPENERS = "\"'“‘«(–-—¿¡"
# Characters before a single line break that end the line's sentence, and those after it that
# continue the sentence (with lower-case letters).
_LINE_END = ".!?…:;\"'”’»)"
_RUN_ON = ",;"

# Characters of the text given to the language identifier (its cost is linear in them).
_LANGUAGE_SAMPLE = 600
# Most frequent distinct words given to it when analysing a whole text.
_LANGUAGE_WORDS = 25
# py3langid's score of a class that must not win (as its RAW_FLOOR).
_SCORE_FLOOR = float(np.finfo(np.float32).min)

# Word hashing (mod 2**64): multiplier, its inverse, and a constant mixing in the length.
_HASH_MULT = np.uint64(0x100000001B3)
_HASH_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_HASH_LENGTH = np.uint64(0x9E3779B97F4A7C15)

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


def _gather(vocabulary: tuple[str, ...], ids: IntArray) -> tuple[str, ...]:
    """``vocabulary[i]`` for every id (gathered by numpy from an object array: a third of the
    time of mapping the ids one by one)."""
    table = np.empty(len(vocabulary), dtype=object)
    table[:] = vocabulary
    return tuple(table[ids].tolist())


@dataclass(frozen=True, slots=True, eq=False)
class AnalysedText:
    """A text segmented into sentences and normalised words, offsets kept.

    Words are stored as arrays: word ``i`` spans ``text[word_starts[i]:word_ends[i]]``;
    its normalised form is ``surface_vocabulary[surface_ids[i]]`` and its stemmed form
    (where a stemmer exists for the language) ``vocabulary[word_ids[i]]``.
    ``sentence_words[k]`` is the ``(first, last + 1)`` word index range of sentence ``k``.
    The tuple views :attr:`words`, :attr:`surface` and :attr:`word_spans` are built on demand.
    """

    text: str
    language: str
    sentences: tuple[Sentence, ...]
    sentence_words: tuple[tuple[int, int], ...]
    word_starts: IntArray
    word_ends: IntArray
    word_ids: IntArray
    surface_ids: IntArray
    vocabulary: tuple[str, ...]
    surface_vocabulary: tuple[str, ...]
    vocabulary_hashes: npt.NDArray[np.uint64]  # a 64-bit hash of every vocabulary entry
    surface_hashes: npt.NDArray[np.uint64]  # the same for the surface vocabulary

    @property
    def words(self) -> tuple[str, ...]:
        """The normalised (stemmed where possible) form of every word."""
        return _gather(self.vocabulary, self.word_ids)

    @property
    def surface(self) -> tuple[str, ...]:
        """The normalised, unstemmed form of every word."""
        return _gather(self.surface_vocabulary, self.surface_ids)

    @property
    def word_spans(self) -> tuple[Span, ...]:
        """The original span of every word."""
        return tuple(zip(self.word_starts.tolist(), self.word_ends.tolist(), strict=True))

    def surface_text(self, first: int, last: int) -> str:
        """Normalised words ``first`` to ``last - 1`` joined by spaces."""
        return " ".join(map(self.surface_vocabulary.__getitem__, self.surface_ids[first:last].tolist()))

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


@functools.lru_cache(maxsize=1 << 16)  # a text's accented words are mostly the language's common ones
def normalize_word(word: str) -> str:
    """Case- and accent-fold one word."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _codes(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _word_bounds(codes: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray]:
    """Start and end offsets of the words of a text given as code points.

    A word is a run of word characters (``\\w``); a period or comma between two
    digits joins them ("1.200", "3,5").
    """
    if not len(codes):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    is_word = _bmp_word_chars()[np.minimum(codes, _BMP - 1)]
    astral = codes >= _BMP
    if astral.any():
        unique, inverse = np.unique(codes[astral], return_inverse=True)
        flags = np.array([_WORD_CHAR.match(chr(c)) is not None for c in unique.tolist()], dtype=bool)
        is_word[astral] = flags[inverse]
    digit = (codes >= 48) & (codes <= 57)
    joins = np.zeros(len(codes), dtype=bool)
    joins[1:-1] = ((codes[1:-1] == 46) | (codes[1:-1] == 44)) & digit[:-2] & digit[2:]
    edges = np.diff(np.concatenate(([False], is_word | joins, [False])).astype(np.int8))
    return np.flatnonzero(edges == 1).astype(np.int64), np.flatnonzero(edges == -1).astype(np.int64)


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[Span, ...]]:
    """Words of ``text`` normalised, with their original spans."""
    starts_a, ends_a = _word_bounds(_codes(text))
    starts, ends = starts_a.tolist(), ends_a.tolist()
    raw = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    folded = {w: normalize_word(w) for w in set(raw)}
    return tuple(map(folded.__getitem__, raw)), tuple(zip(starts, ends, strict=True))


def lowercase(text: str) -> str:
    """``text`` lower-cased character by character (same length, so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


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


def _vocabulary(forms: list[str], compiled: bool) -> tuple[IntArray, tuple[str, ...], npt.NDArray[np.uint64]]:
    """The ids of ``forms`` in a vocabulary of their distinct values (in order of first use),
    that vocabulary and its hashes. Compiled, the forms are told apart by their 64-bit hashes
    (as the word pass tells words apart) and numbered by a kernel: the same result."""
    if not compiled:
        ids, vocabulary = _ids(forms)
        return ids, vocabulary, string_hashes(vocabulary)
    from .wordkernel import first_use  # numba: loaded once a process

    hashes = string_hashes(tuple(forms), compiled=True)
    ids, firsts = first_use(hashes)
    return ids, tuple(map(forms.__getitem__, firsts.tolist())), hashes[firsts]


def string_hashes(strings: tuple[str, ...], *, compiled: bool = False) -> npt.NDArray[np.uint64]:
    """A 64-bit hash of every string (stable across processes, unlike ``hash``); ``compiled``:
    hashed by the word pass's kernel (the same hashes)."""
    if not strings:
        return np.zeros(0, dtype=np.uint64)
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    codes = _codes("\x00".join(strings))
    if compiled:
        from .wordkernel import string_hashes as hashes  # numba: loaded once a process

        return np.asarray(hashes(codes, lengths))
    ends = np.cumsum(lengths + 1) - 1
    return _span_hashes(codes, ends - lengths, ends)


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
        if first.islower() or first in _RUN_ON:
            return False
        line_start = text.rfind("\n", 0, match.start()) + 1
        return match.start() - line_start < 120
    # Terminal punctuation followed by white space.
    if not first:
        return True
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if token[0] == ".":
        word = _previous_word(text, match.start())
        if word in _ALL_ABBREVIATIONS:
            return False
        # An initial ("J. F. Kennedy") or a single letter.
        if len(word) == 1 and word.isalpha():
            return False
    return True


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


def detect_language(text: str, *, compiled: bool = False) -> str:
    """ISO 639-1 code of the text's language (py3langid on a sample of its first words).

    ``compiled``: walk py3langid's tokeniser with the compiled kernel
    (:mod:`lineage.langkernel`): the same features, so the same scores and code.
    """
    sample = text[:_LANGUAGE_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    if compiled:
        return _compiled_language(sample)
    code, _ = _identifier().classify(sample)
    return str(code)


@functools.cache
def _walk_tables() -> tuple[npt.NDArray[np.uint32], IntArray, npt.NDArray[np.int64], tuple[tuple[int, int], ...]]:
    """py3langid's tokeniser as arrays for the kernel: next states, row offsets, the feature of
    every state (-1: none), and the (first, duplicate) columns of labels named twice."""
    model = _identifier()
    # A copy numpy owns (39 MB): numpy asks for huge pages for it, so the walk's scattered reads
    # miss the TLB less than in py3langid's array.
    nextmove = np.array(np.frombuffer(model.tk_nextmove, dtype=np.uint32))
    rowbase = np.asarray(model.tk_row, dtype=np.int64) << 8
    output = np.asarray(model.tk_output, dtype=np.int64)
    first: dict[str, int] = {}
    aliases = []
    for i, label in enumerate(model.nb_classes):
        if label in first:
            aliases.append((first[label], i))
        else:
            first[label] = i
    return nextmove, rowbase, output, tuple(aliases)


def _compiled_language(sample: str) -> str:
    """What ``_identifier().classify(sample)`` names, its tokeniser walked by the kernel."""
    return str(_identifier().nb_classes[int(_compiled_scores(sample).argmax())])


def _compiled_scores(sample: str) -> npt.NDArray[np.float32]:
    """py3langid's raw scores of every class for ``sample`` (its steps: upper-case text lowered,
    NFC, UTF-8, the tokeniser's features, naive Bayes; a label named twice scored by its
    better column), the features found by the kernel."""
    from .langkernel import feature_counts  # numba: loaded once a process

    model = _identifier()
    nextmove, rowbase, output, aliases = _walk_tables()
    if sample.isupper():
        sample = sample.lower()
    data = np.frombuffer(unicodedata.normalize("NFC", sample).encode("utf8", errors="surrogatepass"), dtype=np.uint8)
    features, counts = feature_counts(data, nextmove, rowbase, output)
    if len(features):
        scores = np.log1p(counts) @ model.nb_ptc[features] + model.nb_pc
    else:
        scores = np.full(len(model.nb_classes), _SCORE_FLOOR, dtype=np.float32)
    for i, j in aliases:
        scores[i] = max(scores[i], scores[j])
        scores[j] = _SCORE_FLOOR
    return np.asarray(scores, dtype=np.float32)


@functools.cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model, loaded once a process, with its feature weights widened to float32
    once: py3langid widens its float16 weights at every call; the scores are the same, bit for
    bit, in about 60% of the time (57 MB instead of 28)."""
    model = LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    return LanguageIdentifier(
        np.asarray(model.nb_ptc, dtype=np.float32),
        model.nb_pc,
        model.nb_classes,
        model.tk_nextmove,
        model.tk_output,
        tk_row=model.tk_row,
    )


def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = _STEMMERS.get(language)
    # No cache of its own: :func:`_stems` keeps the stems, looked up in C for a text's whole vocabulary.
    return Stemmer.Stemmer(name, 0) if name else None


# Stems already made, per language; emptied when it holds more than _STEMS_KEPT words.
_STEMS: dict[str, dict[str, str]] = {}
_STEMS_KEPT = 1 << 19


def _stems(language: str, stemmer: Stemmer.Stemmer, words: tuple[str, ...]) -> list[str]:
    """The stems of ``words``: most are a language's common words, stemmed once a process."""
    known = _STEMS.setdefault(language, {})
    stems = list(map(known.get, words))
    missing = [w for w, stem in zip(words, stems, strict=True) if stem is None]
    if not missing:
        return stems  # type: ignore[return-value]  # no None left
    if len(known) + len(missing) > _STEMS_KEPT:
        known.clear()
        missing = list(words)
    known.update(zip(missing, stemmer.stemWords(missing), strict=True))
    return list(map(known.__getitem__, words))


class _StemTable:
    """The stems of one language's words made so far in a process, keyed by the words' 64-bit
    hashes in an open-addressing table (:mod:`lineage.tablekernel`) a kernel searches
    (:func:`_stems` keeps them in a dict of strings: a lookup there reads several scattered
    objects, here a key and a value). Emptied when it would hold more than ``_STEMS_KEPT`` words; one thread at a time
    uses it."""

    def __init__(self, stemmer: Stemmer.Stemmer) -> None:
        self._stemmer = stemmer
        self._lock = threading.Lock()
        self._clear()

    def _clear(self) -> None:
        self._empty_table(1 << 12)
        self._size = 0
        self._stems: list[str] = []
        self._number: dict[str, int] = {}
        self._hashes = np.zeros(1 << 12, dtype=np.uint64)

    def vocabulary(
        self, words: tuple[str, ...], hashes: npt.NDArray[np.uint64]
    ) -> tuple[IntArray, tuple[str, ...], npt.NDArray[np.uint64]]:
        """As ``_vocabulary(_stems(language, stemmer, words), True)`` for distinct ``words`` of
        these ``hashes``: the id of every word's stem in the vocabulary of the stems in order of
        first use, that vocabulary and its hashes."""
        from .wordkernel import first_use, table_find  # numba: loaded once a process

        with self._lock:
            numbers = table_find(self._keys, self._used, self._values, hashes)
            missing = np.flatnonzero(numbers < 0)
            if len(missing):
                if self._size + len(missing) > _STEMS_KEPT:
                    self._clear()
                    missing = np.arange(len(words))
                numbers[missing] = self._add([words[i] for i in missing.tolist()], hashes[missing])
            ids, firsts = first_use(numbers)
            chosen = numbers[firsts]
            return ids, tuple(map(self._stems.__getitem__, chosen.tolist())), self._hashes[chosen]

    def _add(self, words: list[str], hashes: npt.NDArray[np.uint64]) -> IntArray:
        """Stem ``words`` (of ``hashes``), keep the stems and return their numbers."""
        from .wordkernel import table_add

        first_new = len(self._stems)
        numbers = np.empty(len(words), dtype=np.int64)
        for k, stem in enumerate(self._stemmer.stemWords(words)):
            number = self._number.get(stem)
            if number is None:
                number = self._number[stem] = len(self._stems)
                self._stems.append(stem)
            numbers[k] = number
        if len(self._stems) > len(self._hashes):
            grown = np.zeros(2 * len(self._stems), dtype=np.uint64)
            grown[:first_new] = self._hashes[:first_new]
            self._hashes = grown
        self._hashes[first_new : len(self._stems)] = string_hashes(tuple(self._stems[first_new:]), compiled=True)
        while 2 * (self._size + len(words)) > len(self._keys):
            self._grow()
        self._size += table_add(self._keys, self._used, self._values, hashes, numbers)
        return numbers

    def _grow(self) -> None:
        from .wordkernel import table_add

        keys, values = self._keys[self._used], self._values[self._used]
        self._empty_table(2 * len(self._keys))
        table_add(self._keys, self._used, self._values, keys, values)

    def _empty_table(self, size: int) -> None:
        self._keys = np.zeros(size, dtype=np.uint64)
        self._used = np.zeros(size, dtype=np.bool_)
        self._values = np.zeros(size, dtype=np.int64)


_STEM_TABLES: dict[str, _StemTable] = {}


def _stem_table(language: str) -> _StemTable | None:
    """The language's stem table, made at its first use in the process; None when there is no
    stemmer for the language."""
    table = _STEM_TABLES.get(language)
    if table is None:
        stemmer = _stemmer(language)
        if stemmer is None:
            return None
        table = _STEM_TABLES[language] = _StemTable(stemmer)
    return table


def analyse(text: str, language: str | None = None, *, compiled: bool = False) -> AnalysedText:
    """Segment and normalise ``text`` (pure function of its arguments).

    Words are hashed with array operations; only distinct words are folded and
    stemmed in Python. When no language is given it is identified from the
    text's most frequent words (a sample that names the language well and costs
    little whatever the length of the text).

    Args:
        text: the original article text.
        language: ISO 639-1 code; detected when None.
        compiled: find, hash and number the words, look up their stems (:class:`_StemTable`),
            identify the language and split the sentences with the compiled kernels
            (:mod:`lineage.wordkernel`, :mod:`lineage.langkernel`, :mod:`lineage.sentkernel`):
            the same result, faster, once numba is loaded (about a second a process).

    Returns:
        The sentences, normalised (stemmed where a stemmer exists) words and offsets.
    """
    low = lowercase(text)
    codes = _codes(low)
    if compiled and len(codes) and int(codes.max()) < _BMP:
        from .wordkernel import words  # numba: loaded once a process

        starts, ends, raw_hashes, first, inverse = words(codes, _bmp_word_chars())
    else:
        starts, ends = _word_bounds(codes)
        hashes = _span_hashes(codes, starts, ends)
        raw_hashes, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
    raw = [low[a:b] for a, b in zip(starts[first].tolist(), ends[first].tolist(), strict=True)]
    lang = language or _frequent_words_language(raw, inverse, compiled)
    if low.isascii():
        # Lower case is the normal form of ASCII words: the distinct words are the vocabulary.
        surface_ids, surface_vocabulary, surface_hashes = inverse.astype(np.int64), tuple(raw), raw_hashes
    else:
        forms = [w if w.isascii() else normalize_word(w) for w in raw]
        raw_surface, surface_vocabulary, surface_hashes = _vocabulary(forms, compiled)
        surface_ids = raw_surface[inverse] if len(inverse) else np.zeros(0, dtype=np.int64)
    # Compiled, a language's stems are kept in its table; else in _STEMS (a dict of strings).
    stemmed = None
    if compiled:
        table = _stem_table(lang)
        if table is not None:
            stemmed = table.vocabulary(surface_vocabulary, surface_hashes)
    elif (stemmer := _stemmer(lang)) is not None:
        stemmed = _vocabulary(_stems(lang, stemmer, surface_vocabulary), compiled)
    if stemmed is not None:
        surface_stem, vocabulary, vocabulary_hashes = stemmed
        word_ids = surface_stem[surface_ids] if len(surface_ids) else surface_ids
    else:
        word_ids, vocabulary, vocabulary_hashes = surface_ids, surface_vocabulary, surface_hashes
    original = _codes(text) if compiled else None  # not lower-cased: case matters to sentence ends
    if original is not None and len(original) and int(original.max()) < _BMP:
        from .sentkernel import sentence_bounds  # numba: loaded once a process

        sentence_starts, sentence_ends = sentence_bounds(original)
        sentence_spans = tuple(zip(sentence_starts.tolist(), sentence_ends.tolist(), strict=True))
    else:
        sentence_spans = split_sentences(text)
        bounds = np.array(sentence_spans, dtype=np.int64).reshape(-1, 2)
        sentence_starts, sentence_ends = bounds[:, 0], bounds[:, 1]
    sentences = tuple(map(Sentence, range(len(sentence_spans)), sentence_spans))
    firsts = np.searchsorted(starts, sentence_starts, side="left").tolist()
    lasts = np.searchsorted(ends, sentence_ends, side="right").tolist()
    return AnalysedText(
        text=text,
        language=lang,
        sentences=sentences,
        sentence_words=tuple(zip(firsts, lasts, strict=True)),
        word_starts=starts,
        word_ends=ends,
        word_ids=word_ids,
        surface_ids=surface_ids,
        vocabulary=vocabulary,
        surface_vocabulary=surface_vocabulary,
        vocabulary_hashes=vocabulary_hashes,
        surface_hashes=surface_hashes,
    )


def _frequent_words_language(distinct: list[str], inverse: IntArray, compiled: bool = False) -> str:
    """The language of a text identified from its most frequent words."""
    if not distinct:
        return "und"
    counts = np.bincount(inverse, minlength=len(distinct))
    top = np.argsort(-counts, kind="stable")[:_LANGUAGE_WORDS].tolist()
    return detect_language(" ".join(distinct[i] for i in top), compiled=compiled)
