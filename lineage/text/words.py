"""Words: their bounds, hashes and vocabularies, found by the compiled word pass.

A word is a run of word characters (what ``re``'s ``\\w`` matches, in any
script); a period or comma between two digits joins them (``1.200``, ``3,5``), so
numbers keep their separators; ``Jong-un`` is two words and ``l’Ucraina`` is
``l`` + ``ucraina``. Words and vocabularies are told apart by 64-bit hashes
(:func:`string_hashes`), stable across processes.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import numpy.typing as npt

from ..kernels import words as kernel
from .sentences import BMP, code_points

IntArray = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]

_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _bmp_word_chars() -> npt.NDArray[np.bool_]:
    """Which characters of the Basic Multilingual Plane are word characters, made once."""
    chars = "".join(map(chr, range(BMP)))
    marks = _WORD_CHAR.sub("\x01", re.sub(r"\W", "\x00", chars))
    table = np.frombuffer(marks.encode("latin-1"), dtype=np.uint8).astype(bool)
    table.setflags(write=False)
    return table


def word_bounds(codes: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, U64, IntArray, IntArray]:
    """The words of a text given as code points: their starts and ends, their distinct hashes
    (sorted), the first word of each distinct hash and every word's distinct hash."""
    astral = np.unique(codes[codes >= BMP]) if len(codes) and int(codes.max()) >= BMP else np.zeros(0, np.uint32)
    flags = np.array([_WORD_CHAR.match(chr(c)) is not None for c in astral.tolist()], dtype=np.bool_)
    starts, ends, distinct, first, inverse = kernel.words(codes, _bmp_word_chars(), astral, flags)
    return starts, ends, distinct, first, inverse


def string_hashes(strings: tuple[str, ...] | list[str]) -> U64:
    """A 64-bit hash of every string (stable across processes, unlike ``hash``): the hash the
    word pass gives a word."""
    if not strings:
        return np.zeros(0, dtype=np.uint64)
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    return np.asarray(kernel.string_hashes(code_points("\x00".join(strings)), lengths))


def vocabulary(forms: list[str] | tuple[str, ...]) -> tuple[IntArray, tuple[str, ...], U64]:
    """The ids of ``forms`` in a vocabulary of their distinct values (numbered in order of first
    use), that vocabulary and its hashes."""
    hashes = string_hashes(forms)
    ids, firsts = kernel.first_use(hashes)
    return ids, tuple(map(forms.__getitem__, firsts.tolist())), hashes[firsts]
