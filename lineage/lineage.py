"""Trace a set of documents: candidates, alignment, direction, the lineage graph."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from .align import AlignText, align, prepare_text
from .boilerplate import boilerplate_flags
from .credits import wire_agency
from .index import candidate_pairs
from .models import Comparison, Direction, DirectionMethod, Document, Edge, LineageGraph, Problem
from .params import Params
from .screen import Grams, trigrams, worth_aligning
from .sketch import DocumentSketch, sign
from .text import AnalysedText, analyse

# An agency dateline near the start of a text: "(Adnkronos) -", "ROMA, 21 mag. (askanews) –",
# "MILANO (ANSA) -", "LONDON (Reuters) -". The parenthesised name is the agency.
_DATELINE = re.compile(r"^.{0,80}?\(([^\W\d_][\w .'&-]{1,40}?)\)\s*[-–—:]", re.DOTALL)

Progress = Callable[[str, int, int], None]

COMPILED_PAIRS = 200  # a trace aligning this many candidate pairs loads the compiled kernels


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document analysed and signed, ready for candidate search and alignment."""

    document: Document
    analysed: AnalysedText
    boilerplate: tuple[bool, ...]
    sketch: DocumentSketch


def prepare(document: Document, params: Params) -> Prepared:
    """Analyse and sign one document (pure: an engine can map it over partitions)."""
    analysed = analyse(document.text)
    flags = boilerplate_flags(analysed)
    return Prepared(document, analysed, flags, sign(analysed, flags, params.sketch))


def opening_dateline(text: str) -> str | None:
    """The agency named by a dateline opening ``text``, if any.

    A known agency's dateline after the title lines (:func:`lineage.credits.wire_agency`),
    else any parenthesised name followed by a dash at the very start, the shape
    of every agency dateline (``(Agenzia Vista) -``).
    """
    known = wire_agency(text)
    if known is not None:
        return known
    m = _DATELINE.match(text.lstrip())
    return m.group(1).strip() if m else None


def _published(value: str | None) -> tuple[datetime, bool] | None:
    """The publication instant and whether it carries a time of day."""
    if value is None:
        return None
    try:
        if "T" in value or " " in value.strip():
            return datetime.fromisoformat(value), True
        d = date.fromisoformat(value)
        return datetime(d.year, d.month, d.day), False
    except ValueError:
        return None


def decide_direction(
    a: Document,
    b: Document,
    comparison: Comparison,
    margin: float = 0.15,
    datelines: tuple[str | None, str | None] | None = None,
) -> tuple[str, str, Direction]:
    """Which of ``a`` and ``b`` is the parent, given ``comparison`` of ``a`` → ``b``.

    Evidence in order of strength: publication times; an agency dateline
    opening one text only; containment asymmetry (the copy reuses most of the
    parent and adds material of its own). Returns ``(parent, child, direction)``;
    when no evidence is decisive the ids are in id order and the method is
    ``undetermined``. ``datelines``: :func:`opening_dateline` of the two texts, when known.
    """
    evidence: list[str] = []
    decided: tuple[str, str, DirectionMethod] | None = None
    pa, pb = _published(a.published), _published(b.published)
    if pa and pb:
        (ta, time_a), (tb, time_b) = pa, pb
        # Instants compare when both have a time of day and both (or neither) a UTC offset;
        # otherwise only different days tell which came first.
        exact = time_a and time_b and (ta.tzinfo is None) == (tb.tzinfo is None)
        ka, kb = (ta, tb) if exact else (ta.date(), tb.date())
        if ka != kb:
            earlier, later = (a, b) if ka < kb else (b, a)
            evidence.append(f"{earlier.id} was published before {later.id} ({earlier.published} < {later.published})")
            decided = (earlier.id, later.id, "published")
        else:
            evidence.append(f"both published {a.published}: the dates do not tell which came first")
    da, db = datelines if datelines is not None else (opening_dateline(a.text), opening_dateline(b.text))
    if da and not db:
        evidence.append(f"{a.id} opens with the agency dateline ({da})")
        decided = decided or (a.id, b.id, "dateline")
    elif db and not da:
        evidence.append(f"{b.id} opens with the agency dateline ({db})")
        decided = decided or (b.id, a.id, "dateline")
    diff = comparison.source_share - comparison.target_share
    evidence.append(
        f"{comparison.source_share:.0%} of {a.id} is reused in {b.id}, "
        f"which is {comparison.target_share:.0%} reused text"
    )
    if diff >= margin:
        decided = decided or (a.id, b.id, "containment")
    elif -diff >= margin:
        decided = decided or (b.id, a.id, "containment")
    if decided is None:
        first, second = sorted((a.id, b.id))
        return first, second, Direction("undetermined", tuple(evidence))
    parent, child, method = decided
    return parent, child, Direction(method, tuple(evidence))


def is_derivation(comparison: Comparison, params: Params) -> bool:
    """Whether an alignment is strong enough to be reported as reuse.

    Several links covering at least ``min_share`` of either text, or a long
    verbatim passage: single short sentence matches between texts on the same
    story are not reuse.
    """
    links = comparison.links
    if not links:
        return False
    share = max(comparison.source_share, comparison.target_share)
    verbatim_chars = sum(p.target_span[1] - p.target_span[0] for p in comparison.passages if p.label == "verbatim")
    if verbatim_chars >= 200:
        return True
    mean_score = sum(link.score for link in links) / len(links)
    return len(links) >= 2 and share >= params.align.min_share and mean_score >= 0.5


