"""Direction: which of two articles sharing text is the parent, and the evidence.

Evidence in order of strength, as a standards editor weighs it: publication
times; the agency that published one article is credited by the other (a copy of
Adnkronos's own item keeps ``(Adnkronos) -`` or says ``Fonte: Adnkronos``); an
agency dateline, an agency journalist's byline (``By Tom Aldridge, PA``) or a
place-and-date line (``Treviso, 27 marzo 2025 -``) among the opening lines of one
text only; containment asymmetry (the copy reuses most of the parent and adds
material of its own). When nothing decides, the direction is ``undetermined`` and
the evidence says why. Direction is a function of the two articles and the pair's
shares only, so a store's incremental trace orients every pair as a one-shot trace does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..models import Comparison, Direction, DirectionMethod, Document
from ..text.credits import Credit, agency_named, find_credits, wire_agency

# An agency dateline near the start of a text: "(Adnkronos) -", "ROMA, 21 mag. (askanews) –",
# "MILANO (ANSA) -", "LONDON (Reuters) -". The parenthesised name is the agency.
_DATELINE = re.compile(r"^.{0,80}?\(([^\W\d_][\w .'&-]{1,40}?)\)\s*[-–—:]", re.DOTALL)
# A place-and-date line opening a wire item or press release: "Treviso, 27 marzo 2025 –",
# "LONDON, 3 June -" (a capitalised place, a day, a month word, maybe a year, a dash).
_PLACE_DATE = re.compile(
    r"^[ \t]*[^\W\d_][\w'. ]{1,40},[ \t]+\d{1,2}[ \t]+[^\W\d_]{3,10}\.?(?:[ \t]+\d{4})?[ \t]*[-–—]"
)
_BODY_LINE = 160  # a line this long is body text: an opening line comes before it
_OPENING = 1000  # an opening line starts within this many characters
PLACE_DATE = "place and date line"  # the dateline of a text opening with a place and a date
BYLINE = "byline: "  # before the agency's name, the dateline of a text opening with an agency byline


def opening_dateline(text: str) -> str | None:
    """The agency named by a dateline opening ``text``, if any.

    A known agency's dateline after the title lines (:func:`lineage.text.credits.wire_agency`),
    else any parenthesised name followed by a dash at the very start, the shape
    of every agency dateline (``(Agenzia Vista) -``).
    """
    known = wire_agency(text)
    if known is not None:
        return known
    m = _DATELINE.match(text.lstrip())
    return m.group(1).strip() if m else None


def published_instant(value: str | None) -> tuple[datetime, bool] | None:
    """The publication instant and whether it carries a time of day."""
    if value is None:
        return None
    try:
        if "T" in value or " " in value.strip():
            return datetime.fromisoformat(value), True
        d = date.fromisoformat(value)
        return datetime(d.year, d.month, d.day), False
    except ValueError:
        return None


def place_date_line(text: str) -> bool:
    """Whether one of the opening lines (before any body paragraph) starts with a place, a
    date and a dash, as a wire item or a press release does."""
    for line in text[:1000].split("\n"):
        if _PLACE_DATE.match(line) and line.lstrip()[:1].isupper():
            return True
        if len(line.strip()) >= _BODY_LINE:
            return False
    return False


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What direction and attribution know of an article besides its words.

    ``dateline``: the agency whose dateline opens the text, :data:`BYLINE` and the agency's name
    for an agency journalist's byline among the opening lines, or :data:`PLACE_DATE` for a
    place-and-date line; ``credits``: the agencies credited for the text (datelines,
    ``Fonte: X``, ``(con X)``, bylines; photo credits excluded); ``agency``: the agency the
    article's outlet is (an agency's own item), or None.
    """

    id: str
    published: str | None = None
    dateline: str | None = None
    credits: tuple[str, ...] = ()
    agency: str | None = None


def opening_byline(text: str, credits: Sequence[Credit]) -> str | None:
    """The agency whose journalist's byline is one of the opening lines of ``text`` (before any
    body paragraph: ``By Tom Aldridge, PA``), as :data:`BYLINE` and its name, or None.
    ``credits``: :func:`~lineage.text.credits.find_credits` of ``text``."""
    for credit in credits:
        if credit.kind == "byline":
            before = text[: credit.span[0]]
            if credit.span[0] < _OPENING and all(len(line.strip()) < _BODY_LINE for line in before.split("\n")):
                return BYLINE + credit.agency
    return None


