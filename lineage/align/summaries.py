"""Summaries: compact target passages drawing on a much longer source span.

A second clustering of looser seeds allows large gaps on the source side; a
compact target passage that condenses a source span several times longer is a
summary of it (when it draws on most of the source, of the whole source).
"""

from __future__ import annotations

import numpy as np

from ..params import AlignParams
from .clusters import Cluster, cluster_seeds, make_cluster, overlap_chars, overlaps, unit_chars
from .runs import Run
from .similarity import Scores, Side, norm_sq, seed_mask, windows_norm_sq


def with_summaries(
    clusters: list[Cluster], runs: list[Run], s: Scores, sa: Side, sb: Side, p: AlignParams
) -> list[Cluster]:
    """Add summaries: compact target passages drawing on a much longer source span.

    A target passage holding a long exact run (several sentences copied word for word) is a
    copy, not a summary.
    """
    copied = [
        (int(sb.doc.word_starts[r.b0]), int(sb.doc.word_ends[r.b1 - 1]))
        for r in runs
        if r.b1 - r.b0 >= p.summary_max_run
    ]

    def copy_like(c: Cluster) -> bool:
        """A good part of the passage is aligned at its own length, or copied word for word."""
        return any(sb.starts[c.tgt[0]] < end and start < sb.ends[c.tgt[1]] for start, end in copied) or any(
            unit_chars(sa, x.src) < p.summary_ratio * unit_chars(sb, x.tgt) * 2 / 3
            and overlap_chars(sb, x.tgt, c.tgt) >= 0.4 * unit_chars(sb, c.tgt)
            for x in clusters
        )

    mask = seed_mask(s, p.summary_cosine, p.summary_dice, p)
    rows, cols = np.nonzero(mask)
    loose = sorted(zip(rows.tolist(), cols.tolist(), strict=True))
    summaries: list[Cluster] = []
    for group in cluster_seeds(loose, p.summary_gap, p.max_gap, s) if loose else []:
        c = make_cluster(group, s)
        seeded_targets = len({sb.units[j] for _, j in group})
        if (
            seeded_targets >= p.summary_sentences
            and unit_chars(sa, c.src) >= p.summary_ratio * unit_chars(sb, c.tgt)
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
        if window is not None and all(overlaps(x.tgt, window.tgt) and x.sim < window.sim for x in clusters):
            summaries.append(window)
    if not summaries:
        return clusters
    kept = [c for c in clusters if not any(overlaps(c.tgt, x.tgt) for x in summaries)]
    return kept + summaries


def _summary_window(s: Scores, sa: Side, sb: Side, p: AlignParams) -> Cluster | None:
    """The run of target sentences most similar to the whole source, when it is a summary of it.

    Windows of ``summary_sentences`` to ``summary_window`` target units at most
    ``1 / summary_ratio`` of the source's length are compared with the whole source
    (cosine of the summed tf-isf vectors); the best one is a summary when that cosine
    reaches ``summary_window_cosine``.
    """
    n_src, n_tgt = s.cos.shape
    src_chars = unit_chars(sa, (0, n_src - 1))
    src_norm = norm_sq(sa, (0, n_src - 1))
    dots = s.dot_sums[-1, :]
    # Every window at once, by size then start: the first best one is the smallest, earliest.
    sizes = np.arange(p.summary_sentences, min(p.summary_window, n_tgt) + 1)
    if not len(sizes):
        return None
    counts = n_tgt - sizes + 1
    j0 = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    j1 = j0 + np.repeat(sizes, counts)  # exclusive
    norms = windows_norm_sq(sb, j0, j1)
    cos = (dots[j1] - dots[j0]) / np.sqrt(np.maximum(norms * src_norm, 1e-12))
    cos[(sb.ends[j1 - 1] - sb.starts[j0]) * p.summary_ratio > src_chars] = 0.0
    at = int(np.argmax(cos))
    sim = float(cos[at])
    if sim < p.summary_window_cosine:
        return None
    lo, hi = int(j0[at]), int(j1[at]) - 1
    rows = np.argmax(s.cos[:, lo : hi + 1], axis=0).tolist()
    seeds = [(i, lo + k) for k, i in enumerate(rows)]
    return Cluster((0, n_src - 1), (lo, hi), seeds, sim, summary=True)
