"""Seeds: the unit pairs an alignment starts from.

A pair is a *seed* when its cosine, Dice and the rarity-weighted count of the
words it shares all pass their thresholds; the last keeps short generic
sentences from matching by accident. Looser pairs that continue a seed's
diagonal (the next target unit against the next source units) are added as seeds
too: the next sentence of a copy matches the next sentence (or the same, or one
a little further) of the source. A target unit keeps only the seeds next to its
best source unit. Found by a compiled kernel (:func:`lineage.kernels.scores.seed_pairs`).
"""

from __future__ import annotations

from ..kernels.scores import seed_pairs
from ..params import AlignParams
from .similarity import Scores

LOOSE_COS, LOOSE_DICE = 0.6, 0.85  # a looser pair continuing a seed's diagonal: these shares of the seed thresholds
# Looser pairs are looked for this many times, 1 to REACH_T target units and 0 to REACH_S source
# units along a seed's diagonal.
LOOSE_ROUNDS, REACH_T, REACH_S = 8, 2, 3


def seeds(s: Scores, p: AlignParams) -> list[tuple[int, int]]:
    """The seed unit pairs ``(source, target)`` of a pair's scores, in row-major order."""
    pairs = seed_pairs(
        s.cos,
        s.dice,
        s.shared,
        p.seed_cosine,
        p.seed_dice,
        p.seed_cosine * LOOSE_COS,
        p.seed_dice * LOOSE_DICE,
        p.min_shared_weight,
        LOOSE_ROUNDS,
        REACH_T,
        REACH_S,
    )
    return [(i, j) for i, j in pairs.tolist()]
