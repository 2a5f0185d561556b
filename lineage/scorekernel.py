"""The compiled kernel of unit-pair scoring for small texts (news articles).

:func:`lineage.align._scores` needs, for the units of two texts, the Gram matrix of
their tf-isf vectors and, for every source × target unit pair, the number of shared
words and their summed isf. For article-sized texts the arithmetic is a few tens of
thousands of operations; building scipy sparse matrices for it costs ten times
more. :func:`pair_products` merges the sorted word lists of two units directly.

The sums run over shared words in increasing word index, the order scipy's sparse
product adds them, so both paths give the same floating-point values bit for bit
(``tests/test_align.py`` checks).
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def pair_products(
    weights: np.ndarray, indices: np.ndarray, indptr: np.ndarray, na: int, isf: np.ndarray, n_cols: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gram matrix of all units, shared-word counts and summed isf of source × target units.

    The units of both texts are rows of one CSR matrix (``weights, indices, indptr``, indices
    sorted within a row) over ``n_cols`` words; the first ``na`` rows are the source's. Each
    row in turn is spread into a dense vector and the other rows gather from it: the terms
    of a sum are added in increasing word index (the words a row lacks add zeros).
    """
    n = len(indptr) - 1
    nb = n - na
    gram = np.zeros((n, n))
    inter = np.zeros((na, nb))
    shared = np.zeros((na, nb))
    dense = np.zeros(n_cols)
    present = np.zeros(n_cols)
    for r in range(n):
        for e in range(indptr[r], indptr[r + 1]):
            dense[indices[e]] = weights[e]
            present[indices[e]] = 1.0
        for c in range(r, n):
            total = 0.0
            for e in range(indptr[c], indptr[c + 1]):
                total += dense[indices[e]] * weights[e]
            gram[r, c] = total
            gram[c, r] = total
        if r < na:
            for c in range(nb):
                count = 0.0
                total = 0.0
                for e in range(indptr[na + c], indptr[na + c + 1]):
                    hit = present[indices[e]]
                    count += hit
                    total += hit * isf[indices[e]]
                inter[r, c] = count
                shared[r, c] = total
        for e in range(indptr[r], indptr[r + 1]):
            dense[indices[e]] = 0.0
            present[indices[e]] = 0.0
    return gram, inter, shared
