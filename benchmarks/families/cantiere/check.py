#!/usr/bin/env python3
"""Consistency checker for the `cantiere` reuse family (standard library only).

Usage: python3 check.py [path/to/family.json]

Checks
  1. sentences of each document are found, in order, in its text and cover it
     (nothing but whitespace is left between or around them);
  2. every parent reference of a sentence is the text of an existing sentence of
     the document's parent; every document parent exists;
  3. `verbatim` sentences equal their (single) parent after normalising quotes,
     apostrophes and whitespace;
  4. the heavy rewrite shares no run of 5 words with the wire, and each hard
     negative shares none with the wire or with any derived document
     (case-folded, punctuation stripped, runs taken over the whole text);
  5. structural conventions: ids, kinds, labels/roles, credits, titles, drift
     entries, dates, light-copy ratios, partial and heavy counts.
Exit status 0 when every check passes, 1 otherwise.
"""

import json
import os
import re
import sys

N = 5
QUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'", "´": "'"}
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
LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer", "crosshead"}
DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+02:00$")

errors = []


def err(msg):
    errors.append(msg)


def norm_quotes(s):
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    s = norm_quotes(s).casefold()
    s = re.sub(r"(?<=\d)[.,](?=\d)", "", s)  # 9.312 -> 9312, 6,8 -> 68
    return [t for t in re.split(r"[\W_]+", s) if t]


def ngrams(s, n=N):
    t = tokens(s)
    return {tuple(t[i : i + n]) for i in range(len(t) - n + 1)}


def shared_runs(a, b, n=N):
    return sorted(" ".join(g) for g in ngrams(a, n) & ngrams(b, n))


