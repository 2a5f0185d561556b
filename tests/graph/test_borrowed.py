"""A likeness borrowed from a source: the edge from a copy to a report found independent of the
copy's source is set aside, by the pure check and in an attributed graph; every condition that
keeps the edge is checked one at a time."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lineage import trace
from lineage.graph.attribution import attribute_graph
from lineage.graph.borrowed import borrowed, borrowed_checks, borrowed_edges, end_of
from lineage.models import Comparison, Direction, Document, Edge, Explanation, LineageGraph, Link, Passage, Span
from tests.corpus import PROJECT_FAMILIES, check_store_in_batches, family_documents

COPY_UNITS: list[Span] = [(0, 100), (101, 200), (201, 300)]  # the copy's sentences its source explains
COPY_OWN: list[Span] = [(301, 400), (401, 500)]  # sentences of the copy's own


def _edge(
    source: str,
    target: str,
    spans: list[Span],
    *,
    label: str = "rewritten",
    explains: list[Span] = (),  # type: ignore[assignment]
    languages: tuple[str, str] | None = None,
    determined: bool = True,
) -> Edge:
    links = tuple(
        Link((k,), (k,), span, (k * 50, k * 50 + 40), label, 0.55)  # type: ignore[arg-type]
        for k, span in enumerate(spans)
    )
    comparison = Comparison(
        (Passage(spans[0], (0, 40 * len(spans)), "rewritten", 0.55, links=links),), 0.4, 0.4, languages=languages
    )
    direction = Direction("published" if determined else "undetermined")
    explained = tuple(Explanation(k, 10, 10, 0.9, span, span) for k, span in enumerate(explains))
    return Edge(source, target, comparison, direction, explained)


def _corpus(*extra: Edge, child_links: list[Span] | None = None, label: str = "rewritten") -> list[Edge]:
    """wire -> copy (the copy's sentences explained), copy -> report by rewritten sentences."""
    return [
        _edge("wire", "copy", COPY_UNITS, label="verbatim", explains=COPY_UNITS),
        _edge("copy", "report", child_links or COPY_UNITS[:2], label=label),
        *extra,
    ]


def test_an_edge_reaching_only_what_the_copy_took_from_its_source_is_borrowed() -> None:
    edges = _corpus()
    assert borrowed_edges(edges) == {("copy", "report"): ("wire", "copy")}
    # The batch engine's way: the checks from the pairs' ids and figures, then the few edges named.
    checks = borrowed_checks(map(end_of, edges))
    assert checks == [("copy", "report", "wire")]
    assert borrowed(checks, {(e.source, e.target): e for e in edges}) == borrowed_edges(edges)


def test_a_link_joining_an_unexplained_sentence_to_an_explained_one_does_not_keep_the_edge() -> None:
    # an explanation may miss a sentence of the copy, and a link may join two: most of what the
    # links reach is still the source's
    links = [(COPY_UNITS[0][0], COPY_UNITS[1][1] + 60), COPY_UNITS[2]]
    assert borrowed_edges(_corpus(child_links=links)) == {("copy", "report"): ("wire", "copy")}


def test_the_edge_stays_when_anything_else_explains_it() -> None:
    # the report and the source are linked (by words or by meaning, either way round)
    assert borrowed_edges(_corpus(_edge("wire", "report", COPY_UNITS[:2]))) == {}
    assert borrowed_edges(_corpus(_edge("report", "wire", COPY_UNITS[:2], languages=("it", "it")))) == {}
    # a link is verbatim: the words show what was copied
    assert borrowed_edges(_corpus(label="verbatim")) == {}
    # the links reach mostly the copy's own sentences: material the source does not have
    assert borrowed_edges(_corpus(child_links=[COPY_UNITS[0], *COPY_OWN])) == {}
    # the report has an original among its parents: it was not aligned with the copy's source
    assert borrowed_edges(_corpus(_edge("elsewhere", "report", [(0, 50), (60, 90)]))) == {}
    # the copy's edge is undetermined: the copy has no parent
    undetermined = [
        _edge("wire", "copy", COPY_UNITS, label="verbatim", explains=COPY_UNITS, determined=False),
        _edge("copy", "report", COPY_UNITS[:2]),
    ]
    assert borrowed_edges(undetermined) == {}


def _undetermined(copy: str, report: str, spans: list[Span]) -> list[Edge]:
    """wire -> copy (explained); the copy and a report joined by an undetermined edge (in id order)."""
    a, b = sorted((copy, report))
    edge = _edge(a, b, spans, determined=False)
    if a != copy:  # the copy is the stored target: its spans are the links' target spans
        links = tuple(replace(x, source_span=x.target_span, target_span=x.source_span) for x in edge.comparison.links)
        passage = replace(edge.comparison.passages[0], links=links)
        edge = replace(edge, comparison=replace(edge.comparison, passages=(passage,)))
    return [_edge("wire", copy, COPY_UNITS, label="verbatim", explains=COPY_UNITS), edge]


@pytest.mark.parametrize(("copy", "report"), [("copy", "report"), ("zcopy", "report")])
def test_an_undetermined_edge_is_read_both_ways(copy: str, report: str) -> None:
    """A copy dated by the day only and a report of the same day: either may be the other's
    child, so the copy is the end that carries the wire's text, whichever id comes first."""
    edges = _undetermined(copy, report, COPY_UNITS[:2])
    stored = (edges[1].source, edges[1].target)
    assert borrowed_edges(edges) == {stored: ("wire", copy)}
    checks = borrowed_checks(map(end_of, edges))
    assert checks == [(copy, report, "wire")]
    assert borrowed(checks, {(e.source, e.target): e for e in edges}) == borrowed_edges(edges)
    # It stays when the report is linked with the wire, or when the links reach the copy's own text.
    assert borrowed_edges([*edges, _edge("wire", "report", COPY_UNITS[:2])]) == {}
    assert borrowed_edges(_undetermined(copy, report, [COPY_UNITS[0], *COPY_OWN])) == {}
    docs = tuple(Document(x, "x" * 400) for x in (copy, report, "wire"))
    graph = attribute_graph(LineageGraph(docs, tuple(edges)))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", copy)]
    (relation,) = [r for r in graph.relations if {r.a, r.b} == {copy, report}]
    assert relation.kind == "set_aside"
    assert relation.evidence[0].startswith(f"{report} is like {copy} mostly where {copy} carries text of wire")


def test_an_attributed_graph_sets_the_borrowed_edge_aside_and_says_why() -> None:
    docs = tuple(Document(x, "x" * 400) for x in ("copy", "report", "wire"))
    graph = attribute_graph(LineageGraph(docs, tuple(_corpus())))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "copy")]
    (relation,) = [r for r in graph.relations if {r.a, r.b} == {"copy", "report"}]
    assert relation.kind == "set_aside"
    assert "report and wire were aligned: no derivation" in relation.evidence[0]


