#!/usr/bin/env python3
"""Stdlib-only consistency checks for family.json (family ansa_it)."""

import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors, notes = [], []


def err(msg):
    errors.append(msg)


QUOTE_MAP = {"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'", "`": "'"}


def norm(t):
    for a, b in QUOTE_MAP.items():
        t = t.replace(a, b)
    return re.sub(r"\s+", " ", t).strip()


def tokens(t):
    return re.findall(r"\w+", norm(t).lower())


def ngrams(t, n=5):
    tk = tokens(t)
    return {tuple(tk[i : i + n]) for i in range(len(tk) - n + 1)}


def parse_pub(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None, date.fromisoformat(p)
    dt = datetime.fromisoformat(p)
    if dt.utcoffset() is None:
        err(f"published without offset: {p}")
    return dt, dt.date()


with open(os.path.join(HERE, "family.json"), encoding="utf-8") as f:
    fam = json.load(f)
docs = {d["id"]: d for d in fam["documents"]}
sents = fam["sentences"]
KEYS = {"id", "kind", "language", "outlet", "published", "url", "title", "text", "parent", "credited", "credit_text"}
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}

# --- structure --------------------------------------------------------------------------
if fam.get("family") != "ansa_it":
    err("family name")
if set(docs) != set(sents):
    err("documents and sentences keys differ")
for d in fam["documents"]:
    if set(d) != KEYS:
        err(f"{d['id']}: keys {sorted(set(d) ^ KEYS)}")
    if not re.fullmatch(r"ansa_it_d\d\d", d["id"]):
        err(f"bad id {d['id']}")
    if ".example" not in d["url"]:
        err(f"{d['id']}: url not .example")
    if d["parent"] is not None and d["parent"] not in docs:
        err(f"{d['id']}: unknown parent")
    if bool(d["credited"]) != (d["credit_text"] is not None):
        err(f"{d['id']}: credited/credit_text mismatch")
    if d["credit_text"] and d["credit_text"] not in d["text"]:
        err(f"{d['id']}: credit_text not in text")
    if d["credit_text"] and "Foto" in d["credit_text"]:
        err(f"{d['id']}: photo credit counted as credit")

kinds = {}
for d in fam["documents"]:
    kinds.setdefault(d["kind"], []).append(d["id"])
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
for k, n in EXPECTED.items():
    if len(kinds.get(k, [])) != n:
        err(f"kind {k}: {len(kinds.get(k, []))} documents, expected {n}")
wire_id = kinds["wire"][0]
wire = docs[wire_id]

# --- sentence coverage, labels, parents ---------------------------------------------------
for did, lst in sents.items():
    d = docs[did]
    text, pos = d["text"], 0
    parent_sents = [s["text"] for s in sents[d["parent"]]] if d["parent"] else []
    for s in lst:
        t = s["text"]
        i = text.find(t, pos)
        if i < 0:
            err(f"{did}: sentence not found in order: {t[:60]!r}")
            continue
        gap = text[pos:i]
        if gap.strip():
            err(f"{did}: uncovered text {gap!r}")
        pos = i + len(t)
        if s["label"] not in LABELS:
            err(f"{did}: bad label {s['label']}")
        if s["label"] == "boilerplate" and not s["role"]:
            err(f"{did}: boilerplate without role: {t[:40]!r}")
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                err(f"{did}: {s['label']} without parents: {t[:50]!r}")
            for p in s["parents"]:
                if p not in parent_sents:
                    err(f"{did}: parent text not a sentence of {d['parent']}: {p[:50]!r}")
        elif s["parents"]:
            err(f"{did}: {s['label']} sentence with parents")
        if s["label"] == "verbatim" and (len(s["parents"]) != 1 or norm(s["parents"][0]) != norm(t)):
            err(f"{did}: verbatim differs from parent: {t[:60]!r}")
        if s["label"] == "rewritten" and len(s["parents"]) == 1 and s["parents"][0] == t:
            err(f"{did}: rewritten but identical to parent: {t[:60]!r}")
        if s["drift"] and s["label"] != "rewritten":
            err(f"{did}: drift on non-rewritten sentence")
    if text[pos:].strip():
        err(f"{did}: uncovered tail {text[pos:]!r}")
    if "".join(s["text"] for s in lst).replace(" ", "") != text.replace(" ", "").replace("\n", ""):
        err(f"{did}: joined sentences do not reproduce the text")
    if d["kind"] in ("hard_negative", "easy_negative", "wire"):
        if any(s["label"] in ("verbatim", "rewritten") for s in lst):
            err(f"{did}: {d['kind']} has derived sentences")
        if d["parent"] is not None:
            err(f"{did}: {d['kind']} has a parent")
    else:
        if d["parent"] is None:
            err(f"{did}: copy without parent")

# --- per-kind shape -------------------------------------------------------------------------
wire_body = [s["text"] for s in sents[wire_id] if s["label"] == "original"]
if not 14 <= len(wire_body) <= 18:
    err(f"wire has {len(wire_body)} body sentences")
if not any(s["role"] == "dateline" and s["text"].startswith("(ANSA) -") for s in sents[wire_id]):
    err("wire dateline missing")


def labels(did):
    c = {}
    for s in sents[did]:
        c[s["label"]] = c.get(s["label"], 0) + 1
    return c


def wire_parents(did):
    return {p for s in sents[did] for p in s["parents"]}


