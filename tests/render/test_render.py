"""Rendering: JSON, CSV, terminal tables, Graphviz diagrams, files.

Golden files live in tests/golden/; regenerate them after an intended change with
``LINEAGE_REGEN_GOLDEN=1 .venv/bin/pytest tests/render/test_render.py`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lineage
from lineage.errors import RenderError
from lineage.models import Comparison, Direction, Document, Edge, LineageGraph, Link, Passage
from lineage.render.csv import CSV_HEADER, write_csv, write_findings_csv
from lineage.render.dot import dot_source, graph_to_dot, render_graph
from lineage.render.json import comparison_to_json, graph_to_json, write_comparison_json, write_json
from lineage.render.order import edge_kind
from lineage.render.passages import passage_dot
from lineage.render.safe import clean_text
from lineage.render.table import format_comparison, format_table
from tests.corpus import ROOT
from tests.render.samples import COPY, REWRITE, WIRE, sample_graph, sentence_spans

GOLDEN = ROOT / "tests" / "golden"
HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="Graphviz dot is not installed")

HOSTILE = [
    'quote " and \\" backslash \\ end\\',
    "<b>bold</b> & <i>amp;</i> &amp; &lt;",
    '"><script>alert(1)</script>',
    "line\nbreak\r\nand\ttab \\n \\l \\N",
    "<<>>",
    "",
    " ",
    "\x00\x07\x1b[31mred\x9b\ufffe",
]


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` byte for byte with tests/golden/NAME (rewrite it when LINEAGE_REGEN_GOLDEN=1)."""
    path = GOLDEN / name
    data = text.encode("utf-8")
    if os.environ.get("LINEAGE_REGEN_GOLDEN") == "1":
        path.write_bytes(data)
        return
    assert path.exists(), f"missing {path}: run LINEAGE_REGEN_GOLDEN=1 pytest tests/render/test_render.py"
    assert data == path.read_bytes(), f"{name} differs from the golden file (LINEAGE_REGEN_GOLDEN=1 to update)"


