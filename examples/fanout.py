"""Write ``examples/fanout.jsonl``: one agency wire story, 30 copies and 5 copies of copies.

The articles come from the synthetic generator of ``benchmarks/scale.py`` (Italian-like
words, publication times): 15 verbatim copies that each cut a sentence, 15 light copies
with their own small edits, and 5 copies of light copies carrying their parent's edits.
Trace it to see attribution at work (README, "Many copies of one story"):

    .venv/bin/python examples/fanout.py
    .venv/bin/lineage trace examples/fanout.jsonl --graph fanout.svg
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    spec = importlib.util.spec_from_file_location("scale_bench", HERE.parent / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    scale = importlib.util.module_from_spec(spec)
    sys.modules["scale_bench"] = scale
    spec.loader.exec_module(scale)
    out = HERE / "fanout.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for record, _ in scale.fanout(copies=30, second=5, seed=5):
            record.pop("story")
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
