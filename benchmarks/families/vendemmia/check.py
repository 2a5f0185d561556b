#!/usr/bin/env python3
"""Consistency checks for a reuse-family file (python3, standard library only).

usage: python3 check.py [path/to/family.json]

Checks
  1. coverage   - every document's sentences occur in its text in order and,
                  together, cover it (only whitespace is left between them);
  2. parents    - every parent reference is the exact text of a sentence of the
                  document's `parent`; labels, roles and parents are consistent;
  3. verbatim   - every verbatim sentence equals its parent after normalising
                  quotes, apostrophes and whitespace;
  4. 5-grams    - the heavy rewrite shares no run of 5 words with the wire, and
                  every hard negative shares none with the wire or with any
                  derived document (case-folded, punctuation stripped; checked
                  under two tokenisations: punctuation as a separator, and
                  punctuation deleted);
  5. metadata   - ids, kinds, parents, credits, dates, drift entries and the
                  per-kind shape rules of the shared README.
Exit status 0 when everything passes, 1 otherwise.
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "family.json")

QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
}
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
KINDS = {
    "wire",
    "verbatim",
    "light",
    "heavy",
    "drift",
    "partial",
    "second_generation",
    "translation",
    "hard_negative",
    "easy_negative",
}
DERIVED = KINDS - {"wire", "hard_negative", "easy_negative"}
N = 5

failures = []
report = []


def fail(section, msg):
    failures.append((section, msg))


def norm_quotes(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def tokens_split(s):
    """case-fold; punctuation (incl. apostrophes, decimal points) separates words"""
    return re.findall(r"[^\W_]+", norm_quotes(s).casefold())


def tokens_strip(s):
    """case-fold; punctuation deleted, words split on whitespace"""
    s = norm_quotes(s).casefold()
    s = "".join(c for c in s if c.isalnum() or c.isspace())
    return s.split()


def ngrams(toks, n=N):
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def main():
    with open(PATH, encoding="utf-8") as fh:
        fam = json.load(fh)
    family = fam["family"]
    docs = {d["id"]: d for d in fam["documents"]}
    sents = fam["sentences"]
    by_kind = {}
    for d in fam["documents"]:
        by_kind.setdefault(d["kind"], []).append(d["id"])

    # ------------------------------------------------------------ 5. metadata
    sec = "metadata"
    keys_derived = [
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
    ]
    keys_root = keys_derived[:8]
    if set(fam) != {"family", "documents", "sentences", "drift"}:
        fail(sec, f"top-level keys {sorted(fam)}")
    for i, d in enumerate(fam["documents"]):
        want = f"{family}_d{i + 1:02d}"
        if d["id"] != want:
            fail(sec, f"document #{i + 1} has id {d['id']}, expected {want}")
        if d["kind"] not in KINDS:
            fail(sec, f"{d['id']}: unknown kind {d['kind']}")
        exp = keys_derived if d["kind"] in DERIVED else keys_root
        if list(d) != exp:
            fail(sec, f"{d['id']}: keys {list(d)} != {exp}")
        if d["id"] not in sents:
            fail(sec, f"{d['id']}: no sentence list")
        if not re.match(r"https://[a-z0-9.-]+\.example/", d["url"]):
            fail(sec, f"{d['id']}: url not on .example: {d['url']}")
        if d["kind"] in DERIVED:
            if d["parent"] not in docs:
                fail(sec, f"{d['id']}: parent {d['parent']} missing")
            if not isinstance(d["credited"], bool):
                fail(sec, f"{d['id']}: credited must be true/false")
            if d["credited"] and (not d["credit_text"] or d["credit_text"] not in d["text"]):
                fail(sec, f"{d['id']}: credit_text {d['credit_text']!r} not in text")
            if not d["credited"] and d["credit_text"] is not None:
                fail(sec, f"{d['id']}: uncredited but credit_text set")
        first = sents.get(d["id"], [{}])[0]
        if first.get("role") != "headline" or first.get("text") != d["title"]:
            fail(sec, f"{d['id']}: first sentence is not the headline/title")
    if set(sents) != set(docs):
        fail(sec, "sentence keys differ from document ids")
    wire = by_kind.get("wire", [])
    if len(wire) != 1:
        fail(sec, f"expected one wire, found {wire}")
    wire_id = wire[0]
    wire_pub = docs[wire_id]["published"]
    full_dt = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$")
    for d in fam["documents"]:
        if d["kind"] == "verbatim":
            if d["published"] != wire_pub[:10]:
                fail(sec, f"{d['id']}: verbatim copy should carry the date only")
        else:
            if not full_dt.match(d["published"]):
                fail(sec, f"{d['id']}: published {d['published']} not ISO with +02:00")
            elif d["id"] != wire_id and d["published"] <= wire_pub:
                fail(sec, f"{d['id']}: published before the wire")
    for k in DERIVED:
        for did in by_kind.get(k, []):
            exp_parent = by_kind["heavy"][0] if k == "second_generation" else wire_id
            if docs[did]["parent"] != exp_parent:
                fail(sec, f"{did}: parent {docs[did]['parent']}, expected {exp_parent}")
            if docs[did]["kind"] != "verbatim" and docs[exp_parent]["published"] > docs[did]["published"]:
                fail(sec, f"{did}: published before its parent")
    counts = Counter(d["kind"] for d in fam["documents"])
    report.append("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))

    # ---------------------------------------------------------- 1. coverage
    sec = "coverage"
    for did, d in docs.items():
        text, pos, rest = d["text"], 0, []
        for j, s in enumerate(sents.get(did, [])):
            k = text.find(s["text"], pos)
            if k < 0:
                fail(sec, f"{did} #{j}: not found in order: {s['text'][:70]!r}")
                continue
            rest.append(text[pos:k])
            pos = k + len(s["text"])
        rest.append(text[pos:])
        left = "".join(rest)
        if left.strip():
            fail(sec, f"{did}: text not covered by sentences: {left.strip()[:80]!r}")

    # ---------------------------------------------------------- 2. parents
    sec = "parents"
    for did, lst in sents.items():
        d = docs[did]
        ptexts = set(s["text"] for s in sents.get(d.get("parent"), []))
        for j, s in enumerate(lst):
            lab = s.get("label")
            if lab not in LABELS:
                fail(sec, f"{did} #{j}: bad label {lab}")
            extra = set(s) - {"text", "label", "parents", "role", "drift"}
            if extra:
                fail(sec, f"{did} #{j}: unexpected keys {extra}")
            if lab == "boilerplate" and not s.get("role"):
                fail(sec, f"{did} #{j}: boilerplate without role")
            if lab != "boilerplate" and "role" in s:
                fail(sec, f"{did} #{j}: role on non-boilerplate")
            if lab in ("verbatim", "rewritten"):
                if d["kind"] not in DERIVED:
                    fail(sec, f"{did} #{j}: {lab} sentence in a {d['kind']} document")
                if not s.get("parents"):
                    fail(sec, f"{did} #{j}: {lab} without parents")
                for p in s.get("parents", []):
                    if p not in ptexts:
                        fail(sec, f"{did} #{j}: parent not a sentence of {d.get('parent')}: {p[:70]!r}")
            elif "parents" in s:
                fail(sec, f"{did} #{j}: parents on a {lab} sentence")
            if s.get("drift") and d["kind"] != "drift":
                fail(sec, f"{did} #{j}: drift flag outside the drift document")
            if lab == "verbatim" and len(s.get("parents", [])) != 1:
                fail(sec, f"{did} #{j}: verbatim with {len(s.get('parents', []))} parents")

    # ---------------------------------------------------------- 3. verbatim
    sec = "verbatim"
    nverb = 0
    for did, lst in sents.items():
        for j, s in enumerate(lst):
            if s.get("label") == "verbatim":
                nverb += 1
                if norm_quotes(s["text"]) != norm_quotes(s["parents"][0]):
                    fail(sec, f"{did} #{j}: differs from its parent: {s['text'][:70]!r}")
            if (
                s.get("label") == "rewritten"
                and len(s.get("parents", [])) == 1
                and norm_quotes(s["text"]) == norm_quotes(s["parents"][0])
            ):
                fail(sec, f"{did} #{j}: labelled rewritten but equal to its parent")
    report.append(f"verbatim sentences checked: {nverb}")

    # ---------------------------------------------------------- 4. 5-grams
    sec = "5-grams"
    derived_ids = [d for d in docs if docs[d]["kind"] in DERIVED]
    pairs = [(h, wire_id) for h in by_kind.get("heavy", [])]
    for hn in by_kind.get("hard_negative", []):
        pairs += [(hn, wire_id)] + [(hn, c) for c in derived_ids]
    for tok_name, tok in (("split", tokens_split), ("strip", tokens_strip)):
        grams = {did: ngrams(tok(docs[did]["text"])) for did in docs}
        for a, b in pairs:
            shared = grams[a] & grams[b]
            if shared:
                ex = "; ".join(" ".join(g) for g in sorted(shared)[:4])
                fail(
                    sec,
                    f"[{tok_name}] {a} ({docs[a]['kind']}) shares {len(shared)} {N}-gram(s) "
                    f"with {b} ({docs[b]['kind']}): {ex}",
                )
    report.append(f"5-gram pairs checked: {len(pairs)} x 2 tokenisations")

    # ---------------------------------------------------------- 5b. shape rules
    sec = "shape"
    wire_s = sents[wire_id]
    wire_body = [s["text"] for s in wire_s if s["label"] != "boilerplate"]
    if not 14 <= len(wire_body) <= 17:
        fail(sec, f"wire has {len(wire_body)} body sentences")
    if any(s["label"] not in ("original", "boilerplate") for s in wire_s):
        fail(sec, "wire sentences must be original/boilerplate")
    npara = len([p for p in docs[wire_id]["text"].split("\n\n")]) - 1
    if not 4 <= npara <= 6:
        fail(sec, f"wire has {npara} body paragraphs")
    dateline = next((s["text"] for s in wire_s if s.get("role") == "dateline"), None)
    if not dateline or not re.match(r"^[A-Z]+, \d+ [A-Z]{3} \(ANSA\) -$", dateline):
        fail(sec, f"wire dateline {dateline!r}")
    wire_paras = [p for p in docs[wire_id]["text"].split("\n\n")[1:]]

    def used(did):
        return {p for s in sents[did] for p in s.get("parents", [])}

    def body_labels(did):
        return Counter(s["label"] for s in sents[did] if s["label"] != "boilerplate")

    fonte = 0
    for did in by_kind.get("verbatim", []):
        lab = body_labels(did)
        if set(lab) != {"verbatim"}:
            fail(sec, f"{did}: verbatim copy has non-verbatim body sentences {dict(lab)}")
        if dateline and dateline in docs[did]["text"]:
            fail(sec, f"{did}: dateline not removed")
        kept = used(did)
        dropped = [i for i, p in enumerate(wire_paras) if not any(w in kept for w in wire_body if w in p)]
        partly = [
            i
            for i, p in enumerate(wire_paras)
            if any(w in kept for w in wire_body if w in p) and not all(w in kept for w in wire_body if w in p)
        ]
        if len(dropped) != 1 or partly:
            fail(sec, f"{did}: should drop exactly one whole paragraph (dropped {dropped}, partly {partly})")
        if "Fonte: ANSA" in docs[did]["text"]:
            fonte += 1
    if by_kind.get("verbatim") and fonte != 1:
        fail(sec, f"'Fonte: ANSA' in {fonte} verbatim copies, expected 1")
    for did in by_kind.get("light", []):
        lab = body_labels(did)
        share = len(used(did)) / len(wire_body)
        if not 0.6 <= share <= 0.7 or lab["verbatim"] != 1 or lab["original"] != 2:
            fail(sec, f"{did}: light copy keeps {share:.0%}, labels {dict(lab)}")
    for did in by_kind.get("heavy", []):
        lab = body_labels(did)
        if lab["verbatim"] or not 4 <= lab["original"] <= 6:
            fail(sec, f"{did}: heavy labels {dict(lab)}")
        if docs[did]["credited"]:
            fail(sec, f"{did}: heavy should not be credited (photo credit only)")
        if not any(s.get("role") == "photo_credit" for s in sents[did]):
            fail(sec, f"{did}: heavy lacks its photo credit line")
    for did in by_kind.get("partial", []):
        lab = body_labels(did)
        if not 3 <= lab["rewritten"] + lab["verbatim"] <= 4 or lab["original"] <= lab["rewritten"]:
            fail(sec, f"{did}: partial labels {dict(lab)}")
    for did in by_kind.get("second_generation", []):
        heavy_own = {s["text"] for s in sents[docs[did]["parent"]] if s["label"] == "original"}
        if not used(did) & heavy_own:
            fail(sec, f"{did}: copies none of the heavy article's own sentences")
    photo = []
    for did in by_kind.get("hard_negative", []):
        roles = [s.get("role") for s in sents[did]]
        if "photo_credit" in roles:
            photo.append(did)
        if "credit" in roles:
            fail(sec, f"{did}: hard negative with a text credit")
    if len(by_kind.get("hard_negative", [])) != 3 or len(photo) != 2:
        fail(sec, f"hard negatives {by_kind.get('hard_negative')}, with photo credit {photo}")
    # drift
    dr = fam["drift"]
    for did in by_kind.get("drift", []):
        mine = [e for e in dr if e["child"] == did]
        flagged = [s for s in sents[did] if s.get("drift")]
        if len(mine) != 3 or len(flagged) != 3:
            fail(sec, f"{did}: {len(mine)} drift entries, {len(flagged)} flagged sentences (want 3)")
        if sorted(e["field"] for e in mine) != ["date", "name", "number"] and len(mine) == 3:
            report.append(f"note: drift fields {[e['field'] for e in mine]}")
    for e in dr:
        if set(e) != {"child", "parent", "parent_text", "child_text", "field", "from", "to"}:
            fail(sec, f"drift entry keys {sorted(e)}")
            continue
        child = next((s for s in sents.get(e["child"], []) if s["text"] == e["child_text"]), None)
        if child is None or not child.get("drift"):
            fail(sec, f"drift child_text not a drift-flagged sentence of {e['child']}")
        elif e["parent_text"] not in child.get("parents", []):
            fail(sec, "drift parent_text not among the child sentence's parents")
        if e["parent"] != docs.get(e["child"], {}).get("parent"):
            fail(sec, "drift parent is not the child's parent document")
        if (
            e["from"] not in e["parent_text"]
            or e["to"] not in e["child_text"]
            or e["to"] in e["parent_text"]
            or e["from"] in e["child_text"]
        ):
            fail(sec, f"drift {e['field']}: from/to not where expected")

    # ---------------------------------------------------------- report
    for line in report:
        print(line)
    for section in ("metadata", "coverage", "parents", "verbatim", "5-grams", "shape"):
        errs = [m for s, m in failures if s == section]
        print(f"{section:9s} {'OK' if not errs else f'FAIL ({len(errs)})'}")
        for m in errs:
            print("   -", m)
    print("ALL CHECKS PASSED" if not failures else f"{len(failures)} problem(s)")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
