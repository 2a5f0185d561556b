"""lineage: find where news text came from."""

from __future__ import annotations

from .align import compare
from .audit import AuditReport, Finding, audit, findings_to_json
from .credits import Credit, find_credits
from .errors import LineageError
from .ingest import load_documents
from .lineage import trace
from .models import (
    Comparison,
    Direction,
    Document,
    Drift,
    Edge,
    LineageGraph,
    Link,
    Passage,
    Problem,
    Sentence,
)
from .params import AlignParams, Params, SketchParams
from .policy import Policy, default_policy, load_policy
from .report import html_report

__all__ = [
    "AlignParams",
    "AuditReport",
    "Comparison",
    "Credit",
    "Direction",
    "Document",
    "Drift",
    "Edge",
    "Finding",
    "LineageError",
    "LineageGraph",
    "Link",
    "Params",
    "Passage",
    "Policy",
    "Problem",
    "Sentence",
    "SketchParams",
    "audit",
    "compare",
    "default_policy",
    "find_credits",
    "findings_to_json",
    "html_report",
    "load_documents",
    "load_policy",
    "trace",
]
