#!/usr/bin/env python3
"""Check /work/blind/pa_en/family.json against the family's constraints; print every violation."""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
fam = json.loads((HERE / "family.json").read_text(encoding="utf-8"))
V = []


def bad(msg):
    V.append(msg)


QUOTE_MAP = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2033": '"',
}


def norm(s):
    for a, b in QUOTE_MAP.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    # case-folded, punctuation stripped ("14,000" -> "14000", "six-mile" -> "sixmile")
    s = re.sub(r"[^\w\s]", "", norm(s).casefold())
    return s.split()


def tokens_split(s):
    # stricter variant: punctuation as a word break ("14,000" -> "14 000")
    return re.findall(r"\w+", norm(s).casefold().replace("'", ""))


def grams(s, n=5):
    """5-word runs under both tokenisations (a run counts if either finds it)."""
    out = set()
    for t in (tokens(s), tokens_split(s)):
        out |= {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}
    return out


def when(p):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None
    return datetime.fromisoformat(p)


# ------------------------------------------------------------ top level
if fam.get("family") != "pa_en":
    bad("family name is not pa_en")
docs = fam["documents"]
ids = [d["id"] for d in docs]
if len(set(ids)) != len(ids):
    bad("duplicate document ids")
for i, did in enumerate(ids):
    if did != f"pa_en_d{i + 1:02d}":
        bad(f"id {did} out of sequence (expected pa_en_d{i + 1:02d})")
by_id = {d["id"]: d for d in docs}
KEYS = {"id", "text", "language", "outlet", "published", "url", "title", "kind", "parent", "credited", "credit_text"}
for d in docs:
    if set(d) != KEYS:
        bad(f"{d['id']}: keys {sorted(set(d) ^ KEYS)} wrong")
    if d["language"] != "en":
        bad(f"{d['id']}: language")
    if ".example/" not in d["url"]:
        bad(f"{d['id']}: url not .example")
    if d["credited"] and (not d["credit_text"] or d["credit_text"] not in d["text"]):
        bad(f"{d['id']}: credited but credit_text missing from text")
    if not d["credited"] and d["credit_text"] is not None:
        bad(f"{d['id']}: uncredited but credit_text set")
    if d["parent"] is not None and d["parent"] not in by_id:
        bad(f"{d['id']}: parent {d['parent']} unknown")

kinds = {}
for d in docs:
    kinds.setdefault(d["kind"], []).append(d)
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
for k, n in want.items():
    if len(kinds.get(k, [])) != n:
        bad(f"kind {k}: {len(kinds.get(k, []))} documents, want {n}")
extra = set(kinds) - set(want)
if extra:
    bad(f"unexpected kinds {extra}")
wire = kinds["wire"][0]
if wire["id"] == "pa_en_d01":
    bad("the wire is d01")
if sys.argv[1:2] == ["-v"]:
    print("wire is", wire["id"])

# parents by kind
for d in docs:
    k = d["kind"]
    if k in ("wire", "hard_negative", "easy_negative"):
        if d["parent"] is not None:
            bad(f"{d['id']}: {k} must have parent null")
    elif k == "second_generation":
        if d["parent"] is None or by_id[d["parent"]]["kind"] != "heavy":
            bad(f"{d['id']}: second generation parent must be a heavy rewrite")
    else:
        if d["parent"] != wire["id"]:
            bad(f"{d['id']}: {k} parent must be the wire")

# ------------------------------------------------------------ sentences
S = fam["sentences"]
if set(S) != set(ids):
    bad("sentences keys differ from document ids")
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
for d in docs:
    did, text, rows = d["id"], d["text"], S.get(d["id"], [])
    # headline
    first, _, body = text.partition("\n\n")
    if first != d["title"] or "\n" in first or not body:
        bad(f"{did}: text must start with the title line, a blank line, then the body")
    if not rows or rows[0]["text"] != d["title"] or rows[0]["role"] != "headline":
        bad(f"{did}: first sentence must be the headline")
    # order and coverage
    pos, rest = 0, []
    for r in rows:
        i = text.find(r["text"], pos)
        if i < 0:
            bad(f"{did}: sentence not found in order: {r['text'][:60]!r}")
            continue
        rest.append(text[pos:i])
        pos = i + len(r["text"])
    rest.append(text[pos:])
    left = "".join(rest)
    if left.strip():
        bad(f"{did}: text not covered by sentences: {left.strip()[:80]!r}")
    if re.search(r"[^\n]\n[^\n]|\n\n\n", text):
        bad(f"{did}: paragraphs must be separated by exactly one blank line")
    # labels
    parent_rows = S.get(d["parent"], []) if d["parent"] else []
    parent_texts = [r["text"] for r in parent_rows]
    for r in rows:
        if set(r) != {"text", "label", "parents", "role", "drift"}:
            bad(f"{did}: sentence keys {sorted(r)}")
        lab = r["label"]
        if lab not in LABELS:
            bad(f"{did}: bad label {lab}")
        if lab == "boilerplate":
            if r["role"] not in ROLES:
                bad(f"{did}: boilerplate without valid role: {r['text'][:50]!r}")
        elif r["role"] is not None:
            bad(f"{did}: role on non-boilerplate sentence")
        if lab in ("verbatim", "rewritten"):
            if not r["parents"]:
                bad(f"{did}: {lab} sentence without parents: {r['text'][:50]!r}")
            for p in r["parents"]:
                if p not in parent_texts:
                    bad(f"{did}: parent sentence not in parent {d['parent']}: {p[:60]!r}")
            if lab == "verbatim" and (len(r["parents"]) != 1 or norm(r["parents"][0]) != norm(r["text"])):
                bad(f"{did}: verbatim sentence differs from its parent: {r['text'][:60]!r}")
            if lab == "rewritten" and len(r["parents"]) == 1 and norm(r["parents"][0]) == norm(r["text"]):
                bad(f"{did}: rewritten sentence equals its parent: {r['text'][:60]!r}")
        else:
            if r["parents"]:
                bad(f"{did}: {lab} sentence with parents")
            if r["drift"]:
                bad(f"{did}: drift on a {lab} sentence")
        if d["kind"] in ("wire", "hard_negative", "easy_negative") and lab in ("verbatim", "rewritten"):
            bad(f"{did}: {d['kind']} must have no derived sentences")
    # typography: outlets use curly quotes, the PA feed straight ones; British dates
    if d["kind"] != "wire" and re.search(r"[\"']", text):
        bad(f"{did}: straight quote or apostrophe in an outlet text")
    if re.search(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b", text
    ):
        bad(f"{did}: US-style date")
    if re.search(r"\b(color|center|program|organize|honor|gray)\b", text, re.I):
        bad(f"{did}: US spelling")


