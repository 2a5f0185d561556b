"""The batch engine's attribution: each child's parents chosen in the workers, relations on ids.

Attribution is a pure function of one child's candidate edges, the facts of the child and
of its candidates (:class:`~lineage.graph.direction.ArticleFacts`: date, dateline, credits,
agency) and the orientation of the aligned pairs among its candidates
(:func:`lineage.graph.attribution.child_edges`). Here those are gathered per child with
DataFrame joins and grouping, and every group is attributed in ``mapInArrow``:

1. ``facts``: every article's facts, computed once in the workers from its text;
2. per child: its candidate edges (the oriented rows of ``pairs/``), the pairs among its
   candidates (a self-join of ``pairs/``), its facts and its candidates' facts;
3. the kept edges (:data:`~lineage.spark.align.EDGE_SCHEMA`) and the candidates set aside.

What needs the whole graph, the relations of the pairs not drawn (sibling, skipped
generation) and the undirected pairs nothing explains, is computed on the driver from
article ids alone (:func:`lineage.graph.attribution.relate`): no text reaches the driver.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import orjson

from ..graph.attribution import child_edges
from ..graph.direction import ArticleFacts, article_facts
from ..models import Document
from ..params import AttributionParams
from .align import EDGE_COLUMNS, EDGE_SCHEMA, edge_columns, edge_of_row, edge_types
from .inputs import DOCUMENT_FIELDS

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame

FACTS_SCHEMA = "id string, facts string"
ATTRIBUTED_SCHEMA = f"kind string, {EDGE_SCHEMA}, evidence string"
ATTRIBUTED_COLUMNS = ("kind", *EDGE_COLUMNS, "evidence")


def facts_json(facts: ArticleFacts) -> str:
    """An article's facts as a JSON string (sorted keys: the same bytes every run)."""
    data = {
        "id": facts.id,
        "published": facts.published,
        "dateline": facts.dateline,
        "credits": list(facts.credits),
        "agency": facts.agency,
    }
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


def facts_of_json(text: str) -> ArticleFacts:
    """The inverse of :func:`facts_json`."""
    d: Mapping[str, Any] = orjson.loads(text)
    return ArticleFacts(d["id"], d["published"], d["dateline"], tuple(d["credits"]), d["agency"])


def facts_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The facts of batches of document rows (runs in a worker)."""
    import pyarrow as pa

    for batch in batches:
        docs = [Document(*(row[x] for x in DOCUMENT_FIELDS)) for row in batch.to_pylist()]
        yield pa.RecordBatch.from_arrays(
            [pa.array([d.id for d in docs], pa.string()), pa.array([facts_json(article_facts(d)) for d in docs])],
            names=["id", "facts"],
        )


def facts_rows(documents: DataFrame) -> DataFrame:
    """Every article's facts, ``(id, facts)``."""
    return documents.select(*DOCUMENT_FIELDS).mapInArrow(facts_batches, FACTS_SCHEMA)


def child_groups(pairs: DataFrame, facts: DataFrame) -> DataFrame:
    """One row per child of an oriented pair: ``child``, ``records`` (its candidate edges),
    ``among`` (the oriented pairs among its candidates), ``cand_facts`` and ``child_facts``."""
    from pyspark.sql import functions as F

    oriented = pairs.where(F.col("determined"))
    into = oriented.select(F.col("target").alias("child"), F.col("source").alias("a"))
    records = oriented.groupBy(F.col("target").alias("child")).agg(F.collect_list("record").alias("records"))
    among = (
        into.join(oriented.select(F.col("source").alias("a"), F.col("target").alias("b")), "a")
        .join(into.select("child", F.col("a").alias("b")), ["child", "b"])
        .groupBy("child")
        .agg(F.collect_list(F.struct("a", "b")).alias("among"))
    )
    cand_facts = (
        into.join(facts.select(F.col("id").alias("a"), "facts"), "a")
        .groupBy("child")
        .agg(F.collect_list("facts").alias("cand_facts"))
    )
    own = facts.select(F.col("id").alias("child"), F.col("facts").alias("child_facts"))
    return records.join(among, "child", "left").join(cand_facts, "child", "left").join(own, "child", "left")


def attribute_rows(row: Mapping[str, Any], params: AttributionParams) -> list[tuple[Any, ...]]:
    """The rows of :data:`ATTRIBUTED_SCHEMA` of one child's group (pure)."""
    child = str(row["child"])
    edges = sorted((edge_of_row(r) for r in row["records"]), key=lambda e: e.source)
    facts = {f.id: f for f in (facts_of_json(x) for x in row["cand_facts"] or ())}
    own = facts_of_json(row["child_facts"]) if row["child_facts"] else ArticleFacts(child)
    among = frozenset((str(x["a"]), str(x["b"])) for x in row["among"] or ())
    kept, aside = child_edges(own, edges, facts, among, params)
    out: list[tuple[Any, ...]] = [("edge", *edge_columns(e), None) for e in kept]
    for x in aside:
        blanks = (None,) * (len(EDGE_COLUMNS) - 2)
        out.append(("aside", x.candidate, child, *blanks, orjson.dumps(list(x.evidence)).decode()))
    return out


def attribute_batches(batches: Iterator[pa.RecordBatch], params: AttributionParams) -> Iterator[pa.RecordBatch]:
    """Attribute batches of :func:`child_groups` rows (runs in a worker)."""
    import pyarrow as pa

    types = (pa.string(), *edge_types(), pa.string())
    for batch in batches:
        rows = [out for row in batch.to_pylist() for out in attribute_rows(row, params)]
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in ATTRIBUTED_COLUMNS]
        yield pa.RecordBatch.from_arrays(
            [pa.array(list(c), type=t) for c, t in zip(columns, types, strict=True)], names=list(ATTRIBUTED_COLUMNS)
        )


def attributed(pairs: DataFrame, documents: DataFrame, params: AttributionParams) -> DataFrame:
    """Every child attributed: rows of :data:`ATTRIBUTED_SCHEMA`, ``kind`` ``edge`` (a kept edge,
    the columns of :data:`~lineage.spark.align.EDGE_SCHEMA`) or ``aside`` (``source`` set aside
    for ``target``, ``evidence`` a JSON list)."""
    groups = child_groups(pairs, facts_rows(documents))
    return groups.mapInArrow(lambda it: attribute_batches(it, params), ATTRIBUTED_SCHEMA)
