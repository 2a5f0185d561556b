"""Shared memory through which ingest workers hand their results to the writing process.

A batch of signed articles pickled through a process pool's pipe (a few MB a
job) costs the receiving process about 9 us an article: the pipe is read 64 KB
at a time into a growing buffer. Instead, every job in flight gets a *slot*:
an anonymous shared mapping that the writer made before it forked its workers.
The worker pickles its result into the slot and returns only its size; the
writer unpickles it from there and frees the slot for another job. A result
that does not fit its slot, or a pool whose workers were not forked (they do
not share the mappings), goes through the pipe as before.
"""

from __future__ import annotations

import mmap
import pickle
from typing import Any, TypeVar

SLOT_BYTES = 64 << 20  # a JSONL job of 4 MB pickles to about 6 MB (pages are only used as written)

T = TypeVar("T")

_AREAS: tuple[mmap.mmap, ...] = ()  # in a worker: the writer's slots (see :func:`attach`)


class Slots:
    """The writer's slots: ``count`` shared mappings of ``size`` bytes (:data:`SLOT_BYTES`), and which are free."""

    def __init__(self, count: int, size: int | None = None) -> None:
        self.areas = tuple(mmap.mmap(-1, size or SLOT_BYTES) for _ in range(count))
        self._free = list(range(count - 1, -1, -1))

    def take(self) -> int:
        """A free slot, now in use (the caller keeps no more jobs in flight than slots)."""
        return self._free.pop()

    def read(self, slot: int, size: int) -> Any:
        """The value a worker pickled into ``slot`` (``size`` bytes)."""
        with memoryview(self.areas[slot]) as view, view[:size] as data:
            return pickle.loads(data)

    def release(self, slot: int) -> None:
        """``slot`` is free again."""
        self._free.append(slot)

    def close(self) -> None:
        """Unmap the slots (after the workers stopped)."""
        for area in self.areas:
            area.close()


def attach(areas: tuple[mmap.mmap, ...]) -> None:
    """Process pool initializer: the forked worker's copy of the writer's slots."""
    global _AREAS
    _AREAS = areas


def put(slot: int, value: T) -> T | int:
    """Pickle ``value`` into ``slot`` and return its size, or return ``value`` itself when it
    does not fit or this process has no slots (in a worker)."""
    if not 0 <= slot < len(_AREAS):
        return value
    area = _AREAS[slot]
    area.seek(0)
    try:
        pickle.dump(value, area, protocol=pickle.HIGHEST_PROTOCOL)
    except ValueError:  # past the end of the mapping
        return value
    return area.tell()
