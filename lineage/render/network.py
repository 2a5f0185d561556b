"""The lineage graph for network tools: GraphML, which Gephi, Cytoscape, yEd and networkx read.

:func:`to_networkx` builds a ``networkx.DiGraph`` (articles as nodes with their outlet, date,
title, URL, story and length; derivations as edges with their figures, kind, direction and
attribution); :func:`write_graphml` writes it with networkx's GraphML writer. Article strings
are cleaned of characters XML does not allow (one for one); absent values are empty strings,
as GraphML has no null.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from ..models import LineageGraph
from .order import edge_kind, ordered_documents, ordered_edges, stories
from .safe import clean_text


def _text(value: str | None) -> str:
    return clean_text(value) if value else ""


def to_networkx(graph: LineageGraph) -> nx.DiGraph:
    """The graph as a networkx DiGraph, nodes and edges in the order of every other output."""
    story = stories(graph)
    g = nx.DiGraph()
    for d in ordered_documents(graph):
        g.add_node(
            _text(d.id),
            outlet=_text(d.outlet),
            published=_text(d.published),
            title=_text(d.title),
            url=_text(d.url),
            story=_text(story.get(d.id)),
            length=len(d.text),
        )
    for e in ordered_edges(graph):
        c = e.comparison
        g.add_edge(
            _text(e.source),
            _text(e.target),
            share=round(c.target_share, 4),
            source_share=round(c.source_share, 4),
            verbatim=c.verbatim,
            rewritten=c.rewritten,
            drift=len(c.drift),
            kind=edge_kind(e),
            direction=e.direction.method,
            determined=e.direction.determined,
            attribution=e.attribution.status if e.attribution is not None else "",
            story=_text(story.get(e.source)),
        )
    return g


def write_graphml(graph: LineageGraph, stream: BinaryIO) -> None:
    """Write the graph as GraphML (UTF-8) to a binary stream."""
    nx.write_graphml(to_networkx(graph), stream, encoding="utf-8", prettyprint=True)
