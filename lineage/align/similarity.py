"""Unit similarities of a pair: tf-isf vectors, cosine, Dice and shared rare-word weight.

Every unit becomes a tf-isf vector, the inverse *sentence* frequency computed
over the two texts, so words common to both (the story's names, function words)
weigh little and no stopword list is needed. All source × target unit pairs are
scored at once by compiled kernels (:mod:`lineage.kernels.scores`): cosine, word-set
Dice and the summed isf of the shared words, and 2-D prefix sums of the dot products,
so the dot product of any two unit ranges (their summed vectors) is read in O(1); the
norm of a range is summed from its units' words when asked for (linear in the range,
where a table of every range's norm is quadratic in the text). Two texts of 3,000 units
(``AlignParams.max_units``) hold 288 MB of matrices (with the Gram matrix of both texts'
units and its tables: 864 MB).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..kernels.scores import pair_scores, unit_entries, window_norms
from ..params import AlignParams
from ..text import AnalysedText
from .units import AlignText

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Side:
    """Sentence-level matrices of one text within a pair (its units are those of ``text``)."""

    text: AlignText  # what was prepared of the text alone
    units: tuple[int, ...]  # the (first) sentence of every unit (non-boilerplate sentences with words)
    weights: FloatArray  # raw tf-isf of the (unit, word) entries, in CSR order
    indices: IntArray  # word of every entry
    indptr: IntArray  # entries of unit ``u``: ``indptr[u]:indptr[u + 1]``
    sizes: FloatArray  # distinct words per unit
    starts: IntArray  # character start of every unit
    ends: IntArray  # character end of every unit
    isf: FloatArray  # inverse sentence frequency of every word of the pair's vocabulary

    @property
    def doc(self) -> AnalysedText:
        return self.text.doc

    @property
    def unit_sentences(self) -> tuple[tuple[int, ...], ...]:
        """The sentences of every unit (short ones are joined)."""
        return self.text.unit_sentences

    @property
    def unit_words(self) -> tuple[tuple[int, int], ...]:
        """The word range of every unit (a long sentence has several)."""
        return self.text.unit_words

    @property
    def boilerplate(self) -> tuple[bool, ...]:
        return self.text.boilerplate


@dataclass(frozen=True, slots=True)
class Scores:
    """Sentence-pair similarities (source units × target units) and range-sum tables."""

    cos: FloatArray
    dice: FloatArray
    shared: FloatArray
    dot_sums: FloatArray  # 2-D prefix sums of the tf-isf dot products, source × target
    sides: tuple[Side, Side]  # source and target: their units' tf-isf vectors, to sum a range's norm from
    sentences: tuple[IntArray, IntArray]  # the first sentence of every source and target unit (gaps count sentences)
    last: tuple[IntArray, IntArray]  # the last sentence of every source and target unit


def sides(ta: AlignText, tb: AlignText) -> tuple[Side, Side]:
    """The tf-isf matrices of two prepared texts' units over their joint vocabulary (inverse
    sentence frequency within the pair)."""
    a, b = ta.doc, tb.doc
    na, nb = len(ta.unit_sentences), len(tb.unit_sentences)
    row_a, row_b = ta.unit_of_word, tb.unit_of_word
    n_rows = na + nb
    indices, counts, indptr, n_vocab = unit_entries(
        a.vocabulary_hashes, a.word_ids, row_a, b.vocabulary_hashes, b.word_ids, row_b, na, nb
    )
    n_cols = max(n_vocab, 1)
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


def range_sum(sums: FloatArray, r: tuple[int, int], c: tuple[int, int]) -> float:
    """Sum of the original matrix over rows ``r`` and columns ``c`` (inclusive ranges)."""
    r0, r1 = r[0], r[1] + 1
    c0, c1 = c[0], c[1] + 1
    return float(sums[r1, c1] - sums[r0, c1] - sums[r1, c0] + sums[r0, c0])


def windows_norm_sq(side: Side, starts: IntArray, ends: IntArray) -> FloatArray:
    """Squared norms of the summed tf-isf vectors of units ``starts[k]`` to ``ends[k] - 1``, every ``k``."""
    out: FloatArray = window_norms(side.weights, side.indices, side.indptr, starts, ends, len(side.isf))
    return out


def norm_sq(side: Side, r: tuple[int, int]) -> float:
    """Squared norm of the summed tf-isf vectors of units ``r`` (an inclusive range)."""
    return float(windows_norm_sq(side, np.array([r[0]]), np.array([r[1] + 1]))[0])


def range_cos(s: Scores, src: tuple[int, int], tgt: tuple[int, int]) -> float:
    """Cosine of the summed tf-isf vectors of two unit ranges."""
    norm = float(np.sqrt(norm_sq(s.sides[0], src) * norm_sq(s.sides[1], tgt)))
    return range_sum(s.dot_sums, src, tgt) / norm if norm > 0 else 0.0


def unit_scores(sa: Side, sb: Side) -> Scores:
    """Cosine, Dice and shared-isf matrices of the units, and the prefix sums of their dot products."""
    na, nb = len(sa.sizes), len(sb.sizes)
    weights = np.concatenate([sa.weights, sb.weights])
    indices = np.concatenate([sa.indices, sb.indices])
    indptr = np.concatenate([sa.indptr, sb.indptr[1:] + sa.indptr[-1]])
    order = (np.asarray(sa.units, dtype=np.int64), np.asarray(sb.units, dtype=np.int64))
    last = tuple(np.asarray([u[-1] for u in side.unit_sentences], dtype=np.int64) for side in (sa, sb))
    cos, dice, shared, dot_sums = pair_scores(
        weights, indices, indptr, na, sa.isf, sa.sizes, sb.sizes, float(np.log(na + nb + 1.0))
    )
    return Scores(cos, dice, shared, dot_sums, (sa, sb), order, (last[0], last[1]))


def seed_mask(s: Scores, cosine: float, dice: float, p: AlignParams) -> BoolArray:
    return np.asarray((s.cos >= cosine) & (s.dice >= dice) & (s.shared >= p.min_shared_weight))
