"""The words' alignments a trace keeps as partial reuse, against the families' gold: can they tell
a partial copy from an independent report of the same event?

    .venv/bin/python benchmarks/partials.py ../shared/reuse-families/ benchmarks/families/

Every pair of articles of a family, the earlier as source, whose words' alignment is a derivation
(:meth:`lineage.graph.pairs.PairAligner`'s test) made of rewritten links only and claiming no
whole rewrite (:func:`lineage.graph.rewrites.claims_rewrite`): the pairs the rewrite test is
never asked of. For each, by gold: ``direct`` (the child's parent), ``ancestor``, ``sibling``
(the two share a source), ``negative`` (either is a hard or easy negative); and what a rule could
read: the links, the shares of both texts, the share of each linked source sentence's vocabulary
its target sentence carries or replaces by synonyms (``carried``, as the rewrite test counts it,
mean over the links), the share of the facts (anchors) of each linked source sentence that its
target sentence states (``facts``), the links out of the source's order (``inversions``).
Prints the pairs and, per feature, the range over the direct partial copies and how many
negative pairs fall inside it.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

from rewrites import families  # benchmarks/: the families under the paths given

from lineage.candidates.search import publication_order
from lineage.candidates.signing import STOPWORDS
from lineage.graph.pairs import PairAligner
from lineage.graph.rewrites import Rewording, claims_rewrite
from lineage.models import Document
from lineage.params import Params
from lineage.text.synonyms import carried, lexicon, vocabulary

FEATURES = ("links", "target_share", "carried", "facts", "inversions")


def rows_of(family: dict[str, Any], params: Params) -> list[dict[str, Any]]:
    """The partial-path pairs of one family with their features."""
    gold = {d["id"]: d for d in family["documents"]}
    docs = {
        i: Document(id=i, text=d["text"], outlet=d.get("outlet"), published=d.get("published"), title=d.get("title"))
        for i, d in gold.items()
    }

    def ancestors(x: str) -> list[str]:
        out = []
        while gold[x].get("parent"):
            x = gold[x]["parent"]
            out.append(x)
        return out

    aligner = PairAligner(params)
    rewording = Rewording(params)
    order = sorted(docs, key=lambda i: publication_order(docs[i].published, i))
    rows = []
    for at, a in enumerate(order):
        for b in order[at + 1 :]:
            comparison = aligner._derivation(docs[a].text, docs[b].text)
            if comparison is None or any(link.label == "verbatim" for link in comparison.links):
                continue
            if claims_rewrite(comparison, params):
                continue
            if "negative" in gold[a]["kind"] or "negative" in gold[b]["kind"]:
                relation = "negative"
            elif gold[b].get("parent") == a:
                relation = "direct"
            elif a in ancestors(b):
                relation = "ancestor"
            else:
                relation = "sibling"
            words = lexicon(rewording.language(docs[a]))
            source, target = aligner._text(docs[a].text).doc, aligner._text(docs[b].text).doc
            sides = aligner._side(docs[a].text), aligner._side(docs[b].text)
            kept, facts = [], []
            for link in comparison.links:
                said = vocabulary(" ".join(source.sentence_text(k) for k in link.source_sentences), words)
                restated = vocabulary(" ".join(target.sentence_text(k) for k in link.target_sentences), words)
                same, swapped = carried(said, restated, words)
                total = sum(said.weights.values())
                kept.append((same + params.meaning.synonym_weight * swapped) / total if total else 0.0)
                stated = [
                    {x[0] for x in side.anchors_in(span) if x[0][1:] not in STOPWORDS}
                    for side, span in zip(sides, (link.source_span, link.target_span), strict=True)
                ]
                if stated[0]:
                    facts.append(len(stated[0] & stated[1]) / len(stated[0]))
            spans = sorted((link.target_span[0], link.source_span[0]) for link in comparison.links)
            inversions = sum(1 for i, x in enumerate(spans) for y in spans[i + 1 :] if x[1] > y[1])
            rows.append(
                {
                    "family": family["family"],
                    "pair": f"{a} → {b}",
                    "kinds": f"{gold[a]['kind']} → {gold[b]['kind']}",
                    "relation": relation,
                    "links": len(comparison.links),
                    "source_share": comparison.source_share,
                    "target_share": comparison.target_share,
                    "carried": round(statistics.mean(kept), 3),
                    "facts": round(statistics.mean(facts), 3) if facts else 0.0,
                    "inversions": inversions,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", type=Path, nargs="+", help="folders of families, or family.json files")
    args = parser.parse_args()
    params = Params()
    rows = [row for family in families(args.paths) for row in rows_of(family, params)]
    print("| family | pair | kinds | relation | links | source share | target share | carried | facts | inversions |")
    print("|---|---|---|---|---:|---:|---:|---:|---:|---:|")
    for r in sorted(rows, key=lambda r: (r["relation"], r["family"], r["pair"])):
        print(
            f"| {r['family']} | {r['pair']} | {r['kinds']} | {r['relation']} | {r['links']} | {r['source_share']:.2f}"
            f" | {r['target_share']:.2f} | {r['carried']:.2f} | {r['facts']:.2f} | {r['inversions']} |"
        )
    direct = [r for r in rows if r["relation"] == "direct"]
    negative = [r for r in rows if r["relation"] == "negative"]
    print(f"\n{len(direct)} direct partial pairs, {len(negative)} negative pairs on the partial path")
    for feature in FEATURES:
        low, high = min(r[feature] for r in direct), max(r[feature] for r in direct)
        inside = sum(low <= r[feature] <= high for r in negative)
        print(f"{feature}: direct {low:.2f}-{high:.2f}; negatives inside that range {inside}/{len(negative)}")


if __name__ == "__main__":
    main()
