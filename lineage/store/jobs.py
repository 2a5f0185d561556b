"""The work of ingest processes: read, parse and sign articles into rows ready for the store.

:meth:`lineage.store.Store.add_paths` cuts its inputs into :class:`Job` items
(a byte range of a JSONL file, a few text files, or articles already in
memory); worker processes turn each into a :class:`Signed` batch: one row per
article with everything the ``documents`` table holds (the text as UTF-8
bytes), and the articles' band keys already sorted, so that the process that
writes the store only checks ids, numbers the articles and writes.
"""

from __future__ import annotations

import operator
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, SupportsIndex

import numpy as np
import numpy.typing as npt

from ..candidates.bands import key_pairs
from ..candidates.signing import DocumentSketch, Signer, sign_texts, window_sketch
from ..errors import InputError
from ..ingest.files import METADATA_NAMES, read_metadata, read_text_file, with_metadata
from ..ingest.records import Record, documents_from_lines, records_from_lines
from ..kernels.arrays import unique
from ..models import Document, Problem
from . import slots

JSONL_CHUNK = 1 << 22  # bytes of JSONL handed to a worker at a time
TXT_CHUNK = 256  # text files (or articles) handed to a worker at a time

# A stored row without its number and time added: id, hash, outlet, published, url, title,
# origin, units (signing sentences), signature, text (UTF-8). The blobs are ``bytearray``s:
# sqlite3 binds that type as it is, but first looks for an adapter for ``bytes`` (about 0.7 us a
# value, 2.6 us a row, in the writing process).
Row = tuple[str, bytearray, str | None, str | None, str | None, str | None, str | None, bytearray, bytearray, bytearray]
_NARROW_UNITS = bytearray(b"\x02")
_WIDE_UNITS = bytearray(b"\x04")


def unpack_units(blob: bytes) -> tuple[tuple[int, int], ...]:
    """The signing sentences of a stored article (its ``units`` column): ``(start, end)``
    character offsets, as uint16 pairs after a ``02`` byte or uint32 pairs after a ``04``."""
    width = np.uint16 if blob[:1] == _NARROW_UNITS else np.uint32
    pairs = np.frombuffer(blob[1:], dtype=width).reshape(-1, 2)
    return tuple((int(a), int(b)) for a, b in pairs.tolist())


@dataclass(frozen=True, slots=True)
class Job:
    """Work for an ingest process: articles, a byte range of a JSONL file, or text files."""

    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    jsonl: tuple[str, int, int] | None = None  # path, first byte, number of bytes (whole lines)
    files: tuple[str, ...] = ()
    metadata: tuple[tuple[str, dict[str, Any]], ...] = ()  # (folder, per-stem metadata) of ``files``


@dataclass(frozen=True, slots=True, eq=False)
class Signed:
    """Articles read and signed: their rows and band keys, and the items that were skipped.

    ``pairs`` holds ``(32-bit band key << 32) | row index`` for every distinct
    key of every row, sorted. For a JSONL job, the line numbers in
    ``problems`` count from the job's first line (see :func:`renumber`) and
    ``lines`` is the number of lines the job read.
    """

    rows: tuple[Row, ...]
    pairs: npt.NDArray[np.uint64]
    problems: tuple[Problem, ...]
    lines: int = 0
    windows: tuple[DocumentSketch, ...] = ()  # per row, when kept for a shared index

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        fields = (self.rows, self.pairs, self.problems, self.lines, self.windows)
        if operator.index(protocol) >= 5:
            return (Signed, fields)
        # Before protocol 5 a bytearray is pickled as a call on a bytes copy, several times the
        # cost of bytes (a process pool's pipe pickles with protocol 4): one protocol-5 pickle.
        return (_unpickle_signed, (pickle.dumps(fields, protocol=5),))


def _unpickle_signed(data: bytes) -> Signed:
    return Signed(*pickle.loads(data))


def run_job(job: Job, signer: Signer, keep_windows: bool = False) -> Signed:
    """Read (when needed), parse and sign the articles of a job (runs in a worker process)."""
    docs: list[Record] = [_record(d) for d in job.documents]
    problems: list[Problem] = list(job.problems)
    lines = 0
    if job.jsonl is not None:
        path, start, size = job.jsonl
        try:
            with open(path, "rb") as handle:
                handle.seek(start)
                raw = handle.read(size)
        except OSError as e:
            raw = b""
            problems.append(Problem(path, f"{path}: cannot read the file ({e.strerror}): check the permissions"))
        lines = int(np.count_nonzero(np.frombuffer(raw, dtype=np.uint8) == 10))  # 5x raw.count(b"\n")
        found, bad = records_from_lines(path, 1, _lines(raw))
        docs.extend(found)
        problems.extend(bad)
    if job.files:
        meta = dict(job.metadata)
        for name in job.files:
            file = Path(name)
            try:
                doc = read_text_file(file)
                extra = meta.get(str(file.parent), {}).get(doc.id)
                if extra is not None:
                    doc = with_metadata(doc, extra, str(file.parent / "metadata.jsonl"))
                docs.append(_record(doc))
            except InputError as e:
                problems.append(Problem(str(file), str(e)))
    texts = [d[1] for d in docs]
    encoded = [bytearray(t, "utf-8", "replace") for t in texts]
    sketch = sign_texts(texts, signer, keep_windows=keep_windows, encoded=encoded)
    # Every text's units (spans as uint16 pairs, or uint32 in a text of 64 KB or more) and
    # signature are cut from the bytes of all of them, converted at once.
    narrow = bytearray(sketch.spans.astype(np.uint16).data)
    wide = (
        bytearray(np.ascontiguousarray(sketch.spans).data) if any(len(e) >= 1 << 16 for e in encoded) else bytearray()
    )
    signatures = bytearray(np.ascontiguousarray(sketch.signatures).data)
    width = sketch.signatures.shape[1] * sketch.signatures.itemsize
    bounds = sketch.unit_start.tolist()
    rows: list[Row] = [
        (
            doc[0],
            bytearray(digest),
            doc[2],
            doc[3],
            doc[4],
            doc[5],
            doc[6],
            _NARROW_UNITS + narrow[4 * lo : 4 * hi] if len(text) < 1 << 16 else _WIDE_UNITS + wide[8 * lo : 8 * hi],
            signatures[width * k : width * (k + 1)],
            text,
        )
        for k, (doc, digest, text, lo, hi) in enumerate(
            zip(docs, sketch.content_hashes, encoded, bounds, bounds[1:], strict=False)
        )
    ]
    owners = np.repeat(np.arange(len(docs), dtype=np.uint64), np.diff(sketch.band_start))
    pairs = unique(key_pairs(sketch.bands, owners))
    windows = tuple(window_sketch(sketch, k) for k in range(len(docs))) if keep_windows else ()
    return Signed(tuple(rows), pairs, tuple(problems), lines, windows)


