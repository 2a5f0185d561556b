"""Sentences restated around the same facts: how rules on shared facts and likeness sort the
sentences a derivation's alignment leaves unlinked (lineage/align/anchored.py).

    .venv/bin/python benchmarks/restated.py ../shared/reuse-families/ benchmarks/families/

Every family given is traced together with the restated-sentence stage off; for each derivation
found that is a gold one (parent → child), every unlinked child sentence (4 words or more, not
boilerplate) is paired with the unlinked parent sentence it shares most facts with that each text
writes in that one sentence only (then the most alike), and sorted by its gold label: a restated
sentence whose gold parents hold that source sentence, a restated one paired with another, an own
sentence, boilerplate. The table counts what each rule (at least n shared facts, at least c alike)
would link.
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from lineage import trace
from lineage.align.anchored import unique_anchors
from lineage.align.meaning import MIN_WORDS, default_encoder
from lineage.align.units import AlignText, aligned_part, prepare_text
from lineage.models import Document
from lineage.params import Params
from lineage.text import analyse


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _free(text: AlignText, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences of ``text`` (4 words or more, not boilerplate) the links' ``spans`` cover less than 30% of."""
    doc = text.doc
    free = []
    for k in text.in_units:
        first, last = doc.sentence_words[k]
        start, end = doc.sentences[k].span
        if last - first >= MIN_WORDS and sum(_overlap((start, end), x) for x in spans) < 0.3 * (end - start):
            free.append(k)
    return free


def rows(paths: list[Path]) -> list[dict[str, Any]]:
    """One row per unlinked child sentence of a gold derivation that shares a fact with an unlinked
    parent sentence: its label, shared facts, likeness and whether the pairing is right."""
    docs: dict[str, dict[str, Any]] = {}
    gold: dict[str, list[dict[str, Any]]] = {}
    for root in paths:
        for family in sorted(root.glob("*/family.json")) if root.is_dir() else [root]:
            data = json.loads(family.read_text(encoding="utf-8"))
            docs.update({d["id"]: d for d in data["documents"]})
            gold.update(data["sentences"])
    params = Params()
    off = replace(params, meaning=replace(params.meaning, anchored_min=1000))
    keys = ("outlet", "published", "url", "title")
    graph = trace([Document(i, d["text"], **{k: d.get(k) for k in keys}) for i, d in sorted(docs.items())], off)
    encoder = default_encoder()
    found = []
    for edge in graph.edges:
        child, parent = docs[edge.target], docs[edge.source]
        if child.get("parent") != edge.source:
            continue
        a = prepare_text(analyse(aligned_part(parent["text"], params.align)), params.align)
        b = prepare_text(analyse(aligned_part(child["text"], params.align)), params.align)
        free_a = _free(a, [link.source_span for link in edge.comparison.links])
        free_b = _free(b, [link.target_span for link in edge.comparison.links])
        own_a, own_b = unique_anchors(a.doc), unique_anchors(b.doc)
        spans, pos = [], 0
        for sentence in gold[edge.target]:
            i = child["text"].find(sentence["text"], pos)
            pos = i + len(sentence["text"])
            spans.append(((i, pos), sentence))
        for t in free_b:
            shared = [(len(own_a[s] & own_b[t]), s) for s in free_a if own_a[s] & own_b[t]]
            if not shared:
                continue
            span = b.doc.sentences[t].span
            (_, label) = max(spans, key=lambda x: _overlap(x[0], span))
            vectors = encoder.encode([b.doc.sentence_text(t)] + [a.doc.sentence_text(s) for _, s in shared])
            likeness = vectors[1:] @ vectors[0]
            n, like, best = max((n, float(x), s) for (n, s), x in zip(shared, likeness, strict=True))
            parents = [(parent["text"].find(x), parent["text"].find(x) + len(x)) for x in label.get("parents", [])]
            right = any(_overlap(a.doc.sentences[best].span, x) > 0 for x in parents if x[0] >= 0)
            found.append({"label": label["label"], "shared": n, "likeness": like, "right": right})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="+", type=Path)
    found = rows(parser.parse_args().families)
    print("| shared facts >= | alike >= | restated, right source | restated, wrong source | own | boilerplate |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, c in itertools.product((1, 2, 3), (0.30, 0.35, 0.40, 0.45, 0.55, 0.60, 0.65, 0.70)):
        chosen = [r for r in found if r["shared"] >= n and r["likeness"] >= c]
        reused = [r for r in chosen if r["label"] in ("verbatim", "rewritten")]
        print(
            f"| {n} | {c:.2f} | {sum(r['right'] for r in reused)} | {sum(not r['right'] for r in reused)} "
            f"| {sum(r['label'] == 'original' for r in chosen)} | {sum(r['label'] == 'boilerplate' for r in chosen)} |"
        )
    print(f"unlinked child sentences sharing a fact with an unlinked parent sentence: {len(found)}", flush=True)


if __name__ == "__main__":
    main()
