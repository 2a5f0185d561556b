#!/usr/bin/env python3
"""Checks family.json of seilbahn_at against the constraints of the brief; prints violations."""

import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
fam = json.loads((HERE / "family.json").read_text(encoding="utf-8"))
NAME = fam["family"]
docs = {d["id"]: d for d in fam["documents"]}
sents = fam["sentences"]
problems = []


def bad(msg):
    problems.append(msg)


def normq(s):
    for a in "„“”«»":
        s = s.replace(a, '"')
    s = s.replace("’", "'").replace("‘", "'").replace("‚", "'")
    return re.sub(r"\s+", " ", s).strip()


def tokens_variants(s):
    """two tokenisations: punctuation stripped (joined) and punctuation split"""
    s = s.casefold()
    a = re.sub(r"[^\w\s]", "", s).split()
    b = re.sub(r"[^\w\s]", " ", s).split()
    return a, b


def grams(text, n=5):
    out = set()
    for toks in tokens_variants(text):
        out |= {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}
    return out


# ---------------------------------------------------------------- ids, fields
ids = [d["id"] for d in fam["documents"]]
if len(ids) != len(set(ids)):
    bad("duplicate ids")
for i, x in enumerate(sorted(ids), 1):
    if x != f"{NAME}_d{i:02d}":
        bad(f"id numbering: expected {NAME}_d{i:02d}, got {x}")
FIELDS = {"id", "text", "language", "outlet", "published", "url", "title", "kind", "parent", "credited", "credit_text"}
for d in fam["documents"]:
    if set(d) != FIELDS:
        bad(f"{d['id']}: fields {sorted(set(d) ^ FIELDS)}")
    if not d["url"].startswith("https://") or ".example/" not in d["url"]:
        bad(f"{d['id']}: url not .example")
    if d["parent"] is not None and d["parent"] not in docs:
        bad(f"{d['id']}: unknown parent {d['parent']}")
    if set(sents) != set(docs):
        bad("sentences keys differ from document ids")
    if d["credited"] and (not d["credit_text"] or d["credit_text"] not in d["text"]):
        bad(f"{d['id']}: credited but credit_text missing from text")
    if not d["credited"] and d["credit_text"]:
        bad(f"{d['id']}: credit_text without credited")
    head, sep, _ = d["text"].partition("\n\n")
    if not sep or "\n" in head or head != d["title"]:
        bad(f"{d['id']}: headline line / title mismatch")

kinds = Counter(d["kind"] for d in fam["documents"])
want = {
    "wire": 1,
    "verbatim": 1,
    "light": 2,
    "heavy": 3,
    "drift": 1,
    "partial": 2,
    "second_generation": 1,
    "hard_negative": 3,
    "easy_negative": 1,
}
if dict(kinds) != want:
    bad(f"kinds {dict(kinds)} != {want}")
wire = next(d for d in fam["documents"] if d["kind"] == "wire")
if wire["id"].endswith("_d01"):
    bad("wire is d01")


def by_kind(k):
    return [d for d in fam["documents"] if d["kind"] == k]


# ---------------------------------------------------------------- sentences cover text, in order
for did, d in docs.items():
    text, pos = d["text"], 0
    covered = [False] * len(text)
    for s in sents[did]:
        i = text.find(s["text"], pos)
        if i < 0:
            bad(f"{did}: sentence not found in order: {s['text'][:60]!r}")
            continue
        for j in range(i, i + len(s["text"])):
            covered[j] = True
        pos = i + len(s["text"])
    rest = "".join(c for c, cv in zip(text, covered, strict=False) if not cv)
    if rest.strip():
        bad(f"{did}: text not covered by sentences: {rest.strip()[:80]!r}")
    if sents[did][0]["text"] != d["title"] or sents[did][0]["role"] != "headline":
        bad(f"{did}: first sentence is not the headline")
    for s in sents[did]:
        if s["label"] not in ("verbatim", "rewritten", "original", "boilerplate"):
            bad(f"{did}: bad label {s['label']}")
        if (s["label"] == "boilerplate") != (s["role"] is not None):
            bad(f"{did}: role/boilerplate mismatch: {s['text'][:50]!r}")
        if s["role"] not in (None, "headline", "byline", "dateline", "credit", "photo_credit", "footer"):
            bad(f"{did}: bad role {s['role']}")
        if (s["label"] in ("verbatim", "rewritten")) != bool(s["parents"]):
            bad(f"{did}: parents/label mismatch: {s['text'][:50]!r}")
        if s["drift"] and d["kind"] != "drift":
            bad(f"{did}: drift outside drift document")