for did in kinds["light"] + kinds["drift"]:
    c = labels(did)
    share = len(wire_parents(did)) / len(wire_body)
    notes.append(
        f"{did} ({docs[did]['kind']}): {len(wire_parents(did))}/{len(wire_body)} wire sentences kept = {share:.0%}, labels {c}"
    )
    if docs[did]["kind"] == "light":
        if not 0.6 <= share <= 0.7:
            err(f"{did}: light keeps {share:.0%} of wire sentences")
        if c.get("verbatim", 0) != 1 or c.get("original", 0) != 2:
            err(f"{did}: light needs 1 verbatim and 2 original, has {c}")
for did in kinds["heavy"]:
    c = labels(did)
    if c.get("verbatim", 0):
        err(f"{did}: heavy has verbatim sentences")
    if not 4 <= c.get("original", 0) <= 6:
        err(f"{did}: heavy has {c.get('original', 0)} own sentences")
for did in kinds["partial"]:
    n = labels(did).get("rewritten", 0)
    if not 3 <= n <= 4 or labels(did).get("verbatim", 0):
        err(f"{did}: partial embeds {n} rewritten sentences")
    if labels(did).get("original", 0) <= n:
        err(f"{did}: partial not mostly original")
vb = kinds["verbatim"][0]
if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", docs[vb]["published"]):
    err("verbatim copy must have a date-only published")
if "(ANSA)" in docs[vb]["text"]:
    err("verbatim copy keeps the dateline")
if any(s["label"] not in ("verbatim", "boilerplate") for s in sents[vb]):
    err("verbatim copy has non-verbatim sentences")
if len(wire_parents(vb)) >= len(wire_body):
    err("verbatim copy dropped nothing")
sg = kinds["second_generation"][0]
if docs[docs[sg]["parent"]]["kind"] != "heavy":
    err("second generation parent is not a heavy article")
else:
    ptexts = {s["text"] for s in sents[docs[sg]["parent"]] if s["label"] == "original"}
    carried = [p for s in sents[sg] for p in s["parents"] if p in ptexts]
    if not carried:
        err("second generation carries none of the heavy article's own sentences")
    if not labels(sg).get("verbatim") or not labels(sg).get("rewritten"):
        err("second generation needs verbatim and rewritten sentences")
tr = kinds["translation"][0]
if docs[tr]["language"] != "en" or docs[tr]["parent"] != wire_id:
    err("translation language/parent")

# --- 5-word runs ------------------------------------------------------------------------------
wire_ng = ngrams(wire["text"])
copies = [d for d in fam["documents"] if d["parent"] is not None and d["language"] == "it"]
for did in kinds["heavy"]:
    shared = ngrams(docs[did]["text"]) & wire_ng
    if shared:
        err(f"{did} (heavy) shares 5-word runs with wire: {sorted(' '.join(x) for x in shared)}")
for did in kinds["hard_negative"]:
    ng = ngrams(docs[did]["text"])
    for other in [wire, *copies]:
        shared = ng & ngrams(other["text"])
        if shared:
            err(
                f"{did} (hard_negative) shares 5-word runs with {other['id']} ({other['kind']}): "
                f"{sorted(' '.join(x) for x in shared)}"
            )

# --- drift ---------------------------------------------------------------------------------
top = fam["drift"]
for dd in top:
    c, p = dd["child"], dd["parent"]
    if docs[c]["parent"] != p:
        err(f"drift entry parent mismatch {dd}")
    if dd["parent_text"] not in [s["text"] for s in sents[p]]:
        err(f"drift parent_text not a sentence of {p}")
    match = [s for s in sents[c] if s["text"] == dd["child_text"]]
    if not match:
        err(f"drift child_text not a sentence of {c}")
    else:
        s = match[0]
        if {"field": dd["field"], "from": dd["from"], "to": dd["to"]} not in s["drift"]:
            err(f"drift entry not on the sentence: {dd}")
        if dd["parent_text"] not in s["parents"]:
            err("drift parent_text not among the sentence parents")
    if dd["from"] not in dd["parent_text"] or dd["to"] not in dd["child_text"]:
        err(f"drift from/to not in texts: {dd}")
    if dd["from"] in dd["child_text"]:
        err(f"drift: old value still in child text: {dd}")
sent_drifts = sum(len(s["drift"]) for lst in sents.values() for s in lst)
if sent_drifts != len(top):
    err("sentence-level and top-level drift counts differ")
dr = kinds["drift"][0]
if len([x for x in top if x["child"] == dr]) != 3 or len(top) != 3:
    err("drift document must have exactly 3 drift entries")
if {x["field"] for x in top} != {"number", "date", "name"}:
    err("drift fields should be a number, a date and a name")

# --- publication order ------------------------------------------------------------------------
wdt, wdate = parse_pub(wire["published"])
early = []
for d in fam["documents"]:
    if d["id"] == wire_id or d["kind"] == "easy_negative":
        parse_pub(d["published"])
        continue
    dt, dday = parse_pub(d["published"])
    before = (dt < wdt) if dt else (dday < wdate)
    if before:
        early.append(d["id"])
if len(early) != 1 or docs[early[0]]["kind"] != "hard_negative":
    err(f"documents before the wire: {early} (want exactly one hard negative)")
sgdt, _ = parse_pub(docs[sg]["published"])
pdt, _ = parse_pub(docs[docs[sg]["parent"]]["published"])
if not sgdt > pdt:
    err("second generation not after its parent")

# --- photo credit -------------------------------------------------------------------------------
ph = [
    did
    for did in kinds["hard_negative"]
    if any(s["role"] == "photo_credit" and "ANSA" in s["text"] for s in sents[did])
]
if len(ph) != 1 or docs[ph[0]]["credited"]:
    err(f"expected one uncredited hard negative with an ANSA photo credit, got {ph}")

for n in notes:
    print(n)
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences, {len(top)} drift entries")
