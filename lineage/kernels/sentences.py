"""The sentence pass of text analysis: sentence ends found in one pass over the code points.

A candidate end is terminal punctuation (its run and the closing quotes and
brackets after it) followed by white space, a blank line, or a single line
break. Terminal punctuation ends a sentence when the next non-space character
may open one (upper case, a digit, an opening quote or dash), unless the word
before a period is an abbreviation or an initial. A single line break ends one
after a line ending in punctuation, before a character that does not continue
the sentence (lower case, ``,``, ``;``), or after a heading (a line shorter than
120 characters); after a heading among the opening lines it ends one before a
lower-case byline too (``di Marta Zanin e Luca Bassi``: a lead word, then names
with short lower-case words between them). Character tests read bits of a class table
(:func:`lineage.text.sentences.tables`); abbreviations are read as numbers in a
base with a digit per letter they use, and looked up among theirs. A run of
white space is crossed once, whatever the line breaks in it: the pass is linear
in the text.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# Bits of the class table.
RE_SPACE = 1  # ``\s``, as ``re`` matches it
SPACE = 2  # ``str.isspace``
TERMINAL = 4  # terminal punctuation: . ! ? …
CLOSING = 8  # closing quotes and brackets
OPENS = 16  # may start a sentence after terminal punctuation: ``isupper``, ``isdigit``, an opener
RUNS_ON = 32  # continues a sentence over a line break: ``islower``, ``,`` or ``;``
WORD = 64  # in the word before a period: ``isalnum`` or a period
INITIAL = 128  # a word of its own is an initial: its lower case is one letter
ENDS_LINE = 256  # ends a line's sentence
MAY_MATCH = 512  # may start a candidate end: terminal punctuation or a line break
LETTER_SHIFT = 16  # above the bits: the character's digit in abbreviations

_NEWLINE = 10
_PERIOD = 46
_COMMA = 44
_SEMICOLON = 59
_HEADING = 120  # a line shorter than this, ending without punctuation, is a heading: it ends there
_OPENING = 1000  # a heading starting before this character may have a byline under it
_BYLINE = 60  # a byline line is shorter than this
_BYLINE_WORDS = 8  # and has at most this many words
_CONNECTOR = 3  # a lower-case word between names in a byline has at most this many characters


@njit(cache=True, nogil=True)
def bounds(
    codes: np.ndarray, classes: np.ndarray, abbreviations: np.ndarray, base: int
) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the sentences of ``codes`` (indices into ``classes``: code points, those
    beyond the BMP renumbered past it), trimmed of white space (see the module docstring)."""
    n = len(codes)
    starts = np.empty(n // 2 + 1, dtype=np.int64)  # sentences are not empty and apart by white space
    ends = np.empty(n // 2 + 1, dtype=np.int64)
    count = 0
    start = 0  # of the sentence being read
    ahead_from, ahead = -1, -1  # the last forward scan over white space: from, to
    behind_from, behind = -1, -1  # the last backward scan from a line break: from, to
    pos = 0
    while True:
        while pos < n and not classes[codes[pos]] & MAY_MATCH:
            pos += 1
        if pos == n:
            break
        c = codes[pos]
        if classes[c] & TERMINAL:
            end = pos + 1
            while end < n and classes[codes[end]] & TERMINAL:
                end += 1
            while end < n and classes[codes[end]] & CLOSING:
                end += 1
            if end == n or not classes[codes[end]] & RE_SPACE:
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
                while end < n and classes[codes[end]] & RE_SPACE:
                    end += 1
        # The lookahead group: the first non-space character at or after the match end.
        if not ahead_from <= end <= ahead:
            ahead_from = end
            ahead = end
            while ahead < n and classes[codes[ahead]] & RE_SPACE:
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
                while j >= 0 and classes[codes[j]] & SPACE:
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
                if not classes[codes[k]] & SPACE:
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
    """Whether terminal punctuation at ``pos`` followed, after white space, by
    ``codes[first]`` (``first == len(codes)``: the end of the text)."""
    if first == len(codes):
        return True
    if not classes[codes[first]] & OPENS:
        return False
    if codes[pos] != _PERIOD:
        return True
    # The word before the period: letters, digits and periods, without its periods at either end.
    a = pos
    while a > 0 and classes[codes[a - 1]] & WORD:
        a -= 1
    b = pos
    while a < b and codes[a] == _PERIOD:
        a += 1
    while b > a and codes[b - 1] == _PERIOD:
        b -= 1
    if b - a == 1 and classes[codes[a]] & INITIAL:
        return False  # an initial
    if b == a:
        return True
    # Digits only grow the number: past the largest abbreviation's it is none (and cannot overflow).
    largest = abbreviations[-1]
    number = 0
    for k in range(a, b):
        d = classes[codes[k]] >> LETTER_SHIFT
        if d == 0:
            return True  # a character no abbreviation has
        number = number * base + d
        if number > largest:
            return True
    at = np.searchsorted(abbreviations, number)
    return not (at < len(abbreviations) and abbreviations[at] == number)


@njit(cache=True, inline="always")
def _ends_at_line_break(codes: np.ndarray, classes: np.ndarray, pos: int, j: int, first: int) -> bool:
    """Whether a single line break at ``pos``, ``codes[j]`` the last non-space
    character before it (``j == -1``: none), ``codes[first]`` the first after it."""
    if j < 0 or first == len(codes):
        return True
    if classes[codes[j]] & ENDS_LINE:
        return True
    runs_on = classes[codes[first]] & RUNS_ON
    if runs_on and pos >= _OPENING + _HEADING:
        return False  # a lower-case line runs on: no heading it could be the byline of starts this late
    # A heading: a line shorter than _HEADING characters (only that many are looked back at).
    k = pos - 1
    while k >= 0 and codes[k] != _NEWLINE and pos - k <= _HEADING:
        k -= 1
    heading = (k < 0 or codes[k] == _NEWLINE) and pos - (k + 1) < _HEADING
    if runs_on:
        # A lower-case line goes on with the sentence, unless it is a byline under an opening heading.
        return heading and k + 1 < _OPENING and _byline_line(codes, classes, first)
    return heading


@njit(cache=True, inline="always")
def _byline_line(codes: np.ndarray, classes: np.ndarray, first: int) -> bool:
    """Whether the line starting at ``first`` is a byline: shorter than _BYLINE characters, two to
    _BYLINE_WORDS words, a lower-case lead and then capitalised words, with short lower-case words
    between them ("di Marta Zanin e Luca Bassi"), the last capitalised, no punctuation at its end,
    and no lower-case line right after it."""
    n = len(codes)
    end = first
    while end < n and codes[end] != _NEWLINE and end - first <= _BYLINE:
        end += 1
    if end - first > _BYLINE:
        return False
    last = end
    while last > first and classes[codes[last - 1]] & SPACE:
        last -= 1
    if classes[codes[last - 1]] & ENDS_LINE or codes[last - 1] == _COMMA:
        return False
    words = 0
    start = -1  # of the word being read
    capital = False  # the last word read opens with a capital
    for x in range(first, last + 1):
        if x < last and not classes[codes[x]] & SPACE:
            if start < 0:
                start = x
            continue
        if start < 0:
            continue
        words += 1
        c = codes[start]
        capital = bool(classes[c] & OPENS)
        connector = x - start <= _CONNECTOR and bool(classes[c] & RUNS_ON) and c != _COMMA and c != _SEMICOLON
        if words > 1 and not capital and not connector:
            return False  # after the lead, names and short lower-case words between them ("e", "and")
        start = -1
    if not 2 <= words <= _BYLINE_WORDS or not capital:
        return False
    after = end + 1
    while after < n and (codes[after] == 32 or codes[after] == 9):
        after += 1
    return after >= n or codes[after] == _NEWLINE or not classes[codes[after]] & RUNS_ON


@njit(cache=True, inline="always")
def _append_trimmed(
    codes: np.ndarray, classes: np.ndarray, start: int, end: int, starts: np.ndarray, ends: np.ndarray, count: int
) -> int:
    """Add ``codes[start:end]`` trimmed of white space (``str.isspace``) unless nothing is left;
    returns the new count."""
    while start < end and classes[codes[start]] & SPACE:
        start += 1
    while end > start and classes[codes[end - 1]] & SPACE:
        end -= 1
    if end > start:
        starts[count] = start
        ends[count] = end
        count += 1
    return count
