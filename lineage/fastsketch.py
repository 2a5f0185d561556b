"""Fast signing of raw texts in batches: bytes -> words -> shingles -> window MinHash -> band keys.

The store signs every article it ingests, so this path has to keep up with
thousands of articles a second on one core. Nothing here loops in Python per
word or per shingle: a batch of texts is joined into one UTF-8 byte array and
signed by the compiled kernel of :mod:`lineage.signkernel` (about 40 µs an
article), or, with ``engine="numpy"``, by numpy operations over the whole
batch (the reference the kernel is tested against, about 65 µs an article).

* Words are runs of letters and digits. ASCII and Latin-1 letters are
  lower-cased (``È`` is ``è``); other scripts keep their bytes. Apostrophes,
  quotes, dashes and other punctuation separate words (``l’Ucraina`` is ``l``
  + ``ucraina``).
* Words of one character and function words (:data:`STOPWORDS`, Italian and
  English) are dropped; the others are cut to their first :data:`PREFIX`
  bytes, a light stemmer (``governo``, ``governi`` and ``governare`` agree).
* Sentences end at ``.``, ``!`` or ``?`` (optionally followed by a closing
  quote or bracket) before white space, and at line breaks. Abbreviations are
  not recognised: this is a segmentation for signing, not for alignment.
* Shingles are ``k``-grams of the kept words within a sentence; each sentence
  with at least one shingle is a *unit*; windows are ``window`` consecutive
  units of a text, as in :mod:`lineage.sketch`.

Signatures are datasketch-compatible (scheme ``affine32``): a window's
signature equals ``datasketch.MinHash(num_perm, seed, hashfunc=int)`` updated
with the window's shingle values (see :func:`text_shingles`).

Band keys follow datasketch's banding (``b`` bands of ``r`` rows, from
:func:`band_layout`): the key of band ``j`` of a window is a 64-bit hash of
``j`` and the window's ``r`` values of that band, so two windows share a key
exactly when datasketch's ``MinHashLSH`` would put them in the same bucket
(up to 64-bit hash collisions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import xxhash
from datasketch import MinHashLSH

from .arrays import unique
from .params import SketchParams
from .sketch import U32, DocumentSketch, fmix32, permutations

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

PREFIX = 6  # bytes of a word kept for hashing (light stemming)
SIGNER = "fast1"  # version of this signing scheme, recorded with stored signatures

_MASKS = np.array([(1 << (8 * i)) - 1 for i in range(8)] + [(1 << 64) - 1], dtype=np.uint64)
_MASKS.flags.writeable = False

STOPWORDS: frozenset[str] = frozenset(
    # Italian: articles, prepositions (simple and articulated, elided forms too), pronouns,
    # conjunctions, auxiliaries and very common adverbs.
    "il lo la i gli le un uno una un' l' di a da in con su per tra fra del dello della dei degli "
    "delle dell al allo alla ai agli alle all dal dallo dalla dai dagli dalle dall nel nello nella "
    "nei negli nelle nell sul sullo sulla sui sugli sulle sull col coi e ed o od ma se che chi cui "
    "non ne ci vi si mi ti lo li gli le ce ve me te se sé io tu lui lei noi voi loro esso essa essi "
    "esse mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro "
    "vostra vostri vostre questo questa questi queste quello quella quelli quelle quel quei quegli "
    "come dove quando quanto quanta quanti quante perché perche poiché poiche mentre anche ancora "
    "già gia più piu meno molto molta molti molte poco tutto tutta tutti tutte ogni altro altra "
    "altri altre stesso stessa stessi stesse tanto tanta tanti tante così cosi però pero quindi "
    "dunque infatti inoltre oppure neanche nemmeno neppure solo sempre mai ora poi dopo prima "
    "oggi ieri domani qui qua lì li là la sia siano è e' era erano sono sei siamo siete sarà sara "
    "saranno sarebbe sarebbero essere stato stata stati state stato ha hanno ho hai abbiamo avete "
    "aveva avevano avere avuto avuta fa fanno fatto fare può puo possono potrebbe deve devono "
    "c d l s un nessuno nessuna qualche alcuni alcune ciascuno cosa cose contro secondo senza "
    "verso presso durante circa oltre sotto sopra dentro fuori insieme invece tuttavia quale "
    "quali tale tali "
    # English.
    "the a an and or but if then of to in on at by for with from into over after before about "
    "as is are was were be been being has have had do does did not no so than that this these "
    "those it its he she they them his her their we our you your i me my who whom which what "
    "when where why how all any each more most other some such only own same too very can will "
    "just also there here up out".split()
)


@dataclass(frozen=True, slots=True, eq=False)
class BatchSketch:
    """Signatures of a batch of texts, as flat arrays (no Python object per sentence).

    Text ``d`` has units ``unit_start[d]:unit_start[d + 1]`` (rows of ``spans``:
    ``(start, end)`` character offsets into the text), windows
    ``window_start[d]:window_start[d + 1]`` (rows of ``windows``: first and last
    unit of the window, relative to the text; rows of ``window_signatures``
    when kept), one document-level signature ``signatures[d]`` (the MinHash of
    all its shingles) and band keys ``band_start[d]:band_start[d + 1]`` of
    ``bands`` (``bands`` keys per window, in window order; a key may repeat).
    """

    unit_start: I64
    spans: npt.NDArray[np.int32]
    window_start: I64
    windows: npt.NDArray[np.int32]
    window_signatures: U32 | None
    signatures: U32
    band_start: I64
    bands: U64
    content_hashes: tuple[bytes, ...]
    text_bytes: I64  # UTF-8 length of every text

    def __len__(self) -> int:
        return len(self.content_hashes)

    def text_bands(self, d: int) -> U64:
        """The band keys of text ``d``."""
        return self.bands[self.band_start[d] : self.band_start[d + 1]]

    def text_spans(self, d: int) -> npt.NDArray[np.int32]:
        """The unit (sentence) spans of text ``d``."""
        return self.spans[self.unit_start[d] : self.unit_start[d + 1]]


@dataclass(frozen=True, slots=True, eq=False)
class Signer:
    """Everything :func:`sign_texts` precomputes from the parameters (build it once per run)."""

    params: SketchParams
    bands: int
    rows: int
    a: U32
    b: U32
    lut: npt.NDArray[np.uint8]  # byte -> lower-cased ASCII letter/digit, 0 for punctuation
    latin: npt.NDArray[np.uint8]  # second byte of C3 xx -> base letter
    stop_table: U64  # open-addressing-free table of packed stopwords (0 = empty)
    stop_shift: int
    stop_multiplier: int


def make_signer(params: SketchParams) -> Signer:
    """Precompute the permutations, band layout, byte tables and stopword table."""
    bands, rows = band_layout(params)
    a, b = permutations(params)
    lut, latin = _tables()
    stop = _stop_keys()
    bits = 14
    for attempt in range(1000):
        multiplier = (0x9E3779B97F4A7C15 + 2 * attempt * 0x632BE59BD9B4E019) % (1 << 64) | 1
        slots = (stop * np.uint64(multiplier)) >> np.uint64(64 - bits)
        if len(np.unique(slots)) == len(stop):
            break
    else:  # pragma: no cover - about 15 tries find one for 300 keys in 16,384 slots
        raise AssertionError("no collision-free stopword table")
    table = np.zeros(1 << bits, dtype=np.uint64)
    table[slots] = stop
    signer = Signer(params, bands, rows, a, b, lut, latin, table, 64 - bits, multiplier)
    warm = "Compile. Or load the cache."  # before any worker process forks
    _sign_compiled([warm], [warm.encode()], signer, False)
    return signer


def window_sketch(batch: BatchSketch, d: int) -> DocumentSketch:
    """Text ``d``'s windows as a :class:`~lineage.sketch.DocumentSketch` (needs ``keep_windows``)."""
    if batch.window_signatures is None:
        raise ValueError("window signatures were not kept: sign with keep_windows=True")
    lo, hi = int(batch.window_start[d]), int(batch.window_start[d + 1])
    windows = tuple((int(a), int(b)) for a, b in batch.windows[lo:hi].tolist())
    return DocumentSketch(windows, batch.window_signatures[lo:hi])


