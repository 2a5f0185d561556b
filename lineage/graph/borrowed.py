"""A likeness borrowed from a source: an article independent of a story is independent of its copies.

An independent report of an event (written apart, from its own reporting) is like the agency's
story of the same event, and so like every copy of that story. The derivation test
(:mod:`lineage.graph.pairs`, the rewrite test of :mod:`lineage.graph.rewrites`) judges the
report against the story and leaves it apart; against a copy that cut or edited some of the
story's sentences, the same likeness may cover less of either text, too little to be asked the
rewrite test, and the pair is linked. The link says nothing the story's verdict did not: the copy's
sentences that the report is like are the story's sentences.

So an edge ``A`` → ``B`` is not drawn when all of these hold:

* ``A`` and ``B`` are joined by rewritten sentences only (no link verbatim): by words, or by
  meaning (a report like a translation of the story, in the story's language);
* ``A`` has a parent ``S``, and at least half of the text of ``A`` the links reach lies in
  sentences ``S`` explains (material ``A`` took from ``S``, edited or not; an explanation may
  miss a sentence, a link may join two);
* ``S`` and ``B`` were aligned and are not linked: every parent of ``B`` has a parent of its own,
  so the grandparent stage (:mod:`lineage.graph.grandparents`) aligned ``B`` with ``S``, and no
  edge, by words or by meaning, joins them.

An edge whose direction is undetermined (a copy dated by the day only and a report published that
day) is read both ways: ``A`` is either end and ``B`` the other, which the grandparent stage aligned
with the parents of ``A`` whatever ``B``'s own parents.

A pure function of the candidate edges (:func:`borrowed_edges`), run before attribution by every
driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..models import Edge, Span

End = tuple[str, str, bool, int]
"""An aligned pair as :func:`borrowed_checks` reads it: source, target, direction determined,
verbatim links."""


def end_of(edge: Edge) -> End:
    """The :data:`End` of an edge."""
    c = edge.comparison
    return (edge.source, edge.target, edge.direction.determined, c.verbatim)


def borrowed_checks(ends: Iterable[End]) -> list[tuple[str, str, str]]:
    """The triples ``(A, B, S)`` to check (see the module), from the aligned pairs' ids alone
    (a batch engine runs it on its driver): ``A`` → ``B`` by rewritten links only (or ``A`` — ``B``,
    undetermined, either way); ``S`` a parent of ``A``; every parent of ``B`` has a parent (or the
    edge is undetermined); no pair joins ``S`` and ``B``."""
    rows = list(ends)
    linked = {frozenset((a, b)) for a, b, *_ in rows}
    parents: dict[str, list[tuple[str, int]]] = {}
    for source, target, determined, verbatim in rows:
        if determined and source != target:
            parents.setdefault(target, []).append((source, verbatim))
    checks = []
    for child, into in parents.items():
        if any(p not in parents for p, _ in into):
            continue  # an original among its parents: the child was not aligned with the parents' parents
        for parent, verbatim in into:
            if verbatim:
                continue
            checks += [(parent, child, s) for s, _ in parents[parent] if frozenset((s, child)) not in linked]
    for a, b, determined, verbatim in rows:
        if determined or verbatim or a == b:
            continue
        for copy, other in ((a, b), (b, a)):
            checks += [(copy, other, s) for s, _ in parents.get(copy, ()) if frozenset((s, other)) not in linked]
    return sorted(set(checks))


def borrowed(
    checks: Iterable[tuple[str, str, str]], edge: Mapping[tuple[str, str], Edge]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Of the ``checks`` (:func:`borrowed_checks`), the edges whose links reach mostly sentences
    of ``A`` that ``S`` explains, by their ends as stored (``A`` → ``B``, or ``B`` — ``A`` when
    undetermined), each with the first such ``S`` and ``A``; ``edge``: the edges of the checks
    (``A`` → ``B`` or ``B`` — ``A``, and ``S`` → ``A``) by their ends."""
    dropped: dict[tuple[str, str], tuple[str, str]] = {}
    for a, b, s in checks:
        key = (a, b) if (a, b) in edge else (b, a)
        if key in dropped:
            continue
        taken = [x.target_span for x in edge[s, a].explains]
        links = edge[key].comparison.links
        spans = [link.source_span if key[0] == a else link.target_span for link in links]
        reached = sum(end - start for start, end in spans)
        if reached and 2 * sum(_inside(span, taken) for span in spans) >= reached:
            dropped[key] = (s, a)
    return dropped


def borrowed_edges(edges: Iterable[Edge]) -> dict[tuple[str, str], tuple[str, str]]:
    """The candidate edges ``(source, target)`` whose likeness is borrowed from a source the
    other end was found independent of (see the module), each with that source and the end
    that carries its text."""
    everything = list(edges)
    by_ends = {(e.source, e.target): e for e in everything}
    return borrowed(borrowed_checks(map(end_of, everything)), by_ends)


def borrowed_evidence(source: str, target: str, origin: str, copy: str | None = None) -> str:
    """Why the edge ``source`` → ``target`` (or ``source`` — ``target``) is not drawn, its likeness
    borrowed from ``origin`` through ``copy`` (one of the two ends; ``source`` when None)."""
    copy = source if copy is None else copy
    other = target if copy == source else source
    return (
        f"{other} is like {copy} mostly where {copy} carries text of {origin}, "
        f"and {other} and {origin} were aligned: no derivation"
    )


def _inside(span: Span, spans: Sequence[Span]) -> int:
    """How many characters of ``span`` lie in ``spans`` (disjoint)."""
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in spans)
