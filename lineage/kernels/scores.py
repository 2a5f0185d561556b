"""Unit-pair scoring: tf-isf products, similarities, prefix sums and seeds of a pair of texts.

:func:`lineage.align.similarity.unit_scores` needs, for every source × target unit pair,
the cosine of their tf-isf vectors, the Dice coefficient of their word sets and the summed
isf of their shared words, and the 2-D prefix sums of their dot products.
:func:`pair_scores` spreads each source unit's sorted word list into a dense vector once
and gathers every target unit's from it, adding the terms of every sum in increasing word
index (the order a sparse matrix product adds them; ``tests/kernels/test_align_kernels.py``
checks the values against scipy's, bit for bit). Only source × target products are made
and only the four matrices kept: the work and the memory are the pair's, never the square
of one text's units. The norm of a run of one text's units (a passage) is summed from its
words when asked for (:func:`window_norms`): linear in the run, where a table of every
run's norm would be quadratic in the text.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def pair_scores(
    weights: np.ndarray,
    indices: np.ndarray,
    indptr: np.ndarray,
    na: int,
    isf: np.ndarray,
    sizes_a: np.ndarray,
    sizes_b: np.ndarray,
    log_units: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cosine, Dice and shared-isf matrices of source × target units and the 2-D prefix sums
    of their dot products.

    The units of both texts are rows of one CSR matrix (``weights, indices, indptr``, indices
    sorted within a row) over the ``len(isf)`` words of the pair; the first ``na`` rows are the
    source's. Each source row in turn is spread into a dense vector and the target rows gather
    from it: the terms of a sum are added in increasing word index (the words a row lacks add
    zeros). A row's norm is the root of its summed squared weights, in the row's order. The
    prefix sums have a zero first row and column and run down the columns, then along the
    rows (numpy's two ``cumsum`` calls): one running sum per column is carried from row to
    row. ``log_units``: log(units + 1), as numpy computes it.
    """
    n = len(indptr) - 1
    nb = n - na
    norms = np.empty(n)
    for r in range(n):
        total = 0.0
        for e in range(indptr[r], indptr[r + 1]):
            total += weights[e] * weights[e]
        norms[r] = np.sqrt(total)
    cos = np.empty((na, nb))
    dice = np.empty((na, nb))
    shared = np.empty((na, nb))
    dot_sums = np.zeros((na + 1, nb + 1))
    column = np.zeros(nb)  # running sums of the dot products down every column
    dense = np.zeros(len(isf))
    present = np.zeros(len(isf))
    for r in range(na):
        for e in range(indptr[r], indptr[r + 1]):
            dense[indices[e]] = weights[e]
            present[indices[e]] = 1.0
        for c in range(nb):
            dot = 0.0
            count = 0.0
            summed = 0.0
            for e in range(indptr[na + c], indptr[na + c + 1]):
                word = indices[e]
                dot += dense[word] * weights[e]
                hit = present[word]
                count += hit
                summed += hit * isf[word]
            cos[r, c] = dot / max(norms[r] * norms[na + c], 1e-12)
            dice[r, c] = 2.0 * count / max(sizes_a[r] + sizes_b[c], 1.0)
            shared[r, c] = summed / log_units
            column[c] += dot
        if nb:
            dot_sums[r + 1, 1] = column[0]
        for c in range(1, nb):
            dot_sums[r + 1, c + 1] = dot_sums[r + 1, c] + column[c]
        for e in range(indptr[r], indptr[r + 1]):
            dense[indices[e]] = 0.0
            present[indices[e]] = 0.0
    return cos, dice, shared, dot_sums


@njit(cache=True, nogil=True)
def window_norms(
    weights: np.ndarray, indices: np.ndarray, indptr: np.ndarray, starts: np.ndarray, ends: np.ndarray, n_words: int
) -> np.ndarray:
    """The squared norm of the sum of rows ``starts[k]`` to ``ends[k] - 1`` of a CSR matrix over
    ``n_words`` words, for every ``k``: each word's weights summed in row order into a dense
    scratch vector, then squared and added in the order the words first appear in the window,
    and the scratch cleared. Linear in the windows' entries."""
    out = np.empty(len(starts))
    dense = np.zeros(n_words)
    seen = np.zeros(n_words, dtype=np.bool_)
    touched = np.empty(n_words, dtype=np.int64)
    for k in range(len(starts)):
        count = 0
        for e in range(indptr[starts[k]], indptr[ends[k]]):
            word = indices[e]
            if not seen[word]:
                seen[word] = True
                touched[count] = word
                count += 1
            dense[word] += weights[e]
        total = 0.0
        for t in range(count):
            word = touched[t]
            total += dense[word] * dense[word]
            dense[word] = 0.0
            seen[word] = False
        out[k] = total
    return out


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
