"""``lineage spark trace``, ``python -m lineage.spark`` and ``spark-submit lineage/spark/job.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from lineage.cli import cli
from tests.corpus import ROOT, SEEDS


def _lineage_trace_json() -> str:
    result = CliRunner().invoke(cli, ["trace", str(SEEDS), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    return result.stdout


def test_spark_trace_writes_the_json_of_lineage_trace(spark: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["spark", "trace", str(SEEDS), "--output", str(out), "--master", "local[2]"]
    result = CliRunner().invoke(cli, [*args, "--conf", "spark.sql.shuffle.partitions=4"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert (out / "trace.json").read_text(encoding="utf-8") == _lineage_trace_json()
    assert f"5 articles, 2 candidate pairs, 1 edges: written to {out} (read " in result.stderr
    expected = ["agencies", "candidates", "documents", "edges", "languages", "pairs", "relations", "trace.json"]
    # 000 is an agency's item (Adnkronos): the meaning stage looks for rewrites of it.
    assert sorted(p.name for p in out.iterdir()) == sorted([*expected, "translations"])


def test_bad_items_exit_1_and_a_used_output_folder_is_refused(spark: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "a", "text": "Un testo."}\n{"id": "b"}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["spark", "trace", str(corpus), "-o", str(out), "--no-trace-json"])
    assert result.exit_code == 1
    assert f'skipped: {corpus}:2: missing or empty "text"' in result.stderr
    assert "1 item(s) skipped, see above" in result.stderr
    assert not (out / "trace.json").exists() and (out / "edges").is_dir()
    again = CliRunner().invoke(cli, ["spark", "trace", str(corpus), "-o", str(out)])
    assert again.exit_code == 4
    assert f"Error: {out}: the output folder exists and is not empty" in again.stderr


def test_settings_are_checked_before_spark_starts(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["spark", "trace", str(SEEDS), "-o", str(tmp_path / "o"), "--conf", "nokey"])
    assert result.exit_code == 2
    assert "write a Spark setting as KEY=VALUE" in result.stderr
    assert not (tmp_path / "o").exists()


def test_module_entry_points_show_the_same_command() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "lineage.spark", "trace", "--help"], capture_output=True, text=True, check=True
    )
    assert "Usage: python -m lineage.spark trace [OPTIONS] INPUTS..." in shown.stdout
    assert "--master TEXT" in shown.stdout


def test_spark_submit_runs_the_job_module(spark: Any, tmp_path: Path) -> None:
    submit = Path(sys.executable).parent / "spark-submit"
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    job = ROOT / "lineage" / "spark" / "job.py"
    done = subprocess.run(
        [str(submit), "--master", "local[2]", str(job), "trace", str(SEEDS), "--output", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "trace.json").read_text(encoding="utf-8") == _lineage_trace_json()
