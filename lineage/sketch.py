"""Shingles and MinHash signatures of sentence windows, computed with numpy.

A document is signed window by window (``window`` consecutive non-boilerplate
sentences), because a heavy rewrite shares too little with its source at the
document level but a lot sentence by sentence. Shingles are word k-grams of
the normalised, stemmed words within a sentence.

Signatures are datasketch-compatible: ``to_minhash`` gives a
``datasketch.MinHash`` (scheme ``affine32``) equal to one built by updating
``MinHash(num_perm, seed, hashfunc=int)`` with the same 32-bit shingle hashes;
the hot path never loops in Python per shingle.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import xxhash
from datasketch import MinHash

from .params import SketchParams
from .text import AnalysedText

U32 = npt.NDArray[np.uint32]
_EMPTY = np.uint32(0xFFFFFFFF)


@dataclass(frozen=True, slots=True, eq=False)
class DocumentSketch:
    """MinHash signatures of a document's sentence windows.

    ``windows[k]`` is the ``(first, last)`` sentence index pair of window ``k``;
    ``signatures[k]`` its signature (``num_perm`` uint32 values).
    """

    windows: tuple[tuple[int, int], ...]
    signatures: U32


def fmix32(h: U32) -> U32:
    """MurmurHash3's 32-bit finaliser, element-wise (as datasketch's affine32 pre-mix)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def permutations(params: SketchParams) -> tuple[U32, U32]:
    """The affine permutation parameters datasketch derives from ``(num_perm, seed)``."""
    gen = np.random.RandomState(params.seed)
    a = gen.randint(0, 1 << 31, params.num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, params.num_perm, dtype=np.uint32)
    return a, b


def word_hashes(words: tuple[str, ...]) -> U32:
    """32-bit xxhash of every word (hashed once per distinct word)."""
    table = {w: xxhash.xxh32_intdigest(w.encode("utf-8")) for w in set(words)}
    return np.fromiter((table[w] for w in words), dtype=np.uint32, count=len(words))


def shingle_hashes(hashes: U32, k: int) -> U32:
    """Hashes of the word k-grams of a hashed word sequence (vectorised)."""
    n = len(hashes) - k + 1
    if n <= 0:
        return hashes[:1].copy() if len(hashes) else np.empty(0, dtype=np.uint32)
    out = hashes[:n].copy()
    for t in range(1, k):
        out = fmix32((out * np.uint32(0x01000193)) ^ hashes[t : t + n])
    return out


def min_hash(values: U32, a: U32, b: U32) -> U32:
    """The MinHash signature of a set of 32-bit hash values (affine32 scheme)."""
    if len(values) == 0:
        return np.full(len(a), _EMPTY, dtype=np.uint32)
    mixed = fmix32(values.astype(np.uint32))
    return np.asarray((np.outer(mixed, a) + b).min(axis=0), dtype=np.uint32)


def sign(
    analysed: AnalysedText,
    boilerplate: tuple[bool, ...],
    params: SketchParams,
) -> DocumentSketch:
    """Sign every window of ``params.window`` consecutive non-boilerplate sentences.

    A pure function: the same text and parameters give the same signatures.
    """
    a, b = permutations(params)
    units = [k for k, (w0, w1) in enumerate(analysed.sentence_words) if w1 > w0 and not boilerplate[k]]
    if not units:
        return DocumentSketch((), np.empty((0, params.num_perm), dtype=np.uint32))
    hashes = word_hashes(analysed.words)
    k = params.shingle_size
    parts: list[U32] = []
    owners: list[int] = []
    for s in units:
        w0, w1 = analysed.sentence_words[s]
        sh = shingle_hashes(hashes[w0:w1], k)
        parts.append(sh)
        owners.append(len(sh))
    allsh = np.concatenate(parts)
    mixed = fmix32(allsh)
    # Permute all shingles at once, then take the minimum per sentence.
    permuted = np.outer(mixed, a) + b
    bounds = np.concatenate(([0], np.cumsum(owners)[:-1])).astype(np.int64)
    per_sentence = np.minimum.reduceat(permuted, bounds, axis=0)
    w = min(params.window, len(units))
    windows: list[tuple[int, int]] = []
    sigs: list[U32] = []
    for start in range(len(units) - w + 1):
        sigs.append(per_sentence[start : start + w].min(axis=0))
        windows.append((units[start], units[start + w - 1]))
    return DocumentSketch(tuple(windows), np.asarray(np.stack(sigs), dtype=np.uint32))


def to_minhash(signature: U32, params: SketchParams) -> MinHash:
    """A datasketch ``MinHash`` holding ``signature`` (for LSH indexes)."""
    return MinHash(
        num_perm=params.num_perm,
        seed=params.seed,
        hashvalues=signature,
        scheme="affine32",
    )
