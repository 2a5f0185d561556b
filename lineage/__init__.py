"""lineage: find where news text came from."""

from __future__ import annotations

from .align import compare
from .audit import AuditReport, Finding, Policy, default_policy, findings_to_json, load_policy
from .errors import LineageError
from .graph import trace
from .ingest import load_documents
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
from .params import AlignParams, CandidateParams, Params, SketchParams
from .render.html import html_report
from .store import open_store
from .text.credits import Credit, find_credits
from .version import tool_version

__version__ = tool_version()

__all__ = [
    "AlignParams",
    "AuditReport",
    "CandidateParams",
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
    "compare",
    "default_policy",
    "find_credits",
    "findings_to_json",
    "html_report",
    "load_documents",
    "load_policy",
    "open_store",
    "trace",
]
