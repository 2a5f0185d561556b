#!/usr/bin/env python3
"""Check family.json of askanews_it against the constraints of the brief.
Prints every violation, then a summary; exit status 1 if anything is wrong."""

import json
import os
import re
import sys
from datetime import UTC, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "family.json")
FAMILY = "askanews_it"
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
KIND_COUNTS = {
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

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = re.sub('[\u00ab\u00bb\u201c\u201d\u201e\u201f"]', '"', s)
    s = re.sub("[\u2018\u2019\u201a\u201b']", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    return re.findall(r"\w+", s.casefold())


def ngrams(s, n=5):
    t = tokens(s)
    return {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}


def when(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return datetime.fromisoformat(p).replace(tzinfo=timezone(timedelta(hours=1))), True
    d = datetime.fromisoformat(p)
    if d.tzinfo is None:
        err(f"published {p!r} has no offset")
        d = d.replace(tzinfo=UTC)
    return d, False


with open(PATH, encoding="utf-8") as f:
    raw = f.read()
if "\\u00" in raw or "\\u20" in raw:
    err("family.json looks written with ensure_ascii=True")
fam = json.loads(raw)
if fam.get("family") != FAMILY:
    err("family name")
docs = fam["documents"]
sents = fam["sentences"]
ids = [d["id"] for d in docs]
by = {d["id"]: d for d in docs}

# ---------------------------------------------------------------- ids and kinds
if len(ids) != len(set(ids)):
    err("duplicate ids")
if len(docs) != 15:
    err(f"{len(docs)} documents, expected 15")
expected_ids = {f"{FAMILY}_d{i:02d}" for i in range(1, 16)}
if set(ids) != expected_ids:
    err(f"ids are not {FAMILY}_d01..d15")
kinds = {}
for d in docs:
    kinds.setdefault(d["kind"], []).append(d["id"])
for k, n in KIND_COUNTS.items():
    if len(kinds.get(k, [])) != n:
        err(f"kind {k}: {len(kinds.get(k, []))} documents, expected {n}")
wire = by[kinds["wire"][0]]
if wire["id"].endswith("_d01"):
    err("the wire is d01")
if set(sents) != set(ids):
    err("sentences keys differ from document ids")

for d in docs:
    for f in (
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
        if f not in d:
            err(f"{d['id']}: missing field {f}")
    if d["language"] != "it":
        err(f"{d['id']}: language")
    if ".example" not in d["url"]:
        err(f"{d['id']}: url not .example")
    if d["parent"] is not None and d["parent"] not in by:
        err(f"{d['id']}: parent {d['parent']} unknown")
    if d["kind"] in ("wire", "hard_negative", "easy_negative") and d["parent"] is not None:
        err(f"{d['id']}: {d['kind']} must have no parent")
    if d["kind"] in COPY_KINDS and d["kind"] != "second_generation" and d["parent"] != wire["id"]:
        err(f"{d['id']}: parent should be the wire")
    if d["kind"] == "second_generation" and (d["parent"] not in by or by[d["parent"]]["kind"] != "heavy"):
        err(f"{d['id']}: second_generation parent must be a heavy rewrite")
    if d["credit_text"] is not None and d["credit_text"] not in d["text"]:
        err(f"{d['id']}: credit_text not in text")
    if d["credited"] and not d["credit_text"]:
        err(f"{d['id']}: credited without credit_text")
    if not d["credited"] and d["credit_text"]:
        err(f"{d['id']}: credit_text but not credited")

# ---------------------------------------------------------------- text layout and coverage
for d in docs:
    text, ss = d["text"], sents[d["id"]]
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "" or lines[0] != d["title"]:
        err(f"{d['id']}: text must start with the headline line then a blank line")
    if not ss or ss[0]["text"] != lines[0] or ss[0]["role"] != "headline":
        err(f"{d['id']}: first sentence must be the headline")
    if "\n\n\n" in text or text != text.strip():
        err(f"{d['id']}: stray blank lines/whitespace")
    pos, gaps = 0, []
    for s in ss:
        i = text.find(s["text"], pos)
        if i < 0:
            err(f"{d['id']}: sentence not found in order: {s['text'][:60]!r}")
            continue
        gaps.append(text[pos:i])
        pos = i + len(s["text"])
    gaps.append(text[pos:])
    for g in gaps:
        if g.strip():
            err(f"{d['id']}: text not covered: {g.strip()[:60]!r}")
    # sentence-level fields
    for s in ss:
        if s["label"] not in LABELS:
            err(f"{d['id']}: bad label {s['label']}")
        if s["label"] == "boilerplate":
            if s["role"] not in ROLES:
                err(f"{d['id']}: boilerplate without valid role: {s['text'][:40]!r}")
        elif s["role"] is not None:
            err(f"{d['id']}: role on non-boilerplate sentence")
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                err(f"{d['id']}: {s['label']} without parents: {s['text'][:50]!r}")
            if d["parent"] is None:
                err(f"{d['id']}: reused sentence in a document without parent")
                continue
            ptexts = [x["text"] for x in sents[d["parent"]]]
            for p in s["parents"]:
                if p not in ptexts:
                    err(f"{d['id']}: parent sentence not in {d['parent']}: {p[:50]!r}")
            if s["label"] == "verbatim" and (len(s["parents"]) != 1 or norm(s["parents"][0]) != norm(s["text"])):
                err(f"{d['id']}: verbatim sentence differs from parent: {s['text'][:50]!r}")
            if s["label"] == "rewritten" and len(s["parents"]) == 1 and norm(s["parents"][0]) == norm(s["text"]):
                err(f"{d['id']}: rewritten sentence equal to parent: {s['text'][:50]!r}")
        elif s["parents"]:
            err(f"{d['id']}: {s['label']} sentence with parents")
        if s["drift"] and d["kind"] != "drift":
            err(f"{d['id']}: drift on a non-drift document")
    if d["kind"] in ("wire", "hard_negative", "easy_negative"):
        for s in ss:
            if s["label"] in ("verbatim", "rewritten"):
                err(f"{d['id']}: reused label in a {d['kind']}")


def body(doc_id):
    return [s for s in sents[doc_id] if s["label"] != "boilerplate"]


def used_wire(doc_id):
    return {p for s in sents[doc_id] for p in s["parents"]}


def paragraphs(doc):
    return doc["text"].split("\n\n")[1:]


# ---------------------------------------------------------------- per kind
wb = body(wire["id"])
wire_texts = [s["text"] for s in wb]
if not 14 <= len(wb) <= 18:
    err(f"wire has {len(wb)} body sentences")
if not 6 <= len(paragraphs(wire)) <= 8:
    err(f"wire has {len(paragraphs(wire))} paragraphs")
if not any(s["role"] == "dateline" and "(askanews)" in s["text"] for s in sents[wire["id"]]):
    err("wire has no askanews dateline")
quoted = sum(1 for t in wire_texts if re.search('"', t))
if quoted < 3:
    err("wire has fewer than 3 quoted sentences")

for vid in kinds["verbatim"]:
    v = by[vid]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["published"]):
        err(f"{vid}: verbatim must be published with a date only")
    if any(s["role"] == "dateline" for s in sents[vid]) or "(askanews)" in v["text"]:
        err(f"{vid}: dateline not removed")
    if any(s["label"] != "verbatim" for s in body(vid)):
        err(f"{vid}: non-verbatim body sentence")
    if len(paragraphs(v)) != len(paragraphs(wire)) - 1:
        err(f"{vid}: expected exactly one paragraph dropped")
    if v["text"] == wire["text"]:
        err(f"{vid}: no typography change")

for lid in kinds["light"]:
    b = body(lid)
    frac = len(used_wire(lid)) / len(wb)
    if not 0.60 <= frac <= 0.70:
        err(f"{lid}: keeps {frac:.0%} of wire sentences")
    nv = sum(s["label"] == "verbatim" for s in b)
    no = sum(s["label"] == "original" for s in b)
    if nv != 1:
        err(f"{lid}: {nv} unchanged sentences, expected 1")
    if no != 2:
        err(f"{lid}: {no} own sentences, expected 2")
lc = sorted(by[i]["credited"] for i in kinds["light"])
if lc != [False, True]:
    err("light copies: one must credit the agency and one not")

wire_grams = ngrams(wire["text"])
for hid in kinds["heavy"]:
    b = body(hid)
    no = sum(s["label"] == "original" for s in b)
    if not 4 <= no <= 6:
        err(f"{hid}: {no} own sentences, expected 4-6")
    if any(s["label"] == "verbatim" for s in b):
        err(f"{hid}: verbatim sentence in heavy rewrite")
    shared = ngrams(by[hid]["text"]) & wire_grams
    for g in sorted(shared):
        err(f"{hid}: shares 5-gram with wire: {' '.join(g)}")
if not any(
    not by[h]["credited"] and any(s["role"] == "photo_credit" and "askanews" in s["text"] for s in sents[h])
    for h in kinds["heavy"]
):
    err("no heavy rewrite is uncredited with an askanews photo credit")
for h in kinds["heavy"]:
    if (
        not by[h]["credited"]
        and re.search(r"askanews", by[h]["text"])
        and not all(s["role"] == "photo_credit" for s in sents[h] if "askanews" in s["text"])
    ):
        err(f"{h}: uncredited but names askanews outside a photo credit")

for did in kinds["drift"]:
    top = fam["drift"]
    if len(top) != 3:
        err(f"top-level drift has {len(top)} entries, expected 3")
    if sorted(x["field"] for x in top) != ["date", "name", "number"]:
        err("drift fields must be a number, a date and a name")
    sd = [(s["text"], x) for s in sents[did] for x in s["drift"]]
    if len(sd) != 3:
        err(f"{did}: {len(sd)} sentence-level drift entries")
    for x in top:
        if x["child"] != did or x["parent"] != by[did]["parent"]:
            err("drift entry child/parent mismatch")
        if x["from"] not in x["parent_text"] or x["to"] not in x["child_text"]:
            err(f"drift entry {x['field']}: from/to not in texts")
        if x["from"] in x["child_text"]:
            err(f"drift entry {x['field']}: old value still in child sentence")
        if x["parent_text"] not in wire_texts:
            err(f"drift entry {x['field']}: parent_text not a wire sentence")
        if not any(
            t == x["child_text"] and y["from"] == x["from"] and y["to"] == x["to"] and y["field"] == x["field"]
            for t, y in sd
        ):
            err(f"drift entry {x['field']}: no matching sentence-level drift")
        if by[did]["text"].count(x["to"]) != 1:
            err(f"drift value {x['to']!r} appears more than once in the drift document")
        if x["from"] in by[did]["text"]:
            err(f"drift: old value {x['from']!r} still appears in the drift document")

for pid in kinds["partial"]:
    b = body(pid)
    nr = sum(s["label"] == "rewritten" for s in b)
    no = sum(s["label"] == "original" for s in b)
    if not 3 <= nr <= 4:
        err(f"{pid}: {nr} embedded wire sentences, expected 3-4")
    if any(s["label"] == "verbatim" for s in b):
        err(f"{pid}: verbatim sentence in partial")
    if no <= nr:
        err(f"{pid}: not mostly original")
if sorted(by[i]["credited"] for i in kinds["partial"]) != [False, True]:
    err("partials: exactly one must credit the agency")

for gid in kinds["second_generation"]:
    par = by[gid]["parent"]
    own_par = {s["text"] for s in sents[par] if s["label"] == "original"}
    carried = {p for s in sents[gid] for p in s["parents"]} & own_par
    if len(carried) < 2:
        err(f"{gid}: carries fewer than 2 of its parent's own sentences")

copies_text = [by[i]["text"] for k in COPY_KINDS for i in kinds.get(k, [])]
copy_grams = set().union(*(ngrams(t) for t in copies_text))
for nid in kinds["hard_negative"]:
    g = ngrams(by[nid]["text"])
    for x in sorted(g & wire_grams):
        err(f"{nid}: shares 5-gram with wire: {' '.join(x)}")
    for x in sorted((g & copy_grams) - wire_grams):
        err(f"{nid}: shares 5-gram with a copy: {' '.join(x)}")
    for key in ("Montevascello", "Ceccarelli", "Ranieri", "Lolli", "Ristoservice", "63", "41", "28 marzo"):
        if key not in by[nid]["text"]:
            err(f"{nid}: does not mention {key!r}")
hn_photo = [
    n for n in kinds["hard_negative"] if any(s["role"] == "photo_credit" and "askanews" in s["text"] for s in sents[n])
]
if not hn_photo:
    err("no hard negative carries an askanews photo credit")
for e in kinds["easy_negative"]:
    if "Montevascello" in by[e]["text"]:
        err("easy negative mentions the event")

# ---------------------------------------------------------------- published order
wt, _ = when(wire["published"])
early = [n for n in kinds["hard_negative"] if when(by[n]["published"])[0] < wt]
if len(early) != 1:
    err(f"{len(early)} hard negatives before the wire, expected 1")
for d in docs:
    t, dateonly = when(d["published"])
    if dateonly and d["kind"] != "verbatim":
        err(f"{d['id']}: date-only published")
    if d["kind"] in COPY_KINDS and ((dateonly and t.date() <= wt.date()) or (not dateonly and t <= wt)):
        err(f"{d['id']}: published not after the wire")
    if d["kind"] == "second_generation":
        pt, _ = when(by[d["parent"]]["published"])
        if t <= pt:
            err(f"{d['id']}: published not after its parent")
    if d["kind"] != "hard_negative" and d["kind"] != "wire" and t < wt and d["kind"] != "easy_negative":
        err(f"{d['id']}: before the wire")

# ---------------------------------------------------------------- report
for e in errors:
    print("VIOLATION:", e)
print(f"{len(errors)} violations; {len(docs)} documents, {sum(len(v) for v in sents.values())} sentences")
sys.exit(1 if errors else 0)
