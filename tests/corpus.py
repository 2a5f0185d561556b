"""Paths and ids of the test corpora (the seed articles, the reuse families), and the check that a
store traced in batches gives the trace of all at once."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from lineage import trace
from lineage.models import Document
from lineage.params import Params
from lineage.render.json import graph_to_json
from lineage.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"
SHARED = ROOT.parent / "shared"
FAMILIES = SHARED / "reuse-families"
PROJECT_FAMILIES = ROOT / "benchmarks" / "families"  # written for the project: held out of tuning


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


def family_documents(path: Path) -> list[Document]:
    """The articles of one reuse family (a ``family.json``)."""
    family = json.loads(path.read_text(encoding="utf-8"))
    keys = ("outlet", "published", "url", "title")
    return [Document(d["id"], d["text"], **{k: d.get(k) for k in keys}) for d in family["documents"]]


def check_store_in_batches(docs: list[Document], size: int, db: Path, params: Params | None = None) -> None:
    """Store ``docs`` ``size`` at a time, tracing after each batch: the store's graph must be the
    trace of all of them at once, byte for byte in JSON."""
    with open_store(db) as store:
        for k in range(0, len(docs), size):
            store.add_documents(docs[k : k + size])
            store.trace(params, workers=1)
        stored = store.graph()
    once = trace(docs, params)
    assert json.dumps(graph_to_json(stored), sort_keys=True) == json.dumps(graph_to_json(once), sort_keys=True)