def _frana() -> list[Document]:
    """The project family ``frana_it``'s wire, its verbatim copy dated by the day only, and a hard
    negative (a live blog of the same event, written apart) published that day with a time."""
    wanted = ("frana_it_d09", "frana_it_d13", "frana_it_d07")
    return [d for d in family_documents(PROJECT_FAMILIES / "frana_it" / "family.json") if d.id in wanted]


def test_a_report_found_independent_of_the_wire_is_not_linked_to_its_copy(tmp_path: Path) -> None:
    docs = _frana()
    alone = trace([d for d in docs if d.id != "frana_it_d09"])
    # Without the wire the report and the copy look alike: an undirected edge.
    assert [(e.source, e.target, e.direction.method) for e in alone.edges] == [
        ("frana_it_d07", "frana_it_d13", "undetermined")
    ]
    graph = trace(docs)
    assert [(e.source, e.target) for e in graph.edges] == [("frana_it_d09", "frana_it_d13")]
    (relation,) = [r for r in graph.relations if {r.a, r.b} == {"frana_it_d07", "frana_it_d13"}]
    assert relation.kind == "set_aside"
    assert relation.evidence[0].startswith("frana_it_d07 is like frana_it_d13 mostly where frana_it_d13 carries")
    # A store that receives the wire after the two gives the same graph.
    check_store_in_batches(sorted(docs, key=lambda d: d.id == "frana_it_d09"), 1, tmp_path / "store.db")
