"""The rewrite test's features on every family pair it must judge (lineage/align/meaning.py
``rewrite_score``): gold heavy rewrites (wire → heavy) and hard negatives (each hard negative
with every article of its family in its language that is not a negative, the earlier one as
source), computed with the pipeline's own functions.

    .venv/bin/python benchmarks/rewrites.py ../shared/reuse-families/ benchmarks/families/ [--rows rows.json]

Prints, per pair, the score's terms (kept and replaced along the chain by meaning, the whole
article's synonym share) and other measures a test could read (the share of the source's
vocabulary the whole target writes, the chain's length and likeness), then how the current test
(weights and bar of ``MeaningParams``) sorts them. ``--rows`` writes the rows as JSON for a fit.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np

from lineage.align.anchored import sentence_anchors
from lineage.align.meaning import align_meaning, chained_sentences, meaning_sentences
from lineage.graph.translations import MeaningAligner
from lineage.models import Document
from lineage.params import Params
from lineage.text.synonyms import carried, lexicon, vocabulary

KEYS = ("outlet", "published", "url", "title")


def families(paths: list[Path]) -> list[dict[str, Any]]:
    """The families found under ``paths`` (folders of families, or family.json files)."""
    found = []
    for root in paths:
        for path in sorted(root.glob("*/family.json")) if root.is_dir() else [root]:
            found.append(json.loads(path.read_text(encoding="utf-8")))
    return found


def features(aligner: MeaningAligner, a: Document, b: Document) -> dict[str, Any]:
    """The rewrite test's terms and other measures of ``a`` (source) → ``b`` (target)."""
    p = aligner.params.meaning
    ta, tb = aligner._text(a.text), aligner._text(b.text)
    comparison = align_meaning(ta, tb, p)
    source, target = ta.prepared, tb.prepared
    words = lexicon(aligner._rewording.language(a))
    da, db = source.doc, target.doc
    total = sum(sum(vocabulary(da.sentence_text(k), words).weights.values()) for k in meaning_sentences(source, p))
    kept = replaced = 0.0
    links = [link for x in comparison.passages for link in x.links]
    for link in links:
        said = vocabulary(" ".join(da.sentence_text(k) for k in link.source_sentences), words)
        restated = vocabulary(" ".join(db.sentence_text(k) for k in link.target_sentences), words)
        same, swapped = carried(said, restated, words)
        kept += same
        replaced += swapped
    whole_a, whole_b = aligner._rewording.vocabulary(a), aligner._rewording.vocabulary(b)
    doc_kept, doc_replaced = carried(whole_a, whole_b, words)
    doc_total = sum(whole_a.weights.values()) or 1.0
    score = aligner._rewording.score(comparison, a, b, (source, target))
    # Facts: the anchors each text writes, and those the chain's linked sentences share.
    anchors_a, anchors_b = sentence_anchors(da), sentence_anchors(db)
    all_a = frozenset().union(*[anchors_a[k] for k in source.in_units]) if source.in_units else frozenset()
    all_b = frozenset().union(*[anchors_b[k] for k in target.in_units]) if target.in_units else frozenset()
    both = all_a & all_b
    along = set()
    for link in links:
        said = frozenset().union(*[anchors_a[k] for k in link.source_sentences])
        restated = frozenset().union(*[anchors_b[k] for k in link.target_sentences])
        along |= said & restated
    # Specificity: how much more alike each chained target sentence is with its source sentence
    # than with the next most alike source sentence.
    sim = tb.vectors @ ta.vectors.T if len(ta.sentences) > 1 and len(tb.sentences) else None
    row = {k: i for i, k in enumerate(tb.sentences)}
    column = {k: j for j, k in enumerate(ta.sentences)}
    margins = []
    for link in links:
        if sim is None or len(link.target_sentences) != 1 or len(link.source_sentences) != 1:
            continue
        i, j = row[link.target_sentences[0]], column[link.source_sentences[0]]
        others = np.delete(sim[i], j)
        margins.append(float(sim[i, j] - others.max()))
    # Sentence-specific words: each source sentence's words no other source sentence writes, and
    # how much of them the chained target sentence carries, the best target sentence carries, and
    # the whole target carries.
    chosen = meaning_sentences(source, p)
    words_a = {k: vocabulary(da.sentence_text(k), words) for k in chosen}
    words_b = [vocabulary(db.sentence_text(k), words) for k in target.in_units]
    held: dict[str, int] = {}
    for v in words_a.values():
        for w in v.weights:
            held[w] = held.get(w, 0) + 1
    linked_to = {}
    for link in links:
        for k in link.source_sentences:
            linked_to[k] = vocabulary(" ".join(db.sentence_text(t) for t in link.target_sentences), words)
    spec_total = spec_along = spec_best = spec_doc = 0.0
    for k, v in words_a.items():
        own = type(v)({w: x for w, x in v.weights.items() if held[w] == 1})
        weight = sum(own.weights.values())
        if not weight:
            continue
        spec_total += weight
        if k in linked_to:
            same, swapped = carried(own, linked_to[k], words)
            spec_along += same + swapped
        best = max((sum(carried(own, t, words)) for t in words_b), default=0.0)
        spec_best += best
        spec_doc += sum(carried(own, whole_b, words))
    # Fact order and bundles, chain aside: the order in which the two texts first write their
    # shared anchors (Kendall's tau), and the share of the pairs of shared anchors a source
    # sentence writes together that one target sentence (or two neighbours) writes together too.
    first_a: dict[str, int] = {}
    first_b: dict[str, int] = {}
    for k in source.in_units:
        for x in sorted(anchors_a[k] & both):
            first_a.setdefault(x, k)
    for k in target.in_units:
        for x in sorted(anchors_b[k] & both):
            first_b.setdefault(x, k)
    shared_first = sorted(set(first_a) & set(first_b))
    agree = disagree = 0
    for x, y in itertools.combinations(shared_first, 2):
        d = (first_a[x] - first_a[y]) * (first_b[x] - first_b[y])
        agree += d > 0
        disagree += d < 0
    together_a = {(x, y) for k in source.in_units for x, y in itertools.combinations(sorted(anchors_a[k] & both), 2)}
    units_b = list(target.in_units)
    together_b = {
        (x, y)
        for i, k in enumerate(units_b)
        for x, y in itertools.combinations(
            sorted((anchors_b[k] | (anchors_b[units_b[i + 1]] if i + 1 < len(units_b) else frozenset())) & both), 2
        )
    }
    return {
        "fact_order": (agree - disagree) / (agree + disagree) if agree + disagree else 0.0,
        "fact_bundles": len(together_a & together_b) / len(together_a) if together_a else 0.0,
        "spec_along": spec_along / spec_total if spec_total else 0.0,
        "spec_best": spec_best / spec_total if spec_total else 0.0,
        "spec_conc": spec_best / spec_doc if spec_doc else 0.0,
        "spec_along_conc": spec_along / spec_doc if spec_doc else 0.0,
        "anchor_recall": len(both) / len(all_a) if all_a else 0.0,
        "anchor_precision": len(both) / len(all_b) if all_b else 0.0,
        "anchor_along": len(along) / len(both) if both else 0.0,
        "margin": sum(margins) / len(margins) if margins else 0.0,
        "doc_kept_along": kept / doc_kept if doc_kept else 0.0,
        "kept": kept / total if total else 0.0,
        "replaced": replaced / total if total else 0.0,
        "reworded": aligner._rewording.reworded(a, b),
        "doc_kept": doc_kept / doc_total,
        "doc_replaced": doc_replaced / doc_total,
        "chained": chained_sentences(comparison),
        "source_sentences": len(ta.sentences),
        "target_sentences": len(tb.sentences),
        "likeness": sum(link.score for link in links) / len(links) if links else 0.0,
        "gain": sum(link.score - p.threshold for link in links),
        "askable": aligner._may_rewrite(a, b),
        "score": score,
    }


