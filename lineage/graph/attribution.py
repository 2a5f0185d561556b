"""Attribution: which candidate source best explains each part of a copy.

Pairwise alignment links every two articles that share text, so the copies of one wire
story are all linked to each other. Attribution keeps a derivation A → B only when B
holds material from A that no better-placed candidate explains as well: two copies of
one wire become siblings, a copy of a copy points at the intermediate whose wording it
carries, and a child may keep several parents (a wire plus an earlier article of its own
outlet), each edge saying which of the child's sentences it explains.

:func:`attribute` is a pure function of one child's candidate edges (oriented into it,
each with its explanations: :mod:`lineage.graph.explain`) and the orientation of the
pairs among the candidates, so a batch engine runs it per child after the pairwise
alignments; :func:`attribute_graph` runs it over a graph of candidate edges and reports
the pairs it does not draw (siblings, skipped generations) as relations.

The rule. Per sentence (unit) of the child, the *best* candidates are those no other
candidate explains better (:func:`better`: the child's sentence is at least twice as
close to one's text, i.e. it carries that one's edits, drift or own wording; typography
breaks a tie only where the child follows one candidate's quotes and apostrophes
consistently). Parents are chosen greedily by material: the candidate best for the
most remaining units (each weighted by its squared similarity) is chosen; candidates
within half ``essential_units`` of it are tied, and a tie goes to the earlier source
the tied candidates share (one is a source of the other), then to the agency the
child credits; a tie nothing separates keeps every tied candidate as ``undetermined``,
each naming the others. A parent whose sentences other candidates carry in exactly the same
text (``equivalent``: a copy of an unchanged copy reads the same whichever it copied) is the
earliest source of that text, and its attribution is ``undetermined`` too, naming them,
unless the child's credit chose it among them (it credits its agency, not theirs). After the
first parent, another is chosen only for at least ``essential_units`` of material the chosen
parents do not explain as well.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..models import Attribution, AttributionStatus, Document, Edge, Explanation, LineageGraph, Relation
from ..params import AttributionParams
from .borrowed import borrowed_edges, borrowed_evidence
from .direction import ArticleFacts, article_facts


@dataclass(frozen=True, slots=True)
class SetAside:
    """A candidate parent that is not a parent, the parents that explain its material, and why."""

    candidate: str
    by: tuple[str, ...]
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChildAttribution:
    """The parents of one child (each edge with its attribution) and the candidates set aside."""

    child: str
    parents: tuple[Edge, ...]
    set_aside: tuple[SetAside, ...] = ()


def better(x: Explanation, y: Explanation, p: AttributionParams, typography: bool = True) -> bool:
    """Whether ``x`` explains its unit better than ``y`` does (the same unit, two candidates).

    Wording first: the child is at least ``1 / p.closer`` times closer to ``x``'s text and at
    least one character closer. Typography only where both candidates carry the child's
    words unchanged, and only when ``typography`` says the child follows ``x``'s candidate
    throughout (:func:`typographic_lead`).
    """
    if x.wording < y.wording and x.wording <= p.closer * y.wording:
        return True
    return typography and x.wording == 0 and y.wording == 0 and x.raw < y.raw


def typographic_lead(a: Mapping[int, Explanation], b: Mapping[int, Explanation]) -> bool:
    """Whether the child's typography follows candidate ``a`` rather than ``b`` consistently:
    over the units both carry with the child's exact words, ``a`` is never typographically
    farther and is closer at least once. A child that agrees with ``a`` on some units and
    with ``b`` on others has a house style of its own and gives no evidence."""
    shared = [(a[u].raw, b[u].raw) for u in a.keys() & b.keys() if a[u].wording == 0 and b[u].wording == 0]
    return bool(shared) and all(x <= y for x, y in shared) and any(x < y for x, y in shared)


def _describe(e: Explanation) -> str:
    if e.wording == 0 and e.raw == 0:
        return "identical"
    if e.wording == 0:
        return f"same words, {e.raw} typographic edits"
    return f"{e.wording} characters of edits"


def _roots(
    tied: Iterable[str], child: ArticleFacts, facts: Mapping[str, ArticleFacts], sources: frozenset[tuple[str, str]]
) -> tuple[list[str], str, bool]:
    """Among candidates that explain the child equally, those nothing prefers to others, why,
    and whether the child's credit chose them: a candidate that is a source of another tied one
    is the earlier source both share; then a candidate published by the agency the child credits."""
    group = sorted(set(tied))
    roots = [k for k in group if not any((o, k) in sources for o in group if o != k)]
    if not roots:  # the orientations among the tied candidates form a cycle: nothing separates them
        return group, "their orientations form a cycle", False
    reason = "the earlier source they share" if len(roots) < len(group) else ""
    credited = [k for k in roots if facts[k].agency is not None and facts[k].agency in child.credits]
    if credited and len(credited) < len(roots):
        return credited, f"published by {facts[credited[0]].agency}, which {child.id} credits", True
    return roots, reason, False


def _earlier_source(
    root: str,
    units: Collection[int],
    units_of: Mapping[str, Mapping[int, Explanation]],
    sources: frozenset[tuple[str, str]],
    lead: Collection[tuple[str, str]],
    p: AttributionParams,
) -> str:
    """The earliest candidate whose material ``root``'s is: going up the oriented pairs from
    ``root``, a candidate that is a source of the one before, explains every one of ``units``
    and is never explained worse there (by wording, or by typography the child follows). A copy
    the child takes nothing of its own from (no edit, drift or quote style of its own) gives
    way to the earlier source it copies."""
    current = root
    seen = {root}
    while True:
        mine = units_of[current]
        earlier = sorted(
            c
            for c in units_of
            if c not in seen
            and (c, current) in sources
            and all(u in units_of[c] for u in units)
            and not any(better(mine[u], units_of[c][u], p, (current, c) in lead) for u in units if u in mine)
        )
        earliest = [c for c in earlier if not any((o, c) in sources for o in earlier if o != c)]
        if len(earliest) != 1:
            return current
        current = earliest[0]
        seen.add(current)


def _gains(
    remaining: set[int],
    candidates: Iterable[str],
    chosen: list[str],
    best: Mapping[int, frozenset[str]],
    units_of: Mapping[str, Mapping[int, Explanation]],
) -> dict[str, float]:
    """For each candidate not chosen: the material it is best for among the remaining units, each
    unit weighted by its squared similarity (a copied sentence counts 1, a loose paraphrase at 0.5
    a quarter, a coincidental link between two headlines on the same story next to nothing)."""
    gain = {}
    for k in candidates:
        if k not in chosen:
            g = sum(units_of[k][u].similarity ** 2 for u in remaining if k in best[u])
            if g:
                gain[k] = g
    return gain


def _sample(units: list[int], by_unit: Mapping[int, Mapping[str, Explanation]], k: str) -> str:
    shown = [f"sentence {u}: {_describe(by_unit[u][k])}" for u in units[:3]]
    return ", ".join(shown) + (f" and {len(units) - 3} more" if len(units) > 3 else "")


def attribute(
    child: ArticleFacts,
    candidates: Sequence[Edge],
    facts: Mapping[str, ArticleFacts],
    sources: frozenset[tuple[str, str]] = frozenset(),
    params: AttributionParams | None = None,
) -> ChildAttribution:
    """The parents of ``child`` among its candidate edges, and why (pure).

    Args:
        child: the child's facts.
        candidates: edges oriented into the child (``target == child.id``), with explanations.
        facts: the facts of every candidate parent, by id.
        sources: oriented aligned pairs ``(parent, child)`` among the candidates.
        params: thresholds (defaults when None).

    Returns:
        The parent edges, each with its :class:`~lineage.models.Attribution` (the units it
        explains and its evidence; ``undetermined`` when tied candidates cannot be
        separated), and the candidates set aside.
    """
    p = params or AttributionParams()
    cands = {e.source: e for e in candidates if e.source != child.id and e.explains}
    units_of: dict[str, dict[int, Explanation]] = {}
    for k, c in cands.items():
        mine = units_of.setdefault(k, {})
        for e in c.explains:
            if e.unit not in mine or (e.wording, e.raw) < (mine[e.unit].wording, mine[e.unit].raw):
                mine[e.unit] = e
    lead = {(a, b) for a in units_of for b in units_of if a != b and typographic_lead(units_of[a], units_of[b])}
    by_unit: dict[int, dict[str, Explanation]] = {}
    for k in sorted(units_of):
        for u, e in units_of[k].items():
            by_unit.setdefault(u, {})[k] = e
    best = {
        u: frozenset(k for k, x in opts.items() if not any(better(y, x, p, (j, k) in lead) for j, y in opts.items()))
        for u, opts in by_unit.items()
    }
    chosen: list[str] = []
    why: dict[str, str] = {}
    tie_of: dict[str, tuple[str, ...]] = {}
    tied_with: dict[str, tuple[str, ...]] = {}
    credited: set[str] = set()
    remaining = set(by_unit)
    while remaining:
        gain = _gains(remaining, sorted(cands), chosen, best, units_of)
        gain = {k: g for k, g in gain.items() if g >= (p.essential_units if chosen else 0.0) and g > 0}
        if not gain:
            break
        top = max(gain.values())
        tied = [k for k, g in gain.items() if g > top - p.essential_units / 2]
        roots, reason, by_credit = _roots(tied, child, facts, sources)
        taken = {u for u in remaining if any(k in best[u] for k in roots)}
        if len(roots) == 1:
            earlier = _earlier_source(roots[0], taken, units_of, sources, lead, p)
            if earlier != roots[0]:
                tied = sorted(set(tied) | {earlier})
                reason = (
                    f"{earlier} is the earlier source they share, "
                    f"and {roots[0]} carries nothing of its own into {child.id}"
                )
                gain.setdefault(earlier, sum(units_of[earlier][u].similarity ** 2 for u in taken))
                by_credit = by_credit and facts[earlier].agency is not None and facts[earlier].agency in child.credits
                roots = [earlier]
        for k in roots:
            chosen.append(k)
            if len(roots) > 1:
                tie_of[k] = tuple(r for r in roots if r != k)
                why[k] = f"explains as much of {child.id} as {', '.join(tie_of[k])}, as well; nothing separates them"
                continue
            tied_with[k] = tuple(x for x in sorted(tied) if x != k)
            if by_credit:
                credited.add(k)
            alone = sorted(u for u in remaining if best[u] == {k})
            typo = sorted(j for j in cands if (k, j) in lead)
            why[k] = (
                f"best for {gain[k]:.1f} sentences of material of the {len(remaining)} left"
                + (f", the only best for {len(alone)} ({_sample(alone, by_unit, k)})" if alone else "")
                + (f"; tied with {', '.join(tied_with[k])}: {reason}" if reason else "")
                + (
                    f"; {child.id} follows its typography (quotes, apostrophes) where {', '.join(typo)} "
                    "carry the same words typed otherwise"
                    if typo
                    else ""
                )
            )
        remaining -= taken | {u for u in remaining if any(k in best[u] for k in roots)}
    assigned: dict[str, list[int]] = {k: [] for k in chosen}
    for u, opts in sorted(by_unit.items()):
        holders = [k for k in chosen if k in opts]
        if not holders:
            continue
        at_best = [k for k in holders if k in best[u]] or [
            k for k in holders if not any(better(opts[j], opts[k], p, (j, k) in lead) for j in holders)
        ]
        for k in at_best if all(k in tie_of for k in at_best) else at_best[:1]:
            assigned[k].append(u)
    parents: list[Edge] = []
    for k in chosen:
        units = tuple(assigned[k])
        if not units:
            continue
        spans = tuple(sorted({units_of[k][u].target_span for u in units}))
        same = tuple(
            j
            for j in sorted(cands)
            if j not in chosen
            and all(
                u in units_of[j]
                and (units_of[j][u].wording, units_of[j][u].raw) == (units_of[k][u].wording, units_of[k][u].raw)
                for u in units
            )
        )
        evidence: tuple[str, ...] = (why[k],)
        if same:
            evidence += (
                f"{', '.join(same)} carry the same text for all these sentences: the text cannot tell them apart"
                + (
                    f"; {child.id}'s credit does"
                    if k in credited
                    else f"; drawn from {k}, the earliest source of that text, and undetermined among them"
                ),
            )
        status: AttributionStatus = "undetermined" if k in tie_of or (same and k not in credited) else "attributed"
        record = Attribution(status, units, spans, evidence, tie_of.get(k, ()), same, tied_with.get(k, ()))
        parents.append(replace(cands[k], attribution=record))
    kept = {e.source for e in parents}
    owner = {u: k for k, us in assigned.items() for u in us}
    set_aside = []
    for k in sorted(cands):
        if k in kept:
            continue
        explained = sorted(units_of[k])
        by = tuple(sorted({owner[u] for u in explained if u in owner}))
        worse = [u for u in explained if k not in best[u]]
        free = [u for u in explained if u not in owner]
        ev = [f"explains {len(explained)} sentences of {child.id}; another candidate explains {len(worse)} better"]
        if by:
            ev.append(f"its material is explained by {', '.join(by)}")
        if free:
            ev.append(f"{len(free)} sentences only it explains, too few to make it a parent")
        set_aside.append(SetAside(k, by, tuple(ev)))
    return ChildAttribution(child.id, tuple(sorted(parents, key=lambda e: e.source)), tuple(set_aside))


class _Ancestry:
    """Ancestors through the chosen parent edges (memoised; cycles tolerated)."""

    def __init__(self, parents_of: Mapping[str, Iterable[str]]) -> None:
        self._parents = {k: tuple(v) for k, v in parents_of.items()}
        self._memo: dict[str, frozenset[str]] = {}

    def of(self, doc_id: str) -> frozenset[str]:
        found = self._memo.get(doc_id)
        if found is not None:
            return found
        seen: set[str] = set()
        todo = [doc_id]
        while todo:
            for p in self._parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        self._memo[doc_id] = result = frozenset(seen)
        return result


def child_edges(
    child: ArticleFacts,
    candidates: Sequence[Edge],
    facts: Mapping[str, ArticleFacts],
    sources: frozenset[tuple[str, str]],
    params: AttributionParams,
) -> tuple[list[Edge], list[SetAside]]:
    """The edges kept into one child (its chosen parents' edges, attributed) and the candidates
    set aside (pure; what :func:`attribute_graph` runs per child, and a batch engine in its
    workers). A child whose candidates carry no explanations keeps its candidate edges
    unattributed (nothing is lost)."""
    result = attribute(child, candidates, facts, sources, params)
    if not result.parents:
        return list(candidates), []
    return list(result.parents), list(result.set_aside)


def candidate_sources(candidates: Iterable[str], oriented: Collection[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The oriented aligned pairs among one child's candidates."""
    ids = sorted(set(candidates))
    return frozenset((a, b) for a in ids for b in ids if (a, b) in oriented)


def relate(
    edges: Iterable[tuple[str, str]],
    set_aside: Iterable[tuple[str, str, tuple[str, ...]]],
    undetermined: Iterable[tuple[str, str, tuple[str, ...]]],
) -> tuple[list[Relation], list[tuple[str, str]]]:
    """The relations of the pairs not drawn, from the kept (oriented) edges' ends alone.

    ``set_aside``: ``(candidate, child, evidence)``; ``undetermined``: the undirected pairs
    ``(a, b, evidence)``. Returns the relations (``ancestor``, ``sibling`` or ``set_aside``)
    and the undetermined pairs nothing explains, which stay as undirected edges. A function
    of ids only: a batch engine runs it on its driver without the articles' text.
    """
    parents_of: dict[str, list[str]] = {}
    for source, target in edges:
        parents_of.setdefault(target, []).append(source)
    ancestry = _Ancestry(parents_of)
    relations = [_relation(a, b, ancestry, ev) for a, b, ev in sorted(set_aside)]
    kept: list[tuple[str, str]] = []
    for a, b, ev in undetermined:
        rel = _relation(a, b, ancestry, ev)
        if rel.kind == "set_aside":
            kept.append((a, b))  # nothing explains their shared text otherwise: an undirected edge
        else:
            relations.append(rel)
    relations.sort(key=lambda r: (r.a, r.b))
    return relations, kept


def attribute_graph(graph: LineageGraph, params: AttributionParams | None = None) -> LineageGraph:
    """The attributed graph of a graph of candidate edges (every aligned pair of derivation strength).

    A candidate edge whose likeness is borrowed from a source its child was found independent
    of (:mod:`lineage.graph.borrowed`) is set aside first. Every child is attributed among its
    candidates (:func:`child_edges`); an edge is kept when
    it is a chosen parent's. A pair not drawn is reported as a relation (:func:`relate`):
    ``sibling`` (both derive from a common source in the graph), ``ancestor`` (a skipped
    generation) or ``set_aside``; an undetermined pair (nothing tells which came first) stays
    an undirected edge unless a common source or an ancestry explains it.
    """
    p = params or AttributionParams()
    docs: dict[str, Document] = {d.id: d for d in graph.documents}
    facts_cache: dict[str, ArticleFacts] = {}

    def facts(doc_id: str) -> ArticleFacts:
        found = facts_cache.get(doc_id)
        if found is None:
            doc = docs.get(doc_id)
            found = facts_cache[doc_id] = article_facts(doc) if doc is not None else ArticleFacts(doc_id)
        return found

    borrowed = borrowed_edges(graph.edges)
    by_child: dict[str, list[Edge]] = {}
    undetermined: list[Edge] = []
    for e in graph.edges:
        if (e.source, e.target) not in borrowed:
            (by_child.setdefault(e.target, []) if e.direction.determined else undetermined).append(e)
    oriented = {(e.source, e.target) for e in graph.edges if e.direction.determined} - borrowed.keys()
    edges: list[Edge] = []
    set_aside = {
        (a, b): SetAside(a, (origin,), (borrowed_evidence(a, b, origin, copy),))
        for (a, b), (origin, copy) in borrowed.items()
    }
    for child in sorted(by_child):
        cands = by_child[child]
        ids = {e.source for e in cands}
        kept, aside = child_edges(facts(child), cands, {k: facts(k) for k in ids}, candidate_sources(ids, oriented), p)
        edges.extend(kept)
        for x in aside:
            set_aside[x.candidate, child] = x
    relations, undirected = relate(
        ((e.source, e.target) for e in edges if e.direction.determined),
        ((a, b, x.evidence) for (a, b), x in set_aside.items()),
        ((e.source, e.target, e.direction.evidence) for e in undetermined),
    )
    wanted = set(undirected)
    edges.extend(e for e in undetermined if (e.source, e.target) in wanted)
    edges.sort(key=lambda e: (e.source, e.target))
    return LineageGraph(graph.documents, tuple(edges), graph.problems, tuple(relations))


def _relation(a: str, b: str, ancestry: _Ancestry, evidence: tuple[str, ...]) -> Relation:
    anc_a, anc_b = ancestry.of(a), ancestry.of(b)
    if a in anc_b or b in anc_a:
        older, younger = (a, b) if a in anc_b else (b, a)
        return Relation(older, younger, "ancestor", (), (f"{older} is an ancestor of {younger} through the graph",))
    common = tuple(sorted(anc_a & anc_b))
    if common:
        return Relation(a, b, "sibling", common, (f"both derive from {', '.join(common)}",))
    return Relation(a, b, "set_aside", (), evidence)
