"""Sentence and passage alignment of one ordered pair of texts (source → target).

The method follows the sentence tf-isf seeding of Sanchez-Perez, Sidorov and
Gelbukh (PAN 2014), adapted to news:

1. Both texts are segmented and normalised (:mod:`lineage.text`); boilerplate
   sentences are set aside (:mod:`lineage.boilerplate`).
2. Every sentence becomes a tf-isf vector, the inverse *sentence* frequency
   computed over the two texts, so words common to both (the story's names,
   function words) weigh little and no stopword list is needed. All sentence
   pairs are scored at once with sparse matrix products: cosine, word-set Dice
   and the summed isf of the shared words. A pair is a *seed* when all three
   pass their thresholds; the last one keeps short generic sentences from
   matching by accident.
3. Seeds become *links*: a target sentence is grown to its neighbouring source
   sentences (and vice versa) when that raises the similarity, which catches
   merged and split sentences.
4. Links that follow each other on both sides, within a gap, are merged into
   *passages*; a passage whose two sides are not similar as a whole is split.
5. Each link is labelled ``verbatim`` or ``rewritten`` by the rapidfuzz ratio
   of its normalised texts, scored, and diffed for fact drift.

The functions here are pure: no I/O, no global state.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from scipy import sparse

from .boilerplate import boilerplate_flags
from .drift import find_drift
from .models import Comparison, Label, Link, Passage, Span
from .params import AlignParams
from .text import AnalysedText, analyse

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class _Side:
    """Sentence-level matrices of one text within a pair."""

    doc: AnalysedText
    units: tuple[int, ...]  # sentence indices taking part (non-boilerplate, with words)
    tfisf: sparse.csr_matrix  # rows: units, raw tf-isf
    binary: sparse.csr_matrix  # rows: units, word presence
    sizes: npt.NDArray[np.float64]  # distinct words per unit
    boilerplate: tuple[bool, ...]


@dataclass(slots=True)
class _Group:
    """A link under construction: source and target unit positions."""

    src: list[int]
    tgt: list[int]
    score: float


def compare(
    source: str | AnalysedText,
    target: str | AnalysedText,
    params: AlignParams | None = None,
) -> Comparison:
    """Align ``target`` against ``source``: which of its passages reuse source text.

    Args:
        source: the possible parent, as text or already analysed.
        target: the possible copy, as text or already analysed.
        params: thresholds; defaults when None.

    Returns:
        The passages (spans into the given strings), shares, the target's own
        sentences and its boilerplate.
    """
    p = params or AlignParams()
    a = source if isinstance(source, AnalysedText) else analyse(source)
    b = target if isinstance(target, AnalysedText) else analyse(target)
    return align(a, b, p)


def align(a: AnalysedText, b: AnalysedText, p: AlignParams) -> Comparison:
    """Align two analysed texts (see :func:`compare`)."""
    bp_a = boilerplate_flags(a)
    bp_b = boilerplate_flags(b)
    sa, sb = _sides(a, b, bp_a, bp_b)
    groups: list[_Group] = []
    if sa.units and sb.units:
        cos, dice, shared = _similarities(sa, sb)
        shared /= np.log(len(sa.units) + len(sb.units) + 1.0)
        seeds = _seeds(cos, dice, shared, p)
        seeds = _extend(seeds, cos, dice, shared, p)
        groups = _links(seeds, cos, sa, sb)
    runs = _passages(groups, sb, p)
    return _comparison(runs, sa, sb, p)


def _sides(
    a: AnalysedText, b: AnalysedText, bp_a: tuple[bool, ...], bp_b: tuple[bool, ...]
) -> tuple[_Side, _Side]:
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    counts: list[int] = []
    for doc, flags in ((a, bp_a), (b, bp_b)):
        units = [
            k for k, (w0, w1) in enumerate(doc.sentence_words) if w1 > w0 and not flags[k]
        ]
        counts.append(len(units))
        for k in units:
            w0, w1 = doc.sentence_words[k]
            rows.append([vocab.setdefault(w, len(vocab)) for w in doc.words[w0:w1]])
    n_rows = len(rows)
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=n_rows)
    cols = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(lengths.sum()))
    row_idx = np.repeat(np.arange(n_rows), lengths)
    tf = sparse.csr_matrix(
        (np.ones(len(cols)), (row_idx, cols)), shape=(n_rows, max(len(vocab), 1))
    )
    tf.sum_duplicates()
    binary = tf.copy()
    binary.data[:] = 1.0
    sf = np.asarray(binary.sum(axis=0)).ravel()
    isf = np.log((n_rows + 1.0) / np.maximum(sf, 1.0))
    tfisf = sparse.csr_matrix(tf.multiply(isf[None, :]))
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    na = counts[0]
    units_a = tuple(k for k, (w0, w1) in enumerate(a.sentence_words) if w1 > w0 and not bp_a[k])
    units_b = tuple(k for k, (w0, w1) in enumerate(b.sentence_words) if w1 > w0 and not bp_b[k])
    side_a = _Side(a, units_a, tfisf[:na], binary[:na], sizes[:na], bp_a)
    side_b = _Side(b, units_b, tfisf[na:], binary[na:], sizes[na:], bp_b)
    return side_a, side_b


def _similarities(sa: _Side, sb: _Side) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Dense cosine, Dice and shared-isf matrices (source units × target units)."""
    norm_a = np.sqrt(np.asarray(sa.tfisf.multiply(sa.tfisf).sum(axis=1)).ravel())
    norm_b = np.sqrt(np.asarray(sb.tfisf.multiply(sb.tfisf).sum(axis=1)).ravel())
    dot = (sa.tfisf @ sb.tfisf.T).toarray()
    cos = dot / np.maximum(np.outer(norm_a, norm_b), 1e-12)
    inter = (sa.binary @ sb.binary.T).toarray()
    dice = 2.0 * inter / np.maximum(sa.sizes[:, None] + sb.sizes[None, :], 1.0)
    isf = _column_isf(sa, sb)
    shared = (sa.binary.multiply(isf[None, :]).tocsr() @ sb.binary.T).toarray()
    return cos, dice, shared


