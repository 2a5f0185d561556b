"""Exact runs: maximal runs of word n-grams two texts share, on the same diagonal.

An open-addressing table holds the n-gram hashes of both texts (and how often each
occurs in either, with its source positions). A (source, target) pair of equal
n-grams starts a run when the pair before it on its diagonal does not match, and
the run grows while the next pair matches; runs come out ordered by target start,
then source start, and runs a few words apart on both sides are chained. Linear in
the texts' n-grams plus the matches of the n-grams repeated at most ``max_repeat``
times (``tests/kernels/test_align_kernels.py`` checks them against a sort-based
reference).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from .table import take_slot


@njit(cache=True, nogil=True)
def exact_runs(ha: np.ndarray, hb: np.ndarray, n: int, max_repeat: int, min_words: int, max_gap: int) -> np.ndarray:
    """Runs of shared n-grams of hashes ``ha`` (source) and ``hb`` (target), as rows
    ``(a0, a1, b0, b1)`` of word ranges, chained where both sides resume within ``max_gap``
    words; an n-gram found more than ``max_repeat`` times in either text anchors nothing."""
    ma, mb = len(ha), len(hb)
    # An open-addressing table of the n-gram values of both texts: for each, how often it occurs
    # in either text and its source positions, chained in increasing order.
    bits = 4
    while (1 << bits) < 2 * (ma + mb):
        bits += 1
    mask = (1 << bits) - 1
    keys = np.zeros(mask + 1, dtype=np.uint64)
    used = np.zeros(mask + 1, dtype=np.bool_)
    head = np.full(mask + 1, -1, dtype=np.int64)
    count_a = np.zeros(mask + 1, dtype=np.int64)
    count_b = np.zeros(mask + 1, dtype=np.int64)
    chain = np.full(ma, -1, dtype=np.int64)
    slot_b = np.empty(mb, dtype=np.int64)
    for i in range(ma - 1, -1, -1):
        slot = take_slot(keys, used, ha[i], mask)
        chain[i] = head[slot]
        head[slot] = i
        count_a[slot] += 1
    for j in range(mb):
        slot = take_slot(keys, used, hb[j], mask)
        slot_b[j] = slot
        count_b[slot] += 1
    keep = np.zeros(mb, dtype=np.bool_)
    for j in range(mb):
        slot = slot_b[j]
        keep[j] = count_a[slot] > 0 and count_a[slot] <= max_repeat and count_b[slot] <= max_repeat
    out = np.empty((16, 4), dtype=np.int64)
    found = 0
    for j in range(mb):
        if not keep[j]:
            continue
        i = -1
        while True:
            i = head[slot_b[j]] if i == -1 else chain[i]
            if i == -1:
                break
            if j > 0 and i > 0 and keep[j - 1] and ha[i - 1] == hb[j - 1]:
                continue  # inside a run that started earlier on this diagonal
            length = 1
            while j + length < mb and i + length < ma and keep[j + length] and ha[i + length] == hb[j + length]:
                length += 1
            b0, b1 = j, j + length - 1 + n
            if b1 - b0 < min_words:
                continue
            a0, a1 = i, i + length - 1 + n
            if found and 0 <= b0 - out[found - 1, 3] <= max_gap and 0 <= a0 - out[found - 1, 1] <= max_gap:
                out[found - 1, 1] = a1
                out[found - 1, 3] = b1
                continue
            if found == len(out):
                grown = np.empty((2 * len(out), 4), dtype=np.int64)
                grown[:found] = out[:found]
                out = grown
            out[found, 0] = a0
            out[found, 1] = a1
            out[found, 2] = b0
            out[found, 3] = b1
            found += 1
    return out[:found]
