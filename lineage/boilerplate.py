"""Recognise boilerplate sentences: copyright lines, credits, bylines, footers, blurbs.

Boilerplate is kept out of alignment and out of reuse figures. The markers
below cover Italian, English, French, Spanish and German news sites; all are
used for every document.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .text import AnalysedText

# A sentence matching one of these is boilerplate wherever it stands.
# The leading lookahead lets the scan skip, at C speed, every position where no marker can
# start (a marker starts with "©", "(" or, at the start of a word, one of these letters).
_ANYWHERE = re.compile(
    r"(?:(?=[©(])|(?<!\w)(?=[acfilprst]))(?:"
    r"©|\(c\)\s*\d{4}|riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati|all\s+rights\s+reserved"
    r"|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos\s+reservados|alle\s+rechte\s+vorbehalten"
    r"|creative\s+commons|fonte\s+foto|\bfoto\s*:|\(foto\b|photo\s*(?:by\b|credit|:)|\bcredits?\s*:"
    r"|iscriviti\s+alla\s+newsletter|sign\s+up\s+for\s+(?:our|the)\s+newsletter|subscribe\s+to\s+our"
    r"|leggi\s+anche|read\s+more|continua\s+a\s+leggere|seguici\s+su|follow\s+us\s+on"
    r"|cookie\s+policy|informativa\s+(?:sui\s+cookie|privacy)|privacy\s+policy|\bp\.\s*iva\b|partita\s+iva)",
    re.IGNORECASE,
)
# These start a footer: the sentence and everything after it is boilerplate.
_FOOTER_START = re.compile(
    r"^(?:fonte\s+foto|foto\s*:|photo\s*:|©|riproduzione\s+riservata|\(riproduzione\s+riservata\)"
    r"|all\s+rights\s+reserved|copyright\b)",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+", re.IGNORECASE)


def _looks_like_byline(sentence: str) -> bool:
    """A short line of capitalised words with no final punctuation (a signature)."""
    words = sentence.split()
    if not 1 < len(words) <= 4 or sentence[-1] in ".!?:;":
        return False
    return all(w[0].isupper() for w in words if w.isalpha())


def _sentences_hit(pattern: re.Pattern[str], analysed: AnalysedText, starts: list[int]) -> set[int]:
    """Indices of the sentences containing a match of ``pattern`` (one scan of the text)."""
    hit: set[int] = set()
    for m in pattern.finditer(analysed.text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= analysed.sentences[k].span[1]:
            hit.add(k)
    return hit


def boilerplate_flags(analysed: AnalysedText) -> tuple[bool, ...]:
    """One flag per sentence: True when the sentence is boilerplate.

    A sentence is boilerplate when it carries a copyright, credit, newsletter or
    contact marker, or stands in the footer: from the first footer marker in the
    last third of the text to the end, plus a byline just before it.
    """
    n = len(analysed.sentences)
    flags = [False] * n
    if n == 0:
        return ()
    starts = [s.span[0] for s in analysed.sentences]
    footer_from = n
    for i in range(n - 1, -1, -1):
        if i < n * 2 // 3 and i < n - 3:
            break
        if _FOOTER_START.search(analysed.sentence_text(i)):
            footer_from = i
    for i in range(footer_from, n):
        flags[i] = True
    if footer_from < n:
        k = footer_from - 1
        if k >= 0 and _looks_like_byline(analysed.sentence_text(k)):
            flags[k] = True
    for i in _sentences_hit(_ANYWHERE, analysed, starts):
        flags[i] = True
    text = analysed.text
    has_contact = "@" in text or "http" in text or "www." in text or "WWW." in text or "HTTP" in text
    for i in _sentences_hit(_CONTACT, analysed, starts) if has_contact else ():
        if len(analysed.sentence_text(i).split()) < 25:
            flags[i] = True
    for i in range(max(footer_from - 1, 0), n):
        if _looks_like_byline(analysed.sentence_text(i)):
            flags[i] = True
    return tuple(flags)
