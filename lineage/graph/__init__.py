"""The graph stage: direction, derivation, the trace of a set of documents into a lineage graph."""

from __future__ import annotations

from .direction import decide_direction, opening_dateline
from .tracing import trace

__all__ = ["decide_direction", "opening_dateline", "trace"]
