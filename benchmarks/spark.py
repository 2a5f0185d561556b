"""The batch engine against the single machine: the same synthetic corpus traced both ways, side by side.

For each ``--n`` it generates (once, cached under ``--work``) the synthetic corpus of
``benchmarks/scale.py``, then runs, one after the other on this machine:

* the single machine: ``lineage index add --db`` then ``lineage trace --db --format json``;
* Spark: ``lineage spark trace --master local[2] --output DIR``;

timing each command (wall seconds) and sampling the memory of its whole process tree
(the JVM and Spark's Python workers included) every second: peak PSS (a page shared by
k processes counts 1/k in each) and peak RSS summed over the processes. It prints the
Spark run's stage seconds (read, candidates, align, json), checks that both runs wrote
the same JSON, and ends with one JSON object of every figure.

    .venv/bin/python benchmarks/spark.py --n 2000
    .venv/bin/python benchmarks/spark.py --n 100000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import memory_of, write_corpus

LINEAGE = str(Path(sys.executable).parent / "lineage")


class TreeMemory:
    """Peak memory of a process and all its descendants, sampled every second."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_pss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> set[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        tree = {self.pid}
        grew = True
        while grew:
            more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
            tree |= more
            grew = bool(more)
        return tree

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            pss, rss = memory_of(self._tree())
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def timed(args: list[str], stdout: Path | None = None) -> dict[str, Any]:
    """Run a command; its wall seconds, peak tree memory and stderr."""
    start = time.perf_counter()
    with (stdout or Path(os.devnull)).open("w") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.PIPE, text=True)
        memory = TreeMemory(proc.pid)
        _, err = proc.communicate()
        memory.stop()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return {"seconds": round(seconds, 1), "peak_pss": memory.peak_pss, "peak_rss_sum": memory.peak_rss, "stderr": err}


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def run(n: int, work: Path) -> dict[str, Any]:
    corpus, _ = write_corpus(n, 0, work)
    out: dict[str, Any] = {"n": n}
    db = work / f"bench-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    single = work / f"single-{n}.json"
    add = timed([LINEAGE, "index", "add", "--db", str(db), str(corpus)])
    traced = timed([LINEAGE, "trace", "--db", str(db), "--format", "json"], stdout=single)
    for name, r in (("index_add", add), ("trace_db", traced)):
        out[name] = {k: v for k, v in r.items() if k != "stderr"}
    out["single_machine_seconds"] = round(add["seconds"] + traced["seconds"], 1)
    out["single_machine_peak_pss"] = max(add["peak_pss"], traced["peak_pss"])
    print(
        f"n={n:,}: index add {add['seconds']} s ({mb(add['peak_pss'])}), "
        f"trace --db {traced['seconds']} s ({mb(traced['peak_pss'])})",
        file=sys.stderr,
    )

    folder = work / f"spark-{n}"
    shutil.rmtree(folder, ignore_errors=True)
    spark = timed([LINEAGE, "spark", "trace", str(corpus), "--output", str(folder), "--master", "local[2]"])
    out["spark"] = {k: v for k, v in spark.items() if k != "stderr"}
    found = re.search(r"\((read [^)]*)\)", spark["stderr"])
    stages = dict(re.findall(r"(\w+) ([\d.]+) s", found.group(1))) if found else {}
    out["spark_stages"] = {k: float(v) for k, v in stages.items()}
    out["spark_startup_and_exit_seconds"] = round(spark["seconds"] - float(stages.get("total", 0)), 1)
    same = (folder / "trace.json").read_bytes() == single.read_bytes()
    out["same_json"] = same
    out["ratio_spark_vs_single_machine"] = round(spark["seconds"] / out["single_machine_seconds"], 2)
    edges = len(json.loads(single.read_text(encoding="utf-8"))["edges"])
    out["edges"] = edges
    print(
        f"n={n:,}: spark local[2] {spark['seconds']} s ({mb(spark['peak_pss'])} PSS, "
        f"{mb(spark['peak_rss_sum'])} RSS summed), stages {stages}; same JSON: {same}; {edges:,} edges",
        file=sys.stderr,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="articles (repeatable; default 2000)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/lineage-spark-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = [run(n, args.work) for n in args.n or [2000]]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
