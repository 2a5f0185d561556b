"""The HTML report of a big graph: an index of its stories and a page per story.

A graph of a few derivations is one page (:func:`~lineage.render.html.html_report`). Past
:data:`ONE_PAGE_EDGES` derivations one page would hold every side-by-side text and a diagram
nobody can read (10,000 articles: 2,821 derivations in 1,861 stories), so the report becomes an
index page, the stories sorted by size with a filter box, and one page per story with its
diagram, tables and texts. Articles in no derivation are counted, not listed. The diagrams
of all story pages are drawn by one Graphviz process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import RenderError
from ..models import Document, LineageGraph
from .dot import graph_to_dot, render_svgs
from .html import escape, findings_table, html_report, page_end, page_start
from .order import Story, published_key, split_stories

ONE_PAGE_EDGES = 60  # a report of at most this many derivations is one page

# Type in the box: the stories' rows that do not contain the text are hidden.
_FILTER_JS = """
(function () {
  "use strict";
  var box = document.getElementById("story-filter");
  if (!box) { return; }
  box.addEventListener("input", function () {
    var needle = box.value.toLowerCase();
    var shown = 0;
    document.querySelectorAll("#stories tbody tr").forEach(function (row) {
      var hit = row.textContent.toLowerCase().indexOf(needle) !== -1;
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    document.getElementById("story-count").textContent = String(shown);
  });
}());
"""


@dataclass(frozen=True, slots=True)
class Site:
    """A report: the ``index`` page (the file the user named) and the story ``pages`` as
    ``(path relative to the index, HTML)``; no pages when the report is one page."""

    index: str
    pages: tuple[tuple[str, str], ...] = ()


def _outlets(graph: LineageGraph, limit: int = 4) -> str:
    names = sorted({d.outlet for d in graph.documents if d.outlet})
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _earliest(graph: LineageGraph) -> Document | None:
    return min(graph.documents, key=published_key, default=None)


def _stories_table(found: Sequence[Story]) -> str:
    rows = []
    for k, story in enumerate(found, start=1):
        g = story.graph
        first = _earliest(g)
        drift = sum(1 for e in g.edges if e.comparison.drift)
        rows.append(
            f'<tr><td class="num">{k}</td><td><a href="{escape(story.page)}">{escape(story.name)}</a></td>'
            f'<td class="num">{len(g.documents)}</td><td class="num">{len(g.edges)}</td>'
            f'<td class="num">{drift}</td>'
            f"<td>{escape(first.published or '') if first else ''}</td>"
            f"<td>{escape(first.title or '') if first else ''}</td>"
            f"<td>{escape(_outlets(g))}</td></tr>"
        )
    head = "".join(
        f"<th>{h}</th>"
        for h in ("#", "story", "articles", "derivations", "with drift", "first published", "first title", "outlets")
    )
    return f'<table id="stories"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _index(
    graph: LineageGraph, found: Sequence[Story], findings: Sequence[Mapping[str, Any]] | None, title: str
) -> str:
    linked = {x for e in graph.edges for x in (e.source, e.target)}
    lone = sum(1 for d in graph.documents if d.id not in linked)
    with_drift = sum(1 for e in graph.edges if e.comparison.drift)
    parts = page_start(title)
    parts += [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{len(graph.documents):,} document(s) · {len(graph.edges):,} derivation(s) in '
        f"{len(found):,} stories · {with_drift:,} with fact drift · {lone:,} article(s) in no derivation, "
        "not listed (--format csv or json lists every article)</p>",
    ]
    if findings is not None:
        parts += ["<h2>Findings</h2>", findings_table(findings)]
    parts += [
        "<h2>Stories</h2>",
        "<p>A story is a group of articles joined by derivations; each has its page with the diagram, "
        "the derivations and the texts side by side. Biggest first.</p>",
        '<p><label>Filter: <input id="story-filter" type="search" placeholder="id, outlet, title, date"/></label> '
        f'<span class="meta"><span id="story-count">{len(found)}</span> shown</span></p>',
        _stories_table(found),
    ]
    if graph.problems:
        items = "".join(
            f"<li>{escape(p.origin)}: {escape(p.message)}</li>"
            for p in sorted(graph.problems, key=lambda p: (p.origin, p.message))
        )
        parts += ["<h2>Skipped input</h2>", f"<ul>{items}</ul>"]
    end = page_end()
    return "\n".join([*parts, f"<script>{_FILTER_JS}</script>", *end])


def html_site(
    graph: LineageGraph,
    *,
    name: str,
    findings: Sequence[Mapping[str, Any]] | None = None,
    title: str = "Lineage report",
    one_page_edges: int = ONE_PAGE_EDGES,
) -> Site:
    """The report of ``graph``: one page when it has at most ``one_page_edges`` derivations,
    else an index of its stories and a page per story in the folder :func:`story_folder` names
    beside the index (``report-stories/`` beside ``report.html``).

    Args:
        graph: the lineage graph (documents must carry their texts).
        name: the index page's file name (``report.html``); story pages link back to it.
        findings: optional audit rows (as for :func:`~lineage.render.html.html_report`); each
            story page shows the rows of its articles.
        title: the index page's title; a story page's is ``title · story NAME``.
        one_page_edges: the most derivations a one-page report holds.
    """
    if len(graph.edges) <= one_page_edges:
        return Site(index=html_report(graph, findings=findings, title=title))
    found = split_stories(graph, story_folder(name))
    diagrams: list[str | RenderError]
    try:
        diagrams = list(render_svgs([graph_to_dot(s.graph, anchors=True) for s in found]))
    except RenderError as e:
        diagrams = [e] * len(found)  # each page says why its diagram is missing
    back = "../" + name
    pages = []
    for story, drawn in zip(found, diagrams, strict=True):
        ids = {d.id for d in story.graph.documents}
        rows = None if findings is None else [f for f in findings if f.get("document") in ids]
        page = html_report(story.graph, findings=rows, title=f"{title} · story {story.name}", diagram=drawn, index=back)
        pages.append((story.page, page))
    return Site(index=_index(graph, found, findings, title), pages=tuple(pages))


def story_folder(name: str) -> str:
    """The folder of the story pages of the report ``name``: ``report.html`` → ``report-stories``."""
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return f"{stem}-stories"
