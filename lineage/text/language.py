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

import numpy as np
import numpy.typing as npt
import py3langid
from py3langid.langid import LanguageIdentifier

from ..kernels.language import feature_counts

IntArray = npt.NDArray[np.int64]

SAMPLE = 600  # characters of a text given to the identifier (its cost is linear in them)
# py3langid's score of a class that must not win (as its RAW_FLOOR).
_SCORE_FLOOR = float(np.finfo(np.float32).min)


@functools.cache
def identifier() -> LanguageIdentifier:
    """py3langid's model, loaded once a process, with its feature weights widened to float32
    once: py3langid widens its float16 weights at every call; the scores are the same, bit for
    bit, in about 60% of the time (57 MB instead of 28)."""
    model = LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    return LanguageIdentifier(
        np.asarray(model.nb_ptc, dtype=np.float32),
        model.nb_pc,
        model.nb_classes,
        model.tk_nextmove,
        model.tk_output,
        tk_row=model.tk_row,
    )


@functools.cache
def _walk_tables() -> tuple[npt.NDArray[np.uint32], IntArray, IntArray, tuple[tuple[int, int], ...]]:
    """py3langid's tokeniser as arrays for the kernel: next states, row offsets, the feature of
    every state (-1: none), and the (first, duplicate) columns of labels named twice."""
    model = identifier()
    # A copy numpy owns (39 MB): numpy asks for huge pages for it, so the walk's scattered reads
    # miss the TLB less than in py3langid's array.
    nextmove = np.array(np.frombuffer(model.tk_nextmove, dtype=np.uint32))
    rowbase = np.asarray(model.tk_row, dtype=np.int64) << 8
    output = np.asarray(model.tk_output, dtype=np.int64)
    first: dict[str, int] = {}
    aliases = []
    for i, label in enumerate(model.nb_classes):
        if label in first:
            aliases.append((first[label], i))
        else:
            first[label] = i
    return nextmove, rowbase, output, tuple(aliases)


def language_scores(sample: str) -> npt.NDArray[np.float32]:
    """py3langid's raw scores of every class for ``sample`` (its steps: upper-case text lowered,
    NFC, UTF-8, the tokeniser's features, naive Bayes; a label named twice scored by its
    better column)."""
    model = identifier()
    nextmove, rowbase, output, aliases = _walk_tables()
    if sample.isupper():
        sample = sample.lower()
    data = np.frombuffer(unicodedata.normalize("NFC", sample).encode("utf8", errors="surrogatepass"), dtype=np.uint8)
    features, counts = feature_counts(data, nextmove, rowbase, output)
    if len(features):
        scores = np.log1p(counts) @ model.nb_ptc[features] + model.nb_pc
    else:
        scores = np.full(len(model.nb_classes), _SCORE_FLOOR, dtype=np.float32)
    for i, j in aliases:
        scores[i] = max(scores[i], scores[j])
        scores[j] = _SCORE_FLOOR
    return np.asarray(scores, dtype=np.float32)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language of ``text`` (from its first ``SAMPLE`` characters), or
    ``und`` when it has no letters."""
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    return str(identifier().nb_classes[int(language_scores(sample).argmax())])
