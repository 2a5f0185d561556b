"""The one encoding of the data model as JSON-ready values, and back.

``lineage trace --format json``, the store's edge records and the batch engine's
edge rows all encode edges with these functions, so an edge read back from any of
them is the edge that was written. Passages and links are listed in target order;
every span is ``[start, end]`` into its document's original text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .models import (
    Attribution,
    AttributionStatus,
    Comparison,
    Direction,
    DirectionMethod,
    Document,
    Drift,
    Edge,
    Explanation,
    Label,
    Link,
    LinkEvidence,
    Passage,
    Relation,
    Span,
)

JSONObject = dict[str, Any]


def span_to_json(span: Span) -> list[int]:
    """A span as ``[start, end]``."""
    return [int(span[0]), int(span[1])]


def span_from_json(value: Sequence[Any]) -> Span:
    """A span from ``[start, end]``."""
    return (int(value[0]), int(value[1]))


def drift_to_json(drift: Drift) -> JSONObject:
    """``{"kind", "from", "to", "source_span", "target_span"}``."""
    return {
        "kind": drift.kind,
        "from": drift.source,
        "to": drift.target,
        "source_span": span_to_json(drift.source_span),
        "target_span": span_to_json(drift.target_span),
    }


def drift_from_json(data: Mapping[str, Any]) -> Drift:
    """The inverse of :func:`drift_to_json`."""
    return Drift(
        data["kind"], data["from"], data["to"], span_from_json(data["source_span"]), span_from_json(data["target_span"])
    )


def ordered_passages(comparison: Comparison) -> tuple[Passage, ...]:
    """A comparison's passages in target order."""
    return tuple(sorted(comparison.passages, key=lambda p: (p.target_span, p.source_span)))


def ordered_links(passage: Passage) -> tuple[Link, ...]:
    """A passage's links in target order."""
    return tuple(sorted(passage.links, key=lambda k: (k.target_span, k.source_span)))


def link_to_json(link: Link) -> JSONObject:
    """A sentence-level link."""
    return {
        "source_sentences": list(link.source_sentences),
        "target_sentences": list(link.target_sentences),
        "source_span": span_to_json(link.source_span),
        "target_span": span_to_json(link.target_span),
        "label": link.label,
        "score": round(link.score, 4),
        "drift": [drift_to_json(d) for d in link.drift],
        **({"evidence": evidence_to_json(link.evidence)} if link.evidence is not None else {}),
    }


def link_from_json(data: Mapping[str, Any]) -> Link:
    """The inverse of :func:`link_to_json`."""
    return Link(
        source_sentences=tuple(int(k) for k in data["source_sentences"]),
        target_sentences=tuple(int(k) for k in data["target_sentences"]),
        source_span=span_from_json(data["source_span"]),
        target_span=span_from_json(data["target_span"]),
        label=cast(Label, data["label"]),
        score=float(data["score"]),
        drift=tuple(drift_from_json(d) for d in data["drift"]),
        evidence=evidence_from_json(data["evidence"]) if "evidence" in data else None,
    )


def evidence_to_json(e: LinkEvidence) -> JSONObject:
    """``{"facts", "words", "shared_words", "words_in_copy"}``."""
    return {"facts": list(e.facts), "words": list(e.words), "shared_words": e.shared, "words_in_copy": e.words_in_copy}


def evidence_from_json(data: Mapping[str, Any]) -> LinkEvidence:
    """The inverse of :func:`evidence_to_json`."""
    return LinkEvidence(
        tuple(str(x) for x in data["facts"]),
        tuple(str(x) for x in data["words"]),
        int(data["shared_words"]),
        int(data["words_in_copy"]),
    )


def passage_to_json(passage: Passage) -> JSONObject:
    """A passage with its links."""
    return {
        "source_span": span_to_json(passage.source_span),
        "target_span": span_to_json(passage.target_span),
        "label": passage.label,
        "score": round(passage.score, 4),
        "drift": [drift_to_json(d) for d in passage.drift],
        "links": [link_to_json(k) for k in ordered_links(passage)],
    }


def passage_from_json(data: Mapping[str, Any]) -> Passage:
    """The inverse of :func:`passage_to_json`."""
    return Passage(
        source_span=span_from_json(data["source_span"]),
        target_span=span_from_json(data["target_span"]),
        label=cast(Label, data["label"]),
        score=float(data["score"]),
        drift=tuple(drift_from_json(d) for d in data["drift"]),
        links=tuple(link_from_json(k) for k in data["links"]),
    )


def comparison_to_json(comparison: Comparison) -> JSONObject:
    """A whole comparison: passages, shares, the target's own and boilerplate spans, the
    source's boilerplate spans."""
    return {
        "passages": [passage_to_json(p) for p in ordered_passages(comparison)],
        "source_share": round(comparison.source_share, 4),
        "target_share": round(comparison.target_share, 4),
        "original": [span_to_json(s) for s in comparison.original],
        "boilerplate": [span_to_json(s) for s in comparison.boilerplate],
        "source_boilerplate": [span_to_json(s) for s in comparison.source_boilerplate],
        **({"languages": list(comparison.languages)} if comparison.languages is not None else {}),
    }


