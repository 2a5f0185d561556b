#!/usr/bin/env python3
"""Stdlib-only consistency checks for family.json (tresor_fr)."""

import json
import os
import re
import sys
import unicodedata
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "family.json"), encoding="utf-8") as f:
    fam = json.load(f)
errors, warnings = [], []


def err(msg):
    errors.append(msg)


QUOTES = '«»“”„‟"″'
APOS = "’‘‛'`´"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    for q in QUOTES:
        s = s.replace(q, '"')
    for a in APOS:
        s = s.replace(a, "'")
    s = re.sub(r"\s+", " ", s)  # includes U+00A0, U+202F
    s = re.sub(r'\s*"\s*', '"', s)  # spaces inside/around guillemets
    s = re.sub(r"\s+([;:!?])", r"\1", s)  # French space before high punctuation
    return s.strip()


def tokens_strip(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch.isspace())
    return s.split()


def tokens_split(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = "".join(ch if (ch.isalnum()) else " " for ch in s)
    return s.split()


def ngrams(toks, n=5):
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def shared_runs(a, b, n=5):
    out = []
    for tok in (tokens_strip, tokens_split):
        common = ngrams(tok(a), n) & ngrams(tok(b), n)
        out.extend(" ".join(g) for g in sorted(common))
    return sorted(set(out))


def parse_time(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return date.fromisoformat(p)
    dt = datetime.fromisoformat(p)
    if dt.tzinfo is None:
        err(f"published without offset: {p}")
    return dt


def before(a, b):
    """True if a is strictly earlier than b (dates compare on the calendar day, a date-only value
    counts as not earlier than a same-day datetime)."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a < b
    da = a.date() if isinstance(a, datetime) else a
    db = b.date() if isinstance(b, datetime) else b
    return da < db


def not_after(a, b):
    """a <= b with date-only handled loosely (same day allowed)."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a <= b
    da = a.date() if isinstance(a, datetime) else a
    db = b.date() if isinstance(b, datetime) else b
    return da <= db


# ------------------------------------------------------------ structure
docs = {d["id"]: d for d in fam["documents"]}
if fam.get("family") != "tresor_fr":
    err("family name")
if len(docs) != len(fam["documents"]):
    err("duplicate ids")
KEYS = {"id", "text", "language", "outlet", "published", "url", "title", "kind", "parent", "credited", "credit_text"}
for d in fam["documents"]:
    if set(d) != KEYS:
        err(f"{d['id']}: keys {sorted(set(d) ^ KEYS)}")
    if not re.fullmatch(r"tresor_fr_d\d\d", d["id"]):
        err(f"bad id {d['id']}")
    if ".example" not in d["url"]:
        err(f"{d['id']}: url not .example")
    if d["parent"] is not None and d["parent"] not in docs:
        err(f"{d['id']}: unknown parent")
    if d["credited"] and (not d["credit_text"] or d["credit_text"] not in d["text"]):
        err(f"{d['id']}: credit_text missing from text")
    if not d["credited"] and d["credit_text"] is not None:
        err(f"{d['id']}: credit_text on uncredited doc")
    if not d["text"].startswith(d["title"]):
        err(f"{d['id']}: title is not the first line")

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
        err(f"kind {k}: {len(kinds.get(k, []))} != {n}")
wire_id = kinds["wire"][0]
wire = docs[wire_id]
ids_in_order = [d["id"] for d in fam["documents"]]
if ids_in_order == sorted(ids_in_order):
    warnings.append("documents listed in id order (ids themselves are shuffled w.r.t. publication)")
pub_sorted = [d["id"] for d in sorted(fam["documents"], key=lambda d: str(parse_time(d["published"])))]
if pub_sorted == sorted(pub_sorted):
    err("ids are in publication order, not shuffled")

for d in fam["documents"]:
    if d["kind"] in ("light", "heavy", "drift", "partial", "translation", "verbatim") and d["parent"] != wire_id:
        err(f"{d['id']}: parent should be the wire")
    if d["kind"] in ("hard_negative", "easy_negative", "wire") and d["parent"] is not None:
        err(f"{d['id']}: should have no parent")
    if d["kind"] == "second_generation" and docs[d["parent"]]["kind"] != "heavy":
        err(f"{d['id']}: second generation parent is not heavy")
    if d["kind"] == "translation" and d["language"] == "fr":
        err("translation in French")

# ------------------------------------------------------------ sentences
sents = fam["sentences"]
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
if set(sents) != set(docs):
    err("sentences keys != document ids")
for did, ss in sents.items():
    d = docs[did]
    text = d["text"]
    pos = 0
    for i, s in enumerate(ss):
        if set(s) != {"text", "label", "parents", "role", "drift"}:
            err(f"{did}[{i}]: keys")
        if s["label"] not in LABELS:
            err(f"{did}[{i}]: label {s['label']}")
        j = text.find(s["text"], pos)
        if j < 0:
            err(f"{did}[{i}]: not found in order: {s['text'][:60]!r}")
            continue
        if text[pos:j].strip():
            err(f"{did}[{i}]: uncovered text before sentence: {text[pos:j]!r}")
        pos = j + len(s["text"])
        if s["label"] == "boilerplate":
            if s["role"] not in ROLES:
                err(f"{did}[{i}]: boilerplate role {s['role']}")
        elif s["role"] is not None:
            err(f"{did}[{i}]: role on non-boilerplate")
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                err(f"{did}[{i}]: {s['label']} without parents")
            if d["parent"] is None:
                err(f"{did}[{i}]: derived sentence in a document without parent")
        if s["label"] == "original" and s["parents"]:
            err(f"{did}[{i}]: original with parents")
        if s["parents"]:
            ptexts = {p["text"] for p in sents[d["parent"]]} if d["parent"] else set()
            for p in s["parents"]:
                if p not in ptexts:
                    err(f"{did}[{i}]: parent text not a sentence of {d['parent']}: {p[:60]!r}")
        if s["label"] == "verbatim" and not any(norm(s["text"]) == norm(p) for p in s["parents"]):
            err(f"{did}[{i}]: verbatim differs from parent: {s['text'][:60]!r}")
        if s["label"] == "rewritten" and any(norm(s["text"]) == norm(p) for p in s["parents"]):
            err(f"{did}[{i}]: 'rewritten' but equal to parent: {s['text'][:60]!r}")
        if s["drift"] and d["kind"] != "drift":
            err(f"{did}[{i}]: drift outside the drift doc")
    if text[pos:].strip():
        err(f"{did}: uncovered tail {text[pos:]!r}")
    if d["kind"] in ("hard_negative", "easy_negative", "wire"):
        bad = [s for s in ss if s["label"] not in ("original", "boilerplate")]
        if bad:
            err(f"{did}: {d['kind']} has derived sentences")
    # credit sentences vs credited flag
    credit_roles = [s for s in ss if s["role"] == "credit"]
    if credit_roles and not d["credited"]:
        err(f"{did}: credit sentence but credited=false")

# ------------------------------------------------------------ per-kind shape
wire_body = [s["text"] for s in sents[wire_id] if s["label"] == "original"]
if not 14 <= len(wire_body) <= 18:
    err(f"wire body sentences: {len(wire_body)}")
people = ["Julien Ferrand", "Claire Dumoulin", "Patrick Roussel"]
for p in people:
    if p not in wire["text"]:
        err(f"wire lacks {p}")
if wire["text"].count("«") < 3:
    err("wire quotes")


def used_wire(did):
    used = set()
    for s in sents[did]:
        if s["label"] in ("verbatim", "rewritten"):
            used.update(s["parents"])
    return used


for did in kinds["light"]:
    ss = sents[did]
    frac = len(used_wire(did) & set(wire_body)) / len(wire_body)
    nv = sum(s["label"] == "verbatim" for s in ss)
    no = sum(s["label"] == "original" for s in ss)
    if not 0.6 <= frac <= 0.7:
        err(f"{did}: light reuse {frac:.2f}")
    if nv != 1 or no != 2:
        err(f"{did}: light verbatim={nv} original={no}")
for did in kinds["heavy"]:
    ss = sents[did]
    no = sum(s["label"] == "original" for s in ss)
    if not 4 <= no <= 6:
        err(f"{did}: heavy originals {no}")
    if any(s["label"] == "verbatim" for s in ss):
        err(f"{did}: heavy has verbatim")
    if not any(len(s["parents"]) > 1 for s in ss):
        err(f"{did}: heavy has no merge")
for did in kinds["partial"]:
    nr = sum(s["label"] == "rewritten" for s in sents[did])
    no = sum(s["label"] == "original" for s in sents[did])
    if not 3 <= nr <= 4 or no <= nr:
        err(f"{did}: partial rewritten={nr} original={no}")
for did in kinds["verbatim"]:
    d = docs[did]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
        err("verbatim must have date only")
    if "(AFP)" in d["text"]:
        err("verbatim keeps dateline")
    body = [s for s in sents[did] if s["label"] != "boilerplate"]
    if any(s["label"] != "verbatim" for s in body):
        err("verbatim copy has non-verbatim body sentence")
    if len(used_wire(did) & set(wire_body)) >= len(wire_body):
        err("verbatim copy dropped nothing")
    if "«" in d["text"] or "'" in d["text"]:
        err("verbatim copy typography unchanged")
for did in kinds["second_generation"]:
    par = docs[did]["parent"]
    own_par = {s["text"] for s in sents[par] if s["label"] == "original"}
    used = used_wire(did)
    if not used & own_par:
        err(f"{did}: carries none of the heavy article's own sentences")
    if not any(s["label"] == "verbatim" for s in sents[did]) or not any(s["label"] == "rewritten" for s in sents[did]):
        err(f"{did}: needs both verbatim and rewritten sentences")

# ------------------------------------------------------------ 5-word runs
copies = [d for d in fam["documents"] if d["kind"] not in ("wire", "hard_negative", "easy_negative", "translation")]
for did in kinds["heavy"] + kinds["hard_negative"]:
    runs = shared_runs(docs[did]["text"], wire["text"])
    if runs:
        err(f"{did}: shares 5-word runs with the wire: {runs}")
for did in kinds["hard_negative"]:
    for c in copies + [docs[x] for x in kinds["hard_negative"] if x != did]:
        runs = shared_runs(docs[did]["text"], c["text"])
        if runs:
            err(f"{did}: shares 5-word runs with {c['id']} ({c['kind']}): {runs}")

# ------------------------------------------------------------ drift
drift_doc = kinds["drift"][0]
if len(fam["drift"]) != 3:
    err(f"drift entries: {len(fam['drift'])}")
fields = set()
for dr in fam["drift"]:
    if dr["child"] != drift_doc or dr["parent"] != docs[drift_doc]["parent"]:
        err("drift child/parent")
    ctexts = {s["text"]: s for s in sents[dr["child"]]}
    ptexts = {s["text"] for s in sents[dr["parent"]]}
    if dr["child_text"] not in ctexts:
        err(f"drift child_text not a sentence: {dr['child_text'][:50]!r}")
        continue
    if dr["parent_text"] not in ptexts:
        err("drift parent_text not a sentence")
    if dr["from"] not in dr["parent_text"] or dr["to"] not in dr["child_text"]:
        err(f"drift from/to not in texts: {dr['from']} -> {dr['to']}")
    if dr["from"] in dr["child_text"]:
        err(f"drift 'from' still in child: {dr['from']}")
    s = ctexts[dr["child_text"]]
    if {"field": dr["field"], "from": dr["from"], "to": dr["to"]} not in s["drift"]:
        err("drift not mirrored in sentence entry")
    if dr["parent_text"] not in s["parents"]:
        err("drift parent_text not among sentence parents")
    fields.add(dr["field"])
n_sent_drift = sum(len(s["drift"]) for s in sents[drift_doc])
if n_sent_drift != 3:
    err(f"drift sentence annotations: {n_sent_drift}")
if not {"number", "name"} <= fields or not fields & {"date", "time"}:
    err(f"drift fields {fields}")

# ------------------------------------------------------------ publication order
t = {d["id"]: parse_time(d["published"]) for d in fam["documents"]}
early = []
for d in fam["documents"]:
    if d["id"] == wire_id or d["kind"] == "easy_negative":
        continue
    if d["kind"] == "hard_negative" and before(t[d["id"]], t[wire_id]):
        early.append(d["id"])
        continue
    if not not_after(t[wire_id], t[d["id"]]) or (isinstance(t[d["id"]], datetime) and t[d["id"]] <= t[wire_id]):
        err(f"{d['id']} published before the wire")
if len(early) != 1:
    err(f"hard negatives before the wire: {early}")
for did in kinds["second_generation"]:
    if not before(t[docs[did]["parent"]], t[did]):
        err(f"{did}: second generation not after its parent")

# ------------------------------------------------------------ credits
credited_kinds = {docs[x]["kind"] for x in docs if docs[x]["credited"]}
if not any(docs[x]["credited"] for x in docs) or all(docs[x]["credited"] for x in docs if docs[x]["parent"]):
    err("need a mix of credited and uncredited copies")
photo = [x for x in kinds["hard_negative"] if re.search(r"Photo\s*:\s*AFP", docs[x]["text"])]
if len(photo) != 1 or docs[photo[0]]["credited"]:
    err(f"photo-credit hard negative: {photo}")

# ------------------------------------------------------------ French typography
for d in fam["documents"]:
    if d["language"] != "fr" or d["kind"] == "verbatim":
        continue
    tx = d["text"]
    if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", tx):
        err(f"{d['id']}: guillemets without non-breaking space")
    if re.search(r"\d \d{3}\b", tx):
        err(f"{d['id']}: number with ordinary space")

for w in warnings:
    print("warning:", w)
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
n = sum(len(v) for v in sents.values())
print(f"OK: {len(docs)} documents, {n} sentence entries, {len(fam['drift'])} drift facts")
