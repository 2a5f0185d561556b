"""Passages under construction: seeds clustered along both texts.

Seeds are clustered along both texts (Sanchez-Perez, Sidorov and Gelbukh, PAN
2014): a cluster is split wherever its seeds leave a gap of more than
``max_gap`` sentences on either side, alternately on the target and on the
source, until nothing changes. A cluster whose two unit ranges are not similar
as a whole (cosine of the summed tf-isf vectors) is clustered again with a
smaller gap. Its ends move while that raises the similarity, then grow over
neighbouring unit pairs that are a little alike (``extend_cosine``): the
reworded edges of a copy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..params import AlignParams
from .similarity import Scores, Side, range_cos

IntArray = npt.NDArray[np.int64]


@dataclass(slots=True)
class Cluster:
    """A passage under construction: unit ranges (inclusive), its seeds and similarity."""

    src: tuple[int, int]
    tgt: tuple[int, int]
    seeds: list[tuple[int, int]]
    sim: float
    summary: bool = False


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


def cluster_seeds(seeds: list[tuple[int, int]], src_gap: int, tgt_gap: int, s: Scores) -> list[list[tuple[int, int]]]:
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


def make_cluster(seeds: list[tuple[int, int]], s: Scores) -> Cluster:
    src = (min(i for i, _ in seeds), max(i for i, _ in seeds))
    tgt = (min(j for _, j in seeds), max(j for _, j in seeds))
    return Cluster(src, tgt, seeds, range_cos(s, src, tgt))


def _refine(c: Cluster, s: Scores, p: AlignParams) -> Cluster:
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
            o_sim = range_cos(s, o_src, o_tgt)
            if o_sim > sim + p.refine_gain and (best is None or o_sim > best[2]):
                best = (o_src, o_tgt, o_sim)
        if best is None:
            break
        src, tgt, sim = best
    return Cluster(src, tgt, c.seeds, sim, c.summary)


def clusters(seeds: list[tuple[int, int]], s: Scores, p: AlignParams, src_gap: int, tgt_gap: int) -> list[Cluster]:
    """Seed clusters whose two ranges are similar as a whole, re-clustering with smaller gaps."""
    if not seeds:
        return []
    out: list[Cluster] = []
    for group in cluster_seeds(seeds, src_gap, tgt_gap, s):
        cluster = make_cluster(group, s)
        if cluster.sim >= p.passage_cosine:
            out.append(_extend(_refine(cluster, s, p) if p.refine_gain < 1.0 else cluster, s, p))
        elif max(src_gap, tgt_gap) > 0 and len(group) > 1:
            out.extend(clusters(group, s, p, max(src_gap - 1, 0), max(tgt_gap - 1, 0)))
    return out


def _extend(c: Cluster, s: Scores, p: AlignParams) -> Cluster:
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
    return Cluster(src, tgt, c.seeds, range_cos(s, src, tgt), c.summary)


def unit_chars(side: Side, r: tuple[int, int]) -> int:
    return int(side.ends[r[1]] - side.starts[r[0]])


def overlap_chars(side: Side, x: tuple[int, int], y: tuple[int, int]) -> int:
    lo, hi = max(x[0], y[0]), min(x[1], y[1])
    return int(side.ends[hi] - side.starts[lo]) if lo <= hi else 0


def overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]
