#!/usr/bin/env python3
"""Checks a reuse family (family.json) for internal consistency. Stdlib only.

usage: python3 check.py [path/to/family.json]

Checks:
  * document fields, ids, kinds and counts; parent null for wire and negatives
  * the sentences of every document cover its text in order (only whitespace between them)
  * labels: boilerplate has a role; verbatim/rewritten have parents; original/boilerplate have none
  * every parent reference is a sentence of the parent document
  * verbatim sentences equal one of their parents after normalising quotes, apostrophes, whitespace
  * heavy rewrites share no 5-word run (lowercased words) with the wire
  * hard negatives share no 5-word run with any other document of the family
  * drift entries: parent_text/child_text are sentences of parent/child (the child's marked drift),
    `from` is in the parent text and not in the child sentence, `to` is in the child text;
    a drift document has exactly 3 entries, one per drift-marked sentence
  * published: every derived document after its parent (date-only: not before the parent's day);
    at least one hard negative published before the wire
  * credits: credit_text occurs in the text when credited; `Photo: AFP` is present where required
"""

import json
import re
import sys
from collections import Counter
from datetime import date, datetime

QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
    }
)
N = 5

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.translate(QUOTES)).strip()


def words(s):
    return re.findall(r"\w+(?:['.,]\w+)*", s.translate(QUOTES).lower())


def grams(s, n=N):
    w = words(s)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def parse_pub(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return date.fromisoformat(p)
    dt = datetime.fromisoformat(p)
    if dt.tzinfo is None:
        raise ValueError("timestamp without offset: " + p)
    return dt


def not_before(child, parent):
    """child published after parent; with a date-only value, compare days (same day allowed)."""
    c, p = parse_pub(child), parse_pub(parent)
    if isinstance(c, datetime) and isinstance(p, datetime):
        return c > p
    cd = c.date() if isinstance(c, datetime) else c
    pd = p.date() if isinstance(p, datetime) else p
    return cd >= pd


EXPECTED = {
    "wire": 1,
    "verbatim": 1,
    "light": 2,
    "heavy": 3,
    "drift": 1,
    "partial": 2,
    "second_generation": 1,
    "translation": 1,
    "hard_negative": 4,
    "easy_negative": 1,
}
DOC_KEYS = {
    "id",
    "kind",
    "language",
    "outlet",
    "published",
    "url",
    "title",
    "text",
    "parent",
    "credited",
    "credit_text",
}
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}


