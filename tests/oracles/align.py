"""Reference alignment steps: scipy and numpy versions of what the kernels compute.

The unit matrices (:func:`sides`), their similarities (:func:`unit_scores`), the seeds
(:func:`seeds`) and the exact runs (:func:`exact_runs`) as the package computed them before
its kernels: whole-array operations and scipy sparse products, the same values bit for bit.
Kept here only to check the kernels.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import ndimage, sparse

from lineage.align.runs import RUN_MAX_REPEAT, Run
from lineage.align.seeds import LOOSE_COS, LOOSE_DICE, LOOSE_ROUNDS, REACH_S, REACH_T
from lineage.align.similarity import Scores, Side, seed_mask
from lineage.align.units import RUN_NGRAM, AlignText
from lineage.params import AlignParams

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


def _pair_ids(
    a_hashes: npt.NDArray[np.uint64], a_ids: IntArray, b_hashes: npt.NDArray[np.uint64], b_ids: IntArray
) -> tuple[IntArray, IntArray, int]:
    """Word ids of both texts in one vocabulary, matched by the hashes of their vocabularies."""
    _, inverse = np.unique(np.concatenate([a_hashes, b_hashes]), return_inverse=True)
    inverse = inverse.reshape(-1).astype(np.int64)
    n = len(a_hashes)
    return inverse[:n][a_ids], inverse[n:][b_ids], int(inverse.max()) + 1 if len(inverse) else 0


def sides(ta: AlignText, tb: AlignText) -> tuple[Side, Side]:
    a, b = ta.doc, tb.doc
    na, nb = len(ta.unit_sentences), len(tb.unit_sentences)
    row_a, row_b = ta.unit_of_word, tb.unit_of_word
    n_rows = na + nb
    ids_a, ids_b, n_vocab = _pair_ids(a.vocabulary_hashes, a.word_ids, b.vocabulary_hashes, b.word_ids)
    keep_a, keep_b = row_a >= 0, row_b >= 0
    n_cols = max(n_vocab, 1)
    rows = np.concatenate([row_a[keep_a], row_b[keep_b] + na])
    cols = np.concatenate([ids_a[keep_a], ids_b[keep_b]])
    # Distinct (unit, word) entries sorted by unit then word: the canonical CSR layout.
    keys, counts = np.unique(rows * n_cols + cols, return_counts=True)
    entry_rows, indices = np.divmod(keys, n_cols)
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(entry_rows, minlength=n_rows), out=indptr[1:])
    sf = np.bincount(indices, minlength=n_cols).astype(np.float64)
    isf = np.log((n_rows + 1.0) / np.maximum(sf, 1.0))
    weights = np.asarray(counts * isf[indices], dtype=np.float64)
    sizes = np.diff(indptr).astype(np.float64)
    sides = []
    for text, r0, r1 in ((ta, 0, na), (tb, na, n_rows)):
        e0, e1 = int(indptr[r0]), int(indptr[r1])
        sides.append(
            Side(
                text,
                text.unit_firsts,
                weights[e0:e1],
                indices[e0:e1],
                indptr[r0 : r1 + 1] - e0,
                sizes[r0:r1],
                text.unit_spans[:, 0],
                text.unit_spans[:, 1],
                isf,
            )
        )
    return sides[0], sides[1]


def _prefix(matrix: FloatArray) -> FloatArray:
    """2-D prefix sums with a zero first row and column (range sums in O(1))."""
    out = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1))
    np.cumsum(matrix, axis=0, out=out[1:, 1:])
    np.cumsum(out[1:, 1:], axis=1, out=out[1:, 1:])
    return out


def unit_scores(sa: Side, sb: Side) -> Scores:
    """Cosine, Dice and shared-isf matrices, and the tables of range similarities (the same
    values, by scipy)."""
    na, nb, n_cols = len(sa.sizes), len(sb.sizes), len(sa.isf)
    weights = np.concatenate([sa.weights, sb.weights])
    indices = np.concatenate([sa.indices, sb.indices])
    indptr = np.concatenate([sa.indptr, sb.indptr[1:] + sa.indptr[-1]])
    tfisf = sparse.csr_matrix((weights, indices, indptr), shape=(na + nb, n_cols))
    gram = (tfisf @ tfisf.T).toarray()
    # One product gives both the shared word counts (real part) and their summed isf (imaginary).
    left = sparse.csr_matrix((1.0 + 1j * sa.isf[sa.indices], sa.indices, sa.indptr), shape=(na, n_cols))
    right = sparse.csr_matrix((np.ones(len(sb.indices)), sb.indices, sb.indptr), shape=(nb, n_cols))
    cross = (left @ right.T).toarray()
    inter, shared_isf = cross.real, cross.imag
    order = (np.asarray(sa.units, dtype=np.int64), np.asarray(sb.units, dtype=np.int64))
    last = tuple(np.asarray([u[-1] for u in side.unit_sentences], dtype=np.int64) for side in (sa, sb))
    dot = gram[:na, na:]
    norms = np.sqrt(np.diag(gram))
    cos = dot / np.maximum(np.outer(norms[:na], norms[na:]), 1e-12)
    dice = 2.0 * inter / np.maximum(sa.sizes[:, None] + sb.sizes[None, :], 1.0)
    shared = shared_isf / np.log(na + nb + 1.0)
    return Scores(cos, dice, shared, _prefix(dot), (sa, sb), order, (last[0], last[1]))


def range_norms(side: Side) -> FloatArray:
    """The squared norm of the summed vectors of every range of a side's units, ``out[r0, r1]``
    (inclusive), from the prefix sums of the Gram matrix (scipy) of its units: the table the
    package kept before it summed a range's norm from its words."""
    n = len(side.sizes)
    tfisf = sparse.csr_matrix((side.weights, side.indices, side.indptr), shape=(n, len(side.isf)))
    sums = _prefix((tfisf @ tfisf.T).toarray())
    out = np.zeros((n, n))
    for r0 in range(n):
        for r1 in range(r0, n):
            out[r0, r1] = sums[r1 + 1, r1 + 1] - sums[r0, r1 + 1] - sums[r1 + 1, r0] + sums[r0, r0]
    return out


