#!/usr/bin/env python3
"""Verify family.json of a reuse family (stdlib only).

    python3 check.py [family.json]

Checks: document fields and kinds; sentences cover each text exactly and in order; labels/roles; parents
exist as sentences of the document's parent; verbatim == parent after normalising quotes, apostrophes and
whitespace; rewritten != parent; heavy rewrites share no 5-word run (lowercased \\w+ tokens) with the wire;
hard negatives share none with any other document;
the second generation takes no 5-word run from the wire that its heavy parent lacks; drift entries consistent; publication order; credits;
per-kind shape (light 60-70% kept / 1 unchanged / 2 own, heavy covers every wire sentence with 4-6 own, ...).
Exit status 0 when everything passes.
"""

import collections
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("family.json")
fam = json.loads(path.read_text(encoding="utf-8"))
errors, notes = [], []


def err(msg):
    errors.append(msg)


QUOTES = str.maketrans(
    {
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
    }
)


def norm(s):
    return re.sub(r"\s+", " ", s.translate(QUOTES)).strip()


def toks(s):
    return re.findall(r"\w+", s.lower())


def grams(s, n=5):
    t = toks(s)
    return {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}


KINDS = {
    "wire",
    "verbatim",
    "light",
    "drift",
    "heavy",
    "partial",
    "second_generation",
    "translation",
    "hard_negative",
    "easy_negative",
}
LABELS = {"original", "verbatim", "rewritten", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "crosshead", "footer"}
NEG = {"hard_negative", "easy_negative"}

docs = {d["id"]: d for d in fam["documents"]}
sents = fam["sentences"]
if len(docs) != len(fam["documents"]):
    err("duplicate document ids")
wires = [i for i, d in docs.items() if d["kind"] == "wire"]
if len(wires) != 1:
    err(f"expected one wire, found {wires}")
WIRE = wires[0] if wires else None


def when(d):
    p = d["published"]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return None, date.fromisoformat(p)
    t = datetime.fromisoformat(p)
    return t, t.date()


# ---------------------------------------------------------------- per-document checks
for i, d in docs.items():
    for k in ("id", "text", "language", "outlet", "published", "url", "title", "kind"):
        if not d.get(k):
            err(f"{i}: missing {k}")
    if d["kind"] not in KINDS:
        err(f"{i}: unknown kind {d['kind']}")
    if not re.match(r"https://[a-z0-9.-]+\.example/", d["url"]):
        err(f"{i}: url not on .example: {d['url']}")
    if not d["text"].startswith(d["title"]):
        err(f"{i}: text does not start with the title")
    p = d["published"]
    if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) or re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00", p)):
        err(f"{i}: published {p!r} is neither a date nor a +01:00/+02:00 timestamp")
    if i not in sents:
        err(f"{i}: no sentences")
        continue
    # coverage
    T, pos = d["text"], 0
    for s in sents[i]:
        if not s["text"] or s["text"] != s["text"].strip():
            err(f"{i}: empty or unstripped sentence {s['text']!r}")
        j = T.find(s["text"], pos)
        if j < 0:
            err(f"{i}: sentence not found in order: {s['text'][:60]!r}")
            break
        if T[pos:j].strip():
            err(f"{i}: uncovered text {T[pos:j]!r}")
        pos = j + len(s["text"])
    else:
        if T[pos:].strip():
            err(f"{i}: uncovered tail {T[pos:]!r}")
    # labels
    par = d.get("parent")
    ptexts = [s["text"] for s in sents.get(par, [])] if par else []
    for s in sents[i]:
        lab = s["label"]
        if lab not in LABELS:
            err(f"{i}: bad label {lab}")
        if lab == "boilerplate":
            if s.get("role") not in ROLES:
                err(f"{i}: boilerplate without valid role: {s['text'][:50]!r}")
        elif "role" in s:
            err(f"{i}: role on non-boilerplate sentence")
        if lab in ("verbatim", "rewritten"):
            if not par:
                err(f"{i}: reused sentence in a document without parent")
            if not s.get("parents"):
                err(f"{i}: reused sentence without parents: {s['text'][:50]!r}")
            for x in s.get("parents", []):
                if x not in ptexts:
                    err(f"{i}: parent sentence not in {par}: {x[:60]!r}")
            if lab == "verbatim" and not any(norm(s["text"]) == norm(x) for x in s.get("parents", [])):
                err(f"{i}: verbatim sentence differs from its parent: {s['text'][:60]!r}")
            if lab == "rewritten" and any(norm(s["text"]) == norm(x) for x in s.get("parents", [])):
                err(f"{i}: 'rewritten' sentence equals its parent: {s['text'][:60]!r}")
        elif s.get("parents"):
            err(f"{i}: parents on a {lab} sentence")
        if s.get("drift") and d["kind"] != "drift":
            err(f"{i}: drift flag outside the drift document")
    # parent / kind consistency
    if d["kind"] in NEG | {"wire"}:
        if d.get("parent") is not None:
            err(f"{i}: {d['kind']} must have parent null")
        if any(s["label"] in ("verbatim", "rewritten") for s in sents[i]):
            err(f"{i}: {d['kind']} has reused sentences")
    else:
        if par not in docs:
            err(f"{i}: parent {par} missing")
        if "credited" not in d:
            err(f"{i}: derived document without 'credited'")
        if d.get("credited"):
            if not d.get("credit_text") or d["credit_text"] not in d["text"]:
                err(f"{i}: credit_text not in text")
        elif d.get("credit_text"):
            err(f"{i}: credit_text on an uncredited document")

