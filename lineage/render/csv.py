"""CSV output: one row per passage of the lineage graph, one per audit finding.

Every text cell goes through :func:`~lineage.render.safe.spreadsheet_cell`: an id, title or
agency from an article that starts like a formula (``=HYPERLINK(...)``) is written as text.
Rows end with CRLF (RFC 4180), so a cell holding a carriage return or a line feed is quoted.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from ..codec import ordered_passages
from ..models import Drift, LineageGraph
from .order import finding_drift_text, flag_text, ordered_edges
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
