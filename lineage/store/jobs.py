"""The work of ingest processes: read, parse and sign articles into rows ready for the store.

:meth:`lineage.store.Store.add_paths` cuts its inputs into :class:`Job` items
(a byte range of a JSONL file, lines of a compressed JSONL stream, a few text
files or saved web pages, a WARC file's HTML pages, or articles already in
memory); worker processes turn each into a :class:`Signed` batch: one row per
article with everything the ``documents`` table holds (the text as UTF-8
bytes), and the articles' band keys already sorted, so that the process that
writes the store only checks ids, numbers the articles and writes. Web pages
are extracted (trafilatura) in the workers: the process that makes the jobs
only reads the WARC records and decompresses the streams. Inputs are told apart
by :mod:`lineage.ingest.formats`, as :func:`lineage.ingest.load_documents` does.
"""

from __future__ import annotations

import operator
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, SupportsIndex

import numpy as np
import numpy.typing as npt

from ..candidates.bands import key_pairs
from ..candidates.signing import DocumentSketch, Signer, sign_texts, window_sketch
from ..errors import InputError
from ..ingest.counts import OTHER_FORMAT, Counts, Skip, count
from ..ingest.files import extract_page, read_article_file, read_metadata, with_metadata
from ..ingest.formats import STDIN, format_of, input_files, unsupported_message
from ..ingest.html import Page
from ..ingest.records import Record, documents_from_lines, records_from_lines, split_lines
from ..ingest.streams import StreamError, line_chunks, open_input
from ..ingest.warc import read_warc
from ..kernels.arrays import unique
from ..models import Document, Problem
from . import slots

JSONL_CHUNK = 1 << 22  # bytes of JSONL handed to a worker at a time
TXT_CHUNK = 256  # text files (or articles) handed to a worker at a time
PAGE_CHUNK = 64  # web pages of a WARC file handed to a worker at a time (about 0.3 s of extraction)
PAGE_BYTES = 8 << 20  # ... or fewer, when they hold this many bytes

# A stored row without its number and time added: id, hash, outlet, published, url, title,
# origin, units (signing sentences), signature, text (UTF-8), author. The blobs are ``bytearray``s:
# sqlite3 binds that type as it is, but first looks for an adapter for ``bytes`` (about 0.7 us a
# value, 2.6 us a row, in the writing process).
Row = tuple[
    str,
    bytearray,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    bytearray,
    bytearray,
    bytearray,
    str | None,
]
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
    """Work for an ingest process: articles, a byte range of a JSONL file, lines of a compressed
    JSONL stream, text files and web pages, or a WARC file's HTML pages.

    ``counts`` are the records the process that made the job read and skipped quietly
    (a WARC file's requests, PDFs, redirects...; a folder's files of other formats).
    """

    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    jsonl: tuple[str, int, int] | None = None  # path, first byte, number of bytes (whole lines)
    lines: tuple[str, int, bytes] | None = None  # path, number of the first line, whole lines
    files: tuple[str, ...] = ()  # .txt files and saved web pages
    metadata: tuple[tuple[str, dict[str, Any]], ...] = ()  # (folder, per-stem metadata) of ``files``
    pages: tuple[Page, ...] = ()  # web pages to extract articles from
    counts: Counts = field(default_factory=Counts)


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
    repaired: tuple[str, ...] = ()  # origins of articles kept with lone surrogates replaced by U+FFFD

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        fields = (self.rows, self.pairs, self.problems, self.lines, self.windows, self.repaired)
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
    repaired: list[str] = []
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
        found, bad = records_from_lines(path, 1, split_lines(raw), repaired)
        docs.extend(found)
        problems.extend(bad)
    if job.lines is not None:
        path, first, raw = job.lines
        found, bad = records_from_lines(path, first, split_lines(raw), repaired)
        docs.extend(found)
        problems.extend(bad)
    for page in job.pages:
        item = extract_page(page)
        if isinstance(item, Problem):
            problems.append(item)
        else:
            docs.append(_record(item))
    if job.files:
        meta = dict(job.metadata)
        for name in job.files:
            file = Path(name)
            try:
                doc = read_article_file(file, format_of(file) or "text")
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
            doc[7],
        )
        for k, (doc, digest, text, lo, hi) in enumerate(
            zip(docs, sketch.content_hashes, encoded, bounds, bounds[1:], strict=False)
        )
    ]
    owners = np.repeat(np.arange(len(docs), dtype=np.uint64), np.diff(sketch.band_start))
    pairs = unique(key_pairs(sketch.bands, owners))
    windows = tuple(window_sketch(sketch, k) for k in range(len(docs))) if keep_windows else ()
    return Signed(tuple(rows), pairs, tuple(problems), lines, windows, tuple(repaired))


