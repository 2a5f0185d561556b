"""Sentence segmentation that never splits after an abbreviation or an initial.

Splits at terminal punctuation followed by an upper-case start, at blank lines
and at line breaks that end a heading or paragraph; never after an abbreviation
(Italian, English, French, Spanish, German lists) or an initial
(``J. F. Kennedy``), nor between a day written as an ordinal and its month
(German ``am 30. April``, ``bis 6. März``). The pass runs in a compiled kernel
(:mod:`lineage.kernels.sentences`), linear in the text, for any text: code points
beyond the Basic Multilingual Plane are classified here and renumbered past it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from ..kernels import sentences as kernel
from ..models import Span
from .fold import fold_word
from .months import ALL_MONTH_NAMES

IntArray = npt.NDArray[np.int64]
BMP = 0x10000

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
ALL_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())

# Month names and their abbreviations, lower case without accents (it, en, fr, es, de, pt): a day
# of one or two digits with a period before one is an ordinal date ("30. April"), no sentence end.
# Not English "may" (a verb opening a sentence), nor Portuguese "março" folded, "Jan" or "Mar"
# (names after a rank: "1. Marco Rossi", "2. Jan Ullrich").
MONTH_WORDS = (ALL_MONTH_NAMES - {"may", "marco"}) | frozenset(
    "jaenner maerz feb febr apr jun jul aug sep sept oct okt nov dec dez".split()
)
# A word, then the number right after it (a space apart, or none): "April 2025", "October 6".
_MONTH = re.compile(r"([^\W\d_]+)[ \u00a0]?(\d*)")

TERMINAL_CLASS = r"[.!?…]"  # terminal punctuation
CLOSING_CLASS = r"[\"'”’»)\]]"  # closing quotes and brackets after it
OPENERS = "\"'“‘«(–-—¿¡"  # may open a sentence after terminal punctuation
LINE_END = ".!?…:;\"'”’»)"  # ends a line's sentence before a single line break
RUN_ON = ",;"  # continues a sentence after a single line break


class Tables(NamedTuple):
    """What the kernel looks characters up in (made once by :func:`tables`)."""

    classes: npt.NDArray[np.uint32]  # per BMP character: the kernel's bits, and its digit << LETTER_SHIFT
    abbreviations: IntArray  # the abbreviations read as numbers in ``base``, sorted
    base: int
    digits: dict[str, int]  # the digit of every character abbreviations use


def _classes(chars: str, digits: dict[str, int]) -> npt.NDArray[np.uint32]:
    """The class of every character of ``chars`` (the kernel's bits and abbreviation digit)."""
    n = len(chars)

    def test(predicate: Callable[[str], bool]) -> npt.NDArray[np.bool_]:
        return np.fromiter(map(predicate, chars), dtype=bool, count=n)

    def matched(pattern: str) -> npt.NDArray[np.bool_]:
        table = np.zeros(n, dtype=bool)
        table[[m.start() for m in re.finditer(pattern, chars)]] = True
        return table

    lowered = list(map(str.lower, chars))
    bits = [
        (kernel.RE_SPACE, matched(r"\s")),
        (kernel.SPACE, test(str.isspace)),
        (kernel.TERMINAL, matched(TERMINAL_CLASS)),
        (kernel.CLOSING, matched(CLOSING_CLASS)),
        (kernel.OPENS, test(str.isupper) | test(str.isdigit) | test(OPENERS.__contains__)),
        (kernel.RUNS_ON, test(str.islower) | test(RUN_ON.__contains__)),
        (kernel.WORD, test(str.isalnum) | test(".".__eq__)),
        (kernel.INITIAL, np.array([len(low) == 1 and low.isalpha() for low in lowered], dtype=bool)),
        (kernel.ENDS_LINE, test(LINE_END.__contains__)),
        (kernel.MAY_MATCH, matched(TERMINAL_CLASS) | test("\n".__eq__)),
    ]
    classes = np.zeros(n, dtype=np.uint32)
    for bit, table in bits:
        classes[table] |= bit
    letter = np.array([digits.get(low, 0) if len(low) == 1 else 0 for low in lowered], dtype=np.uint32)
    return np.asarray(classes | (letter << np.uint32(kernel.LETTER_SHIFT)), dtype=np.uint32)


@functools.cache
def tables() -> Tables:
    """The character classes of the BMP and the abbreviations as numbers, made once a process
    (about a tenth of a second)."""
    # Surrogates are classified too: a lone one left in a text is an ordinary character.
    chars = "".join(map(chr, range(BMP)))
    alphabet = sorted(set("".join(ALL_ABBREVIATIONS)))
    digits = {ch: k + 1 for k, ch in enumerate(alphabet)}
    base = len(alphabet) + 1
    classes = _classes(chars, digits)
    classes.setflags(write=False)
    numbers = sorted(_number(word, digits, base) for word in ALL_ABBREVIATIONS)
    return Tables(classes, np.array(numbers, dtype=np.int64), base, digits)


def _number(word: str, digits: dict[str, int], base: int) -> int:
    """``word`` read as a number in ``base`` whose digits are its characters' (as the kernel reads it)."""
    value = 0
    for ch in word:
        value = value * base + digits[ch]
    return value


def sentence_bounds(codes: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray]:
    """Starts and ends of the sentences of the text whose code points are ``codes``."""
    t = tables()
    classes = t.classes
    original = codes
    if len(codes) and int(codes.max()) >= BMP:
        # Code points beyond the BMP: classified here, renumbered past the table.
        astral = codes >= BMP
        unique, inverse = np.unique(codes[astral], return_inverse=True)
        extra = _classes("".join(map(chr, unique.tolist())), t.digits)
        classes = np.concatenate((classes, extra))
        codes = codes.copy()
        codes[astral] = BMP + inverse.reshape(-1).astype(np.uint32)
    starts, ends = kernel.bounds(codes, classes, t.abbreviations, t.base)
    return _dates_joined(original, starts, ends)


def _dates_joined(codes: npt.NDArray[np.uint32], starts: IntArray, ends: IntArray) -> tuple[IntArray, IntArray]:
    """The sentences with each one that ends in a day (one or two digits, after no letter, digit
    or period) and a period joined to the next when that starts with a month name
    (:data:`MONTH_WORDS`) not followed by a day of its own: ``am 30.`` | ``April``."""
    if len(starts) < 2:
        return starts, ends
    last = ends[:-1] - 1
    before = codes[np.maximum(last - 1, 0)]
    # A period after a digit (any digit beyond ASCII's is read below): most sentences end otherwise.
    dotted = np.flatnonzero((codes[last] == ord(".")) & (((before >= 48) & (before <= 57)) | (before > 127)))
    joined: list[int] = []
    for k in dotted.tolist():
        end = int(ends[k]) - 1
        digits = 0
        while digits < 3 and end - digits - 1 >= int(starts[k]) and chr(codes[end - digits - 1]).isdigit():
            digits += 1
        lead = end - digits - 1
        if not 1 <= digits <= 2 or (lead >= int(starts[k]) and (chr(codes[lead]).isalnum() or codes[lead] == 46)):
            continue
        if (codes[int(ends[k]) : int(starts[k + 1])] == ord("\n")).any():
            continue  # a line break after the period ends the sentence
        head = "".join(map(chr, codes[int(starts[k + 1]) : int(starts[k + 1]) + 40].tolist()))
        word = _MONTH.match(head)
        # A month with a day after it opens an English date ("page 10. October 6, 1999"): a new
        # sentence; a year after it ("30. April 2025") is the German date's.
        if word is not None and fold_word(word.group(1)).lower() in MONTH_WORDS and not 1 <= len(word.group(2)) <= 2:
            joined.append(k)
    if not joined:
        return starts, ends
    keep = np.ones(len(starts), dtype=bool)
    keep[np.array(joined) + 1] = False  # the month's sentence is the day's
    cut = np.ones(len(ends), dtype=bool)
    cut[joined] = False
    return starts[keep], ends[cut]


def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans of ``text``, trimmed of surrounding white space."""
    starts, ends = sentence_bounds(code_points(text))
    return tuple(zip(starts.tolist(), ends.tolist(), strict=True))


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (a lone surrogate is one too, as Python holds it)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
