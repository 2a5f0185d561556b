"""The alignment of one ordered pair of texts (source → target): passages, links, shares.

The method follows Sanchez-Perez, Sidorov and Gelbukh (PAN 2014, and the adaptive
version of CLEF 2015), with character-exact verbatim boundaries: units
(:mod:`.units`) are scored (:mod:`.similarity`), seeded (:mod:`.seeds`) and
clustered into passages (:mod:`.clusters`, :mod:`.summaries`); exact runs
(:mod:`.runs`) set verbatim boundaries; passages are resolved and merged
(:mod:`.passages`) and cut into labelled sentence links with their drift
(:mod:`.links`); a sentence of the copy's own between two links of a copied passage
cuts the passage in two (:func:`comparison_of`). The functions are pure: no I/O, no global state.
"""

from __future__ import annotations

from itertools import pairwise

from ..models import Comparison, Label, Link, Passage, Span
from ..params import AlignParams
from ..text import AnalysedText, analyse
from .clusters import Cluster, clusters
from .drift import DriftContext, drift_context
from .links import Group, link_groups, make_links
from .passages import Spans, condensed, held_to_copy, passage_spans, resolve, words_in
from .runs import exact_runs
from .seeds import seeds
from .similarity import Scores, Side, sides, unit_scores
from .summaries import with_summaries
from .units import AlignText, aligned_part, prepared


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
    a = source if isinstance(source, AnalysedText) else analyse(aligned_part(source, p))
    b = target if isinstance(target, AnalysedText) else analyse(aligned_part(target, p))
    return align(a, b, p)


def align(a: AnalysedText | AlignText, b: AnalysedText | AlignText, p: AlignParams) -> Comparison:
    """Align two analysed (or prepared: :func:`~lineage.align.units.prepare_text`) texts
    (see :func:`compare`)."""
    sa, sb = sides(prepared(a, p), prepared(b, p))
    found: list[Cluster] = []
    scores: Scores | None = None
    if sa.units and sb.units:
        scores = unit_scores(sa, sb)
        found = clusters(seeds(scores, p), scores, p, p.max_gap, p.max_gap)
    runs = exact_runs(sa, sb, p)
    if scores is not None:
        found = with_summaries(found, runs, scores, sa, sb, p)
    spans = condensed(resolve(passage_spans(found, runs, scores, sa, sb, p), sa, sb), sa, sb, p)
    spans = held_to_copy(spans, scores, sb, p)
    return comparison_of(spans, scores, sa, sb, p)


def comparison_of(spans: list[Spans], s: Scores | None, sa: Side, sb: Side, p: AlignParams) -> Comparison:
    a, b = sa.doc, sb.doc
    passages: list[Passage] = []
    facts: DriftContext | None = None  # computed for the first passage with links
    word_starts = b.word_starts
    for x in spans:
        several = x.cluster is not None and len({j for _, j in x.cluster.seeds}) >= 3
        too_short = not (x.exact or x.strong or several) and x.target[1] - x.target[0] < p.min_passage_chars
        if too_short or words_in(word_starts, x.target) < p.min_passage_words:
            continue
        links: tuple[Link, ...] = ()
        cuts: list[Span] = []
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
            groups = link_groups(seeds, s, len(sa.units))
            links = make_links(groups, sa, sb, p, (x.source, x.target), facts)
            copied = bool(links) and sum(link.score for link in links) >= p.own_copy_score * len(links)
            if copied and not x.cluster.summary:
                cuts = _own_units(groups, s, sb, p)
        passages.extend(cut_passage(_passage(x, links), cuts, p))
    return assembled(passages, sa.text, sb.text)


def assembled(
    passages: list[Passage], source: AlignText, target: AlignText, languages: tuple[str, str] | None = None
) -> Comparison:
    """The comparison of ``passages`` (in any order; each cut where its links' label changes,
    :func:`by_label`): its shares and the target's own sentences counted from their links."""
    passages = [piece for passage in passages for piece in by_label(passage, target.doc.text)]
    passages.sort(key=lambda x: (x.target_span, x.source_span))
    a, b = source.doc, target.doc
    src_sentences = {k for x in passages for link in x.links for k in link.source_sentences}
    tgt_sentences = {k for x in passages for link in x.links for k in link.target_sentences}
    return Comparison(
        passages=tuple(passages),
        source_share=round(_covered(a, src_sentences, source.countable), 4),
        target_share=round(_covered(b, tgt_sentences, target.countable), 4),
        original=tuple(b.sentences[k].span for k in target.in_units if k not in tgt_sentences),
        boilerplate=target.boilerplate_spans,
        source_boilerplate=source.boilerplate_spans,
        languages=languages,
    )


def _passage(x: Spans, links: tuple[Link, ...]) -> Passage:
    """The passage of ``x`` with its ``links`` (verbatim when its bounds are an exact copy)."""
    if links:
        return passage_of(links, x.source, x.target, verbatim=x.exact)
    label: Label = "verbatim" if x.exact else "rewritten"
    return Passage(source_span=x.source, target_span=x.target, label=label, score=round(min(1.0, x.weight), 4))


def passage_of(links: tuple[Link, ...], source: Span, target: Span, verbatim: bool = False) -> Passage:
    """The passage of ``links`` spanning ``source`` and ``target``: ``verbatim`` when every link
    is (or when ``verbatim`` says so), scored by their mean, with their drift."""
    verbatim = verbatim or all(link.label == "verbatim" for link in links)
    return Passage(
        source_span=source,
        target_span=target,
        label="verbatim" if verbatim else "rewritten",
        score=round(sum(link.score for link in links) / len(links), 4),
        drift=tuple(d for link in links for d in link.drift),
        links=links,
    )


