"""The batch engine's alignment: candidate pairs aligned in the workers by the one pure aligner.

Pairs travel with both articles (a join with the documents), grouped so that an
article's pairs and those of its family (articles whose lowest candidate is the same)
meet in one partition, where each batch of pairs is one
:class:`~lineage.graph.tasks.AlignTask` aligned by :func:`~lineage.graph.tasks.align_task`,
the function a trace of files runs in its worker processes: each article of a batch is
analysed once, and an edge is a function of its two articles alone, so the edges are
the trace's whatever the partitioning.

Edges are rows of :data:`EDGE_SCHEMA`: plain columns for queries and ``record``, the
edge's :func:`lineage.codec.edge_record` as JSON (passages, links, drift and the
sentences of the child the parent explains, which attribution weighs).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from ..codec import edge_figures, edge_from_record, edge_record
from ..graph.tasks import AlignTask, align_task
from ..models import Document, Edge
from ..params import Params
from ..processes import one_blas_thread
from .inputs import DOCUMENT_FIELDS

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame


EDGE_SCHEMA = (
    "source string, target string, method string, determined boolean, share double, source_share double, "
    "verbatim int, rewritten int, drift_count int, passages int, record string"
)
EDGE_COLUMNS = tuple(column.split()[0] for column in EDGE_SCHEMA.split(", "))
SIDES = ("c", "d")  # the candidate (numbered first) and the article


def pair_rows(pairs: DataFrame, documents: DataFrame, partitions: int) -> DataFrame:
    """Candidate pairs with both articles' fields (``c_*`` and ``d_*``), partitioned by family
    (an article's lowest candidate) and sorted in it."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    family = pairs.withColumn("family", F.min("cand").over(Window.partitionBy("doc")))
    rows = with_articles(family, documents)
    return rows.repartition(partitions, "family").sortWithinPartitions("family", "doc", "rank")


def with_articles(pairs: DataFrame, documents: DataFrame) -> DataFrame:
    """Pairs ``(cand, doc, ...)`` joined with both articles' fields, ``c_*`` and ``d_*``
    (read back with :func:`document_of`)."""
    from pyspark.sql import functions as F

    rows = pairs
    for side, key in zip(SIDES, ("cand", "doc"), strict=True):
        fields = documents.select(*(F.col(x).alias(f"{side}_{x}") for x in ("num", *DOCUMENT_FIELDS)))
        rows = rows.join(fields, F.col(key) == F.col(f"{side}_num"))
    return rows


def document_of(row: dict[str, Any], side: str) -> Document:
    """The article of side ``c`` or ``d`` of a :func:`with_articles` row."""
    return Document(*(row[f"{side}_{x}"] for x in DOCUMENT_FIELDS))


def edge_columns(edge: Edge) -> tuple[Any, ...]:
    """An edge as a row of :data:`EDGE_SCHEMA`."""
    record = orjson.dumps(edge_record(edge), option=orjson.OPT_SORT_KEYS).decode()
    ends = (edge.source, edge.target, edge.direction.method, edge.direction.determined)
    return (*ends, *edge_figures(edge), record)


def edge_of_row(record: str) -> Edge:
    """The edge of a row's ``record``."""
    return edge_from_record(orjson.loads(record))


def edge_batch(edges: Sequence[Edge]) -> pa.RecordBatch:
    """Edges as an Arrow batch of :data:`EDGE_SCHEMA`."""
    import pyarrow as pa

    rows = [edge_columns(e) for e in edges]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in EDGE_COLUMNS]
    return pa.RecordBatch.from_arrays(
        [pa.array(list(col), type=t) for col, t in zip(columns, edge_types(), strict=True)], names=list(EDGE_COLUMNS)
    )


def edge_types() -> tuple[pa.DataType, ...]:
    """The Arrow types of :data:`EDGE_SCHEMA`'s columns."""
    import pyarrow as pa

    return (
        pa.string(),
        pa.string(),
        pa.string(),
        pa.bool_(),
        pa.float64(),
        pa.float64(),
        *(pa.int32(),) * 4,
        pa.string(),
    )


def align_batches(batches: Iterator[pa.RecordBatch], params: Params) -> Iterator[pa.RecordBatch]:
    """The edges of batches of pair rows (runs in a worker): each batch one alignment task."""
    one_blas_thread()  # Spark runs a Python worker per core
    for batch in batches:
        rows = batch.to_pylist()
        index: dict[int, int] = {}
        documents: list[Document] = []
        for row in rows:
            for side in SIDES:
                num = row[f"{side}_num"]
                if num not in index:
                    index[num] = len(documents)
                    documents.append(document_of(row, side))
        pairs = tuple((index[r["c_num"]], index[r["d_num"]]) for r in rows)
        yield edge_batch(align_task(AlignTask(tuple(documents), pairs, params)))


def aligned_edges(rows: DataFrame, params: Params) -> DataFrame:
    """The edges of the pair rows of :func:`pair_rows` (:data:`EDGE_SCHEMA`)."""
    return rows.mapInArrow(lambda it: align_batches(it, params), EDGE_SCHEMA)
