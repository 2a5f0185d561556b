"""Show part of a traced graph: one story, one article's neighbourhood, an outlet, a date range.

Selection happens after tracing, so every edge kept is the one the whole corpus gives (its
parent chosen among all the articles, not only among those shown). Pure: a graph in, a graph out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import LineageError
from ..ingest.records import check_published, utc_seconds
from ..models import Document, LineageGraph


@dataclass(frozen=True, slots=True)
class Selection:
    """What part of a graph to keep.

    ``story``: an article id; keep the story it belongs to (the articles its derivations join,
    directly or not). ``around``: an article id; keep the articles within ``depth`` derivations
    of it, either way. ``outlets``: keep the derivations with an article of one of these outlets
    at either end (case-insensitive). ``start``/``until``: keep the derivations whose child was
    published in the range (ISO 8601 or RFC 2822; ``until`` a day alone includes that day).
    Articles of the outlets or in the range that are in no derivation are kept too. The
    criteria given all apply (their intersection); the ends of every kept derivation are kept.
    """

    story: str | None = None
    around: str | None = None
    depth: int = 1
    outlets: tuple[str, ...] = ()
    start: str | None = None
    until: str | None = None

    @property
    def empty(self) -> bool:
        """Whether nothing is selected (the whole graph is kept)."""
        return (
            self.story is None
            and self.around is None
            and not self.outlets
            and self.start is None
            and self.until is None
        )


DAY = 86_400.0


def _instant(value: str, option: str, end_of_day: bool) -> float:
    """The Unix time of a date option; a day alone is its midnight UTC, or the next one when it
    ends a range."""
    iso = check_published(value, option)
    whole_day = end_of_day and "T" not in iso and " " not in iso.strip()
    return utc_seconds(iso) + (DAY if whole_day else 0.0)


def _published(doc: Document) -> float | None:
    """The Unix time of an article's publication (as :func:`utc_seconds` reads it), None when unknown."""
    if not doc.published:
        return None
    try:
        return utc_seconds(doc.published)
    except (ValueError, OverflowError):
        return None


def _require(graph: LineageGraph, doc_id: str, option: str) -> None:
    ids = {d.id for d in graph.documents}
    if doc_id not in ids:
        raise LineageError(
            f"{option} {doc_id!r}: no such article among the {len(ids):,} traced: give an id as the JSON or "
            "CSV output lists them (--format csv)"
        )


def _neighbours(graph: LineageGraph) -> dict[str, set[str]]:
    near: dict[str, set[str]] = {}
    for e in graph.edges:
        near.setdefault(e.source, set()).add(e.target)
        near.setdefault(e.target, set()).add(e.source)
    return near


def _reach(near: dict[str, set[str]], start: str, depth: int | None) -> set[str]:
    """The articles within ``depth`` steps of ``start`` (any number when None)."""
    seen = {start}
    frontier = [start]
    steps = 0
    while frontier and (depth is None or steps < depth):
        steps += 1
        frontier = sorted({n for x in frontier for n in near.get(x, ()) if n not in seen})
        seen.update(frontier)
    return seen


def select(graph: LineageGraph, selection: Selection) -> LineageGraph:
    """The part of ``graph`` that ``selection`` names (the graph itself when it names nothing).

    Raises:
        LineageError: ``story`` or ``around`` names no article of the graph, ``depth`` is
            negative, or a date is not ISO 8601 or RFC 2822.
    """
    if selection.empty:
        return graph
    if selection.depth < 0:
        raise LineageError(f"--depth {selection.depth}: give 0 or more derivations")
    start = _instant(selection.start, "--from", end_of_day=False) if selection.start else None
    until = _instant(selection.until, "--until", end_of_day=True) if selection.until else None
    near = _neighbours(graph)
    allowed: set[str] | None = None  # the articles a story or neighbourhood confines the view to
    for doc_id, depth, option in ((selection.story, None, "--story"), (selection.around, selection.depth, "--around")):
        if doc_id is not None:
            _require(graph, doc_id, option)
            reach = _reach(near, doc_id, depth)
            allowed = reach if allowed is None else allowed & reach
    outlets = {o.casefold() for o in selection.outlets}
    docs = {d.id: d for d in graph.documents}

    def of_outlet(doc_id: str) -> bool:
        doc = docs.get(doc_id)
        return not outlets or (doc is not None and (doc.outlet or "").casefold() in outlets)

    def in_range(doc_id: str) -> bool:
        if start is None and until is None:
            return True
        doc = docs.get(doc_id)
        instant = _published(doc) if doc is not None else None
        return instant is not None and (start is None or instant >= start) and (until is None or instant < until)

    def inside(*ids: str) -> bool:
        return allowed is None or all(i in allowed for i in ids)

    edges = tuple(
        e
        for e in graph.edges
        if inside(e.source, e.target) and (of_outlet(e.source) or of_outlet(e.target)) and in_range(e.target)
    )
    keep = {x for e in edges for x in (e.source, e.target)}
    keep.update(d.id for d in graph.documents if inside(d.id) and of_outlet(d.id) and in_range(d.id))
    return LineageGraph(
        documents=tuple(d for d in graph.documents if d.id in keep),
        edges=edges,
        problems=graph.problems,
        relations=tuple(r for r in graph.relations if r.a in keep and r.b in keep),
    )
