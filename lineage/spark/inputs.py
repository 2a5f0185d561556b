"""The batch engine's input: files listed on the driver, read by lineage's own readers in the workers.

The driver lists the input files in the order :func:`lineage.ingest.load_documents`
reads them (the paths as given, a folder's files sorted); each worker reads whole
files with the readers of :mod:`lineage.ingest` (one Spark task a file), so the
engine reads every format the ingest stage reads, checks records the same way and
reports bad items with the same messages. A reader is a function
``path -> (documents, problems)``; :func:`read_input` picks one by suffix.

Articles are then made unique by id as ``load_documents`` does (the first read
wins, the others are problems) and numbered in id order, the order a trace of files
numbers them (:func:`lineage.graph.trace.trace` aligns each article with its best
candidates numbered before it).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..ingest.files import METADATA_NAMES, load_documents, read_jsonl
from ..ingest.parquet import read_parquet
from ..ingest.records import documents_from_lines, duplicate_problem
from ..models import Document, Problem

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

Reader = Callable[[Path], tuple[list[Document], list[Problem]]]

DOCUMENT_FIELDS = ("id", "text", "outlet", "published", "url", "title", "origin")
DOCUMENT_SCHEMA = (
    "num long, id string, text string, outlet string, published string, url string, title string, "
    "origin string, length long"
)
SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet", ".txt")  # what :func:`read_input` reads


def read_jsonl_gz(path: Path) -> tuple[list[Document], list[Problem]]:
    """Articles from a gzip-compressed JSONL file (bad lines and a broken file become problems)."""
    try:
        with gzip.open(path, "rb") as stream:
            content = stream.read()
    except (OSError, EOFError) as e:
        return [], [Problem(str(path), f"{path}: not a readable gzip file ({e}): check the file")]
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    return documents_from_lines(str(path), 1, content.splitlines())


def read_txt(path: Path) -> tuple[list[Document], list[Problem]]:
    """One article from a text file, with its folder's metadata."""
    loaded = load_documents([path])
    return list(loaded.documents), list(loaded.problems)


def reader_of(path: Path) -> Reader:
    """The reader of a file, by suffix."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        return read_parquet
    if name.endswith(".jsonl.gz"):
        return read_jsonl_gz
    if name.endswith(".jsonl"):
        return read_jsonl
    return read_txt  # a .txt file, or an unsupported one given by name (reported as load_documents does)


def read_input(path: str) -> tuple[list[Document], list[Problem]]:
    """The articles of one input file and its bad items (runs in a worker)."""
    file = Path(path)
    try:
        return reader_of(file)(file)
    except InputError as e:
        return [], [Problem(path, str(e))]


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """The files under ``paths`` in reading order: each path as given, a folder's readable files sorted.

    Raises:
        InputError: a path does not exist.
    """
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
        if not path.is_dir():
            files.append(str(path))
            continue
        for child in sorted(path.rglob("*")):
            name = child.name.lower()
            if child.is_file() and name.endswith(SUFFIXES) and child.name not in METADATA_NAMES:
                files.append(str(child))
    return files


def _read_rows(item: tuple[int, str]) -> Iterator[tuple[Any, ...]]:
    """Rows ``(file, position, kind, *fields)`` of a file: ``kind`` 0 an article, 1 a problem."""
    index, path = item
    docs, problems = read_input(path)
    for k, doc in enumerate(docs):
        yield (index, k, 0, doc.id, doc.text, doc.outlet, doc.published, doc.url, doc.title, doc.origin)
    for k, problem in enumerate(problems):
        yield (index, k, 1, problem.origin, problem.message, None, None, None, None, None)


ROW_SCHEMA = (
    "file long, position long, kind int, id string, text string, outlet string, published string, "
    "url string, title string, origin string"
)


def write_documents(spark: SparkSession, files: Sequence[str], path: str) -> list[Problem]:
    """Write every article of ``files`` once (the first read of an id wins), numbered in id order
    from 0, to the Parquet folder ``path`` (:data:`DOCUMENT_SCHEMA`).

    Returns the problems: bad items of the files, and every article whose id was read before.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    rdd = spark.sparkContext.parallelize(list(enumerate(files)), max(1, len(files))).flatMap(_read_rows)
    rows = spark.createDataFrame(rdd, ROW_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        by_id = Window.partitionBy("id").orderBy("file", "position")
        read = (
            rows.where("kind = 0")
            .withColumn("rank", F.row_number().over(by_id))
            .withColumn("first_origin", F.first("origin").over(by_id))
        )
        unique = read.where("rank = 1").select(*DOCUMENT_FIELDS).orderBy("id")
        numbered = unique.rdd.zipWithIndex().map(lambda x: (x[1], *x[0], len(x[0]["text"])))
        spark.createDataFrame(numbered, DOCUMENT_SCHEMA).write.parquet(path)
        problems = [Problem(r["id"], r["text"]) for r in rows.where("kind = 1").select("id", "text").collect()]
        for r in read.where("rank > 1").select("id", "origin", "first_origin").collect():
            problems.append(duplicate_problem(Document(r["id"], "", origin=r["origin"]), r["first_origin"]))
    finally:
        rows.unpersist()
    return problems