def range_norm(side: Side, r: tuple[int, int]) -> float:
    """The squared norm of the summed vectors of units ``r`` (inclusive): the rows summed word by
    word in row order, each word's sum squared and added in the order the words first appear."""
    e0, e1 = int(side.indptr[r[0]]), int(side.indptr[r[1] + 1])
    summed: dict[int, float] = {}
    for word, weight in zip(side.indices[e0:e1].tolist(), side.weights[e0:e1].tolist(), strict=True):
        summed[word] = summed.get(word, 0.0) + weight
    total = 0.0
    for value in summed.values():
        total += value * value
    return total


def _diagonal_next(mask: BoolArray, reach_t: int = REACH_T, reach_s: int = REACH_S) -> BoolArray:
    """Cells one or two target units after (or before) a True cell, 0 to ``reach_s`` source
    units further in the same direction."""
    # A dilation by the offsets (di, dj), 0 <= di <= reach_s, 1 <= dj <= reach_t, and their
    # opposites: a symmetric set, so the structure needs no reflecting.
    structure = np.zeros((2 * reach_s + 1, 2 * reach_t + 1), dtype=bool)
    structure[reach_s:, reach_t + 1 :] = True
    structure[: reach_s + 1, :reach_t] = True
    return np.asarray(ndimage.binary_dilation(mask, structure))


