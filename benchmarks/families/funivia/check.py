"""Consistency checks for a reuse family (family.json).

Usage: python3 check.py family.json
"""

import json
import re
import sys
from datetime import datetime

LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
DOC_FIELDS = [
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
]
EXPECTED_KINDS = {
    "wire": 1,
    "verbatim": 2,
    "light": 2,
    "drift": 1,
    "heavy": 1,
    "partial": 1,
    "second_generation": 1,
    "translation": 1,
    "hard_negative": 2,
    "easy_negative": 1,
}
TYPO = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
NGRAM = 5


def normalise(text):
    return " ".join(text.translate(TYPO).split())


def token_variants(text):
    """Two tokenisations: apostrophes as separators, and apostrophes deleted."""
    low = text.translate(TYPO).lower()
    split = re.findall(r"\w+", low)
    joined = re.findall(r"\w+", low.replace("'", ""))
    return split, joined


def ngrams(tokens, size=NGRAM):
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def shared_runs(text_a, text_b):
    found = set()
    for tok_a, tok_b in zip(token_variants(text_a), token_variants(text_b), strict=True):
        found |= ngrams(tok_a) & ngrams(tok_b)
    return sorted(" ".join(gram) for gram in found)


def parse_time(value):
    if len(value) == 10:
        return datetime.fromisoformat(value + "T00:00:00+01:00"), True
    return datetime.fromisoformat(value), False


class Checker:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
        return condition


def check_structure(fam, chk):
    docs = fam["documents"]
    name = fam["family"]
    ids = [doc["id"] for doc in docs]
    chk.check(
        ids == [f"{name}_d{i:02d}" for i in range(1, len(docs) + 1)],
        f"ids are not {name}_d01..d{len(docs):02d} in order: {ids}",
    )
    for doc in docs:
        chk.check(list(doc) == DOC_FIELDS, f"{doc['id']}: fields {list(doc)}")
        sents = fam["sentences"].get(doc["id"])
        if chk.check(bool(sents), f"{doc['id']}: no gold sentences"):
            chk.check(
                doc["title"] == sents[0]["text"] and sents[0].get("role") == "headline",
                f"{doc['id']}: title differs from the headline sentence",
            )
    kinds = {}
    for doc in docs:
        kinds[doc["kind"]] = kinds.get(doc["kind"], 0) + 1
    chk.check(kinds == EXPECTED_KINDS, f"kind counts {kinds}")
    wires = [doc for doc in docs if doc["kind"] == "wire"]
    chk.check(len(wires) == 1 and wires[0]["id"] != f"{name}_d01", "wire missing or is d01")
    chk.check(set(fam["sentences"]) == set(ids), "sentence keys differ from document ids")


def check_coverage(doc, sents, chk):
    text, pos = doc["text"], 0
    for sent in sents:
        idx = text.find(sent["text"], pos)
        if not chk.check(idx >= 0, f"{doc['id']}: sentence not found after offset {pos}: {sent['text'][:60]!r}"):
            return
        chk.check(
            text[pos:idx].strip() == "", f"{doc['id']}: uncovered text before {sent['text'][:40]!r}: {text[pos:idx]!r}"
        )
        pos = idx + len(sent["text"])
    chk.check(text[pos:].strip() == "", f"{doc['id']}: uncovered tail {text[pos:]!r}")


def check_labels(doc, sents, by_id, chk):
    parent = by_id.get(doc["parent"]) if doc["parent"] else None
    for sent in sents:
        label, parents = sent["label"], sent.get("parents") or []
        where = f"{doc['id']}: {sent['text'][:50]!r}"
        chk.check(label in LABELS, f"{where}: bad label {label}")
        if label == "boilerplate":
            chk.check(sent.get("role") in ROLES, f"{where}: bad role {sent.get('role')}")
        else:
            chk.check(sent.get("role") is None, f"{where}: role on non-boilerplate")
        if label in {"verbatim", "rewritten"}:
            if not chk.check(bool(parents) and parent is not None, f"{where}: reused without parents"):
                continue
            for ptext in parents:
                chk.check(ptext in parent["text"], f"{where}: parent sentence not in {parent['id']}: {ptext[:60]!r}")
            if label == "verbatim":
                chk.check(
                    len(parents) == 1 and normalise(sent["text"]) == normalise(parents[0]),
                    f"{where}: verbatim differs from its parent after normalisation",
                )
            else:
                chk.check(
                    all(normalise(sent["text"]) != normalise(p) for p in parents),
                    f"{where}: labelled rewritten but identical to its parent",
                )
        else:
            chk.check(not parents, f"{where}: {label} sentence with parents")
        chk.check(not sent.get("drift") or doc["kind"] == "drift", f"{where}: drift flag outside drift doc")


