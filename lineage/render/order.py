"""Ordering and kinds: how every output lists documents, edges, passages and links.

Output is deterministic: documents are ordered by id, edges by ``(source,
target)``, passages and links by their target span, so the same graph always
renders to the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from ..codec import ordered_links
from ..models import Document, Edge, LineageGraph, Link, Passage
from .safe import pct

EdgeKind = Literal["verbatim", "rewritten", "partial"]


PARTIAL_SHARE = 0.5


def ordered_documents(graph: LineageGraph) -> tuple[Document, ...]:
    """The graph's documents sorted by id."""
    return tuple(sorted(graph.documents, key=lambda d: d.id))


def ordered_edges(graph: LineageGraph) -> tuple[Edge, ...]:
    """The graph's edges sorted by ``(source, target)``; the order of edge anchors in reports."""
    return tuple(sorted(graph.edges, key=lambda e: (e.source, e.target)))


def stories(graph: LineageGraph) -> dict[str, str]:
    """The story of every article in a derivation: the connected group of articles its edges join,
    named by the smallest id in it (deterministic). Articles in no edge have no story."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in graph.edges:
        a, b = root(e.source), root(e.target)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {x: root(x) for x in sorted(parent)}


@dataclass(frozen=True, slots=True)
class Story:
    """One connected group of derivations: ``name`` is its smallest article id (the JSON's
    ``story``), ``page`` the file of its page relative to the index, ``graph`` its part of
    the graph (its articles, derivations and sibling relations)."""

    name: str
    page: str
    graph: LineageGraph


def split_stories(graph: LineageGraph, folder: str) -> list[Story]:
    """The graph's stories, biggest first (articles, then derivations, then name), each with its
    page ``folder/story-NNNN.html`` numbered in that order."""
    story_of = stories(graph)
    docs = {d.id: d for d in graph.documents}
    edges: dict[str, list[Any]] = {}
    for e in ordered_edges(graph):
        edges.setdefault(story_of[e.source], []).append(e)
    members: dict[str, list[Document]] = {}
    for doc_id, name in story_of.items():
        if doc_id in docs:
            members.setdefault(name, []).append(docs[doc_id])
    relations: dict[str, list[Any]] = {}
    for r in graph.relations:
        group = story_of.get(r.a)
        if group is not None and story_of.get(r.b) == group:
            relations.setdefault(group, []).append(r)
    names = sorted(edges, key=lambda n: (-len(members.get(n, ())), -len(edges[n]), n))
    width = max(4, len(str(len(names))))
    return [
        Story(
            name=n,
            page=f"{folder}/story-{k:0{width}d}.html",
            graph=LineageGraph(
                documents=tuple(members.get(n, ())), edges=tuple(edges[n]), relations=tuple(relations.get(n, ()))
            ),
        )
        for k, n in enumerate(names, start=1)
    ]


def sibling_groups(graph: LineageGraph) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The articles that share text through a common source without deriving from each other:
    ``(sources, members)`` per set of common sources, members sorted by id, groups by sources."""
    groups: dict[tuple[str, ...], set[str]] = {}
    for r in graph.relations:
        if r.kind == "sibling":
            groups.setdefault(r.common_sources, set()).update((r.a, r.b))
    return tuple((sources, tuple(sorted(members))) for sources, members in sorted(groups.items()))


def document_ids(graph: LineageGraph) -> tuple[str, ...]:
    """Ids of the documents and of every edge end, sorted: diagram node ``dN`` is the N-th."""
    ids = {d.id for d in graph.documents}
    ids.update(x for e in graph.edges for x in (e.source, e.target))
    return tuple(sorted(ids))


def passage_links(passage: Passage) -> tuple[Link, ...]:
    """The passage's links in target order, or the whole passage as one link when it has none."""
    if passage.links:
        return ordered_links(passage)
    return (
        Link(
            source_sentences=(),
            target_sentences=(),
            source_span=passage.source_span,
            target_span=passage.target_span,
            label=passage.label,
            score=passage.score,
            drift=passage.drift,
        ),
    )


def published_key(doc: Document) -> tuple[int, float, str]:
    """Sort key putting documents in publication order; undated ones last, ties by id."""
    if doc.published:
        try:
            when = datetime.fromisoformat(doc.published.strip())
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return (0, when.timestamp(), doc.id)
        except (ValueError, OverflowError):
            pass
    return (1, 0.0, doc.id)


def edge_kind(edge: Edge, partial_below: float = PARTIAL_SHARE) -> EdgeKind:
    """How the target reuses the source, for colouring.

    ``partial`` when the reuse is a minor part of both texts (source and
    target shares both under ``partial_below``); otherwise ``verbatim`` when
    verbatim passages make at least half of the reused target characters,
    else ``rewritten``.
    """
    comparison = edge.comparison
    if max(comparison.source_share, comparison.target_share) < partial_below:
        return "partial"
    verbatim = sum(p.target_span[1] - p.target_span[0] for p in comparison.passages if p.label == "verbatim")
    total = sum(p.target_span[1] - p.target_span[0] for p in comparison.passages)
    return "verbatim" if total > 0 and 2 * verbatim >= total else "rewritten"


def edge_summary(edge: Edge) -> str:
    """``62% · 0 verbatim / 11 rewritten · 1 drift``: the edge label of diagrams."""
    c = edge.comparison
    return f"{pct(c.target_share)} · {c.verbatim} verbatim / {c.rewritten} rewritten · {len(c.drift)} drift"


def flag_text(value: object) -> str:
    """A finding's yes/no/unknown cell."""
    return "unknown" if value is None else ("yes" if value else "no")


def finding_drift_text(finding: Mapping[str, Any]) -> str:
    """A finding's drift as ``from→to; ...``."""
    return "; ".join(f"{d['from']}→{d['to']}" for d in finding.get("drift", ()))
