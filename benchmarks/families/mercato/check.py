"""Consistency checks for a wire-reuse family file.

Usage: python3 check.py family.json
"""

import json
import re
import sys
from datetime import datetime

LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}
DOC_FIELDS = (
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
)
DERIVED_KINDS = {
    "verbatim",
    "light",
    "heavy",
    "drift",
    "partial",
    "second_generation",
    "translation",
}
QUOTE_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
NGRAM = 5


def normalise(text):
    """Unify quotes and apostrophes and collapse whitespace."""
    return " ".join(text.translate(QUOTE_MAP).split())


def words(text):
    """Lower-cased word tokens with punctuation stripped."""
    return re.findall(r"\w+", text.lower())


def ngrams(text, size=NGRAM):
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def parse_time(value):
    if len(value) == 10:
        return datetime.fromisoformat(value + "T23:59:59+00:00")
    return datetime.fromisoformat(value)


class Report:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
        return condition


def check_documents(family, report):
    docs = family["documents"]
    ids = [doc["id"] for doc in docs]
    name = family["family"]
    expected = [f"{name}_d{num:02d}" for num in range(1, len(docs) + 1)]
    report.check(sorted(ids) == expected, f"ids are not {expected[0]}..{expected[-1]}: {ids}")
    by_id = {doc["id"]: doc for doc in docs}
    wires = [doc for doc in docs if doc["kind"] == "wire"]
    report.check(len(wires) == 1, "there must be exactly one wire")
    wire = wires[0]
    report.check(wire["id"] != expected[0], "the wire must not be the first id")
    for doc in docs:
        doc_id = doc["id"]
        missing = [field for field in DOC_FIELDS if field not in doc]
        report.check(not missing, f"{doc_id}: missing fields {missing}")
        first_line = doc["text"].split("\n", 1)[0]
        report.check(doc["title"] == first_line, f"{doc_id}: title is not the first line")
        report.check(".example/" in doc["url"], f"{doc_id}: url is not on an .example domain")
        kind = doc["kind"]
        if kind in DERIVED_KINDS:
            parent = by_id.get(doc["parent"])
            report.check(parent is not None, f"{doc_id}: parent {doc['parent']} not found")
            if parent is not None:
                report.check(
                    parse_time(doc["published"]) > parse_time(parent["published"]),
                    f"{doc_id}: published before its parent {parent['id']}",
                )
            if doc["credited"]:
                credit = doc["credit_text"] or ""
                report.check(bool(credit) and credit in doc["text"], f"{doc_id}: credit_text not in text")
            else:
                report.check(doc["credit_text"] is None, f"{doc_id}: credit_text without credited")
        else:
            report.check(doc["parent"] is None, f"{doc_id}: {kind} must have parent null")
            report.check(not doc["credited"], f"{doc_id}: {kind} must not be credited")
        if kind == "verbatim":
            report.check(len(doc["published"]) == 10, f"{doc_id}: verbatim must carry a date only")
    return by_id, wire


def check_coverage(family, by_id, report):
    for doc_id, sents in family["sentences"].items():
        text = by_id[doc_id]["text"]
        pos = 0
        for sent in sents:
            found = text.find(sent["text"], pos)
            ok = found >= 0 and not text[pos:found].strip()
            message = f"{doc_id}: sentence not found in order: {sent['text'][:70]!r}"
            if not report.check(ok, message):
                break
            pos = found + len(sent["text"])
        else:
            report.check(not text[pos:].strip(), f"{doc_id}: text left uncovered at the end")
    report.check(
        set(family["sentences"]) == set(by_id),
        "sentences must be given for every document and only for them",
    )


