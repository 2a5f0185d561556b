"""Render a lineage graph or a comparison: JSON, CSV, terminal tables, Graphviz diagrams.

Every function here is pure: it returns a value or writes to the stream it is
given. Output is deterministic: documents are ordered by id, edges by
``(source, target)``, passages and links by their target span, so the same
graph always renders to the same bytes.

Article-derived strings (ids, outlets, titles, texts) are never trusted: in
DOT they only appear inside escaped HTML-like labels or escaped strings, in
terminal output control characters are replaced.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from typing import Any, Literal, TextIO

import graphviz

from .errors import RenderError
from .models import Comparison, Document, Drift, Edge, LineageGraph, Link, Passage, Sentence, Span

EdgeKind = Literal["verbatim", "rewritten", "partial"]
JSONObject = dict[str, Any]

PARTIAL_SHARE = 0.5
"""An edge whose reused text is less than this share of both texts is drawn as ``partial``."""

EDGE_COLOURS: dict[EdgeKind, str] = {
    "verbatim": "#c0392b",
    "rewritten": "#2471a3",
    "partial": "#d68910",
}
LABEL_FILLS = {"verbatim": "#fadbd8", "rewritten": "#d6eaf8"}

CSV_HEADER = (
    "source",
    "target",
    "label",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "score",
    "drift",
)

_SOURCE_SUFFIXES = frozenset({".dot", ".gv"})
_IMAGE_SUFFIXES = {".svg": "svg", ".png": "png", ".pdf": "pdf"}

# Characters that are not allowed in XML 1.0 (and so not in SVG or Graphviz HTML labels),
# plus C1 controls and lone surrogates: replaced one for one, so offsets keep their meaning.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Also unwanted on a terminal: the remaining white space controls and bidi overrides.
_TERMINAL_UNSAFE = re.compile("[\t\n\r\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------- text helpers


def clean_text(text: str) -> str:
    """Replace characters unsafe in XML, SVG or a terminal by U+FFFD, one for one.

    The result has the same length as ``text``, so spans still apply.
    """
    return _UNSAFE.sub("\ufffd", text)


def _one_line(text: str) -> str:
    """``text`` cleaned, white space runs collapsed to one space, stripped."""
    return _SPACES.sub(" ", _TERMINAL_UNSAFE.sub(" ", clean_text(text))).strip()


def _shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = _one_line(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _slice(text: str, span: Span) -> str:
    """``text[start:end]`` with the span clamped to the text."""
    start = max(0, min(span[0], len(text)))
    end = max(start, min(span[1], len(text)))
    return text[start:end]


def _html(text: str) -> str:
    """Text escaped for an HTML-like Graphviz label (never empty: empty tags are DOT errors)."""
    # Graphviz's HTML-label lexer rejects some bare brackets (a lone "]"): use entities.
    return html.escape(text, quote=True).replace("[", "&#91;").replace("]", "&#93;") or " "


def _dot_string(text: str) -> str:
    """A plain DOT attribute value (an escString) showing ``text`` literally."""
    # nohtml: a value that starts with "<" and ends with ">" must stay a quoted string.
    value: str = graphviz.nohtml(graphviz.escape(_one_line(text)))
    return value


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide East Asian characters count twice)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - _display_width(text))
    return fill + text if right else text + fill


# --------------------------------------------------------------------------- ordering


def ordered_documents(graph: LineageGraph) -> tuple[Document, ...]:
    """The graph's documents sorted by id."""
    return tuple(sorted(graph.documents, key=lambda d: d.id))


def ordered_edges(graph: LineageGraph) -> tuple[Edge, ...]:
    """The graph's edges sorted by ``(source, target)``; the order of edge anchors in reports."""
    return tuple(sorted(graph.edges, key=lambda e: (e.source, e.target)))


