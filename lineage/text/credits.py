"""Agency credits in article text: datelines, source lines, bylines, photo credits.

A *credit* names a wire agency as the origin of the text (``ROMA, 21 mag.
(askanews) –``, ``Fonte: Adnkronos``, ``(con askanews)``, ``/ askanews``,
``Source: Reuters``, ``(fonte ANSA)``, ``Additional reporting by Reuters``,
``Con información de EFE`` or ``Mit Material von dpa`` on a line of its own, an
``(ANSA)`` closing the text, a
``di Redazione ANSA`` byline line, an attribution in the body: ``come riferisce
l'agenzia ANSA``, ``Reuters reported``, ``selon l'AFP``) or
only of an image (``Fonte foto in evidenza: Adnkronos``, ``Foto: ANSA``,
``Photo: Reuters``, ``(Foto ANSA)``, ``Credit: AP``). Photo credits have
``covers_text=False``: they do not credit the reuse of the words.

Agencies are :class:`Agency` records: a display name and regular expressions
matching the agency's name as written in credits. :data:`KNOWN_AGENCIES` is the
default list; every function takes the list as a parameter so a policy can add
or redefine agencies. Matching ignores case and treats curly and straight
quotes, apostrophes and the dashes ``- – —`` alike; spans are ``(start, end)``
offsets into the original text, which is never modified.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from ..errors import PolicyError
from ..models import Span
from .fold import fold

CreditKind = Literal["dateline", "source", "with", "byline", "reported", "photo"]


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot name an agency in credits, or None when it can."""
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        return f"is not a valid regular expression ({e}); escape special characters such as ( ) . + ? with a backslash"
    if compiled.fullmatch("") is not None:
        return "matches empty text; make it match the agency's name only, e.g. 'adn\\s*kronos'"
    if compiled.groupindex:
        return "uses a named group (?P<...>); use a plain group (?:...) instead"
    return None


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency: its display name and the regexes matching its name in credits.

    ``patterns`` are case-insensitive regular expressions, searched with word
    boundaries around them (``ansa`` does not match inside ``stanza``); they
    should match the name only (``adn\\s*kronos``), not a whole credit line.
    """

    name: str
    patterns: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise PolicyError("an agency needs a non-empty name: give it the name used in credits")
        if not self.patterns:
            raise PolicyError(
                f"agency {self.name!r} has no patterns: give at least one regular expression "
                f"matching its name, e.g. {re.escape(self.name)!r}"
            )
        for pattern in self.patterns:
            problem = pattern_problem(pattern)
            if problem is not None:
                raise PolicyError(f"agency {self.name!r}: pattern {pattern!r} {problem}")


@dataclass(frozen=True, slots=True)
class Credit:
    """One credit of an agency found in a text.

    ``span`` covers the whole credit expression (``Fonte foto in evidenza:
    Adnkronos``), ``text`` is ``original_text[span[0]:span[1]]``; ``covers_text``
    is False for photo credits, which credit the image and not the words.
    """

    agency: str
    kind: CreditKind
    span: Span
    covers_text: bool
    text: str = ""


KNOWN_AGENCIES: tuple[Agency, ...] = (
    Agency("Adnkronos", (r"adn\s*kronos",)),
    Agency("ANSA", (r"ansa(?:med)?",)),
    Agency("askanews", (r"ask\s*a?\s*news",)),
    Agency("AGI", (r"agi", r"agenzia\s+italia")),
    Agency("LaPresse", (r"la\s*presse",)),
    Agency("Agenzia Nova", (r"agenzia\s+nova", r"nova\s+news")),
    Agency("Dire", (r"(?:agenzia\s+)?dire",)),
    Agency("Italpress", (r"italpress",)),
    Agency("Reuters", (r"(?:thomson\s+)?reuters",)),
    Agency("AP", (r"ap", r"(?:the\s+)?associated\s+press")),
    Agency("AFP", (r"afp", r"agence\s+france[\s-]*presse")),
    Agency("Bloomberg", (r"bloomberg(?:\s+news)?",)),
    Agency("dpa", (r"dpa", r"deutsche\s+presse[\s-]*agentur")),
    Agency("EFE", (r"(?:agencia\s+)?efe",)),
    Agency("Europa Press", (r"europa\s+press",)),
    Agency("Lusa", (r"lusa",)),
    Agency("Agência Brasil", (r"ag[eê]ncia\s+brasil",)),
    Agency("Belga", (r"belga",)),
    Agency("APA", (r"apa", r"austria\s+presse[\s-]*agentur")),
    Agency("Keystone-SDA", (r"keystone[\s-]*(?:sda|ats)",)),
    Agency("PAP", (r"pap(?![\s-]*(?:smears?|tests?)\b)", r"polska\s+agencja\s+prasowa")),  # not the Pap test
    Agency("ČTK", (r"[čc]tk",)),
    Agency("Ritzau", (r"ritzau",)),
    Agency("NTB", (r"ntb",)),
    Agency("STT", (r"stt",)),
    Agency("TASS", (r"(?:itar[\s-]*)?tass",)),
    Agency("RIA Novosti", (r"ria\s+novosti",)),
    Agency("Anadolu", (r"anadolu(?:\s+agency)?",)),
    Agency("Xinhua", (r"xinhua",)),
    Agency("Kyodo", (r"kyodo(?:\s+news)?",)),
    Agency("UPI", (r"upi", r"united\s+press\s+international")),
    # not the Italian public administration ("la PA", "delle PA")
    Agency("PA Media", (r"(?<!la )(?<!le )pa(?:\s+media)?", r"(?:the\s+)?press\s+association")),
)

_FLAGS = re.IGNORECASE | re.MULTILINE

# Lines longer than this are body text: a wire dateline must come before the first one.
_BODY_LINE = 160
# A dateline opening a text must start within this many characters.
_OPENING = 1000

# Priority when two forms claim the same agency mention (lower wins).
_PRIORITY: MappingProxyType[str, int] = MappingProxyType(
    {"photo": 0, "dateline": 1, "byline": 2, "with": 3, "source": 4, "reported": 5}
)


def find_credits(text: str, agencies: Sequence[Agency] = KNOWN_AGENCIES) -> tuple[Credit, ...]:
    """Every agency credit in ``text``, sorted by position.

    Args:
        text: the article's original text.
        agencies: the agencies to recognise (default :data:`KNOWN_AGENCIES`).

    Returns:
        The credits, one per agency mention, in text order. A mention matched
        by several forms keeps the most specific: photo, dateline, byline,
        ``with``, source.
    """
    if not agencies:
        return ()
    folded = fold(text)
    best: dict[Span, tuple[int, int, Credit]] = {}
    for kind, (start, end), name_span, agency in _matches(folded, _patterns(tuple(agencies))):
        credit = Credit(agency, kind, (start, end), kind != "photo", text[start:end])
        rank = (_PRIORITY[kind], start)
        current = best.get(name_span)
        if current is None or rank < current[:2]:
            best[name_span] = (*rank, credit)
    credits = {entry[2] for entry in best.values()}
    return tuple(sorted(credits, key=lambda c: (c.span, c.agency, _PRIORITY[c.kind])))


def wire_agency(text: str, agencies: Sequence[Agency] = KNOWN_AGENCIES) -> str | None:
    """The agency whose dateline opens ``text`` (the wire marker), or None.

    The dateline must start a line among the text's opening lines: short
    header lines (title, subtitle, date) may precede it, but not a body
    paragraph, and it must start within the first 1000 characters.
    ``ROMA, 21 mag. (askanews) –`` and ``(Adnkronos) -`` are wire markers.
    """
    if not agencies:
        return None
    # Only lines starting in the opening are read: the text up to the line break ending the
    # last of them is folded, not all of it.
    cut = text.find("\n", _OPENING)
    folded = fold(text if cut == -1 else text[:cut])
    dateline = _patterns(tuple(agencies)).dateline
    pos = 0
    while pos < min(len(folded), _OPENING):
        newline = folded.find("\n", pos)
        end = len(folded) if newline == -1 else newline
        line = folded[pos:end]
        if line.strip():
            m = dateline.match(folded, pos, end)
            if m is not None and _is_dateline(m, folded):
                return _agency_at(m, agencies)[0]
            if len(line.strip()) >= _BODY_LINE:
                return None
        pos = end + 1
    return None


# The words for "news agency" written before an agency's name ("l'agenzia ANSA", "Agência Lusa").
_AGENCY_WORDS = (
    r"agenzia[ \t]+di[ \t]+stampa|agenzia|news[ \t]+agency|agency|agence|agencia|ag[eê]ncia|nachrichtenagentur"
)
_AGENCY_WORD = re.compile(rf"^(?:{_AGENCY_WORDS})[ \t]+")  # before the name, in an outlet's name


def agency_named(name: str, agencies: Sequence[Agency] = KNOWN_AGENCIES) -> Agency | None:
    """The agency that ``name`` (an outlet name, a domain, a policy key) denotes, or None.

    ``name`` matches when it equals an agency's name (ignoring case, spaces and
    underscores) or one of its patterns matches it whole; a domain such as
    ``www.adnkronos.com`` is reduced to ``adnkronos`` first, a name such as ``Agência Lusa``
    or ``Agenzia ANSA`` to the agency's.
    """
    candidates = {_squash(name)}
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", fold(name).strip().lower())
    bare = re.sub(r"\.[a-z]{2,}(?:\.[a-z]{2})?/?$", "", bare)
    candidates.add(_squash(bare))
    candidates.add(_squash(_AGENCY_WORD.sub("", bare)))  # "Agência Lusa", "Agenzia ANSA"
    candidates.discard("")
    for agency in agencies:
        if _squash(agency.name) in candidates:
            return agency
    for agency in agencies:
        for pattern in agency.patterns:
            regex = re.compile(pattern, re.IGNORECASE)
            if any(regex.fullmatch(c) for c in candidates | {fold(name).strip(), bare}):
                return agency
    return None


def _squash(name: str) -> str:
    return re.sub(r"[\s_]+", " ", fold(name)).strip().casefold()


@functools.lru_cache(maxsize=32)
def _patterns(agencies: tuple[Agency, ...]) -> _Patterns:
    """The credit forms of ``agencies``, built once for each list in use (every article of a
    trace or query asks for the same list's)."""
    return _Patterns(agencies)


class _Patterns:
    """The credit forms compiled for one list of agencies."""

    def __init__(self, agencies: Sequence[Agency]) -> None:
        alternation = "|".join(
            f"(?P<a{i}>{'|'.join(f'(?:{p})' for p in agency.patterns)})" for i, agency in enumerate(agencies)
        )
        bare = rf"(?<!\w)(?:{alternation})(?!\w)"
        # Every credit form names an agency: a text naming none has no credit, and most texts are
        # read by this one scan instead of every form's.
        self.mention = re.compile(bare, re.IGNORECASE)
        # A name in a source/with credit may be quoted or preceded by an article.
        article = r"l'|la[ \t]+|il[ \t]+|the[ \t]+"
        name = rf"""(?:(?:{article}|agenzia[ \t]+)?"?){bare}"?"""
        # The agency as the teller of the story, not as a party to it ("told Reuters",
        # "in un'intervista all'ANSA", "intervistato dall'Adnkronos" are not credits).
        agency = (
            rf"(?:(?:{article}|die[ \t]+|da[ \t]+|dall'[ \t]*|dalla[ \t]+|dal[ \t]+)?"
            rf"(?:(?:{_AGENCY_WORDS})[ \t]+)?){bare}"
        )
        reporting = (
            rf"(?:come|secondo[ \t]+quanto)[ \t]+(?:{_alternatives(_AFTER_COME)})|{_alternatives(_BEFORE_AGENCY)}"
        )
        reported = _alternatives(_AFTER_AGENCY)
        # "(con askanews)", "(Con información de EFE)", "Mit Material von dpa", "With material from AP"
        with_words = (
            r"con|with|w/|avec|mit|(?:with[ \t]+|additional[ \t]+)?reporting[ \t]+(?:by|from)|con[ \t]+fonte|"
            r"insieme[ \t]+a|con[ \t]+informaci[oó]n[ \t]+de|with[ \t]+material[ \t]+from|"
            r"mit[ \t]+material[ \t]+(?:von|der|des)|avec[ \t]+(?:des[ \t]+)?informations[ \t]+de|"
            r"com|com[ \t]+informa[cç][oõ]es[ \t]+d[ao]"
        )
        photo_word = (
            r"fonte[ \t]+(?:della[ \t]+|dell'[ \t]*)?(?:foto|immagine|immagini)(?:[ \t]+\w+){0,3}"
            r"|photo[ \t]+credits?|image[ \t]+credits?|credit[ \t]+foto"
            r"|foto|fotografia|photo|photos|image|immagine|immagini|credits?|ph"
        )
        try:
            self.agencies = tuple(agencies)
            self.forms: tuple[tuple[CreditKind, re.Pattern[str]], ...] = (
                (
                    "photo",
                    re.compile(
                        rf"(?<!\w)(?:{photo_word})(?!\w)[^\n:]{{0,40}}:[ \t]*(?:\(c\)|©)?[ \t]*"
                        rf"(?:[^\n:]{{0,40}}?[ \t/,])?{name}",
                        _FLAGS,
                    ),
                ),
                ("photo", re.compile(rf"(?<!\w)(?:foto|photo|ph)[ \t]*:?[ \t]*{name}", _FLAGS)),
                (
                    "byline",
                    re.compile(
                        r"^[ \t]*(?:(?:di|by|da|written[ \t]+by|a[ \t]+cura[ \t]+(?:di|della|dell'))[ \t]+)?"
                        r"(?:(?:la[ \t]+)?redazione[ \t]+(?:di[ \t]+|dell'[ \t]*)?)?(?:the[ \t]+)?"
                        rf"{bare}(?:[ \t]+staff)?(?=[ \t]*$)",
                        _FLAGS,
                    ),
                ),
                (  # a journalist of the agency, on a line of its own: "By Tom Aldridge, PA"
                    "byline",
                    re.compile(
                        r"^[ \t]*(?:by|di|da|von|par|por)[ \t]+[^\W\d_][^\n,()]{1,50},[ \t]*(?:the[ \t]+)?"
                        rf"{bare}(?=[ \t]*$)",
                        _FLAGS,
                    ),
                ),
                (
                    "with",
                    re.compile(
                        rf"\([ \t]*(?:{with_words})[ \t]*:?[ \t]*{name}",
                        _FLAGS,
                    ),
                ),
                (  # the same on a line of its own, without parentheses: "Con información de EFE",
                    # or after a byline and a comma: "Redação, com Lusa", "By Anna Rossi, with AP"
                    "with",
                    re.compile(
                        rf"^(?:[^\n,]{{1,40}},)?[ \t]*(?:{with_words})[ \t]*:?[ \t]*{name}(?=[^\n]{{0,40}}$)", _FLAGS
                    ),
                ),
                (
                    "source",
                    re.compile(rf"(?<!\w)(?:fonte|fonti|source|sources|fuente|quelle)[ \t]*:?[ \t]*{name}", _FLAGS),
                ),
                (  # "Additional reporting by Reuters", "Reporting from AP and AFP"
                    "with",
                    re.compile(rf"(?<![\w(])(?:additional[ \t]+)?reporting[ \t]+(?:by|from)[ \t]+{name}", _FLAGS),
                ),
                (
                    "source",
                    re.compile(rf"(?<![/:])/[ \t]*{bare}(?=[ \t]*(?:$|[)\],;]|\.(?!\w)))", _FLAGS),
                ),
                (  # "(ANSA)" closing the text's last paragraph, after its last sentence
                    "source",
                    re.compile(rf"""(?<=[.!?"'])[ \t]*\([ \t]*{bare}[ \t]*\)(?=[ \t]*\Z)""", re.IGNORECASE),
                ),
                (  # in the body: "come riferisce l'agenzia ANSA", "as reported by AP", "selon l'AFP"
                    "reported",
                    re.compile(rf"(?<!\w)(?:{reporting})[ \t]+{agency}", _FLAGS),
                ),
            )
            # "Reuters reported": the verb is searched (a literal scan), then the agency just before it.
            self.reported_verb = re.compile(rf"(?<!\w)(?:{reported})(?!\w)", _FLAGS)
            self.reported_by = re.compile(rf"{agency}(?:[ \t]+(?:news[ \t]+)?agency)?[ \t]+\Z", _FLAGS)
            self.dateline = re.compile(
                rf"^[ \t]*[^\n()\"?!;]{{0,60}}?\([ \t]*{bare}[ \t]*\)(?P<sep>[ \t]*\.?[ \t]*[-:]+)?", _FLAGS
            )
            # More agencies after a source/with credit: "Fonte: ANSA, Reuters e AFP".
            self.more = re.compile(rf"[ \t]*(?:,|/|&|\be\b|\band\b|\by\b|\bund\b)[ \t]*{name}", _FLAGS)
        except re.error as e:
            raise PolicyError(
                f"the agencies' patterns cannot be combined ({e}); use plain groups (?:...) "
                "and no inline flags such as (?i) in agency patterns"
            ) from e


def _agency_at(m: re.Match[str], agencies: Sequence[Agency]) -> tuple[str, Span]:
    for i, agency in enumerate(agencies):
        if m.start(f"a{i}") != -1:
            return agency.name, m.span(f"a{i}")
    raise AssertionError("a credit match names no agency")  # pragma: no cover


def _is_dateline(m: re.Match[str], folded: str) -> bool:
    """A ``(Agency)`` at a line start is a dateline when a dash follows, or nothing precedes or follows."""
    if m.group("sep"):
        return True
    line_start = folded.rfind("\n", 0, m.start()) + 1
    paren = folded.rfind("(", line_start, m.end())
    if not folded[line_start:paren].strip():
        return True
    newline = folded.find("\n", m.end())
    rest = folded[m.end() : len(folded) if newline == -1 else newline]
    return not rest.strip()


def _open(folded: str, start: int) -> int:
    """Move a credit's start back over an opening parenthesis right before it: ``(fonte ANSA)``."""
    before = folded[max(0, start - 8) : start].rstrip(" \t")
    if before.endswith("("):
        return start - (len(folded[max(0, start - 8) : start]) - len(before)) - 1
    return start


def _close(folded: str, start: int, end: int) -> int:
    """Extend a credit ending at ``end`` over the closing quote or parenthesis it opened."""
    inside = folded[start:end]
    if inside.count('"') % 2 == 1 and folded.startswith('"', end):
        end += 1
        inside += '"'
    if inside.count("(") > inside.count(")"):
        m = re.compile(r"[ \t]*\)").match(folded, end)
        if m is not None:
            end = m.end()
    return end


# The reporting verbs of attributions in the body, as phrases (words apart by spaces or tabs):
# after "come" or "secondo quanto" ("come riferisce l'ANSA"), right before the agency ("selon
# l'AFP") and right after it ("Reuters reported").
_AFTER_COME = (
    "riferisce",
    "riporta",
    "scrive",
    "rende noto",
    "apprende",
    "ha riferito",
    "ha riportato",
    "ha scritto",
    "ha appreso",
    "riferito",
    "riportato",
)
_BEFORE_AGENCY = (
    "riferisce",
    "riporta",
    "reported by",
    "as reported by",
    "according to",
    "selon",
    "d'apres",
    "d'après",
    "rapporte",
    "a rapporté",
    "indique",
    "a indiqué",
    "laut",
    "segun",
    "según",
    "segundo a",
    "segundo o",
    "noticiou a",
    "avançou a",
    "informa",
    "informo",
    "informó",
    "berichtet",
    "meldet",
    "berichtete",
    "meldete",
)
_AFTER_AGENCY = (
    "contributed to this report",
    "noticiou",
    "avançou",
    "informou",
    "contributed reporting",
    "reported",
    "reports",
    "berichtet",
    "meldet",
    "berichtete",
    "meldete",
    "informa",
    "informo",
    "informó",
    "rapporte",
)
# A text holds an attribution in the body only when it holds one of these (lower case), the
# longest word of each phrase, checked before the regular expressions: most texts attribute nothing.
_REPORTING_KEYS = tuple(
    sorted({max(phrase.split(), key=len) for phrase in (*_AFTER_COME, *_BEFORE_AGENCY, *_AFTER_AGENCY)})
)


def _alternatives(phrases: Sequence[str]) -> str:
    """A regular expression alternation of ``phrases``, their words apart by spaces or tabs."""
    return "|".join(r"[ \t]+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)


def _matches(folded: str, patterns: _Patterns) -> Iterator[tuple[CreditKind, Span, Span, str]]:
    """(kind, credit span, agency-name span, agency) for every credit form match."""
    if patterns.mention.search(folded) is None:
        return
    for m in patterns.dateline.finditer(folded):
        if _is_dateline(m, folded):
            agency, name_span = _agency_at(m, patterns.agencies)
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield "dateline", (start, m.start() + len(m.group().rstrip())), name_span, agency
    lowered = folded.lower()
    reported = any(key in lowered for key in _REPORTING_KEYS)  # most texts attribute nothing
    for kind, regex in patterns.forms:
        if kind == "reported" and not reported:
            continue
        for m in regex.finditer(folded):
            agency, name_span = _agency_at(m, patterns.agencies)
            start = _open(folded, m.start() + len(m.group()) - len(m.group().lstrip()))
            end = m.end() if kind in ("byline", "reported") else _close(folded, start, name_span[1])
            yield kind, (start, end), name_span, agency
            if kind in ("source", "with"):
                pos = name_span[1]
                while (more := patterns.more.match(folded, pos)) is not None:
                    agency, name_span = _agency_at(more, patterns.agencies)
                    yield kind, (start, _close(folded, start, name_span[1])), name_span, agency
                    pos = name_span[1]
    for m in patterns.reported_verb.finditer(folded) if reported else ():
        by = patterns.reported_by.search(folded, max(0, m.start() - 80), m.start())
        if by is not None:
            agency, name_span = _agency_at(by, patterns.agencies)
            yield "reported", (by.start() + len(by.group()) - len(by.group().lstrip()), m.end()), name_span, agency
