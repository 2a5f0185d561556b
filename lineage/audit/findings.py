"""Syndication audit: check every reuse of wire copy against a policy.

For every edge of a lineage graph whose parent is a wire story of an agency
the policy defines, :func:`audit` makes one :class:`Finding` for the child:
how much it took and how (share, verbatim and rewritten passages), which
credits it carries, whether it is licensed, whether it respected the embargo,
which facts drifted, and the violations among:

* ``uncredited``: the terms require credit and the child has no *text*
  credit for the agency (dateline, ``Fonte:``, ``(con …)``, ``/ …``, byline);
  a photo credit does not count.
* ``unlicensed``: the agency has a licensee list and the child's outlet (or
  URL domain) is not on it.
* ``verbatim_not_allowed``: the terms allow rewrites only and a sentence (or a
  whole passage) is copied verbatim.
* ``over_share``: the share of the child taken from the parent exceeds ``max_share``.
* ``embargo``: the child was published before the parent's time plus ``embargo_minutes``.
* ``drift``: a number, date, name or quotation changed between parent and child.

A parent is a wire story of an agency when its ``outlet`` names the agency
(``Adnkronos``, ``adnkronos.com``) or its text opens with the agency's
dateline (:func:`lineage.text.credits.wire_agency`); the dateline wins when both
name a policy agency. A child whose own outlet is the same agency (the
agency reusing its own copy) is not audited. When an edge's direction is
undetermined and only its ``target`` is a wire story, the edge is read the
other way round (the wire story is the parent).

``licensed`` is None when the policy has no licensee list for the agency
(the policy does not say who may reuse it); ``embargo_respected`` is None
unless both documents have a publication *time* (a bare date is not enough)
and both times carry a UTC offset or neither does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from ..models import DirectionMethod, Document, Drift, Edge, LineageGraph
from ..text.credits import Credit, agency_named, find_credits, wire_agency
from .policy import AgencyRules, Policy, Terms

Violation = Literal["uncredited", "unlicensed", "verbatim_not_allowed", "over_share", "embargo", "drift"]
VIOLATIONS: tuple[Violation, ...] = (
    "uncredited",
    "unlicensed",
    "verbatim_not_allowed",
    "over_share",
    "embargo",
    "drift",
)

_TIMED = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One child document's reuse of one agency wire story, checked against the policy.

    ``verbatim`` and ``rewritten`` count sentence-level links (see
    :class:`~lineage.models.Comparison`). ``credits`` are every credit found in the child (any agency, text or
    photo); ``credited`` is True when one of them credits ``agency`` for the
    text. ``terms`` are the terms applied (the licensee's, else the agency's).
    ``delay_minutes`` is the child's publication time minus the parent's, when
    both are known. ``recognised_by`` says how the parent was recognised as a
    wire story; ``direction`` is the edge's direction method.
    """

    document: str
    parent: str
    agency: str
    share: float
    verbatim: int
    rewritten: int
    credits: tuple[Credit, ...]
    credited: bool
    licensed: bool | None
    licensee: str | None
    terms: Terms
    embargo_respected: bool | None
    delay_minutes: float | None
    drift: tuple[Drift, ...]
    violations: tuple[Violation, ...]
    recognised_by: Literal["outlet", "dateline"]
    direction: DirectionMethod


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The findings of an audit, sorted by (document, parent, agency), and the policy's origin."""

    findings: tuple[Finding, ...]
    policy: str = "<policy>"

    @property
    def violating(self) -> tuple[Finding, ...]:
        """The findings with at least one violation."""
        return tuple(f for f in self.findings if f.violations)

    def counts(self) -> dict[Violation, int]:
        """How many findings have each violation (every code present, in canonical order)."""
        counter = Counter(v for f in self.findings for v in f.violations)
        return {code: counter[code] for code in VIOLATIONS}


def audit(graph: LineageGraph, policy: Policy) -> AuditReport:
    """Check every reuse of a policy agency's wire story in ``graph`` against ``policy``.

    Args:
        graph: documents and derivation edges (``edge.source`` is the parent).
        policy: the agencies to audit, their licensees and terms.

    Returns:
        One finding per edge whose parent is a wire story of a policy agency,
        sorted by (document, parent, agency).

    Raises:
        KeyError: an edge names a document that is not in the graph.
    """
    documents = {doc.id: doc for doc in graph.documents}
    findings: list[Finding] = []
    for edge in graph.edges:
        finding = _audit_edge(edge, documents, policy)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: (f.document, f.parent, f.agency))
    return AuditReport(tuple(findings), policy.source)


def findings_to_json(report: AuditReport) -> dict[str, Any]:
    """The report as JSON-ready data: ``{"findings": [...], "summary": {...}}``.

    Each finding has ``document``, ``parent``, ``agency``, ``share`` (0.0-1.0),
    ``credited``, ``licensed`` (true, false or null) and ``violations``, then
    the details: passage counts, licensee, terms, embargo, credits and drift.
    """
    return {
        "findings": [_finding_json(f) for f in report.findings],
        "summary": {
            "policy": report.policy,
            "findings": len(report.findings),
            "violating": len(report.violating),
            "violations": dict(report.counts()),
        },
    }


