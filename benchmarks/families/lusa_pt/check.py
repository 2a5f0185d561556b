#!/usr/bin/env python3
"""Stdlib-only consistency checks for family.json (lusa_pt)."""

import json
import re
import sys
from datetime import datetime

with open("family.json", encoding="utf-8") as f:
    fam = json.load(f)
docs = {d["id"]: d for d in fam["documents"]}
sents = fam["sentences"]
errors = []


def err(m):
    errors.append(m)


QMAP = str.maketrans(
    {"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'"}
)


def norm(t):
    return re.sub(r"\s+", " ", t.translate(QMAP)).strip()


TOK = re.compile(r"\w+(?:[.,:]\w+)*")


def toks(t):
    return TOK.findall(t.lower())


def grams(t, n=5):
    w = toks(t)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
KEYS = {"id", "kind", "language", "outlet", "published", "url", "title", "text", "parent", "credited", "credit_text"}
wire = [d for d in docs.values() if d["kind"] == "wire"]
if len(wire) != 1:
    err("expected exactly one wire")
wire = wire[0]

expected = {
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
for k, n in expected.items():
    got = sum(1 for d in docs.values() if d["kind"] == k)
    if got != n:
        err(f"kind {k}: {got} docs, expected {n}")

# --- document fields, coverage in order
for did, d in docs.items():
    if set(d) != KEYS:
        err(f"{did}: keys {sorted(set(d) ^ KEYS)}")
    if not re.fullmatch(r"lusa_pt_d\d\d", did):
        err(f"{did}: bad id")
    if ".example" not in d["url"]:
        err(f"{did}: url not .example")
    if did not in sents:
        err(f"{did}: no sentences")
        continue
    text, pos, rebuilt = d["text"], 0, []
    for s in sents[did]:
        if s["label"] not in LABELS:
            err(f"{did}: bad label {s['label']}")
        if set(s) != {"text", "label", "parents", "role", "drift"}:
            err(f"{did}: sentence keys {sorted(s)}")
        i = text.find(s["text"], pos)
        if i < 0:
            err(f"{did}: sentence not found in order: {s['text'][:60]!r}")
            continue
        if text[pos:i].strip():
            err(f"{did}: uncovered text {text[pos:i]!r}")
        pos = i + len(s["text"])
        if s["label"] == "boilerplate" and not s["role"]:
            err(f"{did}: boilerplate without role")
        if s["label"] != "boilerplate" and s["role"]:
            err(f"{did}: role on non-boilerplate")
        if s["label"] in ("verbatim", "rewritten") and not s["parents"]:
            err(f"{did}: {s['label']} without parents")
        if s["label"] in ("original", "boilerplate") and s["parents"]:
            err(f"{did}: parents on {s['label']}")
    if text[pos:].strip():
        err(f"{did}: uncovered tail {text[pos:]!r}")
    if d["title"] != sents[did][0]["text"] or text.split("\n")[0] != d["title"]:
        err(f"{did}: title/headline mismatch")
    # credits
    if d["credited"]:
        if not d["credit_text"] or d["credit_text"] not in text:
            err(f"{did}: credit_text not in text")
    elif d["credit_text"] is not None:
        err(f"{did}: credit_text on uncredited doc")
    if d["kind"] in ("hard_negative", "easy_negative", "wire") and d["credited"]:
        err(f"{did}: negative/wire credited")
    # parent field
    if d["kind"] in ("wire", "hard_negative", "easy_negative"):
        if d["parent"] is not None:
            err(f"{did}: should have no parent")
        if any(s["label"] in ("verbatim", "rewritten") for s in sents[did]):
            err(f"{did}: derived sentences in non-copy")
    else:
        if d["parent"] not in docs:
            err(f"{did}: parent {d['parent']} missing")
    if d["kind"] == "second_generation" and docs.get(d["parent"], {}).get("kind") != "heavy":
        err(f"{did}: 2nd gen parent not heavy")
    if d["kind"] not in ("wire", "second_generation", "hard_negative", "easy_negative") and d["parent"] != wire["id"]:
        err(f"{did}: parent should be the wire")
    want_lang = "en" if d["kind"] == "translation" else "pt"
    if d["language"] != want_lang and d["kind"] != "translation":
        err(f"{did}: language {d['language']}")
    if d["kind"] == "translation" and d["language"] not in ("en", "it"):
        err(f"{did}: translation language")

# --- parents and verbatim
for did, d in docs.items():
    if not d["parent"]:
        continue
    ptexts = {s["text"] for s in sents[d["parent"]] if s["label"] != "boilerplate"}
    for s in sents[did]:
        for p in s["parents"]:
            if p not in ptexts:
                err(f"{did}: parent text not a sentence of {d['parent']}: {p[:60]!r}")
        if s["label"] == "verbatim" and not any(norm(s["text"]) == norm(p) for p in s["parents"]):
            err(f"{did}: verbatim differs from parent: {s['text'][:60]!r}")
        if s["label"] == "rewritten" and len(s["parents"]) == 1 and norm(s["text"]) == norm(s["parents"][0]):
            err(f"{did}: 'rewritten' sentence identical to parent: {s['text'][:60]!r}")

# --- wire labels
for s in sents[wire["id"]]:
    if s["label"] not in ("original", "boilerplate"):
        err("wire sentence not original/boilerplate")
nbody = sum(1 for s in sents[wire["id"]] if s["label"] == "original")
if not 14 <= nbody <= 18:
    err(f"wire has {nbody} body sentences")

# --- kind-specific shape
for did, d in docs.items():
    L = [s["label"] for s in sents[did]]
    k = d["kind"]
    if k == "verbatim":
        if set(L) - {"verbatim", "boilerplate"}:
            err(f"{did}: verbatim doc has other labels")
        if re.match(r".*\(Lusa\) -", d["text"]):
            err(f"{did}: dateline kept")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", d["published"]):
            err(f"{did}: verbatim must have date only")
        if "«" in d["text"]:
            err(f"{did}: «» not converted")
    elif not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[01]:00", d["published"]):
        err(f"{did}: bad timestamp {d['published']}")
    if k == "light":
        used = {p for s in sents[did] for p in s["parents"]}
        frac = len(used) / nbody
        if not 0.6 <= frac <= 0.7:
            err(f"{did}: light keeps {frac:.0%} of wire sentences")
        if L.count("verbatim") != 1 or L.count("original") != 2:
            err(f"{did}: light needs 1 verbatim, 2 original")
    if k == "heavy":
        if "verbatim" in L:
            err(f"{did}: heavy has verbatim")
        if not 4 <= L.count("original") <= 6:
            err(f"{did}: heavy has {L.count('original')} own sentences")
    if k == "partial":
        n = L.count("rewritten") + L.count("verbatim")
        if not 3 <= n <= 4:
            err(f"{did}: partial embeds {n} wire sentences")
        if L.count("original") <= n:
            err(f"{did}: partial not mostly original")
    if k == "second_generation":
        if "verbatim" not in L or "rewritten" not in L:
            err(f"{did}: 2nd gen should mix verbatim and edited")
        pown = {s["text"] for s in sents[d["parent"]] if s["label"] == "original"}
        if not any(p in pown for s in sents[did] for p in s["parents"]):
            err(f"{did}: 2nd gen carries none of the parent's own sentences")

# --- 5-gram checks
wg = grams(wire["text"])
copies = [d for d in docs.values() if d["kind"] not in ("wire", "hard_negative", "easy_negative")]


def report(a, b, shared):
    for g in sorted(shared)[:5]:
        err(f"{a} shares 5-gram with {b}: {' '.join(g)!r}")


for d in docs.values():
    if d["kind"] in ("heavy", "hard_negative"):
        report(d["id"], wire["id"], grams(d["text"]) & wg)
hns = [d for d in docs.values() if d["kind"] == "hard_negative"]
for d in hns:
    g = grams(d["text"])
    for c in copies + [h for h in hns if h["id"] != d["id"]]:
        report(d["id"], c["id"], g & grams(c["text"]))

# --- drift
dr = fam["drift"]
sent_drift = [(did, s) for did in sents for s in sents[did] if s["drift"]]
for did, d in docs.items():
    n = sum(1 for x in dr if x["child"] == did)
    if d["kind"] == "drift" and n != 3:
        err(f"{did}: {n} drift entries, expected 3")
    if d["kind"] != "drift" and n:
        err(f"{did}: unexpected drift entries")
for x in dr:
    if x["parent"] != docs[x["child"]]["parent"]:
        err("drift parent mismatch")
    ch = [s for s in sents[x["child"]] if s["text"] == x["child_text"]]
    if len(ch) != 1:
        err(f"drift child_text not a sentence: {x['child_text'][:50]!r}")
        continue
    if x["parent_text"] not in ch[0]["parents"]:
        err("drift parent_text not among sentence parents")
    if x["parent_text"] not in {s["text"] for s in sents[x["parent"]]}:
        err("drift parent_text not in parent doc")
    if x["from"] not in x["parent_text"] or x["to"] not in x["child_text"]:
        err(f"drift from/to not in texts: {x['field']}")
    if x["from"] in x["child_text"]:
        err(f"drift 'from' value still in child: {x['from']}")
    if {"field": x["field"], "from": x["from"], "to": x["to"]} not in ch[0]["drift"]:
        err("drift entry missing on sentence")
    # apart from the drifted value, the sentence should match the parent's fact set otherwise
if sum(len(s["drift"]) for _, s in sent_drift) != len(dr):
    err("sentence-level drift count != top-level drift count")


# --- publication order
def when(p):
    if re.fullmatch(
        r"\d{4}-\d\d-\d\d", p
    ):  # date only: end of that day is not known; use start of the day + 23:59 bound
        return datetime.fromisoformat(p + "T00:00:00+00:00"), datetime.fromisoformat(p + "T23:59:59+00:00")
    t = datetime.fromisoformat(p)
    return t, t


w0 = when(wire["published"])[0]
early = [d for d in hns if when(d["published"])[1] < w0]
if len(early) != 1:
    err(f"{len(early)} hard negatives precede the wire, expected 1")
for d in docs.values():
    if d["kind"] in ("wire", "easy_negative") or d in early:
        continue
    lo, hi = when(d["published"])
    if hi < w0 or (d["kind"] != "hard_negative" and lo.date() < w0.date()):
        err(f"{d['id']} published before the wire")
    if d["kind"] not in ("hard_negative",) and lo != hi and lo.date() != w0.date() and lo < w0:
        err(f"{d['id']} before wire")
    if d["kind"] == "second_generation" and when(d["published"])[0] <= when(docs[d["parent"]]["published"])[1]:
        err(f"{d['id']} not after its parent")

if errors:
    print(f"{len(errors)} problem(s):")
    [print(" -", e) for e in errors]
    sys.exit(1)
print(f"OK: {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences, {len(dr)} drift entries")
