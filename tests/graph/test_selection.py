"""Part of a traced graph: a story, a neighbourhood, outlets, a date range, and their intersection."""

from __future__ import annotations

import pytest

from lineage.errors import LineageError
from lineage.graph.selection import Selection, select
from lineage.models import Comparison, Direction, Document, Edge, LineageGraph, Problem, Relation

# Two stories: w1 → a → b → c (a chain) with d also from w1 (a sibling of a), and w2 → e;
# f is in no derivation.
DOCS = {
    "w1": ("ANSA", "2024-06-18T08:00:00+02:00"),
    "a": ("Il Foglio", "2024-06-18T09:00:00+02:00"),
    "b": ("la Repubblica", "2024-06-19"),
    "c": ("Il Foglio", "2024-06-20T23:30:00+00:00"),
    "d": ("Corriere", "2024-06-18T10:00:00+02:00"),
    "w2": ("Adnkronos", "2024-06-21"),
    "e": ("il foglio", None),
    "f": ("Il Foglio", "2024-06-19T12:00:00"),
}
EDGES = (("w1", "a"), ("a", "b"), ("b", "c"), ("w1", "d"), ("w2", "e"))


def _graph() -> LineageGraph:
    docs = tuple(Document(i, f"text of {i}", outlet=o, published=p) for i, (o, p) in DOCS.items())
    edges = tuple(Edge(s, t, Comparison((), 0.9, 0.9), Direction("published", ())) for s, t in EDGES)
    relations = (Relation("a", "d", "sibling", ("w1",)), Relation("w1", "b", "ancestor"))
    return LineageGraph(docs, edges, (Problem("x.jsonl:3", "invalid JSON"),), relations)


def _shown(selection: Selection) -> tuple[set[str], set[tuple[str, str]]]:
    g = select(_graph(), selection)
    return {d.id for d in g.documents}, {(e.source, e.target) for e in g.edges}


def test_no_selection_is_the_graph_itself() -> None:
    g = _graph()
    assert select(g, Selection()) is g


def test_a_story_is_everything_its_derivations_join_from_any_member() -> None:
    for member in ("c", "w1", "d"):
        docs, edges = _shown(Selection(story=member))
        assert docs == {"w1", "a", "b", "c", "d"}
        assert edges == {("w1", "a"), ("a", "b"), ("b", "c"), ("w1", "d")}
    assert _shown(Selection(story="f")) == ({"f"}, set())


def test_around_goes_depth_derivations_either_way() -> None:
    assert _shown(Selection(around="a", depth=1)) == ({"w1", "a", "b"}, {("w1", "a"), ("a", "b")})
    docs, _ = _shown(Selection(around="a", depth=2))
    assert docs == {"w1", "a", "b", "c", "d"}
    assert _shown(Selection(around="a", depth=0)) == ({"a"}, set())


def test_outlet_keeps_derivations_touching_it_and_its_lone_articles_any_case() -> None:
    docs, edges = _shown(Selection(outlets=("IL FOGLIO",)))
    assert edges == {("w1", "a"), ("a", "b"), ("b", "c"), ("w2", "e")}
    assert docs == {"w1", "a", "b", "c", "w2", "e", "f"}
    assert "d" not in docs  # a sibling of an Il Foglio article, no derivation with it


def test_date_range_keeps_derivations_whose_child_is_in_it_with_their_parents() -> None:
    # until a day alone includes the whole day; c at 23:30 UTC on the 20th is in, e has no date.
    docs, edges = _shown(Selection(start="2024-06-19", until="2024-06-20"))
    assert edges == {("a", "b"), ("b", "c")}
    assert docs == {"a", "b", "c", "f"}
    # an instant with its offset: 09:00+02:00 is 07:00 UTC, before 08:00 UTC
    _, edges = _shown(Selection(start="2024-06-18T08:00:00+00:00", until="2024-06-18T23:59:59+00:00"))
    assert edges == {("w1", "d")}


def test_criteria_intersect_and_relations_follow_the_articles() -> None:
    g = select(_graph(), Selection(story="w1", outlets=("Corriere",)))
    assert {(e.source, e.target) for e in g.edges} == {("w1", "d")}
    assert g.relations == ()
    g = select(_graph(), Selection(story="w1"))
    assert {(r.a, r.b) for r in g.relations} == {("a", "d"), ("w1", "b")}
    assert g.problems == _graph().problems  # skipped input is still reported


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        (Selection(story="nope"), "--story 'nope': no such article among the 8 traced"),
        (Selection(around="nope"), "--around 'nope': no such article"),
        (Selection(start="18/06/2024"), "--from: published '18/06/2024' is not an ISO 8601 or RFC 2822 date"),
        (Selection(around="a", depth=-1), "--depth -1"),
    ],
)
def test_bad_selection_says_what_to_give(selection: Selection, message: str) -> None:
    with pytest.raises(LineageError, match="^" + message.replace("(", r"\(").replace("'", "'")):
        select(_graph(), selection)