# ---------------------------------------------------------------- parents exist, verbatim really verbatim
for did, d in docs.items():
    if not d["parent"]:
        if any(s["parents"] for s in sents[did]):
            bad(f"{did}: parents but no parent document")
        continue
    ptexts = [s["text"] for s in sents[d["parent"]]]
    pnorm = {normq(t) for t in ptexts}
    for s in sents[did]:
        for p in s["parents"]:
            if p not in ptexts:
                bad(f"{did}: parent sentence not in parent: {p[:60]!r}")
        if s["label"] == "verbatim" and (len(s["parents"]) != 1 or normq(s["text"]) != normq(s["parents"][0])):
            bad(f"{did}: verbatim differs from its parent: {s['text'][:60]!r}")
        if s["label"] == "rewritten" and normq(s["text"]) in pnorm:
            bad(f"{did}: rewritten equals a parent sentence: {s['text'][:60]!r}")
        if (
            s["label"] in ("original", "boilerplate")
            and s["role"] != "headline"
            and normq(s["text"]) in pnorm
            and s["role"] not in ("credit", "photo_credit")
        ):
            bad(f"{did}: own sentence equals a parent sentence: {s['text'][:60]!r}")


# ---------------------------------------------------------------- per-kind shape
def body(did):
    return [s for s in sents[did] if s["label"] != "boilerplate"]


wb = body(wire["id"])
if not 14 <= len(wb) <= 18:
    bad(f"wire has {len(wb)} body sentences")
wparas = wire["text"].split("\n\n")[1:]
if not 6 <= len(wparas) - 1 <= 8:  # last paragraph is the footer
    bad(f"wire has {len(wparas) - 1} paragraphs")
if not any(s["role"] == "dateline" and "(APA)" in s["text"] for s in sents[wire["id"]]):
    bad("wire without APA dateline")
wtexts = [s["text"] for s in wb]

for d in by_kind("verbatim"):
    b = body(d["id"])
    if any(s["label"] != "verbatim" for s in b):
        bad(f"{d['id']}: verbatim doc has non-verbatim body sentences")
    if any(s["role"] == "dateline" for s in sents[d["id"]]) or "(APA) -" in d["text"]:
        bad(f"{d['id']}: dateline kept")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", d["published"]):
        bad(f"{d['id']}: verbatim must be date-only")
    if not any(s["text"] != normq(s["text"]) for s in b):
        bad(f"{d['id']}: no typography change")
    kept = {s["parents"][0] for s in b}
    lost = [t for t in wtexts if t not in kept]
    # dropped exactly one paragraph: the lost sentences form one whole wire paragraph
    if " ".join(lost) not in wparas:
        bad(f"{d['id']}: dropped sentences are not exactly one wire paragraph")

for d in by_kind("light"):
    b = body(d["id"])
    used = {p for s in b for p in s["parents"]}
    share = len(used) / len(wtexts)
    c = Counter(s["label"] for s in b)
    if not 0.6 <= share <= 0.7:
        bad(f"{d['id']}: light keeps {share:.0%} of wire sentences")
    if c["verbatim"] != 1 or c["original"] != 2:
        bad(f"{d['id']}: light has {c['verbatim']} verbatim / {c['original']} own")
credits = {d["id"]: d["credited"] for d in by_kind("light")}
if sorted(credits.values()) != [False, True]:
    bad("light copies: need one credited, one not")

wgrams = set().union(*(grams(s["text"]) for s in sents[wire["id"]]))
derived = [d for d in fam["documents"] if d["parent"]]
dgrams = set().union(*(grams(s["text"]) for d in derived for s in sents[d["id"]]))


def shared(did, pool, what):
    for s in sents[did]:
        common = grams(s["text"]) & pool
        if common:
            bad(f"{did}: 5-word run shared with {what}: {' '.join(sorted(common)[0])!r} in {s['text'][:60]!r}")


heavy_photo_only = False
for d in by_kind("heavy"):
    c = Counter(s["label"] for s in body(d["id"]))
    if c["verbatim"]:
        bad(f"{d['id']}: heavy has verbatim sentences")
    if not 4 <= c["original"] <= 6:
        bad(f"{d['id']}: heavy has {c['original']} own sentences")
    shared(d["id"], wgrams, "wire")
    if not d["credited"] and any(s["role"] == "photo_credit" and "APA" in s["text"] for s in sents[d["id"]]):
        heavy_photo_only = True
