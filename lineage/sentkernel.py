"""The compiled kernel of :func:`lineage.text.split_sentences`: the same sentence spans, in one
pass over the code points.

``split_sentences`` runs ``text._END`` with ``finditer`` and decides each candidate in Python.
Here the candidates are found by hand, and the same ones: the three alternatives of the regex
begin with different characters (terminal punctuation, a line break), so at each position at
most one of the first and the others can match, and the second (a blank line) is tried before
the third (a lone line break) as the regex tries them. Terminal punctuation matches when its run
and the closing quotes and brackets after it are followed by white space; when they are not, no
match starts anywhere inside them (each start sees the same run end), so the scan goes on after
them. The lookahead group, the first non-space character after a candidate, is found by a
forward scan.

Every character test of the Python code is a bit of one table over the Basic Multilingual Plane
(:func:`tables`), made once with the very test it stands for: ``re``'s ``\\s`` and the regex's
character classes where the regex tests, ``str.isspace``, ``isupper``, ``isdigit``, ``islower``
and ``isalnum`` where the Python code does (``\\s`` and ``str.isspace`` agree in CPython 3.11,
but each is taken from its own source). Texts with code points beyond the plane are left to
``split_sentences``.

Two rewrites need an argument:

* ``_previous_word`` takes the token after the last space when it is letters, digits and periods
  with at least one letter or digit, and otherwise scans back over letters, digits and periods;
  both give the same start (a token that passes ends its backward scan at that space), so the
  kernel only scans back.
* ``word.lower() in _ALL_ABBREVIATIONS``: ``str.lower`` maps each character on its own (Final
  Sigma, its only context rule, only chooses between two sigmas, neither in any abbreviation).
  A character whose lower case is not a single character used by an abbreviation cannot be in
  one (``tests/test_text.py`` checks that no lower case is several such characters), and the
  others are digits ``1 .. base - 1``: a word is read as a number in base ``base`` (with no digit
  0, two different words are two different numbers) and looked up among the abbreviations'
  numbers; digits only make it larger, so the reading stops (and cannot overflow) once it passes
  the largest. ``len(word) == 1 and word.isalpha()`` is a table bit of the one character.

The lookahead group and a single line break's last non-space character before it are found by
scanning white space; the kernel remembers its last scan of each kind, so a run of white space is
crossed once, not once per line break in it (``split_sentences`` crosses it again for each).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from numba import njit

from .models import Span
from .text import _ALL_ABBREVIATIONS, _BMP, _LINE_END, _OPENERS, _RUN_ON, split_sentences

IntArray = npt.NDArray[np.int64]

# The character classes of ``text._END`` (``tests/test_text.py`` checks they are its own).
TERMINAL_CLASS = r"[.!?…]"
CLOSING_CLASS = r"[\"'”’»)\]]"

# Bits of the class table.
_RE_SPACE = 1  # ``\s``, as ``re`` matches it
_SPACE = 2  # ``str.isspace``
_TERMINAL = 4  # in TERMINAL_CLASS
_CLOSING = 8  # in CLOSING_CLASS
_OPENS = 16  # may start a sentence after terminal punctuation: ``isupper``, ``isdigit``, an opener
_RUNS_ON = 32  # continues a sentence over a line break: ``islower`` or in ``_RUN_ON``
_WORD = 64  # in the word before a period: ``isalnum`` or a period
_INITIAL = 128  # a word of its own is an initial: its lower case is one letter
_ENDS_LINE = 256  # ends a line's sentence (in ``text._LINE_END``)
_MAY_MATCH = 512  # may start a match of ``text._END``: terminal punctuation or a line break
_LETTER_SHIFT = 16  # above the bits: the character's digit in abbreviations (see the module docstring)

_NEWLINE = 10
_PERIOD = 46
_HEADING = 120  # a line shorter than this, ending without punctuation, is a heading: it ends there


class Tables(NamedTuple):
    """What the kernel looks characters up in (made once by :func:`tables`)."""

    classes: npt.NDArray[np.uint32]  # per BMP character: the bits above, and its digit << _LETTER_SHIFT
    abbreviations: IntArray  # the abbreviations read as numbers in ``base``, sorted
    base: int


@functools.cache
def tables() -> Tables:
    """The character classes of the BMP and the abbreviations as numbers, made once a process
    (about a tenth of a second)."""
    chars = "".join(map(chr, range(_BMP)))

    def test(predicate: Callable[[str], bool]) -> npt.NDArray[np.bool_]:
        return np.fromiter(map(predicate, chars), dtype=bool, count=_BMP)

    def matched(pattern: str) -> npt.NDArray[np.bool_]:
        table = np.zeros(_BMP, dtype=bool)
        table[[m.start() for m in re.finditer(pattern, chars)]] = True
        return table

    lowered = list(map(str.lower, chars))
    bits = [
        (_RE_SPACE, matched(r"\s")),
        (_SPACE, test(str.isspace)),
        (_TERMINAL, matched(TERMINAL_CLASS)),
        (_CLOSING, matched(CLOSING_CLASS)),
        (_OPENS, test(str.isupper) | test(str.isdigit) | test(_OPENERS.__contains__)),
        (_RUNS_ON, test(str.islower) | test(_RUN_ON.__contains__)),
        (_WORD, test(str.isalnum) | test(".".__eq__)),
        (_INITIAL, np.array([len(low) == 1 and low.isalpha() for low in lowered], dtype=bool)),
        (_ENDS_LINE, test(_LINE_END.__contains__)),
        (_MAY_MATCH, matched(TERMINAL_CLASS) | test("\n".__eq__)),
    ]
    classes = np.zeros(_BMP, dtype=np.uint32)
    for bit, table in bits:
        classes[table] |= bit
    alphabet = sorted(set("".join(_ALL_ABBREVIATIONS)))
    digit = {ch: k + 1 for k, ch in enumerate(alphabet)}
    classes |= (
        np.array([digit.get(low, 0) if len(low) == 1 else 0 for low in lowered], dtype=np.uint32) << _LETTER_SHIFT
    )
    base = len(alphabet) + 1
    numbers = sorted(_number(word, digit, base) for word in _ALL_ABBREVIATIONS)
    classes.setflags(write=False)
    return Tables(classes, np.array(numbers, dtype=np.int64), base)


def _number(word: str, digit: dict[str, int], base: int) -> int:
    """``word`` read as a number in ``base`` whose digits are its characters' (as the kernel reads it)."""
    value = 0
    for ch in word:
        value = value * base + digit[ch]
    return value