def _finding_json(f: Finding) -> dict[str, Any]:
    return {
        "document": f.document,
        "parent": f.parent,
        "agency": f.agency,
        "share": round(f.share, 4),
        "credited": f.credited,
        "licensed": f.licensed,
        "violations": list(f.violations),
        "licensee": f.licensee,
        "verbatim": f.verbatim,
        "rewritten": f.rewritten,
        "embargo_respected": f.embargo_respected,
        "delay_minutes": None if f.delay_minutes is None else round(f.delay_minutes, 2),
        "recognised_by": f.recognised_by,
        "direction": f.direction,
        "terms": {
            "credit_required": f.terms.credit_required,
            "verbatim_allowed": f.terms.verbatim_allowed,
            "max_share": f.terms.max_share,
            "embargo_minutes": f.terms.embargo_minutes,
        },
        "credits": [
            {
                "agency": c.agency,
                "kind": c.kind,
                "span": list(c.span),
                "text": c.text,
                "covers_text": c.covers_text,
            }
            for c in f.credits
        ],
        "drift": [
            {
                "kind": d.kind,
                "from": d.source,
                "to": d.target,
                "source_span": list(d.source_span),
                "target_span": list(d.target_span),
            }
            for d in f.drift
        ],
    }


def _wire_rules(doc: Document, policy: Policy) -> tuple[AgencyRules, Literal["outlet", "dateline"]] | None:
    """The policy agency whose wire story ``doc`` is, and how that was recognised."""
    marker = wire_agency(doc.text, policy.recognised)
    rules = policy.rules_for(marker) if marker is not None else None
    if rules is not None:
        return rules, "dateline"
    if doc.outlet:
        agency = agency_named(doc.outlet, policy.agencies)
        if agency is not None:
            found = policy.rules_for(agency.name)
            if found is not None:
                return found, "outlet"
    return None


def _audit_edge(edge: Edge, documents: dict[str, Document], policy: Policy) -> Finding | None:
    parent, child = documents[edge.source], documents[edge.target]
    share, drift = edge.comparison.target_share, edge.comparison.drift
    wire = _wire_rules(parent, policy)
    if wire is None and not edge.direction.determined:
        wire = _wire_rules(child, policy)
        if wire is not None:
            parent, child = child, parent
            share = edge.comparison.source_share
            drift = tuple(Drift(d.kind, d.target, d.source, d.target_span, d.source_span) for d in drift)
    if wire is None:
        return None
    rules, recognised_by = wire
    agency = rules.agency.name
    if child.outlet and agency_named(child.outlet, (rules.agency,)) is not None:
        return None  # the agency's own copy
    credits = find_credits(child.text, policy.recognised)
    credited = any(c.agency == agency and c.covers_text for c in credits)
    licensee = rules.licensee_for(child.outlet, child.url)
    licensed = None if rules.licensees is None else licensee is not None
    terms = licensee.terms if licensee is not None else rules.terms
    delay = _delay_minutes(parent.published, child.published)
    embargo_respected = None if delay is None else delay >= terms.embargo_minutes
    verbatim, rewritten = edge.comparison.verbatim, edge.comparison.rewritten
    checks: dict[Violation, bool] = {
        "uncredited": terms.credit_required and not credited,
        "unlicensed": licensed is False,
        "verbatim_not_allowed": not terms.verbatim_allowed and _has_verbatim(edge),
        "over_share": share > terms.max_share,
        "embargo": embargo_respected is False,
        "drift": bool(drift),
    }
    return Finding(
        document=child.id,
        parent=parent.id,
        agency=agency,
        share=share,
        verbatim=verbatim,
        rewritten=rewritten,
        credits=credits,
        credited=credited,
        licensed=licensed,
        licensee=None if licensee is None else licensee.name,
        terms=terms,
        embargo_respected=embargo_respected,
        delay_minutes=delay,
        drift=drift,
        violations=tuple(code for code in VIOLATIONS if checks[code]),
        recognised_by=recognised_by,
        direction=edge.direction.method,
    )


def _has_verbatim(edge: Edge) -> bool:
    """True when any sentence link, or any passage as a whole, is a verbatim copy."""
    return edge.comparison.verbatim > 0 or any(p.label == "verbatim" for p in edge.passages)


def _published_time(value: str | None) -> datetime | None:
    """A publication time with hours and minutes, or None (missing, date only, unreadable)."""
    if value is None or _TIMED.match(value) is None:
        return None
    text = value.strip()
    if text[-1:] in "zZ":
        text = f"{text[:-1]}+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _delay_minutes(parent: str | None, child: str | None) -> float | None:
    """Minutes from the parent's publication to the child's, when both times are comparable."""
    start, end = _published_time(parent), _published_time(child)
    if start is None or end is None or (start.tzinfo is None) != (end.tzinfo is None):
        return None
    return (end - start) / timedelta(minutes=1)