def _own_units(groups: list[Group], s: Scores, sb: Side, p: AlignParams) -> list[Span]:
    """Character spans of the target units between two links of a passage that are the outlet's
    own: no link, ``own_min_words`` words or more, and no source unit between (or at) the source
    ends of the two links as alike as ``own_cosine``. A copy that adds a sentence of its own
    between two copied ones is two passages, not one that claims the added sentence."""
    ordered = sorted(groups, key=lambda g: min(g.tgt))
    linked = {j for g in groups for j in g.tgt}
    out: list[Span] = []
    for g1, g2 in pairwise(ordered):
        lo, hi = sorted((max(g1.src), min(g2.src)))
        for t in range(max(g1.tgt) + 1, min(g2.tgt)):
            first, last = sb.unit_words[t]
            if t in linked or last - first < p.own_min_words:
                continue
            if float(s.cos[lo : hi + 1, t].max()) < p.own_cosine and float(s.cos[:, t].max()) < p.seed_cosine:
                out.append((int(sb.starts[t]), int(sb.ends[t])))
    return out


def cut_passage(passage: Passage, cuts: list[Span], p: AlignParams, *, firm: bool = False) -> list[Passage]:
    """``passage`` cut at the target spans ``cuts`` (the outlet's own sentences): one passage
    per piece of links, the pieces' inner ends set by their links, the outer ends the
    passage's. A piece that would not stand as a passage (fewer than three links over fewer
    than ``min_passage_chars``, or one link scoring under ``single_cosine``: a sentence alike
    by chance that the passage carried along) stays joined to its neighbour, unless the cuts
    are ``firm`` (found by meaning: the sentence is the outlet's own whatever stands beside it)."""
    links = passage.links
    if not cuts or len(links) < 2:
        return [passage]
    pieces: list[list[Link]] = [[]]
    waiting = sorted(cuts)
    for link in sorted(links, key=lambda link: (link.target_span, link.source_span)):
        if waiting and waiting[0][1] <= link.target_span[0]:
            while waiting and waiting[0][1] <= link.target_span[0]:
                waiting.pop(0)
            if pieces[-1]:
                pieces.append([])
        pieces[-1].append(link)

    def weak(part: list[Link]) -> bool:
        chars = max(link.target_span[1] for link in part) - min(link.target_span[0] for link in part)
        return (len(part) < 3 and chars < p.min_passage_chars) or (len(part) == 1 and part[0].score < p.single_cosine)

    while not firm and len(pieces) > 1 and any(weak(part) for part in pieces):
        k = next(k for k, part in enumerate(pieces) if weak(part))
        j = k - 1 if k == len(pieces) - 1 or (k > 0 and len(pieces[k - 1]) <= len(pieces[k + 1])) else k + 1
        lo, hi = sorted((j, k))
        pieces[lo : hi + 1] = [pieces[lo] + pieces[hi]]
    return _split(passage, pieces)


def by_label(passage: Passage, target: str) -> list[Passage]:
    """``passage`` cut where its links' label changes, so that a passage's label says what all
    of it is (a copy that keeps some sentences word for word and edits others). The pieces
    must follow each other in both texts: each piece's links all before the next piece's in
    the source and in ``target``, with nothing but white space between them there (the text
    a copy dropped may lie between them in the source); otherwise it stays whole. Each piece's
    label is its links' (a passage whose bounds are exact copies may hold an edited sentence)."""
    links = sorted(passage.links, key=lambda link: (link.target_span, link.source_span))
    if len({link.label for link in links}) < 2:
        return [passage]
    pieces: list[list[Link]] = [[links[0]]]
    for link in links[1:]:
        if link.label != pieces[-1][-1].label:
            pieces.append([])
        pieces[-1].append(link)
    for first, second in pairwise(pieces):
        t1, t2 = max(x.target_span[1] for x in first), min(x.target_span[0] for x in second)
        s1, s2 = max(x.source_span[1] for x in first), min(x.source_span[0] for x in second)
        if t1 > t2 or s1 > s2 or target[t1:t2].strip():
            return [passage]
    return _split(passage, pieces, by_links=True)


def _split(passage: Passage, pieces: list[list[Link]], by_links: bool = False) -> list[Passage]:
    """``passage`` as one passage per piece of its links (in the target's order): the pieces'
    inner ends set by their links, the outer ends the passage's; each verbatim when the passage
    is, or (``by_links``) when its links are."""
    if len(pieces) == 1:
        return [passage]
    links = passage.links
    lowest = min(link.source_span[0] for link in links)
    highest = max(link.source_span[1] for link in links)
    out: list[Passage] = []
    for k, part in enumerate(pieces):
        source = (min(link.source_span[0] for link in part), max(link.source_span[1] for link in part))
        target = (min(link.target_span[0] for link in part), max(link.target_span[1] for link in part))
        # The passage's outer ends stay where they were (exact, or set by its sentences).
        source = (
            passage.source_span[0] if source[0] == lowest else source[0],
            passage.source_span[1] if source[1] == highest else source[1],
        )
        target = (
            passage.target_span[0] if k == 0 else target[0],
            passage.target_span[1] if k == len(pieces) - 1 else target[1],
        )
        out.append(passage_of(tuple(part), source, target, verbatim=not by_links and passage.label == "verbatim"))
    return out


def _covered(doc: AnalysedText, sentences: set[int], countable: int) -> float:
    """Share of the document's ``countable`` (non-boilerplate) characters in ``sentences``."""
    if countable == 0:
        return 0.0
    part = sum(doc.sentences[k].span[1] - doc.sentences[k].span[0] for k in sentences)
    return min(1.0, part / countable)
