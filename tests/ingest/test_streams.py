"""JSONL feeds compressed (.gz, .zst) or on standard input read as plain ones, in chunks of lines."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import zstandard

from lineage.ingest import load_documents
from lineage.ingest.streams import StreamError, line_chunks

LINES = [json.dumps({"id": f"a{k}", "text": f"Articolo numero {k}.", "author": "Redazione"}) for k in range(50)]
FEED = ("\n".join([*LINES[:10], "{broken", *LINES[10:]]) + "\n").encode()


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_compressed_feeds_give_what_plain_ones_give(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"feed{suffix}"
    data = FEED
    if suffix.endswith(".gz"):
        data = gzip.compress(FEED)
    elif suffix.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(FEED)
    path.write_bytes(data)
    loaded = load_documents([path])
    assert [d.id for d in loaded.documents] == sorted(f"a{k}" for k in range(50))
    assert loaded.documents[0].author == "Redazione"
    assert [p.origin for p in loaded.problems] == [f"{path}:11"]


def test_chunks_hold_whole_lines_numbered_from_their_first() -> None:
    chunks = list(line_chunks(io.BytesIO(b"\xef\xbb\xbf" + FEED), size=100))
    assert len(chunks) > 10
    assert b"".join(c.data for c in chunks) == FEED
    line = 1
    for chunk in chunks:
        assert chunk.first == line and chunk.data.endswith(b"\n")
        line += chunk.data.count(b"\n")


def test_a_truncated_gzip_feed_keeps_the_lines_before_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    many = [
        json.dumps({"id": f"b{k}", "text": f"Articolo {k} di un archivio lungo, {k * 7919 % 10007}."})
        for k in range(20000)
    ]
    whole = gzip.compress(("\n".join(many) + "\n").encode())
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StreamError) as caught, gzip.open(path, "rb") as stream:
        for _ in line_chunks(stream, size=1 << 12):  # type: ignore[arg-type]
            pass
    assert caught.value.line > 1
    loaded = load_documents([path])
    (problem,) = loaded.problems
    assert problem.origin.startswith(f"{path}:") and "cut short" in problem.message
    # The whole lines before the damage were read, up to the line named.
    line = int(problem.origin.rsplit(":", 1)[1])
    assert len(loaded.documents) == line - 1 > 1000


def test_not_gzip_named_gz_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(FEED)
    loaded = load_documents([path])
    assert loaded.documents == ()
    (problem,) = loaded.problems
    assert problem.origin == f"{path}:1" and "damaged" in problem.message
