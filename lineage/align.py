"""Sentence and passage alignment of one ordered pair of texts (source → target).

The method follows Sanchez-Perez, Sidorov and Gelbukh (PAN 2014, and the
adaptive version of CLEF 2015), with character-exact verbatim boundaries:

1. Both texts are segmented and normalised (:mod:`lineage.text`); boilerplate
   sentences are set aside (:mod:`lineage.boilerplate`). The alignment *units*
   are the sentences, except that a sentence of more than ``max_unit_words``
   words is cut into equal runs of words (text whose punctuation was lost) and
   consecutive sentences of fewer than ``min_unit_words`` words are joined
   (fragments, list items). Gaps and sizes still count sentences.
2. Every unit becomes a tf-isf vector, the inverse *sentence* frequency
   computed over the two texts, so words common to both (the story's names,
   function words) weigh little and no stopword list is needed. All unit
   pairs are scored at once with sparse matrix products: cosine, word-set Dice
   and the summed isf of the shared words. A pair is a *seed* when all three
   pass their thresholds; the last one keeps short generic sentences from
   matching by accident. Looser pairs that continue a seed's diagonal (the next
   target unit against the next source units) are added as seeds too; a target
   unit keeps only the seeds next to its best source unit.
3. Seeds are clustered along both texts: a cluster is split wherever its seeds
   leave a gap of more than ``max_gap`` sentences on either side, alternately
   on the target and on the source, until nothing changes. A cluster whose two
   unit ranges are not similar as a whole (cosine of the summed tf-isf
   vectors) is clustered again with a smaller gap. Its ends move while that
   raises the similarity, then grow over neighbouring unit pairs that are a
   little alike (``extend_cosine``): the reworded edges of a copy.
4. Summaries: a second clustering of looser seeds allows large gaps on the
   source side; a compact target passage that condenses a source span several
   times longer is a summary of it (when it draws on most of the source, of the
   whole source).
5. Verbatim runs: shared word n-grams on the same diagonal are chained into
   maximal exact runs. A passage made of them gets character-exact boundaries;
   long runs outside any cluster become passages of their own.
6. Passages overlapping on the target are resolved (merged when they overlap
   on the source too, else the lighter one gives up the overlap or is
   dropped); neighbouring passages that continue each other on both texts are
   merged, and neighbours that together condense a longer source span become
   a summary. Where one passage copies 50+ words verbatim, the others need a
   near-identical sentence pair or a verbatim neighbour. Inside each passage,
   seeds become sentence-level *links* (one-to-one, one-to-many,
   many-to-one), labelled ``verbatim`` or ``rewritten`` by the rapidfuzz ratio
   of their normalised texts (``process.cpdist``, one batch per passage),
   scored, and diffed for fact drift.

All unit-pair scoring is vectorised (numpy/scipy); Python loops run over
seeds, clusters and passages only. The functions here are pure: no I/O, no
global state.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from scipy import ndimage, sparse

from .boilerplate import boilerplate_flags
from .drift import DriftContext, DriftFacts, drift_context, drift_facts, find_drift
from .models import Comparison, Label, Link, Passage, Span
from .params import AlignParams
from .text import AnalysedText, analyse

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

COMPILED_UNITS = 300  # pairs with at most this many units are scored by lineage.scorekernel, larger by scipy
LOOSE_COS, LOOSE_DICE = 0.6, 0.85  # a looser pair continuing a seed's diagonal: these shares of the seed thresholds
# Looser pairs are looked for this many times, 1 to _REACH_T target units and 0 to _REACH_S source
# units along a seed's diagonal.
_LOOSE_ROUNDS, _REACH_T, _REACH_S = 8, 2, 3
# Words per hashed n-gram when looking for exact runs.
_RUN_NGRAM = 5
# An n-gram occurring more often than this in either text does not anchor runs.
_RUN_MAX_REPEAT = 8


@dataclass(frozen=True, slots=True)
class _Side:
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
class _Scores:
    """Sentence-pair similarities (source units × target units) and range-sum tables."""

    cos: FloatArray
    dice: FloatArray
    shared: FloatArray
    dot_sums: FloatArray  # 2-D prefix sums of the tf-isf dot products, source × target
    src_sums: FloatArray  # the same, source × source
    tgt_sums: FloatArray  # the same, target × target
    sentences: tuple[IntArray, IntArray]  # the first sentence of every source and target unit (gaps count sentences)
    last: tuple[IntArray, IntArray]  # the last sentence of every source and target unit


@dataclass(slots=True)
class _Cluster:
    """A passage under construction: unit ranges (inclusive), its seeds and similarity."""

    src: tuple[int, int]
    tgt: tuple[int, int]
    seeds: list[tuple[int, int]]
    sim: float
    summary: bool = False


@dataclass(frozen=True, slots=True)
class _Run:
    """An exact run of shared words: word index ranges ``[a0, a1)`` and ``[b0, b1)``."""

    a0: int
    a1: int
    b0: int
    b1: int


@dataclass(slots=True)
class _Group:
    """A link under construction: source and target unit positions."""

    src: list[int]
    tgt: list[int]
    score: float


@dataclass(frozen=True, slots=True, eq=False)
class AlignText:
    """What aligning needs of one text whatever the other: its analysis, boilerplate, units
    and n-gram hashes. Made by :func:`prepare_text`; a text aligned with several
    others (a query's article, a wire story and its copies) is prepared once."""

    doc: AnalysedText
    boilerplate: tuple[bool, ...]
    unit_sentences: tuple[tuple[int, ...], ...]
    unit_words: tuple[tuple[int, int], ...]
    unit_spans: IntArray  # (units, 2) character spans
    unit_of_word: IntArray  # the unit of every word, -1 for words in no unit
    ngrams: npt.NDArray[np.uint64]  # hashes of every word _RUN_NGRAM-gram (normalised, unstemmed words)
    unit_params: tuple[int, int]  # (min_unit_words, max_unit_words) the units were cut with
    unit_firsts: tuple[int, ...]  # the first sentence of every unit
    drift: DriftFacts  # what drift needs of the text
    countable: int  # characters of its sentences that have words and are not boilerplate
    in_units: tuple[int, ...]  # the sentences of its units, sorted
    boilerplate_spans: tuple[Span, ...]  # the spans of its boilerplate sentences


def prepare_text(doc: AnalysedText, p: AlignParams) -> AlignText:
    """Prepare one analysed text for :func:`align` (pure)."""
    flags = boilerplate_flags(doc)
    units, words, spans = _units(doc, flags, p)
    n = _RUN_NGRAM
    ngrams = (
        _ngram_hashes(doc.surface_hashes[doc.surface_ids], n)
        if len(doc.surface_ids) >= n
        else np.zeros(0, dtype=np.uint64)
    )
    return AlignText(
        doc,
        flags,
        units,
        words,
        spans,
        _unit_of_words(doc, words),
        ngrams,
        (p.min_unit_words, p.max_unit_words),
        tuple(u[0] for u in units),
        drift_facts(doc),
        _countable(doc, flags),
        tuple(sorted({k for u in units for k in u})),
        tuple(x.span for x in doc.sentences if flags[x.index]),
    )


def _countable(doc: AnalysedText, flags: tuple[bool, ...]) -> int:
    """Characters of the sentences that have words and are not boilerplate (what shares count)."""
    return sum(
        s.span[1] - s.span[0]
        for s in doc.sentences
        if not flags[s.index] and doc.sentence_words[s.index][1] > doc.sentence_words[s.index][0]
    )


def _prepared(x: AnalysedText | AlignText, p: AlignParams) -> AlignText:
    if isinstance(x, AlignText) and x.unit_params == (p.min_unit_words, p.max_unit_words):
        return x
    return prepare_text(x.doc if isinstance(x, AlignText) else x, p)


def compare(
    source: str | AnalysedText,
    target: str | AnalysedText,
    params: AlignParams | None = None,
    *,
    compiled: bool = False,
) -> Comparison:
    """Align ``target`` against ``source``: which of its passages reuse source text.

    Args:
        source: the possible parent, as text or already analysed.
        target: the possible copy, as text or already analysed.
        params: thresholds; defaults when None.
        compiled: score unit pairs with the compiled kernel (:mod:`lineage.scorekernel`):
            the same result, faster for many pairs, but loading numba costs about a second
            once per process.

    Returns:
        The passages (spans into the given strings), shares, the target's own
        sentences and its boilerplate.
    """
    p = params or AlignParams()
    a = source if isinstance(source, AnalysedText) else analyse(source, compiled=compiled)
    b = target if isinstance(target, AnalysedText) else analyse(target, compiled=compiled)
    return align(a, b, p, compiled=compiled)


def align(
    a: AnalysedText | AlignText, b: AnalysedText | AlignText, p: AlignParams, *, compiled: bool = False
) -> Comparison:
    """Align two analysed (or prepared: :func:`prepare_text`) texts (see :func:`compare`)."""
    sa, sb = _sides(_prepared(a, p), _prepared(b, p), compiled)
    clusters: list[_Cluster] = []
    scores: _Scores | None = None
    if sa.units and sb.units:
        scores = _scores(sa, sb, compiled)
        seeds = _seeds(scores, p, compiled)
        clusters = _clusters(seeds, scores, p, p.max_gap, p.max_gap)
    runs = _exact_runs(sa, sb, p, compiled)
    if scores is not None:
        clusters = _with_summaries(clusters, runs, scores, sa, sb, p)
    spans = _condensed(_resolve(_spans(clusters, runs, scores, sa, sb, p), sa, sb), sa, sb, p)
    spans = _held_to_copy(spans, scores, sb, p)
    return _comparison(spans, scores, sa, sb, p)


# --- matrices ---------------------------------------------------------------------------


def _pair_ids(
    a_hashes: npt.NDArray[np.uint64], a_ids: IntArray, b_hashes: npt.NDArray[np.uint64], b_ids: IntArray
) -> tuple[IntArray, IntArray, int]:
    """Word ids of both texts in one vocabulary, matched by the hashes of their vocabularies."""
    _, inverse = np.unique(np.concatenate([a_hashes, b_hashes]), return_inverse=True)
    inverse = inverse.reshape(-1).astype(np.int64)
    n = len(a_hashes)
    return inverse[:n][a_ids], inverse[n:][b_ids], int(inverse.max()) + 1 if len(inverse) else 0


def _unit_of_words(doc: AnalysedText, unit_words: tuple[tuple[int, int], ...]) -> IntArray:
    """For every word of ``doc``, the position of its unit (-1: not in a unit)."""
    out = np.full(len(doc.word_ids), -1, dtype=np.int64)
    for pos, (w0, w1) in enumerate(unit_words):
        out[w0:w1] = pos
    return out


def _units(
    doc: AnalysedText, flags: tuple[bool, ...], p: AlignParams
) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, int], ...], IntArray]:
    """The alignment units of a text: its sentences, where a sentence of more than
    ``max_unit_words`` words is cut into equal runs of words (a text whose punctuation was
    lost, a run-on sentence) and consecutive sentences of fewer than ``min_unit_words``
    words are joined (list items, fragments cut by stray punctuation).

    Returns the sentences of every unit, its word range and its character spans.
    """
    sentences: list[tuple[int, ...]] = []
    words: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    pending: list[int] = []  # short sentences waiting to be joined

    def flush() -> None:
        if pending:
            sentences.append(tuple(pending))
            words.append((doc.sentence_words[pending[0]][0], doc.sentence_words[pending[-1]][1]))
            spans.append((doc.sentences[pending[0]].span[0], doc.sentences[pending[-1]].span[1]))
            pending.clear()

    for k, (w0, w1) in enumerate(doc.sentence_words):
        if flags[k]:
            flush()
            continue
        if w1 <= w0:
            continue
        pending.append(k)
        size = w1 - doc.sentence_words[pending[0]][0]
        if size < p.min_unit_words:
            continue
        if len(pending) > 1 or size <= p.max_unit_words:
            flush()
            continue
        pending.clear()
        start, end = doc.sentences[k].span
        pieces = -(-(w1 - w0) // p.max_unit_words)
        cuts = [w0 + (w1 - w0) * q // pieces for q in range(pieces + 1)]
        for q in range(pieces):
            c0, c1 = cuts[q], cuts[q + 1]
            sentences.append((k,))
            words.append((c0, c1))
            spans.append(
                (start if q == 0 else int(doc.word_starts[c0]), end if q == pieces - 1 else int(doc.word_ends[c1 - 1]))
            )
    flush()
    return tuple(sentences), tuple(words), np.array(spans, dtype=np.int64).reshape(-1, 2)


def _sides(ta: AlignText, tb: AlignText, compiled: bool = False) -> tuple[_Side, _Side]:
    a, b = ta.doc, tb.doc
    na, nb = len(ta.unit_sentences), len(tb.unit_sentences)
    row_a, row_b = ta.unit_of_word, tb.unit_of_word
    n_rows = na + nb
    if compiled:
        from .scorekernel import unit_entries  # numba: loaded once a process (see compare())

        indices, counts, indptr, n_vocab = unit_entries(
            a.vocabulary_hashes, a.word_ids, row_a, b.vocabulary_hashes, b.word_ids, row_b, na, nb
        )
        n_cols = max(n_vocab, 1)
    else:
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
            _Side(
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


def _range_sum(sums: FloatArray, r: tuple[int, int], c: tuple[int, int]) -> float:
    """Sum of the original matrix over rows ``r`` and columns ``c`` (inclusive ranges)."""
    r0, r1 = r[0], r[1] + 1
    c0, c1 = c[0], c[1] + 1
    return float(sums[r1, c1] - sums[r0, c1] - sums[r1, c0] + sums[r0, c0])


def _scores(sa: _Side, sb: _Side, compiled: bool = False) -> _Scores:
    """Cosine, Dice and shared-isf matrices, and the tables of range similarities (the same
    values, bit for bit, from the compiled kernel or scipy)."""
    na, nb, n_cols = len(sa.sizes), len(sb.sizes), len(sa.isf)
    weights = np.concatenate([sa.weights, sb.weights])
    indices = np.concatenate([sa.indices, sb.indices])
    indptr = np.concatenate([sa.indptr, sb.indptr[1:] + sa.indptr[-1]])
    if compiled and na + nb <= COMPILED_UNITS:
        # Imported here: numba loads in about a second, once a process (see compare()).
        from .scorekernel import pair_products

        gram, inter, shared_isf = pair_products(weights, indices, indptr, na, sa.isf, n_cols)
    else:
        tfisf = sparse.csr_matrix((weights, indices, indptr), shape=(na + nb, n_cols))
        gram = (tfisf @ tfisf.T).toarray()
        # One product gives both the shared word counts (real part) and their summed isf (imaginary).
        left = sparse.csr_matrix((1.0 + 1j * sa.isf[sa.indices], sa.indices, sa.indptr), shape=(na, n_cols))
        right = sparse.csr_matrix((np.ones(len(sb.indices)), sb.indices, sb.indptr), shape=(nb, n_cols))
        cross = (left @ right.T).toarray()
        inter, shared_isf = cross.real, cross.imag
    order = (np.asarray(sa.units, dtype=np.int64), np.asarray(sb.units, dtype=np.int64))
    last = tuple(np.asarray([u[-1] for u in side.unit_sentences], dtype=np.int64) for side in (sa, sb))
    if compiled and na + nb <= COMPILED_UNITS:
        from .scorekernel import pair_scores

        matrices = pair_scores(gram, inter, shared_isf, na, sa.sizes, sb.sizes, float(np.log(na + nb + 1.0)))
        return _Scores(*matrices, order, (last[0], last[1]))
    dot, gram_a, gram_b = gram[:na, na:], gram[:na, :na], gram[na:, na:]
    norms = np.sqrt(np.diag(gram))
    cos = dot / np.maximum(np.outer(norms[:na], norms[na:]), 1e-12)
    dice = 2.0 * inter / np.maximum(sa.sizes[:, None] + sb.sizes[None, :], 1.0)
    shared = shared_isf / np.log(na + nb + 1.0)
    return _Scores(cos, dice, shared, _prefix(dot), _prefix(gram_a), _prefix(gram_b), order, (last[0], last[1]))


def _range_cos(s: _Scores, src: tuple[int, int], tgt: tuple[int, int]) -> float:
    """Cosine of the summed tf-isf vectors of two unit ranges."""
    norm = float(np.sqrt(_range_sum(s.src_sums, src, src) * _range_sum(s.tgt_sums, tgt, tgt)))
    return _range_sum(s.dot_sums, src, tgt) / norm if norm > 0 else 0.0


def _seed_mask(s: _Scores, cosine: float, dice: float, p: AlignParams) -> BoolArray:
    return np.asarray((s.cos >= cosine) & (s.dice >= dice) & (s.shared >= p.min_shared_weight))


def _diagonal_next(mask: BoolArray, reach_t: int = _REACH_T, reach_s: int = _REACH_S) -> BoolArray:
    """Cells one or two target units after (or before) a True cell, 0 to ``reach_s`` source
    units further in the same direction."""
    # A dilation by the offsets (di, dj), 0 <= di <= reach_s, 1 <= dj <= reach_t, and their
    # opposites: a symmetric set, so the structure needs no reflecting.
    structure = np.zeros((2 * reach_s + 1, 2 * reach_t + 1), dtype=bool)
    structure[reach_s:, reach_t + 1 :] = True
    structure[: reach_s + 1, :reach_t] = True
    return np.asarray(ndimage.binary_dilation(mask, structure))


def _seeds(s: _Scores, p: AlignParams, compiled: bool = False) -> list[tuple[int, int]]:
    """Seeds, plus looser pairs that continue a seed's diagonal for target units that have none.

    The next sentence of a copy matches the next sentence (or the same, or one a little
    further) of the source: a looser pair counts there, not anywhere near a seed. The same
    seeds from the compiled kernel (:func:`lineage.scorekernel.seed_pairs`).
    """
    if compiled:
        from .scorekernel import seed_pairs

        loose_cos, loose_dice = p.seed_cosine * LOOSE_COS, p.seed_dice * LOOSE_DICE
        pairs = seed_pairs(
            s.cos,
            s.dice,
            s.shared,
            p.seed_cosine,
            p.seed_dice,
            loose_cos,
            loose_dice,
            p.min_shared_weight,
            _LOOSE_ROUNDS,
            _REACH_T,
            _REACH_S,
        )
        return [(i, j) for i, j in pairs.tolist()]
    seeded = _seed_mask(s, p.seed_cosine, p.seed_dice, p)
    if seeded.any():
        loose = _seed_mask(s, p.seed_cosine * LOOSE_COS, p.seed_dice * LOOSE_DICE, p)
        for _ in range(_LOOSE_ROUNDS):
            free: BoolArray = np.asarray(~seeded.any(axis=0))
            candidates = loose & _diagonal_next(seeded) & free[None, :]
            cols = np.nonzero(candidates.any(axis=0))[0]
            if not len(cols):
                break
            rows = np.argmax(np.where(candidates, s.cos, -1.0), axis=0)[cols]
            seeded[rows, cols] = True
    rows, cols = np.nonzero(seeded)
    return _near_best(sorted(zip(rows.tolist(), cols.tolist(), strict=True)), s)


def _near_best(seeds: list[tuple[int, int]], s: _Scores) -> list[tuple[int, int]]:
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


def _split(
    seeds: list[tuple[int, int]], axis: int, gap: int, first: IntArray, final: IntArray
) -> list[list[tuple[int, int]]]:
    """Split seeds wherever they leave more than ``gap`` sentences free on ``axis``."""
    ordered = sorted(seeds, key=lambda x: (x[axis], x[1 - axis]))
    groups = [[ordered[0]]]
    last = ordered[0][axis]
    for seed in ordered[1:]:
        if first[seed[axis]] - final[last] - 1 > gap:
            groups.append([seed])
        else:
            groups[-1].append(seed)
        last = max(last, seed[axis])
    return groups


def _cluster_seeds(seeds: list[tuple[int, int]], src_gap: int, tgt_gap: int, s: _Scores) -> list[list[tuple[int, int]]]:
    """Alternate splits along the target and the source until both are stable."""
    clusters = [seeds]
    stable = 0
    axis = 1
    while stable < 2:
        gap = tgt_gap if axis == 1 else src_gap
        new = [g for c in clusters for g in _split(c, axis, gap, s.sentences[axis], s.last[axis])]
        stable = stable + 1 if len(new) == len(clusters) else 0
        clusters = new
        axis = 1 - axis
    return clusters


def _make_cluster(seeds: list[tuple[int, int]], s: _Scores) -> _Cluster:
    src = (min(i for i, _ in seeds), max(i for i, _ in seeds))
    tgt = (min(j for _, j in seeds), max(j for _, j in seeds))
    return _Cluster(src, tgt, seeds, _range_cos(s, src, tgt))


def _refine(c: _Cluster, s: _Scores, p: AlignParams) -> _Cluster:
    """Move the cluster's ends by one unit at a time while that raises its similarity."""
    n_src, n_tgt = s.cos.shape
    src, tgt, sim = c.src, c.tgt, c.sim
    # Units holding a seed as strong as seeding asks stay in.
    firm_src = {i for i, j in c.seeds if s.cos[i, j] >= p.seed_cosine}
    firm_tgt = {j for i, j in c.seeds if s.cos[i, j] >= p.seed_cosine}
    for _ in range(2 * (p.max_gap + 1)):
        options = [
            ((src[0] + 1, src[1]), tgt),
            ((src[0], src[1] - 1), tgt),
            (src, (tgt[0] + 1, tgt[1])),
            (src, (tgt[0], tgt[1] - 1)),
            ((src[0] - 1, src[1]), tgt),
            ((src[0], src[1] + 1), tgt),
            (src, (tgt[0] - 1, tgt[1])),
            (src, (tgt[0], tgt[1] + 1)),
        ]
        best: tuple[tuple[int, int], tuple[int, int], float] | None = None
        for o_src, o_tgt in options:
            if not (0 <= o_src[0] <= o_src[1] < n_src and 0 <= o_tgt[0] <= o_tgt[1] < n_tgt):
                continue
            dropped_src = {src[0], src[1]} - set(range(o_src[0], o_src[1] + 1))
            dropped_tgt = {tgt[0], tgt[1]} - set(range(o_tgt[0], o_tgt[1] + 1))
            if dropped_src & firm_src or dropped_tgt & firm_tgt:
                continue
            o_sim = _range_cos(s, o_src, o_tgt)
            if o_sim > sim + p.refine_gain and (best is None or o_sim > best[2]):
                best = (o_src, o_tgt, o_sim)
        if best is None:
            break
        src, tgt, sim = best
    return _Cluster(src, tgt, c.seeds, sim, c.summary)


def _clusters(seeds: list[tuple[int, int]], s: _Scores, p: AlignParams, src_gap: int, tgt_gap: int) -> list[_Cluster]:
    """Seed clusters whose two ranges are similar as a whole, re-clustering with smaller gaps."""
    if not seeds:
        return []
    out: list[_Cluster] = []
    for group in _cluster_seeds(seeds, src_gap, tgt_gap, s):
        cluster = _make_cluster(group, s)
        if cluster.sim >= p.passage_cosine:
            out.append(_extend(_refine(cluster, s, p) if p.refine_gain < 1.0 else cluster, s, p))
        elif max(src_gap, tgt_gap) > 0 and len(group) > 1:
            out.extend(_clusters(group, s, p, max(src_gap - 1, 0), max(tgt_gap - 1, 0)))
    return out


def _extend(c: _Cluster, s: _Scores, p: AlignParams) -> _Cluster:
    """Grow a passage over the next unit on both texts (or the previous, at its start) while
    that unit pair is a little alike: the edges of a reworded copy score below seeding."""
    n_src, n_tgt = s.cos.shape
    src, tgt = c.src, c.tgt
    for _ in range(p.max_gap):
        moved = False
        if tgt[1] + 1 < n_tgt:
            i0, i1 = max(src[1] - 1, 0), min(src[1] + 2, n_src - 1)
            col = s.cos[i0 : i1 + 1, tgt[1] + 1]
            if len(col) and col.max() >= p.extend_cosine:
                tgt = (tgt[0], tgt[1] + 1)
                src = (src[0], max(src[1], i0 + int(np.argmax(col))))
                moved = True
        if tgt[0] > 0:
            i0, i1 = max(src[0] - 2, 0), min(src[0] + 1, n_src - 1)
            col = s.cos[i0 : i1 + 1, tgt[0] - 1]
            if len(col) and col.max() >= p.extend_cosine:
                tgt = (tgt[0] - 1, tgt[1])
                src = (min(src[0], i0 + int(np.argmax(col))), src[1])
                moved = True
        if not moved:
            break
    if (src, tgt) == (c.src, c.tgt):
        return c
    return _Cluster(src, tgt, c.seeds, _range_cos(s, src, tgt), c.summary)


def _chars(side: _Side, r: tuple[int, int]) -> int:
    return int(side.ends[r[1]] - side.starts[r[0]])


def _with_summaries(
    clusters: list[_Cluster], runs: list[_Run], s: _Scores, sa: _Side, sb: _Side, p: AlignParams
) -> list[_Cluster]:
    """Add summaries: compact target passages drawing on a much longer source span.

    A target passage holding a long exact run (several sentences copied word for word) is a
    copy, not a summary.
    """
    copied = [
        (int(sb.doc.word_starts[r.b0]), int(sb.doc.word_ends[r.b1 - 1]))
        for r in runs
        if r.b1 - r.b0 >= p.summary_max_run
    ]

    def copy_like(c: _Cluster) -> bool:
        """A good part of the passage is aligned at its own length, or copied word for word."""
        return any(sb.starts[c.tgt[0]] < end and start < sb.ends[c.tgt[1]] for start, end in copied) or any(
            _chars(sa, x.src) < p.summary_ratio * _chars(sb, x.tgt) * 2 / 3
            and _overlap_chars(sb, x.tgt, c.tgt) >= 0.4 * _chars(sb, c.tgt)
            for x in clusters
        )

    mask = _seed_mask(s, p.summary_cosine, p.summary_dice, p)
    rows, cols = np.nonzero(mask)
    loose = sorted(zip(rows.tolist(), cols.tolist(), strict=True))
    summaries: list[_Cluster] = []
    for group in _cluster_seeds(loose, p.summary_gap, p.max_gap, s) if loose else []:
        c = _make_cluster(group, s)
        seeded_targets = len({sb.units[j] for _, j in group})
        if (
            seeded_targets >= p.summary_sentences
            and _chars(sa, c.src) >= p.summary_ratio * _chars(sb, c.tgt)
            and c.sim >= p.summary_cosine
            # At least one sentence pair as alike as a seed: a summary keeps some sentence close.
            and max(float(s.cos[i, j]) for i, j in group) >= p.seed_cosine
            and not copy_like(c)
        ):
            c.summary = True
            summaries.append(c)
    if not summaries:
        # The target may condense the whole source where sentence pairs show little: a window
        # more like the whole source than any passage found inside it is aligned at its own length.
        window = _summary_window(s, sa, sb, p)
        if window is not None and all(_overlaps(x.tgt, window.tgt) and x.sim < window.sim for x in clusters):
            summaries.append(window)
    if not summaries:
        return clusters
    kept = [c for c in clusters if not any(_overlaps(c.tgt, x.tgt) for x in summaries)]
    return kept + summaries


def _summary_window(s: _Scores, sa: _Side, sb: _Side, p: AlignParams) -> _Cluster | None:
    """The run of target sentences most similar to the whole source, when it is a summary of it.

    Windows of ``summary_sentences`` to ``summary_window`` target units at most
    ``1 / summary_ratio`` of the source's length are compared with the whole source
    (cosine of the summed tf-isf vectors); the best one is a summary when that cosine
    reaches ``summary_window_cosine``.
    """
    n_src, n_tgt = s.cos.shape
    src_chars = _chars(sa, (0, n_src - 1))
    src_norm = float(s.src_sums[-1, -1])
    dots = s.dot_sums[-1, :]
    t = s.tgt_sums
    # Every window at once, by size then start: the first best one is the smallest, earliest.
    sizes = np.arange(p.summary_sentences, min(p.summary_window, n_tgt) + 1)
    if not len(sizes):
        return None
    counts = n_tgt - sizes + 1
    j0 = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    j1 = j0 + np.repeat(sizes, counts)  # exclusive
    norms = t[j1, j1] - t[j0, j1] - t[j1, j0] + t[j0, j0]
    cos = (dots[j1] - dots[j0]) / np.sqrt(np.maximum(norms * src_norm, 1e-12))
    cos[(sb.ends[j1 - 1] - sb.starts[j0]) * p.summary_ratio > src_chars] = 0.0
    at = int(np.argmax(cos))
    sim = float(cos[at])
    if sim < p.summary_window_cosine:
        return None
    lo, hi = int(j0[at]), int(j1[at]) - 1
    rows = np.argmax(s.cos[:, lo : hi + 1], axis=0).tolist()
    seeds = [(i, lo + k) for k, i in enumerate(rows)]
    return _Cluster((0, n_src - 1), (lo, hi), seeds, sim, summary=True)


def _overlap_chars(side: _Side, x: tuple[int, int], y: tuple[int, int]) -> int:
    lo, hi = max(x[0], y[0]), min(x[1], y[1])
    return int(side.ends[hi] - side.starts[lo]) if lo <= hi else 0


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


# --- exact runs ---------------------------------------------------------------------------


def _exact_runs(sa: _Side, sb: _Side, p: AlignParams, compiled: bool = False) -> list[_Run]:
    """Maximal runs of identical words (normalised, unstemmed) shared by the two texts, chained
    where both sides resume a few words further (the same from the compiled kernel)."""
    a, b = sa.doc, sb.doc
    n = _RUN_NGRAM
    if len(a.surface_ids) < n or len(b.surface_ids) < n:
        return []
    ha, hb = sa.text.ngrams, sb.text.ngrams
    if compiled:
        from .runkernel import exact_runs  # numba: loaded once a process (see compare())

        rows = exact_runs(ha, hb, n, _RUN_MAX_REPEAT, p.min_run_words, n + 3)
        return [_Run(a0, a1, b0, b1) for a0, a1, b0, b1 in rows.tolist()]
    order_a = np.argsort(ha, kind="stable")
    sorted_a = ha[order_a]
    lo = np.searchsorted(sorted_a, hb, side="left")
    count_a = np.searchsorted(sorted_a, hb, side="right") - lo
    # N-grams repeated too often on either side anchor nothing.
    _, inverse_b, count_b = np.unique(hb, return_inverse=True, return_counts=True)
    keep = (count_a > 0) & (count_a <= _RUN_MAX_REPEAT) & (count_b[inverse_b.reshape(-1)] <= _RUN_MAX_REPEAT)
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
        _Run(j0 + d, j1 + d, j0, j1)
        for j0, j1, d in zip(j0s[long_].tolist(), j1s[long_].tolist(), ds[long_].tolist(), strict=True)
    ]
    runs.sort(key=lambda r: (r.b0, r.a0))
    # Chain runs that follow each other on both sides, a few words apart (a changed word).
    blocks: list[_Run] = []
    for r in runs:
        last = blocks[-1] if blocks else None
        if last is not None and 0 <= r.b0 - last.b1 <= n + 3 and 0 <= r.a0 - last.a1 <= n + 3:
            blocks[-1] = _Run(last.a0, r.a1, last.b0, r.b1)
        else:
            blocks.append(r)
    return blocks


def _ngram_hashes(ids: npt.NDArray[np.uint64], n: int) -> npt.NDArray[np.uint64]:
    """Polynomial hashes (mod 2**64) of every n-gram of word ids."""
    m = len(ids) - n + 1
    h = np.zeros(m, dtype=np.uint64)
    mult = np.uint64(1_000_003)
    for k in range(n):
        h = h * mult + ids[k : k + m] + np.uint64(1)
    return h


# --- passages -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Spans:
    """A passage's character spans, its cluster (if any) and whether runs set its bounds."""

    source: Span
    target: Span
    cluster: _Cluster | None
    exact: bool
    weight: float
    strong: bool = False  # a seed shares many rare words: reuse, however short the passage


def _run_chars(sa: _Side, sb: _Side, r: _Run) -> tuple[Span, Span]:
    """Character spans of a run, grown over identical punctuation on both sides."""
    ta, tb = sa.doc.text, sb.doc.text
    a0, a1 = int(sa.doc.word_starts[r.a0]), int(sa.doc.word_ends[r.a1 - 1])
    b0, b1 = int(sb.doc.word_starts[r.b0]), int(sb.doc.word_ends[r.b1 - 1])
    while a0 > 0 and b0 > 0 and ta[a0 - 1] == tb[b0 - 1] and not ta[a0 - 1].isspace() and not ta[a0 - 1].isalnum():
        a0 -= 1
        b0 -= 1
    while a1 < len(ta) and b1 < len(tb) and ta[a1] == tb[b1] and not ta[a1].isspace() and not ta[a1].isalnum():
        a1 += 1
        b1 += 1
    return (a0, a1), (b0, b1)


def _spans(
    clusters: list[_Cluster], runs: list[_Run], s: _Scores | None, sa: _Side, sb: _Side, p: AlignParams
) -> list[_Spans]:
    """Character spans of the clusters, set by exact runs where they make up the passage."""
    run_chars = [_run_chars(sa, sb, r) for r in runs]
    used = [False] * len(runs)
    out: list[_Spans] = []
    for c in clusters:
        src: Span = (int(sa.starts[c.src[0]]), int(sa.ends[c.src[1]]))
        tgt: Span = (int(sb.starts[c.tgt[0]]), int(sb.ends[c.tgt[1]]))
        if c.summary and _chars(sa, c.src) >= p.summary_whole * (int(sa.ends[-1]) - int(sa.starts[0])):
            src = (int(sa.starts[0]), int(sa.ends[-1]))
        inside = [
            k
            for k, (rs, rt) in enumerate(run_chars)
            if rs[0] < src[1] and src[0] < rs[1] and rt[0] < tgt[1] and tgt[0] < rt[1]
        ]
        exact = False
        if inside and not c.summary:
            for k in inside:
                used[k] = True
            best = max(inside, key=lambda k: run_chars[k][1][1] - run_chars[k][1][0])
            best_s, best_t = run_chars[best]
            if best_t[1] - best_t[0] >= p.exact_share * (tgt[1] - tgt[0]):
                # A verbatim copy: its exact bounds, not those of the sentences around it.
                src, tgt, exact = best_s, best_t, True
            else:
                src = (
                    min([src[0]] + [run_chars[k][0][0] for k in inside]),
                    max([src[1]] + [run_chars[k][0][1] for k in inside]),
                )
                tgt = (
                    min([tgt[0]] + [run_chars[k][1][0] for k in inside]),
                    max([tgt[1]] + [run_chars[k][1][1] for k in inside]),
                )
        single = len({j for _, j in c.seeds}) == 1 or len({i for i, _ in c.seeds}) == 1
        strong = s is not None and max(float(s.shared[i, j]) for i, j in c.seeds) >= p.strong_shared_weight
        if not exact and not c.summary and single and c.sim < p.single_cosine and not strong:
            continue  # one sentence alike by chance: the story's topic, not reuse
        out.append(_Spans(src, tgt, c, exact, c.sim * len(c.seeds), strong))
    # Long exact runs that no cluster covers are passages of their own; close ones are chained.
    free = [run_chars[k] for k in range(len(runs)) if not used[k] and runs[k].b1 - runs[k].b0 >= p.min_verbatim_words]
    for rs, rt in free:
        last = out[-1] if out and out[-1].cluster is None else None
        if last is not None and 0 <= rt[0] - last.target[1] <= 200 and 0 <= rs[0] - last.source[1] <= 200:
            last.source = (last.source[0], rs[1])
            last.target = (last.target[0], rt[1])
            last.weight += 1.0
            continue
        out.append(_Spans(rs, rt, None, True, 1.0))
    return out


def _resolve(spans: list[_Spans], sa: _Side, sb: _Side) -> list[_Spans]:
    """Merge passages that overlap on the target text and the source, share out or drop the others."""
    text = sb.doc.text
    ordered = sorted(spans, key=lambda x: (x.target[0], x.source[0]))
    out: list[_Spans] = []
    for x in ordered:
        if out and x.target[0] < out[-1].target[1]:
            y = out[-1]
            if x.source[0] < y.source[1] + 1 and y.source[0] < x.source[1] + 1:
                source = (min(x.source[0], y.source[0]), max(x.source[1], y.source[1]))
                target = (min(x.target[0], y.target[0]), max(x.target[1], y.target[1]))
                _absorb(y, x, source, target, y.exact and x.exact)
                continue
            # Two reuses side by side on the target (their sources apart): the lighter one
            # gives up the overlap when most of it remains, else the heavier one stays alone.
            if x.weight > y.weight:
                cut = _stripped(text, (y.target[0], x.target[0]))
                if cut[1] - cut[0] >= (y.target[1] - y.target[0]) / 2:
                    y.target = cut
                    out.append(x)
                else:
                    out[-1] = x
            else:
                cut = _stripped(text, (y.target[1], x.target[1]))
                if cut[1] - cut[0] >= (x.target[1] - x.target[0]) / 2:
                    x.target = cut
                    out.append(x)
            continue
        out.append(x)
    return out


def _absorb(y: _Spans, x: _Spans, source: Span, target: Span, exact: bool) -> None:
    """Make ``y`` the passage of ``y`` and ``x`` together, spanning ``source`` and ``target``."""
    y.source, y.target, y.exact = source, target, exact
    y.weight += x.weight
    y.strong = y.strong or x.strong
    if y.cluster is None:
        y.cluster = x.cluster
    elif x.cluster is not None:
        y.cluster.seeds = y.cluster.seeds + x.cluster.seeds


def _long_copy(x: _Spans, sb: _Side, p: AlignParams) -> bool:
    """The passage is copied word for word at length (``summary_max_run`` words or more)."""
    return x.exact and _words_in(sb.doc.word_starts, x.target) >= p.summary_max_run


def _stripped(text: str, span: Span) -> Span:
    """``span`` without the white space at its ends."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def _condensed(spans: list[_Spans], sa: _Side, sb: _Side, p: AlignParams) -> list[_Spans]:
    """Merge neighbouring target passages that continue each other or together condense a source.

    Two passages a few characters apart on the target (``summary_join_chars``) are one
    passage when they are a few characters apart on the source too, in the same order (a
    copy cut by a changed sentence), and one summary when the source span they draw on is
    ``summary_join_ratio`` times their target span. A passage copied word for word at length
    (``summary_max_run`` words) is a copy of its own and is never part of a summary.
    """
    out: list[_Spans] = []
    whole = (int(sa.starts[0]), int(sa.ends[-1])) if len(sa.starts) else (0, 0)
    join = p.summary_join_chars

    for x in spans:
        y = out[-1] if out else None
        if y is None or not 0 <= x.target[0] - y.target[1] <= join:
            out.append(x)
            continue
        src = (min(x.source[0], y.source[0]), max(x.source[1], y.source[1]))
        tgt = (y.target[0], x.target[1])
        if -join <= x.source[0] - y.source[1] <= join and x.source[1] > y.source[1]:
            exact = y.exact and x.exact
        elif src[1] - src[0] >= p.summary_join_ratio * (tgt[1] - tgt[0]) and not (
            _long_copy(x, sb, p) or _long_copy(y, sb, p)
        ):
            exact = False
            if src[1] - src[0] >= p.summary_whole * (whole[1] - whole[0]):
                src = whole
        else:
            out.append(x)
            continue
        _absorb(y, x, src, tgt, exact)
    return out


def _held_to_copy(spans: list[_Spans], s: _Scores | None, sb: _Side, p: AlignParams) -> list[_Spans]:
    """Where one passage is a long word-for-word copy, hold the others to the standard of a copy.

    A text that copies whole paragraphs verbatim is a copy: its other passages count
    when they hold a sentence copied nearly whole (cosine ``copy_cosine``) or lie next to
    a verbatim passage (a rewritten lead above a copied body); passages that only share
    vocabulary are the common topic of the two texts.
    """
    if s is None or not any(_long_copy(x, sb, p) for x in spans):
        return spans

    def near_copy(x: _Spans) -> bool:
        return any(
            y.exact
            and y is not x
            and max(y.target[0] - x.target[1], x.target[0] - y.target[1]) <= p.summary_join_chars
            and max(y.source[0] - x.source[1], x.source[0] - y.source[1]) <= p.summary_join_chars
            for y in spans
        )

    def kept(x: _Spans) -> bool:
        if x.exact or x.cluster is None:
            return True
        close = max(float(s.cos[i, j]) for i, j in x.cluster.seeds) >= p.copy_cosine
        return close or near_copy(x)

    return [x for x in spans if kept(x)]


def _group_cos(s: _Scores, src: list[int], tgt: list[int]) -> float:
    return _range_cos(s, (min(src), max(src)), (min(tgt), max(tgt)))


def _links(seeds: list[tuple[int, int]], s: _Scores, n_src: int) -> list[_Group]:
    """Turn seeds into one-to-one, one-to-many and many-to-one links."""
    if not seeds:
        return []
    cos = s.cos
    # Keep, for every target unit, its best seed; grow it to adjacent source units
    # (a merged sentence) when that raises the group's similarity.
    best_for_target: dict[int, int] = {}
    for i, j in seeds:
        if j not in best_for_target or cos[i, j] > cos[best_for_target[j], j]:
            best_for_target[j] = i
    seed_set = set(seeds)
    groups: list[_Group] = []
    for j in sorted(best_for_target):
        i = best_for_target[j]
        src, tgt = [i], [j]
        score = float(cos[i, j])
        grown = True
        while grown:
            grown = False
            for new in (min(src) - 1, max(src) + 1):
                if not 0 <= new < n_src:
                    continue
                if (new, j) not in seed_set and cos[new, j] < 0.15:
                    continue
                candidate = sorted([*src, new])
                new_score = _group_cos(s, candidate, tgt)
                if new_score > score + 0.03:
                    src, score, grown = candidate, new_score, True
                    break
        groups.append(_Group(src=src, tgt=tgt, score=score))
    # Merge target units that map to the same source units (a split sentence).
    merged: list[_Group] = []
    for g in groups:
        last = merged[-1] if merged else None
        if last is not None and last.tgt[-1] + 1 == g.tgt[0] and set(last.src) & set(g.src):
            src = sorted(set(last.src) | set(g.src))
            tgt = last.tgt + g.tgt
            new_score = _group_cos(s, src, tgt)
            if new_score >= min(last.score, g.score):
                merged[-1] = _Group(src=src, tgt=tgt, score=new_score)
                continue
        merged.append(g)
    return merged


def _sentences_of(side: _Side, units: list[int]) -> tuple[int, ...]:
    """The sentences of ``units``, sorted (a unit's own are: consecutive, in order)."""
    if len(units) == 1:
        return side.unit_sentences[units[0]]
    return tuple(sorted({k for x in units for k in side.unit_sentences[x]}))


def _make_links(
    groups: list[_Group], sa: _Side, sb: _Side, p: AlignParams, bounds: tuple[Span, Span], facts: DriftContext
) -> tuple[Link, ...]:
    """Links of a passage: spans clipped to it, labels and scores from rapidfuzz in one batch."""
    a, b = sa.doc, sb.doc
    kept: list[tuple[_Group, Span, Span, tuple[int, int], tuple[int, int]]] = []
    (s_lo, s_hi), (t_lo, t_hi) = bounds
    s_starts, s_ends, t_starts, t_ends = sa.starts.tolist(), sa.ends.tolist(), sb.starts.tolist(), sb.ends.tolist()
    s_units, t_units = sa.unit_words, sb.unit_words
    for g in groups:
        s_first, s_last, t_first, t_last = min(g.src), max(g.src), min(g.tgt), max(g.tgt)
        s_span = (max(s_starts[s_first], s_lo), min(s_ends[s_last], s_hi))
        t_span = (max(t_starts[t_first], t_lo), min(t_ends[t_last], t_hi))
        if s_span[1] > s_span[0] and t_span[1] > t_span[0]:
            words = ((s_units[s_first][0], s_units[s_last][1]), (t_units[t_first][0], t_units[t_last][1]))
            kept.append((g, s_span, t_span, *words))
    if not kept:
        return ()
    s_text, t_text = facts.source_words, facts.target_words  # = a.surface_text(...), b.surface_text(...)
    s_norms = [" ".join(s_text[k[3][0] : k[3][1]]) for k in kept]
    t_norms = [" ".join(t_text[k[4][0] : k[4][1]]) for k in kept]
    ratios = process.cpdist(s_norms, t_norms, scorer=fuzz.ratio, dtype=np.float64, workers=1)
    sorts = process.cpdist(s_norms, t_norms, scorer=fuzz.token_sort_ratio, dtype=np.float64, workers=1)
    links: list[Link] = []
    for (g, s_span, t_span, s_words, t_words), s_norm, t_norm, ratio, sort in zip(
        kept, s_norms, t_norms, ratios.tolist(), sorts.tolist(), strict=True
    ):
        label: Label = "verbatim" if ratio >= p.verbatim_ratio else "rewritten"
        if label == "rewritten" and min(len(s_norm), len(t_norm)) >= 30:
            # A copy of part of a sentence (a trimmed dateline, a cut clause) is verbatim too.
            short, long_ = (t_norm, s_norm) if len(s_norm) > len(t_norm) else (s_norm, t_norm)
            if _partial_may_reach(ratio, len(short), len(long_), p.verbatim_ratio):
                found = fuzz.partial_ratio_alignment(short, long_, score_cutoff=p.verbatim_ratio)
                if found is not None and found.dest_end - found.dest_start >= 0.9 * len(short):
                    label = "verbatim"
        links.append(
            Link(
                source_sentences=_sentences_of(sa, g.src),
                target_sentences=_sentences_of(sb, g.tgt),
                source_span=s_span,
                target_span=t_span,
                label=label,
                score=round(0.5 * g.score + 0.5 * sort / 100.0, 4),
                # Equal words on both sides: nothing can have drifted (most links of a copy).
                drift=() if s_norm == t_norm else find_drift(a, s_words, b, t_words, facts),
            )
        )
    return tuple(links)


def _partial_may_reach(ratio: float, short: int, long_: int, cutoff: float) -> bool:
    """Whether rapidfuzz's partial ratio of two strings of these lengths can reach ``cutoff``
    given their whole-string ``ratio`` (its indel similarity, 0-100).

    The ratio of two strings is ``200 * lcs / (short + long_)``, ``lcs`` their longest common
    subsequence; no part of the longer string has more in common with the shorter, so the ratio
    of the shorter with a part of ``w`` characters is at most ``200 * min(lcs, w) / (short + w)``,
    largest at ``w = lcs``. Below the cutoff, the partial ratio is too (rounding allowed for).
    """
    lcs = min(ratio * (short + long_) / 200.0 + 0.5, float(short))
    return 200.0 * lcs / (short + lcs) >= cutoff - 1e-6


def _covered(doc: AnalysedText, sentences: set[int], countable: int) -> float:
    """Share of the document's ``countable`` (non-boilerplate) characters in ``sentences``."""
    if countable == 0:
        return 0.0
    part = sum(doc.sentences[k].span[1] - doc.sentences[k].span[0] for k in sentences)
    return min(1.0, part / countable)


def _words_in(starts: IntArray, span: Span) -> int:
    """Number of words starting inside ``span`` (``starts``: sorted word starts)."""
    first, last = np.searchsorted(starts, span).tolist()
    return int(last - first)


def _comparison(spans: list[_Spans], s: _Scores | None, sa: _Side, sb: _Side, p: AlignParams) -> Comparison:
    a, b = sa.doc, sb.doc
    passages: list[Passage] = []
    facts: DriftContext | None = None  # computed for the first passage with links
    word_starts = b.word_starts
    for x in spans:
        several = x.cluster is not None and len({j for _, j in x.cluster.seeds}) >= 3
        too_short = not (x.exact or x.strong or several) and x.target[1] - x.target[0] < p.min_passage_chars
        if too_short or _words_in(word_starts, x.target) < p.min_passage_words:
            continue
        links: tuple[Link, ...] = ()
        if x.cluster is not None and s is not None:
            seeds = [
                (i, j)
                for i, j in x.cluster.seeds
                if sa.starts[i] < x.source[1]
                and x.source[0] < sa.ends[i]
                and sb.starts[j] < x.target[1]
                and x.target[0] < sb.ends[j]
            ]
            if facts is None:
                facts = drift_context(a, b, (sa.text.drift, sb.text.drift))
            links = _make_links(_links(seeds, s, len(sa.units)), sa, sb, p, (x.source, x.target), facts)
        if links:
            label: Label = "verbatim" if all(link.label == "verbatim" for link in links) else "rewritten"
            score = round(sum(link.score for link in links) / len(links), 4)
        else:
            label, score = ("verbatim" if x.exact else "rewritten"), round(min(1.0, x.weight), 4)
        if x.exact:
            label = "verbatim"
        passages.append(
            Passage(
                source_span=x.source,
                target_span=x.target,
                label=label,
                score=score,
                drift=tuple(d for link in links for d in link.drift),
                links=links,
            )
        )
    passages.sort(key=lambda x: (x.target_span, x.source_span))
    src_sentences = {k for x in passages for link in x.links for k in link.source_sentences}
    tgt_sentences = {k for x in passages for link in x.links for k in link.target_sentences}
    original = tuple(b.sentences[k].span for k in sb.text.in_units if k not in tgt_sentences)
    return Comparison(
        passages=tuple(passages),
        source_share=round(_covered(a, src_sentences, sa.text.countable), 4),
        target_share=round(_covered(b, tgt_sentences, sb.text.countable), 4),
        original=original,
        boilerplate=sb.text.boilerplate_spans,
        source_boilerplate=sa.text.boilerplate_spans,
    )
