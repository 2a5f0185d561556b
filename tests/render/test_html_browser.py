"""The HTML report in a real headless Chromium: loads cleanly, highlights, links, runs no injected script.

Needs Debian's ``chromium`` (installed by scripts/setup.sh) and the ``playwright``
Python package (its bundled driver, with the system browser). Screenshots are
saved under ``artifacts/`` (or ``$LINEAGE_ARTIFACTS``) for people to look at.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lineage import trace
from lineage.audit import audit, findings_to_json
from lineage.audit.policy import load_policy
from lineage.models import Document
from lineage.render.html import html_report
from tests.corpus import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(os.environ.get("LINEAGE_ARTIFACTS", ROOT / "artifacts"))

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed: run scripts/setup.sh (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (in the dev extras)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def open_page(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    dialogs: list[str] = []
    page.on(
        "console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    page.on("request", lambda r: errors.append(f"network request: {r.url}") if not r.url.startswith("file:") else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors, dialogs


def test_seeds_audit_report_in_chromium(browser: Any, seed_docs: dict[str, Document], tmp_path: Path) -> None:
    graph = trace(seed_docs.values())
    report = audit(graph, load_policy(ROOT / "examples" / "policy.toml"))
    path = tmp_path / "report.html"
    path.write_text(html_report(graph, findings=findings_to_json(report)["findings"]), encoding="utf-8")
    page, errors, dialogs = open_page(browser, path)
    assert errors == [] and dialogs == []
    edge = graph.edges[0]
    section = page.locator("section.edge").first
    columns = section.locator(".col")
    assert columns.count() == 2
    target_links = (
        columns.nth(1)
        .locator("[data-link]")
        .evaluate_all("els => Array.from(new Set(els.map(e => e.getAttribute('data-link'))))")
    )
    assert len(target_links) == len(edge.comparison.links) >= 12
    assert columns.nth(1).locator(".rewritten").count() >= 12
    assert columns.nth(1).locator(".original").count() >= 1
    assert columns.nth(1).locator(".boilerplate").count() >= 1
    assert "2000 → 2020" in (columns.nth(1).locator(".drift").first.get_attribute("title") or "")
    # Hovering a rewritten passage lights up its counterpart in the source column.
    first = columns.nth(1).locator("[data-link]").first
    link_id = first.get_attribute("data-link")
    first.hover()
    counterpart = columns.nth(0).locator(f'[data-link="{link_id}"]').first
    assert "hot" in (counterpart.get_attribute("class") or "")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seeds.png"))
    section.scroll_into_view_if_needed()
    section.screenshot(path=str(ARTIFACTS / "report-seeds-side-by-side.png"))
    assert (ARTIFACTS / "report-seeds.png").stat().st_size > 10_000
    page.close()


def test_injected_markup_does_not_run(browser: Any, tmp_path: Path) -> None:
    payload = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    wire = (
        f"ROMA, 3 giu. (ANSA) - Il consiglio dei ministri ha approvato il decreto sulle carceri {payload}. "
        "Il testo prevede 1.200 nuovi agenti di polizia penitenziaria entro il 2026. "
        "Il ministro della Giustizia ha parlato di una svolta per il sistema carcerario italiano."
    )
    copy = (
        f"Notizia attesa {payload}. Il consiglio dei ministri ha approvato il decreto sulle carceri {payload}. "
        "Il testo prevede 1.500 nuovi agenti di polizia penitenziaria entro il 2026. "
        "Il ministro della Giustizia ha parlato di una svolta per il sistema carcerario italiano."
    )
    docs = [
        Document("wire", wire, outlet=f"ANSA {payload}", title=payload, published="2024-06-03"),
        Document("copy", copy, outlet=payload, title=payload, published="2024-06-04"),
    ]
    graph = trace(docs)
    assert graph.edges
    path = tmp_path / "xss.html"
    path.write_text(html_report(graph, title=payload), encoding="utf-8")
    page, errors, dialogs = open_page(browser, path)
    assert dialogs == [], "an injected script ran"
    assert errors == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script").count() == 1  # only the report's own
    assert payload in page.locator("body").inner_text()
    page.close()


def _scale_corpus(path: Path, n: int) -> None:
    """``n`` articles of the synthetic corpus of ``benchmarks/scale.py`` as JSONL."""
    spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    scale = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("scale_bench", scale)
    spec.loader.exec_module(scale)
    with path.open("w", encoding="utf-8") as f:
        for record, _ in scale.generate(n):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_report_of_10000_articles_is_an_index_and_story_pages(browser: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _scale_corpus(corpus, 10_000)
    report = tmp_path / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "lineage.cli", "trace", str(corpus), "--format", "json", "--html", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    traced = json.loads(proc.stdout)
    stories = {e["story"] for e in traced["edges"]}
    pages = sorted((tmp_path / "report-stories").glob("story-*.html"))
    assert len(pages) == len(stories) > 1000
    assert report.stat().st_size < 2_000_000  # the index lists stories, not 10,000 articles
    page, errors, dialogs = open_page(browser, report)
    assert errors == [] and dialogs == []
    rows = page.locator("#stories tbody tr")
    assert rows.count() == len(stories)
    sizes = [int(x) for x in page.locator("#stories tbody tr td:nth-child(3)").all_inner_texts()]
    assert sizes == sorted(sizes, reverse=True)  # biggest story first
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-10k-index.png"))
    # The filter box hides the stories that do not mention what is typed.
    page.fill("#story-filter", "Outlet07")
    shown = int(page.locator("#story-count").inner_text())
    visible = page.locator("#stories tbody tr:not([hidden])")
    assert 0 < shown == visible.count() < len(stories)
    assert all("Outlet07" in text for text in visible.all_inner_texts())
    page.fill("#story-filter", "")
    # The biggest story's page: its diagram, its derivations side by side, a way back.
    page.locator("#stories tbody tr").first.locator("a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("report-stories/story-0001.html")
    assert errors == [] and dialogs == []
    assert page.locator(".diagram svg").count() == 1
    articles = Counter(d["story"] for d in traced["documents"] if d["story"])
    derivations = Counter(e["story"] for e in traced["edges"])
    biggest = min(stories, key=lambda s: (-articles[s], -derivations[s], s))
    in_story = [e for e in traced["edges"] if e["story"] == biggest]
    assert page.locator("section.edge").count() == len(in_story)
    page.screenshot(path=str(ARTIFACTS / "report-10k-story.png"))
    page.locator("text=← all stories").click()
    page.wait_for_load_state("load")
    assert page.url == report.as_uri()
    page.close()
