"""lineage: find where news text came from."""

from __future__ import annotations

from .align import compare
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

__all__ = [
    "AlignParams",
    "Comparison",
    "Direction",
    "Document",
    "Drift",
    "Edge",
    "LineageError",
    "LineageGraph",
    "Link",
    "Params",
    "Passage",
    "Problem",
    "Sentence",
    "SketchParams",
    "compare",
    "load_documents",
    "trace",
]