def document_ids(graph: LineageGraph) -> tuple[str, ...]:
    """Ids of the documents and of every edge end, sorted: diagram node ``dN`` is the N-th."""
    ids = {d.id for d in graph.documents}
    ids.update(x for e in graph.edges for x in (e.source, e.target))
    return tuple(sorted(ids))


def _ordered_passages(comparison: Comparison) -> tuple[Passage, ...]:
    return tuple(sorted(comparison.passages, key=lambda p: (p.target_span, p.source_span)))


def _ordered_links(passage: Passage) -> tuple[Link, ...]:
    return tuple(sorted(passage.links, key=lambda k: (k.target_span, k.source_span)))


def passage_links(passage: Passage) -> tuple[Link, ...]:
    """The passage's links in target order, or the whole passage as one link when it has none."""
    if passage.links:
        return _ordered_links(passage)
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
    return f"{_pct(c.target_share)} · {c.verbatim} verbatim / {c.rewritten} rewritten · {len(c.drift)} drift"


# --------------------------------------------------------------------------- JSON


def _span_json(span: Span) -> list[int]:
    return [int(span[0]), int(span[1])]


def _drift_json(drift: Drift) -> JSONObject:
    return {
        "kind": drift.kind,
        "from": drift.source,
        "to": drift.target,
        "source_span": _span_json(drift.source_span),
        "target_span": _span_json(drift.target_span),
    }


def _link_json(link: Link, texts: tuple[str, str] | None) -> JSONObject:
    out: JSONObject = {
        "source_sentences": list(link.source_sentences),
        "target_sentences": list(link.target_sentences),
        "source_span": _span_json(link.source_span),
        "target_span": _span_json(link.target_span),
        "label": link.label,
        "score": round(link.score, 4),
        "drift": [_drift_json(d) for d in link.drift],
    }
    if texts is not None:
        out["source_text"] = _slice(texts[0], link.source_span)
        out["target_text"] = _slice(texts[1], link.target_span)
    return out


def _passage_json(passage: Passage, texts: tuple[str, str] | None = None) -> JSONObject:
    out: JSONObject = {
        "source_span": _span_json(passage.source_span),
        "target_span": _span_json(passage.target_span),
        "label": passage.label,
        "score": round(passage.score, 4),
        "drift": [_drift_json(d) for d in passage.drift],
        "links": [_link_json(link, texts) for link in _ordered_links(passage)],
    }
    if texts is not None:
        out["source_text"] = _slice(texts[0], passage.source_span)
        out["target_text"] = _slice(texts[1], passage.target_span)
    return out


def document_to_json(doc: Document) -> JSONObject:
    """A document's metadata (not its text) as a JSON-ready dict."""
    return {
        "id": doc.id,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
        "length": len(doc.text),
    }


def _edge_json(edge: Edge) -> JSONObject:
    c = edge.comparison
    return {
        "source": edge.source,
        "target": edge.target,
        "direction": {
            "method": edge.direction.method,
            "determined": edge.direction.determined,
            "evidence": list(edge.direction.evidence),
        },
        "share": round(c.target_share, 4),
        "source_share": round(c.source_share, 4),
        "verbatim": c.verbatim,
        "rewritten": c.rewritten,
        "drift_count": len(c.drift),
        "passages": [_passage_json(p) for p in _ordered_passages(c)],
    }


def graph_to_json(graph: LineageGraph) -> JSONObject:
    """The graph as a JSON-ready dict: documents by id, edges by (source, target).

    ``share`` is the edge's target share (the part of the child that is reused
    text). Spans are ``[start, end]`` offsets into each document's original text.
    """
    return {
        "documents": [document_to_json(d) for d in ordered_documents(graph)],
        "edges": [_edge_json(e) for e in ordered_edges(graph)],
        "problems": [
            {"origin": p.origin, "message": p.message}
            for p in sorted(graph.problems, key=lambda p: (p.origin, p.message))
        ],
    }


