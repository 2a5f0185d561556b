"""Checking records' fields: publication dates in ISO 8601 or RFC 2822, stored as ISO 8601."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lineage.candidates.search import publication_order
from lineage.errors import InputError
from lineage.ingest import load_documents
from lineage.ingest.records import check_published, utc_seconds


def _feed(tmp_path: Path, *published: str) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"a{k}", "text": "Testo.", "published": p}) for k, p in enumerate(published)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rfc_2822_date_with_offset_is_stored_as_iso_8601(tmp_path: Path) -> None:
    loaded = load_documents([_feed(tmp_path, "Mon, 12 May 2025 07:40:00 +0200")])
    assert not loaded.problems
    assert loaded.documents[0].published == "2025-05-12T07:40:00+02:00"


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("Mon, 12 May 2025 07:40:00 GMT", "2025-05-12T07:40:00+00:00"),
        ("12 May 2025 07:40 UT", "2025-05-12T07:40:00+00:00"),
        ("Mon, 12 May 2025 07:40:00 EST", "2025-05-12T07:40:00-05:00"),
        ("Mon, 12 May 2025 07:40:00 -0000", "2025-05-12T07:40:00+00:00"),  # UTC, local zone unknown
    ],
)
def test_rfc_2822_date_with_a_named_zone(value: str, stored: str) -> None:
    assert check_published(value, "feed.jsonl:1") == stored


def test_iso_8601_is_kept_as_given() -> None:
    for value in ("2024-06-18", "2024-06-18T09:30:00+02:00", "2024-06-18 09:30"):
        assert check_published(value, "feed.jsonl:1") == value


def test_a_date_neither_iso_nor_rfc_2822_is_refused_with_file_and_line(tmp_path: Path) -> None:
    path = _feed(tmp_path, "Mon, 12 May 2025 07:40:00 +0200", "ieri", "Mon, 32 May 2025 07:40:00 +0200")
    loaded = load_documents([path])
    assert [d.id for d in loaded.documents] == ["a0"]
    assert [p.origin for p in loaded.problems] == [f"{path}:2", f"{path}:3"]
    message = loaded.problems[0].message
    assert message.startswith(f"{path}:2: published 'ieri' is not an ISO 8601 or RFC 2822 date: write it as 2024-06-18")
    assert "\n" not in message
    with pytest.raises(InputError, match=r"^x\.jsonl:7: published '12 May 2025' is not"):
        check_published("12 May 2025", "x.jsonl:7")


def test_rfc_2822_date_orders_against_iso_dates(tmp_path: Path) -> None:
    # 07:40 at +02:00 is 05:40 UTC: after 05:30 UTC, before 07:00 at +01:00 (06:00 UTC).
    path = _feed(tmp_path, "2025-05-12T07:00:00+01:00", "Mon, 12 May 2025 07:40:00 +0200", "2025-05-12T05:30:00Z")
    docs = load_documents([path]).documents
    order = sorted(docs, key=lambda d: publication_order(d.published, d.id))
    assert [d.id for d in order] == ["a2", "a1", "a0"]
    rfc = docs[1].published
    assert rfc is not None and utc_seconds(rfc) == utc_seconds("2025-05-12T05:40:00+00:00")
