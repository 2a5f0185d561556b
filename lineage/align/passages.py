"""Passages: clusters and exact runs turned into character spans, resolved and merged.

A passage made of exact runs gets character-exact boundaries; long runs outside
any cluster become passages of their own. Passages overlapping on the target are
resolved (merged when they overlap on the source too, else the lighter one gives
up the overlap or is dropped); neighbouring passages that continue each other on
both texts are merged, and neighbours that together condense a longer source
span become a summary. Where one passage copies many words verbatim, the others
need a near-identical sentence pair or a verbatim neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..models import Span
from ..params import AlignParams
from .clusters import Cluster, unit_chars
from .runs import Run
from .similarity import Scores, Side

IntArray = npt.NDArray[np.int64]
# Words two exact runs in order may both claim where the copy resumes after a dropped paragraph.
MAX_SHARED_WORDS = 3


@dataclass(slots=True)
class Spans:
    """A passage's character spans, its cluster (if any) and whether runs set its bounds."""

    source: Span
    target: Span
    cluster: Cluster | None
    exact: bool
    weight: float
    strong: bool = False  # a seed shares many rare words: reuse, however short the passage


def _run_chars(sa: Side, sb: Side, r: Run) -> tuple[Span, Span]:
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


def _opens_paragraph(sb: Side, word: int) -> bool:
    """Whether the target's ``word`` is the first of a paragraph (a line break before it)."""
    before = int(sb.doc.word_ends[word - 1]) if word else 0
    return word == 0 or "\n" in sb.doc.text[before : int(sb.doc.word_starts[word])]


def _in_order(runs: list[tuple[Run, int]], sb: Side, min_words: int) -> list[Run]:
    """Of exact runs, the longest chain in the same order on both texts, the longest run first.

    A copy that drops a paragraph and resumes on a paragraph beginning with the same words as
    the dropped one gives two runs that both claim those words: the shorter gives them up (at
    most ``MAX_SHARED_WORDS``, where a paragraph opens on the target) and stays when
    ``min_words`` are left. ``runs`` pairs each run with its length in characters on the target.
    """
    chain: list[Run] = []
    for r, _ in sorted(runs, key=lambda r: -r[1]):  # longest first
        a0, a1, b0, b1 = r.a0, r.a1, r.b0, r.b1
        for x in chain:
            if a0 >= x.a0 and b0 >= x.b0 and a1 > x.a1 and b1 > x.b1 and _opens_paragraph(sb, b0):
                cut = max(x.a1 - a0, x.b1 - b0, 0)  # x covers r's start: r starts after it
                a0, b0 = a0 + cut, b0 + cut
            elif a0 < x.a0 and b0 < x.b0 and a1 <= x.a1 and b1 <= x.b1 and _opens_paragraph(sb, x.b0):
                cut = max(a1 - x.a0, b1 - x.b0, 0)  # x covers r's end: r ends before it
                a1, b1 = a1 - cut, b1 - cut
        if (
            (r.a1 - r.a0) - (a1 - a0) <= MAX_SHARED_WORDS
            and min(a1 - a0, b1 - b0) >= min_words
            and all((a1 <= x.a0 and b1 <= x.b0) or (x.a1 <= a0 and x.b1 <= b0) for x in chain)
        ):
            chain.append(Run(a0, a1, b0, b1))
    return sorted(chain, key=lambda r: (r.b0, r.a0))


def passage_spans(
    clusters: list[Cluster], runs: list[Run], s: Scores | None, sa: Side, sb: Side, p: AlignParams
) -> list[Spans]:
    """Character spans of the clusters, set by exact runs where they make up the passage."""
    run_chars = [_run_chars(sa, sb, r) for r in runs]
    used = [False] * len(runs)
    out: list[Spans] = []
    for c in clusters:
        src: Span = (int(sa.starts[c.src[0]]), int(sa.ends[c.src[1]]))
        tgt: Span = (int(sb.starts[c.tgt[0]]), int(sb.ends[c.tgt[1]]))
        if c.summary and unit_chars(sa, c.src) >= p.summary_whole * (int(sa.ends[-1]) - int(sa.starts[0])):
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
            best_t = run_chars[best][1]
            if best_t[1] - best_t[0] >= p.exact_share * (tgt[1] - tgt[0]):
                # A verbatim copy: its exact bounds, not those of the sentences around it. A copy
                # that drops a paragraph is several runs in order: one exact passage each.
                copied = [
                    _run_chars(sa, sb, r)
                    for r in _in_order(
                        [(runs[k], run_chars[k][1][1] - run_chars[k][1][0]) for k in inside], sb, p.min_run_words
                    )
                ]
                weight = c.sim * len(c.seeds) / len(copied)
                out.extend(Spans(rs, rt, c, True, weight) for rs, rt in copied)
                continue
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
        out.append(Spans(src, tgt, c, exact, c.sim * len(c.seeds), strong))
    # Long exact runs that no cluster covers are passages of their own; close ones are chained.
    free = [run_chars[k] for k in range(len(runs)) if not used[k] and runs[k].b1 - runs[k].b0 >= p.min_verbatim_words]
    for rs, rt in free:
        last = out[-1] if out and out[-1].cluster is None else None
        if last is not None and 0 <= rt[0] - last.target[1] <= 200 and 0 <= rs[0] - last.source[1] <= 200:
            last.source = (last.source[0], rs[1])
            last.target = (last.target[0], rt[1])
            last.weight += 1.0
            continue
        out.append(Spans(rs, rt, None, True, 1.0))
    return out


