"""Array helpers for the hot paths of signing and lookups.

NumPy 2.4's ``np.unique`` without extra outputs takes a hash-table path that
costs about half a millisecond even for a few hundred values, and is ten times
slower than sorting for large arrays; these helpers sort instead. They return
exactly what ``np.unique`` returns.
"""

from __future__ import annotations

from typing import Any, TypeVar

import numpy as np

T = TypeVar("T", bound=np.generic)


def unique(values: np.ndarray[Any, np.dtype[T]]) -> np.ndarray[Any, np.dtype[T]]:
    """The sorted distinct values of a 1-d array (as ``np.unique(values)``)."""
    out = np.sort(values.ravel())
    if len(out) > 1:
        out = out[np.concatenate(([True], out[1:] != out[:-1]))]
    return out


def unique_counts(
    values: np.ndarray[Any, np.dtype[T]],
) -> tuple[np.ndarray[Any, np.dtype[T]], np.ndarray[Any, np.dtype[np.int64]]]:
    """The sorted distinct values of a 1-d array and how often each occurs
    (as ``np.unique(values, return_counts=True)``)."""
    ordered = np.sort(values.ravel())
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(first, len(ordered))).astype(np.int64)
    return ordered[first], counts
