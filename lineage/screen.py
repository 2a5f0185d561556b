"""Which candidate pairs are worth aligning: the word 3-grams two texts share, counted fast.

Candidates come from MinHash band collisions of sentence windows, so articles on
one story (same names, same topic words) collide without sharing any phrase.
Aligning such a pair costs milliseconds and finds nothing; counting the word
3-grams the two texts share costs microseconds. A pair sharing fewer than
``AlignParams.min_shared_trigrams`` of them is not aligned by a trace or a
query (:func:`lineage.compare` of an explicit pair always aligns).

Measured (see benchmarks/README.md): real heavy rewrites keep about 20% of their
source's word 3-grams (seeds 000 → 001); on PAN 2013 the derivations found in
1,000 sampled pairs shared at least 7 (random obfuscation), 8 (summaries), 2
(translation chains: the few below 3 are lost to the screen).

Words are runs of ASCII letters and digits and of non-ASCII letters (UTF-8
bytes; the C2 and E2 sequences of Latin-1 and general punctuation, such as
curly quotes, guillemets and dashes, separate words); ASCII and Latin-1 letters
are lower-cased. A 3-gram is three consecutive words anywhere in the text.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numba import njit

U64 = npt.NDArray[np.uint64]

_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
_S33 = np.uint64(33)
_F64A = np.uint64(0xFF51AFD7ED558CCD)
_F64B = np.uint64(0xC4CEB9FE1A85EC53)
_MIX = np.uint64(0x9E3779B97F4A7C15)


@njit(cache=True, inline="always")
def _fmix64(h: np.uint64) -> np.uint64:
    h ^= h >> _S33
    h *= _F64A
    h ^= h >> _S33
    h *= _F64B
    return h ^ (h >> _S33)


@njit(cache=True, nogil=True)
def _trigrams(buf: np.ndarray) -> np.ndarray:
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
        grams[j] = _fmix64(_fmix64(_fmix64(words[j]) ^ words[j + 1] * _MIX) ^ words[j + 2])
    grams.sort()
    k = 0
    for j in range(len(grams)):
        if j == 0 or grams[j] != grams[k - 1]:
            grams[k] = grams[j]
            k += 1
    return grams[:k].copy()


@njit(cache=True, nogil=True)
def _shared(a: np.ndarray, b: np.ndarray) -> int:
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


def trigrams(text: str) -> U64:
    """The sorted distinct hashes of the word 3-grams of ``text`` (a pure function)."""
    data = np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8)
    return _trigrams(data)


def shared_trigrams(a: U64, b: U64) -> int:
    """How many 3-gram hashes two :func:`trigrams` arrays have in common."""
    return int(_shared(a, b))


def worth_aligning(a: U64, b: U64, min_shared: int) -> bool:
    """Whether two texts with these :func:`trigrams` share enough to be aligned (0: always)."""
    return min_shared <= 0 or (min(len(a), len(b)) >= min_shared and shared_trigrams(a, b) >= min_shared)
