"""Read articles from files and folders: text, web pages, JSONL feeds (plain, compressed or
standard input) and WARC crawls (see :mod:`lineage.ingest.formats` for the names read).

A folder may hold ``metadata.jsonl`` or ``metadata.json`` giving outlet,
publication date, title, URL and author per file stem (of its ``.txt`` and
``.html`` files); it is read, not ingested as an article. Bad items are
reported as :class:`~lineage.models.Problem` and the batch goes on; items that
are no article (a crawl's redirects, PDFs...) and files of other formats in a
folder are counted (:class:`~lineage.ingest.counts.Counts`). Every input is read
as a stream: a compressed feed or a crawl is never held in memory whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Document, Problem
from .counts import OTHER_FORMAT, REPAIRED, Counts, Skip, count
from .formats import METADATA_NAMES, STDIN, Format, input_files, unsupported_message
from .html import Page, extract_article, read_html_file
from .records import check_published, documents_from_lines, duplicate_problem, split_lines
from .streams import StreamError, line_chunks, open_input
from .warc import read_warc

__all__ = ["METADATA_NAMES", "Loaded", "load_documents", "read_article_file", "read_items", "read_text_file"]

ReadProgress = Callable[[str, int, int], None]  # ("read", records read, articles kept)
PROGRESS_EVERY = 1000  # records between two progress calls


@dataclass(frozen=True, slots=True)
class Loaded:
    """Documents read from the given paths, the items that were skipped (problems) and what
    was read besides (records, items skipped quietly, files of other formats)."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]
    counts: Counts = field(default_factory=Counts)


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


def read_article_file(path: Path, fmt: Format) -> Document:
    """The one article of a ``.txt`` file or a saved web page (``fmt`` "text" or "html").

    Raises:
        InputError: the file cannot be read or holds no article.
    """
    return read_html_file(path) if fmt == "html" else read_text_file(path)


def read_jsonl(path: Path) -> Iterator[Document | Problem | Skip]:
    """Articles from a JSONL file, plain, ``.gz``, ``.zst`` or standard input (``-``), read a
    chunk of lines at a time; bad lines become problems, as does a damaged stream."""
    try:
        with open_input(path) as stream:
            try:
                for chunk in line_chunks(stream):
                    repaired: list[str] = []
                    docs, problems = documents_from_lines(str(path), chunk.first, split_lines(chunk.data), repaired)
                    yield from docs
                    yield from problems
                    yield from (Skip(REPAIRED, origin) for origin in repaired)
            except StreamError as e:
                yield Problem(
                    f"{path}:{e.line}",
                    f"{path}:{e.line}: {e.reason}; the lines before were read: re-compress or re-download the file",
                )
    except OSError as e:
        yield Problem(str(path), f"{path}: cannot read the file ({e.strerror}): check the path and permissions")


def read_warc_articles(path: Path) -> Iterator[Document | Problem | Skip]:
    """The articles of a WARC file's HTML pages (extracted in this process), the records skipped
    and the problems (broken records, pages without an article)."""
    for item in read_warc(path):
        yield extract_page(item) if isinstance(item, Page) else item


def extract_page(page: Page) -> Document | Problem:
    """:func:`~lineage.ingest.html.extract_article`, its error as a problem."""
    try:
        return extract_article(page)
    except InputError as e:
        return Problem(page.origin, str(e))


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
    for key in ("outlet", "published", "url", "title", "author"):
        value = meta.get(key)
        if value is None and key == "outlet":
            value = meta.get("source")
        if value is not None:
            if not isinstance(value, str):
                raise InputError(f'{origin}: metadata "{key}" of {doc.id} must be a string')
            updates[key] = value
    if "published" in updates:
        updates["published"] = check_published(updates["published"], origin)
    return replace(doc, **updates) if updates else doc


def read_items(paths: Iterable[str | Path]) -> Iterator[Document | Problem | Skip]:
    """Every article under ``paths`` (files or folders, recursively; ``-`` is JSONL on standard
    input), the problems of bad items and the items skipped quietly, as they are read.

    Raises:
        InputError: a path does not exist.
    """
    checked = [Path(raw) for raw in paths]
    for path in checked:
        if str(path) != STDIN and not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
    for path in checked:
        meta_cache: dict[Path, dict[str, dict[str, Any]]] = {}
        for file, fmt in input_files(path):
            if fmt is None:
                if file == path:
                    yield Problem(str(file), unsupported_message(file))
                else:
                    yield Skip(OTHER_FORMAT, str(file))
            elif fmt == "jsonl":
                yield from read_jsonl(file)
            elif fmt == "warc":
                yield from read_warc_articles(file)
            else:
                yield _article_file(file, fmt, meta_cache)


def _article_file(file: Path, fmt: Format, meta_cache: dict[Path, dict[str, dict[str, Any]]]) -> Document | Problem:
    try:
        doc = read_article_file(file, fmt)
        folder = file.parent
        if folder not in meta_cache:
            meta_cache[folder] = read_metadata(folder)
        meta = meta_cache[folder].get(doc.id)
        if meta is not None:
            doc = with_metadata(doc, meta, str(folder / "metadata.jsonl"))
        return doc
    except InputError as e:
        return Problem(str(file), str(e))


def load_documents(paths: Iterable[str | Path], progress: ReadProgress | None = None) -> Loaded:
    """Read every article under ``paths`` (files or folders, recursively): ``.txt`` files,
    web pages (``.html``, ``.htm``), JSONL feeds (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``,
    ``-`` for standard input) and WARC crawls (``.warc``, ``.warc.gz``).

    Unreadable files, bad JSONL lines, broken WARC records, pages without an article and
    duplicate ids are skipped and reported in ``Loaded.problems``; a crawl's records that
    are no article and a folder's files of other formats are counted in ``Loaded.counts``.

    Args:
        paths: files and folders.
        progress: called as ``progress("read", records read, articles kept)`` every
            :data:`PROGRESS_EVERY` records and at the end.

    Raises:
        InputError: a path does not exist.
    """
    docs: list[Document] = []
    problems: list[Problem] = []
    skips: list[Skip] = []
    records = 0
    for item in read_items(paths):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, Problem):
            problems.append(item)
        else:
            skips.append(item)
        if not (isinstance(item, Skip) and item.reason in (OTHER_FORMAT, REPAIRED)):
            records += 1
            if progress is not None and records % PROGRESS_EVERY == 0:
                progress("read", records, len(docs))
    if progress is not None:
        progress("read", records, len(docs))
    unique: dict[str, Document] = {}
    for doc in docs:
        first = unique.get(doc.id)
        if first is not None:
            problems.append(duplicate_problem(doc, first.origin))
            continue
        unique[doc.id] = doc
    docs = list(unique.values())
    return Loaded(tuple(sorted(docs, key=lambda d: d.id)), tuple(problems), count(skips, records))