def run_job_into(slot: int, job: Job, signer: Signer, keep_windows: bool = False) -> Signed | int:
    """:func:`run_job`, its result pickled into shared-memory slot ``slot`` when it fits there
    (then only its size is returned; see :mod:`lineage.store.slots`)."""
    return slots.put(slot, run_job(job, signer, keep_windows))


def renumber_origin(origin: str, path: str, first_line: int) -> str:
    """An origin ``path:n`` of a JSONL job with ``n`` counted from the file's start."""
    head, sep, rest = origin.rpartition(":")
    if head != path or not sep or not rest.isdigit():
        return origin
    return f"{path}:{int(rest) + first_line - 1}"


def renumber(problems: Iterable[Problem], path: str, first_line: int) -> list[Problem]:
    """Problems of a JSONL job with line numbers counted from the file's start: a job numbers
    its lines from 1 because it does not know how many lines come before it."""
    out = []
    for p in problems:
        origin = renumber_origin(p.origin, path, first_line)
        if origin == p.origin:
            out.append(p)
            continue
        message = origin + p.message[len(p.origin) :] if p.message.startswith(p.origin) else p.message
        out.append(Problem(origin, message))
    return out


def parse_jsonl(path: str, first: int, raw: bytes) -> tuple[list[Document], list[Problem]]:
    """The articles of raw JSONL lines, and the problems of the bad ones (line ``first`` first)."""
    return documents_from_lines(path, first, split_lines(raw))


def _record(doc: Document) -> Record:
    return (doc.id, doc.text, doc.outlet, doc.published, doc.url, doc.title, doc.origin, doc.author)


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
    """Jobs of the files under ``paths`` (every format :func:`lineage.ingest.load_documents`
    reads; ``-`` is JSONL on standard input).

    Raises:
        InputError: a path does not exist.
    """
    checked = [Path(raw) for raw in paths]
    for path in checked:
        if str(path) != STDIN and not path.exists():
            raise InputError(f"{path}: no such file or folder: check the path")
    for path in checked:
        articles: list[Path] = []
        for file, fmt in input_files(path):
            if fmt is None:
                if file == path:
                    yield Job(problems=(Problem(str(file), unsupported_message(file)),))
                else:
                    yield Job(counts=count([Skip(OTHER_FORMAT, str(file))]))
            elif fmt == "jsonl":
                yield from jsonl_jobs(file, chunk) if _seekable(file) else stream_jobs(file, chunk)
            elif fmt == "warc":
                yield from warc_jobs(file)
            else:
                articles.append(file)
        for lo in range(0, len(articles), TXT_CHUNK):
            part = articles[lo : lo + TXT_CHUNK]
            folders = sorted({str(f.parent) for f in part})
            metadata = []
            for folder in folders:
                try:
                    metadata.append((folder, read_metadata(Path(folder))))
                except InputError:
                    metadata.append((folder, {}))
            yield Job(files=tuple(str(f) for f in part), metadata=tuple(metadata))


def _seekable(file: Path) -> bool:
    """Whether workers can read byte ranges of a JSONL file (an uncompressed file, not stdin)."""
    name = file.name.lower()
    return str(file) != STDIN and not name.endswith((".gz", ".zst"))


def stream_jobs(path: Path, chunk: int) -> Iterator[Job]:
    """Whole lines of a compressed JSONL file or of standard input, about ``chunk`` bytes a job
    (this process decompresses; the workers parse)."""
    try:
        with open_input(path) as stream:
            try:
                for part in line_chunks(stream, chunk):
                    yield Job(lines=(str(path), part.first, part.data))
            except StreamError as e:
                origin = f"{path}:{e.line}"
                yield Job(
                    problems=(
                        Problem(
                            origin,
                            f"{origin}: {e.reason}; the lines before were read: re-compress or re-download the file",
                        ),
                    )
                )
    except OSError as e:
        yield Job(problems=(Problem(str(path), f"{path}: cannot read the file ({e.strerror}): check the permissions"),))


def warc_jobs(path: Path) -> Iterator[Job]:
    """A WARC file's HTML pages, :data:`PAGE_CHUNK` a job, with the problems and the records
    skipped quietly (counted) that came before them (this process reads; the workers extract)."""
    pages: list[Page] = []
    problems: list[Problem] = []
    skips: list[Skip] = []
    size = 0
    for item in read_warc(path):
        if isinstance(item, Page):
            pages.append(item)
            size += len(item.content)
        elif isinstance(item, Problem):
            problems.append(item)
        else:
            skips.append(item)
        if len(pages) >= PAGE_CHUNK or size >= PAGE_BYTES:
            yield Job(pages=tuple(pages), problems=tuple(problems), counts=count(skips, len(skips)))
            pages, problems, skips, size = [], [], [], 0
    if pages or problems or skips:
        yield Job(pages=tuple(pages), problems=tuple(problems), counts=count(skips, len(skips)))


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
