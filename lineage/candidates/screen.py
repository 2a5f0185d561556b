"""Which candidate pairs are worth aligning: the word 3-grams two texts share, counted fast.

Candidates come from MinHash band collisions of sentence windows, so articles on
one story (same names, same topic words) collide without sharing any phrase.
Aligning such a pair costs milliseconds and finds nothing; counting the word
3-grams the two texts share costs microseconds. A pair sharing fewer than
``AlignParams.min_shared_trigrams`` of them is not aligned by a trace or a
query (:func:`lineage.compare` of an explicit pair always aligns).

Measured: the real heavy rewrite of the seeds (000 → 001) shares 96 word 3-grams
with its source, unrelated seed articles on the same story share 8 to 19 (so they
are still aligned, and found unrelated), the synthetic benchmark's candidates that
are not derivations 0 to 2 (370 of 373 at 1M; derivations 33 or more). On PAN 2013
(250 pairs of each folder, whether the aligner reports a derivation), derivations
shared at least 39 (verbatim), 7 (random obfuscation), 8 (summaries) and 2
(translation chains: 1 of 202 shares fewer than 3 and would be lost to the screen).

Words are runs of ASCII letters and digits and of other non-ASCII characters (in
UTF-8 bytes: the C2 and E2 sequences of Latin-1 and general punctuation, such as
curly quotes, guillemets and dashes, separate words); ASCII and Latin-1 letters are
lower-cased. A 3-gram is three consecutive words anywhere in the text; its hash is
made by a compiled kernel (:mod:`lineage.kernels.screen`, about 40 µs an article).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ..kernels.screen import shared_count, trigram_hashes

Grams = npt.NDArray[np.uint64]


def trigrams(text: str) -> Grams:
    """The sorted distinct hashes of the word 3-grams of ``text`` (a pure function)."""
    grams: Grams = trigram_hashes(np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8))
    return grams


def shared_trigrams(a: Grams, b: Grams) -> int:
    """How many 3-grams two :func:`trigrams` results have in common."""
    return int(shared_count(a, b))


def worth_aligning(a: Grams, b: Grams, min_shared: int) -> bool:
    """Whether two texts with these :func:`trigrams` share enough to be aligned (0: always)."""
    return min_shared <= 0 or (min(len(a), len(b)) >= min_shared and shared_trigrams(a, b) >= min_shared)


class Screen:
    """The screen of many pairs: each text's :func:`trigrams` computed once (kept for the life
    of the screen, as an aligner keeps its texts)."""

    def __init__(self, min_shared: int) -> None:
        self.min_shared = min_shared
        self._grams: dict[str, Grams] = {}

    def _of(self, text: str) -> Grams:
        found = self._grams.get(text)
        if found is None:
            found = self._grams[text] = trigrams(text)
        return found

    def passes(self, a: str, b: str) -> bool:
        """Whether two texts are worth aligning (:func:`worth_aligning`; 0: always, nothing counted)."""
        return self.min_shared <= 0 or worth_aligning(self._of(a), self._of(b), self.min_shared)
