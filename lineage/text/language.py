"""Language identification: py3langid's model, its tokeniser walked by a compiled kernel.

py3langid walks a sample's UTF-8 bytes through its tokeniser's state machine in
Python and scores the features the states emit with naive Bayes. The walk runs
in :mod:`lineage.kernels.language`; the features come out in the same order
with the same counts, so the scores are py3langid's own
(``tests/text/test_language.py`` checks them against ``py3langid.classify``).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import py3langid
from py3langid.langid import LanguageIdentifier

from ..kernels.language import feature_counts, widened_rows

IntArray = npt.NDArray[np.int64]

SAMPLE = 600  # characters of a text given to the identifier (its cost is linear in them)
# py3langid's score of a class that must not win (as its RAW_FLOOR).
_SCORE_FLOOR = float(np.finfo(np.float32).min)


@dataclass(frozen=True, slots=True)
class LanguageModel:
    """py3langid's model as the scoring needs it: the naive Bayes weights as shipped (float16,
    features x classes, held as their bits) and the table that widens them, the class priors
    and labels, the tokeniser as arrays for the kernel (next states, row offsets, the feature
    of every state, -1: none) and the (first, duplicate) columns of labels named twice."""

    nb_ptc: npt.NDArray[np.uint16]  # the float16 weights' bits
    widen: npt.NDArray[np.float32]  # the float32 value of every float16 bit pattern
    nb_pc: npt.NDArray[np.float32]
    classes: tuple[str, ...]
    nextmove: npt.NDArray[np.uint32]
    rowbase: IntArray
    output: IntArray
    aliases: tuple[tuple[int, int], ...]


@functools.cache
def language_model() -> LanguageModel:
    """py3langid's model, loaded once a process and held once (67 MB; 142 MB as two copies):
    the weights stay float16 (28 MB; the rows a sample uses are widened to float32 when it is
    scored, the values py3langid multiplies, where a widened copy took 57 MB) and the
    tokeniser's states are one array numpy owns (39 MB: numpy asks for huge pages for it, so
    the walk's scattered reads miss the TLB less); py3langid's own copies of the tokeniser (a
    39 MB ``array`` and a list of 104,583 ints) are dropped with its identifier."""
    model = LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    first: dict[str, int] = {}
    aliases = []
    for i, label in enumerate(model.nb_classes):
        if label in first:
            aliases.append((first[label], i))
        else:
            first[label] = i
    return LanguageModel(
        np.asarray(model.nb_ptc, dtype=np.float16).view(np.uint16),
        np.arange(1 << 16, dtype=np.uint16).view(np.float16).astype(np.float32),
        np.asarray(model.nb_pc, dtype=np.float32),
        tuple(model.nb_classes),
        np.array(np.frombuffer(model.tk_nextmove, dtype=np.uint32)),
        np.asarray(model.tk_row, dtype=np.int64) << 8,
        np.asarray(model.tk_output, dtype=np.int64),
        tuple(aliases),
    )


def language_scores(sample: str) -> npt.NDArray[np.float32]:
    """py3langid's raw scores of every class for ``sample`` (its steps: upper-case text lowered,
    NFC, UTF-8, the tokeniser's features, naive Bayes over the features' weights widened to
    float32; a label named twice scored by its better column)."""
    model = language_model()
    if sample.isupper():
        sample = sample.lower()
    data = np.frombuffer(unicodedata.normalize("NFC", sample).encode("utf8", errors="surrogatepass"), dtype=np.uint8)
    features, counts = feature_counts(data, model.nextmove, model.rowbase, model.output)
    if len(features):
        scores = np.log1p(counts) @ widened_rows(model.nb_ptc, features, model.widen) + model.nb_pc
    else:
        scores = np.full(len(model.classes), _SCORE_FLOOR, dtype=np.float32)
    for i, j in model.aliases:
        scores[i] = max(scores[i], scores[j])
        scores[j] = _SCORE_FLOOR
    return np.asarray(scores, dtype=np.float32)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language of ``text`` (from its first ``SAMPLE`` characters), or
    ``und`` when it has no letters."""
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    return language_model().classes[int(language_scores(sample).argmax())]
