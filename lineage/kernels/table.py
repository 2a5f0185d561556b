"""Open-addressing hash tables of 64-bit keys for the compiled kernels: linear probing from the
key's ``fmix64`` in a table of a power of two slots, ``used`` marking the taken ones."""

from __future__ import annotations

import numpy as np
from numba import njit

from .hashing import fmix64


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


@njit(cache=True, nogil=True)
def table_find(keys: np.ndarray, used: np.ndarray, values: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """The value kept for every hash in a table, -1 for a hash not kept."""
    mask = len(keys) - 1
    out = np.empty(len(hashes), dtype=np.int64)
    for i in range(len(hashes)):
        slot = find_slot(keys, used, hashes[i], mask)
        out[i] = values[slot] if slot >= 0 else -1
    return out


@njit(cache=True, nogil=True)
def table_add(keys: np.ndarray, used: np.ndarray, values: np.ndarray, hashes: np.ndarray, numbers: np.ndarray) -> int:
    """Keep ``numbers[i]`` for ``hashes[i]`` in the table (at most half full: the caller grows it);
    returns how many hashes were new."""
    mask = len(keys) - 1
    added = 0
    for i in range(len(hashes)):
        if find_slot(keys, used, hashes[i], mask) < 0:
            added += 1
        values[take_slot(keys, used, hashes[i], mask)] = numbers[i]
    return added