def _dump(obj: JSONObject, stream: TextIO) -> None:
    json.dump(obj, stream, ensure_ascii=False, indent=2, sort_keys=True)
    stream.write("\n")


def write_json(graph: LineageGraph, stream: TextIO) -> None:
    """Write :func:`graph_to_json` to ``stream``: indented, keys sorted, one final newline."""
    _dump(graph_to_json(graph), stream)


def _spans_with_text(spans: Iterable[Span], text: str) -> list[JSONObject]:
    return [{"span": _span_json(s), "text": _slice(text, s)} for s in sorted(spans)]


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
        "passages": [_passage_json(p, texts) for p in _ordered_passages(comparison)],
        "original": _spans_with_text(comparison.original, target_doc.text),
        "boilerplate": _spans_with_text(comparison.boilerplate, target_doc.text),
        "source_boilerplate": _spans_with_text(comparison.source_boilerplate, source_doc.text),
    }


def write_comparison_json(comparison: Comparison, source_doc: Document, target_doc: Document, stream: TextIO) -> None:
    """Write :func:`comparison_to_json` to ``stream`` in the format of :func:`write_json`."""
    _dump(comparison_to_json(comparison, source_doc, target_doc), stream)


# --------------------------------------------------------------------------- CSV


def _drift_cell(drift: Sequence[Drift]) -> str:
    return "; ".join(f"{d.source}→{d.target}" for d in drift)