def _column_isf(sa: _Side, sb: _Side) -> FloatArray:
    binary = sparse.vstack([sa.binary, sb.binary])
    n_rows = binary.shape[0]
    sf = np.asarray(binary.sum(axis=0)).ravel()
    return np.asarray(np.log((n_rows + 1.0) / np.maximum(sf, 1.0)), dtype=np.float64)


def _seeds(cos: FloatArray, dice: FloatArray, shared: FloatArray, p: AlignParams) -> list[tuple[int, int]]:
    mask = (cos >= p.seed_cosine) & (dice >= p.seed_dice) & (shared >= p.min_shared_weight)
    rows, cols = np.nonzero(mask)
    return sorted(zip(rows.tolist(), cols.tolist(), strict=True))


def _extend(
    seeds: list[tuple[int, int]], cos: FloatArray, dice: FloatArray, shared: FloatArray, p: AlignParams
) -> list[tuple[int, int]]:
    """Add looser seeds next to existing ones on both sides (passage extension).

    A target unit without a seed, within ``max_gap`` units of a seeded target
    unit, may pair with a source unit near that seed's source unit when the
    pair passes half the seeding thresholds and shares as much rare vocabulary.
    Repeats until nothing is added.
    """
    found = set(seeds)
    seeded_targets = {j for _, j in found}
    n_src, n_tgt = cos.shape
    reach = max(p.max_gap, 1)
    added = True
    while added:
        added = False
        for i, j in sorted(found):
            for dj in range(-reach, reach + 1):
                jj = j + dj
                if dj == 0 or not 0 <= jj < n_tgt or jj in seeded_targets:
                    continue
                lo = max(0, i + (dj if dj < 0 else 1) - reach)
                hi = min(n_src, i + (dj if dj > 0 else -1) + reach + 1)
                if hi <= lo:
                    continue
                window = slice(lo, hi)
                ok = (
                    (cos[window, jj] >= p.seed_cosine * 0.6)
                    & (dice[window, jj] >= p.seed_dice * 0.85)
                    & (shared[window, jj] >= p.min_shared_weight)
                )
                if ok.any():
                    best = lo + int(np.argmax(np.where(ok, cos[window, jj], -1.0)))
                    found.add((best, jj))
                    seeded_targets.add(jj)
                    added = True
    return sorted(found)


