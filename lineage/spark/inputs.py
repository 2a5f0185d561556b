"""The batch engine's input: files listed on the driver, read by lineage's own readers in the workers.

The driver lists the input files in the order :func:`lineage.ingest.load_documents`
reads them (the paths as given, a folder's files sorted); each worker reads whole
files with the readers of :mod:`lineage.ingest` (one Spark task a file), so the
engine reads every format the ingest stage reads, checks records the same way and
reports bad items with the same messages. A reader is a function
``path -> (documents, problems)``; :func:`read_input` picks one by suffix.

Articles are then made unique by id as ``load_documents`` does (the first read
wins, the others are problems) and numbered in publication order (time, then id), the
order of the candidate search (:mod:`lineage.candidates.search`: each article is aligned
with its best candidates published before it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..candidates.search import publication_order
from ..errors import InputError
from ..ingest.files import read_items
from ..ingest.formats import input_files as ingest_files
from ..ingest.parquet import read_parquet
from ..ingest.records import duplicate_problem
from ..models import Document, Problem

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import SparkSession

DOCUMENT_FIELDS = ("id", "text", "outlet", "published", "url", "title", "origin", "author")
DOCUMENT_SCHEMA = (
    "num long, id string, text string, outlet string, published string, url string, title string, "
    "origin string, author string, length long"
)
SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions"
PARQUET = ".parquet"


def read_input(path: str) -> tuple[list[Document], list[Problem]]:
    """The articles of one input file and its bad items (runs in a worker): a Parquet file by
    :func:`lineage.ingest.parquet.read_parquet`, any other by :func:`lineage.ingest.read_items`
    (text, pages, JSONL however compressed, WARC crawls, with a folder's metadata). Items a
    crawl skips quietly (non-HTML records, redirects) are left out, as ``load_documents`` does."""
    file = Path(path)
    try:
        if file.name.lower().endswith(PARQUET):
            return read_parquet(file)
        docs: list[Document] = []
        problems: list[Problem] = []
        for item in read_items([file]):
            if isinstance(item, Document):
                docs.append(item)
            elif isinstance(item, Problem):
                problems.append(item)
        return docs, problems
    except InputError as e:
        return [], [Problem(path, str(e))]


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """The files under ``paths`` in reading order: each path as given, a folder's readable files
    (every format :mod:`lineage.ingest` reads, and Parquet) sorted.

    Raises:
        InputError: a path does not exist.
    """
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
        for file, fmt in ingest_files(path):
            if fmt is not None or file == path or file.name.lower().endswith(PARQUET):
                files.append(str(file))
    return files


READ_BATCH = 1000  # rows of an Arrow batch of read articles
ROW_FIELDS = (
    "file",
    "position",
    "kind",
    "id",
    "text",
    "outlet",
    "published",
    "url",
    "title",
    "origin",
    "author",
    "time",
)
ROW_SCHEMA = (
    "file long, position long, kind int, id string, text string, outlet string, published string, "
    "url string, title string, origin string, author string, time double"
)


def _row_batch(rows: list[tuple[Any, ...]]) -> pa.RecordBatch:
    import pyarrow as pa

    columns = list(zip(*rows, strict=True))
    types = (pa.int64(), pa.int64(), pa.int32(), *(pa.string(),) * 8, pa.float64())
    return pa.RecordBatch.from_arrays(
        [pa.array(list(c), type=t) for c, t in zip(columns, types, strict=True)], names=list(ROW_FIELDS)
    )


def read_batches(batches: Iterator[pa.RecordBatch], files: Sequence[str]) -> Iterator[pa.RecordBatch]:
    """Rows of :data:`ROW_SCHEMA` of the files numbered in batches of ``file`` rows (runs in a
    worker): ``kind`` 0 an article (``position`` its place in the file), 1 a problem (``id`` its
    origin, ``text`` its message); ``time`` an article's publication time as the candidate search
    orders articles (:func:`lineage.candidates.search.publication_order`)."""
    for batch in batches:
        for index in batch.column("file").to_pylist():
            docs, problems = read_input(files[index])
            rows: list[tuple[Any, ...]] = [
                (
                    index,
                    k,
                    0,
                    d.id,
                    d.text,
                    d.outlet,
                    d.published,
                    d.url,
                    d.title,
                    d.origin,
                    d.author,
                    publication_order(d.published, d.id)[0],
                )
                for k, d in enumerate(docs)
            ]
            rows += [(index, k, 1, p.origin, p.message, *(None,) * 7) for k, p in enumerate(problems)]
            for lo in range(0, len(rows), READ_BATCH):
                yield _row_batch(rows[lo : lo + READ_BATCH])


def write_documents(spark: SparkSession, files: Sequence[str], path: str) -> list[Problem]:
    """Write every article of ``files`` once (the first read of an id wins), numbered in
    publication order (the order of the candidate search) from 0, to the Parquet folder
    ``path`` (:data:`DOCUMENT_SCHEMA`).

    Returns the problems: bad items of the files, and every article whose id was read before.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    listed = list(files)
    numbers = spark.range(len(listed), numPartitions=max(1, len(listed))).withColumnRenamed("id", "file")
    # A task reads a whole file; its rows are spread over the shuffle partitions before they are kept, so
    # that no partition holds a big file whole.
    read_rows = numbers.mapInArrow(lambda it: read_batches(it, listed), ROW_SCHEMA)
    rows = read_rows.repartition(int(spark.conf.get(SHUFFLE_PARTITIONS) or 200)).persist(StorageLevel.MEMORY_AND_DISK)
    ordered = None
    try:
        by_id = Window.partitionBy("id").orderBy("file", "position")
        read = (
            rows.where("kind = 0")
            .withColumn("rank", F.row_number().over(by_id))
            .withColumn("first_origin", F.first("origin").over(by_id))
        )
        # Sorted in publication order (range partitions), then numbered: a partition's first number
        # is the count of the partitions before it.
        ordered = (
            read.where("rank = 1")
            .select(*DOCUMENT_FIELDS, "time")
            .orderBy("time", "id")
            .withColumn("row", F.monotonically_increasing_id())
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        part = F.shiftright("row", 33)  # monotonically_increasing_id: partition << 33 | row in it
        sizes: dict[int, int] = dict(ordered.groupBy(part.alias("part")).count().collect())
        first, total = [], 0
        for k in range(max(sizes, default=-1) + 1):
            first.append(total)
            total += sizes.get(k, 0)
        starts = F.array(*(F.lit(x) for x in first)) if first else F.array(F.lit(0))
        num = F.element_at(starts, (part + 1).cast("int")) + (F.col("row") % (1 << 33))
        numbered = ordered.select(num.alias("num"), *DOCUMENT_FIELDS, F.length("text").cast("long").alias("length"))
        numbered.write.parquet(path)
        problems = [Problem(r["id"], r["text"]) for r in rows.where("kind = 1").select("id", "text").collect()]
        for r in read.where("rank > 1").select("id", "origin", "first_origin").collect():
            problems.append(duplicate_problem(Document(r["id"], "", origin=r["origin"]), r["first_origin"]))
    finally:
        rows.unpersist()
        if ordered is not None:
            ordered.unpersist()
    return problems