if not heavy_photo_only:
    bad("no uncredited heavy with an APA photo credit")

for d in by_kind("partial"):
    c = Counter(s["label"] for s in body(d["id"]))
    if not 3 <= c["rewritten"] <= 4 or c["verbatim"] or c["original"] <= c["rewritten"]:
        bad(f"{d['id']}: partial has {dict(c)}")

for d in by_kind("second_generation"):
    p = docs[d["parent"]]
    if p["kind"] != "heavy":
        bad(f"{d['id']}: second generation parent is not a heavy rewrite")
    pown = {s["text"] for s in sents[p["id"]] if s["label"] == "original"}
    if not any(set(s["parents"]) & pown for s in sents[d["id"]]):
        bad(f"{d['id']}: carries none of its parent's own sentences")

hn = by_kind("hard_negative")
for d in hn:
    if d["parent"] is not None or d["credited"]:
        bad(f"{d['id']}: hard negative with parent or credit")
    shared(d["id"], wgrams, "wire")
    shared(d["id"], dgrams, "a derived document")
if not any(any(s["role"] == "photo_credit" and "APA" in s["text"] for s in sents[d["id"]]) for d in hn):
    bad("no hard negative with an APA photo credit")
names = ["Pfandler", "Oberlechner", "Kathrein", "Obertalling", "146", "38", "10.40", "16.15", "52", "69", "12. Februar"]
for d in hn:
    missing = [n for n in names if n not in d["text"]]
    if missing:
        bad(f"{d['id']}: hard negative lacks {missing}")

# ---------------------------------------------------------------- drift
dr = fam["drift"]
if len(dr) != 3:
    bad(f"drift has {len(dr)} entries")
if sorted(x["field"] for x in dr) != ["date", "name", "number"]:
    bad("drift fields must be number, date, name")
ddoc = by_kind("drift")[0]
sd = [(f, s) for s in sents[ddoc["id"]] for f in s["drift"]]
if len(sd) != 3:
    bad("sentence-level drift count != 3")
for x in dr:
    if x["child"] != ddoc["id"] or x["parent"] != wire["id"]:
        bad("drift child/parent ids")
    if x["parent_text"] not in wtexts or x["from"] not in x["parent_text"]:
        bad(f"drift parent_text/from: {x['from']}")
    if x["child_text"] not in [s["text"] for s in sents[ddoc["id"]]] or x["to"] not in x["child_text"]:
        bad(f"drift child_text/to: {x['to']}")
    if x["from"] in x["child_text"]:
        bad(f"drift: old value still in child sentence: {x['from']}")
for f, s in sd:
    if not any(x["child_text"] == s["text"] and x["from"] == f["from"] and x["to"] == f["to"] for x in dr):
        bad("sentence drift not in top-level drift")
# no other fact changed: the drifted values appear nowhere else and old values survive elsewhere untouched
for x in dr:
    if x["to"] in wire["text"] and x["field"] != "date":
        bad(f"drift value {x['to']} already in wire")


# ---------------------------------------------------------------- published order
def when(p):
    if re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        return datetime.fromisoformat(p + "T23:59:59+01:00"), True
    t = datetime.fromisoformat(p)
    if t.tzinfo is None:
        bad(f"published without offset: {p}")
    return t, False


allowed_date_only = {d["id"] for d in by_kind("verbatim")}
for d in fam["documents"]:
    if "T" not in d["published"] and d["id"] not in allowed_date_only:
        bad(f"{d['id']}: date-only published")
wt, _ = when(wire["published"])
early = [d["id"] for d in fam["documents"] if d["id"] != wire["id"] and when(d["published"])[0] < wt]
if len(early) != 1 or docs[early[0]]["kind"] != "hard_negative":
    bad(f"documents before the wire: {early}")
for d in fam["documents"]:
    if d["parent"]:
        ct, donly = when(d["published"])
        pt, _ = when(docs[d["parent"]]["published"])
        if (ct.date() <= pt.date()) if donly else (ct <= pt):
            bad(f"{d['id']} published before its parent")

for p in problems:
    print("VIOLATION:", p)
print(f"{len(problems)} violation(s); {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences")
sys.exit(1 if problems else 0)
