"""Byte streams of input files: plain, gzip (``.gz``), Zstandard (``.zst``) or standard input (``-``).

JSONL is read from a stream in chunks of whole lines (:func:`line_chunks`),
so a compressed feed of any size is never held in memory, and a stream that
breaks (a truncated or corrupt member) is reported with the line it reached.
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import zstandard

from .formats import STDIN

CHUNK = 1 << 22  # bytes of lines read at a time
BLOCK = 1 << 16  # bytes read from a stream at a time
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Chunk:
    """Whole lines of a stream: ``data`` starts with line number ``first``."""

    first: int
    data: bytes


class StreamError(Exception):
    """A stream broke while it was read: ``line`` is the first line not read."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@contextmanager
def open_input(path: Path) -> Iterator[BinaryIO]:
    """The bytes of ``path``, decompressed by its suffix; ``-`` is standard input (left open).

    Raises:
        OSError: the file cannot be opened.
    """
    if str(path) == STDIN:
        yield sys.stdin.buffer
        return
    name = path.name.lower()
    with path.open("rb") as raw:
        if name.endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield cast(BinaryIO, unzipped)
        elif name.endswith(".zst"):
            with zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True) as unzstd:
                yield cast(BinaryIO, unzstd)
        else:
            yield raw


def line_chunks(stream: BinaryIO, size: int = CHUNK) -> Iterator[Chunk]:
    """Whole lines of ``stream``, about ``size`` bytes at a time (a UTF-8 byte order mark at its
    start is dropped).

    Raises:
        StreamError: the stream is damaged (bad or truncated compressed data); the whole
            lines before the damage were yielded.
    """
    line = 1
    pending = b""
    first = True
    while True:
        blocks = [pending]
        got = 0
        error: BaseException | None = None
        try:
            # Blocks of at most BLOCK bytes: the lines of the blocks read before a damaged one are kept.
            while got < size and (block := stream.read(min(BLOCK, size))):
                blocks.append(block)
                got += len(block)
        except (OSError, EOFError, zlib.error, zstandard.ZstdError) as e:
            error = e
        data = b"".join(blocks)
        if first:
            first = False
            if data.startswith(_BOM):
                data = data[len(_BOM) :]
        done = got == 0 or error is not None
        cut = len(data) if done and error is None else data.rfind(b"\n") + 1
        if cut:
            yield Chunk(line, data[:cut])
            line += data.count(b"\n", 0, cut)
        if error is not None:
            raise StreamError(line, _reason(error)) from error
        if done:
            return
        pending = data[cut:]


def _reason(error: BaseException) -> str:
    if isinstance(error, EOFError):
        return "the compressed stream ends in the middle: the file was cut short"
    return f"the compressed data is damaged ({error})"