def svg_of(dot_text: str) -> ET.Element:
    """Render DOT text with the dot program, failing on any error; the parsed SVG."""
    proc = subprocess.run(["dot", "-Tsvg"], input=dot_text.encode("utf-8"), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Error" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return ET.fromstring(proc.stdout)


def svg_text(root: ET.Element) -> str:
    return " ".join("".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text"))


def shuffled(graph: LineageGraph) -> LineageGraph:
    """The same graph with documents, edges, passages and links in reverse order."""
    edges = []
    for e in reversed(graph.edges):
        passages = tuple(replace(p, links=tuple(reversed(p.links))) for p in reversed(e.passages))
        edges.append(replace(e, comparison=replace(e.comparison, passages=passages)))
    return LineageGraph(tuple(reversed(graph.documents)), tuple(edges), tuple(reversed(graph.problems)))


def hostile_graph(text: str, *, doc_text: str | None = None) -> LineageGraph:
    """Two documents whose id, outlet, title, url and date all contain ``text``, and an edge."""
    body = doc_text if doc_text is not None else f"Primo {text} paragrafo.\nSecondo paragrafo {text}."
    a = Document(id=f"a{text}", text=body, outlet=text, published=text, url=text, title=text)
    b = Document(id=f"b{text}", text=body, outlet=f"{text}!", published="2024-06-18", title=f"T {text}")
    n = len(body)
    link = Link((0,), (0,), (0, n), (0, n), "verbatim", 1.0)
    passage = Passage((0, n), (0, n), "verbatim", 1.0, links=(link,))
    comparison = Comparison((passage,), 1.0, 1.0)
    edge = Edge(a.id, b.id, comparison, Direction("undetermined", (text,)))
    return LineageGraph((a, b), (edge,))


# --------------------------------------------------------------------------- JSON


def test_json_contract_shape() -> None:
    data = graph_to_json(sample_graph())
    assert list(data) == ["lineage_version", "documents", "edges", "problems", "siblings", "set_aside"]
    assert data["lineage_version"] == lineage.__version__
    assert [d["id"] for d in data["documents"]] == sorted(d["id"] for d in data["documents"])
    assert set(data["documents"][0]) == {"id", "outlet", "published", "title", "url", "author", "length", "story"}
    # Stories: the connected groups of derivations, named by their smallest id; lone articles have none.
    assert {d["id"]: d["story"] for d in data["documents"]}[REWRITE] == WIRE
    story_of = {d["id"]: d["story"] for d in data["documents"]}
    assert all(e["story"] == story_of[e["source"]] == story_of[e["target"]] is not None for e in data["edges"])
    assert all(story_of[s] <= s for s in story_of if story_of[s] is not None)
    assert data["documents"][0]["length"] == len(sample_graph().document(WIRE).text)
    assert [(e["source"], e["target"]) for e in data["edges"]] == [
        (WIRE, REWRITE),
        (WIRE, COPY),
        ("006_a", "007_b"),
    ]
    edge = data["edges"][0]
    assert edge["story"] == WIRE
    assert set(edge) == {
        "story",
        "source",
        "target",
        "direction",
        "share",
        "source_share",
        "verbatim",
        "rewritten",
        "drift_count",
        "passages",
    }
    assert edge["direction"]["method"] == "dateline"
    assert edge["direction"]["determined"] is True
    assert (edge["verbatim"], edge["rewritten"], edge["drift_count"]) == (0, 11, 1)
    assert edge["share"] == round(edge["share"], 4)
    passage = edge["passages"][1]
    assert set(passage) == {"source_span", "target_span", "label", "score", "drift", "links"}
    assert passage["label"] == "rewritten"
    assert passage["drift"] == [
        {
            "kind": "date",
            "from": "2000",
            "to": "2020",
            "source_span": passage["drift"][0]["source_span"],
            "target_span": passage["drift"][0]["target_span"],
        }
    ]
    link = passage["links"][0]
    assert set(link) >= {"source_sentences", "target_sentences", "source_span", "target_span", "label", "score"}
    assert link["source_sentences"] == [1, 2] and link["target_sentences"] == [4]
    assert data["edges"][2]["direction"] == {
        "method": "undetermined",
        "determined": False,
        "evidence": ["both published 2024-07-01: the dates do not tell which came first"],
    }
    assert data["problems"] == [{"origin": "seeds/broken.txt", "message": "not UTF-8: re-encode the file as UTF-8"}]


def test_json_spans_point_at_the_drifted_text() -> None:
    graph = sample_graph()
    edge = graph_to_json(graph)["edges"][0]
    drift = edge["passages"][1]["drift"][0]
    a, b = drift["source_span"]
    c, d = drift["target_span"]
    assert graph.document(WIRE).text[a:b] == "2000"
    assert graph.document(REWRITE).text[c:d] == "2020"


def test_json_passages_sorted_by_target_span_and_scores_rounded() -> None:
    graph = sample_graph()
    edge = graph.edges[0]
    noisy = replace(edge.passages[0], score=0.123456789)
    comparison = replace(edge.comparison, passages=(*reversed(edge.passages[1:]), noisy))
    data = graph_to_json(replace(graph, edges=(replace(edge, comparison=comparison),)))
    passages = data["edges"][0]["passages"]
    assert [p["target_span"] for p in passages] == sorted(p["target_span"] for p in passages)
    assert passages[0]["score"] == 0.1235


def test_write_json_golden_and_round_trip() -> None:
    out = io.StringIO()
    write_json(sample_graph(), out)
    text = out.getvalue()
    assert text.endswith("}\n")
    assert json.loads(text) == graph_to_json(sample_graph())
    check_golden("graph.json", text)


def test_output_does_not_depend_on_input_order() -> None:
    graph, other = sample_graph(), shuffled(sample_graph())
    outputs = []
    for g in (graph, other):
        j, c = io.StringIO(), io.StringIO()
        write_json(g, j)
        write_csv(g, c)
        outputs.append((j.getvalue(), c.getvalue(), format_table(g), dot_source(g)))
    assert outputs[0] == outputs[1]


def test_two_renders_are_byte_identical() -> None:
    first, second = io.StringIO(), io.StringIO()
    write_json(sample_graph(), first)
    write_json(sample_graph(), second)
    assert first.getvalue() == second.getvalue()
    assert dot_source(sample_graph()) == dot_source(sample_graph())


def test_comparison_json_has_texts_and_target_regions() -> None:
    graph = sample_graph()
    edge = graph.edges[0]
    src, tgt = graph.document(edge.source), graph.document(edge.target)
    data = comparison_to_json(edge.comparison, src, tgt)
    assert data["source"]["id"] == WIRE and data["target"]["id"] == REWRITE
    assert data["target_share"] == round(edge.comparison.target_share, 4)
    for passage in data["passages"]:
        a, b = passage["source_span"]
        assert passage["source_text"] == src.text[a:b]
        for link in passage["links"]:
            c, d = link["target_span"]
            assert link["target_text"] == tgt.text[c:d]
    assert data["original"][0]["text"].startswith("Il leader russo, in occasione del viaggio")
    assert data["boilerplate"][0]["text"].startswith("Fonte foto in evidenza: Adnkronos")
    assert data["source_boilerplate"] == []
    out = io.StringIO()
    write_comparison_json(edge.comparison, src, tgt, out)
    check_golden("comparison.json", out.getvalue())


# --------------------------------------------------------------------------- CSV and tables


def test_csv_one_row_per_passage() -> None:
    graph = sample_graph()
    out = io.StringIO()
    write_csv(graph, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) - 1 == sum(len(e.passages) for e in graph.edges)
    drift_rows = [r for r in rows[1:] if r[-1]]
    assert [(r[0], r[1], r[-1]) for r in drift_rows] == [(WIRE, REWRITE, "2000→2020"), ("006_a", "007_b", "21→12")]
    check_golden("graph.csv", out.getvalue())


def test_csv_quotes_hostile_values() -> None:
    out = io.StringIO()
    write_csv(hostile_graph('a,"b"\nc'), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1][0] == 'aa,"b"\nc'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_start_a_formula(start: str) -> None:
    """OWASP's CSV-injection advice: a cell starting like a formula is prefixed with ' (text)."""
    value = f'{start}HYPERLINK("http://x.example/?q="&A1,"click")'
    graph = hostile_graph("x")
    edge = replace(graph.edges[0], source=value, target=start + "2")
    out = io.StringIO()
    write_csv(replace(graph, edges=(edge,)), out)
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert row[:2] == ["'" + value, "'" + start + "2"]
    assert row[2] == "verbatim" and row[3] == "0"  # other cells as they were


def test_findings_csv_cells_never_start_a_formula() -> None:
    out = io.StringIO()
    finding = {
        "document": "=1+1",
        "parent": "@SUM(A1)",
        "agency": "-A",
        "share": 0.5,
        "credited": True,
        "licensed": False,
        "violations": ["uncredited"],
        "drift": [],
    }
    write_findings_csv({"findings": [finding]}, out)
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert row[:3] == ["'=1+1", "'@SUM(A1)", "'-A"]
    assert row[3] == "0.5000"  # numbers stay numbers


def test_format_table_golden() -> None:
    text = format_table(sample_graph())
    assert "000_24fdc73ef1bfebf6 → 001_2598fe8beeab436c" in text
    assert "006_a — 007_b" in text
    assert "Adnkronos → Voci di Città" in text
    check_golden("table.txt", text)


def test_format_table_without_edges() -> None:
    graph = sample_graph()
    text = format_table(replace(graph, edges=(), problems=()))
    assert text.startswith("no reused text found between 8 document(s)\n")


def test_format_table_counts_articles_in_no_derivation_past_the_bound() -> None:
    graph = sample_graph()
    linked = {e.source for e in graph.edges} | {e.target for e in graph.edges}
    lone = [d.id for d in graph.documents if d.id not in linked]
    assert lone  # the sample holds articles in no derivation
    listed = format_table(graph, max_lone=len(lone))
    assert all(doc_id in listed for doc_id in lone) and "not listed" not in listed
    counted = format_table(graph, max_lone=len(lone) - 1)
    assert not any(doc_id in counted for doc_id in lone)
    assert all(doc_id in counted for doc_id in linked)
    assert f"{len(lone)} article(s) in no derivation, not listed" in counted


def test_format_table_neutralises_terminal_controls() -> None:
    text = format_table(hostile_graph("\x1b[2J\x07x\ny\u202e"))
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    body = text.splitlines()
    assert all("\r" not in line for line in body)


def test_format_comparison_golden_and_width() -> None:
    graph = sample_graph()
    edge = graph.edges[0]
    src, tgt = graph.document(edge.source), graph.document(edge.target)
    text = format_comparison(edge.comparison, src.text, tgt.text, width=100, source_label=WIRE, target_label=REWRITE)
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "drift (date): 2000 → 2020" in text
    assert "target's own text" in text and "Fonte foto in evidenza" in text
    check_golden("comparison.txt", text)


# --------------------------------------------------------------------------- Graphviz


def test_dot_golden() -> None:
    check_golden("graph.dot", dot_source(sample_graph()))


def test_dot_structure() -> None:
    source = dot_source(sample_graph())
    assert "rankdir=LR" in source
    assert source.count("subgraph cluster_") == 2  # two stories; unconnected seeds stand alone
    for i in range(8):
        assert f"\td{i} [label=<" in source  # every document drawn, edges or not
    assert 'label="43% · 0 verbatim / 11 rewritten · 1 drift"' in source
    assert 'color="#c0392b"' in source  # verbatim
    assert 'color="#2471a3"' in source  # rewritten
    assert 'color="#d68910"' in source  # partial
    undetermined = next(line for line in source.splitlines() if "d6 -> d7" in line)
    assert "dir=none" in undetermined and "style=dashed" in undetermined


def test_dot_counts_lone_articles_past_a_few_instead_of_drawing_them() -> None:
    graph = sample_graph()
    lone = tuple(Document(f"zz{k:03d}", "Un articolo a sé.") for k in range(40))
    crowded = replace(graph, documents=graph.documents + lone)
    source = graph_to_dot(crowded).source
    assert "zz000" not in source and source.count("[label=<") == 5  # the stories' five articles only
    assert "43 article(s) in no derivation, not drawn" in source  # 40 + the sample's three
    few = graph_to_dot(crowded, max_lone=100).source
    assert few.count("[label=<") == 48


def test_dot_declares_nodes_latest_first_so_earliest_is_on_top() -> None:
    source = dot_source(sample_graph())
    order = [line.split()[0] for line in source.splitlines() if " [label=<" in line]
    assert order.index("d2") < order.index("d3") < order.index("d4")  # 2025, 06-20, 06-19


def test_undetermined_edge_runs_earliest_to_latest() -> None:
    graph = sample_graph()
    a, b = graph.document("006_a"), graph.document("007_b")
    earlier = replace(graph, documents=(replace(a, published="2024-07-02"), b))
    earlier = replace(earlier, edges=(graph.edges[2],))
    source = dot_source(earlier)
    assert "d1 -> d0" in source


@needs_dot
def test_svg_is_well_formed_and_shows_outlets(tmp_path: Path) -> None:
    written = render_graph(graph_to_dot(sample_graph()), tmp_path / "lineage.svg")
    root = ET.parse(written).getroot()
    text = svg_text(root)
    for outlet in ("Adnkronos", "Voci di Città", "askanews", "Il Copione", "Cronaca Uno"):
        assert outlet in text
    assert "unknown outlet" in text


@needs_dot
@pytest.mark.parametrize("nasty", HOSTILE)
def test_dot_escapes_article_strings(nasty: str) -> None:
    graph = hostile_graph(nasty)
    source = dot_source(graph)
    root = svg_of(source)
    rendered = ET.tostring(root, encoding="unicode")
    assert "<script" not in rendered
    assert "<b>" not in rendered
    if "script" in nasty:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


@needs_dot
def test_dot_escaping_keeps_the_text() -> None:
    nasty = '"><script>alert(1)</script> & \\ done'
    root = svg_of(dot_source(hostile_graph(nasty)))
    assert nasty in svg_text(root)


@needs_dot
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), st.text(max_size=30))
def test_any_text_in_metadata_gives_valid_dot(title: str, outlet: str) -> None:
    a = Document(id=title or "x", text="Uno. Due.", outlet=outlet, published=outlet, title=title)
    b = Document(id=f"{title}{outlet}!", text="Uno. Tre.", outlet=title, title=outlet)
    link = Link((0,), (0,), (0, 4), (0, 4), "verbatim", 1.0)
    edge = Edge(
        a.id,
        b.id,
        Comparison((Passage((0, 4), (0, 4), "verbatim", 1.0, links=(link,)),), 0.4, 0.4),
        Direction("undetermined", (title,)),
    )
    graph = LineageGraph((a, b), (edge,))
    svg_of(dot_source(graph))
    a_spans, b_spans = sentence_spans(a.text), sentence_spans(b.text)
    svg_of(str(passage_dot(edge, a, b, a_spans, b_spans).source))