def comparison_from_json(data: Mapping[str, Any]) -> Comparison:
    """The inverse of :func:`comparison_to_json`."""
    return Comparison(
        passages=tuple(passage_from_json(p) for p in data["passages"]),
        source_share=float(data["source_share"]),
        target_share=float(data["target_share"]),
        original=tuple(span_from_json(s) for s in data["original"]),
        boilerplate=tuple(span_from_json(s) for s in data["boilerplate"]),
        source_boilerplate=tuple(span_from_json(s) for s in data["source_boilerplate"]),
        languages=(str(data["languages"][0]), str(data["languages"][1])) if "languages" in data else None,
    )


def direction_to_json(direction: Direction) -> JSONObject:
    """``{"method", "determined", "evidence"}``."""
    return {"method": direction.method, "determined": direction.determined, "evidence": list(direction.evidence)}


def direction_from_json(data: Mapping[str, Any]) -> Direction:
    """The inverse of :func:`direction_to_json`."""
    return Direction(cast(DirectionMethod, data["method"]), tuple(str(e) for e in data["evidence"]))


def explanation_to_json(e: Explanation) -> list[Any]:
    """``[unit, wording, raw, similarity, source_span, target_span]`` (compact: a store keeps many)."""
    return [e.unit, e.wording, e.raw, e.similarity, span_to_json(e.source_span), span_to_json(e.target_span)]


def explanation_from_json(data: Sequence[Any]) -> Explanation:
    """The inverse of :func:`explanation_to_json`."""
    unit, wording, raw, similarity, source, target = data
    return Explanation(
        int(unit), int(wording), int(raw), float(similarity), span_from_json(source), span_from_json(target)
    )


def attribution_to_json(a: Attribution) -> JSONObject:
    """``{"status", "sentences", "target_spans", "evidence", "alternatives", "equivalent", "tied"}``."""
    return {
        "status": a.status,
        "sentences": list(a.units),
        "target_spans": [span_to_json(s) for s in a.target_spans],
        "evidence": list(a.evidence),
        "alternatives": list(a.alternatives),
        "equivalent": list(a.equivalent),
        "tied": list(a.tied),
    }


def attribution_from_json(data: Mapping[str, Any]) -> Attribution:
    """The inverse of :func:`attribution_to_json`."""
    return Attribution(
        cast(AttributionStatus, data["status"]),
        tuple(int(u) for u in data["sentences"]),
        tuple(span_from_json(s) for s in data["target_spans"]),
        tuple(str(x) for x in data["evidence"]),
        tuple(str(x) for x in data["alternatives"]),
        tuple(str(x) for x in data["equivalent"]),
        tuple(str(x) for x in data["tied"]),
    )


def relation_to_json(r: Relation) -> JSONObject:
    """``{"a", "b", "relation", "common_sources", "evidence"}``."""
    return {
        "a": r.a,
        "b": r.b,
        "relation": r.kind,
        "common_sources": list(r.common_sources),
        "evidence": list(r.evidence),
    }


def edge_to_json(edge: Edge) -> JSONObject:
    """An edge as ``lineage trace --format json`` lists it: ends, direction, figures, passages,
    and, in an attributed graph, why this parent was chosen (``attribution``)."""
    c = edge.comparison
    return {
        **({"attribution": attribution_to_json(edge.attribution)} if edge.attribution is not None else {}),
        "source": edge.source,
        "target": edge.target,
        "direction": direction_to_json(edge.direction),
        "share": round(c.target_share, 4),
        "source_share": round(c.source_share, 4),
        "verbatim": c.verbatim,
        "rewritten": c.rewritten,
        "drift_count": len(c.drift),
        **({"languages": list(c.languages)} if c.languages is not None else {}),
        "passages": [passage_to_json(p) for p in ordered_passages(c)],
    }


def edge_figures(edge: Edge) -> tuple[float, float, int, int, int, int]:
    """An edge's figures as plain values, as the JSON states them: ``share`` (of the child),
    ``source_share``, verbatim and rewritten links, drift items, passages (the Parquet edge rows
    and the store's columns)."""
    c = edge.comparison
    return (round(c.target_share, 4), round(c.source_share, 4), c.verbatim, c.rewritten, len(c.drift), len(c.passages))


def edge_record(edge: Edge) -> JSONObject:
    """Everything of an edge, for storage: its ends, direction and whole comparison."""
    return {
        "source": edge.source,
        "target": edge.target,
        "direction": direction_to_json(edge.direction),
        "comparison": comparison_to_json(edge.comparison),
        "explains": [explanation_to_json(e) for e in edge.explains],
        **({"attribution": attribution_to_json(edge.attribution)} if edge.attribution is not None else {}),
    }


def edge_from_record(data: Mapping[str, Any]) -> Edge:
    """The inverse of :func:`edge_record`."""
    return Edge(
        str(data["source"]),
        str(data["target"]),
        comparison_from_json(data["comparison"]),
        direction_from_json(data["direction"]),
        tuple(explanation_from_json(e) for e in data.get("explains", ())),
        attribution_from_json(data["attribution"]) if "attribution" in data else None,
    )


def document_to_json(doc: Document) -> JSONObject:
    """A document's metadata (not its text)."""
    return {
        "id": doc.id,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
        "author": doc.author,
        "length": len(doc.text),
    }
