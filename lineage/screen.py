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
lower-cased. A 3-gram is three consecutive words anywhere in the text.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

Grams = npt.NDArray[np.uint64] | frozenset[tuple[str, str, str]]

# Word characters: ASCII letters and digits, and every other character outside Latin-1's
# punctuation block (U+0080-U+00BF), general punctuation and symbols (U+2000-U+2FFF) and
# surrogates; the same cut as the kernel's on UTF-8 bytes.
_WORD = re.compile("[0-9A-Za-z\u00c0-\u1fff\u3000-\ud7ff\ue000-\U0010ffff]+")
_LOWER = {c: c + 32 for c in [*range(65, 91), *range(0xC0, 0xDF)] if c != 0xD7}


def trigrams(text: str, *, compiled: bool = False) -> Grams:
    """The distinct word 3-grams of ``text`` (a pure function).

    With ``compiled``, the sorted 64-bit hashes of the 3-grams from the compiled kernel
    (:mod:`lineage.screenkernel`: about 40 µs an article, but loading numba costs about a
    second once per process); else the 3-grams themselves, from a regular expression.
    Both give the same counts.
    """
    if compiled:
        from .screenkernel import trigram_hashes

        result: npt.NDArray[np.uint64] = trigram_hashes(np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8))
        return result
    raw = _WORD.findall(text.encode("utf-8", "replace").decode("utf-8"))
    folded = {w: w.translate(_LOWER) for w in set(raw)}
    words = [folded[w] for w in raw]
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def shared_trigrams(a: Grams, b: Grams) -> int:
    """How many 3-grams two :func:`trigrams` results (made alike) have in common."""
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        return len(a & b)
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
        from .screenkernel import shared_count

        return int(shared_count(a, b))
    raise TypeError("compare trigrams made the same way (both compiled or both not)")


def worth_aligning(a: Grams, b: Grams, min_shared: int) -> bool:
    """Whether two texts with these :func:`trigrams` share enough to be aligned (0: always)."""
    return min_shared <= 0 or (min(len(a), len(b)) >= min_shared and shared_trigrams(a, b) >= min_shared)