def write_csv(graph: LineageGraph, stream: TextIO) -> None:
    """Write one CSV row per passage (header first): ids, label, spans, score, drift ``from→to; ...``."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for edge in ordered_edges(graph):
        for p in _ordered_passages(edge.comparison):
            writer.writerow(
                (
                    edge.source,
                    edge.target,
                    p.label,
                    p.source_span[0],
                    p.source_span[1],
                    p.target_span[0],
                    p.target_span[1],
                    f"{p.score:.4f}",
                    _drift_cell(p.drift),
                )
            )


# --------------------------------------------------------------------------- terminal


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> str:
    """Columns padded to their widest cell, two spaces apart; ``right`` columns right-aligned."""
    widths = [_display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _display_width(cell))
    lines = []
    for row in (headers, *rows):
        cells = [_pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _outlet(doc: Document | None, limit: int = 24) -> str:
    if doc is None or not doc.outlet:
        return "?"
    return _shorten(doc.outlet, limit) or "?"


def _lookup(graph: LineageGraph) -> dict[str, Document]:
    return {d.id: d for d in graph.documents}


def format_table(graph: LineageGraph) -> str:
    """A terminal summary: one row per edge (parent → child), then the documents.

    Undetermined edges are shown ``a — b``. Ends with a newline.
    """
    docs = _lookup(graph)
    edges = ordered_edges(graph)
    parts: list[str] = []
    if edges:
        rows = []
        for edge in edges:
            c = edge.comparison
            arrow = "→" if edge.direction.determined else "—"
            rows.append(
                [
                    f"{_one_line(edge.source)} {arrow} {_one_line(edge.target)}",
                    f"{_outlet(docs.get(edge.source))} {arrow} {_outlet(docs.get(edge.target))}",
                    _pct(c.target_share),
                    str(c.verbatim),
                    str(c.rewritten),
                    str(len(c.drift)),
                    edge_kind(edge),
                    edge.direction.method,
                ]
            )
        headers = [
            "parent → child",
            "outlets",
            "share",
            "verbatim",
            "rewritten",
            "drift",
            "kind",
            "direction",
        ]
        parts.append(f"{len(edges)} derivation(s) between {len(graph.documents)} document(s)")
        parts.append(_table(headers, rows, right=frozenset({2, 3, 4, 5})))
    else:
        parts.append(f"no reused text found between {len(graph.documents)} document(s)")
    parents: dict[str, int] = {}
    children: dict[str, int] = {}
    for edge in edges:
        if edge.direction.determined:
            parents[edge.target] = parents.get(edge.target, 0) + 1
            children[edge.source] = children.get(edge.source, 0) + 1
    doc_rows = [
        [
            _one_line(d.id),
            _outlet(d),
            _one_line(d.published or "?"),
            str(len(d.text)),
            str(parents.get(d.id, 0)),
            str(children.get(d.id, 0)),
            _shorten(d.title or "", 48),
        ]
        for d in ordered_documents(graph)
    ]
    doc_headers = ["document", "outlet", "published", "chars", "parents", "children", "title"]
    parts.append("")
    parts.append(_table(doc_headers, doc_rows, right=frozenset({3, 4, 5})))
    if graph.problems:
        parts.append("")
        parts.append(f"{len(graph.problems)} problem(s):")
        parts.extend(
            f"  {_one_line(p.origin)}: {_one_line(p.message)}"
            for p in sorted(graph.problems, key=lambda p: (p.origin, p.message))
        )
    return "\n".join(parts) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(_one_line(text), width=width, break_long_words=True, break_on_hyphens=False) or [""]


def format_comparison(
    comparison: Comparison,
    source_text: str,
    target_text: str,
    *,
    width: int = 100,
    source_label: str = "source",
    target_label: str = "target",
) -> str:
    """A side-by-side terminal view of one comparison, ending with a newline.

    Every link shows its source sentence(s) left and target sentence(s) right
    with label, score and drift (``from → to``); then the target's own
    sentences and its boilerplate. ``width`` is the total line width.
    """
    col = max(20, (width - 3) // 2)
    full = 2 * col + 3
    c = comparison
    lines = [
        f"target {_pct(c.target_share)} reused · source {_pct(c.source_share)} reused · "
        f"{c.verbatim} verbatim / {c.rewritten} rewritten sentence link(s) · {len(c.drift)} drift",
        "",
        f"{_pad(_shorten(source_label, col), col)} │ {_shorten(target_label, col)}",
        f"{'─' * col}─┼─{'─' * col}",
    ]
    passages = _ordered_passages(c)
    if not passages:
        lines.append("no aligned passages")
    for n, passage in enumerate(passages, start=1):
        for m, link in enumerate(passage_links(passage), start=1):
            header = f"[{n}.{m}] {link.label} {link.score:.2f}"
            lines.append(header)
            for d in link.drift:
                drift = f"  drift ({d.kind}): {_one_line(d.source)} → {_one_line(d.target)}"
                lines.extend(_wrap(drift, full))
            left = _wrap(_slice(source_text, link.source_span), col)
            right = _wrap(_slice(target_text, link.target_span), col)
            for a, b in zip_longest(left, right, fillvalue=""):
                lines.append(f"{_pad(a, col)} │ {b}".rstrip())
            lines.append("")
    for heading, spans in (
        ("target's own text (not found in the source)", c.original),
        ("target boilerplate", c.boilerplate),
    ):
        lines.append("─" * full)
        lines.append(heading)
        if not spans:
            lines.append("  (none)")
        for span in sorted(spans):
            text = _one_line(_slice(target_text, span))
            lines.extend(textwrap.wrap(text, width=full, initial_indent="  • ", subsequent_indent="    ") or ["  •"])
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- Graphviz: documents


def _components(ids: Sequence[str], edges: Sequence[Edge]) -> list[list[str]]:
    """Connected components of the undirected edge graph (union-find), members in ``ids`` order."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in edges:
        a, b = find(edge.source), find(edge.target)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _node_label(doc: Document) -> str:
    lines = [f"<B>{_html(_shorten(doc.id, 48))}</B>"]
    if doc.outlet and _one_line(doc.outlet):
        lines.append(_html(_shorten(doc.outlet, 40)))
    else:
        lines.append('<FONT COLOR="#777777"><I>unknown outlet</I></FONT>')
    lines.append(f'<FONT POINT-SIZE="9">{_html(_shorten(doc.published or "", 32) or "undated")}</FONT>')
    if doc.title and _one_line(doc.title):
        lines.append(f'<FONT POINT-SIZE="9" COLOR="#555555">{_html(_shorten(doc.title, 44))}</FONT>')
    return "<" + "<BR/>".join(lines) + ">"


