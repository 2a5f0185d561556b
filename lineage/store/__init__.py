"""The store stage: a persistent, incremental article store in one SQLite file.

:func:`open_store` opens (or creates) a store; its :class:`Store` ingests
articles, traces them incrementally and answers queries with the same functions
a trace of files uses.
"""

from __future__ import annotations

from .query import QueryResult
from .reader import Candidate, StoreStats
from .schema import BATCH, SCHEMA_VERSION
from .store import Store, open_store, trace_store
from .tracing import TraceStats
from .writer import AddResult

__all__ = [
    "BATCH",
    "SCHEMA_VERSION",
    "AddResult",
    "Candidate",
    "QueryResult",
    "Store",
    "StoreStats",
    "TraceStats",
    "open_store",
    "trace_store",
]
