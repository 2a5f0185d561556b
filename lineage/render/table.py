"""Terminal output: the edges and documents of a graph, a comparison side by side, findings."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from itertools import zip_longest
from typing import Any

from ..codec import ordered_passages
from ..models import Comparison, Document, LineageGraph
from .dot import MAX_LONE
from .order import (
    edge_kind,
    finding_drift_text,
    flag_text,
    ordered_documents,
    ordered_edges,
    passage_links,
    sibling_groups,
)
from .safe import clean_text, display_width, one_line, pad, pct, shorten, slice_text


def columns(headers: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> str:
    """Columns padded to their widest cell, two spaces apart; ``right`` columns right-aligned."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    lines = []
    for row in (headers, *rows):
        cells = [pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def outlet_cell(doc: Document | None, limit: int = 24) -> str:
    if doc is None or not doc.outlet:
        return "?"
    return shorten(doc.outlet, limit) or "?"


def by_id(graph: LineageGraph) -> dict[str, Document]:
    return {d.id: d for d in graph.documents}


def format_table(graph: LineageGraph, *, max_lone: int = MAX_LONE) -> str:
    """A terminal summary: one row per edge (parent → child), the siblings, then the documents.

    Undetermined edges are shown ``a — b``. Articles in no derivation are listed when there
    are at most ``max_lone`` of them (as the diagram draws them); past it they are counted in
    one line, so a big store's table lists its derivations, not every article. Ends with a
    newline. The problems of the input are not part of it: the command line reports them
    once, on stderr.
    """
    docs = by_id(graph)
    edges = ordered_edges(graph)
    parts: list[str] = []
    if edges:
        rows = []
        for edge in edges:
            c = edge.comparison
            arrow = "→" if edge.direction.determined else "—"
            rows.append(
                [
                    f"{one_line(edge.source)} {arrow} {one_line(edge.target)}",
                    f"{outlet_cell(docs.get(edge.source))} {arrow} {outlet_cell(docs.get(edge.target))}",
                    pct(c.target_share),
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
        parts.append(columns(headers, rows, right=frozenset({2, 3, 4, 5})))
    else:
        parts.append(f"no reused text found between {len(graph.documents)} document(s)")
    groups = sibling_groups(graph)
    if groups:
        parts.append("")
        parts.append("siblings (they share text through a common source; no derivation between them):")
        parts.extend(
            f"  from {', '.join(map(one_line, sources))}: {len(members)} articles: " + ", ".join(map(one_line, members))
            for sources, members in groups
        )
    parents: dict[str, int] = {}
    children: dict[str, int] = {}
    for edge in edges:
        if edge.direction.determined:
            parents[edge.target] = parents.get(edge.target, 0) + 1
            children[edge.source] = children.get(edge.source, 0) + 1
    linked = {e.source for e in edges} | {e.target for e in edges}
    listed = ordered_documents(graph)
    lone = sum(1 for d in listed if d.id not in linked)
    if lone > max_lone:
        listed = tuple(d for d in listed if d.id in linked)
    doc_rows = [
        [
            one_line(d.id),
            outlet_cell(d),
            one_line(d.published or "?"),
            str(len(d.text)),
            str(parents.get(d.id, 0)),
            str(children.get(d.id, 0)),
            shorten(d.title or "", 48),
        ]
        for d in listed
    ]
    doc_headers = ["document", "outlet", "published", "chars", "parents", "children", "title"]
    parts.append("")
    if doc_rows:
        parts.append(columns(doc_headers, doc_rows, right=frozenset({3, 4, 5})))
    if lone > max_lone:
        parts.append(f"{lone:,} article(s) in no derivation, not listed (--format csv or json lists every article)")
    return "\n".join(parts) + "\n"


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(one_line(text), width=width, break_long_words=True, break_on_hyphens=False) or [""]


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
        f"target {pct(c.target_share)} reused · source {pct(c.source_share)} reused · "
        f"{c.verbatim} verbatim / {c.rewritten} rewritten sentence link(s) · {len(c.drift)} drift",
        "",
        f"{pad(shorten(source_label, col), col)} │ {shorten(target_label, col)}",
        f"{'─' * col}─┼─{'─' * col}",
    ]
    passages = ordered_passages(c)
    if not passages:
        lines.append("no aligned passages")
    for n, passage in enumerate(passages, start=1):
        for m, link in enumerate(passage_links(passage), start=1):
            header = f"[{n}.{m}] {link.label} {link.score:.2f}"
            lines.append(header)
            for d in link.drift:
                drift = f"  drift ({d.kind}): {one_line(d.source)} → {one_line(d.target)}"
                lines.extend(wrap(drift, full))
            left = wrap(slice_text(source_text, link.source_span), col)
            right = wrap(slice_text(target_text, link.target_span), col)
            for a, b in zip_longest(left, right, fillvalue=""):
                lines.append(f"{pad(a, col)} │ {b}".rstrip())
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
            text = one_line(slice_text(target_text, span))
            lines.extend(textwrap.wrap(text, width=full, initial_indent="  • ", subsequent_indent="    ") or ["  •"])
    return "\n".join(lines) + "\n"


def format_findings(audit_json: Mapping[str, Any]) -> str:
    """Terminal table of audit findings (the dict made by ``lineage.audit.findings_to_json``)."""
    findings = audit_json.get("findings", [])
    if not findings:
        return "no reuse of a policy agency's wire copy found\n"
    headers = ["document", "parent", "agency", "share", "credited", "licensed", "violations", "drift"]
    rows = [
        [
            shorten(clean_text(str(f["document"])), 32),
            shorten(clean_text(str(f["parent"])), 32),
            clean_text(str(f["agency"])),
            pct(float(f["share"])),
            flag_text(f["credited"]),
            flag_text(f["licensed"]),
            ", ".join(f["violations"]) or "none",
            shorten(clean_text(finding_drift_text(f)), 40),
        ]
        for f in findings
    ]
    summary = audit_json.get("summary", {})
    counts = summary.get("violations", {})
    tail = ", ".join(f"{code} {n}" for code, n in counts.items() if n) or "no violations"
    head = f"{len(findings)} finding(s), {summary.get('violating', 0)} with violations: {tail}"
    return head + "\n" + columns(headers, rows, right=frozenset({3})) + "\n"
