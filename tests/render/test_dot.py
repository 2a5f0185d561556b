"""Drawing a graph of many stories: each story laid out alone and the layouts packed."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from lineage.models import Document, LineageGraph
from lineage.render.dot import draw_graph, graph_to_dot, render_graph
from tests.render.test_site import HOSTILE, _graph


def _texts(svg: Path) -> list[str]:
    root = ElementTree.parse(svg).getroot()
    return [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_many_stories_are_packed_biggest_first_with_the_legend(tmp_path: Path) -> None:
    g = _graph((1, 4, 2, 4, 3))
    out = draw_graph(g, tmp_path / "g.svg", pack_stories=3)
    texts = _texts(out)
    assert [t for t in texts if t.startswith("story ")] == [f"story {k}" for k in range(1, 6)]
    ids = {t for t in texts if re.fullmatch(r"w\dc?\d*|lone", t)}
    assert ids == {d.id for d in g.documents}  # one lone article: drawn, as up to 30 are
    assert any(t.startswith("red: verbatim") for t in texts)
    assert HOSTILE in texts  # escaped in the file, the outlet's text itself once parsed
    svg = out.read_text(encoding="utf-8")
    top = [float(m.group(1)) for m in re.finditer(r'<text[^>]* y="(-?[\d.]+)"[^>]*>story \d</text>', svg)]
    assert top == sorted(top)  # story 1 above story 2 above ...


def test_lone_articles_past_thirty_are_counted_not_drawn(tmp_path: Path) -> None:
    g = _graph((2, 2, 2))
    many = LineageGraph(documents=g.documents + tuple(Document(f"x{k:02d}", "alone") for k in range(40)), edges=g.edges)
    texts = _texts(draw_graph(many, tmp_path / "g.svg", pack_stories=1))
    assert any(t.endswith("· 41 article(s) in no derivation, not drawn") for t in texts)
    assert not any(t.startswith("x0") for t in texts)


def test_few_stories_and_dot_files_are_drawn_as_one_graph(tmp_path: Path) -> None:
    g = _graph((1, 2))
    a = draw_graph(g, tmp_path / "a.svg")
    b = render_graph(graph_to_dot(g), tmp_path / "b.svg")
    assert a.read_bytes() == b.read_bytes()
    source = draw_graph(_graph((1, 2, 3, 4)), tmp_path / "g.dot", pack_stories=1)
    assert source.read_text(encoding="utf-8") == str(graph_to_dot(_graph((1, 2, 3, 4))).source)
