"""Language identification: py3langid's feature walk over a sample's bytes.

py3langid walks the UTF-8 bytes of a sample through its tokeniser's state
machine and counts the features the states emit, in order of first emission.
:func:`feature_counts` makes that walk in one compiled pass and returns the
features in that order with their counts, from which
:func:`lineage.text.language.language_scores` makes py3langid's naive Bayes
scores (``tests/text/test_language.py`` checks them against ``py3langid.classify``).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from .words import first_use


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
    ids, firsts = first_use(emitted)  # features numbered in order of first emission
    counts = np.zeros(len(firsts), dtype=np.float32)
    for k in range(count):
        counts[ids[k]] += 1.0
    return emitted[firsts], counts


@njit(cache=True, nogil=True)
def widened_rows(bits: np.ndarray, rows: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Rows ``rows`` of a float16 matrix given as its bits (``bits``: uint16, features x classes),
    widened to float32 through ``table`` (the float32 value of every float16 bit pattern): the
    values numpy's cast gives, gathered and widened in one pass."""
    out = np.empty((len(rows), bits.shape[1]), dtype=np.float32)
    for i in range(len(rows)):
        row = bits[rows[i]]
        for j in range(bits.shape[1]):
            out[i, j] = table[row[j]]
    return out
