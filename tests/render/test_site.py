"""The report of a big graph: an index of stories biggest first and a page per story."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from lineage.models import Comparison, Direction, Document, Edge, LineageGraph, Relation
from lineage.render.dot import graph_to_dot, render_svg, render_svgs
from lineage.render.html import html_report
from lineage.render.site import html_site, split_stories, story_folder

HOSTILE = '<script>alert("x")</script>'


def _edge(source: str, target: str) -> Edge:
    return Edge(source, target, Comparison((), 0.9, 0.9), Direction("published", ()))


def _graph(sizes: tuple[int, ...]) -> LineageGraph:
    """Story k: a wire wK and sizes[k] copies of it; one article in no derivation."""
    docs = [Document("lone", "nothing reused here", outlet="Lone Post")]
    edges = []
    for k, n in enumerate(sizes):
        wire = f"w{k}"
        docs.append(Document(wire, f"wire story {k}", outlet="ANSA", published=f"2024-06-{10 + k:02d}"))
        for j in range(n):
            child = f"w{k}c{j}"
            docs.append(Document(child, f"copy {j} of {k}", outlet=HOSTILE if j == 0 else f"Outlet {j}"))
            edges.append(_edge(wire, child))
    relations = (Relation("w1c0", "w1c1", "sibling", ("w1",)),)
    return LineageGraph(tuple(docs), tuple(edges), relations=relations)


def test_a_small_graph_is_one_page_as_before() -> None:
    g = _graph((2, 3))
    site = html_site(g, name="report.html")
    assert site.pages == ()
    assert site.index == html_report(g)


def test_stories_are_split_biggest_first_with_their_relations() -> None:
    found = split_stories(_graph((1, 4, 2, 4)), "r-stories")
    assert [s.name for s in found] == ["w1", "w3", "w2", "w0"]  # size, then name
    assert [s.page for s in found] == [f"r-stories/story-{k:04d}.html" for k in range(1, 5)]
    assert [len(s.graph.edges) for s in found] == [4, 4, 2, 1]
    assert {d.id for d in found[0].graph.documents} == {"w1", *(f"w1c{j}" for j in range(4))}
    assert [(r.a, r.b) for r in found[0].graph.relations] == [("w1c0", "w1c1")]
    assert all(s.graph.relations == () for s in found[1:])


def test_a_big_graph_is_an_index_and_a_page_per_story() -> None:
    g = _graph((1, 4, 2, 4))
    findings = [{"document": "w1c2", "parent": "w1", "violations": ["uncredited"]}]
    site = html_site(g, name="r.html", findings=findings, one_page_edges=5)
    assert [name for name, _ in site.pages] == [f"r-stories/story-{k:04d}.html" for k in range(1, 5)]
    index = site.index
    ElementTree.fromstring(index.split("\n", 1)[1])  # well-formed, past the doctype
    assert "16 document(s) · 11 derivation(s) in 4 stories" in index
    assert "1 article(s) in no derivation, not listed" in index
    assert re.findall(r'<a href="(r-stories/[^"]+)">', index) == [name for name, _ in site.pages]
    assert 'id="story-filter"' in index and "<svg" not in index  # no diagram of everything
    assert HOSTILE not in index and "&lt;script&gt;" in index
    seen: list[str] = []
    for _, page in site.pages:
        ElementTree.fromstring(page.split("\n", 1)[1])
        assert '<a href="../r.html">← all stories</a>' in page
        assert "<svg" in page  # its diagram, drawn in the one Graphviz run
        assert HOSTILE not in page
        seen += re.findall(r'<section class="edge" id="edge-\d+">\n<h2>(\S+) → (\S+)</h2>', page)
    assert sorted(seen) == sorted((e.source, e.target) for e in g.edges)  # each derivation on one page
    first = dict(site.pages)["r-stories/story-0001.html"]
    assert "uncredited" in first and "uncredited" not in dict(site.pages)["r-stories/story-0002.html"]


def test_story_folder_is_named_after_the_report() -> None:
    assert story_folder("report.html") == "report-stories"
    assert story_folder("audit.v2.htm") == "audit.v2-stories"
    assert story_folder("report") == "report-stories"


def test_one_graphviz_run_draws_what_one_run_per_diagram_draws() -> None:
    stories = split_stories(_graph((3, 1, 2)), "x")
    dots = [graph_to_dot(s.graph, anchors=True) for s in stories]
    assert render_svgs(dots) == [render_svg(d) for d in dots]
    assert render_svgs([]) == []
