"""The meaning stage's candidate ranking on a traced store: the sparse product against the pair by
pair ranking it replaced (kept in the tests as the reference), on the same anchors.

    .venv/bin/python benchmarks/ranking.py /tmp/lineage-scale/store-100000.db

The store must have been traced by this version (its ``article_anchors``, ``languages`` and
``article_credits`` tables are read: ``benchmarks/scale.py`` leaves such a store). Prints, for
``rewrite_candidates`` and ``anchor_candidates``, the seconds of each ranking, whether the
candidates are the same and how many there are.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from lineage.candidates.anchors import anchor_candidates, rewrite_candidates
    from lineage.candidates.search import publication_order
    from lineage.params import MeaningParams
    from tests.candidates.test_anchors import _reference

    conn = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT d.id, d.published, l.lang, s.publisher, s.credited, a.anchors FROM documents d"
        " JOIN languages l ON l.num = d.num JOIN article_credits s ON s.num = d.num"
        " JOIN article_anchors a ON a.num = d.num"
    ).fetchall()
    rows.sort(key=lambda r: publication_order(r[1], r[0]))
    sets = [frozenset(str(r[5]).split("\t")) - {""} for r in rows]
    langs = [str(r[2]) for r in rows]
    publishers = [r[3] for r in rows]
    credits = [frozenset(str(r[4]).split("\t")) - {""} for r in rows]
    p = MeaningParams()
    several = len(set(langs)) > 1
    print(
        f"{len(rows):,} articles, {sum(x is not None for x in publishers):,} agency items, {len(set(langs))} languages"
    )
    cases = {
        "rewrite_candidates": (
            lambda: rewrite_candidates(sets, langs, publishers, p),
            lambda: _reference(
                sets, p, lambda j, k: langs[j] == langs[k], [x is not None for x in publishers], [True] * len(sets)
            ),
        ),
        "anchor_candidates": (
            lambda: anchor_candidates(sets, langs, p, credits, publishers),
            lambda: _reference(
                sets,
                p,
                lambda j, k: langs[j] != langs[k] or publishers[j] in credits[k],
                [several or x is not None for x in publishers],
                [several or bool(c) for c in credits],
            ),
        ),
    }
    for name, (sparse, pairwise) in cases.items():
        start = time.perf_counter()
        new = sparse()
        mid = time.perf_counter()
        old = pairwise()
        end = time.perf_counter()
        print(
            f"{name}: sparse product {mid - start:.2f} s, pair by pair {end - mid:.2f} s;"
            f" the same candidates: {new == old} ({sum(map(len, new)):,} candidates)"
        )


if __name__ == "__main__":
    main()
