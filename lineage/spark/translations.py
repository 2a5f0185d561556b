"""The batch engine's meaning stage: anchor candidates joined, pairs aligned by meaning.

The same stage as :mod:`lineage.graph.translations`, as Spark stages:

0. every article's language and agencies (:func:`lineage.graph.translations.agencies_of`): a
   corpus in one language where no article credits an agency whose items it holds stops here;
1. the fact anchors (:func:`lineage.candidates.anchors.anchors`) of the articles the stage reads
   (:func:`lineage.graph.translations.anchored`) in ``mapInArrow``, exploded into
   ``(anchor, num, lang, credited, publisher)`` postings;
2. anchors held by one article or by more than the stock bound dropped; the others weighted by
   their rarity (idf over the corpus);
3. postings joined with themselves on the anchor, earlier article first, across languages or
   from an item of an agency the later article credits; each article keeps its
   ``max_candidates`` earlier articles sharing at least ``min_anchors`` anchors, by shared
   rarity then the earlier (:func:`lineage.candidates.anchors.anchor_candidates`); pairs already
   aligned lexically are left out;
4. each pair aligned by meaning in the workers (:class:`lineage.graph.translations.MeaningAligner`;
   every Python worker loads the encoder once), the reuses written as edge rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..align.units import aligned_part
from ..candidates.anchors import STOCK_FLOOR, anchors
from ..graph.translations import MeaningAligner, agencies_of, grandparents_by_meaning
from ..models import Document
from ..params import AlignParams, Params
from ..processes import one_blas_thread
from ..text import detect_language
from .align import EDGE_SCHEMA, document_of, edge_batch, with_articles

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import Column, DataFrame, SparkSession

ANCHOR_SCHEMA = "anchor string, num long, lang string, credited array<string>, publisher string"
LANGUAGE_SCHEMA = "num long, lang string"
AGENCY_SCHEMA = "num long, credited array<string>, publisher string"


def language_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The ``(num, lang)`` of batches of ``(num, text)`` rows (runs in a worker)."""
    import pyarrow as pa

    for batch in batches:
        langs = [detect_language(text) for text in batch.column("text").to_pylist()]
        yield pa.RecordBatch.from_arrays([batch.column("num"), pa.array(langs, pa.string())], names=["num", "lang"])


def anchor_batches(batches: Iterator[pa.RecordBatch], params: AlignParams) -> Iterator[pa.RecordBatch]:
    """The ``(anchor, num, lang, credited, publisher)`` postings of batches of ``(num, lang,
    credited, publisher, text)`` rows (runs in a worker): the anchors of the part of each text
    that alignment reads (:func:`~lineage.align.units.aligned_part`)."""
    import pyarrow as pa

    names = ("num", "lang", "credited", "publisher", "text")
    for batch in batches:
        columns: dict[str, list[Any]] = {x: [] for x in ("anchor", *names[:4])}
        for num, lang, credited, publisher, text in zip(*(batch.column(x).to_pylist() for x in names), strict=True):
            found = sorted(anchors(aligned_part(text, params)))
            columns["anchor"].extend(found)
            for name, value in zip(names[:4], (num, lang, credited, publisher), strict=True):
                columns[name].extend([value] * len(found))
        types = (pa.string(), pa.int64(), pa.string(), pa.list_(pa.string()), pa.string())
        yield pa.RecordBatch.from_arrays(
            [pa.array(columns[x], t) for x, t in zip(("anchor", *names[:4]), types, strict=True)],
            names=["anchor", *names[:4]],
        )


def agency_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The ``(num, credited, publisher)`` of batches of ``(num, outlet, text)`` rows (runs in a
    worker): :func:`~lineage.graph.translations.agencies_of`, credits in name order."""
    import pyarrow as pa

    for batch in batches:
        found = [
            agencies_of(Document(id="", text=text, outlet=outlet))
            for outlet, text in zip(batch.column("outlet").to_pylist(), batch.column("text").to_pylist(), strict=True)
        ]
        yield pa.RecordBatch.from_arrays(
            [
                batch.column("num"),
                pa.array([sorted(a.credited) for a in found], pa.list_(pa.string())),
                pa.array([a.publisher for a in found], pa.string()),
            ],
            names=["num", "credited", "publisher"],
        )


def languages(documents: DataFrame) -> DataFrame:
    """Every article's language, ``(num, lang)``."""
    return documents.select("num", "text").mapInArrow(language_batches, LANGUAGE_SCHEMA)


def agencies(documents: DataFrame) -> DataFrame:
    """Every article's agencies, ``(num, credited, publisher)``."""
    return documents.select("num", "outlet", "text").mapInArrow(agency_batches, AGENCY_SCHEMA)


