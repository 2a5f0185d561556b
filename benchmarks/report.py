"""The outputs of a big trace: a 10,000-article store traced to --graph and --html.

Generates the corpus of ``benchmarks/scale.py`` (publication times, about 28% derived
articles), stores it with ``lineage index add``, traces it once (every pair aligned and
stored), then times, alternately and ``--repeat`` times each, the stored graph's trace to
JSON alone and with ``--graph graph.svg --html report.html``, and prints the medians, the
outputs' sizes and how many story pages were written:

    .venv/bin/python benchmarks/report.py --n 10000
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import write_corpus
from spark import LINEAGE, mb, timed


def size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command, alternating")
    parser.add_argument("--work", type=Path, default=Path("/tmp/lineage-report"))
    args = parser.parse_args()
    work: Path = args.work
    corpus, _ = write_corpus(args.n, 0, work)
    db = work / f"report-{args.n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    add = timed([LINEAGE, "index", "add", "--db", str(db), str(corpus)])
    first = timed([LINEAGE, "trace", "--db", str(db), "--format", "json"])
    print(f"n={args.n:,}: index add {add['seconds']} s, first trace --db (aligns every pair) {first['seconds']} s")
    graph, html = work / "graph.svg", work / "report.html"
    plain_cmd = [LINEAGE, "trace", "--db", str(db), "--format", "json"]
    outputs_cmd = [*plain_cmd, "--graph", str(graph), "--html", str(html)]
    plain: list[float] = []
    outputs: list[float] = []
    peak = 0
    for _ in range(args.repeat):
        plain.append(timed(plain_cmd)["seconds"])
        run = timed(outputs_cmd)
        outputs.append(run["seconds"])
        peak = max(peak, run["peak_pss"])
        tail = run["stderr"].strip().splitlines()[-2:]
    a, b = statistics.median(plain), statistics.median(outputs)
    folder = work / "report-stories"
    pages = len(list(folder.glob("story-*.html")))
    print(f"trace --db --format json (stored graph):        median {a:.1f} s of {plain}")
    print(f"  + --graph graph.svg --html report.html:       median {b:.1f} s of {outputs} ({b - a:+.1f} s, {mb(peak)})")
    print(f"graph.svg {size(graph) / 2**20:.1f} MiB; report.html {size(html) / 2**10:.0f} KiB; ", end="")
    print(f"{pages:,} story pages, {size(folder) / 2**20:.1f} MiB in all")
    print("stderr of the last run:", " | ".join(tail))


if __name__ == "__main__":
    main()
