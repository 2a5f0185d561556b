"""JSON output: the lineage graph and a comparison, deterministic to the byte.

Edges, passages and links are encoded by :mod:`lineage.codec` (the encoding the
store and the batch engine use too); keys are sorted, lists ordered by id and by
target span.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..codec import (
    JSONObject,
    document_to_json,
    edge_to_json,
    ordered_links,
    ordered_passages,
    passage_to_json,
    relation_to_json,
    span_to_json,
)
from ..models import Comparison, Document, LineageGraph, Passage, Span
from ..version import tool_version
from .order import ordered_documents, ordered_edges, stories
from .safe import slice_text


def graph_to_json(graph: LineageGraph) -> JSONObject:
    """The graph as a JSON-ready dict: documents by id, edges by (source, target).

    ``share`` is the edge's target share (the part of the child that is reused
    text). Spans are ``[start, end]`` offsets into each document's original text.
    ``story`` names the connected group of derivations a document or edge belongs to (its
    smallest document id; null for a document in no edge); ``lineage_version`` the tool's version.
    ``siblings`` lists the pairs that share text through a common source (no edge is
    drawn between them), ``set_aside`` the other aligned pairs attribution did not draw
    (a skipped generation, ``ancestor``; a candidate whose material others explain better).
    """
    story = stories(graph)
    return {
        "lineage_version": tool_version(),
        "documents": [{**document_to_json(d), "story": story.get(d.id)} for d in ordered_documents(graph)],
        "edges": [{**edge_to_json(e), "story": story[e.source]} for e in ordered_edges(graph)],
        "problems": [
            {"origin": p.origin, "message": p.message}
            for p in sorted(graph.problems, key=lambda p: (p.origin, p.message))
        ],
        "siblings": [relation_to_json(r) for r in graph.relations if r.kind == "sibling"],
        "set_aside": [relation_to_json(r) for r in graph.relations if r.kind != "sibling"],
    }


def _dump(obj: JSONObject, stream: TextIO) -> None:
    json.dump(obj, stream, ensure_ascii=False, indent=2, sort_keys=True)
    stream.write("\n")


def write_json(graph: LineageGraph, stream: TextIO) -> None:
    """Write :func:`graph_to_json` to ``stream``: indented, keys sorted, one final newline."""
    _dump(graph_to_json(graph), stream)


def _spans_with_text(spans: Iterable[Span], text: str) -> list[JSONObject]:
    return [{"span": span_to_json(s), "text": slice_text(text, s)} for s in sorted(spans)]


def _with_texts(passage: Passage, texts: tuple[str, str]) -> JSONObject:
    """A passage and its links with the text of every span."""
    out = passage_to_json(passage)
    for item, link in zip(out["links"], ordered_links(passage), strict=True):
        item["source_text"] = slice_text(texts[0], link.source_span)
        item["target_text"] = slice_text(texts[1], link.target_span)
    out["source_text"] = slice_text(texts[0], passage.source_span)
    out["target_text"] = slice_text(texts[1], passage.target_span)
    return out


def comparison_to_json(comparison: Comparison, source_doc: Document, target_doc: Document) -> JSONObject:
    """One comparison as a JSON-ready dict, with the text of every span for readability.

    Passages have the shape of :func:`graph_to_json` plus ``source_text`` and
    ``target_text``; ``original`` and ``boilerplate`` list the target's own and
    boilerplate spans, ``source_boilerplate`` the source's boilerplate.
    """
    texts = (source_doc.text, target_doc.text)
    return {
        "source": document_to_json(source_doc),
        "target": document_to_json(target_doc),
        "source_share": round(comparison.source_share, 4),
        "target_share": round(comparison.target_share, 4),
        "verbatim": comparison.verbatim,
        "rewritten": comparison.rewritten,
        "drift_count": len(comparison.drift),
        **({"languages": list(comparison.languages)} if comparison.languages is not None else {}),
        "passages": [_with_texts(p, texts) for p in ordered_passages(comparison)],
        "original": _spans_with_text(comparison.original, target_doc.text),
        "boilerplate": _spans_with_text(comparison.boilerplate, target_doc.text),
        "source_boilerplate": _spans_with_text(comparison.source_boilerplate, source_doc.text),
    }


def write_comparison_json(comparison: Comparison, source_doc: Document, target_doc: Document, stream: TextIO) -> None:
    """Write :func:`comparison_to_json` to ``stream`` in the format of :func:`write_json`."""
    _dump(comparison_to_json(comparison, source_doc, target_doc), stream)
