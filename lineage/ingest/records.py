"""Article records: JSON objects and JSONL lines checked and turned into documents.

A record has ``id`` and ``text`` and optionally ``source``/``outlet``, ``published``
(ISO 8601 date or date-time, or an RFC 2822 date as RSS feeds write them, kept as ISO 8601),
``url``, ``title`` and ``author``. A bad record is a :class:`~lineage.models.Problem` naming
its origin (file and line) and the fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, cast

import orjson

from ..errors import InputError
from ..models import Document, Problem

_FIELDS = ("id", "text", "outlet", "published", "url", "title", "author")
_OPTIONAL = ("outlet", "published", "url", "title", "author")


# A document's fields in the order of :class:`~lineage.models.Document` (``Document(*record)``):
# id, text, outlet, published, url, title, origin, author. An ingest's workers parse JSONL into
# these (making a frozen dataclass costs a few microseconds an article).
Record = tuple[str, str, str | None, str | None, str | None, str | None, str | None, str | None]


def utc_seconds(value: str) -> float:
    """The Unix time of an ISO 8601 date or date-time (UTC when it has no offset; a date alone
    is its midnight).

    Raises:
        ValueError: ``value`` is not ISO 8601.
    """
    instant = datetime.fromisoformat(value.strip())
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.timestamp()


def check_published(value: str, origin: str) -> str:
    """A publication date as stored: an ISO 8601 date or date-time unchanged, an RFC 2822 date
    (``Mon, 12 May 2025 07:40:00 +0200``, as RSS feeds write them) as ISO 8601 with its offset
    (``2025-05-12T07:40:00+02:00``; ``+00:00`` for ``GMT``, ``-0000`` or an unknown zone).

    Raises:
        InputError: ``value`` is neither, naming ``origin``.
    """
    try:
        if "T" in value or " " in value.strip():
            datetime.fromisoformat(value)
        else:
            date.fromisoformat(value)
        return value
    except ValueError:
        pass
    try:
        instant = parsedate_to_datetime(value)
    except (ValueError, TypeError):
        raise InputError(
            f"{origin}: published {value!r} is not an ISO 8601 or RFC 2822 date: write it as "
            "2024-06-18 or 2024-06-18T09:30:00+02:00"
        ) from None
    if instant.tzinfo is None:  # -0000 or a zone RFC 2822 does not name: UTC, the zone unknown
        instant = instant.replace(tzinfo=UTC)
    return instant.isoformat()


def document_from_record(record: Any, origin: str, default_id: str | None) -> Document:
    return Document(*record_fields(record, origin, default_id))


def record_fields(record: Any, origin: str, default_id: str | None) -> Record:
    """The checked fields of a JSON record (see :func:`document_from_record`).

    Raises:
        InputError: the record is not an article.
    """
    if not isinstance(record, dict):
        raise InputError(f'{origin}: expected a JSON object with at least "text": wrap the article in {{...}}')
    text = record.get("text")
    if not isinstance(text, str) or not text or text.isspace():  # not text.strip(), without copying the text
        raise InputError(f'{origin}: missing or empty "text": give the article body as a string')
    doc_id = record.get("id", default_id)
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        raise InputError(f'{origin}: missing "id": give every JSONL article a unique id')
    values: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if key == "outlet" and value is None:
            value = record.get("source")
        if value is not None and not isinstance(value, str):
            raise InputError(f'{origin}: "{key}" must be a string (got {type(value).__name__})')
        values[key] = value
    published = values["published"]
    if published is not None:
        published = check_published(published, origin)
    return (str(doc_id), text, values["outlet"], published, values["url"], values["title"], origin, values["author"])


def documents_from_lines(
    path: str, first: int, lines: Iterable[str | bytes | memoryview], repaired: list[str] | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles of JSONL lines numbered from ``first``, and the problems of the bad ones
    (lines may be views on a buffer: they are not copied to be parsed). The origins of the
    articles whose text or fields held code points UTF-8 cannot encode (lone surrogates, which
    JSON's ``\\ud800`` escapes can write), replaced by U+FFFD, are appended to ``repaired``."""
    records, problems = records_from_lines(path, first, lines, repaired)
    return [Document(*r) for r in records], problems


