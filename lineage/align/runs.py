"""Exact runs: maximal runs of identical words two texts share, for verbatim boundaries.

Shared word n-grams (:data:`~lineage.align.units.RUN_NGRAM` folded, unstemmed
words, hashed) on the same diagonal are chained into maximal runs by a compiled
kernel (:mod:`lineage.kernels.runs`); runs a few words apart on both sides (a
changed word) are chained too. An n-gram repeated more than ``RUN_MAX_REPEAT``
times in either text anchors nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kernels.runs import exact_runs as runs_of
from ..params import AlignParams
from .similarity import Side
from .units import RUN_NGRAM

# An n-gram occurring more often than this in either text does not anchor runs.
RUN_MAX_REPEAT = 8


@dataclass(frozen=True, slots=True)
class Run:
    """An exact run of shared words: word index ranges ``[a0, a1)`` and ``[b0, b1)``."""

    a0: int
    a1: int
    b0: int
    b1: int


def exact_runs(sa: Side, sb: Side, p: AlignParams) -> list[Run]:
    """Maximal runs of identical words (folded, unstemmed) shared by the two texts, chained
    where both sides resume a few words further."""
    n = RUN_NGRAM
    if len(sa.doc.surface_ids) < n or len(sb.doc.surface_ids) < n:
        return []
    rows = runs_of(sa.text.ngrams, sb.text.ngrams, n, RUN_MAX_REPEAT, p.min_run_words, n + 3)
    return [Run(a0, a1, b0, b1) for a0, a1, b0, b1 in rows.tolist()]