def check_labels(family, by_id, report):
    for doc_id, sents in family["sentences"].items():
        doc = by_id[doc_id]
        parent = by_id.get(doc["parent"]) if doc["parent"] else None
        for sent in sents:
            label = sent["label"]
            short = sent["text"][:60]
            report.check(label in LABELS, f"{doc_id}: bad label {label!r}")
            parents = sent.get("parents") or []
            if label == "boilerplate":
                report.check(sent.get("role") in ROLES, f"{doc_id}: bad role for {short!r}")
            if label in ("verbatim", "rewritten"):
                has_parents = bool(parents) and parent is not None
                if not report.check(has_parents, f"{doc_id}: no parents for {short!r}"):
                    continue
                for parent_sent in parents:
                    report.check(
                        parent_sent in parent["text"],
                        f"{doc_id}: parent sentence not in {parent['id']}: {parent_sent[:60]!r}",
                    )
            elif label != "boilerplate":
                report.check(not parents, f"{doc_id}: {label} sentence with parents: {short!r}")
            if label == "verbatim":
                report.check(
                    any(normalise(sent["text"]) == normalise(item) for item in parents),
                    f"{doc_id}: verbatim sentence differs from its parent: {short!r}",
                )
            if label == "rewritten":
                report.check(
                    all(normalise(sent["text"]) != normalise(item) for item in parents),
                    f"{doc_id}: rewritten sentence equals its parent: {short!r}",
                )


def check_overlap(family, wire, report):
    docs = family["documents"]
    wire_grams = ngrams(wire["text"])
    derived = [doc for doc in docs if doc["kind"] in DERIVED_KINDS]
    for doc in docs:
        if doc["kind"] not in ("heavy", "hard_negative"):
            continue
        shared = ngrams(doc["text"]) & wire_grams
        report.check(
            not shared,
            f"{doc['id']} ({doc['kind']}) shares {NGRAM}-grams with the wire: "
            f"{sorted(' '.join(gram) for gram in shared)[:5]}",
        )
        if doc["kind"] != "hard_negative":
            continue
        for other in derived:
            shared = ngrams(doc["text"]) & ngrams(other["text"])
            report.check(
                not shared,
                f"{doc['id']} shares {NGRAM}-grams with {other['id']} ({other['kind']}): "
                f"{sorted(' '.join(gram) for gram in shared)[:5]}",
            )


def check_drift(family, by_id, report):
    entries = family["drift"]
    drift_docs = [doc["id"] for doc in family["documents"] if doc["kind"] == "drift"]
    report.check(len(entries) == 3, f"expected 3 drift entries, found {len(entries)}")
    for entry in entries:
        child = by_id.get(entry["child"])
        parent = by_id.get(entry["parent"])
        label = f"drift {entry['field']} {entry['from']!r}->{entry['to']!r}"
        report.check(entry["child"] in drift_docs, f"{label}: child is not a drift document")
        report.check(entry["field"] in ("number", "date", "name"), f"{label}: bad field")
        known = child is not None and parent is not None
        if not report.check(known, f"{label}: unknown documents"):
            continue
        report.check(child["parent"] == parent["id"], f"{label}: parent is not the child's parent")
        report.check(entry["parent_text"] in parent["text"], f"{label}: parent_text not in parent")
        report.check(entry["child_text"] in child["text"], f"{label}: child_text not in child")
        report.check(entry["from"] in entry["parent_text"], f"{label}: 'from' not in parent_text")
        report.check(entry["to"] in entry["child_text"], f"{label}: 'to' not in child_text")
        report.check(entry["from"] not in entry["child_text"], f"{label}: 'from' still in child_text")
        flagged = [
            sent
            for sent in family["sentences"][child["id"]]
            if sent["text"] == entry["child_text"] and sent.get("drift")
        ]
        report.check(bool(flagged), f"{label}: child sentence not flagged as drift")


def summary(family):
    lines = []
    for doc in family["documents"]:
        sents = family["sentences"][doc["id"]]
        counts = {}
        for sent in sents:
            counts[sent["label"]] = counts.get(sent["label"], 0) + 1
        parts = ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
        lines.append(f"  {doc['id']}  {doc['kind']:<18} parent={doc['parent']}  [{parts}]")
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip())
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        family = json.load(handle)
    report = Report()
    by_id, wire = check_documents(family, report)
    check_coverage(family, by_id, report)
    check_labels(family, by_id, report)
    check_overlap(family, wire, report)
    check_drift(family, by_id, report)
    print(f"family {family['family']}: {len(family['documents'])} documents")
    print(summary(family))
    for failure in report.failures:
        print("FAIL", failure)
    print(f"{report.passed} checks passed, {len(report.failures)} failed")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