def records_from_lines(
    path: str, first: int, lines: Iterable[str | bytes | memoryview], repaired: list[str] | None = None
) -> tuple[list[Record], list[Problem]]:
    """:func:`documents_from_lines` as :data:`Record` tuples."""
    records: list[Record] = []
    problems: list[Problem] = []
    for n, line in enumerate(lines, start=first):
        if not len(line) or (line[0] not in _OPENING and _blank(line)):
            continue
        found = record_from_line(line, f"{path}:{n}")
        if isinstance(found, Problem):
            problems.append(found)
            continue
        fixed = repaired_record(found)
        if fixed is not None:
            found = fixed
            if repaired is not None:
                repaired.append(f"{path}:{n}")
        records.append(found)
    return records, problems


_UNENCODABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: the only str content UTF-8 cannot encode


def repaired_record(record: Record) -> Record | None:
    """``record`` with every code point UTF-8 cannot encode replaced by U+FFFD (one for one, so
    offsets keep their meaning), or None when it has none."""
    if not any(isinstance(v, str) and not v.isascii() and _UNENCODABLE.search(v) for v in record):
        return None
    fixed = tuple(_UNENCODABLE.sub("\ufffd", v) if isinstance(v, str) else v for v in record)
    return cast(Record, fixed)


_OPENING = ("{", ord("{"))  # the first character of a JSON object line (str, bytes)


def _blank(line: str | bytes | memoryview) -> bool:
    return not (line if isinstance(line, str) else bytes(line)).strip()


def split_lines(raw: bytes) -> Iterator[memoryview]:
    """The pieces of ``raw`` between line feeds, as ``raw.split(b"\\n")`` cuts them, as views
    (a copy of every line costs as much as parsing it)."""
    view = memoryview(raw)
    start = 0
    while (end := raw.find(b"\n", start)) >= 0:
        yield view[start:end]
        start = end + 1
    yield view[start:]


def document_from_line(line: str | bytes | memoryview, origin: str) -> Document | Problem:
    """One JSONL line as a document, or the problem that keeps it out (named by ``origin``)."""
    found = record_from_line(line, origin)
    return found if isinstance(found, Problem) else Document(*(repaired_record(found) or found))


def record_from_line(line: str | bytes | memoryview, origin: str) -> Record | Problem:
    """:func:`document_from_line` as a :data:`Record` tuple."""
    try:
        record = orjson.loads(line)  # twice as fast; lines it refuses get the json module's verdict and message
    except orjson.JSONDecodeError:
        record = None
    try:
        if record is None:
            record = json.loads(line if isinstance(line, str) else bytes(line))
    except UnicodeDecodeError:
        return Problem(origin, f"{origin}: not valid UTF-8: re-save the file as UTF-8")
    except json.JSONDecodeError as e:
        return Problem(origin, f"{origin}: invalid JSON ({e.msg}): write one JSON object per line")
    try:
        return record_fields(record, origin, None)
    except InputError as e:
        return Problem(origin, str(e))


def document_from_text(text: str, doc_id: str, **fields: str | None) -> Document:
    """A document from a string (library convenience)."""
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise InputError(f"unknown document fields {sorted(unknown)}: use {', '.join(_FIELDS[2:])}")
    return Document(id=doc_id, text=text, **fields)


def duplicate_problem(doc: Document, first_origin: str | None) -> Problem:
    """The problem of an article whose id an article read before it (from ``first_origin``) has."""
    return Problem(
        doc.origin or doc.id,
        f"{doc.origin}: article id {doc.id!r} is already used by {first_origin}: "
        "give every article a unique id (skipped)",
    )
