"""Edges as Parquet rows (codec records) and the per-child step after all edges are aligned."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from lineage.codec import edge_to_json
from lineage.graph.tracing import trace
from lineage.ingest import load_documents
from lineage.models import Document, Edge
from lineage.spark import spark_trace
from lineage.spark.align import EDGE_COLUMNS, edge_batch, edge_columns, edge_of_row
from tests.spark.support import write_families


def test_an_edge_row_holds_the_whole_edge(seed_docs: dict[str, Document]) -> None:
    (edge,) = trace(seed_docs.values()).edges
    row = dict(zip(EDGE_COLUMNS, edge_columns(edge), strict=True))
    assert edge_of_row(row["record"]) == trace(seed_docs.values()).edges[0]
    assert (row["source"], row["target"], row["method"], row["determined"]) == (
        edge.source,
        edge.target,
        "dateline",
        True,
    )
    assert row["verbatim"] + row["rewritten"] == len(edge.comparison.links) > 0
    assert row["drift_count"] == len(edge.comparison.drift) >= 1
    batch = edge_batch([edge])
    assert batch.schema.names == list(EDGE_COLUMNS) and batch.num_rows == 1
    assert edge_batch([]).num_rows == 0


def strongest_parent(child: str, edges: tuple[Edge, ...]) -> Iterable[Edge]:
    """A stand-in choice of parents: the child's edge with the largest share (then the lower source)."""
    assert all(e.target == child for e in edges)
    return [min(edges, key=lambda e: (-e.comparison.target_share, e.source))]


def test_the_per_child_step_sees_each_childs_edges_together(spark: Any, tmp_path: Path) -> None:
    corpus = write_families(tmp_path / "families.jsonl")
    stats = spark_trace(spark, [corpus], tmp_path / "out", child_step=strongest_parent)
    graph = trace(load_documents([corpus]).documents)
    children: dict[str, list[Edge]] = {}
    for edge in graph.edges:
        children.setdefault(edge.target, []).append(edge)
    assert any(len(edges) > 1 for edges in children.values())  # some child has several parents
    expected = sorted(
        (edge_to_json(e) for child, edges in children.items() for e in strongest_parent(child, tuple(edges))),
        key=lambda e: (e["source"], e["target"]),
    )
    written = json.loads((tmp_path / "out" / "trace.json").read_text(encoding="utf-8"))
    assert written["edges"] == expected
    rows = pq.read_table(tmp_path / "out" / "edges").to_pylist()
    assert stats.edges == len(rows) == len(children)
