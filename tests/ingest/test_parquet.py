"""Parquet articles: rows checked as JSONL records are, bad rows reported with file and row."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.ingest.parquet import read_parquet
from tests.spark.support import missing_pyarrow, require


@pytest.fixture(scope="module", autouse=True)
def _pyarrow() -> None:
    require(missing_pyarrow())


def _write(path: Path, columns: dict[str, list[object]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path, row_group_size=2)  # several row groups
    return path


def test_rows_become_documents_and_bad_rows_problems(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.parquet",
        {
            "id": ["a1", "a2", "a3", "a4", "a5"],
            "text": ["Primo testo.", None, "Terzo testo.", "Quarto.", "Quinto."],
            "source": ["ANSA", None, None, "Outlet", None],
            "published": ["2024-06-18", None, None, "ieri", "2024-06-18T09:30:00+02:00"],
            "extra": [1, 2, 3, 4, 5],
        },
    )
    docs, problems = read_parquet(path)
    assert [(d.id, d.text, d.outlet, d.published, d.origin) for d in docs] == [
        ("a1", "Primo testo.", "ANSA", "2024-06-18", f"{path}:1"),
        ("a3", "Terzo testo.", None, None, f"{path}:3"),
        ("a5", "Quinto.", None, "2024-06-18T09:30:00+02:00", f"{path}:5"),
    ]
    assert [p.origin for p in problems] == [f"{path}:2", f"{path}:4"]
    assert 'missing or empty "text"' in problems[0].message
    assert "is not an ISO 8601 or RFC 2822 date" in problems[1].message


def test_a_file_without_text_or_not_parquet_is_one_problem(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.parquet", {"id": ["x"], "body": ["testo"]})
    docs, problems = read_parquet(path)
    assert docs == [] and len(problems) == 1
    assert problems[0].message == f'{path}: no "text" column: name the article body column "text"'
    fake = tmp_path / "c.parquet"
    fake.write_text("not parquet", encoding="utf-8")
    docs, problems = read_parquet(fake)
    assert docs == [] and len(problems) == 1
    assert problems[0].message.startswith(f"{fake}: not a readable Parquet file")
