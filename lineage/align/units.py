"""Alignment units: what aligning needs of one text, whatever the other.

The units are the text's sentences, except that a sentence of more than
``max_unit_words`` words is cut into equal runs of words (text whose punctuation
was lost) and consecutive sentences of fewer than ``min_unit_words`` words are
joined (fragments, list items); boilerplate sentences are set aside
(:mod:`lineage.text.boilerplate`). Gaps and sizes still count sentences. A text
aligned with several others (a query's article, a wire story and its copies) is
prepared once (:func:`prepare_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..models import Span
from ..params import AlignParams
from ..text import AnalysedText, boilerplate_flags
from .drift import DriftFacts, drift_facts

IntArray = npt.NDArray[np.int64]

# Words per hashed n-gram when looking for exact runs.
RUN_NGRAM = 5


@dataclass(frozen=True, slots=True, eq=False)
class Limits:
    """What of a text the alignment leaves out (:class:`~lineage.params.AlignParams` bounds):
    ``repeated`` sentences beyond their ``max_repeats``-th occurrence, and everything from
    character ``end`` on (``end`` is the text's length when nothing was cut there)."""

    repeated: int
    end: int

    def cut(self, length: int) -> bool:
        """Whether anything of a text of ``length`` characters was left out."""
        return self.repeated > 0 or self.end < length


@dataclass(frozen=True, slots=True)
class AlignText:
    """What aligning needs of one text whatever the other: its analysis, boilerplate, units
    and n-gram hashes. Made by :func:`prepare_text`; a text aligned with several
    others (a query's article, a wire story and its copies) is prepared once."""

    doc: AnalysedText
    boilerplate: tuple[bool, ...]
    unit_sentences: tuple[tuple[int, ...], ...]
    unit_words: tuple[tuple[int, int], ...]
    unit_spans: IntArray  # (units, 2) character spans
    unit_of_word: IntArray  # the unit of every word, -1 for words in no unit
    ngrams: npt.NDArray[np.uint64]  # hashes of every word RUN_NGRAM-gram (normalised, unstemmed words)
    unit_params: tuple[int, int]  # (min_unit_words, max_unit_words) the units were cut with
    unit_firsts: tuple[int, ...]  # the first sentence of every unit
    drift: DriftFacts  # what drift needs of the text
    countable: int  # characters of its sentences that have words and are not boilerplate
    in_units: tuple[int, ...]  # the sentences of its units, sorted
    boilerplate_spans: tuple[Span, ...]  # the spans of its boilerplate sentences
    limits: Limits  # what of the text the bounds of AlignParams leave out


MARGIN = 10  # the part of a long text analysed runs max_chars / MARGIN characters past max_chars


def aligned_part(text: str, p: AlignParams) -> str:
    """The beginning of ``text`` that alignment analyses: all of it up to ``max_chars`` and a
    margin for the units that start before the bound (spans into it are spans into ``text``),
    so a 20 MB page costs what a long article costs to analyse."""
    limit = aligned_chars(p)
    return text if len(text) <= limit else text[:limit]


def aligned_chars(p: AlignParams) -> int:
    """How many characters of a text :func:`aligned_part` keeps."""
    return p.max_chars + p.max_chars // MARGIN


def prepare_text(doc: AnalysedText, p: AlignParams) -> AlignText:
    """Prepare one analysed text for :func:`align` (pure)."""
    flags = boilerplate_flags(doc)
    units, words, spans, limits, left_out = _units(doc, flags, p)
    n = RUN_NGRAM
    hashes = doc.surface_hashes[doc.surface_ids]
    if left_out.any():  # words left out match nothing: each gets a value of its own
        hashes = hashes.copy()
        hashes[left_out] = ~np.arange(int(left_out.sum()), dtype=np.uint64)
    ngrams = _ngram_hashes(hashes, n) if len(doc.surface_ids) >= n else np.zeros(0, dtype=np.uint64)
    return AlignText(
        doc,
        flags,
        units,
        words,
        spans,
        _unit_of_words(doc, words),
        ngrams,
        (p.min_unit_words, p.max_unit_words),
        tuple(u[0] for u in units),
        drift_facts(doc),
        _countable(doc, flags),
        tuple(sorted({k for u in units for k in u})),
        tuple(x.span for x in doc.sentences if flags[x.index]),
        limits,
    )


def _countable(doc: AnalysedText, flags: tuple[bool, ...]) -> int:
    """Characters of the sentences that have words and are not boilerplate (what shares count)."""
    return sum(
        s.span[1] - s.span[0]
        for s in doc.sentences
        if not flags[s.index] and doc.sentence_words[s.index][1] > doc.sentence_words[s.index][0]
    )


def prepared(x: AnalysedText | AlignText, p: AlignParams) -> AlignText:
    if isinstance(x, AlignText) and x.unit_params == (p.min_unit_words, p.max_unit_words):
        return x
    return prepare_text(x.doc if isinstance(x, AlignText) else x, p)


def _unit_of_words(doc: AnalysedText, unit_words: tuple[tuple[int, int], ...]) -> IntArray:
    """For every word of ``doc``, the position of its unit (-1: not in a unit)."""
    out = np.full(len(doc.word_ids), -1, dtype=np.int64)
    for pos, (w0, w1) in enumerate(unit_words):
        out[w0:w1] = pos
    return out


def repeat_key(text: str, span: Span) -> str:
    """What makes two sentences the same sentence for ``max_repeats``: their text, case and spacing folded."""
    return " ".join(text[span[0] : span[1]].casefold().split())


def _units(
    doc: AnalysedText, flags: tuple[bool, ...], p: AlignParams
) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, int], ...], IntArray, Limits, npt.NDArray[np.bool_]]:
    """The alignment units of a text: its sentences, where a sentence of more than
    ``max_unit_words`` words is cut into equal runs of words (a text whose punctuation was
    lost, a run-on sentence) and consecutive sentences of fewer than ``min_unit_words``
    words are joined (list items, fragments cut by stray punctuation).

    Bounded by ``max_chars``, ``max_units`` and ``max_repeats`` (a junk page of one line
    repeated thousands of times, a 20 MB text), so that aligning a text costs at most
    ``max_units`` squared however long it is.

    Returns the sentences of every unit, its word range and its character spans, what was
    left out, and which words were left out (they take no part in exact runs either).
    """
    sentences: list[tuple[int, ...]] = []
    words: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    pending: list[int] = []  # short sentences waiting to be joined
    left_out = np.zeros(len(doc.word_ids), dtype=np.bool_)
    seen: dict[str, int] = {}
    repeated = 0
    end = len(doc.text)

    def flush() -> None:
        if pending:
            sentences.append(tuple(pending))
            words.append((doc.sentence_words[pending[0]][0], doc.sentence_words[pending[-1]][1]))
            spans.append((doc.sentences[pending[0]].span[0], doc.sentences[pending[-1]].span[1]))
            pending.clear()

    for k, (w0, w1) in enumerate(doc.sentence_words):
        start, stop = doc.sentences[k].span
        if start >= p.max_chars or len(sentences) >= p.max_units:
            flush()
            end = start
            left_out[w0:] = True
            break
        if flags[k]:
            flush()
            continue
        if w1 <= w0:
            continue
        key = repeat_key(doc.text, (start, stop))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > p.max_repeats:
            flush()
            repeated += 1
            left_out[w0:w1] = True
            continue
        pending.append(k)
        size = w1 - doc.sentence_words[pending[0]][0]
        if size < p.min_unit_words:
            continue
        if len(pending) > 1 or size <= p.max_unit_words:
            flush()
            continue
        pending.clear()
        pieces = -(-(w1 - w0) // p.max_unit_words)
        cuts = [w0 + (w1 - w0) * q // pieces for q in range(pieces + 1)]
        for q in range(pieces):
            c0, c1 = cuts[q], cuts[q + 1]
            piece_start = start if q == 0 else int(doc.word_starts[c0])
            if piece_start >= p.max_chars or len(sentences) >= p.max_units:
                end = piece_start
                left_out[c0:] = True
                break
            sentences.append((k,))
            words.append((c0, c1))
            spans.append((piece_start, stop if q == pieces - 1 else int(doc.word_ends[c1 - 1])))
        if end < len(doc.text):
            break
    flush()
    limits = Limits(repeated, end)
    return tuple(sentences), tuple(words), np.array(spans, dtype=np.int64).reshape(-1, 2), limits, left_out


def _ngram_hashes(ids: npt.NDArray[np.uint64], n: int) -> npt.NDArray[np.uint64]:
    """Polynomial hashes (mod 2**64) of every n-gram of word ids."""
    m = len(ids) - n + 1
    h = np.zeros(m, dtype=np.uint64)
    mult = np.uint64(1_000_003)
    for k in range(n):
        h = h * mult + ids[k : k + m] + np.uint64(1)
    return h