def _node_tooltip(doc: Document) -> str:
    parts = [doc.id, doc.outlet or "unknown outlet", doc.published or "undated"]
    if doc.title:
        parts.append(doc.title)
    return _dot_string(_shorten(" — ".join(parts), 300))


def graph_to_dot(
    graph: LineageGraph, *, partial_below: float = PARTIAL_SHARE, anchors: bool = False
) -> graphviz.Digraph:
    """The document-level lineage diagram.

    Nodes show id, outlet, date and title; parents sit left of their copies
    (``rankdir=LR``), nodes are declared in publication order, documents that
    reuse nothing are still drawn. Each connected story is a cluster. Edges
    carry :func:`edge_summary` and a colour by :func:`edge_kind`; edges of
    undetermined direction are dashed, without arrow, drawn earliest → latest.
    Node names are ``d0``, ``d1``, ... in id order; article strings only
    appear escaped in labels and tooltips.

    Args:
        graph: the lineage graph.
        partial_below: see :func:`edge_kind`.
        anchors: link nodes to ``#doc-N`` and edges to ``#edge-N`` (N in id
            order), for embedding in the HTML report.
    """
    docs = {d.id: d for d in graph.documents}
    edges = ordered_edges(graph)
    ids = document_ids(graph)
    for doc_id in ids:
        docs.setdefault(doc_id, Document(id=doc_id, text=""))
    names = {doc_id: f"d{i}" for i, doc_id in enumerate(ids)}
    by_time = [d.id for d in sorted(docs.values(), key=published_key)]
    roots = {e.source for e in edges if e.direction.determined} - {e.target for e in edges if e.direction.determined}

    dot = graphviz.Digraph(
        "lineage",
        graph_attr={
            "rankdir": "LR",
            "fontname": "Helvetica",
            "fontsize": "10",
            "nodesep": "0.3",
            "ranksep": "1.1",
            "labelloc": "b",
            "labeljust": "l",
            "label": "red: verbatim · blue: rewritten · orange: partial reuse · "
            "dashed: direction undetermined · bold: source of copies",
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "white",
            "fontname": "Helvetica",
            "fontsize": "11",
        },
        edge_attr={"fontname": "Helvetica", "fontsize": "9"},
    )

    def add_node(target: graphviz.Digraph, doc: Document) -> None:
        attrs = {"tooltip": _node_tooltip(doc), "id": f"{names[doc.id]}"}
        if doc.id in roots:
            attrs.update(penwidth="2.5", fillcolor="#fef9e7")
        if anchors:
            attrs["href"] = f"#doc-{names[doc.id][1:]}"
        target.node(names[doc.id], label=_node_label(doc), **attrs)

    # dot stacks the nodes of a rank (and separate components) bottom to top in declaration
    # order when rankdir=LR: declaring latest first puts the earliest story at the top.
    components = _components(by_time, edges)
    stories = {tuple(m): n for n, m in enumerate((m for m in components if len(m) > 1), start=1)}
    for members in reversed(components):
        if len(members) == 1:
            add_node(dot, docs[members[0]])
            continue
        story = stories[tuple(members)]
        with dot.subgraph(name=f"cluster_{story}") as cluster:
            cluster.attr(label=f"story {story}", style="rounded", color="#bbbbbb", fontcolor="#777777")
            for doc_id in reversed(members):
                add_node(cluster, docs[doc_id])

    rank = {doc_id: i for i, doc_id in enumerate(by_time)}
    for i, edge in enumerate(edges):
        kind = edge_kind(edge, partial_below)
        share = edge.comparison.target_share
        attrs = {
            "label": edge_summary(edge),
            "color": EDGE_COLOURS[kind],
            "fontcolor": EDGE_COLOURS[kind],
            "penwidth": f"{1.0 + 3.0 * max(0.0, min(share, 1.0)):.2f}",
            "tooltip": _dot_string(f"{edge.source} → {edge.target}: {kind}, direction {edge.direction.method}"),
            "id": f"e{i}",
        }
        tail, head = edge.source, edge.target
        if not edge.direction.determined:
            attrs.update(style="dashed", dir="none")
            if rank[head] < rank[tail]:
                tail, head = head, tail
        if anchors:
            attrs["href"] = f"#edge-{i}"
        dot.edge(names[tail], names[head], **attrs)
    return dot


