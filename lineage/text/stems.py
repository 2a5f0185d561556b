"""Stems: each language's Snowball stemmer (PyStemmer), its stems kept between analyses.

A process stems a word of a language once: the stems made so far are kept in an
open-addressing table keyed by the word's 64-bit hash, searched by a compiled
kernel (:mod:`lineage.kernels.table`), and emptied when it would hold more than
``KEPT`` words. Most of a text's words are then looked up, not stemmed.
"""

from __future__ import annotations

import functools
import threading

import numpy as np
import numpy.typing as npt
import Stemmer

from ..kernels import table as kernel
from ..kernels.words import first_use
from .words import string_hashes

IntArray = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]

KEPT = 1 << 19  # words a language's table holds at most

STEMMERS = {
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


class StemTable:
    """The stems of one language's words made so far in a process, keyed by the words' hashes.

    Emptied when it would hold more than ``kept`` words; one thread at a time uses it.
    """

    def __init__(self, stemmer: Stemmer.Stemmer, kept: int = KEPT) -> None:
        self._stemmer = stemmer
        self._kept = kept
        self._lock = threading.Lock()
        self._clear()

    def __len__(self) -> int:
        return self._size

    def _clear(self) -> None:
        self._empty_table(1 << 12)
        self._size = 0
        self._stems: list[str] = []
        self._number: dict[str, int] = {}
        self._hashes = np.zeros(1 << 12, dtype=np.uint64)

    def vocabulary(self, words: tuple[str, ...], hashes: U64) -> tuple[IntArray, tuple[str, ...], U64]:
        """For distinct ``words`` of these ``hashes``: the id of every word's stem in the
        vocabulary of the stems in order of first use, that vocabulary and its hashes."""
        with self._lock:
            numbers = kernel.table_find(self._keys, self._used, self._values, hashes)
            missing = np.flatnonzero(numbers < 0)
            if len(missing):
                if self._size + len(missing) > self._kept:
                    self._clear()
                    missing = np.arange(len(words))
                numbers[missing] = self._add([words[i] for i in missing.tolist()], hashes[missing])
            ids, firsts = first_use(numbers)
            chosen = numbers[firsts]
            return ids, tuple(map(self._stems.__getitem__, chosen.tolist())), self._hashes[chosen]

    def _add(self, words: list[str], hashes: U64) -> IntArray:
        """Stem ``words`` (of ``hashes``), keep the stems and return their numbers."""
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
        self._hashes[first_new : len(self._stems)] = string_hashes(tuple(self._stems[first_new:]))
        while 2 * (self._size + len(words)) > len(self._keys):
            self._grow()
        self._size += kernel.table_add(self._keys, self._used, self._values, hashes, numbers)
        return numbers

    def _grow(self) -> None:
        keys, values = self._keys[self._used], self._values[self._used]
        self._empty_table(2 * len(self._keys))
        kernel.table_add(self._keys, self._used, self._values, keys, values)

    def _empty_table(self, size: int) -> None:
        self._keys = np.zeros(size, dtype=np.uint64)
        self._used = np.zeros(size, dtype=np.bool_)
        self._values = np.zeros(size, dtype=np.int64)


@functools.cache
def stem_table(language: str) -> StemTable | None:
    """The language's stem table, made at its first use in the process; None when there is no
    stemmer for the language."""
    name = STEMMERS.get(language)
    return StemTable(Stemmer.Stemmer(name, 0)) if name else None
