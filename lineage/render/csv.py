"""CSV output: one row per passage of the lineage graph (``csv``), one per derivation
(``edges-csv``: outlets, dates, shares, direction, drift, credits, for spreadsheets), one per
audit finding.

Every text cell goes through :func:`~lineage.render.safe.spreadsheet_cell`: an id, title or
agency from an article that starts like a formula (``=HYPERLINK(...)``) is written as text.
Rows end with CRLF (RFC 4180), so a cell holding a carriage return or a line feed is quoted.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from ..codec import ordered_passages
from ..graph.direction import article_facts
from ..models import Drift, LineageGraph
from .order import edge_kind, finding_drift_text, flag_text, ordered_edges, stories
from .safe import spreadsheet_cell

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


def safe_row(*cells: object) -> list[object]:
    """A row's cells made safe for spreadsheets."""
    return [spreadsheet_cell(c) for c in cells]


def _drift_cell(drift: Sequence[Drift]) -> str:
    return "; ".join(f"{d.source}→{d.target}" for d in drift)


def write_csv(graph: LineageGraph, stream: TextIO) -> None:
    """Write one CSV row per passage (header first): ids, label, spans, score, drift ``from→to; ...``."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for edge in ordered_edges(graph):
        for p in ordered_passages(edge.comparison):
            writer.writerow(
                safe_row(
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


EDGES_CSV_HEADER = (
    "source",
    "target",
    "story",
    "source_outlet",
    "target_outlet",
    "source_published",
    "target_published",
    "share",
    "source_share",
    "verbatim",
    "rewritten",
    "kind",
    "direction",
    "attribution",
    "drift",
    "credits",
)


def write_edges_csv(graph: LineageGraph, stream: TextIO) -> None:
    """One CSV row per derivation, for spreadsheets: the two articles' outlets and dates, shares,
    verbatim/rewritten sentence links, kind, direction method, attribution status, drift
    ``from→to; ...`` and the agencies the child credits (datelines, ``Fonte:``, bylines)."""
    docs = {d.id: d for d in graph.documents}
    story = stories(graph)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(EDGES_CSV_HEADER)
    for edge in ordered_edges(graph):
        source, target = docs.get(edge.source), docs.get(edge.target)
        c = edge.comparison
        credited = article_facts(target).credits if target else ()
        writer.writerow(
            safe_row(
                edge.source,
                edge.target,
                story.get(edge.source, ""),
                source.outlet if source else "",
                target.outlet if target else "",
                source.published if source else "",
                target.published if target else "",
                f"{c.target_share:.4f}",
                f"{c.source_share:.4f}",
                c.verbatim,
                c.rewritten,
                edge_kind(edge),
                edge.direction.method,
                edge.attribution.status if edge.attribution is not None else "",
                _drift_cell(c.drift),
                " ".join(credited),
            )
        )


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


def write_findings_csv(audit_json: Mapping[str, Any], stream: TextIO) -> None:
    """Audit findings as CSV, one row per finding."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(FINDINGS_CSV_HEADER)
    for f in audit_json.get("findings", []):
        writer.writerow(
            safe_row(
                f["document"],
                f["parent"],
                f["agency"],
                f"{float(f['share']):.4f}",
                f.get("verbatim", ""),
                f.get("rewritten", ""),
                flag_text(f["credited"]),
                flag_text(f["licensed"]),
                flag_text(f.get("embargo_respected")),
                " ".join(f["violations"]),
                finding_drift_text(f),
            )
        )