def dot_source(graph: LineageGraph) -> str:
    """The DOT text of :func:`graph_to_dot` (deterministic)."""
    return str(graph_to_dot(graph).source)


# --------------------------------------------------------------------------- Graphviz: passages


def _spans(sentences: Sequence[Span | Sentence]) -> tuple[list[Span], set[int]]:
    spans: list[Span] = []
    flagged: set[int] = set()
    for i, s in enumerate(sentences):
        if isinstance(s, Sentence):
            spans.append(s.span)
            if s.boilerplate:
                flagged.add(i)
        else:
            spans.append((int(s[0]), int(s[1])))
    return spans, flagged


def _mostly_inside(span: Span, regions: Sequence[Span]) -> bool:
    length = max(1, span[1] - span[0])
    covered = sum(max(0, min(span[1], r[1]) - max(span[0], r[0])) for r in regions)
    return 2 * covered >= length


def _sentence_label(index: int, text: str, max_chars: int, note: str = "") -> str:
    lines = textwrap.wrap(f"{index}. {_shorten(text, max_chars)}", width=44) or [f"{index}."]
    if note:
        lines.append(note)
    return "<" + "".join(f'{_html(line)}<BR ALIGN="LEFT"/>' for line in lines) + ">"


def _header_label(role: str, doc: Document) -> str:
    meta = " · ".join(x for x in (_shorten(doc.outlet or "", 40), _shorten(doc.published or "", 32)) if x)
    lines = [f"<B>{_html(role)}</B>", f"<B>{_html(_shorten(doc.id, 48))}</B>"]
    if meta:
        lines.append(_html(meta))
    return "<" + "<BR/>".join(lines) + ">"


