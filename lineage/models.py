"""The data model: frozen, typed records shared by every stage of the pipeline.

Every span is a ``(start, end)`` pair of character offsets into the *original*
text of the document it belongs to (``text[start:end]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
Label = Literal["verbatim", "rewritten"]
DriftKind = Literal["number", "date", "name", "quote"]
DirectionMethod = Literal["published", "publisher", "dateline", "containment", "undetermined"]
AttributionStatus = Literal["attributed", "undetermined"]
RelationKind = Literal["sibling", "ancestor", "set_aside"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk or a store.

    ``published`` is an ISO 8601 date (``2024-06-18``) or date-time
    (``2024-06-18T09:30:00+02:00``) string, kept as given (ingest turns an RFC 2822 date into
    ISO 8601, see :func:`lineage.ingest.records.check_published`). ``author`` comes last
    so that ``Document(*record)`` of the seven fields before it still holds.
    """

    id: str
    text: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file (and line) the document was read from
    author: str | None = None  # byline, as the page's or record's metadata gives it


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its span in the original text."""

    index: int
    span: Span
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Drift:
    """A fact that changed between a source passage and its copy."""

    kind: DriftKind
    source: str  # as written in the source ("from")
    target: str  # as written in the copy ("to")
    source_span: Span
    target_span: Span


@dataclass(frozen=True, slots=True)
class LinkEvidence:
    """What a rewritten link of a derivation rests on, for a reader to check (:mod:`lineage.graph.evidence`).

    ``facts``: the numbers and names both sides state (fact anchors), as the copy writes them,
    in its order; ``words``: up to a few words both sides share, rarest in the pair first,
    leaving out words found in more than a quarter of the pair's sentences (function words,
    the story's everyday names); ``shared`` of ``words_in_copy``: distinct words (stems) the
    copy's side holds and shares with the source's side.
    """

    facts: tuple[str, ...]
    words: tuple[str, ...]
    shared: int
    words_in_copy: int


@dataclass(frozen=True, slots=True)
class Link:
    """A sentence-level alignment: target sentence(s) rewriting or copying source sentence(s).

    One-to-one, one-to-many (a target sentence merging several source sentences)
    or many-to-one (a source sentence split in several target sentences).
    """

    source_sentences: tuple[int, ...]
    target_sentences: tuple[int, ...]
    source_span: Span
    target_span: Span
    label: Label
    score: float
    drift: tuple[Drift, ...] = ()
    evidence: LinkEvidence | None = None  # set on the rewritten links of a derivation's edge


@dataclass(frozen=True, slots=True)
class Passage:
    """An aligned pair of passages: ``target_span`` of the copy reuses ``source_span``.

    A passage is a maximal run of reused text; ``links`` are its sentence-level
    alignments. ``label`` is ``verbatim`` only when every link is verbatim.
    """

    source_span: Span
    target_span: Span
    label: Label
    score: float
    drift: tuple[Drift, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def source_sentences(self) -> tuple[int, ...]:
        """Source sentence indices covered by the passage's links, sorted."""
        return tuple(sorted({i for link in self.links for i in link.source_sentences}))

    @property
    def target_sentences(self) -> tuple[int, ...]:
        """Target sentence indices covered by the passage's links, sorted."""
        return tuple(sorted({i for link in self.links for i in link.target_sentences}))


@dataclass(frozen=True, slots=True)
class Comparison:
    """The alignment of one ordered pair (source, target) of texts.

    ``target_share`` is the fraction of the target's non-boilerplate characters
    covered by passages; ``source_share`` the same for the source.
    ``original`` are the target's own (unaligned, non-boilerplate) sentence spans,
    ``boilerplate`` the spans recognised as boilerplate in the target. ``languages``:
    the two texts' languages when they were aligned by meaning across languages
    (:mod:`lineage.align.meaning`), None for a lexical alignment.
    """

    passages: tuple[Passage, ...]
    source_share: float
    target_share: float
    original: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    source_boilerplate: tuple[Span, ...] = ()
    languages: tuple[str, str] | None = None  # (source, target) of an alignment across languages

    @property
    def verbatim(self) -> int:
        """Number of verbatim links (sentence-level alignments)."""
        return sum(1 for link in self.links if link.label == "verbatim")

    @property
    def rewritten(self) -> int:
        """Number of rewritten links (sentence-level alignments)."""
        return sum(1 for link in self.links if link.label == "rewritten")

    @property
    def drift(self) -> tuple[Drift, ...]:
        """Every drift item of every passage, in target order."""
        return tuple(d for p in self.passages for d in p.drift)

    @property
    def links(self) -> tuple[Link, ...]:
        """Every sentence-level link of every passage, in target order."""
        return tuple(link for p in self.passages for link in p.links)


