"""``lineage trace --db`` gives the same JSON as ``lineage trace PATH``, byte for byte.

Both sign with the one signature, search the same band index and align with the same
aligner (:mod:`lineage.graph.tracing`, :mod:`lineage.store.tracing`); these tests check it on
the seeds, the shared reuse families and a 10,000-article synthetic corpus.
"""

from __future__ import annotations

import os
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
