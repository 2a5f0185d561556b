#!/usr/bin/env python3
"""Check family.json of a reuse family (stdlib only).

    python3 check.py [family.json]

Verifies: gold sentences cover each text exactly and in order; labels, roles and parents are well formed;
every parent sentence exists in the parent document; verbatim sentences equal their parent after
normalising quotes, apostrophes and whitespace; heavy rewrites share no 5-word run with the wire; hard
negatives share no 5-word run with any other document; drift entries are consistent; publication order;
the shape asked of each kind (counts, credits, photo credits, dropped paragraph, ...).
Exit status 0 when every check passes.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

LABELS = {"original", "verbatim", "rewritten", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "crosshead", "footer"}
N = 5
errors: list[str] = []
notes: list[str] = []


def err(msg):
    errors.append(msg)


def norm(s: str) -> str:
    s = re.sub(r"[\u2018\u2019\u02bc`´]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e«»]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())  # apostrophes (any kind) split words


def grams(s: str, n=N) -> set[tuple]:
    t = tokens(s)
    return {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}


def parse_time(p: str):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None, dt.date.fromisoformat(p)
    m = re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})", p)
    if not m:
        err(f"bad published value {p!r}")
        return None, None
    if m.group(2) not in ("+01:00", "+02:00"):
        err(f"published {p!r}: offset must be +01:00 or +02:00")
    t = dt.datetime.fromisoformat(p)
    return t, t.date()


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("family.json")
    fam = json.loads(path.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in fam["documents"]}
    sents = fam["sentences"]
    kinds = collections.Counter(d["kind"] for d in docs.values())
    wires = [i for i, d in docs.items() if d["kind"] == "wire"]
    if len(wires) != 1:
        err(f"expected one wire, found {len(wires)}")
    wire = wires[0]
    W = docs[wire]
    wire_sents = [s for s in sents[wire] if s["label"] != "boilerplate"]

    # ---------------------------------------------------------------- metadata and coverage
    for i, d in docs.items():
        for k in (
            "id",
            "text",
            "language",
            "outlet",
            "published",
            "url",
            "title",
            "kind",
            "parent",
            "credited",
            "credit_text",
        ):
            if k not in d:
                err(f"{i}: missing field {k}")
        if not re.match(r"https://[a-z0-9.-]+\.example/", d["url"]):
            err(f"{i}: url not on .example: {d['url']}")
        if i not in sents:
            err(f"{i}: no gold sentences")
            continue
        text, pos = d["text"], 0
        for s in sents[i]:
            j = text.find(s["text"], pos)
            if j < 0:
                err(f"{i}: sentence not found after offset {pos}: {s['text'][:60]!r}")
                break
            if text[pos:j].strip():
                err(f"{i}: uncovered text before sentence: {text[pos:j]!r}")
            pos = j + len(s["text"])
        if text[pos:].strip():
            err(f"{i}: uncovered text at end: {text[pos:]!r}")
        heads = [s for s in sents[i] if s.get("role") == "headline"]
        if not heads or heads[0]["text"] != d["title"] or sents[i][0] is not heads[0]:
            err(f"{i}: first sentence must be the headline equal to title")
        for s in sents[i]:
            lab = s["label"]
            if lab not in LABELS:
                err(f"{i}: bad label {lab}")
            if lab == "boilerplate":
                if s.get("role") not in ROLES:
                    err(f"{i}: boilerplate without valid role: {s}")
            elif "role" in s:
                err(f"{i}: role on non-boilerplate sentence")
            if lab in ("verbatim", "rewritten"):
                if not s.get("parents"):
                    err(f"{i}: reused sentence without parents: {s['text'][:60]!r}")
            elif s.get("parents"):
                err(f"{i}: {lab} sentence with parents")

    # ---------------------------------------------------------------- parents
    for i, d in docs.items():
        k, p = d["kind"], d["parent"]
        if k in ("wire", "hard_negative", "easy_negative"):
            if p is not None:
                err(f"{i}: {k} must have parent null")
            if any(s["label"] in ("verbatim", "rewritten") for s in sents[i]):
                err(f"{i}: {k} has reused sentences")
            continue
        if p not in docs:
            err(f"{i}: parent {p} does not exist")
            continue
        ptexts = {s["text"] for s in sents[p]}
        for s in sents[i]:
            for x in s.get("parents", []):
                if x not in ptexts:
                    err(f"{i}: parent sentence not in {p}: {x[:70]!r}")
                if x not in docs[p]["text"]:
                    err(f"{i}: parent sentence not in {p} text: {x[:70]!r}")
            if s["label"] == "verbatim" and (len(s["parents"]) != 1 or norm(s["text"]) != norm(s["parents"][0])):
                err(f"{i}: verbatim sentence differs from parent: {s['text'][:70]!r}")
            if s["label"] == "rewritten" and len(s["parents"]) == 1 and s["text"] == s["parents"][0]:
                err(f"{i}: 'rewritten' sentence identical to parent")
        if k in ("second_generation",) and docs[p]["kind"] != "heavy":
            err(f"{i}: second generation must derive from a heavy rewrite")
        if k not in ("second_generation",) and p != wire:
            err(f"{i}: {k} must derive from the wire")

    # ---------------------------------------------------------------- credits
    for i, d in docs.items():
        ct = d["credit_text"]
        if d["credited"]:
            if not ct or ct not in d["text"]:
                err(f"{i}: credit_text missing from text")
        elif ct:
            err(f"{i}: credit_text set on uncredited document")
        for s in sents[i]:
            if s.get("role") == "credit" and not d["credited"]:
                err(f"{i}: credit line on uncredited document")
            if s.get("role") == "photo_credit" and not s["text"].startswith(("Foto:", "Photo:")):
                err(f"{i}: odd photo credit {s['text']!r}")

    # ---------------------------------------------------------------- 5-word runs
    G = {i: grams(d["text"]) for i, d in docs.items()}
    for i, d in docs.items():
        if d["kind"] == "heavy":
            shared = G[i] & G[wire]
            if shared:
                err(
                    f"{i} (heavy) shares {len(shared)} {N}-word runs with the wire: "
                    + "; ".join(" ".join(g) for g in sorted(shared)[:8])
                )
        if d["kind"] == "hard_negative":
            for o in docs:
                if o == i:
                    continue
                shared = G[i] & G[o]
                if shared:
                    err(
                        f"{i} (hard_negative) shares {len(shared)} {N}-word runs with {o} ({docs[o]['kind']}): "
                        + "; ".join(" ".join(g) for g in sorted(shared)[:8])
                    )

    # ---------------------------------------------------------------- drift
    drift = fam.get("drift", [])
    by_child = collections.defaultdict(list)
    for e in drift:
        by_child[e["child"]].append(e)
        c, p = e["child"], e["parent"]
        if docs.get(c, {}).get("kind") != "drift" or docs[c]["parent"] != p:
            err(f"drift entry with wrong child/parent: {e}")
            continue
        cs = [s for s in sents[c] if s["text"] == e["child_text"]]
        if len(cs) != 1 or not cs[0].get("drift") or e["parent_text"] not in cs[0].get("parents", []):
            err(f"drift child_text not a drift-flagged sentence with that parent: {e['child_text'][:60]!r}")
        if e["parent_text"] not in {s["text"] for s in sents[p]}:
            err(f"drift parent_text not a parent sentence: {e['parent_text'][:60]!r}")
        if e["from"] not in e["parent_text"] or e["from"] in e["child_text"]:
            err(f"drift 'from' {e['from']!r} must be in parent_text and not in child_text")
        if e["to"] not in e["child_text"] or e["to"] in e["parent_text"]:
            err(f"drift 'to' {e['to']!r} must be in child_text and not in parent_text")
        if e["from"] in docs[c]["text"]:
            err(f"drift 'from' {e['from']!r} still appears in drift document")
    for i, d in docs.items():
        flagged = [s for s in sents[i] if s.get("drift")]
        if d["kind"] == "drift":
            fields = {e["field"] for e in by_child[i]}
            if len(by_child[i]) != 3 or len(flagged) != 3:
                err(
                    f"{i}: drift document needs exactly 3 drift entries and 3 flagged sentences "
                    f"({len(by_child[i])}, {len(flagged)})"
                )
            if not ({"number", "date"} <= fields and fields & {"name", "quote"}):
                err(f"{i}: drift fields must cover number, date and name/quote: {fields}")
        elif flagged:
            err(f"{i}: drift flag outside drift document")

    # ---------------------------------------------------------------- publication order
    times = {i: parse_time(d["published"]) for i, d in docs.items()}
    for i, d in docs.items():
        p = d["parent"]
        if not p or p not in docs:
            continue
        (ct, cd), (pt, pd) = times[i], times[p]
        if ct and pt:
            if not ct > pt:
                err(f"{i} published {d['published']} not after parent {p} {docs[p]['published']}")
        elif cd and pd and cd < pd:
            err(f"{i} published {d['published']} before parent {p} {docs[p]['published']}")
    wt = times[wire][0]
    early = [i for i, d in docs.items() if d["kind"] == "hard_negative" and times[i][0] and times[i][0] < wt]
    if not early:
        err("no hard negative published before the wire")

    # ---------------------------------------------------------------- shape of each kind
    nw = len(wire_sents)
    if not 14 <= nw <= 18:
        err(f"wire has {nw} sentences (want 14-18)")
    if not re.search(r"^Roma, \d+ \w+\. \(Adnkronos\) -", W["text"], re.M):
        err("wire dateline missing")
    wire_by_text = {s["text"]: s for s in wire_sents}
    for i, d in docs.items():
        S = sents[i]
        lab = collections.Counter(s["label"] for s in S)
        used = {x for s in S for x in s.get("parents", [])}
        k = d["kind"]
        if k == "verbatim":
            if lab["original"] or lab["rewritten"]:
                err(f"{i}: verbatim copy has original/rewritten sentences")
            if times[i][0] is not None:
                err(f"{i}: verbatim copy must be published with a date only")
            if any(s.get("role") == "dateline" for s in S) or "(Adnkronos) -" in d["text"]:
                err(f"{i}: verbatim copy keeps the dateline")
            if d["credit_text"] != "Fonte: Adnkronos":
                err(f"{i}: verbatim copy must credit 'Fonte: Adnkronos'")
            body = " ".join(s["text"] for s in S if s["label"] == "verbatim")
            if "'" in body or "«" in body or "»" in body:
                err(f"{i}: verbatim copy keeps straight apostrophes or « »")
            wparas = [p for p in W["text"].split("\n\n")]
            dropped = [p for p in wparas[1:] if not any(x in p for x in used)]
            missing = [s["text"] for s in wire_sents if s["text"] not in used]
            if len(dropped) != 1 or any(m not in dropped[0] for m in missing):
                err(f"{i}: verbatim copy must drop exactly one whole wire paragraph")
            notes.append(f"{i} verbatim: {len(used)}/{nw} wire sentences, dropped paragraph of {len(missing)}")
        if k == "light":
            share = len(used) / nw
            if not 0.6 <= share <= 0.7:
                err(f"{i}: light copy keeps {share:.2f} of wire sentences (want 0.60-0.70)")
            if lab["verbatim"] != 1 or lab["original"] != 2:
                err(f"{i}: light copy needs 1 unchanged and 2 own sentences ({lab['verbatim']}, {lab['original']})")
            notes.append(f"{i} light: keeps {len(used)}/{nw} = {share:.2f}, credited={d['credited']}")
        if k == "drift" and (len(used) != nw or lab["original"] or lab["verbatim"]):
            err(f"{i}: drift copy must rewrite all {nw} wire sentences and nothing else")
        if k == "heavy":
            if lab["verbatim"] or not 4 <= lab["original"] <= 6:
                err(f"{i}: heavy needs no verbatim and 4-6 own sentences ({lab['original']})")
            notes.append(
                f"{i} heavy: covers {len(used)}/{nw} wire sentences, {lab['original']} own, "
                f"{lab['rewritten']} rewritten, credited={d['credited']}"
            )
        if k == "partial" and (
            not 3 <= lab["rewritten"] <= 4 or lab["verbatim"] or lab["original"] <= 2 * lab["rewritten"]
        ):
            err(f"{i}: partial needs 3-4 rewritten sentences in a mostly original piece")
        if k == "second_generation" and any(x in wire_by_text for x in used):
            err(f"{i}: second generation points into the wire")
        if k == "translation" and (d["language"] != "en" or d["credit_text"] != "Source: Adnkronos"):
            err(f"{i}: translation must be English with 'Source: Adnkronos'")

    def photo(k):
        return [i for i, d in docs.items() if d["kind"] == k and "Foto: Adnkronos" in d["text"]]

    if len(photo("heavy")) != 1 or any(docs[i]["credited"] for i in photo("heavy")):
        err("exactly one heavy rewrite must carry 'Foto: Adnkronos' and be uncredited")
    if len(photo("hard_negative")) != 1:
        err("exactly one hard negative must carry 'Foto: Adnkronos'")
    light_credit = [docs[i]["credited"] for i, d in docs.items() if d["kind"] == "light"]
    if sorted(light_credit) != [False, True]:
        err("one light copy must be credited in the body and one uncredited")

    # ---------------------------------------------------------------- report
    lc = collections.Counter(s["label"] for v in sents.values() for s in v)
    print(f"family {fam['family']}: {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("labels: " + ", ".join(f"{k} {n}" for k, n in sorted(lc.items())))
    print(f"drift entries: {len(drift)}")
    for n_ in notes:
        print("  " + n_)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
