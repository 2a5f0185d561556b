"""``lineage trace --db`` gives the same JSON as ``lineage trace PATH``, byte for byte.

Both sign with the one signature, search the same band index and align with the same
aligner (:mod:`lineage.graph.tracing`, :mod:`lineage.store.tracing`); these tests check it on
the seeds, the shared reuse families and a 10,000-article synthetic corpus.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli import cli
from tests.corpus import FAMILIES, SEEDS, write_families, write_synthetic


def _same_json(paths: list[Path], db: Path) -> str:
    runner = CliRunner()
    direct = runner.invoke(cli, ["trace", *map(str, paths), "--format", "json"], catch_exceptions=False)
    assert direct.exit_code == 0, direct.stderr
    added = runner.invoke(cli, ["index", "add", *map(str, paths), "--db", str(db)], catch_exceptions=False)
    assert added.exit_code == 0, added.stderr
    stored = runner.invoke(cli, ["trace", "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert stored.exit_code == 0, stored.stderr
    assert stored.stdout == direct.stdout
    return direct.stdout


def test_seeds(tmp_path: Path) -> None:
    out = _same_json([SEEDS], tmp_path / "seeds.db")
    assert '"target": "001_2598fe8beeab436c"' in out


@pytest.mark.skipif(not FAMILIES.exists() and not os.environ.get("CI"), reason="../shared/reuse-families is absent")
def test_reuse_families(tmp_path: Path) -> None:
    source = tmp_path / "families.jsonl"
    assert write_families(source) > 50
    out = _same_json([source], tmp_path / "families.db")
    assert out.count('"source": ') > 30


def test_synthetic_corpus_of_ten_thousand(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    truth = write_synthetic(source, 10_000, seed=11)
    out = _same_json([source], tmp_path / "news.db")
    assert out.count('"direction": ') > len(truth) // 2


def test_again_forgets_an_earlier_trace_and_gives_the_one_shot_json(tmp_path: Path) -> None:
    # A store traced by an earlier version keeps that version's edges and what it read of each
    # article (here: no edge at all, a credit no text holds, an anchor no text writes): a trace
    # leaves the traced articles alone; --again traces them all, as a trace of all at once.
    runner = CliRunner()
    db = tmp_path / "seeds.db"
    direct = runner.invoke(cli, ["trace", str(SEEDS), "--format", "json"], catch_exceptions=False)
    runner.invoke(cli, ["index", "add", str(SEEDS), "--db", str(db)], catch_exceptions=False)
    assert runner.invoke(cli, ["trace", "--db", str(db), "--format", "json"]).stdout == direct.stdout
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM edges")
        conn.execute("UPDATE article_credits SET credited = 'Reuters'")
        conn.execute("UPDATE article_anchors SET anchors = '@nowhere'")
    stale = runner.invoke(cli, ["trace", "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert '"target": "001_2598fe8beeab436c"' not in stale.stdout
    again = runner.invoke(cli, ["trace", "--db", str(db), "--again", "--format", "json"], catch_exceptions=False)
    assert again.exit_code == 0, again.stderr
    assert again.stdout == direct.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents WHERE traced = 0").fetchone() == (0,)
        assert {r[0] for r in conn.execute("SELECT credited FROM article_credits")} != {"Reuters"}
    usage = runner.invoke(cli, ["trace", str(SEEDS), "--again"])
    assert usage.exit_code == 2 and "--again goes with --db" in usage.stderr
