"""Direction: which of two articles sharing text is the parent, and the evidence.

Evidence in order of strength, as a standards editor weighs it: publication
times; an agency dateline opening one text only; containment asymmetry (the copy
reuses most of the parent and adds material of its own). When nothing decides,
the direction is ``undetermined`` and the evidence says why.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..models import Comparison, Direction, DirectionMethod, Document
from ..text.credits import wire_agency

# An agency dateline near the start of a text: "(Adnkronos) -", "ROMA, 21 mag. (askanews) –",
# "MILANO (ANSA) -", "LONDON (Reuters) -". The parenthesised name is the agency.
_DATELINE = re.compile(r"^.{0,80}?\(([^\W\d_][\w .'&-]{1,40}?)\)\s*[-–—:]", re.DOTALL)


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


def decide_direction(
    a: Document,
    b: Document,
    comparison: Comparison,
    margin: float = 0.15,
    datelines: tuple[str | None, str | None] | None = None,
) -> tuple[str, str, Direction]:
    """Which of ``a`` and ``b`` is the parent, given ``comparison`` of ``a`` → ``b``.

    Evidence in order of strength: publication times; an agency dateline
    opening one text only; containment asymmetry (the copy reuses most of the
    parent and adds material of its own). Returns ``(parent, child, direction)``;
    when no evidence is decisive the ids are in id order and the method is
    ``undetermined``. ``datelines``: :func:`opening_dateline` of the two texts, when known.
    """
    evidence: list[str] = []
    decided: tuple[str, str, DirectionMethod] | None = None
    pa, pb = published_instant(a.published), published_instant(b.published)
    if pa and pb:
        (ta, time_a), (tb, time_b) = pa, pb
        # Instants compare when both have a time of day and both (or neither) a UTC offset;
        # otherwise only different days tell which came first.
        exact = time_a and time_b and (ta.tzinfo is None) == (tb.tzinfo is None)
        ka, kb = (ta, tb) if exact else (ta.date(), tb.date())
        if ka != kb:
            earlier, later = (a, b) if ka < kb else (b, a)
            evidence.append(f"{earlier.id} was published before {later.id} ({earlier.published} < {later.published})")
            decided = (earlier.id, later.id, "published")
        else:
            evidence.append(f"both published {a.published}: the dates do not tell which came first")
    da, db = datelines if datelines is not None else (opening_dateline(a.text), opening_dateline(b.text))
    if da and not db:
        evidence.append(f"{a.id} opens with the agency dateline ({da})")
        decided = decided or (a.id, b.id, "dateline")
    elif db and not da:
        evidence.append(f"{b.id} opens with the agency dateline ({db})")
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
        first, second = sorted((a.id, b.id))
        return first, second, Direction("undetermined", tuple(evidence))
    parent, child, method = decided
    return parent, child, Direction(method, tuple(evidence))