def test_edge_kind() -> None:
    graph = sample_graph()
    kinds = {(e.source, e.target): edge_kind(e) for e in graph.edges}
    assert kinds == {(WIRE, REWRITE): "rewritten", (WIRE, COPY): "verbatim", ("006_a", "007_b"): "partial"}
    assert edge_kind(graph.edges[2], partial_below=0.3) == "rewritten"


def test_clean_text_keeps_length() -> None:
    text = "a\x00b\x1bc\ud800d\ufffee\n\tf"
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned == "a\ufffdb\ufffdc\ufffdd\ufffde\n\tf"


# --------------------------------------------------------------------------- passage diagram


def _passage_dot() -> str:
    graph = sample_graph()
    edge = graph.edges[0]
    src, tgt = graph.document(edge.source), graph.document(edge.target)
    dot = passage_dot(edge, src, tgt, sentence_spans(src.text), sentence_spans(tgt.text))
    return str(dot.source)


def test_passage_dot_golden() -> None:
    check_golden("passages.dot", _passage_dot())


def test_passage_dot_columns_links_and_greyed_own_text() -> None:
    source = _passage_dot()
    lines = source.splitlines()
    assert sum(1 for line in lines if re.match(r"\t+s(\d+|h) \[label=<", line)) == 18 + 1
    assert sum(1 for line in lines if re.match(r"\t+t(\d+|h) \[label=<", line)) == 33 + 1
    assert "\ts1 -> t4" in source and "\ts2 -> t4" in source  # two source sentences merged
    drift_edge = next(line for line in lines if line.strip().startswith("s7 -> t8"))
    assert "date: 2000 → 2020" in drift_edge
    own = next(line for line in lines if line.strip().startswith("t1 [label="))
    assert 'fillcolor="#eeeeee"' in own and "(own text)" in own
    boiler = next(line for line in lines if line.strip().startswith("t24 [label="))
    assert "dashed" in boiler and "(boilerplate)" in boiler


