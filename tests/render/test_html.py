"""The HTML report: self-contained, escaped, shaded side-by-side texts."""

from __future__ import annotations

import html
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage import trace
from lineage.models import (
    Attribution,
    Comparison,
    Direction,
    Document,
    Drift,
    Edge,
    LineageGraph,
    Link,
    Passage,
    Problem,
)
from lineage.render.html import CSP, html_report
from tests.graph.test_evidence import COPY
from tests.graph.test_evidence import WIRE as AGENCY
from tests.render.samples import REWRITE, WIRE, sample_graph

HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="Graphviz dot is not installed")

HTML_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "div", "section", "table",
    "thead", "tbody", "tr", "th", "td", "a", "ul", "li", "span", "i", "script",
}  # fmt: skip
SVG_TAGS = {"svg", "g", "title", "polygon", "path", "text", "a", "ellipse", "polyline"}
PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')


class Collector(HTMLParser):
    """Start tags with their attributes, and raw text data (character references left alone)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def collect(page: str) -> Collector:
    parser = Collector()
    parser.feed(page)
    parser.close()
    return parser


def assert_safe(page: str) -> Collector:
    """The page is well-formed XML, uses only expected tags, no event handlers, one inline script."""
    ET.fromstring(page)
    parsed = collect(page)
    names = {tag for tag, _ in parsed.tags}
    assert names <= HTML_TAGS | SVG_TAGS, names - (HTML_TAGS | SVG_TAGS)
    for tag, attrs in parsed.tags:
        for name, _ in attrs:
            assert not name.lower().startswith("on"), (tag, name)
        if tag == "script":
            assert attrs == []
    assert sum(1 for tag, _ in parsed.tags if tag == "script") == 1
    assert all("<" not in chunk for chunk in parsed.data)
    return parsed


def hostile_graph() -> LineageGraph:
    evil = " ".join(PAYLOADS)
    text_a = f"Primo paragrafo {PAYLOADS[0]} fine.\nSecondo {PAYLOADS[1]} paragrafo."
    text_b = f"Nuovo inizio.\nPrimo paragrafo {PAYLOADS[0]} fine.\nChiusura {PAYLOADS[1]}."
    a = Document(id=f"a{evil}", text=text_a, outlet=evil, published=evil, url=f"javascript:{evil}", title=evil)
    b = Document(
        id=f"b{evil}", text=text_b, outlet=evil, published="2024-06-18", url="https://x.test/?q=<>", title=evil
    )
    src = (0, text_a.index("\n"))
    tgt_start = text_b.index("Primo")
    tgt = (tgt_start, text_b.index("\n", tgt_start))
    drift = Drift("name", PAYLOADS[0], PAYLOADS[1], (17, 17 + len(PAYLOADS[0])), (tgt_start + 16, tgt[1]))
    link = Link((0,), (1,), src, tgt, "verbatim", 0.95, (drift,))
    passage = Passage(src, tgt, "verbatim", 0.95, (drift,), (link,))
    comparison = Comparison((passage,), 0.5, 0.4, original=((0, 13),), boilerplate=((tgt[1] + 1, len(text_b)),))
    attribution = Attribution("undetermined", (1,), (tgt,), (evil,), equivalent=(f"c{evil}",))
    edge = Edge(a.id, b.id, comparison, Direction("undetermined", (evil,)), attribution=attribution)
    return LineageGraph((a, b), (edge,), (Problem(evil, evil),))


HOSTILE_FINDINGS = [
    {
        "document": PAYLOADS[0],
        "parent": PAYLOADS[1],
        "agency": PAYLOADS[0],
        "share": 0.5,
        "credited": False,
        "licensed": None,
        "violations": list(PAYLOADS),
    }
]


def test_report_is_self_contained() -> None:
    page = html_report(sample_graph())
    parsed = assert_safe(page)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}"/>' in page
    assert "default-src 'none'" in CSP
    for tag, attrs in parsed.tags:
        names = {name for name, _ in attrs}
        assert "src" not in names, tag
        if tag != "a":
            assert "href" not in names and "xlink:href" not in names, tag
    for tag, attrs in parsed.tags:
        if tag == "a":
            href = dict(attrs).get("href") or dict(attrs).get("xlink:href") or ""
            assert href.startswith(("#", "https://")), href
    assert "@import" not in page and "url(" not in page


@needs_dot
def test_report_embeds_the_svg_diagram() -> None:
    page = html_report(sample_graph())
    svg = page[page.index("<svg") : page.index("</svg>") + len("</svg>")]
    root = ET.fromstring(svg)
    text = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for outlet in ("Adnkronos", "Voci di Città", "askanews"):
        assert outlet in text
    assert 'xlink:href="#edge-0"' in svg  # edges link to their side-by-side section


def test_report_without_graphviz_still_has_everything_else(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    page = html_report(sample_graph())
    assert "The diagram could not be drawn" in page and "install Graphviz" in page
    assert "<svg" not in page
    assert 'id="edge-2"' in page
    assert_safe(page)


def test_report_tables() -> None:
    page = html_report(sample_graph(), title="Seeds & co")
    assert "<title>Seeds &amp; co</title>" in page and "<h1>Seeds &amp; co</h1>" in page
    assert '<a href="#edge-0">000_24fdc73ef1bfebf6 → 001_2598fe8beeab436c</a>' in page
    assert "006_a — 007_b" in page
    assert '<tr id="doc-1"><td>001_2598fe8beeab436c</td><td>Voci di Città</td>' in page
    assert '<a href="https://www.vocidicitta.it/" rel="noopener noreferrer nofollow">' in page
    assert "<h2>Findings</h2>" not in page
    assert "seeds/broken.txt: not UTF-8" in page


def test_report_findings_table() -> None:
    findings = [
        {
            "document": REWRITE,
            "parent": WIRE,
            "agency": "Adnkronos",
            "share": 0.4318,
            "credited": False,
            "licensed": None,
            "violations": ["uncredited agency copy", "no licence"],
        },
        {"document": "005_copy", "parent": WIRE, "agency": "Adnkronos", "share": 0.93, "credited": True,
         "licensed": True, "violations": []},
    ]  # fmt: skip
    page = html_report(sample_graph(), findings=findings)
    assert "<h2>Findings</h2>" in page
    assert (
        f'<tr class="violation"><td>{REWRITE}</td><td>{WIRE}</td><td>Adnkronos</td><td class="num">43%</td>'
        "<td>no</td><td>—</td><td>uncredited agency copy; no licence</td></tr>"
    ) in page
    assert '<tr><td>005_copy</td><td>000_24fdc73ef1bfebf6</td><td>Adnkronos</td><td class="num">93%</td>' in page


def test_side_by_side_shading_and_counterparts() -> None:
    graph = sample_graph()
    page = html_report(graph)
    section = page[page.index('<section class="edge" id="edge-0">') : page.index("</section>")]
    source_col, target_col = section.split('<div class="col">')[1:3]
    # The full original texts are there, escaped.
    for doc_id, col in ((WIRE, source_col), (REWRITE, target_col)):
        plain = html.unescape(re.sub(r"<[^>]+>", "", col.split('<div class="text">', 1)[1]))
        assert plain.removesuffix("</div>").startswith(graph.document(doc_id).text[:40])
        assert graph.document(doc_id).text in plain
    # Every link id appears on both sides.
    ids_source = set(re.findall(r'data-link="([^"]+)"', source_col))
    ids_target = set(re.findall(r'data-link="([^"]+)"', target_col))
    assert ids_source == ids_target and len(ids_source) == 11
    # The drift is highlighted with a from → to tooltip on both sides.
    assert '<span class="rewritten drift" data-link="e0-l5" title="date: 2000 → 2020">2000</span>' in source_col
    # The copy's side also says what the link rests on (here no evidence: label and score).
    note = "date: 2000 → 2020; rewritten, score 0.45"
    assert f'<span class="rewritten drift" data-link="e0-l5" title="{note}">2020</span>' in target_col
    # The target's own text and its boilerplate are shaded.
    assert '<span class="original">Il leader russo, in occasione del viaggio' in target_col
    assert '<span class="boilerplate">Fonte foto in evidenza: Adnkronos' in target_col
    # Verbatim passages of the copy.
    copy_section = page[page.index('id="edge-1"') :]
    assert '<span class="verbatim" data-link="e1-l0">Sarà una &quot;visita di stato amichevole&quot;' in copy_section


def test_script_uses_only_data_link_and_no_markup_characters() -> None:
    page = html_report(sample_graph())
    script = page[page.index("<script>") + len("<script>") : page.index("</script>")]
    assert "<" not in script and "&" not in script
    assert "data-link" in script and "innerHTML" not in script and "eval" not in script


def test_hostile_text_titles_and_ids_appear_only_escaped() -> None:
    page = html_report(hostile_graph(), findings=HOSTILE_FINDINGS, title=PAYLOADS[0])
    parsed = assert_safe(page)
    for payload in PAYLOADS:
        assert payload not in page
        assert html.escape(payload, quote=True) in page
    assert not any(tag == "img" for tag, _ in parsed.tags)
    assert "javascript:" not in {v for _, attrs in parsed.tags for k, v in attrs if k == "href"}
    assert 'href="https://x.test/?q=&lt;&gt;"' in page


def test_report_is_deterministic() -> None:
    assert html_report(sample_graph()) == html_report(sample_graph())


def test_report_tolerates_spans_out_of_range() -> None:
    graph = sample_graph()
    edge = graph.edges[2]
    bad = replace(edge.comparison, original=((-5, 3), (190, 10_000), (50, 40)))
    page = html_report(replace(graph, edges=(replace(edge, comparison=bad),)))
    assert_safe(page)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40), st.text(max_size=40), st.text(min_size=1, max_size=80))
def test_any_text_stays_text(title: str, outlet: str, text: str) -> None:
    a = Document(id=f"a{title}", text=text, outlet=outlet, title=title, url=outlet)
    b = Document(id=f"b{title}", text=f"{text} {outlet}", outlet=title, title=outlet)
    n = len(text)
    link = Link((0,), (0,), (0, n), (0, n), "rewritten", 0.5)
    comparison = Comparison(
        (Passage((0, n), (0, n), "rewritten", 0.5, links=(link,)),), 0.9, 0.8, original=((n, n + 1 + len(outlet)),)
    )
    graph = LineageGraph((a, b), (Edge(a.id, b.id, comparison, Direction("published", (title,))),))
    page = html_report(graph, title=title, findings=[{"document": a.id, "violations": [outlet]}])
    assert_safe(page)


def _render_reference(text: str, marks: list[object]) -> str:
    """The report's marking as it was first written: every stretch looks every mark up (quadratic)."""
    from itertools import pairwise

    from lineage.render import html as report

    n = len(text)
    clipped = []
    for m in marks:
        start, end = max(0, min(m.start, n)), max(0, min(m.end, n))  # type: ignore[attr-defined]
        if end > start:
            clipped.append(report._Mark(start, end, m.kind, m.link, m.note))  # type: ignore[attr-defined]
    bounds = sorted({0, n, *(m.start for m in clipped), *(m.end for m in clipped)})
    return "".join(
        report._span(text[a:b], [m for m in clipped if m.start <= a and m.end >= b]) for a, b in pairwise(bounds)
    )


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=80),
    st.lists(
        st.tuples(
            st.integers(-5, 90),
            st.integers(-5, 90),
            st.sampled_from(["verbatim", "rewritten", "own", "drift", "boilerplate"]),
            st.sampled_from(["", "l1", "l2"]),
            st.sampled_from(["", "a→b"]),
        ),
        max_size=12,
    ),
)
def test_marking_in_one_sweep_renders_what_looking_every_mark_up_renders(
    text: str, spec: list[tuple[int, int, str, str, str]]
) -> None:
    from lineage.render import html as report

    marks = [report._Mark(a, b, kind, link, note) for a, b, kind, link, note in spec]
    assert report._render_text(text, marks) == _render_reference(text, marks)