def _group_cos(sa: _Side, sb: _Side, src: list[int], tgt: list[int]) -> float:
    va = sa.tfisf[src].sum(axis=0)
    vb = sb.tfisf[tgt].sum(axis=0)
    va = np.asarray(va).ravel()
    vb = np.asarray(vb).ravel()
    denom = float(np.linalg.norm(va) * np.linalg.norm(vb))
    return float(va @ vb) / denom if denom > 0 else 0.0


def _links(seeds: list[tuple[int, int]], cos: FloatArray, sa: _Side, sb: _Side) -> list[_Group]:
    """Turn seeds into one-to-one, one-to-many and many-to-one links."""
    if not seeds:
        return []
    # Keep, for every target unit, its best seed; grow it to adjacent source units
    # (a merged sentence) and adjacent target units (a split sentence) when that
    # raises the group's similarity.
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
                if not 0 <= new < len(sa.units):
                    continue
                if (new, j) not in seed_set and cos[new, j] < 0.15:
                    continue
                candidate = sorted([*src, new])
                new_score = _group_cos(sa, sb, candidate, tgt)
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
            new_score = _group_cos(sa, sb, src, tgt)
            if new_score >= min(last.score, g.score):
                merged[-1] = _Group(src=src, tgt=tgt, score=new_score)
                continue
        merged.append(g)
    return merged


def _passages(groups: list[_Group], sb: _Side, p: AlignParams) -> list[list[_Group]]:
    """Merge links adjacent on both sides (within ``max_gap`` units) into passages."""
    ordered = sorted(groups, key=lambda g: (g.tgt[0], g.src[0]))
    runs: list[list[_Group]] = []
    for g in ordered:
        if runs:
            last = runs[-1][-1]
            t_gap = g.tgt[0] - last.tgt[-1] - 1
            s_gap = g.src[0] - max(x.src[-1] for x in runs[-1]) - 1
            if 0 <= t_gap <= p.max_gap and -2 <= s_gap <= p.max_gap:
                runs[-1].append(g)
                continue
        runs.append([g])
    kept: list[list[_Group]] = []
    for run in runs:
        words = sum(
            sb.doc.sentence_words[sb.units[t]][1] - sb.doc.sentence_words[sb.units[t]][0]
            for g in run
            for t in g.tgt
        )
        if words >= p.min_passage_words:
            kept.append(run)
    return kept


def _span(doc: AnalysedText, units: tuple[int, ...], positions: list[int]) -> Span:
    first = doc.sentences[units[min(positions)]].span[0]
    last = doc.sentences[units[max(positions)]].span[1]
    return (first, last)


def _word_range(doc: AnalysedText, units: tuple[int, ...], positions: list[int]) -> tuple[int, int]:
    return (doc.sentence_words[units[min(positions)]][0], doc.sentence_words[units[max(positions)]][1])


def _trimmed_span(doc: AnalysedText, words: tuple[int, int], start: int, end: int) -> Span:
    """The original span of the words overlapping ``[start, end)`` of their joined text."""
    w0, w1 = words
    starts: list[int] = []
    pos = 0
    for k in range(w0, w1):
        starts.append(pos)
        pos += len(doc.surface[k]) + 1
    first = max(0, bisect_right(starts, start) - 1)
    last = max(first, bisect_left(starts, end) - 1)
    return (doc.word_spans[w0 + first][0], doc.word_spans[w0 + last][1])


