#!/usr/bin/env python3
"""Checks a reuse family (family.json) against its own gold labels. Stdlib only.

    python3 check.py [family.json]

Verifies: document fields and kinds; sentences cover each text in order (only whitespace between them);
every parent reference is the exact text of a sentence of the document's parent; verbatim sentences equal a
parent after normalising quotes, apostrophes and whitespace (and rewritten ones do not); heavy rewrites share
no run of 5 words with the wire; hard negatives share no run of 5 words with any other document; drift entries
(from/to found in parent/child sentences, flagged sentences); credits; publication order.
Exits 1 and lists the problems if any check fails.
"""

import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

N = 5
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
QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "«": '"',
        "»": '"',
        "\u00a0": " ",
    }
)

problems = []


def bad(msg):
    problems.append(msg)


def norm(t):
    return " ".join(t.translate(QUOTES).split())


def words(t):
    return re.findall(r"\w+", t.translate(QUOTES).lower())


def ngrams(t, n=N):
    w = words(t)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def when(s):
    """(datetime-or-None, date) of a published value: full ISO timestamp or a date only."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None, date.fromisoformat(s)
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        bad(f"published {s!r} has no time zone")
    return dt, dt.date()


def after(child, parent):
    """True if child was published after parent (date-only values compare by day, same day allowed)."""
    (cd, cday), (pd, pday) = when(child), when(parent)
    if cd is not None and pd is not None:
        return cd > pd
    return cday >= pday


def main(path):
    fam = json.loads(Path(path).read_text(encoding="utf-8"))
    name = fam["family"]
    docs = {d["id"]: d for d in fam["documents"]}
    sents = fam["sentences"]
    stats = Counter()

    # --- documents
    for i, d in docs.items():
        for k in (
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
        ):
            if k not in d:
                bad(f"{i}: missing field {k}")
        if not re.fullmatch(re.escape(name) + r"_d\d\d", i):
            bad(f"{i}: id does not follow {name}_dNN")
        if d["kind"] not in KINDS:
            bad(f"{i}: unknown kind {d['kind']}")
        if ".example" not in d["url"].split("/")[2]:
            bad(f"{i}: url host is not .example")
        if i not in sents:
            bad(f"{i}: no sentences")
        if d["credited"] != (d["credit_text"] is not None):
            bad(f"{i}: credited={d['credited']} but credit_text={d['credit_text']!r}")
        if d["credit_text"] is not None and d["credit_text"] not in d["text"]:
            bad(f"{i}: credit_text not found in text")
        if re.search(r"^Foto:", d["text"], re.M) and d["credit_text"] and d["credit_text"].startswith("Foto"):
            bad(f"{i}: a photo credit is not a credit")
        root = d["kind"] in ("wire", "hard_negative", "easy_negative")
        if root and d["parent"] is not None:
            bad(f"{i}: {d['kind']} must have parent null")
        if not root and d["parent"] not in docs:
            bad(f"{i}: parent {d['parent']!r} is not a document of the family")
        if d["title"] != sents.get(i, [{}])[0].get("text"):
            bad(f"{i}: title differs from the headline sentence")
    kinds = Counter(d["kind"] for d in docs.values())
    wires = [i for i, d in docs.items() if d["kind"] == "wire"]
    if len(wires) != 1:
        bad(f"expected one wire, found {len(wires)}")
    wire = wires[0]

    # --- sentences: labels, coverage
    for i, ss in sents.items():
        if i not in docs:
            bad(f"sentences for unknown document {i}")
            continue
        T = docs[i]["text"]
        pos = 0
        for n, s in enumerate(ss):
            lab = s.get("label")
            if lab not in LABELS:
                bad(f"{i}[{n}]: bad label {lab!r}")
            if lab == "boilerplate" and s.get("role") not in ROLES:
                bad(f"{i}[{n}]: boilerplate without a known role")
            if lab != "boilerplate" and "role" in s:
                bad(f"{i}[{n}]: role on a non-boilerplate sentence")
            if lab in ("verbatim", "rewritten") and not s.get("parents"):
                bad(f"{i}[{n}]: {lab} sentence without parents")
            if lab not in ("verbatim", "rewritten") and "parents" in s:
                bad(f"{i}[{n}]: parents on a {lab} sentence")
            j = T.find(s["text"], pos)
            if j < 0:
                bad(f"{i}[{n}]: sentence not found in order: {s['text'][:60]!r}")
                continue
            if T[pos:j].strip():
                bad(f"{i}[{n}]: uncovered text before sentence: {T[pos:j]!r}")
            pos = j + len(s["text"])
            stats["sentences"] += 1
        if T[pos:].strip():
            bad(f"{i}: uncovered text at the end: {T[pos:]!r}")

    # --- parents, verbatim equality
    for i, ss in sents.items():
        d = docs[i]
        par = d["parent"]
        ptexts = {s["text"] for s in sents.get(par, [])} if par else set()
        for n, s in enumerate(ss):
            if "parents" not in s:
                continue
            if par is None:
                bad(f"{i}[{n}]: parents given but the document has no parent")
                continue
            for p in s["parents"]:
                stats["parent refs"] += 1
                if p not in ptexts:
                    bad(f"{i}[{n}]: parent reference is not a sentence of {par}: {p[:60]!r}")
            if s["label"] == "verbatim" and not any(norm(s["text"]) == norm(p) for p in s["parents"]):
                bad(f"{i}[{n}]: verbatim sentence differs from its parent beyond typography")
            if s["label"] == "rewritten" and any(norm(s["text"]) == norm(p) for p in s["parents"]):
                bad(f"{i}[{n}]: rewritten sentence equals its parent (should be verbatim)")

    # --- per-kind shape
    wire_body = [s for s in sents[wire] if s["label"] != "boilerplate"]
    if not 14 <= len(wire_body) <= 18:
        bad(f"wire has {len(wire_body)} sentences, expected 14-18")
    if not any(s.get("role") == "dateline" for s in sents[wire]):
        bad("wire has no dateline")
    for i, d in docs.items():
        ss = sents[i]
        lab = Counter(s["label"] for s in ss)
        k = d["kind"]
        used = {p for s in ss for p in s.get("parents", [])}
        if k in ("wire", "hard_negative", "easy_negative") and (lab["verbatim"] or lab["rewritten"]):
            bad(f"{i}: {k} has reused sentences")
        if k == "verbatim":
            if lab["rewritten"] or lab["original"]:
                bad(f"{i}: verbatim copy has rewritten/original sentences")
            if any(s.get("role") == "dateline" for s in ss):
                bad(f"{i}: verbatim copy keeps the dateline")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
                bad(f"{i}: verbatim copy should be published with a date only")
            if len(used) >= len(wire_body):
                bad(f"{i}: verbatim copy drops no paragraph")
        if k == "light":
            share = len(used) / len(wire_body)
            if not 0.6 <= share <= 0.7 or lab["verbatim"] != 1 or lab["original"] != 2:
                bad(
                    f"{i}: light copy keeps {share:.0%} of the wire, {lab['verbatim']} unchanged, "
                    f"{lab['original']} own (want 60-70%, 1, 2)"
                )
        if k == "heavy" and (lab["verbatim"] or not 4 <= lab["original"] <= 6):
            bad(f"{i}: heavy has {lab['verbatim']} verbatim and {lab['original']} own sentences")
        if k == "partial" and not 3 <= lab["rewritten"] + lab["verbatim"] <= 4:
            bad(f"{i}: partial embeds {lab['rewritten'] + lab['verbatim']} wire sentences (want 3-4)")
        if k == "partial" and lab["original"] <= lab["rewritten"] + lab["verbatim"]:
            bad(f"{i}: partial is not mostly original")
        if k == "second_generation" and docs.get(d["parent"], {}).get("kind") != "heavy":
            bad(f"{i}: second generation should copy a heavy rewrite")
        if k == "translation" and d["language"] == docs[wire]["language"]:
            bad(f"{i}: translation in the wire's language")
        if k in ("light", "heavy", "drift", "partial", "translation") and d["parent"] != wire:
            bad(f"{i}: {k} should derive from the wire")

    # --- 5-word runs
    grams = {i: ngrams(d["text"]) for i, d in docs.items()}
    for i, d in docs.items():
        if d["kind"] == "heavy":
            shared = grams[i] & grams[wire]
            stats["heavy checked"] += 1
            if shared:
                bad(f"{i}: heavy shares {len(shared)} 5-word runs with the wire, e.g. {sorted(shared)[:3]}")
        if d["kind"] == "hard_negative":
            stats["hard negatives checked"] += 1
            for j in docs:
                if j != i:
                    shared = grams[i] & grams[j]
                    if shared:
                        bad(f"{i}: hard negative shares {len(shared)} 5-word runs with {j}, e.g. {sorted(shared)[:3]}")

    # --- drift
    for n, e in enumerate(fam.get("drift", [])):
        c, p = e["child"], e["parent"]
        if c not in docs or docs[c]["parent"] != p:
            bad(f"drift[{n}]: child/parent mismatch")
            continue
        ctexts = {s["text"]: s for s in sents[c]}
        ptexts = {s["text"] for s in sents[p]}
        if e["parent_text"] not in ptexts:
            bad(f"drift[{n}]: parent_text is not a sentence of {p}")
        if e["child_text"] not in ctexts:
            bad(f"drift[{n}]: child_text is not a sentence of {c}")
        else:
            s = ctexts[e["child_text"]]
            if not s.get("drift") or e["parent_text"] not in s.get("parents", []):
                bad(f"drift[{n}]: child sentence not flagged drift or not pointing to parent_text")
        if e["from"] not in e["parent_text"] or e["from"] not in docs[p]["text"]:
            bad(f"drift[{n}]: 'from' {e['from']!r} not in the parent text")
        if e["to"] not in e["child_text"] or e["to"] not in docs[c]["text"]:
            bad(f"drift[{n}]: 'to' {e['to']!r} not in the child text")
        if e["from"] in docs[c]["text"]:
            bad(f"drift[{n}]: 'from' {e['from']!r} still in the child")
        stats["drift entries"] += 1
    for i, d in docs.items():
        flagged = sum(1 for s in sents[i] if s.get("drift"))
        entries = sum(1 for e in fam.get("drift", []) if e["child"] == i)
        if d["kind"] == "drift" and not (flagged == entries == 3):
            bad(f"{i}: drift document with {flagged} flagged sentences and {entries} entries (want 3)")
        if d["kind"] != "drift" and (flagged or entries):
            bad(f"{i}: drift flags on a {d['kind']} document")

    # --- publication order
    for i, d in docs.items():
        when(d["published"])
        if d["parent"] in docs and not after(d["published"], docs[d["parent"]]["published"]):
            bad(
                f"{i}: published {d['published']} not after its parent {d['parent']} ({docs[d['parent']]['published']})"
            )
    wire_t = when(docs[wire]["published"])[0]
    early = [
        i
        for i, d in docs.items()
        if d["kind"] == "hard_negative" and when(d["published"])[0] and when(d["published"])[0] < wire_t
    ]
    photo = [i for i, d in docs.items() if re.search(r"^Foto: ", d["text"], re.M)]

    print(
        f"family {name}: {len(docs)} documents, {stats['sentences']} sentences, "
        f"{stats['parent refs']} parent references, {stats['drift entries']} drift entries"
    )
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(
        f"heavy vs wire 5-word runs checked: {stats['heavy checked']}; "
        f"hard negatives vs all documents checked: {stats['hard negatives checked']}"
    )
    print(f"hard negatives published before the wire: {early}; documents with a photo credit: {photo}")
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("family.json")))