def passage_dot(
    edge: Edge,
    source_doc: Document,
    target_doc: Document,
    source_sentences_spans: Sequence[Span | Sentence],
    target_sentences_spans: Sequence[Span | Sentence],
    *,
    max_chars: int = 80,
) -> graphviz.Digraph:
    """The passage-level diagram of one edge: source sentences left, target sentences right.

    Each sentence is a box (text shortened to ``max_chars``); linked sentences
    are joined by an edge coloured by the link's label (red verbatim, blue
    rewritten), with drift ``from → to`` noted on it. Source sentences not
    reused and the target's own sentences are grey, boilerplate is dashed.

    Args:
        edge: the edge to draw.
        source_doc: the edge's source (parent) document.
        target_doc: the edge's target (child) document.
        source_sentences_spans: the source's sentence spans (or Sentences), in
            the order the links' sentence indices refer to.
        target_sentences_spans: the same for the target.
        max_chars: sentence text is shortened to this many characters.

    Raises:
        RenderError: a link refers to a sentence index that is not given.
    """
    src_spans, src_flagged = _spans(source_sentences_spans)
    tgt_spans, tgt_flagged = _spans(target_sentences_spans)
    c = edge.comparison
    src_label: dict[int, str] = {}
    tgt_label: dict[int, str] = {}
    links = [link for p in _ordered_passages(c) for link in _ordered_links(p)]
    for link in links:
        for side, indices, known, labels in (
            ("source", link.source_sentences, src_spans, src_label),
            ("target", link.target_sentences, tgt_spans, tgt_label),
        ):
            for i in indices:
                if not 0 <= i < len(known):
                    raise RenderError(
                        f"a link refers to {side} sentence {i} but {len(known)} {side} sentence spans "
                        "were given: pass the sentence spans the comparison was made with"
                    )
                if labels.get(i) != "rewritten":
                    labels[i] = link.label

    dot = graphviz.Digraph(
        "passages",
        graph_attr={
            "rankdir": "LR",
            "fontname": "Helvetica",
            "fontsize": "10",
            "nodesep": "0.12",
            "ranksep": "2.6",
            "labelloc": "b",
            "labeljust": "l",
            "label": "red: verbatim · blue: rewritten · grey: not reused / the target's own · dashed: boilerplate",
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "white",
            "fontname": "Helvetica",
            "fontsize": "10",
            "width": "3.6",
        },
        edge_attr={"fontname": "Helvetica", "fontsize": "9", "penwidth": "1.5"},
    )
    columns = (
        ("s", "SOURCE", source_doc, src_spans, src_flagged, src_label, c.source_boilerplate, "not reused"),
        ("t", "TARGET", target_doc, tgt_spans, tgt_flagged, tgt_label, c.boilerplate, "own text"),
    )
    for prefix, role, doc, spans, flagged, labels, boilerplate, unlinked in columns:
        with dot.subgraph(name=f"column_{prefix}") as column:
            column.attr(rank="same")
            column.node(f"{prefix}h", label=_header_label(role, doc), fillcolor="#f2f3f4", penwidth="1.5")
            previous = f"{prefix}h"
            for i, span in enumerate(spans):
                text = _slice(doc.text, span)
                attrs: dict[str, str] = {"tooltip": _dot_string(_shorten(text, 300))}
                if i in labels:
                    attrs["fillcolor"] = LABEL_FILLS[labels[i]]
                    attrs["color"] = EDGE_COLOURS["verbatim" if labels[i] == "verbatim" else "rewritten"]
                    label = _sentence_label(i, text, max_chars)
                elif i in flagged or _mostly_inside(span, boilerplate):
                    attrs.update(style="rounded,dashed", fontcolor="#999999", color="#bbbbbb")
                    label = _sentence_label(i, text, max_chars, "(boilerplate)")
                else:
                    attrs.update(fillcolor="#eeeeee", fontcolor="#666666", color="#bbbbbb")
                    label = _sentence_label(i, text, max_chars, f"({unlinked})")
                column.node(f"{prefix}{i}", label=label, **attrs)
                column.edge(previous, f"{prefix}{i}", style="invis")
                previous = f"{prefix}{i}"
    dot.edge("sh", "th", style="invis")

    for link in links:
        colour = EDGE_COLOURS["verbatim" if link.label == "verbatim" else "rewritten"]
        tooltip = _dot_string(f"{link.label} {link.score:.2f}")
        first = True
        for si in link.source_sentences:
            for ti in link.target_sentences:
                attrs = {"color": colour, "tooltip": tooltip}
                if first and link.drift:
                    notes = [f"{d.kind}: {_shorten(d.source, 30)} → {_shorten(d.target, 30)}" for d in link.drift]
                    attrs["label"] = "<" + "<BR/>".join(_html(n) for n in notes) + ">"
                    attrs["fontcolor"] = "#b03a2e"
                first = False
                dot.edge(f"s{si}", f"t{ti}", **attrs)
    return dot


# --------------------------------------------------------------------------- files


def _pipe(dot: graphviz.Digraph, fmt: str) -> bytes:
    try:
        return bytes(dot.pipe(format=fmt, quiet=True))
    except graphviz.ExecutableNotFound as e:
        raise RenderError(
            "Graphviz's dot program was not found: install Graphviz (apt-get install graphviz, "
            "brew install graphviz) or write a .dot file instead"
        ) from e
    except graphviz.CalledProcessError as e:
        detail = e.stderr.decode("utf-8", "replace").strip() if isinstance(e.stderr, bytes) else ""
        raise RenderError(f"Graphviz failed to draw the graph: {detail or e}") from e