def rows(paths: list[Path], params: Params) -> list[dict[str, Any]]:
    """One row per pair the rewrite test must judge."""
    aligner = MeaningAligner(params)
    found = []
    for family in families(paths):
        docs = {d["id"]: d for d in family["documents"]}
        language = {i: aligner._rewording.language(Document(i, d["text"])) for i, d in docs.items()}
        as_doc = {i: Document(i, d["text"], **{k: d.get(k) for k in KEYS}) for i, d in docs.items()}
        pairs: list[tuple[str, str, str]] = []
        for i, d in sorted(docs.items()):
            parent = d.get("parent")
            if d["kind"] == "heavy" and parent and language[parent] == language[i]:
                pairs.append((parent, i, "heavy"))
            if d["kind"] == "hard_negative":
                for j, other in sorted(docs.items()):
                    if "negative" in other["kind"] or language[j] != language[i]:
                        continue
                    first, second = sorted((i, j), key=lambda x: (docs[x].get("published") or "", x))
                    pairs.append((first, second, f"negative/{other['kind']}"))
        for a, b, kind in pairs:
            row = {"family": family["family"], "source": a, "target": b, "kind": kind, "language": language[a]}
            row.update(features(aligner, as_doc[a], as_doc[b]))
            found.append(row)
    return found