def test_a_huge_text_shows_only_what_is_aligned() -> None:
    from lineage.render import html as report

    doc = Document("junk", "Una frase ripetuta. " * 100_000)
    column = report._column("copy", "junk", doc, [])
    assert len(column) < 600_000 < len(doc.text)
    assert "more characters, not aligned, not shown" in column


def test_a_copied_sentence_shows_the_evidence_of_its_link() -> None:
    graph = trace([Document("wire", AGENCY, published="2025-03-12"), Document("copy", COPY, published="2025-03-13")])
    page = html_report(graph)
    target_col = page[page.index('<section class="edge" id="edge-0">') :].split('<div class="col">')[2]
    titles = [
        html.unescape(t) for t in re.findall(r'<span class="(?:rewritten|verbatim)"[^>]* title="([^"]+)"', target_col)
    ]
    minister = next(t for t in titles if "Calderone" in t)
    assert re.match(r"(rewritten|verbatim), score 0\.\d\d · ", minister)
    assert "facts both state: Marina, Calderone" in minister
    assert "words both use: " in minister and "premia" in minister
    assert re.search(r"· \d+ of its \d+ words shared$", minister)


def test_an_edge_states_its_attribution_and_the_candidates_it_cannot_tell_apart() -> None:
    graph = sample_graph()
    edge = graph.edges[0]
    why = ("best for 3.0 sentences of material", "copy carry the same text for all these sentences")
    undetermined = Attribution("undetermined", (0, 1, 2), ((0, 10),), why, equivalent=("copy",))
    page = html_report(replace(graph, edges=(replace(edge, attribution=undetermined), *graph.edges[1:])))
    assert "attribution: undetermined (the text cannot tell it from copy) · explains 3 sentence(s)" in page
    assert f"<li>{why[1]}</li>" in page
    attributed = replace(undetermined, status="attributed", equivalent=())
    page = html_report(replace(graph, edges=(replace(edge, attribution=attributed), *graph.edges[1:])))
    assert "attribution: attributed · explains 3 sentence(s)" in page and "cannot tell" not in page