def render_svg(dot: graphviz.Digraph) -> str:
    """The diagram drawn as SVG text by Graphviz.

    Raises:
        RenderError: Graphviz is not installed or fails.
    """
    return _pipe(dot, "svg").decode("utf-8")


def render_graph(dot: graphviz.Digraph, path: str | os.PathLike[str]) -> Path:
    """Write a diagram to ``path``, in the format its suffix names.

    ``.dot``/``.gv`` write the DOT source; ``.svg``, ``.png`` and ``.pdf`` are
    drawn by Graphviz's ``dot`` (piped, no temporary files).

    Returns:
        The path written.

    Raises:
        RenderError: unknown suffix, Graphviz missing or failing, or the file
            cannot be written.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix in _SOURCE_SUFFIXES:
        data = str(dot.source).encode("utf-8")
    elif suffix in _IMAGE_SUFFIXES:
        data = _pipe(dot, _IMAGE_SUFFIXES[suffix])
    else:
        shown = f"'{suffix}'" if suffix else "no suffix"
        raise RenderError(f"cannot draw a graph to {out} ({shown}): use a .svg, .png, .pdf, .dot or .gv file name")
    try:
        out.write_bytes(data)
    except OSError as e:
        raise RenderError(f"cannot write {out}: {e.strerror or e}; check that the folder exists and is writable") from e
    return out


FINDINGS_CSV_HEADER = (
    "document",
    "parent",
    "agency",
    "share",
    "verbatim",
    "rewritten",
    "credited",
    "licensed",
    "embargo_respected",
    "violations",
    "drift",
)


def _flag(value: object) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _finding_drift(finding: Mapping[str, Any]) -> str:
    return "; ".join(f"{d['from']}→{d['to']}" for d in finding.get("drift", ()))


def format_findings(audit_json: Mapping[str, Any]) -> str:
    """Terminal table of audit findings (the dict made by ``lineage.audit.findings_to_json``)."""
    findings = audit_json.get("findings", [])
    if not findings:
        return "no reuse of a policy agency's wire copy found\n"
    headers = ["document", "parent", "agency", "share", "credited", "licensed", "violations", "drift"]
    rows = [
        [
            _shorten(clean_text(str(f["document"])), 32),
            _shorten(clean_text(str(f["parent"])), 32),
            clean_text(str(f["agency"])),
            _pct(float(f["share"])),
            _flag(f["credited"]),
            _flag(f["licensed"]),
            ", ".join(f["violations"]) or "none",
            _shorten(clean_text(_finding_drift(f)), 40),
        ]
        for f in findings
    ]
    summary = audit_json.get("summary", {})
    counts = summary.get("violations", {})
    tail = ", ".join(f"{code} {n}" for code, n in counts.items() if n) or "no violations"
    head = f"{len(findings)} finding(s), {summary.get('violating', 0)} with violations: {tail}"
    return head + "\n" + _table(headers, rows, right=frozenset({3})) + "\n"


def write_findings_csv(audit_json: Mapping[str, Any], stream: TextIO) -> None:
    """Audit findings as CSV, one row per finding."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FINDINGS_CSV_HEADER)
    for f in audit_json.get("findings", []):
        writer.writerow(
            [
                f["document"],
                f["parent"],
                f["agency"],
                f"{float(f['share']):.4f}",
                f.get("verbatim", ""),
                f.get("rewritten", ""),
                _flag(f["credited"]),
                _flag(f["licensed"]),
                _flag(f.get("embargo_respected")),
                " ".join(f["violations"]),
                _finding_drift(f),
            ]
        )
