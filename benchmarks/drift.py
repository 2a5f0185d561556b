"""Fact drift against the families' gold: what lineage reports as changed in a copy, and what the
copy really changed.

    .venv/bin/python benchmarks/drift.py ../shared/reuse-families/ benchmarks/families/

Every family given is traced together; on each edge that is a gold derivation (the child's gold
parent is its source), each drift item reported (``kind``, the source's words, the copy's words)
is matched with the gold changes of that child (the family's ``drift`` list and its sentences'
``drift`` lists): a match when the reported words are inside the gold ``from`` and ``to``
(``Vollmer`` in ``Katrin Vollmer``). Prints, per kind of copy, the gold changes found and missed
and the items reported that no gold change explains (false drift: a reworded noun taken for a
changed name, a number written otherwise), then every false item.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path
from typing import Any

from rewrites import families  # benchmarks/: the families under the paths given

from lineage import trace
from lineage.models import Document

KEYS = ("outlet", "published", "url", "title")


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def gold_changes(family: dict[str, Any]) -> dict[str, set[tuple[str, str]]]:
    """Each child's gold changes, as (from, to) in squashed text."""
    found: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for x in family.get("drift", []):
        found[x["child"]].add((_squash(x["from"]), _squash(x["to"])))
    for child, sentences in family["sentences"].items():
        for sentence in sentences:
            marks = sentence.get("drift")  # a list of changes, or True (the family's list says which)
            for x in marks if isinstance(marks, list) else []:
                found[child].add((_squash(x["from"]), _squash(x["to"])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="+", type=Path)
    paths = parser.parse_args().families
    docs: dict[str, dict[str, Any]] = {}
    gold: dict[str, set[tuple[str, str]]] = {}
    for family in families(paths):
        docs.update({d["id"]: d for d in family["documents"]})
        gold.update(gold_changes(family))
    graph = trace([Document(i, d["text"], **{k: d.get(k) for k in KEYS}) for i, d in sorted(docs.items())])
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    false: list[tuple[str, str, str, str, str]] = []
    for edge in graph.edges:
        child = docs[edge.target]
        if child.get("parent") != edge.source:
            continue
        kind = child["kind"]
        changes = gold.get(edge.target, set())
        matched: set[tuple[str, str]] = set()
        for link in edge.comparison.links:
            for item in link.drift:
                source, target = _squash(item.source), _squash(item.target)
                hit = [c for c in changes if source in c[0] and target in c[1]]
                if hit:
                    matched.update(hit)
                else:
                    counts[kind]["false"] += 1
                    false.append((edge.source, edge.target, item.kind, item.source, item.target))
        counts[kind]["gold"] += len(changes)
        counts[kind]["found"] += len(matched)
    print("| copy | gold changes | found | false drift reported |")
    print("|---|---:|---:|---:|")
    for kind in sorted(counts):
        c = counts[kind]
        print(f"| {kind} | {c['gold']} | {c['found']} | {c['false']} |")
    total = sum(counts.values(), collections.Counter())
    print(f"| all | {total['gold']} | {total['found']} | {total['false']} |")
    for source, target, kind, a, b in false:
        print(f"false: {source} -> {target}: {kind} {a!r} -> {b!r}")


if __name__ == "__main__":
    main()