def main(path):
    with open(path, encoding="utf-8") as f:
        fam = json.load(f)
    name = fam["family"]
    docs = {d["id"]: d for d in fam["documents"]}
    sents = fam["sentences"]
    print(
        f"family {name}: {len(docs)} documents, "
        f"{sum(len(v) for v in sents.values())} sentences, {len(fam['drift'])} drift entries"
    )

    # ---- ids, kinds, metadata
    if len(docs) != len(fam["documents"]):
        err("duplicate document ids")
    if set(docs) != set(sents):
        err(f"documents/sentences id mismatch: {set(docs) ^ set(sents)}")
    wires = [d for d in docs.values() if d["kind"] == "wire"]
    if len(wires) != 1:
        err(f"expected one wire, found {len(wires)}")
    wire = wires[0]
    for d in docs.values():
        if not re.fullmatch(rf"{name}_d\d\d", d["id"]):
            err(f"{d['id']}: bad id")
        if d["kind"] not in KINDS:
            err(f"{d['id']}: unknown kind {d['kind']}")
        if ".example/" not in d["url"]:
            err(f"{d['id']}: url not on .example")
        derived = d["kind"] not in ("wire", "hard_negative", "easy_negative")
        if derived:
            if d.get("parent") not in docs:
                err(f"{d['id']}: parent {d.get('parent')} missing")
            if not isinstance(d.get("credited"), bool):
                err(f"{d['id']}: credited must be true/false")
            if d.get("credited") and (not d.get("credit_text") or d["credit_text"] not in d["text"]):
                err(f"{d['id']}: credit_text not in text")
            if not d.get("credited") and d.get("credit_text") is not None:
                err(f"{d['id']}: credit_text set but not credited")
        else:
            for k in ("parent", "credited", "credit_text"):
                if d.get(k) is not None:
                    err(f"{d['id']}: {k} must be null/absent for {d['kind']}")
        if d["kind"] == "verbatim":
            if not DATE_ONLY.match(d["published"]):
                err(f"{d['id']}: verbatim copy must carry a date only")
        elif not DATETIME.match(d["published"]):
            err(f"{d['id']}: published not ISO with +02:00")
        elif d is not wire and d["published"] <= wire["published"]:
            err(f"{d['id']}: published before the wire")
        if d["kind"] == "heavy" and d.get("credited"):
            err(f"{d['id']}: photo credit is not a text credit")

    # ---- sentences: coverage, labels, parents, verbatim
    for did, d in docs.items():
        text, pos, rest = d["text"], 0, []
        ss = sents[did]
        if ss and (ss[0]["label"], ss[0].get("role")) != ("boilerplate", "headline"):
            err(f"{did}: first sentence is not the headline")
        elif ss and ss[0]["text"] != d["title"]:
            err(f"{did}: title differs from headline sentence")
        for i, s in enumerate(ss):
            j = text.find(s["text"], pos)
            if j < 0:
                err(f"{did}[{i}]: not found in order: {s['text'][:70]!r}")
                continue
            rest.append(text[pos:j])
            pos = j + len(s["text"])
            lab = s["label"]
            if lab not in LABELS:
                err(f"{did}[{i}]: bad label {lab}")
            if lab == "boilerplate":
                if s.get("role") not in ROLES:
                    err(f"{did}[{i}]: boilerplate without valid role")
            elif "role" in s:
                err(f"{did}[{i}]: role on non-boilerplate sentence")
            if lab in ("verbatim", "rewritten"):
                ps = s.get("parents") or []
                if not ps:
                    err(f"{did}[{i}]: {lab} sentence without parents")
                pdoc = d.get("parent")
                ptexts = [p["text"] for p in sents.get(pdoc, [])]
                for p in ps:
                    if p not in ptexts:
                        err(f"{did}[{i}]: parent not a sentence of {pdoc}: {p[:70]!r}")
                if lab == "verbatim":
                    if len(ps) != 1:
                        err(f"{did}[{i}]: verbatim sentence must have exactly one parent")
                    elif norm_quotes(s["text"]) != norm_quotes(ps[0]):
                        err(f"{did}[{i}]: verbatim differs from parent after normalising")
            elif "parents" in s:
                err(f"{did}[{i}]: parents on {lab} sentence")
            if s.get("drift") and d["kind"] != "drift":
                err(f"{did}[{i}]: drift flag outside the drift copy")
        rest.append(text[pos:])
        leftover = "".join(rest)
        if leftover.strip():
            err(f"{did}: text not covered by sentences: {leftover.strip()[:80]!r}")

    # ---- drift entries
    flagged = {(did, s["text"]) for did, ss in sents.items() for s in ss if s.get("drift")}
    listed = set()
    for e in fam["drift"]:
        c, p = e["child"], e["parent"]
        listed.add((c, e["child_text"]))
        if docs.get(c, {}).get("parent") != p:
            err(f"drift {e['field']}: parent {p} is not the parent of {c}")
        if e["child_text"] not in [s["text"] for s in sents.get(c, [])]:
            err(f"drift {e['field']}: child_text not a sentence of {c}")
        if e["parent_text"] not in [s["text"] for s in sents.get(p, [])]:
            err(f"drift {e['field']}: parent_text not a sentence of {p}")
        if e["from"] not in e["parent_text"] or e["to"] not in e["child_text"]:
            err(f"drift {e['field']}: from/to not in the sentences")
        if e["from"] in e["child_text"]:
            err(f"drift {e['field']}: old value still in child sentence")
        if e["field"] not in ("number", "date", "name"):
            err(f"drift: unexpected field {e['field']}")
        cs = [s for s in sents.get(c, []) if s["text"] == e["child_text"]]
        if cs and e["parent_text"] not in cs[0].get("parents", []):
            err(f"drift {e['field']}: parent_text not among the child sentence's parents")
    if flagged != listed:
        err(f"drift flags and drift entries differ: {flagged ^ listed}")
    if len(fam["drift"]) != 3:
        err(f"expected 3 drift entries, found {len(fam['drift'])}")

    # ---- per-kind shape
    wire_body = [s["text"] for s in sents[wire["id"]] if s["label"] != "boilerplate"]
    for did, d in sorted(docs.items()):
        ss = sents[did]
        lab = [s["label"] for s in ss]
        reused = {p for s in ss for p in s.get("parents", [])}
        own = lab.count("original")
        info = f"{did} {d['kind']:<17}"
        if d["kind"] == "light":
            ratio = len(reused & set(wire_body)) / len(wire_body)
            print(
                f"  {info} wire sentences reused {len(reused & set(wire_body))}/{len(wire_body)} "
                f"= {ratio:.0%}, verbatim {lab.count('verbatim')}, own {own}"
            )
            if not 0.6 <= ratio <= 0.7 or lab.count("verbatim") != 1 or own != 2:
                err(f"{did}: light copy shape (60-70% kept, 1 unchanged, 2 own) not met")
        elif d["kind"] == "heavy":
            print(f"  {info} reused {len(reused)}, verbatim {lab.count('verbatim')}, own {own}")
            if lab.count("verbatim") or not 4 <= own <= 6:
                err(f"{did}: heavy shape (no verbatim, 4-6 own) not met")
        elif d["kind"] == "partial":
            n_re = lab.count("rewritten") + lab.count("verbatim")
            print(f"  {info} rewritten wire sentences {n_re}, own {own}")
            if not 3 <= n_re <= 4 or own <= n_re:
                err(f"{did}: partial shape (3-4 rewritten, mostly own) not met")
        elif d["kind"] == "verbatim":
            kept = len(reused)
            print(
                f"  {info} kept {kept}/{len(wire_body)} wire sentences, all verbatim: "
                f"{set(x for x in lab if x != 'boilerplate') == {'verbatim'}}"
            )
            if set(x for x in lab if x != "boilerplate") != {"verbatim"}:
                err(f"{did}: verbatim copy has non-verbatim sentences")
            if "dateline" in [s.get("role") for s in ss]:
                err(f"{did}: verbatim copy keeps the dateline")

    # ---- 5-word runs
    derived = [d for d in docs.values() if d.get("parent")]
    for d in docs.values():
        if d["kind"] == "heavy":
            runs = shared_runs(d["text"], wire["text"])
            print(f"  {d['id']} heavy vs wire: {len(runs)} shared {N}-word runs")
            for r in runs:
                err(f"{d['id']} (heavy) shares with wire: {r!r}")
        if d["kind"] == "hard_negative":
            total = 0
            for o in [wire, *derived]:
                runs = shared_runs(d["text"], o["text"])
                total += len(runs)
                for r in runs:
                    err(f"{d['id']} (hard_negative) shares with {o['id']} ({o['kind']}): {r!r}")
            print(
                f"  {d['id']} hard_negative vs wire and {len(derived)} derived documents: {total} shared {N}-word runs"
            )

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "family.json")))
