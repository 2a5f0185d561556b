"""Formats told apart by name, in one place; a folder's other files listed, not silently dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.ingest import load_documents
from lineage.ingest.formats import format_of, input_files, stem_of


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.HTML", "html"),
        ("a.htm", "html"),
        ("a.jsonl", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.jsonl.zst", "jsonl"),
        ("-", "jsonl"),
        ("crawl.warc", "warc"),
        ("crawl.warc.gz", "warc"),
        ("a.gz", None),
        ("a.pdf", None),
        ("README.md", None),
    ],
)
def test_format_of(name: str, fmt: str | None) -> None:
    assert format_of(name) == fmt


def test_stem_drops_the_whole_suffix() -> None:
    assert stem_of(Path("x/feed.jsonl.gz")) == "feed" and stem_of(Path("a.b.html")) == "a.b"


def test_folder_files_of_other_formats_are_listed_and_hidden_files_left_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un articolo.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# note", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "metadata.jsonl").write_text("", encoding="utf-8")
    assert [(f.name, fmt) for f, fmt in input_files(tmp_path)] == [("a.txt", "text"), ("notes.md", None)]
    loaded = load_documents([tmp_path])
    assert [d.id for d in loaded.documents] == ["a"] and loaded.problems == ()
    assert loaded.counts.ignored == (str(tmp_path / "notes.md"),)
    # Named on its own, a file of another format is a problem.
    named = load_documents([tmp_path / "notes.md"])
    assert "not a format lineage reads" in named.problems[0].message
