"""Paths and ids of the test corpora (the seed articles)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"
SHARED = ROOT.parent / "shared"
FAMILIES = SHARED / "reuse-families"


def scale_module() -> ModuleType:
    """``benchmarks/scale.py`` as a module (its synthetic corpus generator)."""
    spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["scale_bench"] = module
    spec.loader.exec_module(module)
    return module


def write_synthetic(path: Path, n: int, seed: int) -> list[tuple[str, str, str]]:
    """``n`` synthetic articles (JSONL, publication times) at ``path``; returns the known
    derivations ``(parent, child, kind)``."""
    truth = []
    with path.open("w", encoding="utf-8") as out:
        for record, known in scale_module().generate(n, seed=seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if known:
                truth.append(known)
    return truth


def write_families(path: Path) -> int:
    """The documents of every reuse family (../shared/reuse-families) as one JSONL file, as the
    families' ``score.py`` writes them; returns how many."""
    keys = ("id", "text", "outlet", "published", "url", "title")
    lines = []
    for family in sorted(FAMILIES.glob("*/family.json")):
        for doc in json.loads(family.read_text(encoding="utf-8"))["documents"]:
            lines.append(json.dumps({k: doc[k] for k in keys if doc.get(k) is not None}, ensure_ascii=False))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)