class PairAligner:
    """Aligns candidate pairs, parent → child: the edge of a pair, or None.

    Pairs sharing fewer than ``min_shared_trigrams`` word 3-grams are not aligned
    (:mod:`lineage.screen`). Texts prepared for alignment (analysis, units, boilerplate) and
    alignments that are derivations are kept by text for the life of the aligner (one trace,
    one query, one task of a trace): a wire story republished unchanged by several outlets is
    analysed once and aligned once with each other text (an alignment is a function of the
    two texts alone).
    """

    def __init__(self, params: Params, analysed: Iterable[AnalysedText] = (), *, compiled: bool = False) -> None:
        """``analysed``: analyses already made; ``compiled``: screen and score with the compiled
        kernels (faster for many pairs; loading numba costs about a second once per process)."""
        self.params = params
        self.compiled = compiled
        self._analysed: dict[str, AnalysedText] = {a.text: a for a in analysed}
        self._prepared: dict[str, AlignText] = {}
        self._grams: dict[str, Grams] = {}
        self._datelines: dict[str, str | None] = {}
        self._aligned: dict[tuple[str, str], Comparison | None] = {}

    def _text(self, text: str) -> AlignText:
        found = self._prepared.get(text)
        if found is None:
            analysed = self._analysed.pop(text, None) or analyse(text, compiled=self.compiled)
            found = self._prepared[text] = prepare_text(analysed, self.params.align)
        return found

    def _dateline(self, text: str) -> str | None:
        if text not in self._datelines:
            self._datelines[text] = opening_dateline(text)
        return self._datelines[text]

    def _align(self, a: str, b: str) -> Comparison:
        return align(self._text(a), self._text(b), self.params.align, compiled=self.compiled)

    def _derivation(self, a: str, b: str) -> Comparison | None:
        """The alignment of ``a`` → ``b`` when it is a derivation, else None (kept: only those
        comparisons are, so a long trace does not hold every pair it rejected)."""
        if (a, b) not in self._aligned:
            self._keep(a, b, self._align(a, b))
        return self._aligned[a, b]

    def _keep(self, a: str, b: str, comparison: Comparison) -> None:
        self._aligned[a, b] = comparison if is_derivation(comparison, self.params) else None

    def _worth_aligning(self, a: str, b: str) -> bool:
        if self.params.align.min_shared_trigrams <= 0:
            return True  # the screen is off: no 3-grams to count
        for text in (a, b):
            if text not in self._grams:
                self._grams[text] = trigrams(text, compiled=self.compiled)
        return worth_aligning(self._grams[a], self._grams[b], self.params.align.min_shared_trigrams)

    def edge(self, a: Document, b: Document) -> Edge | None:
        """The edge between two articles, oriented parent → child, or None when no reuse."""
        if not self._worth_aligning(a.text, b.text):
            return None
        comparison = self._derivation(a.text, b.text)
        if comparison is None:
            return None
        datelines = (self._dateline(a.text), self._dateline(b.text))
        parent, child, direction = decide_direction(a, b, comparison, datelines=datelines)
        if parent != a.id:
            reverse = self._aligned.get((b.text, a.text))  # None: not aligned yet, or not kept
            if reverse is None:
                reverse = self._align(b.text, a.text)
                self._keep(b.text, a.text, reverse)
            comparison = reverse
        return Edge(parent, child, comparison, direction)


def trace_prepared(
    prepared: Iterable[Prepared],
    params: Params | None = None,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
) -> LineageGraph:
    """Trace already prepared documents (see :func:`trace`)."""
    p = params or Params()
    items = {x.document.id: x for x in prepared}
    pairs = candidate_pairs({k: v.sketch for k, v in items.items()}, p.sketch)
    aligner = PairAligner(p, (x.analysed for x in items.values()), compiled=len(pairs) >= COMPILED_PAIRS)
    edges: list[Edge] = []
    for n, (id_a, id_b, _hits) in enumerate(pairs, start=1):
        if progress:
            progress("align", n, len(pairs))
        edge = aligner.edge(items[id_a].document, items[id_b].document)
        if edge is not None:
            edges.append(edge)
    edges.sort(key=lambda e: (e.source, e.target))
    documents = tuple(sorted((x.document for x in items.values()), key=lambda d: d.id))
    return LineageGraph(documents, tuple(edges), tuple(problems))


def trace(
    documents: Iterable[Document],
    params: Params | None = None,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
) -> LineageGraph:
    """The lineage graph of ``documents``: who reuses whose text, and how.

    Args:
        documents: the articles (ids must be unique).
        params: parameters; defaults when None.
        problems: input problems to carry into the graph for reporting.
        progress: called as ``progress(stage, done, total)``.

    Returns:
        Documents sorted by id and edges parent → child sorted by ids.
    """
    p = params or Params()
    docs = list(documents)
    prepared = []
    for n, doc in enumerate(docs, start=1):
        if progress:
            progress("analyse", n, len(docs))
        prepared.append(prepare(doc, p))
    return trace_prepared(prepared, p, problems, progress)
