"""Unit-pair scoring: tf-isf products, similarities, prefix sums and seeds of a pair of texts.

:func:`lineage.align.similarity.unit_scores` needs, for the units of two texts, the
Gram matrix of their tf-isf vectors and, for every source × target unit pair, the
number of shared words and their summed isf; :func:`pair_products` spreads each
unit's sorted word list into a dense vector once and gathers the others from it,
adding the terms of every sum in increasing word index (the order a sparse matrix
product adds them; ``tests/kernels/test_align_kernels.py`` checks the values
against scipy's).
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


@njit(cache=True, nogil=True)
def unit_entries(
    hashes_a: np.ndarray,
    words_a: np.ndarray,
    units_a: np.ndarray,
    hashes_b: np.ndarray,
    words_b: np.ndarray,
    units_b: np.ndarray,
    na: int,
    nb: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The (unit, word) entries of two texts' units in CSR layout over their joint vocabulary.

    A text's words are numbered in its own vocabulary (``words_*``, whose 64-bit hashes are
    ``hashes_*``); ``units_*`` gives every word's unit (-1: in none; a unit's words are
    consecutive). The joint vocabulary numbers the distinct hashes of both in increasing
    order; the source's units are rows ``0..na-1``, the target's ``na..na+nb-1``. Returns the
    entries' words (sorted within a row), their counts, the rows' starts and the vocabulary's size.
    """
    joined = np.concatenate((hashes_a, hashes_b))
    order = np.argsort(joined)
    rank = np.empty(len(joined), dtype=np.int64)
    n_vocab = 0
    for k in range(len(order)):
        if k > 0 and joined[order[k]] != joined[order[k - 1]]:
            n_vocab += 1
        rank[order[k]] = n_vocab
    if len(order):
        n_vocab += 1
    offset = len(hashes_a)
    total = 0
    for u in units_a:
        total += u >= 0
    for u in units_b:
        total += u >= 0
    indices = np.empty(total, dtype=np.int64)
    counts = np.empty(total, dtype=np.int64)
    indptr = np.zeros(na + nb + 1, dtype=np.int64)
    at = 0
    buffer = np.empty(max(len(units_a), len(units_b), 1), dtype=np.int64)
    for side in range(2):
        words = words_a if side == 0 else words_b
        units = units_a if side == 0 else units_b
        shift = 0 if side == 0 else offset
        row_shift = 0 if side == 0 else na
        k = 0
        while k < len(units):
            if units[k] < 0:
                k += 1
                continue
            end = k
            while end < len(units) and units[end] == units[k]:
                end += 1
            cols = buffer[: end - k]
            for x in range(k, end):
                cols[x - k] = rank[shift + words[x]]
            cols.sort()
            for x in range(len(cols)):
                if x > 0 and cols[x] == cols[x - 1]:
                    counts[at - 1] += 1
                else:
                    indices[at] = cols[x]
                    counts[at] = 1
                    at += 1
            indptr[row_shift + units[k] + 1] = at
            k = end
    # Rows without entries (none in practice: every unit has words) start where the last ended.
    for r in range(1, na + nb + 1):
        if indptr[r] < indptr[r - 1]:
            indptr[r] = indptr[r - 1]
    return indices[:at], counts[:at], indptr, n_vocab


