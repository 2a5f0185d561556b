"""Trace a folder of articles from Python and print the derivation edges.

Run from the repository root:

    .venv/bin/python examples/trace_folder.py seeds/
"""

from __future__ import annotations

import sys

import lineage


def main(folder: str) -> None:
    loaded = lineage.load_documents([folder])
    for problem in loaded.problems:
        print(f"skipped: {problem.message}", file=sys.stderr)
    graph = lineage.trace(loaded.documents)
    for edge in graph.edges:
        parent, child = graph.document(edge.source), graph.document(edge.target)
        c = edge.comparison
        print(
            f"{parent.id} ({parent.outlet or '?'}) -> {child.id} ({child.outlet or '?'}): "
            f"{c.target_share:.0%} of the child is reused text, "
            f"{c.verbatim} verbatim / {c.rewritten} rewritten passages, "
            f"direction by {edge.direction.method}"
        )
        for link in c.links:
            a, b = link.target_span
            print(f"  [{link.label}] {child.text[a:b][:90]}")
        for drift in c.drift:
            print(f"  drift ({drift.kind}): {drift.source} -> {drift.target}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds")