def seeds(s: Scores, p: AlignParams) -> list[tuple[int, int]]:
    """Seeds, plus looser pairs that continue a seed's diagonal for target units that have none.

    The next sentence of a copy matches the next sentence (or the same, or one a little
    further) of the source: a looser pair counts there, not anywhere near a seed.
    """
    seeded = seed_mask(s, p.seed_cosine, p.seed_dice, p)
    if seeded.any():
        loose = seed_mask(s, p.seed_cosine * LOOSE_COS, p.seed_dice * LOOSE_DICE, p)
        for _ in range(LOOSE_ROUNDS):
            free: BoolArray = np.asarray(~seeded.any(axis=0))
            candidates = loose & _diagonal_next(seeded) & free[None, :]
            cols = np.nonzero(candidates.any(axis=0))[0]
            if not len(cols):
                break
            rows = np.argmax(np.where(candidates, s.cos, -1.0), axis=0)[cols]
            seeded[rows, cols] = True
    rows, cols = np.nonzero(seeded)
    return _near_best(sorted(zip(rows.tolist(), cols.tolist(), strict=True)), s)


def _near_best(seeds: list[tuple[int, int]], s: Scores) -> list[tuple[int, int]]:
    """Keep, for every target unit, the seeds next to its best one.

    A sentence copied once matches one or two neighbouring source sentences; other
    source sentences it resembles (a generic sentence, shuffled words) would stretch
    the passage over source text that is not reused.
    """
    best: dict[int, int] = {}
    for i, j in seeds:
        if j not in best or s.cos[i, j] > s.cos[best[j], j]:
            best[j] = i
    return [(i, j) for i, j in seeds if abs(i - best[j]) <= 1]


def exact_runs(sa: Side, sb: Side, p: AlignParams) -> list[Run]:
    """Maximal runs of identical words (normalised, unstemmed) shared by the two texts, chained
    where both sides resume a few words further."""
    a, b = sa.doc, sb.doc
    n = RUN_NGRAM
    if len(a.surface_ids) < n or len(b.surface_ids) < n:
        return []
    ha, hb = sa.text.ngrams, sb.text.ngrams
    order_a = np.argsort(ha, kind="stable")
    sorted_a = ha[order_a]
    lo = np.searchsorted(sorted_a, hb, side="left")
    count_a = np.searchsorted(sorted_a, hb, side="right") - lo
    # N-grams repeated too often on either side anchor nothing.
    _, inverse_b, count_b = np.unique(hb, return_inverse=True, return_counts=True)
    keep = (count_a > 0) & (count_a <= RUN_MAX_REPEAT) & (count_b[inverse_b.reshape(-1)] <= RUN_MAX_REPEAT)
    js = np.flatnonzero(keep)
    if not len(js):
        return []
    counts = count_a[js]
    total = int(counts.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    j_all = np.repeat(js, counts)
    i_all = order_a[np.repeat(lo[js], counts) + offsets]
    d_all = i_all - j_all
    order = np.lexsort((j_all, d_all))
    d_all, j_all = d_all[order], j_all[order]
    breaks = np.flatnonzero((np.diff(d_all) != 0) | (np.diff(j_all) != 1)) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks - 1, [len(j_all) - 1]))
    j0s, j1s, ds = j_all[firsts], j_all[lasts] + n, d_all[firsts]
    long_ = np.flatnonzero(j1s - j0s >= p.min_run_words)
    runs = [
        Run(j0 + d, j1 + d, j0, j1)
        for j0, j1, d in zip(j0s[long_].tolist(), j1s[long_].tolist(), ds[long_].tolist(), strict=True)
    ]
    runs.sort(key=lambda r: (r.b0, r.a0))
    # Chain runs that follow each other on both sides, a few words apart (a changed word).
    blocks: list[Run] = []
    for r in runs:
        last = blocks[-1] if blocks else None
        if last is not None and 0 <= r.b0 - last.b1 <= n + 3 and 0 <= r.a0 - last.a1 <= n + 3:
            blocks[-1] = Run(last.a0, r.a1, last.b0, r.b1)
        else:
            blocks.append(r)
    return blocks
