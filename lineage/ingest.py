"""Read articles from files and folders: ``.txt`` (UTF-8) and ``.jsonl``.

A folder may hold ``metadata.jsonl`` or ``metadata.json`` giving outlet,
publication date, title and URL per file stem; it is read, not ingested as an
article. Bad items are reported as :class:`~lineage.models.Problem` and the
batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson

from .errors import InputError
from .models import Document, Problem

METADATA_NAMES = ("metadata.jsonl", "metadata.json")
_FIELDS = ("id", "text", "outlet", "published", "url", "title")
# A document's fields in the order of :class:`~lineage.models.Document` (``Document(*record)``):
# id, text, outlet, published, url, title, origin. An ingest's workers parse JSONL into these
# (making a frozen dataclass costs a few microseconds an article).
Record = tuple[str, str, str | None, str | None, str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Loaded:
    """Documents read from the given paths and the items that were skipped."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


def check_published(value: str, origin: str) -> str:
    """Validate an ISO 8601 date or date-time string; return it unchanged."""
    try:
        if "T" in value or " " in value.strip():
            datetime.fromisoformat(value)
        else:
            date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"{origin}: published {value!r} is not an ISO 8601 date: write it as 2024-06-18 "
            "or 2024-06-18T09:30:00+02:00"
        ) from None
    return value


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
    for key in ("outlet", "published", "url", "title"):
        value = record.get(key)
        if key == "outlet" and value is None:
            value = record.get("source")
        if value is not None and not isinstance(value, str):
            raise InputError(f'{origin}: "{key}" must be a string (got {type(value).__name__})')
        values[key] = value
    published = values["published"]
    if published is not None:
        check_published(published, origin)
    return (str(doc_id), text, values["outlet"], published, values["url"], values["title"], origin)


def read_text_file(path: Path) -> Document:
    """One article from a UTF-8 text file; the id is the file stem."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror}): check the path and permissions") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not valid UTF-8 (byte {e.start}): re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8"
        ) from e
    if not text.strip():
        raise InputError(f"{path}: the file is empty: remove it or add the article text")
    return Document(id=path.stem, text=text, origin=str(path))


def read_jsonl(path: Path) -> tuple[list[Document], list[Problem]]:
    """Articles from a JSONL file, one object per line; bad lines become problems."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(str(path), f"{path}: not valid UTF-8: re-save the file as UTF-8")]
    except OSError as e:
        return [], [Problem(str(path), f"{path}: cannot read the file ({e.strerror})")]
    return documents_from_lines(str(path), 1, content.splitlines())


def documents_from_lines(
    path: str, first: int, lines: Iterable[str | bytes | memoryview]
) -> tuple[list[Document], list[Problem]]:
    """The articles of JSONL lines numbered from ``first``, and the problems of the bad ones
    (lines may be views on a buffer: they are not copied to be parsed)."""
    records, problems = records_from_lines(path, first, lines)
    return [Document(*r) for r in records], problems


def records_from_lines(
    path: str, first: int, lines: Iterable[str | bytes | memoryview]
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
        else:
            records.append(found)
    return records, problems


_OPENING = ("{", ord("{"))  # the first character of a JSON object line (str, bytes)


def _blank(line: str | bytes | memoryview) -> bool:
    return not (line if isinstance(line, str) else bytes(line)).strip()


def document_from_line(line: str | bytes | memoryview, origin: str) -> Document | Problem:
    """One JSONL line as a document, or the problem that keeps it out (named by ``origin``)."""
    found = record_from_line(line, origin)
    return found if isinstance(found, Problem) else Document(*found)


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


def read_metadata(folder: Path) -> dict[str, dict[str, Any]]:
    """Per-stem metadata of a folder (``metadata.jsonl`` with an ``id`` per line, or a JSON object)."""
    for name in METADATA_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        meta: dict[str, dict[str, Any]] = {}
        if name.endswith(".jsonl"):
            for n, line in enumerate(text.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{n}: invalid JSON ({e.msg}): write one object per line") from e
                if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                    raise InputError(f'{path}:{n}: each line needs an "id" naming a file stem')
                meta[record["id"]] = record
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{e.lineno}: invalid JSON ({e.msg})") from e
            if not isinstance(data, dict):
                raise InputError(f"{path}: expected an object mapping file stems to metadata")
            meta = {str(k): v for k, v in data.items() if isinstance(v, dict)}
        return meta
    return {}


def with_metadata(doc: Document, meta: dict[str, Any], origin: str) -> Document:
    updates: dict[str, str] = {}
    for key in ("outlet", "published", "url", "title"):
        value = meta.get(key)
        if value is None and key == "outlet":
            value = meta.get("source")
        if value is not None:
            if not isinstance(value, str):
                raise InputError(f'{origin}: metadata "{key}" of {doc.id} must be a string')
            updates[key] = value
    if "published" in updates:
        check_published(updates["published"], origin)
    return replace(doc, **updates) if updates else doc


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in (".txt", ".jsonl") and child.name not in METADATA_NAMES:
                yield child
    else:
        yield path


def load_documents(paths: Iterable[str | Path]) -> Loaded:
    """Read every article under ``paths`` (files or folders, recursively).

    Unreadable files, bad JSONL lines and duplicate ids are skipped and
    reported in ``Loaded.problems``.

    Raises:
        InputError: a path does not exist.
    """
    docs: list[Document] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
        meta_cache: dict[Path, dict[str, dict[str, Any]]] = {}
        for file in _files(path):
            suffix = file.suffix.lower()
            if suffix == ".jsonl":
                found, bad = read_jsonl(file)
                docs.extend(found)
                problems.extend(bad)
                continue
            if suffix != ".txt":
                problems.append(Problem(str(file), f"{file}: not a .txt or .jsonl file: convert it or leave it out"))
                continue
            try:
                doc = read_text_file(file)
                folder = file.parent
                if folder not in meta_cache:
                    meta_cache[folder] = read_metadata(folder)
                meta = meta_cache[folder].get(doc.id)
                if meta is not None:
                    doc = with_metadata(doc, meta, str(folder / "metadata.jsonl"))
                docs.append(doc)
            except InputError as e:
                problems.append(Problem(str(file), str(e)))
    unique: dict[str, Document] = {}
    for doc in docs:
        first = unique.get(doc.id)
        if first is not None:
            problems.append(
                Problem(
                    doc.origin or doc.id,
                    f"{doc.origin}: article id {doc.id!r} is already used by {first.origin}: "
                    "give every article a unique id (skipped)",
                )
            )
            continue
        unique[doc.id] = doc
    docs = list(unique.values())
    return Loaded(tuple(sorted(docs, key=lambda d: d.id)), tuple(problems))


def document_from_text(text: str, doc_id: str, **fields: str | None) -> Document:
    """A document from a string (library convenience)."""
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise InputError(f"unknown document fields {sorted(unknown)}: use {', '.join(_FIELDS[2:])}")
    return Document(id=doc_id, text=text, **fields)