@njit(cache=True, nogil=True)
def pair_scores(
    gram: np.ndarray,
    inter: np.ndarray,
    shared_isf: np.ndarray,
    na: int,
    sizes_a: np.ndarray,
    sizes_b: np.ndarray,
    log_units: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cosine, Dice and shared-isf matrices of source × target units and the 2-D prefix sums of
    the dot products (source × target, source × source, target × target), from
    :func:`pair_products`' results (the prefix sums run down the columns, then along the rows).
    ``log_units``: log(units + 1), as numpy computes it."""
    n = gram.shape[0]
    nb = n - na
    norms = np.sqrt(np.diag(gram).copy())
    cos = np.empty((na, nb))
    dice = np.empty((na, nb))
    shared = np.empty((na, nb))
    for i in range(na):
        for j in range(nb):
            cos[i, j] = gram[i, na + j] / max(norms[i] * norms[na + j], 1e-12)
            dice[i, j] = 2.0 * inter[i, j] / max(sizes_a[i] + sizes_b[j], 1.0)
            shared[i, j] = shared_isf[i, j] / log_units
    return (
        cos,
        dice,
        shared,
        _prefix(gram, 0, na, na, n),
        _prefix(gram, 0, na, 0, na),
        _prefix(gram, na, n, na, n),
    )


@njit(cache=True, inline="always")
def _prefix(matrix: np.ndarray, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
    """2-D prefix sums of ``matrix[r0:r1, c0:c1]`` with a zero first row and column: running
    sums down the columns first, then along the rows (numpy's two ``cumsum`` calls)."""
    rows, cols = r1 - r0, c1 - c0
    out = np.zeros((rows + 1, cols + 1))
    for i in range(rows):
        for j in range(cols):
            out[i + 1, j + 1] = out[i, j + 1] + matrix[r0 + i, c0 + j]
    for i in range(1, rows + 1):
        for j in range(1, cols):
            out[i, j + 1] = out[i, j] + out[i, j + 1]
    return out


@njit(cache=True, nogil=True)
def seed_pairs(
    cos: np.ndarray,
    dice: np.ndarray,
    shared: np.ndarray,
    seed_cos: float,
    seed_dice: float,
    loose_cos: float,
    loose_dice: float,
    min_shared: float,
    rounds: int,
    reach_t: int,
    reach_s: int,
) -> np.ndarray:
    """The seed unit pairs (rows ``(source, target)``, in
    row-major order), looser pairs added along seeds' diagonals for targets that have none (up
    to ``rounds`` times), then only the seeds next to each target's best one kept."""
    na, nb = cos.shape
    seeded = np.zeros((na, nb), dtype=np.bool_)
    loose = np.zeros((na, nb), dtype=np.bool_)
    found = False
    for i in range(na):
        for j in range(nb):
            seeded[i, j] = cos[i, j] >= seed_cos and dice[i, j] >= seed_dice and shared[i, j] >= min_shared
            loose[i, j] = cos[i, j] >= loose_cos and dice[i, j] >= loose_dice and shared[i, j] >= min_shared
            found = found or seeded[i, j]
    if found:
        near = np.zeros((na, nb), dtype=np.bool_)
        free = np.zeros(nb, dtype=np.bool_)
        picked = np.full(nb, -1, dtype=np.int64)
        for _ in range(rounds):
            near[:, :] = False
            for i in range(na):
                for j in range(nb):
                    if not seeded[i, j]:
                        continue
                    for dj in range(1, reach_t + 1):
                        for di in range(reach_s + 1):
                            if i + di < na and j + dj < nb:
                                near[i + di, j + dj] = True
                            if i - di >= 0 and j - dj >= 0:
                                near[i - di, j - dj] = True
            for j in range(nb):
                free[j] = True
                for i in range(na):
                    if seeded[i, j]:
                        free[j] = False
                        break
            added = False
            for j in range(nb):
                picked[j] = -1
                if not free[j]:
                    continue
                best = -1.0
                for i in range(na):
                    if loose[i, j] and near[i, j] and (picked[j] == -1 or cos[i, j] > best):
                        picked[j] = i
                        best = cos[i, j]
                added = added or picked[j] != -1
            if not added:
                break
            for j in range(nb):
                if picked[j] != -1:
                    seeded[picked[j], j] = True
    # For every target, its best seed (the first of the highest cosine); keep the seeds next to it.
    best_row = np.full(nb, -1, dtype=np.int64)
    for i in range(na):
        for j in range(nb):
            if seeded[i, j] and (best_row[j] == -1 or cos[i, j] > cos[best_row[j], j]):
                best_row[j] = i
    out = np.empty((int(seeded.sum()), 2), dtype=np.int64)
    k = 0
    for i in range(na):
        for j in range(nb):
            if seeded[i, j] and abs(i - best_row[j]) <= 1:
                out[k, 0] = i
                out[k, 1] = j
                k += 1
    return out[:k]
