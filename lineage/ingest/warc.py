"""Web pages from WARC files (``.warc``, ``.warc.gz``), read as a stream with FastWARC.

Every HTTP response record holding an HTML page is one :class:`~lineage.ingest.html.Page`:
its id is the record's target URI (stable across crawls), ``WARC-Date`` its fetch
time. Other records (requests, metadata, PDFs, images, redirects, error pages,
empty bodies) are skipped quietly and counted (:class:`~lineage.ingest.counts.Skip`).

A broken record (a truncated or corrupt gzip member, a wrong ``Content-Length``,
data that is no WARC record) is reported as a :class:`~lineage.models.Problem`
naming the file and the byte offset of the record (``crawl.warc.gz@1234``), and
reading goes on at the next record found after it: a gzip member that
decompresses to a WARC header, or a ``WARC/1.x`` line in an uncompressed file.
A record whose ``WARC-Payload-Digest`` does not match its body is reported and
skipped. Records are read one at a time: a file of any size is never held in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from ..models import Problem
from .counts import EMPTY, HTTP_ERROR, NOT_HTML, NOT_RESPONSE, REDIRECT, Skip
from .html import MAX_PAGE_BYTES, Page

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN = 1 << 20  # bytes scanned at a time for the next record


def read_warc(path: Path) -> Iterator[Page | Skip | Problem]:
    """The HTML pages of a WARC file, the records skipped and the broken ones, in file order
    (one item per record; a broken record, an empty file or a file that is no WARC is a problem)."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield Problem(str(path), f"{path}: cannot read the file ({e.strerror}): check the path and permissions")
        return
    with handle:
        head = handle.read(4096)
        if not head:
            yield Problem(str(path), f"{path}: the WARC file is empty: leave it out")
            return
        compressed = head.startswith(_GZIP_MAGIC[:2])
        if not _starts_record(head, compressed):
            what = "gzip data that holds no WARC record" if compressed else "no WARC record at its start"
            yield Problem(str(path), f"{path}: not a WARC file ({what}): give a .warc or .warc.gz file or leave it out")
            return
        yield from _records(path, handle, compressed)


def _records(path: Path, handle: BinaryIO, compressed: bool) -> Iterator[Page | Skip | Problem]:
    """Read records from offset 0, resuming after each broken one (see the module's notes)."""
    position = 0
    reported: set[int] = set()
    # After an error, the last record read before it: the error is its fault (its data ran past
    # its Content-Length) when reading resumes at the next record found, else that record's.
    suspect: tuple[int, str] | None = None
    while True:
        handle.seek(position)
        last: int | None = None
        error: str | None = None
        try:
            for record in ArchiveIterator(handle, parse_http=True, auto_decode="all"):
                last = int(record.stream_pos)
                if suspect is not None:
                    if suspect[0] not in reported:
                        reported.add(suspect[0])
                        yield _broken(path, *suspect, after=True)
                    suspect = None
                item = _item(path, record)
                if isinstance(item, Problem):
                    reported.add(last)
                yield item
        except (OSError, ValueError) as e:
            error = str(e) or type(e).__name__
        if error is None:
            return
        if last is None:
            suspect = None
            if position not in reported:
                reported.add(position)
                yield _broken(path, position, error)
            start = position + 1
        else:
            suspect = (last, error)
            start = last + 1
        found = _next_record(handle, start, compressed)
        if found is None:
            if suspect is not None and suspect[0] not in reported:
                yield _broken(path, *suspect, after=True)
            return
        position = found


def _broken(path: Path, offset: int, error: str, after: bool = False) -> Problem:
    origin = f"{path}@{offset}"
    if after:
        what = (
            f"the data after the WARC record at offset {offset} is no record ({error}): "
            "the record's Content-Length is wrong or the file is damaged there"
        )
    else:
        what = f"broken WARC record at offset {offset} ({error})"
    return Problem(origin, f"{origin}: {what}; skipped, the rest of the file was read")


def _item(path: Path, record: WarcRecord) -> Page | Skip | Problem:
    """What one record is: a page, a record skipped quietly, or a broken record."""
    offset = int(record.stream_pos)
    origin = f"{path}@{offset}"
    if record.record_type != WarcRecordType.response:
        return Skip(NOT_RESPONSE, origin)
    uri = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
    http = record.http_headers
    if http is None or not uri:
        return Skip(NOT_HTML, origin)
    status = int(http.status_code or 0)
    if 300 <= status < 400:
        return Skip(REDIRECT, origin)
    if not 200 <= status < 300:
        return Skip(HTTP_ERROR, origin)
    content_type = http.get("Content-Type")
    mime = (record.http_content_type or "").lower()
    if mime and mime not in HTML_TYPES:
        return Skip(NOT_HTML, origin)
    encoded = http.get("Content-Encoding") or http.get("Transfer-Encoding")  # digests are of the encoded body
    if record.headers.get("WARC-Payload-Digest") and not encoded and not record.verify_payload_digest(consume=False):
        return Problem(
            origin,
            f"{origin} ({uri}): the record's body does not match its WARC-Payload-Digest (a wrong "
            "Content-Length or damaged data); skipped, the rest of the file was read",
        )
    body = record.reader.read(MAX_PAGE_BYTES + 1)
    if not body.strip():
        return Skip(EMPTY, origin)
    if not mime and not _looks_like_html(body):
        return Skip(NOT_HTML, origin)
    if len(body) > MAX_PAGE_BYTES:
        return Problem(
            origin,
            f"{origin} ({uri}): the page is over {MAX_PAGE_BYTES >> 20} MB, more than an article's page: skipped",
        )
    return Page(
        id=uri,
        content=bytes(body),
        origin=origin,
        url=uri,
        fetched=record.headers.get("WARC-Date"),
        content_type=content_type,
    )


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _starts_record(head: bytes, compressed: bool) -> bool:
    """Whether bytes read at a record's start (compressed or not) begin a WARC record."""
    if compressed:
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/1.")


def _next_record(handle: BinaryIO, start: int, compressed: bool) -> int | None:
    """The offset of the first record that starts at or after ``start``, or None."""
    marker = _GZIP_MAGIC if compressed else _WARC_LINE
    position = start
    while True:
        handle.seek(max(position - len(marker), 0))
        base = handle.tell()
        block = handle.read(_SCAN + len(marker))
        if len(block) < len(marker):
            return None
        at = block.find(marker, max(start - base, 0))
        while at >= 0:
            offset = base + at + (0 if compressed else 1)
            handle.seek(offset)
            if _starts_record(handle.read(4096), compressed):
                return offset
            at = block.find(marker, at + 1)
        if len(block) < _SCAN + len(marker):
            return None
        position = base + len(block)