@dataclass(frozen=True, slots=True)
class StageAgencies:
    """What the stage knows of a corpus before it reads anchors (gathered once, on the driver):
    whether its articles are in ``several`` languages, the agencies that published articles
    (``publishers``) and those articles credit (``credited``); ``rewrites``: whether rewrites
    in one language are looked for (:class:`~lineage.params.MeaningParams`)."""

    several: bool
    publishers: frozenset[str]
    credited: frozenset[str]
    rewrites: bool = False

    @property
    def needed(self) -> bool:
        """Whether the stage has anything to look at (as
        :func:`~lineage.graph.translations.stage_needed` says of one machine's articles)."""
        return self.several or bool(self.credited & self.publishers) or self.every_article

    @property
    def every_article(self) -> bool:
        """Whether every article's anchors are read (as
        :func:`~lineage.graph.translations.anchored` says)."""
        return self.several or (self.rewrites and bool(self.publishers))


def stage_agencies(langs: DataFrame, found: DataFrame, rewrites: bool = False) -> StageAgencies:
    """The :class:`StageAgencies` of a corpus: ``langs`` from :func:`languages`, ``found`` from
    :func:`agencies` (small sets, gathered on the driver); ``rewrites`` as the params say."""
    from pyspark.sql import functions as F

    publishers = frozenset(
        r[0] for r in found.select("publisher").where(F.col("publisher").isNotNull()).distinct().collect()
    )
    credited = frozenset(r[0] for r in found.select(F.explode("credited")).distinct().collect())
    several = langs.select("lang").distinct().limit(2).count() > 1
    return StageAgencies(several, publishers, credited, rewrites)


