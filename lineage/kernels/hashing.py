"""The hash mixers every kernel shares: MurmurHash3's 32- and 64-bit finalisers.

Arithmetic is on ``uint64`` values; the 32-bit finaliser masks to 32 bits where
MurmurHash3 works on ``uint32``, so wrap-around agrees with it (and with
datasketch's ``affine32`` scheme).
"""

from __future__ import annotations

import numpy as np
from numba import njit

_M32 = np.uint64(0xFFFFFFFF)
_S13 = np.uint64(13)
_S16 = np.uint64(16)
_S33 = np.uint64(33)
_F32A = np.uint64(0x85EBCA6B)
_F32B = np.uint64(0xC2B2AE35)
_F64A = np.uint64(0xFF51AFD7ED558CCD)
_F64B = np.uint64(0xC4CEB9FE1A85EC53)


@njit(cache=True, inline="always")
def fmix32(h: np.uint64) -> np.uint64:
    """MurmurHash3's 32-bit finaliser of the low 32 bits of ``h``."""
    h ^= h >> _S16
    h = (h * _F32A) & _M32
    h ^= h >> _S13
    h = (h * _F32B) & _M32
    return h ^ (h >> _S16)


@njit(cache=True, inline="always")
def fmix64(h: np.uint64) -> np.uint64:
    """MurmurHash3's 64-bit finaliser."""
    h ^= h >> _S33
    h *= _F64A
    h ^= h >> _S33
    h *= _F64B
    return h ^ (h >> _S33)
