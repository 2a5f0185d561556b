"""Attribution per child as the workers run it: the groups, the rows, the facts' encoding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lineage.graph.attribution import attribute_graph, candidate_sources, child_edges
from lineage.graph.direction import ArticleFacts, article_facts
from lineage.graph.pairs import PairAligner
from lineage.graph.tracing import candidate_groups
from lineage.models import LineageGraph
from lineage.params import AttributionParams, Params
from lineage.spark.align import EDGE_COLUMNS, edge_columns
from lineage.spark.attribution import attribute_rows, facts_json, facts_of_json
from tests.graph.test_attribution import _fanout

_text = st.text(max_size=20)


@given(st.builds(ArticleFacts, _text, st.none() | _text, st.none() | _text, st.tuples(_text, _text), st.none() | _text))
def test_facts_survive_their_json(facts: ArticleFacts) -> None:
    assert facts_of_json(facts_json(facts)) == facts


def test_each_child_attributed_from_its_group_as_the_whole_graph_attributes_it() -> None:
    documents, _ = _fanout()
    aligner = PairAligner(Params())
    groups = candidate_groups(documents, Params())
    edges = [e for doc, cands in groups for c in cands if (e := aligner.edge(c, doc)) is not None]
    whole = attribute_graph(LineageGraph(tuple(sorted(documents, key=lambda d: d.id)), tuple(edges)))
    by_id = {d.id: d for d in documents}
    oriented = {(e.source, e.target) for e in edges if e.direction.determined}
    kept = []
    for child in sorted({e.target for e in edges if e.direction.determined}):
        into = [e for e in edges if e.target == child and e.direction.determined]
        row = {
            "child": child,
            "records": [edge_columns(e)[-1] for e in reversed(into)],  # any order: collect_list has none
            "among": [{"a": a, "b": b} for a, b in sorted(candidate_sources((e.source for e in into), oriented))],
            "cand_facts": [facts_json(article_facts(by_id[e.source])) for e in into],
            "child_facts": facts_json(article_facts(by_id[child])),
        }
        rows = attribute_rows(row, AttributionParams())
        expected, aside = child_edges(
            article_facts(by_id[child]),
            into,
            {e.source: article_facts(by_id[e.source]) for e in into},
            candidate_sources((e.source for e in into), oriented),
            AttributionParams(),
        )
        assert [r[1:-1] for r in rows if r[0] == "edge"] == [edge_columns(e) for e in expected]
        assert {(r[1], r[2]) for r in rows if r[0] == "aside"} == {(x.candidate, child) for x in aside}
        assert all(len(r) == len(EDGE_COLUMNS) + 2 for r in rows)
        kept.extend((r[1], r[2]) for r in rows if r[0] == "edge")
    assert sorted(kept) == sorted((e.source, e.target) for e in whole.edges if e.direction.determined)
