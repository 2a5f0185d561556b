"""The store's schema: tables, the checks made when a store is opened, rows <-> the data model.

A store records its schema version and the signing parameters it was made with;
one made with another version or other parameters is refused with a message
saying how to re-index. Edges are kept as records of :mod:`lineage.codec` (the
encoding of the JSON output), compressed with zlib and a preset dictionary.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from ..candidates.signing import SIGNER
from ..codec import edge_figures, edge_from_record, edge_record
from ..errors import StoreError
from ..ingest.records import utc_seconds
from ..models import Document, Edge
from ..params import SketchParams
from .segments import SEGMENTS_SCHEMA

SCHEMA_VERSION = 4  # 4: edges' figures as plain columns; 3: edges as codec records; 2: key differences, 64 KB pages
BATCH = 10_000  # articles per ingest transaction (and per new index segment: fewer merges)
RUN_SEGMENTS = 128  # segments an ingest run writes before it merges them (readers look into each)
# Band-key entries (8 bytes each) of its new segments an ingest run keeps in memory, so that merging
# them reads nothing back (1M articles make about 190M; past this the merge reads the segments).
HELD_ENTRIES = 1 << 28
AUTOCHECKPOINT = 1000  # pages of write-ahead log that make a writer copy it into the file (but see _Checkpointer)
CHECKED = ("shingle_size", "num_perm", "seed", "window", "lsh_threshold")
FIGURES = ("share", "source_share", "verbatim", "rewritten", "drift_count", "passages", "languages")
# Every aligned pair of derivation strength with the articles' ids and outlets, for SQL users. The
# pairs are those before attribution: `lineage trace --db` draws the ones attribution keeps.
VIEWS = """
CREATE VIEW IF NOT EXISTS aligned_pairs AS
    SELECT s.id AS source_id, t.id AS target_id, s.outlet AS source_outlet, t.outlet AS target_outlet,
           e.method, e.share, e.source_share, e.verbatim, e.rewritten, e.drift_count, e.passages, e.languages
    FROM edges e JOIN documents s ON s.num = e.source JOIN documents t ON t.num = e.target;
"""
# Each article's language as the cross-language stage identifies it (a cache, filled when a trace
# needs it; a store made before it gets the table then): a store in one language skips the stage
# without reading every article's text.
LANGUAGES = """
CREATE TABLE IF NOT EXISTS languages (num INTEGER PRIMARY KEY, lang TEXT NOT NULL) WITHOUT ROWID;
"""
# Each article's agencies as the meaning stage reads them (agencies credited, tab-separated in
# name order; the agency that published it, or the issuer of a press release): a cache like
# ``languages``, so a store in one language with no credited agency's items skips the stage
# without reading the texts again. A change in how credits are read gets a new table name and
# the old tables are dropped (``agencies`` held the credits read before attributions in the body
# were, ``agency_credits`` the publishers read before press releases were, ``article_sources``
# the credits read before other languages' credit lines and 16 more agencies were).
AGENCIES = """
CREATE TABLE IF NOT EXISTS article_credits (
    num INTEGER PRIMARY KEY, credited TEXT NOT NULL, publisher TEXT
) WITHOUT ROWID;
"""
STALE_AGENCIES = (
    "DROP TABLE IF EXISTS agencies",
    "DROP TABLE IF EXISTS agency_credits",
    "DROP TABLE IF EXISTS article_sources",
)
# Each article's fact anchors as the meaning stage reads them (``anchors``: tab-separated, in
# order; ``cut``: the characters of the text read, as alignment cuts a long page), a cache like
# ``languages``: an incremental trace reads the anchors of the articles stored before it from
# here, not from their texts again. A row whose ``cut`` is not the trace's is read again.
ANCHORS = """
CREATE TABLE IF NOT EXISTS article_anchors (
    num INTEGER PRIMARY KEY, cut INTEGER NOT NULL, anchors TEXT NOT NULL
) WITHOUT ROWID;
"""
# The grandparent pairs the meaning stage aligned and found no derivation in (``source`` the
# grandparent, ``target`` the child, article numbers): articles never change once stored, so a
# later trace does not align them again.
MEANING_REJECTED = """
CREATE TABLE IF NOT EXISTS meaning_rejected (
    source INTEGER NOT NULL, target INTEGER NOT NULL, PRIMARY KEY (source, target)
) WITHOUT ROWID;
"""
SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash BLOB NOT NULL,
    outlet TEXT,
    published TEXT,
    url TEXT,
    title TEXT,
    origin TEXT,
    added INTEGER NOT NULL,
    traced INTEGER NOT NULL DEFAULT 0,
    units BLOB NOT NULL,
    signature BLOB NOT NULL,
    text TEXT NOT NULL,
    author TEXT
);
CREATE INDEX IF NOT EXISTS documents_untraced ON documents (num) WHERE traced = 0;
CREATE TABLE IF NOT EXISTS edges (
    source INTEGER NOT NULL,
    target INTEGER NOT NULL,
    method TEXT NOT NULL,
    record BLOB NOT NULL,  -- the edge as a lineage.codec record (JSON), zlib with a preset dictionary
    share REAL,  -- the figures of the record as plain columns, for sqlite3 and datasette
    source_share REAL,
    verbatim INTEGER,
    rewritten INTEGER,
    drift_count INTEGER,
    passages INTEGER,
    languages TEXT,  -- "it en" for a pair aligned by meaning (across languages, or credited), else NULL
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_target ON edges (target);
"""
    + LANGUAGES
    + AGENCIES
    + ANCHORS
    + """
"""
    + VIEWS
    + SEGMENTS_SCHEMA
)


