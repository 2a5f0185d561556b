"""Text made safe for each output: XML/SVG, Graphviz labels, terminals.

Article-derived strings (ids, outlets, titles, texts) are never trusted:
characters not allowed in XML are replaced one for one (so spans still apply),
DOT labels are escaped, terminal output loses control characters and bidi
overrides.
"""

from __future__ import annotations

import html
import re
import unicodedata

import graphviz

from ..models import Span

# Characters that are not allowed in XML 1.0 (and so not in SVG or Graphviz HTML labels),
# plus C1 controls and lone surrogates: replaced one for one, so offsets keep their meaning.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# Also unwanted on a terminal: the remaining white space controls and bidi overrides.
_TERMINAL_UNSAFE = re.compile("[\t\n\r\u202a-\u202e\u2066-\u2069]")


_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Replace characters unsafe in XML, SVG or a terminal by U+FFFD, one for one.

    The result has the same length as ``text``, so spans still apply.
    """
    return _UNSAFE.sub("\ufffd", text)


def one_line(text: str) -> str:
    """``text`` cleaned, white space runs collapsed to one space, stripped."""
    return _SPACES.sub(" ", _TERMINAL_UNSAFE.sub(" ", clean_text(text))).strip()


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def slice_text(text: str, span: Span) -> str:
    """``text[start:end]`` with the span clamped to the text."""
    start = max(0, min(span[0], len(text)))
    end = max(start, min(span[1], len(text)))
    return text[start:end]


def dot_html(text: str) -> str:
    """Text escaped for an HTML-like Graphviz label (never empty: empty tags are DOT errors)."""
    # Graphviz's HTML-label lexer rejects some bare brackets (a lone "]"): use entities.
    return html.escape(text, quote=True).replace("[", "&#91;").replace("]", "&#93;") or " "


def dot_string(text: str) -> str:
    """A plain DOT attribute value (an escString) showing ``text`` literally."""
    # nohtml: a value that starts with "<" and ends with ">" must stay a quoted string.
    value: str = graphviz.nohtml(graphviz.escape(one_line(text)))
    return value


def pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide East Asian characters count twice)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return gets a leading ``'`` (OWASP's advice against CSV injection: the cell
    then reads as text); numbers and other text are returned as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