def sentence_bounds(codes: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray]:
    """Starts and ends of the sentences of the text whose code points (all below 2**16) are
    ``codes``: ``split_sentences``'s spans."""
    t = tables()
    return bounds(codes, t.classes, t.abbreviations, t.base)


def split_sentences_compiled(text: str) -> tuple[Span, ...]:
    """``split_sentences(text)``, computed by the kernel unless the text has code points beyond
    the BMP (then by ``split_sentences``)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # lone surrogates too
    if len(codes) and int(codes.max()) >= _BMP:
        return split_sentences(text)
    starts, ends = sentence_bounds(codes)
    return tuple(zip(starts.tolist(), ends.tolist(), strict=True))


@njit(cache=True, nogil=True)
def bounds(
    codes: np.ndarray, classes: np.ndarray, abbreviations: np.ndarray, base: int
) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the sentences of ``codes`` (all below 2**16), trimmed of white space:
    ``split_sentences``'s spans (see the module docstring)."""
    n = len(codes)
    starts = np.empty(n // 2 + 1, dtype=np.int64)  # sentences are not empty and apart by white space
    ends = np.empty(n // 2 + 1, dtype=np.int64)
    count = 0
    start = 0  # of the sentence being read
    ahead_from, ahead = -1, -1  # the last forward scan over white space: from, to
    behind_from, behind = -1, -1  # the last backward scan from a line break: from, to
    pos = 0
    while True:
        while pos < n and not classes[codes[pos]] & _MAY_MATCH:
            pos += 1
        if pos == n:
            break
        c = codes[pos]
        if classes[c] & _TERMINAL:
            end = pos + 1
            while end < n and classes[codes[end]] & _TERMINAL:
                end += 1
            while end < n and classes[codes[end]] & _CLOSING:
                end += 1
            if end == n or not classes[codes[end]] & _RE_SPACE:
                pos = end  # nor does one start before: inside, the same run; then closing marks
                continue
            blank = False
        else:  # a line break
            k = pos + 1
            while k < n and (codes[k] == 32 or codes[k] == 9):
                k += 1
            blank = k < n and codes[k] == _NEWLINE
            end = pos + 1
            if blank:
                end = k + 1
                while end < n and classes[codes[end]] & _RE_SPACE:
                    end += 1
        # The lookahead group: the first non-space character at or after the match end.
        if not ahead_from <= end <= ahead:
            ahead_from = end
            ahead = end
            while ahead < n and classes[codes[ahead]] & _RE_SPACE:
                ahead += 1
        first = ahead
        if c != _NEWLINE:
            cut = _ends_at_punctuation(codes, classes, abbreviations, base, pos, first)
            sentence_end = end
        else:
            if blank:
                cut = True
            else:
                j = pos - 1
                while j >= 0 and classes[codes[j]] & _SPACE:
                    if j == behind_from:  # white space back to the last line break looked back from
                        j = behind
                        break
                    j -= 1
                behind_from, behind = pos, j
                cut = _ends_at_line_break(codes, classes, pos, j, first)
            # The match is white space (then the sentence ends before it) unless a blank line's
            # white space has a character ``\s`` matches but ``str.isspace`` does not.
            sentence_end = pos
            for k in range(pos, end):
                if not classes[codes[k]] & _SPACE:
                    sentence_end = end
                    break
        if cut:
            count = _append_trimmed(codes, classes, start, sentence_end, starts, ends, count)
            start = end
        pos = end
    count = _append_trimmed(codes, classes, start, n, starts, ends, count)
    return starts[:count], ends[:count]


@njit(cache=True, inline="always")
def _ends_at_punctuation(
    codes: np.ndarray, classes: np.ndarray, abbreviations: np.ndarray, base: int, pos: int, first: int
) -> bool:
    """``_is_sentence_end`` of terminal punctuation at ``pos`` followed, after white space, by
    ``codes[first]`` (``first == len(codes)``: the end of the text)."""
    if first == len(codes):
        return True
    if not classes[codes[first]] & _OPENS:
        return False
    if codes[pos] != _PERIOD:
        return True
    # The word before the period: letters, digits and periods, without its periods at either end.
    a = pos
    while a > 0 and classes[codes[a - 1]] & _WORD:
        a -= 1
    b = pos
    while a < b and codes[a] == _PERIOD:
        a += 1
    while b > a and codes[b - 1] == _PERIOD:
        b -= 1
    if b - a == 1 and classes[codes[a]] & _INITIAL:
        return False  # an initial
    if b == a:
        return True
    # Digits only grow the number: past the largest abbreviation's it is none (and cannot overflow).
    largest = abbreviations[-1]
    number = 0
    for k in range(a, b):
        d = classes[codes[k]] >> _LETTER_SHIFT
        if d == 0:
            return True  # a character no abbreviation has
        number = number * base + d
        if number > largest:
            return True
    at = np.searchsorted(abbreviations, number)
    return not (at < len(abbreviations) and abbreviations[at] == number)


@njit(cache=True, inline="always")
def _ends_at_line_break(codes: np.ndarray, classes: np.ndarray, pos: int, j: int, first: int) -> bool:
    """``_is_sentence_end`` of a single line break at ``pos``, ``codes[j]`` the last non-space
    character before it (``j == -1``: none), ``codes[first]`` the first after it."""
    if j < 0 or first == len(codes):
        return True
    if classes[codes[j]] & _ENDS_LINE:
        return True
    if classes[codes[first]] & _RUNS_ON:
        return False
    # A heading: a line shorter than _HEADING characters (only that many are looked back at).
    k = pos - 1
    while k >= 0 and codes[k] != _NEWLINE and pos - k <= _HEADING:
        k -= 1
    if k >= 0 and codes[k] != _NEWLINE:
        return False
    return pos - (k + 1) < _HEADING


@njit(cache=True, inline="always")
def _append_trimmed(
    codes: np.ndarray, classes: np.ndarray, start: int, end: int, starts: np.ndarray, ends: np.ndarray, count: int
) -> int:
    """Add ``codes[start:end]`` trimmed of white space (``str.isspace``) unless nothing is left;
    returns the new count."""
    while start < end and classes[codes[start]] & _SPACE:
        start += 1
    while end > start and classes[codes[end - 1]] & _SPACE:
        end -= 1
    if end > start:
        starts[count] = start
        ends[count] = end
        count += 1
    return count