# ---------------------------------------------------------------- publication order
for i, d in docs.items():
    par = d.get("parent")
    if not par or par not in docs:
        continue
    (ct, cd), (pt, pd) = when(d), when(docs[par])
    ok = ct > pt if (ct and pt) else cd >= pd
    if not ok:
        err(f"{i}: published {d['published']} not after parent {par} ({docs[par]['published']})")
hn = [i for i, d in docs.items() if d["kind"] == "hard_negative"]
if WIRE:
    wt = when(docs[WIRE])[0]
    before = [i for i in hn if when(docs[i])[0] and when(docs[i])[0] < wt]
    if not before:
        err("no hard negative published before the wire")

# ---------------------------------------------------------------- 5-word runs
G = {i: grams(d["text"]) for i, d in docs.items()}
for i, d in docs.items():
    if d["kind"] == "heavy":
        shared = G[i] & G[WIRE]
        if shared:
            err(
                f"{i} (heavy) shares {len(shared)} 5-word runs with the wire: {[' '.join(g) for g in sorted(shared)[:5]]}"
            )
for i, d in docs.items():
    if d["kind"] == "second_generation":
        extra = (G[i] & G[WIRE]) - G[d["parent"]]
        if extra:
            err(
                f"{i} (second generation) takes 5-word runs from the wire that its parent lacks: "
                f"{[' '.join(g) for g in sorted(extra)[:5]]}"
            )
for i in hn:
    for j in docs:
        if j == i:
            continue
        shared = G[i] & G[j]
        if shared:
            err(
                f"{i} (hard_negative) shares {len(shared)} 5-word runs with {j}: {[' '.join(g) for g in sorted(shared)[:6]]}"
            )

# ---------------------------------------------------------------- kind-specific shape
W_SENTS = [s["text"] for s in sents[WIRE] if s["label"] != "boilerplate"] if WIRE else []
if not 14 <= len(W_SENTS) <= 18:
    err(f"wire has {len(W_SENTS)} sentences (want 14-18)")
if WIRE and not any(s.get("role") == "dateline" for s in sents[WIRE]):
    err("wire without dateline")


def count(i, label):
    return sum(1 for s in sents[i] if s["label"] == label)


def used(i):
    return {x for s in sents[i] for x in s.get("parents", [])}


