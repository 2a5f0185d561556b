"""Folding for matching: one table of typographic variants, case and accents.

Quotes, apostrophes, dashes and odd spaces are folded one character to one
character (:func:`fold` keeps every offset), so ``“Sì”`` and ``"Sì"`` match and a
credit written ``Fonte – ANSA`` is read as ``Fonte - ANSA``. Words are folded
for case and accents (:func:`fold_word`: ``Città`` is ``citta``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import MappingProxyType

# The one fold table: typographic variants -> ASCII, one character to one character.
FOLD: MappingProxyType[int, str] = MappingProxyType(
    {
        ord(k): v
        for k, v in {
            "\u2019": "'",  # right single quotation mark (the typographic apostrophe)
            "\u2018": "'",
            "\u02bc": "'",  # modifier letter apostrophe
            "\u00b4": "'",
            "`": "'",
            "\u201c": '"',
            "\u201d": '"',
            "\u201e": '"',
            "\u00ab": '"',  # « »
            "\u00bb": '"',
            "\u2010": "-",
            "\u2011": "-",
            "\u2012": "-",
            "\u2013": "-",
            "\u2014": "-",
            "\u2015": "-",
            "\u2212": "-",
            "\u00a0": " ",
            "\u2007": " ",
            "\u2009": " ",
            "\u202f": " ",
            "\uff1a": ":",
        }.items()
    }
)
# The characters of FOLD: replacing the few found is much faster than translating every character.
_FOLDED = re.compile("[" + "".join(re.escape(chr(k)) for k in FOLD) + "]")


def fold(text: str) -> str:
    """``text`` with quotes, apostrophes, dashes and odd spaces folded to ASCII (same length)."""
    if _FOLDED.search(text) is None:
        return text
    return _FOLDED.sub(lambda m: FOLD[ord(m.group())], text)


# A text's accented words are mostly the language's common ones. 16,384 words hold about 6 MB;
# 65,536 held 25 MB once a junk page (10 MB of random Unicode) had filled them with its words.
@functools.lru_cache(maxsize=1 << 14)
def fold_word(word: str) -> str:
    """Case- and accent-fold one word (``PERCHÉ`` -> ``perche``)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def lowercase(text: str) -> str:
    """``text`` lower-cased character by character (same length, so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