def check_credits_and_times(doc, by_id, chk):
    if doc["credited"]:
        chk.check(
            bool(doc["credit_text"]) and doc["credit_text"] in doc["text"], f"{doc['id']}: credit_text not in text"
        )
    else:
        chk.check(doc["credit_text"] is None, f"{doc['id']}: credit_text without credit")
    if doc["kind"] in {"wire", "hard_negative", "easy_negative"}:
        chk.check(doc["parent"] is None, f"{doc['id']}: {doc['kind']} with a parent")
        return
    parent = by_id.get(doc["parent"])
    if not chk.check(parent is not None, f"{doc['id']}: parent {doc['parent']} missing"):
        return
    child_time, date_only = parse_time(doc["published"])
    parent_time, _ = parse_time(parent["published"])
    if date_only:
        chk.check(child_time.date() >= parent_time.date(), f"{doc['id']}: published before parent")
    else:
        chk.check(child_time > parent_time, f"{doc['id']}: published before parent")
    chk.check((doc["kind"] == "verbatim") == date_only, f"{doc['id']}: date-only iff verbatim")


def wire_use(sents, wire_sents):
    used = set()
    for sent in sents:
        used |= set(sent.get("parents") or []) & wire_sents
    return used


def check_kinds(doc, sents, by_id, gold, chk):
    kind = doc["kind"]
    counts = {}
    for sent in sents:
        counts[sent["label"]] = counts.get(sent["label"], 0) + 1
    wire = next(d for d in by_id.values() if d["kind"] == "wire")
    wire_gold = [s for s in gold[wire["id"]] if s["label"] != "boilerplate"]
    wire_sents = {s["text"] for s in wire_gold}
    used = wire_use(sents, wire_sents)
    if kind == "wire":
        chk.check(
            12 <= len(wire_gold) <= 18 and counts.get("original") == len(wire_gold), "wire: needs 12-18 own sentences"
        )
        chk.check(sum(s["text"].count('"') for s in wire_gold) >= 4, "wire: needs two quotations")
    elif kind == "verbatim":
        roles = {s["role"] for s in sents if s["label"] == "boilerplate"}
        chk.check("dateline" not in roles, f"{doc['id']}: dateline kept")
        chk.check(
            counts.get("rewritten", 0) == 0 and counts.get("original", 0) == 0,
            f"{doc['id']}: verbatim copy with edited or own sentences",
        )
        missing = [i for i, s in enumerate(wire_gold) if s["text"] not in used]
        wire_text = wire["text"]
        spans = [wire_text.find(wire_gold[i]["text"]) for i in missing]
        contiguous = bool(missing) and missing == list(range(missing[0], missing[-1] + 1))
        one_para = contiguous and "\n\n" not in wire_text[spans[0] : spans[-1]]
        chk.check(one_para, f"{doc['id']}: dropped sentences are not exactly one paragraph: {missing}")
        if one_para:
            start = wire_text.rfind("\n\n", 0, spans[0])
            end_pos = wire_text.find("\n\n", spans[-1])
            para = wire_text[start + 2 : end_pos if end_pos >= 0 else None]
            chk.check(
                all(s["text"] in para for s in wire_gold if s["text"] not in used)
                and sum(1 for s in wire_gold if s["text"] in para) == len(missing),
                f"{doc['id']}: dropped part is not a whole paragraph",
            )
    elif kind == "light":
        share = len(used) / len(wire_sents)
        chk.check(0.6 <= share <= 0.7, f"{doc['id']}: keeps {share:.0%} of the wire")
        chk.check(counts.get("verbatim", 0) == 1, f"{doc['id']}: needs exactly one unchanged sentence")
        chk.check(counts.get("original", 0) == 2, f"{doc['id']}: needs exactly two own sentences")
    elif kind == "heavy":
        chk.check(counts.get("verbatim", 0) == 0, "heavy: has verbatim sentences")
        chk.check(4 <= counts.get("original", 0) <= 6, "heavy: needs 4-6 own sentences")
    elif kind == "partial":
        reused = counts.get("rewritten", 0) + counts.get("verbatim", 0)
        chk.check(3 <= reused <= 4, f"partial: {reused} reused sentences")
        chk.check(counts.get("original", 0) > reused, "partial: not mostly original")
    elif kind == "second_generation":
        parent = by_id[doc["parent"]]
        parent_own = {s["text"] for s in gold[parent["id"]] if s["label"] == "original"}
        carried = {p for s in sents for p in (s.get("parents") or [])} & parent_own
        chk.check(
            parent["kind"] != "wire" and len(carried) >= 1,
            "second_generation: carries none of its parent's own sentences",
        )
    elif kind == "translation":
        chk.check(doc["language"] != wire["language"], "translation: same language as wire")
    elif kind in {"hard_negative", "easy_negative"}:
        chk.check(
            all(s["label"] in {"original", "boilerplate"} for s in sents),
            f"{doc['id']}: negative with reused sentences",
        )


