"""Accuracy on the three kinds of data, always together: the seeds, the reuse families, PAN 2013.

    .venv/bin/python benchmarks/accuracy.py                   # seeds + families + PAN (200 pairs a folder)
    .venv/bin/python benchmarks/accuracy.py --pan-limit 0     # the whole PAN training corpus
    .venv/bin/python benchmarks/accuracy.py --no-pan

* **seeds** (`seeds/`, gold in `benchmarks/gold/seeds.json`): the edges traced (one is right:
  000 → 001), how many of 001's rewriting sentences a link aligns to a sentence they rewrite (and
  to no sentence but those and their neighbours), how many of its own sentences and footer lines a
  passage covers (more than 30%, as the families' scorer counts them), and whether the drift
  2000 → 2020 is found;
* **families** (`../shared/reuse-families/`): the families' own `score.py`, its summary figures;
* **PAN 2013** (`../shared/pan13-train/`): `benchmarks/pan13.py`, plagdet per folder and overall.

A change that helps one and hurts another is not progress: this prints all three.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LINEAGE = ROOT / ".venv" / "bin" / "lineage"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def seeds() -> dict[str, object]:
    """The seeds' figures against their gold."""
    from lineage.text import split_sentences

    gold = json.loads((ROOT / "benchmarks" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = subprocess.run(
        [str(LINEAGE), "trace", str(ROOT / "seeds"), "--format", "json"], capture_output=True, text=True
    )
    graph = json.loads(out.stdout)
    edges = [[e["source"], e["target"]] for e in graph["edges"]]
    (parent, child) = gold["edges"][0]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    target = split_sentences(texts[child])
    edge = next((e for e in graph["edges"] if [e["source"], e["target"]] == [parent, child]), None)
    passages = edge["passages"] if edge else []
    links = [k for p in passages for k in p["links"]]

    def covered(k: int) -> float:
        span = target[k]
        return sum(_overlap(tuple(p["target_span"]), span) for p in passages) / max(1, span[1] - span[0])

    aligned = 0
    for t, sources in gold["rewrites"].items():
        pointed = {s for k in links if int(t) in k["target_sentences"] for s in k["source_sentences"]}
        aligned += bool(pointed & set(sources)) and pointed <= {s + d for s in sources for d in (-1, 0, 1)}
    drift = [[d["from"], d["to"]] for p in passages for d in p["drift"]]
    return {
        "edges": edges,
        "right_edge": [parent, child] in edges,
        "rewrites_aligned": f"{aligned}/{len(gold['rewrites'])}",
        "own_covered": sum(covered(k) > 0.3 for k in gold["own"]),
        "footer_covered": sum(covered(k) > 0.3 for k in gold["boilerplate"]),
        "drift_found": all(d in drift for d in gold["drift"]),
    }


def families() -> dict[str, object]:
    """The families' scorer, as JSON."""
    score = SHARED / "reuse-families" / "score.py"
    out = subprocess.run(
        [sys.executable, str(score), str(SHARED / "reuse-families"), "--lineage", str(LINEAGE), "--json"],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"score.py failed: {out.stderr.strip()[-300:]}")
    figures: dict[str, object] = json.loads(out.stdout)
    return figures


def pan(limit: int) -> str:
    """The PAN table (the last lines of ``pan13.py``)."""
    args = [sys.executable, str(ROOT / "benchmarks" / "pan13.py"), str(SHARED / "pan13-train"), "--workers", "2"]
    if limit:
        args += ["--limit", str(limit)]
    out = subprocess.run(args, capture_output=True, text=True)
    return out.stdout.strip()


def _families_table(f: dict[str, object]) -> str:
    edges, sentences = f["edges"], f["sentences"]
    assert isinstance(edges, dict) and isinstance(sentences, dict)
    lines = [f"{'kind':<18} {'edges':>5} {'found':>5} {'rev':>4} {'miss':>4}  {'sent R':>6}  {'own aligned':>11}"]
    for kind, e in edges.items():
        s = sentences.get(kind, {})
        recall = s.get("aligned", 0) / max(1, s.get("reused", 0))
        own = f"{s.get('own_aligned', 0)}/{s.get('own', 0)}"
        lines.append(
            f"{kind:<18} {e.get('n', 0):>5} {e.get('found', 0):>5} {e.get('reversed', 0):>4} {e.get('missed', 0):>4}"
            f"  {recall:>6.2f}  {own:>11}"
        )
    false = f["false_edges"]
    assert isinstance(false, dict)
    drift = f["drift"]
    assert isinstance(drift, dict)
    lines.append(
        f"false edges: sibling {false.get('sibling', 0)}, skipped generation {false.get('skipped generation', 0)}, "
        f"unrelated {false.get('unrelated', 0)}; negatives linked {f['negatives_linked']}; "
        f"drift found {drift['found']}/{drift['total']}; edges predicted {f['edges_predicted']}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pan-limit", type=int, default=200, help="PAN pairs a folder (0: all 5185)")
    parser.add_argument("--no-pan", action="store_true")
    args = parser.parse_args()
    print("== seeds")
    for key, value in seeds().items():
        print(f"{key}: {value}")
    print("== reuse families")
    print(_families_table(families()))
    if not args.no_pan:
        print(f"== PAN 2013 ({'all pairs' if not args.pan_limit else f'first {args.pan_limit} pairs a folder'})")
        print(pan(args.pan_limit))


if __name__ == "__main__":
    main()