FEATURES = (
    "kept",
    "replaced",
    "reworded",
    "doc_kept",
    "likeness",
    "anchor_recall",
    "anchor_precision",
    "anchor_along",
    "margin",
    "spec_along",
    "spec_best",
    "spec_conc",
    "spec_along_conc",
    "cover",
    "fact_order",
    "fact_bundles",
)


def _logistic(x: np.ndarray, y: np.ndarray, steps: int = 50) -> np.ndarray:
    """Weights (bias last) of a logistic fit by Newton's method, classes weighted equally, a
    small ridge so separable data stays finite."""
    z = np.c_[x, np.ones(len(x))]
    balance = np.where(y == 1, 0.5 / y.sum(), 0.5 / (len(y) - y.sum()))
    w = np.zeros(z.shape[1])
    ridge = 1e-3 * np.eye(z.shape[1])
    ridge[-1, -1] = 0.0
    for _ in range(steps):
        prob = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (balance * (prob - y)) + ridge @ w
        hess = (z * (balance * prob * (1 - prob))[:, None]).T @ z + ridge
        w -= np.linalg.solve(hess, grad)
    return w


def held_out(found: list[dict[str, Any]], names: tuple[str, ...]) -> tuple[int, int]:
    """Leave one family out: fit on the others' wire → heavy and wire → hard negative pairs, set
    the bar at their highest negative, judge the family left out; (heavy found, negatives over)."""
    judged = [r for r in found if r["kind"] in ("heavy", "negative/wire")]
    x = np.array([[r[n] for n in names] for r in judged], float)
    y = np.array([r["kind"] == "heavy" for r in judged], float)
    family = np.array([r["family"] for r in judged])
    hits = over = 0
    for name in sorted(set(family)):
        train = family != name
        mean, spread = x[train].mean(0), x[train].std(0) + 1e-9
        w = _logistic((x[train] - mean) / spread, y[train])
        score = ((x - mean) / spread) @ w[:-1] + w[-1]
        bar = score[train & (y == 0)].max()
        hits += int(((score >= bar) & ~train & (y == 1)).sum())
        over += int(((score >= bar) & ~train & (y == 0)).sum())
    return hits, over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="+", type=Path)
    parser.add_argument("--rows", type=Path, help="write the rows as JSON here")
    parser.add_argument("--fit", action="store_true", help="also rank feature sets by a leave-one-family-out fit")
    args = parser.parse_args()
    params = Params()
    found = rows(args.families, params)
    if args.rows:
        args.rows.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    print(
        "| family | source → target | kind | lang | kept | replaced | reworded | doc kept | chained | likeness "
        "| facts kept | facts new | facts along | margin | score |"
    )
    print("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in found:
        score = "–" if r["score"] is None else f"{r['score']:.3f}"
        print(
            f"| {r['family']} | {r['source']} → {r['target']} | {r['kind']} | {r['language']} | {r['kept']:.3f} "
            f"| {r['replaced']:.3f} | {r['reworded']:.3f} | {r['doc_kept']:.3f} "
            f"| {r['chained']}/{r['target_sentences']} | {r['likeness']:.3f} | {r['anchor_recall']:.2f} "
            f"| {1 - r['anchor_precision']:.2f} "
            f"| {r['anchor_along']:.2f} | {r['margin']:.3f} | {score} |"
        )
    bar = params.meaning.rewrite_bar
    heavy = [r for r in found if r["kind"] == "heavy"]
    negative = [r for r in found if r["kind"] != "heavy" and r["askable"]]
    print(f"heavy rewrites at or over the bar {bar}: {sum((r['score'] or 0) >= bar for r in heavy)}/{len(heavy)}")
    print(f"negative pairs (askable) at or over it: {sum((r['score'] or 0) >= bar for r in negative)}/{len(negative)}")
    wire = [r for r in negative if r["kind"] == "negative/wire"]
    print(f"of them wire → hard negative: {sum((r['score'] or 0) >= bar for r in wire)}/{len(wire)}")
    if args.fit:
        for r in found:
            r["cover"] = r["chained"] / max(1, r["source_sentences"])
        current = held_out(found, ("kept", "replaced", "reworded"))
        hits, over = current
        print(f"held out, the test's three terms refitted: heavy found {hits}/{len(heavy)}, negatives over {over}")
        ranked = sorted(
            ((held_out(found, names), names) for k in (1, 2, 3) for names in itertools.combinations(FEATURES, k)),
            key=lambda x: (-(x[0][0] - 2 * x[0][1]), x[1]),
        )
        for (hits, over), names in ranked[:10]:
            print(f"held out, {' + '.join(names)}: heavy found {hits}/{len(heavy)}, negatives over {over}")


if __name__ == "__main__":
    main()
