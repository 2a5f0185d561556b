"""The word pass of text analysis: words, their hashes, the distinct ones, numbered.

One pass over a text's code points finds each word (a run of word characters,
a period or comma between two digits joining them: ``1.200``, ``3,5``) and
hashes it with a polynomial mod 2**64 (:func:`string_hashes` hashes any strings
the same way). Word characters are those ``re``'s ``\\w`` matches, read from a
table of the Basic Multilingual Plane and, for the rare code points beyond it,
from a sorted array of those the text holds.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_HASH_MULT = np.uint64(0x100000001B3)
_HASH_LENGTH = np.uint64(0x9E3779B97F4A7C15)


@njit(cache=True, nogil=True)
def words(
    codes: np.ndarray, word_chars: np.ndarray, astral: np.ndarray, astral_word: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Words of the code points ``codes`` (``word_chars[c]``: is ``c`` a word character, for
    ``c`` below 2**16; ``astral_word[k]``: is ``astral[k]`` one, for the sorted code points
    beyond), a period or comma between two digits joining them. Returns the words' starts
    and ends, their distinct hashes (sorted), the first word of each and every word's distinct
    hash (as ``np.unique(..., return_index=True, return_inverse=True)``)."""
    n = len(codes)
    starts = np.empty(n // 2 + 1, dtype=np.int64)
    ends = np.empty(n // 2 + 1, dtype=np.int64)
    hashes = np.empty(n // 2 + 1, dtype=np.uint64)
    count = 0
    k = 0
    while k < n:
        if not _in_word(codes, word_chars, astral, astral_word, k, n):
            k += 1
            continue
        start = k
        h = np.uint64(0)
        power = np.uint64(1)
        while k < n and _in_word(codes, word_chars, astral, astral_word, k, n):
            h += (np.uint64(codes[k]) + np.uint64(1)) * power
            power *= _HASH_MULT
            k += 1
        starts[count] = start
        ends[count] = k
        hashes[count] = h + np.uint64(k - start) * _HASH_LENGTH
        count += 1
    starts, ends, hashes = starts[:count], ends[:count], hashes[:count]
    order = np.argsort(hashes)
    distinct = np.empty(count, dtype=np.uint64)
    first = np.empty(count, dtype=np.int64)
    inverse = np.empty(count, dtype=np.int64)
    groups = 0
    for x in range(count):
        w = order[x]
        if groups and hashes[w] == distinct[groups - 1]:
            first[groups - 1] = min(first[groups - 1], w)
        else:
            distinct[groups] = hashes[w]
            first[groups] = w
            groups += 1
        inverse[w] = groups - 1
    return starts, ends, distinct[:groups], first[:groups], inverse


@njit(cache=True, inline="always")
def _in_word(
    codes: np.ndarray, word_chars: np.ndarray, astral: np.ndarray, astral_word: np.ndarray, k: int, n: int
) -> bool:
    c = codes[k]
    if c < len(word_chars):
        if word_chars[c]:
            return True
    elif astral_word[np.searchsorted(astral, c)]:
        return True
    # "1.200", "3,5": a separator between two digits.
    return (c == 46 or c == 44) and 0 < k < n - 1 and 48 <= codes[k - 1] <= 57 and 48 <= codes[k + 1] <= 57


@njit(cache=True, nogil=True)
def string_hashes(codes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The hash of every string of ``codes``: strings of ``lengths`` code points, one separator
    after each — the polynomial of the word pass."""
    hashes = np.empty(len(lengths), dtype=np.uint64)
    k = 0
    for i in range(len(lengths)):
        h = np.uint64(0)
        power = np.uint64(1)
        for j in range(k, k + lengths[i]):
            h += (np.uint64(codes[j]) + np.uint64(1)) * power
            power *= _HASH_MULT
        hashes[i] = h + np.uint64(lengths[i]) * _HASH_LENGTH
        k += lengths[i] + 1
    return hashes


@njit(cache=True, nogil=True)
def first_use(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ids of ``hashes`` in a vocabulary of their distinct values numbered in order of first
    use, and the position where each value is first used."""
    n = len(hashes)
    order = np.argsort(hashes, kind="mergesort")  # stable: a value's first use leads its run
    group = np.empty(n, dtype=np.int64)
    firsts = np.empty(n, dtype=np.int64)
    groups = 0
    for k in range(n):
        position = order[k]
        if k == 0 or hashes[position] != hashes[order[k - 1]]:
            firsts[groups] = position
            groups += 1
        group[position] = groups - 1
    by_first = np.argsort(firsts[:groups])
    rank = np.empty(groups, dtype=np.int64)
    for k in range(groups):
        rank[by_first[k]] = k
    ids = np.empty(n, dtype=np.int64)
    for position in range(n):
        ids[position] = rank[group[position]]
    return ids, firsts[:groups][by_first]
