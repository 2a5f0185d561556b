"""The batch engine's input: files listed in reading order, read by lineage's readers, numbered by id."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from lineage.candidates.search import publication_order
from lineage.errors import InputError
from lineage.ingest import load_documents
from lineage.spark.inputs import input_files, read_input, write_documents
from tests.corpus import SEEDS


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_files_are_listed_in_the_order_load_documents_reads_them(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    for name in ("z/b.jsonl", "z/a.txt", "z/metadata.jsonl", "z/notes.md", "z/c.jsonl.gz", "z/d.parquet"):
        (tmp_path / name).write_bytes(b"")
    first = tmp_path / "first.jsonl"
    first.write_bytes(b"")
    listed = input_files([first, tmp_path / "z"])
    assert listed == [str(first), *(str(tmp_path / "z" / n) for n in ("a.txt", "b.jsonl", "c.jsonl.gz", "d.parquet"))]
    with pytest.raises(InputError, match="nowhere: no such file or folder"):
        input_files([tmp_path / "nowhere"])


def test_every_file_reads_as_load_documents_reads_it(tmp_path: Path) -> None:
    records = [{"id": "a", "text": "Un testo."}, {"id": "b"}, {"id": "c", "text": "Città, è così."}]
    plain = _jsonl(tmp_path / "x.jsonl", records)
    packed = tmp_path / "x.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(plain.read_bytes())[:-20])
    for path in (plain, packed, broken):
        docs, problems = read_input(str(path))
        loaded = load_documents([path])
        assert (tuple(docs), tuple(problems)) == (loaded.documents, loaded.problems)
    assert [d.id for d in read_input(str(packed))[0]] == ["a", "c"]
    assert [p.origin for p in read_input(str(packed))[1]] == [f"{packed}:2"]
    assert read_input(str(broken))[1], "a truncated gzip member is a problem"


def test_a_text_file_is_read_with_its_folders_metadata() -> None:
    seeds = {d.id: d for d in load_documents([SEEDS]).documents}
    path = sorted(SEEDS.glob("*.txt"))[0]
    docs, problems = read_input(str(path))
    assert problems == [] and docs == [seeds[path.stem]]
    assert docs[0].outlet is not None  # from metadata.jsonl


def test_every_format_is_read_once_and_numbered_in_publication_order(spark: Any, tmp_path: Path) -> None:
    import pyarrow as pa

    seeds = load_documents([SEEDS]).documents
    jsonl = _jsonl(tmp_path / "a.jsonl", [{"id": "m1", "text": "Testo uno."}, {"id": seeds[0].id, "text": "Doppio."}])
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(b'{"id": "g1", "text": "Testo compresso."}\n{"id": "m1", "text": "Di nuovo."}\n'))
    table = pa.table({"id": ["p1", "p2"], "text": ["Da Parquet.", ""], "title": ["Titolo", None]})
    pq.write_table(table, tmp_path / "c.parquet")
    problems = write_documents(spark, input_files([SEEDS, jsonl, packed, tmp_path / "c.parquet"]), str(tmp_path / "d"))
    rows = pq.read_table(tmp_path / "d").sort_by("num").to_pylist()
    # Undated articles first (by id), then the seeds by publication time: the candidate search's order.
    ids = ["g1", "m1", "p1", *(d.id for d in sorted(seeds, key=lambda d: publication_order(d.published, d.id)))]
    assert [r["id"] for r in rows] == ids
    assert [r["num"] for r in rows] == list(range(len(ids)))
    by_id = {r["id"]: r for r in rows}
    for doc in seeds:  # the seeds were read first: their copies in a.jsonl are the duplicates
        assert (by_id[doc.id]["text"], by_id[doc.id]["outlet"], by_id[doc.id]["origin"]) == (
            doc.text,
            doc.outlet,
            doc.origin,
        )
    assert by_id["m1"]["text"] == "Testo uno." and by_id["p1"]["title"] == "Titolo"
    assert by_id["g1"]["length"] == len("Testo compresso.")
    messages = sorted(p.message for p in problems)
    assert len(messages) == 3
    assert messages[0].startswith(f"{jsonl}:2: article id {seeds[0].id!r} is already used by {seeds[0].origin}")
    assert messages[1].startswith(f"{packed}:2: article id 'm1' is already used by {jsonl}:1")
    assert messages[2].startswith(f'{tmp_path / "c.parquet"}:2: missing or empty "text"')
