"""Showing part of a trace from the command line: --story, --around, --outlet, --from/--until,
--edge for --passages, and the HTML report split into story pages past a few dozen derivations."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli import cli
from lineage.render.site import ONE_PAGE_EDGES
from tests.corpus import REWRITE, ROOT, WIRE

FANOUT = ROOT / "examples" / "fanout.jsonl"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _edges(output: str) -> set[tuple[str, str]]:
    return {(e["source"], e["target"]) for e in json.loads(output)["edges"]}


def test_around_shows_an_article_s_derivations_in_every_output(runner: CliRunner) -> None:
    whole = runner.invoke(cli, ["trace", str(FANOUT), "--format", "json"])
    assert whole.exit_code == 0, whole.output
    everything = _edges(whole.stdout)
    near = {e for e in everything if "c010" in e}
    assert near and len(near) < len(everything)
    result = runner.invoke(cli, ["trace", str(FANOUT), "--around", "c010", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _edges(result.stdout) == near  # the same edges as in the whole trace, no more
    two = runner.invoke(cli, ["trace", str(FANOUT), "--around", "c010", "--depth", "2", "--format", "json"])
    assert near < _edges(two.stdout) <= everything
    story = runner.invoke(cli, ["trace", str(FANOUT), "--story", "c010", "--format", "json"])
    assert _edges(story.stdout) == everything  # one story: the fan-out


def test_outlet_and_dates_on_the_seeds(runner: CliRunner, seeds_dir: Path) -> None:
    shown = runner.invoke(cli, ["trace", str(seeds_dir), "--outlet", "voci di città", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert _edges(shown.stdout) == {(WIRE, REWRITE)}
    assert {d["id"] for d in json.loads(shown.stdout)["documents"]} == {WIRE, REWRITE}
    none = runner.invoke(cli, ["trace", str(seeds_dir), "--outlet", "askanews", "--format", "table"])
    assert none.exit_code == 0 and none.stdout.startswith("no reused text found between 1 document(s)")
    before = runner.invoke(cli, ["trace", str(seeds_dir), "--until", "2024-06-17", "--format", "json"])
    assert _edges(before.stdout) == set()
    day = runner.invoke(
        cli, ["trace", str(seeds_dir), "--from", "2024-06-18", "--until", "2024-06-18", "--format", "json"]
    )
    assert _edges(day.stdout) == {(WIRE, REWRITE)}


def test_audit_takes_the_selection_too(runner: CliRunner, seeds_dir: Path) -> None:
    policy = str(ROOT / "examples" / "policy.toml")
    kept = runner.invoke(
        cli, ["audit", str(seeds_dir), "--policy", policy, "--format", "json", "--outlet", "Voci di Città"]
    )
    assert kept.exit_code == 0, kept.output
    assert [f["document"] for f in json.loads(kept.stdout)["findings"]] == [REWRITE]
    other = runner.invoke(cli, ["audit", str(seeds_dir), "--policy", policy, "--format", "json", "--outlet", "ANSA"])
    assert json.loads(other.stdout)["findings"] == []


def test_a_bad_date_is_refused_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["trace", str(tmp_path / "absent"), "--from", "18/06/2024"])
    assert result.exit_code == 2
    assert "Invalid value for '--from'" in result.output and "2024-06-18" in result.output
    assert "absent" not in result.output  # refused before the paths were read


def test_an_unknown_article_is_a_one_line_error(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(cli, ["trace", str(seeds_dir), "--story", "999_nope"])
    assert result.exit_code == 4
    assert "--story '999_nope': no such article among the 5 traced" in result.stderr


def test_edge_picks_the_derivation_passages_draws(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "p.dot"
    args = ["trace", str(FANOUT), "--format", "json", "--passages", str(out)]
    strongest = runner.invoke(cli, args)
    assert strongest.exit_code == 0, strongest.output
    default = out.read_text(encoding="utf-8")
    result = runner.invoke(cli, [*args, "--edge", "c010", "w000"])  # either order
    assert result.exit_code == 0, result.output
    chosen = out.read_text(encoding="utf-8")
    assert chosen != default and "c010" in chosen and "w000" in chosen
    missing = runner.invoke(cli, [*args, "--edge", "c010", "c011"])
    assert missing.exit_code == 4
    assert "--edge c010 c011: no derivation joins these articles (derivations of c010: w000 c010)" in missing.stderr


def _many_stories(path: Path, stories: int, copies: int) -> None:
    """``stories`` wire stories of random words, each copied verbatim ``copies`` times."""
    rng = random.Random(11)
    words = ["".join(rng.choice("bcdfglmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(3000)]
    with path.open("w", encoding="utf-8") as f:
        for k in range(stories):
            sentences = [" ".join(rng.choice(words) for _ in range(18)).capitalize() + "." for _ in range(12)]
            wire = " ".join(sentences)
            f.write(
                json.dumps({"id": f"w{k:02d}", "text": wire, "published": f"2024-06-{k % 28 + 1:02d}T08:00:00"}) + "\n"
            )
            for j in range(copies):
                record = {"id": f"w{k:02d}c{j}", "text": wire, "published": f"2024-06-{k % 28 + 1:02d}T12:{j:02d}:00"}
                f.write(json.dumps(record) + "\n")


def test_html_past_a_few_dozen_derivations_is_an_index_and_story_pages(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "many.jsonl"
    _many_stories(corpus, stories=22, copies=3)
    report = tmp_path / "report.html"
    folder = tmp_path / "report-stories"
    folder.mkdir()
    (folder / "story-9999.html").write_text("stale", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(cli, ["trace", str(corpus), "--format", "json", "--html", str(report)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["edges"]) == 66 > ONE_PAGE_EDGES
    assert f"report written to {report} and 22 story page(s) in {folder}" in result.stderr
    pages = sorted(p.name for p in folder.glob("story-*.html"))
    assert pages == [f"story-{k:04d}.html" for k in range(1, 23)]  # the stale page is gone
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"  # nothing else touched
    index = report.read_text(encoding="utf-8")
    assert "88 document(s) · 66 derivation(s) in 22 stories" in index
    assert all(f'href="report-stories/{p}"' in index for p in pages)
    page = (folder / "story-0001.html").read_text(encoding="utf-8")
    assert '<a href="../report.html">' in page and "3 derivation(s)" in page
    small = runner.invoke(cli, ["trace", str(corpus), "--story", "w00", "--html", str(tmp_path / "one.html")])
    assert small.exit_code == 0 and not (tmp_path / "one-stories").exists()  # a story alone is one page