def run_job_into(slot: int, job: Job, signer: Signer, keep_windows: bool = False) -> Signed | int:
    """:func:`run_job`, its result pickled into shared-memory slot ``slot`` when it fits there
    (then only its size is returned; see :mod:`lineage.store.slots`)."""
    return slots.put(slot, run_job(job, signer, keep_windows))


def renumber(problems: Iterable[Problem], path: str, first_line: int) -> list[Problem]:
    """Problems of a JSONL job with line numbers counted from the file's start: a job numbers
    its lines from 1 because it does not know how many lines come before it."""
    out = []
    prefix = f"{path}:"
    for p in problems:
        head, sep, rest = p.origin.rpartition(":")
        if head != path or not sep or not rest.isdigit():
            out.append(p)
            continue
        origin = f"{prefix}{int(rest) + first_line - 1}"
        message = origin + p.message[len(p.origin) :] if p.message.startswith(p.origin) else p.message
        out.append(Problem(origin, message))
    return out


def parse_jsonl(path: str, first: int, raw: bytes) -> tuple[list[Document], list[Problem]]:
    """The articles of raw JSONL lines, and the problems of the bad ones (line ``first`` first)."""
    return documents_from_lines(path, first, _lines(raw))


def _record(doc: Document) -> Record:
    return (doc.id, doc.text, doc.outlet, doc.published, doc.url, doc.title, doc.origin)


def _lines(raw: bytes) -> Iterator[memoryview]:
    """The pieces of ``raw`` between line feeds, as ``raw.split(b"\\n")`` cuts them, as views
    (a copy of every line costs as much as parsing it)."""
    view = memoryview(raw)
    start = 0
    while (end := raw.find(b"\n", start)) >= 0:
        yield view[start:end]
        start = end + 1
    yield view[start:]


def document_jobs(items: Iterable[Document | Problem]) -> Iterator[Job]:
    """Jobs of articles already in memory (and input problems, passed through)."""
    docs: list[Document] = []
    for item in items:
        if isinstance(item, Problem):
            yield Job(problems=(item,))
            continue
        docs.append(item)
        if len(docs) >= TXT_CHUNK:
            yield Job(tuple(docs))
            docs = []
    if docs:
        yield Job(tuple(docs))


def path_jobs(paths: Iterable[str | os.PathLike[str]], chunk: int = JSONL_CHUNK) -> Iterator[Job]:
    """Jobs of the ``.txt`` and ``.jsonl`` files under ``paths``.

    Raises:
        InputError: a path does not exist.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
        if path.is_dir():
            files = [
                f
                for f in sorted(path.rglob("*"))
                if f.is_file() and f.suffix.lower() in (".txt", ".jsonl") and f.name not in METADATA_NAMES
            ]
        else:
            files = [path]
        texts: list[Path] = []
        for file in files:
            suffix = file.suffix.lower()
            if suffix == ".jsonl":
                yield from jsonl_jobs(file, chunk)
            elif suffix == ".txt":
                texts.append(file)
            else:
                yield Job(
                    problems=(Problem(str(file), f"{file}: not a .txt or .jsonl file: convert it or leave it out"),)
                )
        for lo in range(0, len(texts), TXT_CHUNK):
            part = texts[lo : lo + TXT_CHUNK]
            folders = sorted({str(f.parent) for f in part})
            metadata = []
            for folder in folders:
                try:
                    metadata.append((folder, read_metadata(Path(folder))))
                except InputError:
                    metadata.append((folder, {}))
            yield Job(files=tuple(str(f) for f in part), metadata=tuple(metadata))


def jsonl_jobs(path: Path, chunk: int) -> Iterator[Job]:
    """Byte ranges of about ``chunk`` bytes of whole lines (the workers read them)."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield Job(problems=(Problem(str(path), f"{path}: cannot read the file ({e.strerror}): check the permissions"),))
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        start = 3 if handle.read(3) == b"\xef\xbb\xbf" else 0  # a UTF-8 byte order mark
        while start < size:
            handle.seek(min(start + chunk, size))
            handle.readline()
            end = min(handle.tell(), size)
            yield Job(jsonl=(str(path), start, end - start))
            start = end
