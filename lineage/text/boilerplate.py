"""Recognise boilerplate sentences: copyright lines, credits, bylines, footers, blurbs.

Boilerplate is kept out of alignment and out of reuse figures. The markers
below cover Italian, English, French, Spanish and German news sites; all are
used for every document.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .analysis import AnalysedText
from .fold import lowercase

# A sentence matching one of these is boilerplate wherever it stands. The markers are
# searched in the lower-cased text, each only when its key occurs there; every pattern
# starts with a literal (fast to scan for) and a match starting with a letter must start
# a word.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern))
    for key, pattern in (
        ("©", r"©"),
        ("(c)", r"\(c\)\s*\d{4}"),
        ("riservat", r"riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati"),
        ("rights", r"all\s+rights\s+reserved"),
        ("droits", r"tous\s+droits\s+r[ée]serv[ée]s"),
        ("derechos", r"todos\s+los\s+derechos\s+reservados"),
        ("vorbehalten", r"alle\s+rechte\s+vorbehalten"),
        ("creative", r"creative\s+commons"),
        ("foto", r"fonte\s+foto|foto\s*:|\(foto\b"),
        ("photo", r"photo\s*(?:by\b|credit|:)"),
        ("credit", r"credits?\s*:"),
        ("newsletter", r"iscriviti\s+alla\s+newsletter|sign\s+up\s+for\s+(?:our|the)\s+newsletter"),
        ("subscribe", r"subscribe\s+to\s+our"),
        ("leggi", r"leggi\s+anche"),
        ("read", r"read\s+more"),
        ("continua", r"continua\s+a\s+leggere"),
        ("seguici", r"seguici\s+su"),
        ("follow", r"follow\s+us\s+on"),
        ("cookie", r"cookie\s+policy|informativa\s+sui\s+cookie"),
        ("privacy", r"informativa\s+privacy|privacy\s+policy"),
        ("iva", r"p\.\s*iva\b|partita\s+iva"),
    )
)
# These start a footer: the sentence and everything after it is boilerplate.
_FOOTER_START = re.compile(
    r"^(?:fonte\s+foto|foto\s*:|photo\s*:|©|riproduzione\s+riservata|\(riproduzione\s+riservata\)"
    r"|all\s+rights\s+reserved|copyright\b)",
    re.IGNORECASE,
)
# A footer holds at most this many characters, or this share of the text when that is more.
_FOOTER_CHARS = 1500
_FOOTER_SHARE = 0.1
# A footer holds short lines: two sentences of this many words are running text, not a footer.
_PROSE_WORDS = 25
# A marked sentence longer than this is text that mentions a credit, not a credit line.
_MARKED_WORDS = 60
# A sentence holding a contact (e-mail, URL) is boilerplate below this many words.
_CONTACT_WORDS = 25
# Contact markers, each starting with a literal (fast to scan for): e-mail, URL, www.
_CONTACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("@", re.compile(r"@[\w-]+\.[\w.]+")),
    ("http", re.compile(r"https?://\S+")),
    ("www.", re.compile(r"www\.\S+")),
)


def _looks_like_byline(sentence: str) -> bool:
    """A short line of capitalised words with no final punctuation (a signature)."""
    words = sentence.split()
    if not 1 < len(words) <= 4 or sentence[-1] in ".!?:;":
        return False
    return all(w[0].isupper() for w in words if w.isalpha())


# An opening byline: a line of its own among the text's first lines, a lead word ("di Mario
# Rossi", "By Helen Marsh", "Redazione Cronaca", "a cura di ...") and capitalised names.
_BYLINE = re.compile(
    r"(?i:(?:di|by|da|par|por|von|written\s+by|a\s+cura\s+(?:di|della|dell'))\s+|redazione\b\s*)"
    r"(?:(?:e|and|und|et|y|&|di|de|del|della|van|von|da)\s+|[A-ZÀ-Ý0-9][\w'’.-]*\s*)*",
)
_BYLINE_LINES = 4  # an opening byline stands among the first lines
_BYLINE_WORDS = 8


def _opening_byline(analysed: AnalysedText, i: int) -> bool:
    """Whether sentence ``i`` is an opening byline: a line of its own among the first
    :data:`_BYLINE_LINES` sentences, of a few words, a lead ("di", "By", "Redazione") and names."""
    if i >= _BYLINE_LINES or not 1 <= _words(analysed, i) <= _BYLINE_WORDS:
        return False
    start, end = analysed.sentences[i].span
    text = analysed.text
    if text[:start].strip(" \t") and not text[:start].rstrip(" \t").endswith("\n"):
        return False  # not at a line start
    if text[end:].strip(" \t") and not text[end:].lstrip(" \t").startswith("\n"):
        return False  # not at a line end
    sentence = text[start:end].strip()
    m = _BYLINE.match(sentence)
    return m is not None and m.end() == len(sentence) and sentence[-1] not in ".!?:;,"


def _sentences_hit(
    markers: tuple[tuple[str, re.Pattern[str]], ...], analysed: AnalysedText, lowered: str, starts: list[int]
) -> set[int]:
    """Indices of the sentences containing a match of one of ``markers`` whose key is in ``lowered``."""
    hit: set[int] = set()
    for key, pattern in markers:
        if key not in lowered:
            continue
        for m in pattern.finditer(lowered):
            before = lowered[m.start() - 1] if m.start() > 0 else " "
            if key == "@":
                if not (before.isalnum() or before in "_.+-"):
                    continue  # an e-mail address has a name before the @
            elif lowered[m.start()].isalnum() and (before.isalnum() or before == "_"):
                continue  # not the start of a word
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.end() <= analysed.sentences[k].span[1]:
                hit.add(k)
    return hit


def _words(analysed: AnalysedText, i: int) -> int:
    first, last = analysed.sentence_words[i]
    return last - first


def boilerplate_flags(analysed: AnalysedText) -> tuple[bool, ...]:
    """One flag per sentence: True when the sentence is boilerplate.

    A sentence is boilerplate when it carries a copyright, credit, newsletter or
    contact marker, or stands in the footer: from the first footer marker in the
    last third of the text to the end (a footer is short: at most ``_FOOTER_CHARS``
    characters or ``_FOOTER_SHARE`` of the text, and no two sentences of running text),
    plus a byline just before it; or it is an opening byline (``di Mario Rossi``,
    ``By Helen Marsh``, ``Redazione Cronaca`` on a line of its own among the first lines).
    """
    n = len(analysed.sentences)
    flags = [False] * n
    if n == 0:
        return ()
    starts = [s.span[0] for s in analysed.sentences]
    footer_from = n
    end = analysed.sentences[-1].span[1]
    longest = max(_FOOTER_CHARS, _FOOTER_SHARE * end)
    prose = 0  # sentences of running text seen in the tail
    for i in range(n - 1, -1, -1):
        prose += _words(analysed, i) >= _PROSE_WORDS
        if (i < n * 2 // 3 and i < n - 3) or end - starts[i] > longest or prose >= 2:
            break
        if _FOOTER_START.search(analysed.sentence_text(i)):
            footer_from = i
    for i in range(footer_from, n):
        flags[i] = True
    if footer_from < n:
        k = footer_from - 1
        if k >= 0 and _looks_like_byline(analysed.sentence_text(k)):
            flags[k] = True
    lowered = lowercase(analysed.text)
    for i in _sentences_hit(_MARKERS, analysed, lowered, starts):
        if _words(analysed, i) <= _MARKED_WORDS:
            flags[i] = True
    for i in _sentences_hit(_CONTACTS, analysed, lowered, starts):
        if _words(analysed, i) < _CONTACT_WORDS:
            flags[i] = True
    for i in range(max(footer_from - 1, 0), n):
        if _looks_like_byline(analysed.sentence_text(i)):
            flags[i] = True
    for i in range(min(n, _BYLINE_LINES)):
        if _opening_byline(analysed, i):
            flags[i] = True
    return tuple(flags)