def resolve(spans: list[Spans], sa: Side, sb: Side) -> list[Spans]:
    """Merge passages that overlap on the target text and the source, share out or drop the others."""
    text = sb.doc.text
    ordered = sorted(spans, key=lambda x: (x.target[0], x.source[0]))
    out: list[Spans] = []
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
                cut = stripped(text, (y.target[0], x.target[0]))
                if cut[1] - cut[0] >= (y.target[1] - y.target[0]) / 2:
                    y.target = cut
                    out.append(x)
                else:
                    out[-1] = x
            else:
                cut = stripped(text, (y.target[1], x.target[1]))
                if cut[1] - cut[0] >= (x.target[1] - x.target[0]) / 2:
                    x.target = cut
                    out.append(x)
            continue
        out.append(x)
    return out


def _absorb(y: Spans, x: Spans, source: Span, target: Span, exact: bool) -> None:
    """Make ``y`` the passage of ``y`` and ``x`` together, spanning ``source`` and ``target``."""
    y.source, y.target, y.exact = source, target, exact
    y.weight += x.weight
    y.strong = y.strong or x.strong
    if y.cluster is None:
        y.cluster = x.cluster
    elif x.cluster is not None:
        y.cluster.seeds = y.cluster.seeds + x.cluster.seeds


def _long_copy(x: Spans, sb: Side, p: AlignParams) -> bool:
    """The passage is copied word for word at length (``summary_max_run`` words or more)."""
    return x.exact and words_in(sb.doc.word_starts, x.target) >= p.summary_max_run


def stripped(text: str, span: Span) -> Span:
    """``span`` without the white space at its ends."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def condensed(spans: list[Spans], sa: Side, sb: Side, p: AlignParams) -> list[Spans]:
    """Merge neighbouring target passages that continue each other or together condense a source.

    Two passages a few characters apart on the target (``summary_join_chars``) are one
    passage when they are a few characters apart on the source too, in the same order (a
    copy cut by a changed sentence), and one summary when the source span they draw on is
    ``summary_join_ratio`` times their target span. A passage copied word for word at length
    (``summary_max_run`` words) is a copy of its own and is never part of a summary.
    """
    out: list[Spans] = []
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


def held_to_copy(spans: list[Spans], s: Scores | None, sb: Side, p: AlignParams) -> list[Spans]:
    """Where one passage is a long word-for-word copy, hold the others to the standard of a copy.

    A text that copies whole paragraphs verbatim is a copy: its other passages count
    when they hold a sentence copied nearly whole (cosine ``copy_cosine``) or lie next to
    a verbatim passage (a rewritten lead above a copied body); passages that only share
    vocabulary are the common topic of the two texts.
    """
    if s is None or not any(_long_copy(x, sb, p) for x in spans):
        return spans

    def near_copy(x: Spans) -> bool:
        return any(
            y.exact
            and y is not x
            and max(y.target[0] - x.target[1], x.target[0] - y.target[1]) <= p.summary_join_chars
            and max(y.source[0] - x.source[1], x.source[0] - y.source[1]) <= p.summary_join_chars
            for y in spans
        )

    def kept(x: Spans) -> bool:
        if x.exact or x.cluster is None:
            return True
        close = max(float(s.cos[i, j]) for i, j in x.cluster.seeds) >= p.copy_cosine
        return close or near_copy(x)

    return [x for x in spans if kept(x)]


def words_in(starts: IntArray, span: Span) -> int:
    """Number of words starting inside ``span`` (``starts``: sorted word starts)."""
    first, last = np.searchsorted(starts, span).tolist()
    return int(last - first)