@needs_dot
def test_passage_svg_is_well_formed() -> None:
    root = svg_of(_passage_dot())
    assert "Voci di Città" in svg_text(root)


def test_passage_dot_rejects_unknown_sentence_index() -> None:
    graph = sample_graph()
    edge = graph.edges[0]
    src, tgt = graph.document(edge.source), graph.document(edge.target)
    with pytest.raises(RenderError, match="target sentence 5 but 5 target sentence spans"):
        passage_dot(edge, src, tgt, sentence_spans(src.text), sentence_spans(tgt.text)[:5])


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", [".dot", ".gv"])
def test_render_graph_writes_dot_source(tmp_path: Path, suffix: str) -> None:
    dot = graph_to_dot(sample_graph())
    written = render_graph(dot, tmp_path / f"g{suffix}")
    assert written.read_text(encoding="utf-8") == dot.source
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"g{suffix}"]


@needs_dot
@pytest.mark.parametrize(("suffix", "magic"), [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_render_graph_draws_images_without_litter(tmp_path: Path, suffix: str, magic: bytes) -> None:
    written = render_graph(graph_to_dot(sample_graph()), tmp_path / f"g{suffix.upper()}")
    assert written.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [f"g{suffix.upper()}"]


def test_render_graph_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"use a \.svg, \.png, \.pdf, \.dot or \.gv file name"):
        render_graph(graph_to_dot(sample_graph()), tmp_path / "g.jpeg")
    with pytest.raises(RenderError, match="no suffix"):
        render_graph(graph_to_dot(sample_graph()), tmp_path / "g")


def test_render_graph_without_graphviz(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RenderError, match=r"install Graphviz \(apt-get install graphviz"):
        render_graph(graph_to_dot(sample_graph()), tmp_path / "g.svg")
    assert not (tmp_path / "g.svg").exists()


def test_render_graph_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="check that the folder exists"):
        render_graph(graph_to_dot(sample_graph()), tmp_path / "nowhere" / "g.dot")


def test_graphml_reads_back_with_every_attribute_and_hostile_text() -> None:
    import networkx as nx

    from lineage.render.network import write_graphml

    out = io.BytesIO()
    write_graphml(sample_graph(), out)
    again = io.BytesIO()
    write_graphml(sample_graph(), again)
    assert out.getvalue() == again.getvalue()  # deterministic
    g = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert set(g.nodes) == {d.id for d in sample_graph().documents}
    edge = g.edges[WIRE, REWRITE]
    assert (edge["direction"], edge["kind"], edge["rewritten"], edge["story"]) == ("dateline", "rewritten", 11, WIRE)
    assert g.nodes[WIRE]["outlet"] == "Adnkronos" and g.nodes["006_a"]["story"] == "006_a"
    nasty = io.BytesIO()
    write_graphml(hostile_graph('<x>&"\x01\ud800'), nasty)
    hostile = nx.read_graphml(io.BytesIO(nasty.getvalue()))  # parses: control characters replaced
    assert any("<x>&" in data["title"] for _, data in hostile.nodes(data=True))