def create(conn: sqlite3.Connection, params: SketchParams) -> None:
    conn.execute("PRAGMA page_size = 65536")  # about 15 articles a page: little slack per row
    conn.execute("PRAGMA journal_mode = WAL")
    with immediate(conn):
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        values = {
            "schema_version": str(SCHEMA_VERSION),
            "params": json.dumps({k: getattr(params, k) for k in CHECKED}),
            "signer": SIGNER,
            "text_bytes": "0",
            "created": str(int(time.time())),
        }
        conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", values.items())


def upgrade_3_to_4(conn: sqlite3.Connection) -> None:
    """Add the edges' plain figure columns and the ``aligned_pairs`` view, filled from the stored
    records, in one transaction (an interrupted upgrade leaves the store as it was)."""
    with immediate(conn):
        kinds = ("REAL", "REAL", "INTEGER", "INTEGER", "INTEGER", "INTEGER", "TEXT")
        for name, kind in zip(FIGURES, kinds, strict=True):
            conn.execute(f"ALTER TABLE edges ADD COLUMN {name} {kind}")
        rows = conn.execute("SELECT source, target, record FROM edges").fetchall()
        conn.executemany(
            f"UPDATE edges SET {', '.join(f'{x} = ?' for x in FIGURES)} WHERE source = ? AND target = ?",
            [(*edge_columns(edge_of_blob(blob)), a, b) for a, b, blob in rows],
        )
        conn.execute(VIEWS)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))


def edge_columns(edge: Edge) -> tuple[float, float, int, int, int, int, str | None]:
    """The plain columns of an edge (:data:`FIGURES`): the codec's figures and the languages."""
    languages = edge.comparison.languages
    return (*edge_figures(edge), " ".join(languages) if languages else None)


def check(conn: sqlite3.Connection, file: Path, params: SketchParams | None, readonly: bool = False) -> SketchParams:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    version = int(meta.get("schema_version", "0"))
    if version == 3 and not readonly:
        upgrade_3_to_4(conn)
        version = SCHEMA_VERSION
    elif version == 3:
        raise StoreError(
            f"{file}: the store has schema version 3, this lineage reads version {SCHEMA_VERSION}: "
            "open it once for writing (e.g. lineage index stats --db FILE, or index add) to upgrade it in place"
        )
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{file}: the store has schema version {version}, this lineage reads version {SCHEMA_VERSION}: "
            "index the articles again into a new --db file"
        )
    if meta.get("signer") != SIGNER:
        raise StoreError(
            f"{file}: the store was signed with {meta.get('signer')!r}, this lineage signs with {SIGNER!r}: "
            "index the articles again into a new --db file"
        )
    stored = SketchParams(**json.loads(meta["params"]))
    if params is not None:
        diff = [
            f"{k}={getattr(params, k)!r} (store: {getattr(stored, k)!r})"
            for k in CHECKED
            if getattr(params, k) != getattr(stored, k)
        ]
        if diff:
            raise StoreError(
                f"{file}: the store was built with other MinHash parameters: {', '.join(diff)}; "
                "signatures made with other parameters cannot be compared: leave the parameters out "
                "to use the store's own, or index into a new --db file"
            )
    return stored


