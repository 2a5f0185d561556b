#!/usr/bin/env python3
"""Stdlib-only validator for family.json (bahn_de)."""

import json
import re
import sys
from collections import Counter
from datetime import datetime

with open("family.json", encoding="utf-8") as f:
    fam = json.load(f)
docs = {d["id"]: d for d in fam["documents"]}
sents = fam["sentences"]
errors = []
err = errors.append

QUOTES = {c: '"' for c in '„“”"»«'}
QUOTES.update({c: "'" for c in "‚‘’'›‹"})


def norm(t):
    t = "".join(QUOTES.get(c, c) for c in t)
    return re.sub(r"\s+", " ", t).strip()


def toks(t):
    return re.findall(r"\w+", t.lower())


def toks_joined(t):
    # "punctuation stripped" read literally: 1,20 -> 120, Kassel–Hann. -> kasselhann
    return [w for w in (re.sub(r"[^\w]", "", x) for x in t.lower().split()) if w]


def grams(t, n=5):
    out = set()
    for w in (toks(t), toks_joined(t)):
        out |= {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}
    return out


def when(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None
    return datetime.fromisoformat(p)


# --- structure and counts
want = {
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
got = Counter(d["kind"] for d in docs.values())
if dict(got) != want:
    err(f"kind counts {dict(got)} != {want}")
KEYS = {"id", "kind", "language", "outlet", "published", "url", "title", "text", "parent", "credited", "credit_text"}
for d in docs.values():
    if set(d) != KEYS:
        err(f"{d['id']}: keys {set(d) ^ KEYS}")
    if not re.fullmatch(r"bahn_de_d\d\d", d["id"]):
        err(f"bad id {d['id']}")
    if ".example" not in d["url"]:
        err(f"{d['id']}: url not .example")
    if d["text"].split("\n")[0] != d["title"]:
        err(f"{d['id']}: first line != title")
    if d["kind"] == "verbatim":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
            err("verbatim must have date only")
    elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00", d["published"]):
        err(f"{d['id']}: published format {d['published']}")
    if d["credited"] != (d["credit_text"] is not None):
        err(f"{d['id']}: credited/credit_text mismatch")
    if d["credit_text"] and d["credit_text"] not in d["text"]:
        err(f"{d['id']}: credit_text not in text")
    if d["kind"] in ("hard_negative", "easy_negative", "wire") and (d["parent"] or d["credited"]):
        err(f"{d['id']}: negative/wire with parent or credit")
    if d["kind"] not in ("hard_negative", "easy_negative", "wire") and d["parent"] not in docs:
        err(f"{d['id']}: missing parent")
if set(sents) != set(docs):
    err("sentences keys != document ids")

wire = next(d for d in docs.values() if d["kind"] == "wire")
WID = wire["id"]

# --- coverage, order, labels, parents
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
for did, ss in sents.items():
    d = docs[did]
    text, pos = d["text"], 0
    for s in ss:
        i = text.find(s["text"], pos)
        if i < 0:
            err(f"{did}: sentence not found in order: {s['text'][:60]}")
            continue
        if text[pos:i].strip():
            err(f"{did}: uncovered text {text[pos:i]!r}")
        pos = i + len(s["text"])
        if s["label"] not in LABELS:
            err(f"{did}: bad label {s['label']}")
        if (s["label"] == "boilerplate") != bool(s["role"]):
            err(f"{did}: role iff boilerplate: {s['text'][:50]}")
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                err(f"{did}: {s['label']} without parents: {s['text'][:50]}")
            ptexts = [x["text"] for x in sents.get(d["parent"], [])]
            for pt in s["parents"]:
                if pt not in ptexts:
                    err(f"{did}: parent text not a sentence of {d['parent']}: {pt[:60]}")
            if s["label"] == "verbatim" and not any(norm(s["text"]) == norm(pt) for pt in s["parents"]):
                err(f"{did}: verbatim differs from parent: {s['text'][:60]}")
            if s["label"] == "rewritten" and len(s["parents"]) == 1 and norm(s["text"]) == norm(s["parents"][0]):
                err(f"{did}: rewritten but equal to parent: {s['text'][:60]}")
        elif s["parents"]:
            err(f"{did}: {s['label']} with parents")
        if s["drift"] and s["label"] != "rewritten":
            err(f"{did}: drift on non-rewritten sentence")
    if text[pos:].strip():
        err(f"{did}: uncovered tail {text[pos:]!r}")
    if d["kind"] == "wire" and any(s["label"] not in ("original", "boilerplate") for s in ss):
        err("wire sentences must be original/boilerplate")
    if d["kind"] in ("hard_negative", "easy_negative") and any(s["label"] in ("verbatim", "rewritten") for s in ss):
        err(f"{did}: negative with derived sentences")


# --- kind-specific shape
def lab(did):
    return Counter(s["label"] for s in sents[did])


wire_body = [s for s in sents[WID] if s["label"] == "original"]
nw = len(wire_body)
if not 14 <= nw <= 18:
    err(f"wire has {nw} body sentences")
for d in docs.values():
    did, k = d["id"], d["kind"]
    c = lab(did)
    used = {pt for s in sents[did] for pt in s["parents"]}
    if k in ("light", "drift"):
        share = len(used) / nw
        if k == "light" and not (0.6 <= share <= 0.71):
            err(f"{did}: light keeps {share:.0%}")
        if k == "light" and (c["verbatim"] != 1 or c["original"] != 2):
            err(f"{did}: light needs 1 verbatim and 2 own, got {dict(c)}")
    if k == "heavy" and (c["verbatim"] or not 4 <= c["original"] <= 6):
        err(f"{did}: heavy labels {dict(c)}")
    if k == "partial" and not (3 <= c["rewritten"] + c["verbatim"] <= 4 and c["original"] > c["rewritten"]):
        err(f"{did}: partial labels {dict(c)}")
    if k == "verbatim":
        if c["rewritten"] or c["original"]:
            err("verbatim copy has non-verbatim sentences")
        if any("(dpa)" in s["text"] for s in sents[did]):
            err("verbatim copy kept the dateline")
    if k == "translation" and d["language"] == "de":
        err("translation must not be German")

# --- 5-word runs
wg = grams(wire["text"])
copies = [d for d in docs.values() if d["kind"] not in ("wire", "hard_negative", "easy_negative", "translation")]
for d in docs.values():
    if d["kind"] == "heavy":
        shared = grams(d["text"]) & wg
        if shared:
            err(f"{d['id']} heavy shares 5-grams with wire: {sorted(' '.join(g) for g in shared)}")
    if d["kind"] == "hard_negative":
        g = grams(d["text"])
        for o in [wire, *copies]:
            shared = g & grams(o["text"])
            if shared:
                err(
                    f"{d['id']} hard negative shares 5-grams with {o['id']} ({o['kind']}): {sorted(' '.join(x) for x in shared)}"
                )

# --- drift
drift = fam["drift"]
drift_docs = [d for d in docs.values() if d["kind"] == "drift"]
if len(drift) != 3:
    err(f"{len(drift)} drift entries, want 3")
if {x["field"] for x in drift} != {"number", "date", "name"}:
    err("drift fields should be number, date, name")
sent_drift = [
    (did, s["text"], dd["field"], dd["from"], dd["to"])
    for did, ss in sents.items()
    for s in ss
    for dd in (s["drift"] or [])
]
top = [(x["child"], x["child_text"], x["field"], x["from"], x["to"]) for x in drift]
if sorted(sent_drift) != sorted(top):
    err("per-sentence drift != top-level drift")
for x in drift:
    if docs[x["child"]]["kind"] != "drift" or docs[x["child"]]["parent"] != x["parent"]:
        err(f"drift child/parent mismatch {x}")
    if x["parent_text"] not in [s["text"] for s in sents[x["parent"]]]:
        err(f"drift parent_text not in parent: {x['parent_text'][:50]}")
    if x["child_text"] not in [s["text"] for s in sents[x["child"]]]:
        err(f"drift child_text not in child: {x['child_text'][:50]}")
    if x["from"] not in x["parent_text"] or x["to"] not in x["child_text"] or x["from"] in x["child_text"]:
        err(f"drift from/to not reflected: {x}")
    cs = next(s for s in sents[x["child"]] if s["text"] == x["child_text"])
    if x["parent_text"] not in cs["parents"]:
        err("drift parent_text not among the child sentence's parents")
# drifted facts must not survive elsewhere in the drift doc
for d in drift_docs:
    for x in drift:
        if x["from"] in d["text"]:
            err(f"{d['id']}: old value {x['from']} still in drift doc")

# --- publication order
wt = when(wire["published"])
early = 0
for d in docs.values():
    if d["kind"] == "wire":
        continue
    t = when(d["published"])
    if t is None:
        if d["published"] < wire["published"][:10]:
            err(f"{d['id']} date before wire")
        continue
    if d["kind"] == "hard_negative" and t < wt:
        early += 1
    elif d["kind"] != "easy_negative" and t <= wt:
        err(f"{d['id']} ({d['kind']}) published before wire")
    if d["kind"] == "second_generation":
        pt = when(docs[d["parent"]]["published"])
        if docs[d["parent"]]["kind"] != "heavy" or t <= pt:
            err("second generation must follow a heavy parent")
if early != 1:
    err(f"{early} hard negatives before wire, want 1")
# hard negatives: one with a dpa photo credit, which is not a credit
if not any(d["kind"] == "hard_negative" and "Foto: dpa" in d["text"] and not d["credited"] for d in docs.values()):
    err("no hard negative with a dpa photo credit")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences, {len(drift)} drift entries")