def content(did):
    return [r for r in S[did] if r["label"] != "boilerplate"]


def wire_keys_used(did):
    used = set()
    for r in S[did]:
        for p in r["parents"]:
            used.add(p)
    return used


wrows = content(wire["id"])
wire_texts = [r["text"] for r in wrows]
wparas = wire["text"].split("\n\n")[1:]
body_paras = [p for p in wparas if any(t in p for t in wire_texts)]
if not 14 <= len(wrows) <= 18:
    bad(f"wire has {len(wrows)} sentences, want 14-18")
if not 6 <= len(body_paras) <= 8:
    bad(f"wire has {len(body_paras)} body paragraphs, want 6-8")
if not re.search(r"PA\b", wire["text"].split("\n\n")[1]):
    bad("wire byline should name PA")
quoted = {q for q in re.findall(r'"[^"]+"', wire["text"])}
if len(quoted) < 4:
    bad("wire should carry quotes")

# verbatim: all kept sentences verbatim, exactly one wire paragraph dropped, date only
for d in kinds["verbatim"]:
    rows = content(d["id"])
    if any(r["label"] != "verbatim" for r in rows):
        bad(f"{d['id']}: verbatim copy has non-verbatim sentences")
    kept = {p for r in rows for p in r["parents"]}
    dropped = [p for p in body_paras if not any(t in p and t in kept for t in wire_texts)]
    partly = [
        p
        for p in body_paras
        if any(t in p and t in kept for t in wire_texts) and not all(t in kept for t in wire_texts if t in p)
    ]
    if len(dropped) != 1 or partly:
        bad(f"{d['id']}: must drop exactly one whole wire paragraph (dropped {len(dropped)}, partly {len(partly)})")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
        bad(f"{d['id']}: verbatim must be published with a date only")

# light: 60-70 % of wire sentences, one unchanged, two own; one credited, one not
for d in kinds["light"]:
    rows = content(d["id"])
    kept = {p for r in rows for p in r["parents"]}
    share = len(kept) / len(wire_texts)
    if not 0.60 <= share <= 0.70:
        bad(f"{d['id']}: light copy keeps {share:.0%} of wire sentences")
    nv = sum(r["label"] == "verbatim" for r in rows)
    no = sum(r["label"] == "original" for r in rows)
    if nv != 1:
        bad(f"{d['id']}: light copy has {nv} unchanged sentences, want 1")
    if no != 2:
        bad(f"{d['id']}: light copy has {no} own sentences, want 2")
if sorted(d["credited"] for d in kinds["light"]) != [False, True]:
    bad("light copies: one credited and one not")

# heavy: no verbatim, 4-6 own, one uncredited with a PA photo credit only
for d in kinds["heavy"]:
    rows = content(d["id"])
    if any(r["label"] == "verbatim" for r in rows):
        bad(f"{d['id']}: heavy rewrite with verbatim sentence")
    no = sum(r["label"] == "original" for r in rows)
    if not 4 <= no <= 6:
        bad(f"{d['id']}: heavy rewrite has {no} own sentences, want 4-6")
if not any(
    not d["credited"] and any(r["role"] == "photo_credit" and "PA" in r["text"] for r in S[d["id"]])
    for d in kinds["heavy"]
):
    bad("no uncredited heavy rewrite with a PA photo credit")
