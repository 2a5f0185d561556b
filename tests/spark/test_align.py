"""Edges as Parquet rows (codec records)."""

from __future__ import annotations

from lineage.graph.tracing import trace
from lineage.models import Document
from lineage.spark.align import EDGE_COLUMNS, edge_batch, edge_columns, edge_of_row


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
