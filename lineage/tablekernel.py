"""Open-addressing hash tables of 64-bit keys for the compiled kernels: linear probing from the
key's ``fmix64`` in a table of a power of two slots, ``used`` marking the taken ones."""

from __future__ import annotations

import numpy as np
from numba import njit

from .signkernel import fmix64


@njit(cache=True, inline="always")
def take_slot(keys: np.ndarray, used: np.ndarray, value: np.uint64, mask: int) -> np.int64:
    """The slot of ``value`` in the table (taken for it when new)."""
    umask = np.uint64(mask)
    slot = fmix64(value) & umask
    while used[slot] and keys[slot] != value:
        slot = (slot + np.uint64(1)) & umask
    if not used[slot]:
        used[slot] = True
        keys[slot] = value
    return np.int64(slot)


@njit(cache=True, inline="always")
def find_slot(keys: np.ndarray, used: np.ndarray, value: np.uint64, mask: int) -> np.int64:
    """The slot of ``value`` in the table, -1 when it is not there."""
    umask = np.uint64(mask)
    slot = fmix64(value) & umask
    while used[slot]:
        if keys[slot] == value:
            return np.int64(slot)
        slot = (slot + np.uint64(1)) & umask
    return np.int64(-1)
