"""The compiled kernels of :mod:`lineage.candidates.screen`: word 3-gram hashes of UTF-8 bytes, and the
count of hashes two sorted arrays share (numba, cached on disk, without the GIL)."""

from __future__ import annotations

import numpy as np
from numba import njit

from .hashing import fmix64

_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@njit(cache=True, nogil=True)
def trigram_hashes(buf: np.ndarray) -> np.ndarray:
    """Sorted distinct 3-gram hashes of the UTF-8 bytes ``buf``."""
    n = len(buf)
    words = np.empty(n // 2 + 1, dtype=np.uint64)
    nw = 0
    h = _FNV_OFFSET
    in_word = False
    p1 = np.uint8(0)
    p2 = np.uint8(0)
    for i in range(n + 1):
        word_byte = False
        m = np.uint8(0)
        if i < n:
            c = buf[i]
            if c == 0xC2 or c == 0xE2 or p1 == 0xC2 or p1 == 0xE2 or p2 == 0xE2:
                word_byte = False
            elif c >= 0x80:
                word_byte = True
                m = c
                if p1 == 0xC3 and 0x80 <= c <= 0x9E and c != 0x97:
                    m = c + np.uint8(0x20)  # À-Þ -> à-þ
            elif 48 <= c <= 57 or 97 <= c <= 122:
                word_byte = True
                m = c
            elif 65 <= c <= 90:
                word_byte = True
                m = c + np.uint8(32)
            p2 = p1
            p1 = c
        if word_byte:
            if not in_word:
                in_word = True
                h = _FNV_OFFSET
            h = (h ^ np.uint64(m)) * _FNV_PRIME
        elif in_word:
            in_word = False
            words[nw] = h
            nw += 1
    if nw < 3:
        return np.empty(0, dtype=np.uint64)
    grams = np.empty(nw - 2, dtype=np.uint64)
    for j in range(nw - 2):
        grams[j] = fmix64(fmix64(fmix64(words[j]) ^ words[j + 1] * _MIX) ^ words[j + 2])
    grams.sort()
    k = 0
    for j in range(len(grams)):
        if j == 0 or grams[j] != grams[k - 1]:
            grams[k] = grams[j]
            k += 1
    return grams[:k].copy()


@njit(cache=True, nogil=True)
def shared_count(a: np.ndarray, b: np.ndarray) -> int:
    i = j = count = 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            i += 1
        elif a[i] > b[j]:
            j += 1
        else:
            count += 1
            i += 1
            j += 1
    return count
