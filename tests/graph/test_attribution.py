"""Attribution: each copy's parents among its candidates, siblings reported, not drawn.

The rules are checked on hand-made candidates (:func:`lineage.graph.attribution.attribute`),
then on whole traces: a generated fan-out (one wire, 30 copies, 5 copies of copies), the
shared reuse family built for it (``concerto``) and a store that receives the wire story
after its copies.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from lineage import trace
from lineage.graph.attribution import attribute, attribute_graph, better, typographic_lead
from lineage.graph.direction import ArticleFacts
from lineage.models import Attribution, Comparison, Direction, Document, Edge, Explanation, LineageGraph
from lineage.params import AttributionParams
from lineage.render.dot import dot_source
from lineage.render.html import html_report
from lineage.render.json import graph_to_json
from lineage.render.order import sibling_groups
from lineage.render.table import format_table
from lineage.store import open_store, trace_store
from tests.corpus import FAMILIES, scale_module

P = AttributionParams()


def _x(unit: int, wording: int = 0, raw: int = 0, length: int = 100) -> Explanation:
    """The explanation of child sentence ``unit``: ``wording`` characters of edits, ``raw`` typographic."""
    span = (unit * length, (unit + 1) * length)
    return Explanation(unit, wording, raw, 1 - wording / (2 * length), span, span)


def _edge(source: str, explains: list[Explanation], child: str = "child") -> Edge:
    return Edge(source, child, Comparison((), 0.8, 0.8), Direction("published", ()), tuple(explains))


def _facts(*ids: str, **agencies: str) -> dict[str, ArticleFacts]:
    return {k: ArticleFacts(k, agency=agencies.get(k)) for k in ids}


def _att(edge: Edge) -> Attribution:
    assert edge.attribution is not None
    return edge.attribution


def _parents(result: Any) -> dict[str, tuple[int, ...]]:
    return {e.source: _att(e).units for e in result.parents}


def test_better_needs_twice_as_close_wording_or_consistent_typography() -> None:
    assert better(_x(0, wording=4), _x(0, wording=10), P)
    assert not better(_x(0, wording=6), _x(0, wording=10), P)  # closer, not twice as close
    assert better(_x(0, wording=0), _x(0, wording=1), P)  # the child carries the one-character edit exactly
    assert better(_x(0, raw=0), _x(0, raw=3), P, typography=True)
    assert not better(_x(0, raw=0), _x(0, raw=3), P, typography=False)


def test_typographic_lead_is_consistent_or_nothing() -> None:
    a = {0: _x(0, raw=0), 1: _x(1, raw=0), 2: _x(2, raw=2)}
    b = {0: _x(0, raw=2), 1: _x(1, raw=0), 2: _x(2, raw=2)}
    assert typographic_lead(a, b) and not typographic_lead(b, a)
    mixed = {0: _x(0, raw=2), 1: _x(1, raw=0), 2: _x(2, raw=0)}
    assert not typographic_lead(a, mixed) and not typographic_lead(mixed, a)


def test_a_copy_that_carries_an_intermediate_s_edits_points_at_the_intermediate() -> None:
    wire = _edge("wire", [_x(u, wording=12 if u in (1, 3, 5) else 0) for u in range(8)])
    copy = _edge("copy", [_x(u, wording=0) for u in range(8)])
    result = attribute(ArticleFacts("child"), [wire, copy], _facts("wire", "copy"), frozenset({("wire", "copy")}), P)
    assert _parents(result) == {"copy": tuple(range(8))}
    [aside] = result.set_aside
    assert (aside.candidate, aside.by) == ("wire", ("copy",))
    assert "another candidate explains 3 better" in aside.evidence[0]
    [edge] = result.parents
    assert "the only best for 3" in _att(edge).evidence[0]


def test_two_copies_of_one_wire_tie_to_the_earlier_source_they_share() -> None:
    units = [_x(u) for u in range(6)]
    sources = frozenset({("wire", "copy")})
    result = attribute(
        ArticleFacts("child"), [_edge("wire", units), _edge("copy", units)], _facts("wire", "copy"), sources, P
    )
    [edge] = result.parents
    assert edge.source == "wire" and _att(edge).tied == ("copy",) and _att(edge).equivalent == ("copy",)
    assert "the earlier source they share" in _att(edge).evidence[0]
    assert [s.candidate for s in result.set_aside] == ["copy"]
    # The copy carries the wire's text unchanged: the child reads the same whichever it copied.
    assert _att(edge).status == "undetermined" and "undetermined among them" in _att(edge).evidence[1]


def test_a_credit_separates_candidates_that_carry_the_same_text() -> None:
    units = [_x(u) for u in range(6)]
    facts = _facts("wire", "copy", wire="ANSA")
    child = ArticleFacts("child", credits=("ANSA",))
    result = attribute(child, [_edge("wire", units), _edge("copy", units)], facts, frozenset(), P)
    [edge] = result.parents
    assert edge.source == "wire" and _att(edge).status == "attributed" and _att(edge).equivalent == ("copy",)
    assert "published by ANSA, which child credits" in _att(edge).evidence[0]
    assert _att(edge).evidence[1].endswith("child's credit does")


def test_a_copy_with_edits_of_its_own_is_attributed_not_undetermined() -> None:
    wire = _edge("wire", [_x(u) for u in range(6)])
    copy = _edge("copy", [_x(u, wording=0 if u else 9) for u in range(6)])  # the copy changed sentence 0
    result = attribute(ArticleFacts("child"), [wire, copy], _facts("wire", "copy"), frozenset({("wire", "copy")}), P)
    assert [(e.source, _att(e).status, _att(e).equivalent) for e in result.parents] == [("wire", "attributed", ())]


def _copies_of_one_wire(light_edit: int) -> Any:
    """A child rewriting four wire sentences; the wire's copies carry them too. The light copy,
    published first of the copies, explains three as well as the wire (``light_edit``: its
    wording on sentence 2); the drift copy explains a little more than either."""
    wire = [_x(0, 100), _x(1, 50), _x(2, 28), _x(3, 70)]
    candidates = [
        _edge("wire", wire),
        _edge("verbatim", wire),
        _edge("light", [_x(0, 95), _x(1, 50), _x(2, light_edit)]),
        _edge("drift", [_x(0, 64), _x(1, 35), _x(2, 12), _x(3, 95)]),
    ]
    sources = frozenset(
        {("wire", "verbatim"), ("wire", "light"), ("wire", "drift"), ("light", "verbatim"), ("light", "drift")}
    )
    return attribute(ArticleFacts("child"), candidates, _facts("wire", "verbatim", "light", "drift"), sources, P)


def test_an_earlier_copy_that_adds_nothing_of_its_own_gives_way_to_the_source_it_copies() -> None:
    """The light copy ties with the drift copy and is the earlier of the two, but the child
    carries nothing the light copy changed: the wire both copy is the parent."""
    result = _copies_of_one_wire(light_edit=15)
    assert _parents(result) == {"wire": (0, 1, 2, 3)}
    [edge] = result.parents
    assert "wire is the earlier source they share, and light carries nothing of its own" in _att(edge).evidence[0]
    # A child following the light copy's edit of sentence 2 points at the light copy.
    assert set(_parents(_copies_of_one_wire(light_edit=10))) == {"light"}


def test_a_tie_nothing_separates_is_undetermined_and_names_both() -> None:
    units = [_x(u) for u in range(6)]
    result = attribute(ArticleFacts("child"), [_edge("a", units), _edge("b", units)], _facts("a", "b"), frozenset(), P)
    assert {e.source: (_att(e).status, _att(e).alternatives) for e in result.parents} == {
        "a": ("undetermined", ("b",)),
        "b": ("undetermined", ("a",)),
    }
    assert all(_att(e).units == tuple(range(6)) for e in result.parents)


def test_a_tie_goes_to_the_agency_the_child_credits() -> None:
    units = [_x(u) for u in range(6)]
    child = ArticleFacts("child", credits=("ANSA",))
    facts = _facts("ansa-item", "adn-item", **{"ansa-item": "ANSA", "adn-item": "Adnkronos"})
    result = attribute(child, [_edge("ansa-item", units), _edge("adn-item", units)], facts, frozenset(), P)
    [edge] = result.parents
    assert edge.source == "ansa-item"
    assert "published by ANSA, which child credits" in _att(edge).evidence[0]


def test_a_child_keeps_two_parents_for_material_each_explains() -> None:
    wire = _edge("wire", [_x(u) for u in range(5)])
    earlier = _edge("earlier", [_x(u, wording=3) for u in range(5, 9)])
    result = attribute(ArticleFacts("child"), [wire, earlier], _facts("wire", "earlier"), frozenset(), P)
    assert _parents(result) == {"wire": (0, 1, 2, 3, 4), "earlier": (5, 6, 7, 8)}
    assert all(_att(e).status == "attributed" for e in result.parents)
    assert {e.source: _att(e).target_spans[0] for e in result.parents} == {
        "wire": (0, 100),
        "earlier": (500, 600),
    }


def test_one_stray_sentence_does_not_make_a_second_parent() -> None:
    wire = _edge("wire", [_x(u) for u in range(8)])
    other = _edge("other", [_x(8, wording=20)])  # one loosely similar sentence of its own
    result = attribute(ArticleFacts("child"), [wire, other], _facts("wire", "other"), frozenset(), P)
    assert list(_parents(result)) == ["wire"]
    [aside] = result.set_aside
    assert aside.candidate == "other" and "too few to make it a parent" in aside.evidence[-1]


def test_the_child_following_one_candidate_s_typography_chooses_it() -> None:
    curly = _edge("curly", [_x(u, raw=0) for u in range(6)])
    straight = _edge("straight", [_x(u, raw=4 if u < 3 else 0) for u in range(6)])
    result = attribute(ArticleFacts("child"), [curly, straight], _facts("curly", "straight"), frozenset(), P)
    [edge] = result.parents
    assert edge.source == "curly" and "follows its typography" in _att(edge).evidence[0]


def test_candidates_without_explanations_are_kept_as_they_are() -> None:
    docs = (Document("a", "x"), Document("b", "y"))
    bare = Edge("a", "b", Comparison((), 0.9, 0.9), Direction("published", ()))
    graph = attribute_graph(LineageGraph(docs, (bare,), ()), P)
    assert graph.edges == (bare,) and graph.relations == ()


# -- whole traces -------------------------------------------------------------------------------------


def _fanout() -> tuple[list[Document], set[tuple[str, str]]]:
    documents, truth = [], set()
    for record, known in scale_module().fanout(copies=30, second=5, seed=5):
        documents.append(Document(record["id"], record["text"], outlet=record["outlet"], published=record["published"]))
        if known:
            truth.add((known[0], known[1]))
    return documents, truth


def test_a_fan_out_of_thirty_copies_is_the_derivation_tree() -> None:
    documents, truth = _fanout()
    assert len(truth) == 35
    graph = trace(documents)
    assert {(e.source, e.target) for e in graph.edges} == truth
    # Undetermined exactly where other copies carry the child's sentences in the same text as
    # the wire (a copy may have taken them from either); the wire, their earliest source, is drawn.
    text = {d.id: d.text for d in documents}
    for e in graph.edges:
        assert _att(e).status == ("undetermined" if _att(e).equivalent else "attributed")
        # The wire's sentences (their ends: the first opens with the dateline copies drop), spaces folded.
        ends = [" ".join(text[e.source][x.source_span[0] : x.source_span[1]].split())[-60:] for x in e.explains]
        for other in _att(e).equivalent:
            assert all(end in " ".join(text[other].split()) for end in ends)
    assert sum(_att(e).status == "undetermined" for e in graph.edges) < len(truth) // 3
    kinds = {(r.a, r.b): r for r in graph.relations}
    # Two verbatim copies of the wire share text through it: siblings, with the wire named.
    sibling = kinds[("c000", "c002")]
    assert sibling.kind == "sibling" and sibling.common_sources == ("w000",)
    # The wire and a copy of a copy: a skipped generation, not an edge.
    assert all(kinds[("w000", f"s{k:03d}")].kind == "ancestor" for k in range(5))
    data = graph_to_json(graph)
    assert {(s["a"], s["b"]) for s in data["siblings"]} >= {("c000", "c002"), ("c001", "c003")}


def test_a_fan_out_traces_the_same_in_any_input_order() -> None:
    documents, _ = _fanout()
    shuffled = list(documents)
    random.Random(3).shuffle(shuffled)
    first = json.dumps(graph_to_json(trace(documents)), sort_keys=True)
    assert json.dumps(graph_to_json(trace(shuffled)), sort_keys=True) == first


def test_a_wire_stored_after_its_copies_becomes_their_parent(tmp_path: Path) -> None:
    documents, truth = _fanout()
    wire = [d for d in documents if d.id == "w000"]
    copies = [d for d in documents if d.id != "w000"]
    db = tmp_path / "late.db"
    with open_store(db) as store:
        store.add_documents(copies)
        store.trace(workers=1)
        # Without the wire, the earliest copy is the best source the others have.
        before = {(e.source, e.target) for e in store.graph().edges}
        assert before != truth and ("c000", "c002") in before
        store.add_documents(wire)
        store.trace(workers=1)
    late = trace_store(db)
    assert {(e.source, e.target) for e in late.edges} == truth
    assert json.dumps(graph_to_json(late), sort_keys=True) == json.dumps(
        graph_to_json(trace(documents)), sort_keys=True
    )


@pytest.mark.skipif(not FAMILIES.exists() and not os.environ.get("CI"), reason="../shared/reuse-families is absent")
def test_the_concerto_family_attributes_every_copy_to_its_true_parent() -> None:
    family = json.loads((FAMILIES / "concerto" / "family.json").read_text(encoding="utf-8"))
    documents = [
        Document(d["id"], d["text"], outlet=d.get("outlet"), published=d.get("published"), title=d.get("title"))
        for d in family["documents"]
    ]
    gold = {(d["parent"], d["id"]) for d in family["documents"] if d.get("parent")}  # the translation too
    graph = trace(documents)
    assert {(e.source, e.target) for e in graph.edges} == gold
    assert any(r.kind == "sibling" for r in graph.relations)


def test_the_table_and_the_report_list_siblings_by_source() -> None:
    documents, _ = _fanout()
    graph = trace(documents)
    groups = sibling_groups(graph)
    [(_, members)] = [g for g in groups if g[0] == ("w000",)]
    assert {"c000", "c001", "c028"} <= set(members) and "w000" not in members
    text = format_table(graph)
    assert "siblings (they share text through a common source" in text
    assert any(line.startswith("  from w000: ") and "c000, c001" in line for line in text.splitlines())
    html = html_report(graph)
    assert "<h2>Siblings</h2>" in html and "c000, c001" in html
    # The diagram draws the derivations only: one edge per copy.
    dot = dot_source(graph)
    assert dot.count("->") == len(graph.edges) == 35