for d in kinds["heavy"] + kinds["drift"] + kinds["partial"]:
    if not d["credited"] and re.search(
        r"\bPA\b|Press Association", "\n".join(r["text"] for r in S[d["id"]] if r["role"] != "photo_credit")
    ):
        bad(f"{d['id']}: uncredited but names the agency")

# partial: 3-4 derived sentences, mostly original
for d in kinds["partial"]:
    rows = content(d["id"])
    nd = sum(r["label"] in ("verbatim", "rewritten") for r in rows)
    no = sum(r["label"] == "original" for r in rows)
    if not 3 <= nd <= 4:
        bad(f"{d['id']}: partial embeds {nd} wire sentences, want 3-4")
    if no <= nd:
        bad(f"{d['id']}: partial should be mostly original")

# second generation: carries the heavy parent's own sentences
for d in kinds["second_generation"]:
    prow = S[d["parent"]]
    own_parent = {r["text"] for r in prow if r["label"] == "original"}
    used = {p for r in S[d["id"]] for p in r["parents"]}
    if len(used & own_parent) < 2:
        bad(f"{d['id']}: second generation should carry its parent's own sentences")

# hard negatives: one photo credit of the agency, one before the wire
hn = kinds["hard_negative"]
if not any(any(r["role"] == "photo_credit" and "PA" in r["text"] for r in S[d["id"]]) for d in hn):
    bad("no hard negative with a PA photo credit")
if any(d["credited"] for d in hn):
    bad("hard negatives must not be credited")

# ------------------------------------------------------------ 5-word runs
wg = grams(wire["text"])
derived = [d for d in docs if d["kind"] in ("verbatim", "light", "heavy", "drift", "partial", "second_generation")]
for d in kinds["heavy"] + hn + kinds["second_generation"] + kinds["easy_negative"]:
    shared = grams(d["text"]) & wg
    if shared:
        bad(f"{d['id']} ({d['kind']}) shares 5-word runs with the wire: {[' '.join(g) for g in sorted(shared)][:6]}")
for d in hn:
    for c in derived:
        shared = grams(d["text"]) & grams(c["text"])
        if shared:
            bad(
                f"{d['id']} (hard_negative) shares 5-word runs with {c['id']} ({c['kind']}): {[' '.join(g) for g in sorted(shared)][:6]}"
            )
    for o in hn:
        if o["id"] < d["id"]:
            shared = grams(d["text"]) & grams(o["text"])
            if shared:
                bad(
                    f"hard negatives {o['id']} and {d['id']} share 5-word runs: {[' '.join(g) for g in sorted(shared)][:6]}"
                )

# ------------------------------------------------------------ drift
dr = fam["drift"]
if len(dr) != 3:
    bad(f"drift has {len(dr)} entries, want 3")
if sorted(x["field"] for x in dr) != ["date", "name", "number"]:
    bad("drift fields should be one number, one date, one name")
dd = kinds["drift"][0]
for x in dr:
    if x["child"] != dd["id"] or x["parent"] != wire["id"]:
        bad("drift entry not from the drift document to the wire")
    if x["from"] not in x["parent_text"] or x["to"] not in x["child_text"] or x["from"] in x["child_text"]:
        bad(f"drift entry inconsistent: {x['from']} -> {x['to']}")
    if x["parent_text"] not in wire_texts:
        bad("drift parent_text not a wire sentence")
    if not any(
        r["text"] == x["child_text"] and {"field": x["field"], "from": x["from"], "to": x["to"]} in r["drift"]
        for r in S[dd["id"]]
    ):
        bad("drift entry missing from the sentence-level drift")
    if x["from"] in dd["text"]:
        bad(f"drift: original value {x['from']!r} still present somewhere in the drift document")
nsent = sum(len(r["drift"]) for did in S for r in S[did])
if nsent != len(dr):
    bad("sentence-level drift count differs from top-level drift")

# ------------------------------------------------------------ published order
wt = when(wire["published"])
early = []
for d in docs:
    p = d["published"]
    t = when(p)
    if t is None:
        if d["kind"] != "verbatim":
            bad(f"{d['id']}: date-only published outside the verbatim copy")
        if date.fromisoformat(p) < wt.date():
            bad(f"{d['id']}: published before the wire's date")
        continue
    if t.tzinfo is None:
        bad(f"{d['id']}: published without offset")
    if d["kind"] == "wire" or d["kind"] == "easy_negative":
        continue
    if t < wt:
        early.append(d)
    if d["parent"]:
        pt = when(by_id[d["parent"]]["published"])
        if t <= pt:
            bad(f"{d['id']}: published before its parent {d['parent']}")
if [d["kind"] for d in early] != ["hard_negative"]:
    bad(f"exactly one hard negative should precede the wire, got {[d['id'] for d in early]}")

# ------------------------------------------------------------ family.json is what build.py writes
sys.path.insert(0, str(HERE))
import build  # noqa: E402

if build.build() != fam:
    bad("family.json is stale: run build.py")

for v in V:
    print("VIOLATION:", v)
print(f"{len(V)} violation(s); {len(docs)} documents, {sum(len(v) for v in S.values())} sentences")
sys.exit(1 if V else 0)
