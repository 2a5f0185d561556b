"""Read articles from Parquet files: one row an article, columns named as JSONL records' keys.

A Parquet file of articles has a string column ``text`` and ``id`` and optionally
``outlet`` (or ``source``), ``published``, ``url`` and ``title``; other columns are
ignored. Rows are checked as JSONL records are (:mod:`lineage.ingest.records`): a bad
row is a :class:`~lineage.models.Problem` naming the file and the row (numbered from
1) and the batch goes on. The file is read a row group at a time, so a large file is
never held in memory whole. Reading needs ``pyarrow`` (installed with the ``spark``
extra: ``pip install 'news-lineage[spark]'``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Document, Problem
from .records import record_fields

COLUMNS = ("id", "text", "outlet", "source", "published", "url", "title")


def read_parquet(path: Path) -> tuple[list[Document], list[Problem]]:
    """Articles from a Parquet file, in row order; bad rows (and an unreadable file) become problems.

    Raises:
        InputError: pyarrow is not installed.
    """
    try:
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover - pyarrow comes with the spark extra
        raise InputError(f"{path}: reading Parquet needs pyarrow: pip install 'news-lineage[spark]'") from e
    docs: list[Document] = []
    problems: list[Problem] = []
    try:
        source = pq.ParquetFile(path)
        names = set(source.schema_arrow.names)
        if "text" not in names:
            return [], [Problem(str(path), f'{path}: no "text" column: name the article body column "text"')]
        columns = [c for c in COLUMNS if c in names]
        row = 0
        for batch in source.iter_batches(columns=columns):
            for record in batch.to_pylist():
                row += 1
                _add(record, f"{path}:{row}", docs, problems)
    except (OSError, ValueError) as e:  # pyarrow's errors derive from these
        problems.append(Problem(str(path), f"{path}: not a readable Parquet file ({e}): check the file"))
    return docs, problems


def _add(record: dict[str, Any], origin: str, docs: list[Document], problems: list[Problem]) -> None:
    present = {k: v for k, v in record.items() if v is not None}  # a null column is a missing field
    try:
        docs.append(Document(*record_fields(present, origin, None)))
    except InputError as e:
        problems.append(Problem(origin, str(e)))