# Articles published on or after an instant, or added since then when they carry no (readable) date:
# the dates are compared as instants (published_seconds, registered on every store connection by
# add_functions), never as text. The parameters are since_parameters(since).
SINCE = "COALESCE(published_seconds(published) >= ?, added >= ?)"
# -- documents and edges as rows ----------------------------------------------------------------------
DOC_COLUMNS = "id, text, outlet, published, url, title, origin, author"


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE``): committed when the block ends, rolled back when
    it raises (the store's connections are in autocommit mode; its only writer is this process)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def select_in(conn: sqlite3.Connection, select: str, values: Sequence[Any]) -> list[Any]:
    """The rows of ``select`` (a statement ending ``... IN``) for every value of ``values``, in
    statements of at most 900 values (SQLite's limit on bound parameters is 999)."""
    rows: list[Any] = []
    for lo in range(0, len(values), 900):
        part = values[lo : lo + 900]
        rows.extend(conn.execute(f"{select} ({','.join('?' * len(part))})", part).fetchall())
    return rows


def document_of_row(row: Sequence[Any]) -> Document:
    """A document from a row of :data:`DOC_COLUMNS`."""
    return Document(
        id=row[0], text=row[1], outlet=row[2], published=row[3], url=row[4], title=row[5], origin=row[6], author=row[7]
    )


def epoch(since: str) -> int:
    """The Unix time of an ISO date or date-time (UTC when it has no offset)."""
    return int(utc_seconds(since))


def published_seconds(published: str | None) -> float | None:
    """The instant of a stored publication date in Unix seconds (a date alone: its midnight UTC;
    a date-time without offset: UTC), or None when the article has no readable date."""
    if not published:
        return None
    try:
        return utc_seconds(published)
    except (ValueError, OverflowError):
        return None


def since_parameters(since: str) -> tuple[float, int]:
    """The parameters of :data:`SINCE` for ``since``, an ISO 8601 date or date-time as
    :func:`~lineage.ingest.records.check_published` writes it: its instant, for publication
    dates, and its Unix time in whole seconds, for the times articles were added."""
    return utc_seconds(since), epoch(since)


def add_functions(conn: sqlite3.Connection) -> None:
    """Register the SQL functions the store's statements use (:data:`SINCE`) on ``conn``."""
    conn.create_function("published_seconds", 1, published_seconds, deterministic=True)


def _edge_dictionary() -> bytes:
    """A zlib preset dictionary of what edge records say (keys, labels, evidence phrases): a record
    of a few hundred bytes compresses to about two thirds of its size without one. Part of the
    schema: changing it needs a new :data:`SCHEMA_VERSION`."""
    link = (
        '{"drift":[],"label":"%s","score":%s,"source_sentences":[1],"source_span":[1000,1100],'
        '"target_sentences":[1],"target_span":[1000,1100]}'
    )
    parts = [
        link % (label, score) for label, score in (("verbatim", "0.9"), ("rewritten", "0.6"), ("rewritten", "0.5"))
    ]
    parts += [
        link % ("verbatim", "1.0"),
        '{"from":"1","kind":"number","source_span":[10,20],"target_span":[10,20],"to":"2"}',
        '],"original":[[0,100]],"boilerplate":[],"source_boilerplate":[],"source_share":0.9,"target_share":0.8},',
        '"direction":{"determined":true,"evidence":["a0000001 was published before a0000002 ',
        '(2024-01-01T00:00:00+00:00 < 2024-01-01T00:00:40+00:00)",',
        '"a0000001 opens with the agency dateline (ANSA)",',
        '"both published 2024-01-01: the dates do not tell which came first",',
        '"100% of a0000001 is reused in a0000002, which is 100% reused text"],"method":"published"}',
        '{"comparison":{"passages":[{"drift":[],"label":"verbatim","links":[',
    ]
    return "".join(parts).encode()


EDGE_DICTIONARY = _edge_dictionary()


def edge_blob(edge: Edge) -> bytes:
    """An edge's record (:func:`lineage.codec.edge_record`), compressed."""
    packer = zlib.compressobj(9, zdict=EDGE_DICTIONARY)
    return packer.compress(orjson.dumps(edge_record(edge), option=orjson.OPT_SORT_KEYS)) + packer.flush()


def edge_of_blob(blob: bytes) -> Edge:
    """The edge of a record made by :func:`edge_blob`."""
    return edge_from_record(orjson.loads(zlib.decompressobj(zdict=EDGE_DICTIONARY).decompress(blob)))