def check_overlap(fam, chk):
    wire = next(d for d in fam["documents"] if d["kind"] == "wire")
    derived = [d for d in fam["documents"] if d["parent"]]
    for doc in fam["documents"]:
        if doc["kind"] == "heavy":
            runs = shared_runs(doc["text"], wire["text"])
            chk.check(not runs, f"{doc['id']} shares 5-word runs with the wire: {runs}")
        if doc["kind"] == "hard_negative":
            for other in [wire, *derived]:
                runs = shared_runs(doc["text"], other["text"])
                chk.check(not runs, f"{doc['id']} shares 5-word runs with {other['id']}: {runs}")


def check_drift(fam, by_id, gold, chk):
    entries = fam["drift"]
    chk.check(len(entries) == 3, f"drift: {len(entries)} entries, expected 3")
    for entry in entries:
        child, parent = by_id.get(entry["child"]), by_id.get(entry["parent"])
        if not chk.check(child is not None and parent is not None, f"drift: bad ids {entry}"):
            continue
        chk.check(child["kind"] == "drift" and child["parent"] == parent["id"], "drift: wrong child/parent")
        chk.check(entry["field"] in {"number", "date", "name"}, f"drift: bad field {entry['field']}")
        chk.check(entry["parent_text"] in parent["text"], f"drift: parent_text not in {parent['id']}")
        chk.check(entry["child_text"] in child["text"], f"drift: child_text not in {child['id']}")
        chk.check(
            entry["from"] in entry["parent_text"] and entry["from"] not in entry["child_text"],
            f"drift: 'from' {entry['from']!r} misplaced",
        )
        chk.check(
            entry["to"] in entry["child_text"] and entry["to"] not in entry["parent_text"],
            f"drift: 'to' {entry['to']!r} misplaced",
        )
        gold_sent = next((s for s in gold[child["id"]] if s["text"] == entry["child_text"]), None)
        chk.check(
            gold_sent is not None and gold_sent.get("drift") is True and entry["parent_text"] in gold_sent["parents"],
            f"drift: gold sentence for {entry['child_text'][:40]!r} not flagged",
        )
    flagged = sum(1 for sents in gold.values() for s in sents if s.get("drift"))
    chk.check(flagged == len(entries), f"drift: {flagged} flagged sentences vs {len(entries)} entries")


def main(path):
    with open(path, encoding="utf-8") as handle:
        fam = json.load(handle)
    chk = Checker()
    by_id = {doc["id"]: doc for doc in fam["documents"]}
    gold = fam["sentences"]
    check_structure(fam, chk)
    for doc in fam["documents"]:
        sents = gold.get(doc["id"], [])
        check_coverage(doc, sents, chk)
        check_labels(doc, sents, by_id, chk)
        check_credits_and_times(doc, by_id, chk)
        check_kinds(doc, sents, by_id, gold, chk)
    check_overlap(fam, chk)
    check_drift(fam, by_id, gold, chk)
    total = sum(len(s) for s in gold.values())
    print(
        f"family {fam['family']}: {len(fam['documents'])} documents, {total} gold sentences, "
        f"{len(fam['drift'])} drift entries"
    )
    for message in chk.failures:
        print("FAIL", message)
    print(f"{chk.passed} checks passed, {len(chk.failures)} failed")
    return 1 if chk.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "family.json"))
