"""The one signature of a document: bytes -> words -> shingles -> window MinHash -> band keys.

Every article is signed this way, whether traced from files, ingested into a
store or processed by the batch engine, so all of them find the same candidates.
Signing has to keep up with thousands of articles a second on one core: a batch
of texts is joined into one UTF-8 byte array and signed by the compiled kernel
(:mod:`lineage.kernels.signing`, about 40 µs an article).

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
  units of a text.

Signatures are datasketch-compatible (scheme ``affine32``): a window's
signature equals ``datasketch.MinHash(num_perm, seed, hashfunc=int)`` updated
with the window's shingle values (``tests/candidates/test_signing.py`` checks).

Band keys follow datasketch's banding (``b`` bands of ``r`` rows, from
:func:`band_layout`): the key of band ``j`` of a window is a 64-bit hash of
``j`` and the window's ``r`` values of that band, so two windows share a key
exactly when datasketch's ``MinHashLSH`` would put them in the same bucket
(up to 64-bit hash collisions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import xxhash
from datasketch import MinHashLSH

from ..kernels.signing import sign_chunk
from ..params import SketchParams

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

PREFIX = 6  # bytes of a word kept for hashing (light stemming)
SIGNER = "fast1"  # version of this signing scheme, recorded with stored signatures

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
class DocumentSketch:
    """MinHash signatures of a document's sentence windows.

    ``windows[k]`` is the ``(first, last)`` unit index pair of window ``k``;
    ``signatures[k]`` its signature (``num_perm`` uint32 values).
    """

    windows: tuple[tuple[int, int], ...]
    signatures: U32


def permutations(params: SketchParams) -> tuple[U32, U32]:
    """The affine permutation parameters datasketch derives from ``(num_perm, seed)``."""
    gen = np.random.RandomState(params.seed)
    a = gen.randint(0, 1 << 31, params.num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, params.num_perm, dtype=np.uint32)
    return a, b


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
    _sign([warm], [warm.encode()], signer, False)
    return signer


def window_sketch(batch: BatchSketch, d: int) -> DocumentSketch:
    """Text ``d``'s windows as a :class:`DocumentSketch` (needs ``keep_windows``)."""
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


# Texts signed by one call of the kernel: its scratch arrays then stay small enough for malloc to
# reuse the same memory from one call to the next (at 256 texts, every call maps fresh pages: ten
# page faults an article).
CHUNK = 32


def sign_texts(
    texts: Sequence[str],
    signer: Signer,
    *,
    keep_windows: bool = False,
    encoded: Sequence[bytes | bytearray] | None = None,
) -> BatchSketch:
    """Sign a batch of texts (a pure function: no I/O, no global state).

    Args:
        texts: the article texts.
        signer: the parameters and tables of :func:`make_signer`.
        keep_windows: also return every window's signature (for a datasketch index).
        encoded: the texts already encoded as UTF-8 (``text.encode("utf-8", "replace")``),
            when the caller has them (an ingest stores them).

    Returns:
        Units, windows, document signatures and band keys of every text.
    """
    if encoded is None:
        encoded = [t.encode("utf-8", "replace") for t in texts]
    if len(texts) <= CHUNK:
        return _sign(texts, encoded, signer, keep_windows)
    return concat(
        [
            _sign(texts[lo : lo + CHUNK], encoded[lo : lo + CHUNK], signer, keep_windows)
            for lo in range(0, len(texts), CHUNK)
        ]
    )


def _joined(encoded: Sequence[bytes | bytearray]) -> tuple[npt.NDArray[np.uint8], tuple[bytes, ...], I64]:
    """The encoded texts as one byte array (each ending with a line break), their content hashes
    and their lengths plus one."""
    hashes = tuple(xxhash.xxh3_128_digest(e) for e in encoded)
    lengths = np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=len(encoded))
    joined = b"\n".join([*encoded, b""]) if encoded else b"\n"  # each text followed by a line break
    return np.frombuffer(joined, dtype=np.uint8), hashes, lengths


def _sign(
    texts: Sequence[str], encoded: Sequence[bytes | bytearray], signer: Signer, keep_windows: bool
) -> BatchSketch:
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
