"""lineage: find where news text came from.

The public names are imported when first used (PEP 562), so that ``import lineage`` and the
``lineage`` command's ``--help`` do not load the numeric stack (numba, scipy, datasketch) or
the page extractor (trafilatura); ``from lineage import trace`` works as usual.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import LineageError
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
from .version import tool_version

if TYPE_CHECKING:
    from .align import compare
    from .audit import AuditReport, Finding, Policy, default_policy, findings_to_json, load_policy
    from .graph import trace
    from .ingest import load_documents
    from .render.html import html_report
    from .store import open_store
    from .text.credits import Credit, find_credits

__version__ = tool_version()

# The module that defines each public name imported on first use.
_LAZY = {
    "compare": ".align",
    "AuditReport": ".audit",
    "Finding": ".audit",
    "Policy": ".audit",
    "default_policy": ".audit",
    "findings_to_json": ".audit",
    "load_policy": ".audit",
    "trace": ".graph",
    "load_documents": ".ingest",
    "html_report": ".render.html",
    "open_store": ".store",
    "Credit": ".text.credits",
    "find_credits": ".text.credits",
}


def __getattr__(name: str) -> Any:
    """A public name of :data:`_LAZY`, imported from its module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lineage' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
