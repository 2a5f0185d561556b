"""The alignment of one ordered pair of texts (source → target): passages, links, shares.

The method follows Sanchez-Perez, Sidorov and Gelbukh (PAN 2014, and the adaptive
version of CLEF 2015), with character-exact verbatim boundaries: units
(:mod:`.units`) are scored (:mod:`.similarity`), seeded (:mod:`.seeds`) and
clustered into passages (:mod:`.clusters`, :mod:`.summaries`); exact runs
(:mod:`.runs`) set verbatim boundaries; passages are resolved and merged
(:mod:`.passages`) and cut into labelled sentence links with their drift
(:mod:`.links`). The functions are pure: no I/O, no global state.
"""

from __future__ import annotations

from ..models import Comparison, Label, Link, Passage
from ..params import AlignParams
from ..text import AnalysedText, analyse
from .clusters import Cluster, clusters
from .drift import DriftContext, drift_context
from .links import link_groups, make_links
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
            links = make_links(link_groups(seeds, s, len(sa.units)), sa, sb, p, (x.source, x.target), facts)
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


def _covered(doc: AnalysedText, sentences: set[int], countable: int) -> float:
    """Share of the document's ``countable`` (non-boilerplate) characters in ``sentences``."""
    if countable == 0:
        return 0.0
    part = sum(doc.sentences[k].span[1] - doc.sentences[k].span[0] for k in sentences)
    return min(1.0, part / countable)