def translation_candidates(
    documents: DataFrame,
    langs: DataFrame,
    found: DataFrame,
    stage: StageAgencies,
    n_docs: int,
    linked: DataFrame,
    params: Params,
) -> DataFrame:
    """The pairs ``(cand, doc)`` of the meaning stage (article numbers, ``cand`` earlier),
    leaving out the pairs of ``linked`` (``source``, ``target`` ids of aligned pairs). ``langs``:
    :func:`languages`, ``found``: :func:`agencies`, ``stage``: :func:`stage_agencies` of both
    (computed once: the caller skips the stage when it is not ``needed``)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    rows = documents.select("num", "text").join(langs, "num").join(found, "num")
    if not stage.every_article:
        # One language: only the articles crediting an agency whose items are here, and those items.
        publishers, credited = stage.publishers, stage.credited
        mine = (
            F.arrays_overlap(F.col("credited"), F.array(*(F.lit(x) for x in sorted(publishers))))
            if publishers
            else F.lit(False)
        )
        rows = rows.where(mine | F.col("publisher").isin(sorted(credited & publishers)))
    rows = rows.select("num", "lang", "credited", "publisher", "text")
    posted = rows.mapInArrow(lambda it: anchor_batches(it, params.align), ANCHOR_SCHEMA)
    p = params.meaning
    stock = max(STOCK_FLOOR, int(p.max_anchor_share * n_docs))
    counted = posted.withColumn("df", F.count("*").over(Window.partitionBy("anchor")))
    kept = counted.where((F.col("df") > 1) & (F.col("df") <= stock)).withColumn(
        "idf", F.log(F.lit(float(n_docs)) / F.col("df"))
    )
    a, b = kept.alias("a"), kept.alias("b")
    pairs = a.join(b, F.col("a.anchor") == F.col("b.anchor")).where(F.col("a.num") < F.col("b.num"))
    best = Window.partitionBy("doc").orderBy(F.round("weight", 9).desc(), F.col("cand").asc())

    def ranked(eligible: Column) -> DataFrame:
        # Each article's best max_candidates earlier articles that are eligible, by shared rarity
        # (lineage.candidates.anchors._ranked).
        shared = (
            pairs.where(eligible)
            .groupBy(F.col("a.num").alias("cand"), F.col("b.num").alias("doc"))
            .agg(F.count("*").alias("shared"), F.sum("a.idf").alias("weight"))
            .where(F.col("shared") >= p.min_anchors)
        )
        return shared.withColumn("rank", F.row_number().over(best)).where(F.col("rank") <= p.max_candidates)

    across = (F.col("a.lang") != F.col("b.lang")) | F.coalesce(
        F.array_contains("b.credited", F.col("a.publisher")), F.lit(False)
    )
    chosen = ranked(across).select("cand", "doc")
    if p.rewrites:
        rewrites = F.col("a.publisher").isNotNull() & (F.col("a.lang") == F.col("b.lang"))
        chosen = chosen.union(ranked(rewrites).select("cand", "doc")).distinct()
    ids = documents.select("num", "id")
    named = chosen.join(ids.select(F.col("num").alias("cand"), F.col("id").alias("c_id")), "cand").join(
        ids.select(F.col("num").alias("doc"), F.col("id").alias("d_id")), "doc"
    )
    ends = linked.select(F.col("source").alias("x"), F.col("target").alias("y"))
    both = ends.union(ends.select(F.col("y").alias("x"), F.col("x").alias("y")))
    fresh = named.join(both, (F.col("c_id") == F.col("x")) & (F.col("d_id") == F.col("y")), "left_anti")
    # A credit the words explain (the article is linked to an item of the agency it credits) brings
    # no candidate of that agency in the article's language (lineage.graph.translations._unlinked).
    facts = ids.join(found, "num").join(langs, "num")
    crediting = facts.select(F.col("id").alias("x"), F.col("credited").alias("x_credited"))
    publishing = facts.select(F.col("id").alias("y"), F.col("publisher").alias("y_publisher"))
    explained = (
        both.join(crediting, "x")
        .join(publishing, "y")
        .where(F.coalesce(F.array_contains("x_credited", F.col("y_publisher")), F.lit(False)))
        .select(F.col("x").alias("e_child"), F.col("y_publisher").alias("e_agency"))
        .distinct()
    )
    sides = fresh.join(
        facts.select(F.col("num").alias("cand"), F.col("lang").alias("c_lang"), F.col("publisher").alias("c_pub")),
        "cand",
    ).join(facts.select(F.col("num").alias("doc"), F.col("lang").alias("d_lang")), "doc")
    kept = sides.join(
        explained,
        (F.col("d_id") == F.col("e_child"))
        & (F.col("c_pub") == F.col("e_agency"))
        & (F.col("c_lang") == F.col("d_lang")),
        "left_anti",
    )
    return kept.select("cand", "doc")


def meaning_batches(batches: Iterator[pa.RecordBatch], params: Params) -> Iterator[pa.RecordBatch]:
    """The translation edges of batches of pair rows (``c_*`` the earlier article, ``d_*`` the
    later; runs in a worker)."""
    one_blas_thread()  # Spark runs a Python worker per core
    aligner = MeaningAligner(params)
    for batch in batches:
        edges = []
        for row in batch.to_pylist():
            edge = aligner.edge(document_of(row, "c"), document_of(row, "d"))
            if edge is not None:
                edges.append(edge)
        yield edge_batch(edges)


def translation_edges(pairs: DataFrame, documents: DataFrame, params: Params) -> DataFrame:
    """The edges (:data:`~lineage.spark.align.EDGE_SCHEMA`) of the candidate pairs of
    :func:`translation_candidates` that are translations."""
    return with_articles(pairs, documents).mapInArrow(lambda it: meaning_batches(it, params), EDGE_SCHEMA)


def meaning_grandparents(
    spark: SparkSession,
    documents: DataFrame,
    lexical: DataFrame,
    found: DataFrame,
    candidates: DataFrame,
    path: str,
    params: Params,
) -> int:
    """The grandparents the stage's edges bring (:func:`~lineage.graph.translations.grandparents_by_meaning`),
    as lineage trace aligns them: the ends of the ``lexical`` edges and of the stage's edges
    ``found`` (few: one stage of a corpus's reuse) are gathered on the driver, the pairs of each
    round aligned by meaning in the workers, the edges appended to ``path``. ``candidates``: the
    stage's pairs, aligned already. Returns the number of edges written."""
    from pyspark.sql import functions as F

    ids = documents.select("num", "id")
    named = candidates.join(ids.select(F.col("num").alias("cand"), F.col("id").alias("c_id")), "cand").join(
        ids.select(F.col("num").alias("doc"), F.col("id").alias("d_id")), "doc"
    )
    lexical_rows = lexical.select("source", "target", "determined").collect()
    tried = {frozenset((r[0], r[1])) for r in lexical_rows}
    tried |= {frozenset((r[0], r[1])) for r in named.select("c_id", "d_id").collect()}
    lexical_ends = [(r[0], r[1]) for r in lexical_rows if r[2]]
    meaning_ends = [(r[0], r[1]) for r in found.select("source", "target", "determined").collect() if r[2]]
    written = 0

    def align(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        nonlocal written
        wanted = sorted({x for pair in pairs for x in pair})
        nums = {str(r[0]): int(r[1]) for r in ids.where(F.col("id").isin(wanted)).select("id", "num").collect()}
        frame = spark.createDataFrame([(nums[a], nums[b]) for a, b in pairs], "cand long, doc long")
        rows = translation_edges(frame, documents, params).collect()
        if rows:
            spark.createDataFrame(rows, EDGE_SCHEMA).write.mode("append").parquet(path)
        written += len(rows)
        return [(r[0], r[1]) for r in rows if r[3]]

    grandparents_by_meaning(lexical_ends, meaning_ends, tried, align)
    return written
