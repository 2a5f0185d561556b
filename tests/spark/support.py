"""What the batch-engine tests share: the check that Spark can run, and the corpora they compare.

The tests need Java and pyspark (scripts/setup.sh installs both). Without them they
skip with the reason on a developer's machine, and fail in CI (``CI`` set), where a
skip would hide that the engine was never tested.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import ROOT

FAMILIES = ROOT.parent / "shared" / "reuse-families"


def missing_spark() -> str | None:
    """Why the Spark tests cannot run here, or None."""
    if shutil.which("java") is None:
        return "no java on PATH: install a Java runtime (apt-get install default-jre-headless; scripts/setup.sh does)"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed: pip install -e '.[dev,spark]' (scripts/setup.sh does)"
    return None


def missing_pyarrow() -> str | None:
    """Why Parquet cannot be read here, or None."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return "pyarrow is not installed: pip install -e '.[dev,spark]' (scripts/setup.sh does)"
    return None


def require(reason: str | None) -> None:
    """Skip (fail in CI) when ``reason`` says something is missing."""
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the Spark tests: {reason}")
    pytest.skip(reason)


def write_families(path: Path, folder: Path = FAMILIES, only: tuple[str, ...] = ()) -> Path:
    """The reuse families' articles (of ``folder``; ``only`` these families when given) as one
    JSONL file, built as their score.py builds it."""
    if not folder.is_dir():
        require(f"{folder} is missing: the shared folder must sit beside the clone")
    docs: dict[str, dict[str, Any]] = {}
    for family in sorted(folder.glob("*/family.json")):
        if only and family.parent.name not in only:
            continue
        for d in json.loads(family.read_text(encoding="utf-8"))["documents"]:
            docs[d["id"]] = d
    keys = ("id", "text", "outlet", "published", "url", "title")
    lines = [json.dumps({k: d[k] for k in keys if d.get(k) is not None}, ensure_ascii=False) for d in docs.values()]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path
