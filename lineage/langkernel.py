"""The compiled kernel of language identification: py3langid's feature walk.

py3langid walks the UTF-8 bytes of a sample through its tokeniser's state
machine in Python, one byte at a time, and counts the features the states emit
(a ``Counter``, so in order of first emission). Here one compiled pass makes the
same walk and returns the same features in the same order with the same counts,
so the naive Bayes scores made from them are the same, bit for bit
(``tests/test_text.py`` compares them with ``py3langid.classify``).
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def feature_counts(
    data: np.ndarray, nextmove: np.ndarray, rowbase: np.ndarray, output: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The features emitted walking the bytes ``data`` (``nextmove[rowbase[state] + byte]``: the
    next state; ``output[state]``: its feature, -1 for none), in order of first emission, and
    how often each was emitted (float32, as py3langid scores them)."""
    emitted = np.empty(len(data), dtype=np.int64)
    count = 0
    state = 0
    for byte in data:
        state = nextmove[rowbase[state] + byte]
        feature = output[state]
        if feature >= 0:
            emitted[count] = feature
            count += 1
    emitted = emitted[:count]
    order = np.argsort(emitted, kind="mergesort")  # stable: a feature's first emission leads its run
    firsts = np.empty(count, dtype=np.int64)
    runs = np.zeros(count, dtype=np.float32)
    distinct = 0
    for k in range(count):
        position = order[k]
        if k == 0 or emitted[position] != emitted[order[k - 1]]:
            firsts[distinct] = position
            distinct += 1
        runs[distinct - 1] += 1.0
    by_first = np.argsort(firsts[:distinct])
    features = np.empty(distinct, dtype=np.int64)
    counts = np.empty(distinct, dtype=np.float32)
    for k in range(distinct):
        features[k] = emitted[firsts[by_first[k]]]
        counts[k] = runs[by_first[k]]
    return features, counts
