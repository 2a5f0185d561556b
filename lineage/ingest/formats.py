"""Which reader a path needs: the one place input formats are told apart by their names.

Both :func:`lineage.ingest.load_documents` and the store's ingest
(:func:`lineage.store.jobs.path_jobs`) walk their inputs with
:func:`input_files`, so they read the same files the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

Format = Literal["text", "jsonl", "html", "warc"]

STDIN = "-"  # a path of "-" is JSONL on standard input
METADATA_NAMES = ("metadata.jsonl", "metadata.json")

# Longest suffixes first: ``x.jsonl.gz`` is JSONL, not an unknown ``.gz``.
SUFFIXES: tuple[tuple[str, Format], ...] = (
    (".jsonl.gz", "jsonl"),
    (".jsonl.zst", "jsonl"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "text"),
)
READABLE = ".txt, .html/.htm, .jsonl (also .jsonl.gz, .jsonl.zst, - for standard input), .warc/.warc.gz"


def format_of(path: str | Path) -> Format | None:
    """The format of a file by its name, or None when lineage does not read it."""
    name = str(path)
    if name == STDIN:
        return "jsonl"
    lower = Path(name).name.lower()
    for suffix, fmt in SUFFIXES:
        if lower.endswith(suffix):
            return fmt
    return None


def stem_of(path: Path) -> str:
    """A file's name without its format suffix (``a.jsonl.gz`` -> ``a``): an article's id."""
    lower = path.name.lower()
    for suffix, _ in SUFFIXES:
        if lower.endswith(suffix):
            return path.name[: len(path.name) - len(suffix)]
    return path.stem


def input_files(path: Path) -> Iterator[tuple[Path, Format | None]]:
    """The files to read under ``path`` (itself, or a folder's files recursively, sorted), each
    with its format (None: not a format lineage reads). A folder's metadata files and hidden
    files (names starting with ``.``) are left out."""
    if str(path) == STDIN or not path.is_dir():
        yield path, format_of(path)
        return
    for child in sorted(path.rglob("*")):
        if not child.is_file() or child.name in METADATA_NAMES:
            continue
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        yield child, format_of(child)


def unsupported_message(path: Path) -> str:
    """The problem of a file given by name whose format lineage does not read."""
    return f"{path}: not a format lineage reads ({READABLE}): convert it or leave it out"
