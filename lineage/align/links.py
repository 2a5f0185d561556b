"""Links: the sentence-level alignments inside a passage, labelled and diffed for drift.

Inside each passage, seeds become links (one-to-one, one-to-many for a merged
sentence, many-to-one for a split one), labelled ``verbatim`` or ``rewritten`` by
the rapidfuzz ratio of the folded words inside their spans (``process.cpdist``, one
batch per passage; ``verbatim_ratio`` 100: word for word, typography aside; a
word-for-word copy of part of a sentence is verbatim too), scored, and diffed for
fact drift.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from ..models import Label, Link, Span
from ..params import AlignParams
from ..text import AnalysedText
from .drift import DriftContext, find_drift
from .similarity import Scores, Side, range_cos


@dataclass(slots=True)
class Group:
    """A link under construction: source and target unit positions."""

    src: list[int]
    tgt: list[int]
    score: float


def _group_cos(s: Scores, src: list[int], tgt: list[int]) -> float:
    return range_cos(s, (min(src), max(src)), (min(tgt), max(tgt)))


def link_groups(seeds: list[tuple[int, int]], s: Scores, n_src: int) -> list[Group]:
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
    groups: list[Group] = []
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
        groups.append(Group(src=src, tgt=tgt, score=score))
    # Merge target units that map to the same source units (a split sentence).
    merged: list[Group] = []
    for g in groups:
        last = merged[-1] if merged else None
        if last is not None and last.tgt[-1] + 1 == g.tgt[0] and set(last.src) & set(g.src):
            src = sorted(set(last.src) | set(g.src))
            tgt = last.tgt + g.tgt
            new_score = _group_cos(s, src, tgt)
            if new_score >= min(last.score, g.score):
                merged[-1] = Group(src=src, tgt=tgt, score=new_score)
                continue
        merged.append(g)
    return merged


def _sentences_of(side: Side, units: list[int]) -> tuple[int, ...]:
    """The sentences of ``units``, sorted (a unit's own are: consecutive, in order)."""
    if len(units) == 1:
        return side.unit_sentences[units[0]]
    return tuple(sorted({k for x in units for k in side.unit_sentences[x]}))


def make_links(
    groups: list[Group], sa: Side, sb: Side, p: AlignParams, bounds: tuple[Span, Span], facts: DriftContext
) -> tuple[Link, ...]:
    """Links of a passage: spans clipped to it, labels and scores from rapidfuzz in one batch."""
    a, b = sa.doc, sb.doc
    kept: list[tuple[Group, Span, Span]] = []
    (s_lo, s_hi), (t_lo, t_hi) = bounds
    s_starts, s_ends, t_starts, t_ends = sa.starts.tolist(), sa.ends.tolist(), sb.starts.tolist(), sb.ends.tolist()
    for g in groups:
        s_first, s_last, t_first, t_last = min(g.src), max(g.src), min(g.tgt), max(g.tgt)
        s_span = (max(s_starts[s_first], s_lo), min(s_ends[s_last], s_hi))
        t_span = (max(t_starts[t_first], t_lo), min(t_ends[t_last], t_hi))
        if s_span[1] > s_span[0] and t_span[1] > t_span[0]:
            kept.append((g, s_span, t_span))
    if not kept:
        return ()
    # A link's words are its units' (not a byline the alignment leaves out between two of them).
    words = [(_unit_words(sa, g.src), _unit_words(sb, g.tgt)) for g, _, _ in kept]
    s_norms = [_text_of(facts.source_words, s_words) for s_words, _ in words]
    t_norms = [_text_of(facts.target_words, t_words) for _, t_words in words]
    # The label reads the words inside the link's spans: a unit may join a short line (a
    # dateline, a byline) that the passage leaves out.
    s_said = [_text_of(facts.source_words, _inside(a, w, x)) for (_, x, _), (w, _) in zip(kept, words, strict=True)]
    t_said = [_text_of(facts.target_words, _inside(b, w, x)) for (_, _, x), (_, w) in zip(kept, words, strict=True)]
    ratios = process.cpdist(s_said, t_said, scorer=fuzz.ratio, dtype=np.float64, workers=1)
    sorts = process.cpdist(s_norms, t_norms, scorer=fuzz.token_sort_ratio, dtype=np.float64, workers=1)
    links: list[Link] = []
    for (g, s_span, t_span), (s_words, t_words), s_norm, t_norm, s_text, t_text, ratio, sort in zip(
        kept, words, s_norms, t_norms, s_said, t_said, ratios.tolist(), sorts.tolist(), strict=True
    ):
        label: Label = "verbatim" if ratio >= p.verbatim_ratio else "rewritten"
        if label == "rewritten" and min(len(s_text), len(t_text)) >= 30:
            # A copy of part of a sentence (a trimmed dateline, a cut clause) is verbatim too.
            short, long_ = (t_text, s_text) if len(s_text) > len(t_text) else (s_text, t_text)
            if partial_may_reach(ratio, len(short), len(long_), p.verbatim_ratio):
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


def _text_of(words: tuple[str, ...], ranges: tuple[tuple[int, int], ...]) -> str:
    """The normalised words of ``ranges``, joined by spaces."""
    return " ".join(word for first, last in ranges for word in words[first:last])


def _inside(doc: AnalysedText, ranges: tuple[tuple[int, int], ...], span: Span) -> tuple[tuple[int, int], ...]:
    """The word ranges ``ranges`` of ``doc`` cut to the words that start inside ``span``."""
    out = []
    for first, last in ranges:
        starts = doc.word_starts[first:last]
        lo = first + int(np.searchsorted(starts, span[0]))
        hi = first + int(np.searchsorted(starts, span[1]))
        if hi > lo:
            out.append((lo, hi))
    return tuple(out)


def _unit_words(side: Side, units: list[int]) -> tuple[tuple[int, int], ...]:
    """The word ranges of ``units``, in order (not a byline the alignment leaves out between two)."""
    return tuple(side.unit_words[x] for x in sorted(units))


def partial_may_reach(
    ratio: npt.ArrayLike, short: npt.ArrayLike, long_: npt.ArrayLike, cutoff: float
) -> npt.NDArray[np.bool_]:
    """Whether rapidfuzz's partial ratio of two strings of these lengths can reach ``cutoff``
    given their whole-string ``ratio`` (its indel similarity, 0-100).

    The ratio of two strings is ``200 * lcs / (short + long_)``, ``lcs`` their longest common
    subsequence; no part of the longer string has more in common with the shorter, so the ratio
    of the shorter with a part of ``w`` characters is at most ``200 * min(lcs, w) / (short + w)``,
    largest at ``w = lcs``. Below the cutoff, the partial ratio is too (rounding allowed for).
    Element-wise for arrays (one string against many); ``short`` is never 0.
    """
    r, s, n = np.asarray(ratio, np.float64), np.asarray(short, np.float64), np.asarray(long_, np.float64)
    lcs = np.minimum(r * (s + n) / 200.0 + 0.5, s)
    return np.asarray(200.0 * lcs / (s + lcs) >= cutoff - 1e-6)
