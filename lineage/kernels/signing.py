"""Signing: a chunk of joined UTF-8 texts -> units, windows, MinHash, band keys.

:func:`lineage.candidates.signing.sign_texts` calls :func:`sign_chunk` (numba,
compiled once and cached on disk, running without the GIL): one pass over the
bytes finds words, stopwords and sentence breaks, one over the kept words makes
the shingles, their MinHash per unit and window, and the band keys; spans are
given in characters (``tests/candidates/test_signing.py`` checks everything
against a whole-array reference and datasketch's MinHash).

Arithmetic is done on ``uint64`` values, masked to 32 bits where MurmurHash3 and
datasketch's ``affine32`` scheme use ``uint32``, so wrap-around agrees.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from .hashing import fmix32, fmix64

_M32 = np.uint64(0xFFFFFFFF)
_S32 = np.uint64(32)
_SHINGLE = np.uint64(0x01000193)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


@njit(cache=True, inline="always")
def _closing(c: np.uint8) -> bool:
    return c in (46, 33, 63, 34, 39, 41, 0xBB, 0xE2, 0x80, 0x9D, 0x99, 0xC2)


@njit(cache=True, nogil=True)
def sign_chunk(
    buf: np.ndarray,
    doc_chars: np.ndarray,
    lut: np.ndarray,
    latin: np.ndarray,
    stop_table: np.ndarray,
    stop_shift: np.uint64,
    stop_multiplier: np.uint64,
    prefix_mask: np.uint64,
    seed_mix: np.uint64,
    k: int,
    a: np.ndarray,
    b: np.ndarray,
    window: int,
    bands: int,
    rows: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sign the texts of ``buf`` (texts joined by, and ending with, ``\\n``; text ``d`` starts at
    character ``doc_chars[d]``). Returns ``unit_start, spans, window_start, windows, window
    signatures, document signatures, band keys`` as :class:`~lineage.candidates.signing.BatchSketch` holds them."""
    n = len(buf)
    n_texts = len(doc_chars) - 1
    perm = len(a)
    # Only the entries written are touched (large scratch arrays cost page faults, not their size).
    breaks = np.empty(n, dtype=np.int64)
    break_chars = np.empty(n, dtype=np.int32)
    break_punct = np.empty(n, dtype=np.bool_)  # the break follows punctuation (not a word byte)
    n_breaks = 0
    pending = -1  # a break found ahead, at this offset
    # One pass over the bytes: sentence breaks (white space after terminal punctuation and closing
    # marks, line breaks; offsets kept in characters too: a byte offset minus the continuation bytes
    # before it), the byte map (ASCII lower-cased, punctuation 0; C3 xx lower-cased; C2 and E2
    # sequences separate words), words, their packed prefix, stopwords, sentences. A word is
    # finished after the breaks before its start are found.
    cap = n // 2 + 1
    kstart = np.empty(cap, dtype=np.int32)  # characters
    kend = np.empty(cap, dtype=np.int32)
    ksent = np.empty(cap, dtype=np.int32)
    values = np.empty(cap, dtype=np.uint32)
    cont = 0  # continuation bytes before offset i
    cont_start = 0  # ... before the current word's start
    nk = 0
    bp = 0
    s = -1  # start of the current word
    packed = np.uint64(0)
    p1 = np.uint8(0)  # the two bytes before
    p2 = np.uint8(0)
    for i in range(n + 1):
        if i < n:
            c = buf[i]
            if i == pending or c == 10:
                breaks[n_breaks] = i
                break_chars[n_breaks] = i - cont
                before = buf[max(i - 1, 0)]
                break_punct[n_breaks] = i > 0 and not (before >= 48 and before <= 122)
                n_breaks += 1
            elif (c == 46 or c == 33 or c == 63) and pending < i:
                j = i + 1
                while j < n and _closing(buf[j]):
                    j += 1
                if j < n and (buf[j] == 32 or buf[j] == 9 or buf[j] == 13):
                    pending = j
            if c < 0x80 and p1 < 0x80 and p2 < 0x80:  # ASCII here and before: the common case
                m = lut[c]
            elif c == 0xC2 or c == 0xE2 or p1 == 0xC2 or p1 == 0xE2 or p2 == 0xE2:
                m = np.uint8(0)
            elif p1 == 0xC3:
                m = latin[c & 0x3F]
            else:
                m = lut[c]
            p2 = p1
            p1 = c
        else:
            m = np.uint8(0)
        if m != 0:
            if s < 0:
                s = i
                cont_start = cont
                packed = np.uint64(0)
            off = i - s
            if off < 8:
                packed |= np.uint64(m) << np.uint64(8 * off)
            if (c & 0xC0) == 0x80:
                cont += 1
            continue
        if i < n and (c & 0xC0) == 0x80:
            cont_here = cont
            cont += 1
        else:
            cont_here = cont
        if s < 0:
            continue
        length = i - s
        start = s
        s = -1
        if length <= 1:
            continue
        if length <= 8 and stop_table[(packed * stop_multiplier) >> stop_shift] == packed:
            continue
        while bp < n_breaks and breaks[bp] <= start:
            bp += 1
        kstart[nk] = start - cont_start
        kend[nk] = i - cont_here
        ksent[nk] = bp
        values[nk] = fmix64((packed & prefix_mask) ^ seed_mix) >> _S32
        nk += 1
    # Shingles within a sentence, grouped into units (sentences with a shingle).
    n_shingles = max(nk - k + 1, 0)
    unit_sigs = np.empty((max(n_shingles, 1), perm), dtype=np.uint32)
    unit_first_word = np.empty(max(n_shingles, 1), dtype=np.int64)
    unit_last_word = np.empty(max(n_shingles, 1), dtype=np.int64)
    unit_sent = np.empty(max(n_shingles, 1), dtype=np.int64)
    n_units = 0
    prev_sent = -1
    for j in range(n_shingles):
        if ksent[j] != ksent[j + k - 1]:
            continue
        sh = np.uint64(values[j])
        for t in range(1, k):
            sh = fmix32(((sh * _SHINGLE) & _M32) ^ values[j + t])
        mixed = fmix32(sh)
        if ksent[j] != prev_sent:
            prev_sent = ksent[j]
            u = n_units
            n_units += 1
            unit_first_word[u] = j
            unit_sent[u] = prev_sent
            for p in range(perm):
                unit_sigs[u, p] = (np.uint64(a[p]) * mixed + np.uint64(b[p])) & _M32
        else:
            u = n_units - 1
            for p in range(perm):
                v = np.uint32((np.uint64(a[p]) * mixed + np.uint64(b[p])) & _M32)
                if v < unit_sigs[u, p]:
                    unit_sigs[u, p] = v
        unit_last_word[u] = j
    # Spans (characters, relative to the text) and units per text.
    spans = np.empty((n_units, 2), dtype=np.int32)
    unit_start = np.zeros(n_texts + 1, dtype=np.int64)
    d = 0
    for u in range(n_units):
        span_start = kstart[unit_first_word[u]]
        word_end = kend[unit_last_word[u] + k - 1]
        at = min(unit_sent[u], n_breaks - 1)
        brk = break_chars[at]
        # A break is a character boundary, so comparing in characters is comparing in bytes.
        span_end = brk if (break_punct[at] and brk >= word_end) else word_end
        while doc_chars[d + 1] <= span_start:
            d += 1
        spans[u, 0] = span_start - doc_chars[d]
        spans[u, 1] = span_end - doc_chars[d]
        unit_start[d + 1] += 1
    for t in range(n_texts):
        unit_start[t + 1] += unit_start[t]
    # Document signatures, windows of ``window`` units, band keys.
    sigs = np.full((n_texts, perm), 0xFFFFFFFF, dtype=np.uint32)
    window_start = np.zeros(n_texts + 1, dtype=np.int64)
    for t in range(n_texts):
        units = unit_start[t + 1] - unit_start[t]
        for u in range(unit_start[t], unit_start[t + 1]):
            for p in range(perm):
                if unit_sigs[u, p] < sigs[t, p]:
                    sigs[t, p] = unit_sigs[u, p]
        count = units - window + 1 if units >= window else min(units, 1)
        window_start[t + 1] = window_start[t] + count
    total = window_start[n_texts]
    windows = np.empty((total, 2), dtype=np.int32)
    win_sigs = np.empty((total, perm), dtype=np.uint32)
    keys = np.empty(total * bands, dtype=np.uint64)
    for t in range(n_texts):
        first_unit = unit_start[t]
        last_unit = unit_start[t + 1] - 1
        for r in range(window_start[t + 1] - window_start[t]):
            w = window_start[t] + r
            first = first_unit + r
            end = min(first + window - 1, last_unit)
            windows[w, 0] = r
            windows[w, 1] = end - first_unit
            for p in range(perm):
                v = unit_sigs[first, p]
                for q in range(first + 1, end + 1):
                    if unit_sigs[q, p] < v:
                        v = unit_sigs[q, p]
                win_sigs[w, p] = v
            for j in range(bands):
                key = np.uint64(j + 1) * _GOLDEN
                for q in range(rows):
                    key = fmix64(key ^ np.uint64(win_sigs[w, j * rows + q]))
                keys[w * bands + j] = key
    return unit_start, spans, window_start, windows, win_sigs, sigs, keys