@dataclass(frozen=True, slots=True)
class Direction:
    """Which document is the parent, how that was decided, and the evidence."""

    method: DirectionMethod
    evidence: tuple[str, ...] = ()

    @property
    def determined(self) -> bool:
        """True when the parent/child order is backed by evidence."""
        return self.method != "undetermined"


@dataclass(frozen=True, slots=True)
class Explanation:
    """One unit (sentence) of the child of an aligned pair, explained by the parent.

    ``wording`` is the edit distance (insertions and deletions, characters) between the
    child's sentence and the closest text of the parent near the aligned one, after
    folding case, quotes, apostrophes, dashes and spacing; ``raw`` the same on the text as
    published (typography); ``similarity`` is ``1 - wording / (2 * length)``. Spans:
    ``source_span`` in the parent, ``target_span`` the unit in the child.
    """

    unit: int
    wording: int
    raw: int
    similarity: float
    source_span: Span
    target_span: Span


@dataclass(frozen=True, slots=True)
class Attribution:
    """Why an edge's parent was chosen among the child's candidate parents.

    ``units``: the child's sentences this parent explains (``target_spans`` their spans);
    ``status`` ``undetermined`` when ``alternatives`` (parents drawn too) explain the same
    units as well and nothing separates them, or when ``equivalent`` candidates (set aside,
    this one being the earliest source of the text) carry exactly the same text for these
    units and the child's credit did not choose this one among them; ``tied``: candidates within
    one unit of material that the tie rule set aside (this one is the earlier source they
    share, or the agency the child credits).
    """

    status: AttributionStatus
    units: tuple[int, ...]
    target_spans: tuple[Span, ...]
    evidence: tuple[str, ...]
    alternatives: tuple[str, ...] = ()
    equivalent: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Edge:
    """A derivation: ``target`` reuses text of ``source`` (the parent).

    When ``direction.determined`` is false the two ids are in id order and the
    edge only says that the two texts share reused material. ``explains``: the
    child's units the parent explains and how closely (what attribution weighs),
    ``attribution``: why this parent was chosen (set on the edges of an attributed graph).
    """

    source: str
    target: str
    comparison: Comparison
    direction: Direction
    explains: tuple[Explanation, ...] = ()
    attribution: Attribution | None = None

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The aligned passages, spans oriented source → target."""
        return self.comparison.passages


@dataclass(frozen=True, slots=True)
class Problem:
    """An input item that was skipped, and why (reported at the end of a batch)."""

    origin: str
    message: str


@dataclass(frozen=True, slots=True)
class Relation:
    """Two articles that share text without one deriving from the other in the graph.

    ``sibling``: both derive from ``common_sources`` (copies of one wire story);
    ``ancestor``: ``a`` is an ancestor of ``b`` through the graph (a skipped generation:
    ``b`` copies a copy of ``a``); ``set_aside``: ``a`` was a candidate parent of ``b``
    whose material other parents explain better. ``evidence`` says why no edge is drawn.
    """

    a: str
    b: str
    kind: RelationKind
    common_sources: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LineageGraph:
    """Documents, the derivation edges found between them, and the pairs that share text
    through a common source (``relations``: siblings and skipped generations)."""

    documents: tuple[Document, ...]
    edges: tuple[Edge, ...]
    problems: tuple[Problem, ...] = field(default=())
    relations: tuple[Relation, ...] = field(default=())

    def document(self, doc_id: str) -> Document:
        """The document with this id (KeyError when absent)."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
