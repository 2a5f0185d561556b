"""``--since`` on a store: publication dates compared as instants, whatever their offset and precision."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.ingest.records import utc_seconds
from lineage.models import Document
from lineage.store import open_store, trace_store

# id -> publication date as stored. The comments say where comparing the dates as text went wrong
# for --since 2024-06-19T10:00:00+02:00 (08:00 UTC) or --since 2024-06-19 (00:00 UTC).
DATES: dict[str, str | None] = {
    "day-19": "2024-06-19",  # 00:00 UTC
    "day-20": "2024-06-20",
    "utc-0800-z": "2024-06-19T08:00:00Z",  # the instant of 10:00+02:00 itself: text skipped it
    "utc-0800-naive": "2024-06-19T08:00:00",  # no offset: UTC; text skipped it
    "utc-0900": "2024-06-19T09:00:00+00:00",  # text skipped it
    "plus2-0930": "2024-06-19T09:30:00+02:00",  # 07:30 UTC
    "plus5-1100": "2024-06-19T11:00:00+05:00",  # 06:00 UTC: text kept it
    "minus9-day-18": "2024-06-18T23:30:00-09:00",  # 08:30 UTC on the 19th: text skipped it
    "plus2-0100": "2024-06-19T01:00:00+02:00",  # 23:00 UTC on the 18th: text kept it after 2024-06-19
    "minus2-day-18": "2024-06-18T23:00:00-02:00",  # 01:00 UTC on the 19th: text skipped it after 2024-06-19
    "undated-new": None,  # added now
    "undated-old": None,  # added on 2024-06-01 (set below)
    "unreadable": None,  # a date no parser reads (set below), added now: counts by when it was added
}
AFTER_10_PLUS_2 = {
    "day-20",
    "utc-0800-z",
    "utc-0800-naive",
    "utc-0900",
    "minus9-day-18",
    "undated-new",
    "unreadable",
}
AFTER_DAY_19 = AFTER_10_PLUS_2 | {"day-19", "plus2-0930", "plus5-1100", "minus2-day-18"}
CASES = [
    ("2024-06-19T10:00:00+02:00", AFTER_10_PLUS_2),
    ("Wed, 19 Jun 2024 10:00:00 +0200", AFTER_10_PLUS_2),  # RFC 2822: the same instant
    ("2024-06-19T08:00:00Z", AFTER_10_PLUS_2),
    ("2024-06-19", AFTER_DAY_19),
    ("2024-06-19T00:00:00+00:00", AFTER_DAY_19),
]


def _store(path: Path) -> Path:
    """A store of one short, unrelated article per date of :data:`DATES`."""
    docs = [
        Document(doc_id, f"Articolo {k}: la notizia numero {k} parla di {doc_id} e di nient'altro.", published=date)
        for k, (doc_id, date) in enumerate(DATES.items())
    ]
    with open_store(path) as store:
        store.add_documents(docs, workers=1)
        store.conn.execute("UPDATE documents SET added = ? WHERE id = 'undated-old'", (int(utc_seconds("2024-06-01")),))
        store.conn.execute("UPDATE documents SET published = 'mid June' WHERE id = 'unreadable'")
    return path


@pytest.mark.parametrize(("since", "expected"), CASES)
def test_since_compares_instants(tmp_path: Path, since: str, expected: set[str]) -> None:
    db = _store(tmp_path / "s.db")
    with open_store(db, readonly=True) as store:
        assert {d.id for d in store.graph(since=since).documents} == expected
    assert {d.id for d in trace_store(db, since=since).documents} == expected
    with open_store(db, readonly=True) as store:
        traced = {r[0] for r in store.conn.execute("SELECT id FROM documents WHERE traced = 1")}
    assert traced == expected  # the trace aligned those articles and no other


def test_since_later_than_every_article_selects_none(tmp_path: Path) -> None:
    db = _store(tmp_path / "s.db")
    with open_store(db) as store:
        store.conn.execute("UPDATE documents SET added = ? WHERE published IS NULL OR published = 'mid June'", (0,))
        assert store.graph(since="2024-06-20T00:00:00.001+00:00").documents == ()
        assert {d.id for d in store.graph(since="2024-06-20T02:00:00+02:00").documents} == {"day-20"}
