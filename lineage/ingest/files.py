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
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Document, Problem
from .records import check_published, documents_from_lines, duplicate_problem

METADATA_NAMES = ("metadata.jsonl", "metadata.json")


@dataclass(frozen=True, slots=True)
class Loaded:
    """Documents read from the given paths and the items that were skipped."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


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
            problems.append(duplicate_problem(doc, first.origin))
            continue
        unique[doc.id] = doc
    docs = list(unique.values())
    return Loaded(tuple(sorted(docs, key=lambda d: d.id)), tuple(problems))
