#!/usr/bin/env python3
"""Check family.json of bloomberg_en against the constraints of the brief.
Prints one line per violation, then OK or the number of problems."""

import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "family.json")
with open(path, encoding="utf-8") as f:
    fam = json.load(f)
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    return re.sub(r"[^0-9a-z]+", " ", s.casefold()).split()


def grams(s, n=5):
    t = tokens(s)
    return {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}


def when(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None
    return datetime.fromisoformat(p)


FAM = "bloomberg_en"
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
KINDS = {
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
COPY_KINDS = {"verbatim", "light", "heavy", "drift", "partial", "second_generation"}

if fam.get("family") != FAM:
    bad("family name")
docs = fam["documents"]
ids = [d["id"] for d in docs]
if len(ids) != len(set(ids)):
    bad("duplicate ids")
if sorted(ids) != [f"{FAM}_d{i:02d}" for i in range(1, len(ids) + 1)]:
    bad(f"ids not {FAM}_d01..dNN: {ids}")
if len(docs) != 15:
    bad(f"{len(docs)} documents, expected 15")
byid = {d["id"]: d for d in docs}
S = fam["sentences"]
if set(S) != set(ids):
    bad("sentences keys differ from document ids")
kinds = {}
for d in docs:
    kinds.setdefault(d["kind"], []).append(d["id"])
for k, n in KINDS.items():
    if len(kinds.get(k, [])) != n:
        bad(f"kind {k}: {len(kinds.get(k, []))} documents, expected {n}")
wire = byid[kinds["wire"][0]]
if wire["id"] == f"{FAM}_d01":
    bad("wire is d01")

# --- per-document structure -------------------------------------------------
FIELDS = ["id", "text", "language", "outlet", "published", "url", "title", "kind", "parent", "credited", "credit_text"]
for d in docs:
    did = d["id"]
    for f in FIELDS:
        if f not in d:
            bad(f"{did}: missing field {f}")
    if d["language"] != "en":
        bad(f"{did}: language")
    if ".example" not in d["url"]:
        bad(f"{did}: url not .example")
    text = d["text"]
    head, sep, body = text.partition("\n\n")
    if not sep or "\n" in head or head != d["title"]:
        bad(f"{did}: text must start with the title line and a blank line")
    if re.search(r"\n{3,}", text) or re.search(r"(?<!\n)\n(?!\n)", text):
        bad(f"{did}: paragraphs must be separated by exactly one blank line")
    if d["credited"] != (d["credit_text"] is not None):
        bad(f"{did}: credited/credit_text mismatch")
    if d["credit_text"] and d["credit_text"] not in text:
        bad(f"{did}: credit_text not in text")
    if d["kind"] in ("wire", "hard_negative", "easy_negative"):
        if d["parent"] is not None:
            bad(f"{did}: {d['kind']} must have no parent")
    else:
        if d["parent"] not in byid:
            bad(f"{did}: parent {d['parent']} missing")
    # sentences in order, covering the text
    pos = 0
    sents = S.get(did, [])
    if not sents or sents[0]["text"] != d["title"] or sents[0].get("role") != "headline":
        bad(f"{did}: first sentence must be the headline")
    for i, s in enumerate(sents):
        j = text.find(s["text"], pos)
        if j < 0:
            bad(f"{did}: sentence {i} not found in order: {s['text'][:60]!r}")
            continue
        if text[pos:j].strip():
            bad(f"{did}: uncovered text before sentence {i}: {text[pos:j]!r}")
        pos = j + len(s["text"])
        if s["label"] not in LABELS:
            bad(f"{did}: sentence {i} bad label {s['label']}")
        if s["label"] == "boilerplate":
            if s.get("role") not in ROLES:
                bad(f"{did}: sentence {i} boilerplate without valid role")
        elif s.get("role") is not None:
            bad(f"{did}: sentence {i} role on non-boilerplate")
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                bad(f"{did}: sentence {i} {s['label']} without parents")
            if d["parent"] is None:
                bad(f"{did}: sentence {i} {s['label']} in a document without parent")
            else:
                ptexts = [x["text"] for x in S[d["parent"]]]
                for p in s["parents"]:
                    if p not in ptexts:
                        bad(f"{did}: sentence {i} parent not in {d['parent']}: {p[:60]!r}")
            same = len(s["parents"]) == 1 and norm(s["parents"][0]) == norm(s["text"])
            if s["label"] == "verbatim" and not same:
                bad(f"{did}: sentence {i} labelled verbatim but differs from parent")
            if s["label"] == "rewritten" and same:
                bad(f"{did}: sentence {i} labelled rewritten but equals parent")
        else:
            if s["parents"]:
                bad(f"{did}: sentence {i} {s['label']} with parents")
        if s["drift"] and d["kind"] != "drift":
            bad(f"{did}: drift on sentence of non-drift document")
    if text[pos:].strip():
        bad(f"{did}: uncovered text at end: {text[pos:][:80]!r}")


# --- kind-specific constraints -------------------------------------------------
def labels(did):
    c = {}
    for s in S[did]:
        c[s["label"]] = c.get(s["label"], 0) + 1
    return c


wire_sents = [s["text"] for s in S[wire["id"]] if s["label"] == "original"]
if not 14 <= len(wire_sents) <= 18:
    bad(f"wire has {len(wire_sents)} sentences")
content_paras = [
    p for p in wire["text"].split("\n\n")[1:] if any(s["label"] == "original" and s["text"] in p for s in S[wire["id"]])
]
if not 6 <= len(content_paras) <= 8:
    bad(f"wire has {len(content_paras)} content paragraphs")
if any(s["label"] != "original" and s["label"] != "boilerplate" for s in S[wire["id"]]):
    bad("wire has derived labels")
if not any(c in wire["text"] for c in "\u201c\u2019"):
    bad("wire lacks curly typography")
quoted = re.findall(r"\u201c", wire["text"])
if len(quoted) < 3:
    bad("wire has fewer than 3 quotes")


def used_parents(did):
    out = set()
    for s in S[did]:
        out.update(s["parents"])
    return out


for did in kinds["verbatim"]:
    c = labels(did)
    if c.get("rewritten") or c.get("original"):
        bad(f"{did}: verbatim copy has rewritten/original sentences")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", byid[did]["published"]):
        bad(f"{did}: verbatim must be published with a date only")
    kept = used_parents(did)
    missing = [t for t in wire_sents if t not in kept]
    # one paragraph dropped: the missing sentences form exactly one wire paragraph
    paras = [p for p in wire["text"].split("\n\n")]
    if (
        not any(all(t in p for t in missing) and all((t in missing) for t in wire_sents if t in p) for p in paras)
        or not missing
    ):
        bad(f"{did}: dropped sentences are not exactly one wire paragraph")

for did in kinds["light"]:
    c = labels(did)
    frac = len(used_parents(did) & set(wire_sents)) / len(wire_sents)
    if not 0.60 <= frac <= 0.70:
        bad(f"{did}: light keeps {frac:.0%} of the wire")
    if c.get("verbatim", 0) != 1:
        bad(f"{did}: light must have exactly one unchanged sentence, has {c.get('verbatim', 0)}")
    if c.get("original", 0) != 2:
        bad(f"{did}: light must have two own sentences, has {c.get('original', 0)}")
lc = sorted(byid[x]["credited"] for x in kinds["light"])
if lc != [False, True]:
    bad("light copies: one credited, one not")

wire_grams = grams(wire["text"])
for did in kinds["heavy"]:
    c = labels(did)
    if c.get("verbatim"):
        bad(f"{did}: heavy has verbatim sentences")
    if not 4 <= c.get("original", 0) <= 6:
        bad(f"{did}: heavy has {c.get('original', 0)} own sentences")
    shared = grams(byid[did]["text"]) & wire_grams
    for g in sorted(shared):
        bad(f"{did}: 5-word run shared with wire: {' '.join(g)}")
if not any(
    not byid[x]["credited"] and any(s.get("role") == "photo_credit" and "Bloomberg" in s["text"] for s in S[x])
    for x in kinds["heavy"]
):
    bad("no uncredited heavy with a Bloomberg photo/chart credit")
if all(byid[x]["credited"] for x in kinds["heavy"]):
    bad("all heavy rewrites credited")

for did in kinds["partial"]:
    c = labels(did)
    if not 3 <= c.get("rewritten", 0) <= 4 or c.get("verbatim"):
        bad(f"{did}: partial must embed 3-4 rewritten sentences, has {c}")
    if c.get("original", 0) <= c.get("rewritten", 0):
        bad(f"{did}: partial is not mostly original")
if sorted(byid[x]["credited"] for x in kinds["partial"]) != [False, True]:
    bad("partials: one credited, one not")

for did in kinds["second_generation"]:
    p = byid[did]["parent"]
    if byid[p]["kind"] != "heavy":
        bad(f"{did}: second generation parent is not a heavy rewrite")
    pown = {s["text"] for s in S[p] if s["label"] == "original"}
    if not used_parents(did) & pown:
        bad(f"{did}: does not carry the parent's own sentences")

# drift
dr = fam["drift"]
if len(dr) != 3:
    bad(f"drift has {len(dr)} entries")
if sorted(x["field"] for x in dr) != ["date", "name", "number"]:
    bad("drift fields must be a number, a date and a name")
ddoc = kinds["drift"][0]
sent_drift = sum(len(s["drift"]) for s in S[ddoc])
if sent_drift != 3:
    bad(f"drift document has {sent_drift} sentence-level drift entries")
for x in dr:
    if x["child"] != ddoc or x["parent"] != byid[ddoc]["parent"]:
        bad("drift entry child/parent")
    if x["parent_text"] not in [s["text"] for s in S[x["parent"]]]:
        bad("drift parent_text not a parent sentence")
    if x["child_text"] not in [s["text"] for s in S[ddoc]]:
        bad("drift child_text not a child sentence")
    if x["from"] not in x["parent_text"] or x["to"] not in x["child_text"] or x["from"] in x["child_text"]:
        bad(f"drift from/to not in texts: {x['from']} -> {x['to']}")
    for s in S[ddoc]:
        if s["text"] == x["child_text"] and not any(y["from"] == x["from"] and y["to"] == x["to"] for y in s["drift"]):
            bad("drift entry missing on sentence")
# the drift's other sentences must not change facts: numbers in rewritten sentences appear in parents
for s in S[ddoc]:
    if s["label"] == "rewritten" and not s["drift"]:
        nums_c = set(re.findall(r"\d+(?:[.,]\d+)*", s["text"]))
        nums_p = set(re.findall(r"\d+(?:[.,]\d+)*", " ".join(s["parents"])))
        if nums_c - nums_p:
            bad(f"{ddoc}: undeclared number change {nums_c - nums_p}")

# hard negatives
copy_ids = [d["id"] for d in docs if d["kind"] in COPY_KINDS]
for did in kinds["hard_negative"]:
    g = grams(byid[did]["text"])
    for other in [wire["id"], *copy_ids]:
        for x in sorted(g & grams(byid[other]["text"])):
            bad(f"{did}: 5-word run shared with {other}: {' '.join(x)}")
    if labels(did).get("verbatim") or labels(did).get("rewritten"):
        bad(f"{did}: hard negative with derived sentences")
    if byid[did]["credited"]:
        bad(f"{did}: hard negative credited")
if not any(
    any(s.get("role") == "photo_credit" and "Bloomberg" in s["text"] for s in S[x]) for x in kinds["hard_negative"]
):
    bad("no hard negative with a Bloomberg photo credit")
for did in kinds["easy_negative"]:
    if set(tokens(byid[did]["text"])) & {"halberd", "brightwater", "larkspur", "bloomberg"}:
        bad(f"{did}: easy negative mentions the event")

# --- published order -----------------------------------------------------------
wt = when(wire["published"])
before = []
for d in docs:
    t = when(d["published"])
    if t is None:
        if d["kind"] != "verbatim":
            bad(f"{d['id']}: date-only published on a non-verbatim document")
        if date.fromisoformat(d["published"]) <= wt.date():
            bad(f"{d['id']}: date-only publication not after the wire's date")
        continue
    if t.tzinfo is None:
        bad(f"{d['id']}: published without offset")
    if t < wt:
        before.append(d)
if [d["kind"] for d in before] != ["hard_negative"]:
    bad(f"documents before the wire must be exactly one hard negative: {[d['id'] for d in before]}")
for d in docs:
    if d["parent"]:
        p = byid[d["parent"]]
        tc, tp = when(d["published"]), when(p["published"])
        if tc is not None and tp is not None and tc <= tp:
            bad(f"{d['id']}: published before its parent {p['id']}")

for p in problems:
    print(p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