def main(path):
    with open(path, encoding="utf-8") as f:
        fam = json.load(f)
    name = fam["family"]
    docs = {d["id"]: d for d in fam["documents"]}
    sents = fam["sentences"]
    kinds = Counter(d["kind"] for d in docs.values())
    if dict(kinds) != EXPECTED:
        err(f"kind counts {dict(kinds)} != {EXPECTED}")
    ids = sorted(docs)
    want = [f"{name}_d{i:02d}" for i in range(1, len(docs) + 1)]
    if ids != want:
        err(f"ids {ids} != {want}")
    wires = [i for i, d in docs.items() if d["kind"] == "wire"]
    wire = wires[0]
    if wire == f"{name}_d01":
        err("the wire is d01")

    for i, d in docs.items():
        missing = DOC_KEYS - set(d)
        if missing:
            err(f"{i}: missing fields {sorted(missing)}")
        if not d["url"].split("/")[2].endswith(".example"):
            err(f"{i}: url host not .example")
        if d["kind"] in ("wire", "hard_negative", "easy_negative"):
            if d.get("parent") is not None:
                err(f"{i}: {d['kind']} must have parent null")
        else:
            if d.get("parent") not in docs:
                err(f"{i}: parent {d.get('parent')} is not a document")
        if d.get("credited"):
            if not d.get("credit_text") or d["credit_text"] not in d["text"]:
                err(f"{i}: credit_text {d.get('credit_text')!r} not in text")
        elif d.get("credit_text") is not None:
            err(f"{i}: uncredited but credit_text set")
        if i not in sents:
            err(f"{i}: no sentences")
            continue
        heads = [s["text"] for s in sents[i] if s.get("role") == "headline"]
        if heads[:1] != [d["title"]]:
            err(f"{i}: title is not the headline sentence")

    # coverage, labels, parent references, verbatim equality
    for i, ss in sents.items():
        d = docs[i]
        text, pos = d["text"], 0
        for k, s in enumerate(ss):
            t = s["text"]
            m = re.compile(r"\s*").match(text, pos)
            gap_end = m.end()
            if k > 0 and gap_end == pos:
                err(f"{i}: sentence {k} not separated by whitespace from the previous one")
            if not text.startswith(t, gap_end):
                err(f"{i}: sentence {k} not found in order at offset {gap_end}: {t[:60]!r}")
                break
            pos = gap_end + len(t)
        else:
            if text[pos:].strip():
                err(f"{i}: text not covered after offset {pos}: {text[pos : pos + 60]!r}")
        parent = d.get("parent")
        ptexts = {s["text"] for s in sents.get(parent, [])} if parent else set()
        for k, s in enumerate(ss):
            lab = s.get("label")
            if lab not in LABELS:
                err(f"{i}[{k}]: bad label {lab}")
            if lab == "boilerplate" and not s.get("role"):
                err(f"{i}[{k}]: boilerplate without role")
            if lab != "boilerplate" and "role" in s:
                err(f"{i}[{k}]: role on a non-boilerplate sentence")
            if lab in ("verbatim", "rewritten"):
                if not s.get("parents"):
                    err(f"{i}[{k}]: {lab} without parents")
                for p in s.get("parents", []):
                    if p not in ptexts:
                        err(f"{i}[{k}]: parent sentence not in {parent}: {p[:60]!r}")
                if lab == "verbatim" and norm(s["text"]) not in {norm(p) for p in s.get("parents", [])}:
                    err(f"{i}[{k}]: verbatim sentence differs from its parents: {s['text'][:60]!r}")
                if lab == "rewritten" and norm(s["text"]) in {norm(p) for p in s.get("parents", [])}:
                    err(f"{i}[{k}]: rewritten sentence equal to its parent (label verbatim)")
            elif s.get("parents"):
                err(f"{i}[{k}]: {lab} sentence with parents")
            if s.get("drift") and d["kind"] != "drift":
                err(f"{i}[{k}]: drift flag outside the drift document")
        if d["kind"] in ("wire", "hard_negative", "easy_negative") and any(
            s["label"] in ("verbatim", "rewritten") for s in ss
        ):
            err(f"{i}: {d['kind']} has reused sentences")

    # per-kind shape
    for i, d in docs.items():
        ss = sents[i]
        c = Counter(s["label"] for s in ss)
        k = d["kind"]
        body = [s for s in ss if s["label"] != "boilerplate"]
        if k == "wire":
            if not 14 <= len(body) <= 18:
                err(f"{i}: wire has {len(body)} sentences")
            if not any(s.get("role") == "dateline" for s in ss):
                err(f"{i}: wire without dateline")
            if "T" not in d["published"]:
                err(f"{i}: wire published without full timestamp")
        if k == "verbatim":
            if c["rewritten"] or c["original"]:
                err(f"{i}: verbatim copy with rewritten/original sentences")
            if any(s.get("role") == "dateline" for s in ss):
                err(f"{i}: verbatim keeps the dateline")
            if "T" in d["published"]:
                err(f"{i}: verbatim published with a time")
            wire_body = [s for s in sents[wire] if s["label"] != "boilerplate"]
            if not 0 < len(wire_body) - c["verbatim"] <= 4:
                err(f"{i}: verbatim should drop one paragraph")
        if k == "light":
            if c["original"] != 2:
                err(f"{i}: light has {c['original']} own sentences")
            if c["verbatim"] < 1:
                err(f"{i}: light has no unchanged sentence")
        if k == "heavy":
            if c["verbatim"]:
                err(f"{i}: heavy has verbatim sentences")
            if not 4 <= c["original"] <= 6:
                err(f"{i}: heavy has {c['original']} own sentences")
        if k == "partial":
            if not 3 <= c["rewritten"] + c["verbatim"] <= 4:
                err(f"{i}: partial embeds {c['rewritten'] + c['verbatim']} wire sentences")
            if c["original"] <= c["rewritten"] + c["verbatim"]:
                err(f"{i}: partial is not mostly original")
        if k == "second_generation":
            par = docs[d["parent"]]
            if par["kind"] != "heavy":
                err(f"{i}: second_generation parent is not a heavy article")
            own = {s["text"] for s in sents[par["id"]] if s["label"] == "original"}
            carried = [p for s in ss for p in s.get("parents", []) if p in own]
            if not carried:
                err(f"{i}: carries none of the heavy's own sentences")
        if k == "translation" and d["language"] == docs[wire]["language"]:
            err(f"{i}: translation in the wire's language")

    # photo credits
    heavy_photo = [i for i, d in docs.items() if d["kind"] == "heavy" and "Photo: AFP" in d["text"]]
    neg_photo = [i for i, d in docs.items() if d["kind"] == "hard_negative" and "Photo: AFP" in d["text"]]
    if len(heavy_photo) != 1:
        err(f"heavy articles with 'Photo: AFP': {heavy_photo}")
    if len(neg_photo) != 1:
        err(f"hard negatives with 'Photo: AFP': {neg_photo}")
    for i in heavy_photo + neg_photo:
        if not any(s["text"] == "Photo: AFP" and s.get("role") == "photo_credit" for s in sents[i]):
            err(f"{i}: 'Photo: AFP' not a photo_credit boilerplate sentence")
        if docs[i].get("credit_text") == "Photo: AFP":
            err(f"{i}: photo credit counted as a credit")

    # 5-word runs
    g = {i: grams(d["text"]) for i, d in docs.items()}
    for i, d in docs.items():
        if d["kind"] == "heavy":
            shared = g[i] & g[wire]
            if shared:
                err(f"{i}: heavy shares {len(shared)} 5-word runs with the wire, e.g. {sorted(shared)[:3]}")
        if d["kind"] == "hard_negative":
            for j in docs:
                if j == i:
                    continue
                shared = g[i] & g[j]
                if shared:
                    err(f"{i}: hard negative shares {len(shared)} 5-word runs with {j}: {sorted(shared)[:4]}")

    # drift
    dc = Counter()
    for x in fam.get("drift", []):
        c, p = x["child"], x["parent"]
        dc[c] += 1
        if docs.get(c, {}).get("parent") != p:
            err(f"drift {c}: parent {p} is not the child's parent")
            continue
        if x["parent_text"] not in {s["text"] for s in sents[p]}:
            err(f"drift {c}: parent_text is not a sentence of {p}")
        cs = [s for s in sents[c] if s["text"] == x["child_text"]]
        if not cs or not cs[0].get("drift"):
            err(f"drift {c}: child_text is not a drift-marked sentence of {c}")
        elif x["parent_text"] not in cs[0].get("parents", []):
            err(f"drift {c}: child sentence does not point to parent_text")
        if x["from"] not in x["parent_text"] or x["from"] not in docs[p]["text"]:
            err(f"drift {c}: from {x['from']!r} not in parent text")
        if x["to"] not in x["child_text"] or x["to"] not in docs[c]["text"]:
            err(f"drift {c}: to {x['to']!r} not in child text")
        if x["from"] in x["child_text"]:
            err(f"drift {c}: from {x['from']!r} still in child sentence")
        if x["to"] in x["parent_text"]:
            err(f"drift {c}: to {x['to']!r} already in parent sentence")
        for key in ("field", "from", "to"):
            if not x.get(key):
                err(f"drift {c}: empty {key}")
    for i, d in docs.items():
        flagged = sum(1 for s in sents[i] if s.get("drift"))
        if d["kind"] == "drift" and not (dc[i] == 3 == flagged):
            err(f"{i}: drift document has {dc[i]} entries and {flagged} flagged sentences (want 3)")

    # published order
    for i, d in docs.items():
        try:
            parse_pub(d["published"])
        except ValueError as e:
            err(f"{i}: bad published {d['published']!r}: {e}")
            continue
        if d.get("parent") in docs and not not_before(d["published"], docs[d["parent"]]["published"]):
            err(f"{i}: published {d['published']} not after parent {d['parent']} ({docs[d['parent']]['published']})")
    wt = parse_pub(docs[wire]["published"])
    early = [
        i
        for i, d in docs.items()
        if d["kind"] == "hard_negative" and "T" in d["published"] and parse_pub(d["published"]) < wt
    ]
    if not early:
        err("no hard negative published before the wire")

    n_s = sum(len(v) for v in sents.values())
    if errors:
        print(f"{path}: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print(f"{path}: OK - {len(docs)} documents, {n_s} sentences, {len(fam.get('drift', []))} drift entries")
    print("  kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"  heavy vs wire: no shared {N}-word run; hard negatives vs all documents: no shared {N}-word run")
    print(f"  hard negative(s) published before the wire: {', '.join(early)}")
    return 0


if __name__ == "__main__":
    here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here + "/family.json"))