def band_layout(params: SketchParams) -> tuple[int, int]:
    """``(bands, rows)`` that datasketch's ``MinHashLSH`` uses for these parameters."""
    lsh = MinHashLSH(threshold=params.lsh_threshold, num_perm=params.num_perm)
    return int(lsh.b), int(lsh.r)


def content_hash(text: str) -> bytes:
    """A 128-bit hash of the text (xxh3), to recognise an article stored twice."""
    return xxhash.xxh3_128_digest(text.encode("utf-8"))


def fmix64(h: U64) -> U64:
    """MurmurHash3's 64-bit finaliser, element-wise."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _tables() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
    """Byte map (ASCII lower-cased, punctuation to 0, other bytes kept) and the
    lower-case second byte of the Latin-1 letters (``C3 xx``)."""
    lut = np.arange(256, dtype=np.uint8)
    ascii_ = np.arange(128)
    alnum = ((ascii_ >= 48) & (ascii_ <= 57)) | ((ascii_ >= 97) & (ascii_ <= 122))
    upper = (ascii_ >= 65) & (ascii_ <= 90)
    lut[:128] = np.where(alnum, ascii_, np.where(upper, ascii_ + 32, 0))
    second = np.arange(0x80, 0xC0, dtype=np.int64)
    latin = np.where((second >= 0x80) & (second <= 0x9E), second + 0x20, second)
    latin[(second == 0x97) | (second == 0xB7)] = 0  # multiplication and division signs
    return lut, latin.astype(np.uint8)


def _pack(words: Sequence[str]) -> U64:
    """The packed form of words of at most 8 UTF-8 bytes (as the batch path computes it)."""
    out = np.zeros(len(words), dtype=np.uint64)
    for k, w in enumerate(words):
        out[k] = int.from_bytes(w.encode("utf-8")[:8], "little")
    return out


def _stop_keys() -> U64:
    return np.unique(_pack(sorted(w for w in STOPWORDS if "'" not in w and len(w.encode("utf-8")) <= 8)))


def _word_hash(packed: U64, seed: int) -> U32:
    """32-bit hashes of packed word prefixes."""
    return (fmix64(packed ^ np.uint64(seed * 0x9E3779B97F4A7C15 % (1 << 64))) >> np.uint64(32)).astype(np.uint32)


def _words(buf: npt.NDArray[np.uint8], signer: Signer) -> tuple[I64, I64, U64, npt.NDArray[np.bool_]]:
    """Word starts and ends (byte offsets into ``buf``), packed prefixes and a kept flag."""
    mapped = np.frombuffer(buf.tobytes().translate(signer.lut.tobytes()), dtype=np.uint8).copy()
    lead = np.flatnonzero(buf >= 0xC2)
    if len(lead):
        # Latin-1 letters (C3 xx) are lower-cased; C2 (Latin-1 punctuation) and E2 (general
        # punctuation, symbols) sequences separate words; other scripts keep their bytes.
        last = len(buf) - 1
        b0 = buf[lead]
        c3 = lead[b0 == 0xC3]
        mapped[np.minimum(c3 + 1, last)] = signer.latin[buf[np.minimum(c3 + 1, last)] & np.uint8(0x3F)]
        c2 = lead[b0 == 0xC2]
        mapped[c2] = 0
        mapped[np.minimum(c2 + 1, last)] = 0
        e2 = lead[b0 == 0xE2]
        mapped[e2] = 0
        mapped[np.minimum(e2 + 1, last)] = 0
        mapped[np.minimum(e2 + 2, last)] = 0
    word = np.zeros(len(mapped) + 2, dtype=bool)
    word[1:-1] = mapped != 0
    edges = np.flatnonzero(word[1:] != word[:-1])
    starts = edges[0::2]
    ends = edges[1::2]
    length = ends - starts
    padded = np.concatenate((mapped, np.zeros(8, dtype=np.uint8)))
    # Eight bytes read at every byte offset (unaligned view), gathered at word starts.
    eight = np.ndarray(shape=(len(mapped) + 1,), dtype="<u8", buffer=padded.data, strides=(1,))
    packed = eight[starts]
    packed &= _MASKS[np.minimum(length, 8)]
    slot = (packed * np.uint64(signer.stop_multiplier)) >> np.uint64(signer.stop_shift)
    kept = (length > 1) & ~((signer.stop_table[slot] == packed) & (length <= 8))
    packed &= np.uint64((1 << (8 * PREFIX)) - 1)
    return starts, ends, packed, kept


def _sentence_breaks(buf: npt.NDArray[np.uint8]) -> I64:
    """Byte offsets where sentences end: the white space after terminal punctuation
    (possibly followed by a closing quote or bracket), and line breaks."""
    n = len(buf)
    term = np.flatnonzero((buf == 46) | (buf == 33) | (buf == 63))
    after = term + 1
    while True:  # skip runs of terminal punctuation and closing quotes/brackets ('?!', '."', '.”')
        inside = after < n
        probe = buf[np.minimum(after, n - 1)]
        closing = inside & (
            (probe == 46)
            | (probe == 33)
            | (probe == 63)
            | (probe == 34)
            | (probe == 39)
            | (probe == 41)
            | (probe == 0xBB)
            | (probe == 0xE2)
            | (probe == 0x80)
            | (probe == 0x9D)
            | (probe == 0x99)
            | (probe == 0xC2)
        )
        if not closing.any():
            break
        after = np.where(closing, after + 1, after)
    probe = buf[np.minimum(after, n - 1)]
    ends = after[(after < n) & ((probe == 32) | (probe == 9) | (probe == 13))]
    lines = np.flatnonzero(buf == 10)
    return unique(np.concatenate((ends, lines)))


CHUNK = 256  # texts signed together by the numpy path (larger batches fall out of the CPU caches)
# ... by the compiled kernel: its scratch arrays then stay small enough for malloc to reuse the same
# memory from one call to the next (at 256 texts, every call maps fresh pages: ten page faults an article).
COMPILED_CHUNK = 32


def sign_texts(
    texts: Sequence[str],
    signer: Signer,
    *,
    keep_windows: bool = False,
    engine: Literal["compiled", "numpy"] = "compiled",
    encoded: Sequence[bytes | bytearray] | None = None,
) -> BatchSketch:
    """Sign a batch of texts (a pure function: no I/O, no global state).

    Args:
        texts: the article texts.
        signer: the parameters and tables of :func:`make_signer`.
        keep_windows: also return every window's signature (for a datasketch index).
        engine: ``"compiled"`` (:mod:`lineage.signkernel`) or ``"numpy"`` (whole-array
            operations, the reference); both give the same result.
        encoded: the texts already encoded as UTF-8 (``text.encode("utf-8", "replace")``),
            when the caller has them (an ingest stores them).

    Returns:
        Units, windows, document signatures and band keys of every text.
    """
    sign, chunk = (_sign_compiled, COMPILED_CHUNK) if engine == "compiled" else (_sign_chunk, CHUNK)
    if encoded is None:
        encoded = [t.encode("utf-8", "replace") for t in texts]
    if len(texts) <= chunk:
        return sign(texts, encoded, signer, keep_windows)
    return concat(
        [
            sign(texts[lo : lo + chunk], encoded[lo : lo + chunk], signer, keep_windows)
            for lo in range(0, len(texts), chunk)
        ]
    )


def _joined(encoded: Sequence[bytes | bytearray]) -> tuple[npt.NDArray[np.uint8], tuple[bytes, ...], I64]:
    """The encoded texts as one byte array (each ending with a line break), their content hashes
    and their lengths plus one."""
    hashes = tuple(xxhash.xxh3_128_digest(e) for e in encoded)
    lengths = np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=len(encoded))
    joined = b"\n".join([*encoded, b""]) if encoded else b"\n"  # each text followed by a line break
    return np.frombuffer(joined, dtype=np.uint8), hashes, lengths


def _sign_compiled(
    texts: Sequence[str], encoded: Sequence[bytes | bytearray], signer: Signer, keep_windows: bool
) -> BatchSketch:
    # Imported here: loading numba costs a few tenths of a second, which commands that never
    # sign (trace of a folder, audit, render) should not pay.
    from .signkernel import sign_chunk

    buf, hashes, lengths = _joined(encoded)
    doc_chars = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts)), out=doc_chars[1:])
    params = signer.params
    unit_start, spans, window_start, windows, win_sigs, sigs, keys = sign_chunk(
        buf,
        doc_chars,
        signer.lut,
        signer.latin,
        signer.stop_table,
        np.uint64(signer.stop_shift),
        np.uint64(signer.stop_multiplier),
        np.uint64((1 << (8 * PREFIX)) - 1),
        np.uint64(params.seed * 0x9E3779B97F4A7C15 % (1 << 64)),
        params.shingle_size,
        signer.a,
        signer.b,
        params.window,
        signer.bands,
        signer.rows,
    )
    return BatchSketch(
        unit_start=unit_start,
        spans=spans,
        window_start=window_start,
        windows=windows,
        window_signatures=win_sigs if keep_windows else None,
        signatures=sigs,
        band_start=window_start * signer.bands,
        bands=keys,
        content_hashes=hashes,
        text_bytes=lengths - 1,
    )


def concat(parts: Sequence[BatchSketch]) -> BatchSketch:
    """One batch sketch holding the texts of ``parts`` in order."""

    def starts(name: str) -> I64:
        out = [np.zeros(1, dtype=np.int64)]
        base = 0
        for p in parts:
            offsets = getattr(p, name)
            out.append(offsets[1:] + base)
            base += int(offsets[-1])
        return np.concatenate(out)

    sigs = [p.window_signatures for p in parts]
    return BatchSketch(
        unit_start=starts("unit_start"),
        spans=np.concatenate([p.spans for p in parts]),
        window_start=starts("window_start"),
        windows=np.concatenate([p.windows for p in parts]),
        window_signatures=None if any(s is None for s in sigs) else np.concatenate(sigs),  # type: ignore[arg-type]
        signatures=np.concatenate([p.signatures for p in parts]),
        band_start=starts("band_start"),
        bands=np.concatenate([p.bands for p in parts]),
        content_hashes=tuple(h for p in parts for h in p.content_hashes),
        text_bytes=np.concatenate([p.text_bytes for p in parts]),
    )


def _sign_chunk(
    texts: Sequence[str], encoded: Sequence[bytes | bytearray], signer: Signer, keep_windows: bool
) -> BatchSketch:
    n_texts = len(texts)
    buf, hashes, lengths = _joined(encoded)
    doc_start = np.concatenate(([0], np.cumsum(lengths)))
    params = signer.params
    a, b = signer.a, signer.b
    bands, rows = signer.bands, signer.rows
    perm = params.num_perm
    empty = np.full((n_texts, perm), 0xFFFFFFFF, dtype=np.uint32)

    starts, ends, packed, kept = _words(buf, signer)
    breaks = _sentence_breaks(buf)
    kept_at = np.flatnonzero(kept)
    kstarts = starts[kept_at]
    ksent = np.searchsorted(breaks, kstarts, side="right")  # sentence number of every kept word
    values = _word_hash(packed[kept_at], params.seed)
    k = params.shingle_size
    m = len(values) - k + 1
    if m <= 0:
        return _empty(n_texts, perm, hashes, lengths - 1, keep_windows)
    shingles = values[:m].copy()
    for t in range(1, k):
        shingles = fmix32((shingles * np.uint32(0x01000193)) ^ values[t : t + m])
    valid = ksent[:m] == ksent[k - 1 :]
    shingles = shingles[valid]
    ssent = ksent[:m][valid]
    first_word = np.flatnonzero(valid)  # kept-word index of each shingle's first word
    if not len(shingles):
        return _empty(n_texts, perm, hashes, lengths - 1, keep_windows)
    # Units: sentences with at least one shingle, in order.
    unit_first = np.flatnonzero(np.concatenate(([True], ssent[1:] != ssent[:-1])))
    unit_last = np.concatenate((unit_first[1:], [len(ssent)])) - 1
    mixed = fmix32(shingles)
    unit_sigs = np.empty((len(unit_first), perm), dtype=np.uint32)
    step = max(1, (1 << 22) // perm)
    for lo in range(0, len(unit_first), step):
        hi = min(lo + step, len(unit_first))
        s0, s1 = int(unit_first[lo]), int(unit_last[hi - 1]) + 1
        block = np.empty((perm, s1 - s0), dtype=np.uint32)
        np.multiply(a[:, None], mixed[None, s0:s1], out=block)
        block += b[:, None]
        unit_sigs[lo:hi].T[...] = np.minimum.reduceat(block, unit_first[lo:hi] - s0, axis=1)
    # Spans: first word of the first shingle to the sentence end (its punctuation included).
    span_start = kstarts[first_word[unit_first]]
    last_word_end = ends[kept_at[first_word[unit_last] + k - 1]]
    brk = breaks[np.minimum(ssent[unit_first], len(breaks) - 1)]
    punct = (brk > 0) & ~((buf[np.maximum(brk - 1, 0)] >= 48) & (buf[np.maximum(brk - 1, 0)] <= 122))
    span_end = np.where(punct & (brk >= last_word_end), brk, last_word_end)
    unit_doc = np.searchsorted(doc_start, span_start, side="right") - 1
    unit_start = np.searchsorted(unit_doc, np.arange(n_texts + 1), side="left").astype(np.int64)
    spans = np.stack((span_start - doc_start[unit_doc], span_end - doc_start[unit_doc]), axis=1)
    if not all(n - 1 == len(t) for n, t in zip(lengths.tolist(), texts, strict=True)):
        spans = _char_spans(buf, doc_start, unit_doc, spans)
    # Document signatures.
    sigs = empty.copy()
    has_units = unit_start[1:] > unit_start[:-1]
    if has_units.any():
        sigs[has_units] = np.minimum.reduceat(unit_sigs, unit_start[:-1][has_units], axis=0)
    # Windows: ``w`` consecutive units of one text; a text with fewer units has one window.
    w = params.window
    n_units = unit_start[1:] - unit_start[:-1]
    win_count = np.where(n_units >= w, n_units - w + 1, np.minimum(n_units, 1))
    window_start = np.concatenate(([0], np.cumsum(win_count))).astype(np.int64)
    total = int(window_start[-1])
    win_doc = np.repeat(np.arange(n_texts), win_count)
    win_rel = np.arange(total) - window_start[win_doc]
    win_first = unit_start[win_doc] + win_rel
    win_last = np.minimum(win_first + w - 1, unit_start[win_doc + 1] - 1)
    win_sigs = unit_sigs[win_first].copy()
    for t in range(1, w):
        idx = np.minimum(win_first + t, win_last)
        np.minimum(win_sigs, unit_sigs[idx], out=win_sigs)
    windows = np.stack((win_rel, win_last - unit_start[win_doc]), axis=1).astype(np.int32)
    # Band keys, distinct per text.
    used = win_sigs[:, : bands * rows].reshape(total, bands, rows).astype(np.uint64)
    keys = np.broadcast_to(
        (np.arange(bands, dtype=np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15), (total, bands)
    )
    keys = keys.copy()
    for t in range(rows):
        keys = fmix64(keys ^ used[:, :, t])
    band_start = window_start * bands
    return BatchSketch(
        unit_start=unit_start,
        spans=spans.astype(np.int32),
        window_start=window_start,
        windows=windows,
        window_signatures=win_sigs if keep_windows else None,
        signatures=sigs,
        band_start=band_start,
        bands=keys.ravel(),
        content_hashes=hashes,
        text_bytes=lengths - 1,
    )


def _char_spans(buf: npt.NDArray[np.uint8], doc_start: I64, unit_doc: I64, spans: I64) -> I64:
    """Byte offsets to character offsets (for texts that are not pure ASCII)."""
    continuation = np.flatnonzero((buf & np.uint8(0xC0)) == 0x80)
    base = doc_start[unit_doc]
    before = np.searchsorted(continuation, base)
    out = np.empty_like(spans)
    for col in (0, 1):
        absolute = base + spans[:, col]
        out[:, col] = spans[:, col] - (np.searchsorted(continuation, absolute) - before)
    return out


def _empty(n_texts: int, perm: int, hashes: tuple[bytes, ...], text_bytes: I64, keep_windows: bool) -> BatchSketch:
    zeros = np.zeros(n_texts + 1, dtype=np.int64)
    return BatchSketch(
        unit_start=zeros,
        spans=np.empty((0, 2), dtype=np.int32),
        window_start=zeros,
        windows=np.empty((0, 2), dtype=np.int32),
        window_signatures=np.empty((0, perm), dtype=np.uint32) if keep_windows else None,
        signatures=np.full((n_texts, perm), 0xFFFFFFFF, dtype=np.uint32),
        band_start=zeros,
        bands=np.empty(0, dtype=np.uint64),
        content_hashes=hashes,
        text_bytes=text_bytes,
    )


def text_shingles(text: str, signer: Signer) -> tuple[U32, ...]:
    """The shingle values of every unit of ``text`` (for checks against datasketch)."""
    params = signer.params
    buf = np.frombuffer(text.encode("utf-8", "replace") + b"\n", dtype=np.uint8)
    starts, _ends, packed, kept = _words(buf, signer)
    sentence = np.searchsorted(_sentence_breaks(buf), starts, side="right")[kept]
    values = _word_hash(packed[kept], params.seed)
    k = params.shingle_size
    out: list[U32] = []
    for s in np.unique(sentence):
        v = values[sentence == s]
        if len(v) < k:
            continue
        sh = v[: len(v) - k + 1].copy()
        for t in range(1, k):
            sh = fmix32((sh * np.uint32(0x01000193)) ^ v[t : t + len(v) - k + 1])
        out.append(sh)
    return tuple(out)
