"""An incremental trace at scale: a day's batch added to a store already traced.

    .venv/bin/python benchmarks/scale.py --n 100000 --trace-sample 100000 --work DIR   # first
    .venv/bin/python benchmarks/incremental.py --n 100000 --work DIR [--k 1000]

``scale.py`` leaves in DIR a store of its ``n`` articles, all traced, and the corpus they came
from, written with ``--queries`` (default 1000) more articles after them: the same stream, later
published (copies of the stored stories and new ones). This copies the store, adds the next ``k``
of those articles and traces again, as a newsroom's daily run on a year of crawled news does, and
prints: the seconds of the batch's ingest and trace (per new article too) beside those of the
full trace (from scale.py's results), and the share of the new articles' known parents (the
corpus's truth) that the trace aligned with them. The scale store is left as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="the articles of scale.py's store")
    parser.add_argument("--work", type=Path, required=True, help="scale.py's --work folder")
    parser.add_argument("--k", type=int, default=1000, help="new articles added and traced")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    from lineage.models import Document
    from lineage.store import open_store

    n, k, work = args.n, args.k, args.work
    store_path = work / f"store-{n}.db"
    corpora = sorted(work.glob(f"corpus-{n}-*-{args.seed}.jsonl"))
    if not store_path.exists() or not corpora:
        raise SystemExit(f"{work}: no store or corpus of {n} articles: run benchmarks/scale.py --n {n} --work {work}")
    corpus = corpora[-1]
    extra = int(corpus.stem.split("-")[2])
    if k > extra:
        raise SystemExit(f"{corpus}: {extra} articles after the store's, fewer than --k {k}: lower --k")
    truth = {}
    for line in (work / corpus.name.replace("corpus-", "truth-").replace(".jsonl", ".tsv")).open(encoding="utf-8"):
        parent, child, kind = line.rstrip("\n").split("\t")
        truth[child] = (parent, kind)
    batch: list[Document] = []
    with corpus.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < n:
                continue
            if i >= n + k:
                break
            r = json.loads(line)
            batch.append(
                Document(id=r["id"], text=r["text"], outlet=r["outlet"], published=r["published"], title=r["title"])
            )

    copy = work / f"incremental-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(store_path, copy)
    out: dict[str, Any] = {"n": n, "k": k, "workers": args.workers, "load_before": os.getloadavg()[0]}
    with open_store(copy) as store:
        start = time.perf_counter()
        store.add_documents(batch, workers=args.workers)
        out["ingest_seconds"] = time.perf_counter() - start
        start = time.perf_counter()
        stats = store.trace(workers=args.workers)
        out["trace_seconds"] = time.perf_counter() - start
        out["trace_pairs"] = stats.pairs
        new = {d.id for d in batch}
        aligned = {
            (str(a), str(b))
            for a, b in store.conn.execute("SELECT source_id, target_id FROM aligned_pairs")
            if str(a) in new or str(b) in new
        }
    known = [(parent, child, kind) for child, (parent, kind) in truth.items() if child in new]
    found: dict[str, list[int]] = {}
    for parent, child, kind in known:
        hit = (parent, child) in aligned or (child, parent) in aligned
        found.setdefault(kind, [0, 0])[0] += hit
        found[kind][1] += 1
    out["recall_aligned"] = {kind: round(h / t, 4) for kind, (h, t) in sorted(found.items())}
    out["known_parents"] = len(known)
    results = work / f"results-{n}.json"
    if results.exists():
        out["full_trace_seconds"] = json.loads(results.read_text(encoding="utf-8")).get("trace_seconds")
    out["load_after"] = os.getloadavg()[0]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    print(
        f"  {k:,} new articles on {n:,}: ingest {out['ingest_seconds']:.1f} s, trace {out['trace_seconds']:.1f} s"
        f" ({1000 * out['trace_seconds'] / k:.0f} ms an article; the full trace took"
        f" {out.get('full_trace_seconds') or float('nan'):.0f} s), recall {out['recall_aligned']}",
        file=sys.stderr,
    )
    print(json.dumps(out, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
