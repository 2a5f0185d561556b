"""Real news input on the command line: web pages, WARC crawls, compressed feeds and stdin for
``trace``, ``compare``, ``audit``, ``index add`` and ``query``; bad inputs one line each."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from lineage.cli.index import index_group, query_command
from lineage.cli.main import cli
from lineage.store import open_store
from tests.corpus import REWRITE, SEEDS, WIRE
from tests.pages import extracted, render_page

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "seeds.warc.gz"
WIRE_URL = "https://www.adnkronos.example/2024/06/18/000_24fdc73ef1bfebf6.html"
REWRITE_URL = "https://www.vocidicitta.example/2024/06/18/001_2598fe8beeab436c.html"


def _bad_inputs(folder: Path) -> None:
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "seeds.warc.gz")
    (folder / "home.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    (folder / "empty.warc").write_bytes(b"")
    (folder / "export.warc.gz").write_bytes(gzip.compress(b'{"id": "x", "text": "not a crawl"}\n'))


def test_trace_a_crawl_with_bad_inputs_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _bad_inputs(folder)
    result = CliRunner().invoke(cli, ["trace", str(folder), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(e["source"], e["target"]) for e in data["edges"]] == [(WIRE_URL, REWRITE_URL)]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 3
    assert any(f"{folder / 'home.html'}: no article found in the page" in line for line in skipped)
    assert any(f"{folder / 'empty.warc'}: the WARC file is empty" in line for line in skipped)
    assert any(f"{folder / 'export.warc.gz'}: not a WARC file" in line for line in skipped)
    summary = (
        "read: 18 record(s) read: 5 article(s) kept, 10 skipped (not HTML 1, not a response 8, redirect 1), "
        "3 problem(s)"
    )
    assert summary in result.stderr


def test_trace_reads_jsonl_on_stdin(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "author": "Redazione"})
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    result = CliRunner().invoke(cli, ["trace", "-", "--format", "json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(e["source"], e["target"]) for e in data["edges"]] == [(WIRE, REWRITE)]
    assert {d["author"] for d in data["documents"]} == {"Redazione"}


def test_compare_and_audit_read_pages_and_crawls(tmp_path: Path) -> None:
    for stem in (WIRE, REWRITE):
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        url = f"https://news.example/{stem}.html"
        (tmp_path / f"{stem}.html").write_bytes(render_page(text, title=stem, site="Example", url=url, published=None))
    compared = CliRunner().invoke(
        cli,
        ["compare", str(tmp_path / f"{WIRE}.html"), str(tmp_path / f"{REWRITE}.html"), "--format", "json"],
        catch_exceptions=False,
    )
    assert compared.exit_code == 0, compared.output
    data = json.loads(compared.stdout)
    assert data["rewritten"] == 12 and data["source"]["url"] == f"https://news.example/{WIRE}.html"
    wire = extracted((SEEDS / f"{WIRE}.txt").read_text(encoding="utf-8"))
    assert data["source"]["length"] == len(wire)
    audited = CliRunner().invoke(
        cli,
        ["audit", str(EXAMPLE), "--policy", str(SEEDS.parent / "examples" / "policy.toml"), "--format", "json"],
        catch_exceptions=False,
    )
    assert audited.exit_code == 0, audited.output
    (finding,) = json.loads(audited.stdout)["findings"]
    assert (finding["document"], finding["parent"]) == (REWRITE_URL, WIRE_URL)
    assert "uncredited" in finding["violations"]


def test_index_add_crawl_and_stdin_give_what_trace_gives(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner = CliRunner()
    added = runner.invoke(index_group, ["add", str(EXAMPLE), "--db", str(db), "--workers", "2"], catch_exceptions=False)
    assert added.exit_code == 0, added.output
    assert added.stdout == "" and "5 added, 0 already stored, 0 skipped" in added.stderr
    assert "15 records read, 5 articles kept, 10 skipped" in added.stderr
    assert "read: 15 record(s) read: 5 article(s) kept, 10 skipped (not HTML 1, not a response 8, redirect 1)" in (
        added.stderr
    )
    stored = runner.invoke(cli, ["trace", "--db", str(db), "--format", "json"], catch_exceptions=False)
    direct = runner.invoke(cli, ["trace", str(EXAMPLE), "--format", "json"], catch_exceptions=False)
    assert stored.stdout == direct.stdout
    with open_store(db, readonly=True) as store:
        wire = store.document(WIRE_URL)
    assert wire.author == "Redazione Esteri" and wire.outlet == "Adnkronos" and wire.origin is not None
    feed = "\n".join(json.dumps({"id": f"s{k}", "text": f"Notizia breve numero {k}."}) for k in range(30))
    piped = runner.invoke(index_group, ["add", "-", "--db", str(db)], input=feed + "\n{bad\n")
    assert piped.exit_code == 1
    assert (piped.stdout == "" and "30 added" in piped.stderr) and "skipped: -:31: invalid JSON" in piped.stderr


def test_query_reads_a_saved_page(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    CliRunner().invoke(index_group, ["add", str(SEEDS), "--db", str(db), "--workers", "1"], catch_exceptions=False)
    CliRunner().invoke(cli, ["trace", "--db", str(db)], catch_exceptions=False)
    text = (SEEDS / f"{REWRITE}.txt").read_text(encoding="utf-8")
    page = tmp_path / "copia.html"
    page.write_bytes(render_page(text, title="Copia", site="Altro", url="https://altro.example/c", published=None))
    result = CliRunner().invoke(query_command, [str(page), "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["query"] == "copia" and WIRE in data["parents"]