def article_facts(doc: Document) -> ArticleFacts:
    """The facts of ``doc`` (pure: a function of its text, outlet and date)."""
    agency = agency_named(doc.outlet) if doc.outlet else None
    found = find_credits(doc.text)
    credited = tuple(sorted({c.agency for c in found if c.covers_text}))
    dateline = (
        opening_dateline(doc.text)
        or opening_byline(doc.text, found)
        or (PLACE_DATE if place_date_line(doc.text) else None)
    )
    return ArticleFacts(doc.id, doc.published, dateline, credited, agency.name if agency else None)


def earlier(a: str | None, b: str | None) -> bool | None:
    """True when date ``a`` is before ``b``, False when after, None when they do not tell.

    Instants compare when both have a time of day and both (or neither) a UTC offset;
    otherwise only different days do (a date-only article could be earlier or later that day).
    """
    pa, pb = published_instant(a), published_instant(b)
    if pa is None or pb is None:
        return None
    (ta, time_a), (tb, time_b) = pa, pb
    exact = time_a and time_b and (ta.tzinfo is None) == (tb.tzinfo is None)
    ka, kb = (ta, tb) if exact else (ta.date(), tb.date())
    if ka == kb:
        return None
    return bool(ka < kb)


def credits_publisher(credited: ArticleFacts, publisher: ArticleFacts) -> bool:
    """Whether ``credited`` credits the agency that published ``publisher`` (and is not that agency)."""
    agency = publisher.agency
    return agency is not None and credited.agency != agency and agency in credited.credits


def decide_direction(
    a: Document,
    b: Document,
    comparison: Comparison,
    margin: float = 0.15,
    facts: tuple[ArticleFacts, ArticleFacts] | None = None,
) -> tuple[str, str, Direction]:
    """Which of ``a`` and ``b`` is the parent, given ``comparison`` of ``a`` → ``b``.

    Evidence in order of strength (the first that decides wins; all is kept as
    evidence): publication times; the agency that published one is credited by the
    other; an agency dateline or place-and-date line opening one text only;
    containment asymmetry (the copy reuses most of the parent and adds material of
    its own, ``margin`` more of the parent's share than of the child's). Returns
    ``(parent, child, direction)``; when no evidence is decisive the ids are in id
    order and the method is ``undetermined``. ``facts``: :func:`article_facts` of the
    two, when known.
    """
    fa, fb = facts if facts is not None else (article_facts(a), article_facts(b))
    evidence: list[str] = []
    decided: tuple[str, str, DirectionMethod] | None = None
    first = earlier(a.published, b.published)
    if first is not None:
        p, c = (a, b) if first else (b, a)
        evidence.append(f"{p.id} was published before {c.id} ({p.published} < {c.published})")
        decided = (p.id, c.id, "published")
    elif a.published and b.published:
        evidence.append(f"both published {a.published}: the dates do not tell which came first")
    if credits_publisher(fb, fa) and not credits_publisher(fa, fb):
        evidence.append(f"{b.id} credits {fa.agency}, which published {a.id}")
        decided = decided or (a.id, b.id, "publisher")
    elif credits_publisher(fa, fb) and not credits_publisher(fb, fa):
        evidence.append(f"{a.id} credits {fb.agency}, which published {b.id}")
        decided = decided or (b.id, a.id, "publisher")
    if fa.dateline and not fb.dateline:
        evidence.append(_opens(a.id, fa.dateline))
        decided = decided or (a.id, b.id, "dateline")
    elif fb.dateline and not fa.dateline:
        evidence.append(_opens(b.id, fb.dateline))
        decided = decided or (b.id, a.id, "dateline")
    diff = comparison.source_share - comparison.target_share
    evidence.append(
        f"{comparison.source_share:.0%} of {a.id} is reused in {b.id}, "
        f"which is {comparison.target_share:.0%} reused text"
    )
    if diff >= margin:
        decided = decided or (a.id, b.id, "containment")
    elif -diff >= margin:
        decided = decided or (b.id, a.id, "containment")
    if decided is None:
        lo, hi = sorted((a.id, b.id))
        return lo, hi, Direction("undetermined", tuple(evidence))
    parent, child, method = decided
    return parent, child, Direction(method, tuple(evidence))


def _opens(doc_id: str, dateline: str) -> str:
    if dateline == PLACE_DATE:
        return f"{doc_id} opens with a place and date line, as a wire item or press release does"
    if dateline.startswith(BYLINE):
        return f"{doc_id} opens with the byline of a journalist of {dateline.removeprefix(BYLINE)}"
    return f"{doc_id} opens with the agency dateline ({dateline})"