def _make_link(g: _Group, sa: _Side, sb: _Side, p: AlignParams) -> Link:
    a, b = sa.doc, sb.doc
    s_words = _word_range(a, sa.units, g.src)
    t_words = _word_range(b, sb.units, g.tgt)
    s_norm = " ".join(a.surface[s_words[0] : s_words[1]])
    t_norm = " ".join(b.surface[t_words[0] : t_words[1]])
    s_span = _span(a, sa.units, g.src)
    t_span = _span(b, sb.units, g.tgt)
    label: Label = "verbatim" if fuzz.ratio(s_norm, t_norm) >= p.verbatim_ratio else "rewritten"
    if label == "rewritten" and min(len(s_norm), len(t_norm)) >= 30:
        # A copy of part of a sentence (a trimmed dateline, a cut clause) is verbatim too:
        # the longer side is trimmed to the copied words.
        source_longer = len(s_norm) > len(t_norm)
        short, long_ = (t_norm, s_norm) if source_longer else (s_norm, t_norm)
        found = fuzz.partial_ratio_alignment(short, long_, score_cutoff=p.verbatim_ratio)
        if found is not None and found.dest_end - found.dest_start >= 0.9 * len(short):
            label = "verbatim"
            if source_longer:
                s_span = _trimmed_span(a, s_words, found.dest_start, found.dest_end)
            else:
                t_span = _trimmed_span(b, t_words, found.dest_start, found.dest_end)
    score = round(0.5 * g.score + 0.5 * fuzz.token_sort_ratio(s_norm, t_norm) / 100.0, 4)
    return Link(
        source_sentences=tuple(sa.units[x] for x in sorted(g.src)),
        target_sentences=tuple(sb.units[x] for x in sorted(g.tgt)),
        source_span=s_span,
        target_span=t_span,
        label=label,
        score=score,
        drift=find_drift(a, s_words, b, t_words),
    )


def _covered(doc: AnalysedText, sentences: set[int], flags: tuple[bool, ...]) -> float:
    """Share of the document's non-boilerplate characters in ``sentences``."""
    total = sum(
        s.span[1] - s.span[0]
        for s in doc.sentences
        if not flags[s.index] and doc.sentence_words[s.index][1] > doc.sentence_words[s.index][0]
    )
    if total == 0:
        return 0.0
    part = sum(doc.sentences[k].span[1] - doc.sentences[k].span[0] for k in sentences)
    return min(1.0, part / total)


def _comparison(runs: list[list[_Group]], sa: _Side, sb: _Side, p: AlignParams) -> Comparison:
    a, b = sa.doc, sb.doc
    passages: list[Passage] = []
    for run in runs:
        links = tuple(_make_link(g, sa, sb, p) for g in run)
        label: Label = "verbatim" if all(link.label == "verbatim" for link in links) else "rewritten"
        passages.append(
            Passage(
                source_span=(min(x.source_span[0] for x in links), max(x.source_span[1] for x in links)),
                target_span=(min(x.target_span[0] for x in links), max(x.target_span[1] for x in links)),
                label=label,
                score=round(sum(link.score for link in links) / len(links), 4),
                drift=tuple(d for link in links for d in link.drift),
                links=links,
            )
        )
    passages.sort(key=lambda x: (x.target_span, x.source_span))
    src_sentences = {k for x in passages for link in x.links for k in link.source_sentences}
    tgt_sentences = {k for x in passages for link in x.links for k in link.target_sentences}
    original = tuple(
        b.sentences[k].span
        for k in sb.units
        if k not in tgt_sentences
    )
    return Comparison(
        passages=tuple(passages),
        source_share=round(_covered(a, src_sentences, sa.boilerplate), 4),
        target_share=round(_covered(b, tgt_sentences, sb.boilerplate), 4),
        original=original,
        boilerplate=tuple(x.span for x in b.sentences if sb.boilerplate[x.index]),
        source_boilerplate=tuple(x.span for x in a.sentences if sa.boilerplate[x.index]),
    )
