"""Sentence labels against the families' gold: is a sentence lineage links `verbatim` copied word
for word, and one it links `rewritten` edited?

    .venv/bin/python benchmarks/labels.py ../shared/reuse-families/ benchmarks/families/ [--verbatim-ratio R]

Every family given is traced together (``AlignParams.verbatim_ratio`` set to R, default the
parameter's); for each gold derivation found, each child sentence the gold labels `verbatim`
(equal to its parent sentence after normalising quotes and white space) or `rewritten` (any
change) and a link covers (more than half of the sentence, or of the link) is counted by the
label lineage gives it: `verbatim` when every link covering it is, else `rewritten`; and the
same by the passages covering it (the label the families' scorer reads). Prints the two tables,
then the gold `rewritten` sentences lineage calls `verbatim`, by kind of copy.
"""

from __future__ import annotations

import argparse
import collections
import json
from dataclasses import replace
from pathlib import Path

from lineage import trace
from lineage.models import Document
from lineage.params import AlignParams, Params

KEYS = ("outlet", "published", "url", "title")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="+", type=Path)
    parser.add_argument("--verbatim-ratio", type=float, default=AlignParams().verbatim_ratio)
    args = parser.parse_args()
    docs: dict[str, dict[str, object]] = {}
    gold: dict[str, list[dict[str, object]]] = {}
    for root in args.families:
        for path in sorted(root.glob("*/family.json")) if root.is_dir() else [root]:
            data = json.loads(path.read_text(encoding="utf-8"))
            docs.update({d["id"]: d for d in data["documents"]})
            gold.update(data["sentences"])
    params = Params()
    params = replace(params, align=replace(params.align, verbatim_ratio=args.verbatim_ratio))
    articles = [Document(i, str(d["text"]), **{k: d.get(k) for k in KEYS}) for i, d in sorted(docs.items())]  # type: ignore[arg-type]
    edges = {(e.source, e.target): e for e in trace(articles, params).edges}
    by_link: collections.Counter[tuple[str, str]] = collections.Counter()
    by_passage: collections.Counter[tuple[str, str]] = collections.Counter()
    wrong: collections.Counter[str] = collections.Counter()
    for child, doc in sorted(docs.items()):
        edge = edges.get((str(doc.get("parent")), child))
        if edge is None:
            continue
        text, at = str(doc["text"]), 0
        for sentence in gold[child]:
            start = text.find(str(sentence["text"]), at)
            at = start + len(str(sentence["text"]))
            span, label = (start, at), str(sentence["label"])
            if label not in ("verbatim", "rewritten"):
                continue
            links = [
                x
                for x in edge.comparison.links
                if 2 * _overlap(x.target_span, span) > min(at - start, x.target_span[1] - x.target_span[0])
            ]
            if not links:
                continue
            said = "verbatim" if all(x.label == "verbatim" for x in links) else "rewritten"
            by_link[label, said] += 1
            wrong[str(doc["kind"])] += label == "rewritten" and said == "verbatim"
            passages = [x.label for x in edge.comparison.passages if _overlap(x.target_span, span) > 0]
            by_passage[label, "verbatim" if passages and all(x == "verbatim" for x in passages) else "rewritten"] += 1
    print(f"verbatim_ratio {args.verbatim_ratio}")
    for name, counts in (("links", by_link), ("passages", by_passage)):
        right = counts["verbatim", "verbatim"] + counts["rewritten", "rewritten"]
        print(
            f"by {name}: gold verbatim called verbatim {counts['verbatim', 'verbatim']}, rewritten "
            f"{counts['verbatim', 'rewritten']}; gold rewritten called rewritten {counts['rewritten', 'rewritten']}, "
            f"verbatim {counts['rewritten', 'verbatim']}; right {right}/{sum(counts.values())}"
        )
    print("gold rewritten called verbatim, by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(wrong.items()) if v))


if __name__ == "__main__":
    main()