for i, d in docs.items():
    k, S = d["kind"], sents.get(i, [])
    roles = [s.get("role") for s in S]
    if k != "wire" and "dateline" in roles:
        err(f"{i}: dateline outside the wire")
    if k == "verbatim":
        if d["parent"] != WIRE or count(i, "rewritten") or count(i, "original"):
            err(f"{i}: verbatim copy must hold only verbatim wire sentences and boilerplate")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
            err(f"{i}: verbatim copy must be published with a date only")
        dropped = [p for p in W_SENTS if p not in used(i)]
        if not dropped:
            err(f"{i}: verbatim copy drops no paragraph")
        if "credit" not in roles:
            err(f"{i}: verbatim copy without credit line")
        notes.append(f"{i}: verbatim keeps {len(used(i))}/{len(W_SENTS)} wire sentences")
    if k == "light":
        share = len(used(i)) / len(W_SENTS)
        if not 0.6 <= share <= 0.7 + 1e-9:
            err(f"{i}: light copy keeps {share:.0%} of the wire sentences")
        if count(i, "verbatim") != 1:
            err(f"{i}: light copy has {count(i, 'verbatim')} unchanged sentences (want 1)")
        if count(i, "original") != 2:
            err(f"{i}: light copy has {count(i, 'original')} own sentences (want 2)")
        notes.append(f"{i}: light keeps {len(used(i))}/{len(W_SENTS)} = {share:.0%}, credited={d['credited']}")
    if k == "heavy":
        if count(i, "verbatim"):
            err(f"{i}: heavy rewrite with verbatim sentences")
        if not 4 <= count(i, "original") <= 6:
            err(f"{i}: heavy rewrite has {count(i, 'original')} own sentences (want 4-6)")
        missing = [p for p in W_SENTS if p not in used(i)]
        if missing:
            err(f"{i}: heavy rewrite leaves wire sentences out: {[m[:40] for m in missing]}")
    if k == "drift" and len(used(i)) != len(W_SENTS):
        err(f"{i}: drift copy does not rewrite every wire sentence")
    if k == "partial":
        r = count(i, "rewritten") + count(i, "verbatim")
        if not 3 <= r <= 4 or count(i, "original") <= r:
            err(f"{i}: partial has {r} reused and {count(i, 'original')} own sentences")
    if k == "second_generation":
        if docs[d["parent"]]["kind"] != "heavy":
            err(f"{i}: second generation not derived from a heavy rewrite")
        own_of_parent = {s["text"] for s in sents[d["parent"]] if s["label"] == "original"}
        if not used(i) & own_of_parent:
            err(f"{i}: second generation carries none of its parent's own sentences")
    if k == "translation" and d["language"] == docs[WIRE]["language"]:
        err(f"{i}: translation in the wire's language")
    if k != "translation" and d["language"] != "es":
        err(f"{i}: language {d['language']}")
    if "photo_credit" in roles and d.get("credited") and d.get("credit_text", "").startswith("Foto"):
        err(f"{i}: photo credit counted as a credit")

foto = [i for i, d in docs.items() if "Foto: EFE" in d["text"]]
for kind in ("heavy", "hard_negative"):
    if not any(docs[i]["kind"] == kind for i in foto):
        err(f"no {kind} carries 'Foto: EFE'")

# ---------------------------------------------------------------- drift entries
DR = fam.get("drift", [])
flagged = {(i, s["text"]) for i, S in sents.items() for s in S if s.get("drift")}
if len(DR) != 3 or len(flagged) != 3:
    err(f"want exactly 3 drift entries and 3 flagged sentences, got {len(DR)} / {len(flagged)}")
for e in DR:
    c, p = e["child"], e["parent"]
    if docs.get(c, {}).get("kind") != "drift" or docs[c].get("parent") != p:
        err(f"drift entry child/parent mismatch {c} {p}")
        continue
    cs = [s for s in sents[c] if s["text"] == e["child_text"]]
    if len(cs) != 1 or not cs[0].get("drift") or e["parent_text"] not in cs[0].get("parents", []):
        err(f"drift child_text not a flagged sentence with that parent: {e['child_text'][:60]!r}")
    if e["parent_text"] not in [s["text"] for s in sents[p]]:
        err(f"drift parent_text not in {p}")
    if e["from"] not in e["parent_text"] or e["from"] in e["child_text"]:
        err(f"drift 'from' {e['from']!r} inconsistent")
    if e["to"] not in e["child_text"] or e["to"] in e["parent_text"]:
        err(f"drift 'to' {e['to']!r} inconsistent")
    # everything but the changed fact is a light rewrite: the changed value must not reappear anywhere in the child
    if e["from"] in docs[c]["text"]:
        err(f"drift 'from' {e['from']!r} still appears in {c}")
    if (c, e["child_text"]) not in flagged:
        err("drift entry for an unflagged sentence")
fields = collections.Counter(e["field"] for e in DR)
if not ({"number", "date"} <= set(fields) and set(fields) & {"name", "quote"}):
    err(f"drift fields should be a number, a name or quote word, and a date: {dict(fields)}")

# ---------------------------------------------------------------- report
kinds = collections.Counter(d["kind"] for d in docs.values())
labels = collections.Counter(s["label"] for S in sents.values() for s in S)
print(
    f"family {fam['family']}: {len(docs)} documents, {sum(len(S) for S in sents.values())} sentences, "
    f"{len(DR)} drift entries"
)
print("kinds:", dict(sorted(kinds.items())))
print("labels:", dict(sorted(labels.items())))
for n in notes:
    print("  " + n)
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: coverage, parents, verbatim, 5-word runs (heavy vs wire, hard negatives vs all), drift, order, credits")
