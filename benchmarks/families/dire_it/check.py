#!/usr/bin/env python3
"""Check family.json of `dire_it` against the brief. Prints violations (and a few warnings).
Exit status 1 if any violation."""

import difflib
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "family.json")
with open(path, encoding="utf-8") as f:
    fam = json.load(f)

V = []  # violations
WARN = []


def bad(msg):
    V.append(msg)


QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
    }
)


def norm(t):
    return re.sub(r"\s+", " ", t.translate(QUOTES)).strip()


def tokens(t):
    t = t.lower().translate(QUOTES).replace("'", " ")
    return re.findall(r"\w+", t)


def shared_runs(a, b, n=5):
    ta, tb = tokens(a), tokens(b)
    grams = {tuple(tb[i : i + n]) for i in range(len(tb) - n + 1)}
    return sorted({" ".join(ta[i : i + n]) for i in range(len(ta) - n + 1) if tuple(ta[i : i + n]) in grams})


# ------------------------------------------------------------ top level
if fam.get("family") != "dire_it":
    bad("family name is {!r}".format(fam.get("family")))
docs = fam["documents"]
ids = [d["id"] for d in docs]
if len(ids) != len(set(ids)):
    bad("duplicate document ids")
for i in ids:
    if not re.fullmatch(r"dire_it_d\d\d", i):
        bad(f"bad id {i}")
expected = ["dire_it_d%02d" % k for k in range(1, len(ids) + 1)]
if sorted(ids) != expected:
    bad("ids are not d01..d%02d" % len(ids))
by_id = {d["id"]: d for d in docs}
KEYS = {"id", "text", "language", "outlet", "published", "url", "title", "kind", "parent", "credited", "credit_text"}
for d in docs:
    if set(d) != KEYS:
        bad("{}: keys {}".format(d["id"], sorted(set(d) ^ KEYS)))
    if d["language"] != "it":
        bad("{}: language".format(d["id"]))
    if not re.match(r"https://[^/]+\.example/", d["url"]):
        bad("{}: url not .example".format(d["id"]))
if set(fam["sentences"]) != set(ids):
    bad("sentences keys differ from document ids")

kinds = {}
for d in docs:
    kinds.setdefault(d["kind"], []).append(d["id"])
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
        bad("kind %s: %d documents, want %d" % (k, len(kinds.get(k, [])), n))
extra = set(kinds) - set(want)
if extra:
    bad(f"unexpected kinds {extra}")
wire = by_id[kinds["wire"][0]]
if wire["id"].endswith("_d01"):
    bad("the wire is d01")
W = wire["id"]

LABELS = {"verbatim", "rewritten", "original", "boilerplate"}
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}


def sents(i):
    return fam["sentences"][i]


def body(i):
    return [s for s in sents(i) if s["label"] != "boilerplate"]


# ------------------------------------------------------------ text layout and sentence coverage
for d in docs:
    t = d["text"]
    lines = t.split("\n")
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        bad("{}: text does not start with headline + blank line".format(d["id"]))
    if lines[0] != d["title"]:
        bad("{}: title differs from first line".format(d["id"]))
    if "\n\n\n" in t or t != t.strip():
        bad("{}: stray blank lines / whitespace".format(d["id"]))
    ss = sents(d["id"])
    if not ss or ss[0]["role"] != "headline" or ss[0]["text"] != lines[0]:
        bad("{}: first sentence is not the headline".format(d["id"]))
    pos = 0
    for k, s in enumerate(ss):
        for f in ("text", "label", "parents", "role", "drift"):
            if f not in s:
                bad("%s[%d]: missing %s" % (d["id"], k, f))
        j = t.find(s["text"], pos)
        if j < 0:
            bad("%s[%d]: sentence not found in order: %r" % (d["id"], k, s["text"][:60]))
            continue
        if t[pos:j].strip():
            bad("%s[%d]: uncovered text before sentence: %r" % (d["id"], k, t[pos:j]))
        pos = j + len(s["text"])
    if t[pos:].strip():
        bad("{}: uncovered text at end: {!r}".format(d["id"], t[pos:]))
    for k, s in enumerate(ss):
        if s["label"] not in LABELS:
            bad("%s[%d]: label %r" % (d["id"], k, s["label"]))
        if s["label"] == "boilerplate":
            if s["role"] not in ROLES:
                bad("%s[%d]: boilerplate role %r" % (d["id"], k, s["role"]))
        elif s["role"] is not None:
            bad("%s[%d]: role on non-boilerplate" % (d["id"], k))
        if s["label"] in ("verbatim", "rewritten"):
            if not s["parents"]:
                bad("%s[%d]: %s without parents" % (d["id"], k, s["label"]))
        elif s["parents"]:
            bad("%s[%d]: parents on %s" % (d["id"], k, s["label"]))
        if s["drift"] and d["kind"] != "drift":
            bad("%s[%d]: drift outside the drift document" % (d["id"], k))

# ------------------------------------------------------------ parents
DERIVED = {"verbatim", "light", "heavy", "drift", "partial", "second_generation"}
NEG = {"hard_negative", "easy_negative"}
for d in docs:
    if d["kind"] in DERIVED:
        if d["parent"] not in by_id:
            bad("{}: parent {!r} missing".format(d["id"], d["parent"]))
            continue
        want_parent = W if d["kind"] != "second_generation" else None
        if want_parent and d["parent"] != want_parent:
            bad("{}: parent is not the wire".format(d["id"]))
        ptexts = [s["text"] for s in sents(d["parent"])]
        pbody = [s["text"] for s in body(d["parent"])]
        for k, s in enumerate(sents(d["id"])):
            for p in s["parents"]:
                if p not in ptexts:
                    bad("%s[%d]: parent sentence not in parent doc: %r" % (d["id"], k, p[:60]))
                elif p not in pbody:
                    bad("%s[%d]: parent sentence is boilerplate" % (d["id"], k))
            if s["label"] == "verbatim" and (len(s["parents"]) != 1 or norm(s["text"]) != norm(s["parents"][0])):
                bad("%s[%d]: verbatim but differs from parent after normalising" % (d["id"], k))
            if s["label"] == "rewritten" and any(norm(s["text"]) == norm(p) for p in s["parents"]):
                bad("%s[%d]: rewritten but identical to parent" % (d["id"], k))
    else:
        if d["parent"] is not None:
            bad("{}: {} with a parent".format(d["id"], d["kind"]))
        for k, s in enumerate(sents(d["id"])):
            if s["label"] in ("verbatim", "rewritten"):
                bad("%s[%d]: %s label in a %s" % (d["id"], k, s["label"], d["kind"]))

# ------------------------------------------------------------ credits
for d in docs:
    cr = [s["text"] for s in sents(d["id"]) if s["role"] == "credit"]
    if d["credited"] != bool(cr):
        bad("%s: credited=%s but %d credit sentences" % (d["id"], d["credited"], len(cr)))
    if d["credited"] and d["credit_text"] not in cr:
        bad("{}: credit_text not a credit sentence".format(d["id"]))
    if not d["credited"] and d["credit_text"] is not None:
        bad("{}: credit_text without credit".format(d["id"]))


def photo_dire(i):
    return any(s["role"] == "photo_credit" and "dire" in s["text"].lower() for s in sents(i))


# ------------------------------------------------------------ wire shape
wbody = body(W)
if not 14 <= len(wbody) <= 18:
    bad("wire has %d body sentences" % len(wbody))
wparas = [p for p in wire["text"].split("\n\n")[1:] if any(s["text"] in p for s in wbody)]
if not 6 <= len(wparas) <= 8:
    bad("wire has %d body paragraphs" % len(wparas))
if not any(s["role"] == "dateline" and s["text"].startswith("(DIRE)") for s in sents(W)):
    bad("wire: no (DIRE) dateline")
quoted = set()
for s in wbody:
    if '"' in s["text"]:
        m = re.search(r"(Ferrandi|Colasanti|Pellegatti|sindaca|aggiunto)", s["text"])
        quoted.add({"sindaca": "Colasanti", "aggiunto": "Ferrandi"}.get(m.group(1), m.group(1)) if m else "?")
if not 2 <= len(quoted) <= 3:
    bad("wire quotes %d people" % len(quoted))
wtexts = [s["text"] for s in wbody]

# ------------------------------------------------------------ verbatim
for i in kinds.get("verbatim", []):
    b = body(i)
    if any(s["label"] != "verbatim" for s in b):
        bad(f"{i}: non-verbatim body sentence")
    if any(s["role"] in ("dateline", "footer") for s in sents(i)):
        bad(f"{i}: dateline/footer kept")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", by_id[i]["published"]):
        bad(f"{i}: published is not a date only")
    used = {p for s in b for p in s["parents"]}
    missing = [t for t in wtexts if t not in used]
    missing_paras = [p for p in wparas if any(t in p for t in missing)]
    if len(missing_paras) != 1 or any(t in missing_paras[0] for t in wtexts if t in used):
        bad("%s: should drop exactly one whole wire paragraph (missing %d sentences)" % (i, len(missing)))
    if by_id[i]["text"] == wire["text"] or not any(
        norm(s["text"]) != s["text"] for s in b if ('"' in norm(s["text"]) or "'" in norm(s["text"]))
    ):
        WARN.append(f"{i}: typography identical to wire?")

# ------------------------------------------------------------ light
for i in kinds.get("light", []):
    b = body(i)
    used = {p for s in b for p in s["parents"]}
    ratio = len(used) / len(wtexts)
    if not 0.6 <= ratio <= 0.7:
        bad(f"{i}: keeps {100 * ratio:.0f}% of wire sentences")
    nv = sum(s["label"] == "verbatim" for s in b)
    no = sum(s["label"] == "original" for s in b)
    if nv != 1:
        bad("%s: %d unchanged sentences, want 1" % (i, nv))
    if no != 2:
        bad("%s: %d own sentences, want 2" % (i, no))
    for s in b:
        if s["label"] == "rewritten":
            r = difflib.SequenceMatcher(None, norm(s["text"]), norm(" ".join(s["parents"]))).ratio()
            if r < 0.75:
                WARN.append("{}: light edit not so light ({:.2f}): {}".format(i, r, s["text"][:50]))
lc = [by_id[i]["credited"] for i in kinds.get("light", [])]
if sorted(lc) != [False, True]:
    bad(f"light copies: want one credited and one not, got {lc}")

# ------------------------------------------------------------ heavy
for i in kinds.get("heavy", []):
    b = body(i)
    if any(s["label"] == "verbatim" for s in b):
        bad(f"{i}: verbatim sentence in heavy rewrite")
    no = sum(s["label"] == "original" for s in b)
    if not 4 <= no <= 6:
        bad("%s: %d own sentences" % (i, no))
    for s in b:
        if s["label"] == "rewritten":
            r = difflib.SequenceMatcher(None, norm(s["text"]), norm(" ".join(s["parents"]))).ratio()
            if r > 0.7:
                WARN.append("{}: rewrite close to wire ({:.2f}): {}".format(i, r, s["text"][:50]))
    # order: some reordering relative to the wire
    order = [wtexts.index(s["parents"][0]) for s in b if s["label"] == "rewritten"]
    if order == sorted(order):
        bad(f"{i}: no reordering")
    if not any(len(s["parents"]) > 1 for s in b):
        bad(f"{i}: no merge")
    ps = [p for s in b for p in s["parents"]]
    if len(ps) == len(set(ps)):
        WARN.append(f"{i}: no split")
if not any((not by_id[i]["credited"]) and photo_dire(i) for i in kinds.get("heavy", [])):
    bad("no heavy rewrite uncredited with an agency photo credit")

# ------------------------------------------------------------ 5-word runs
for i in kinds.get("heavy", []) + kinds.get("hard_negative", []):
    r = shared_runs(by_id[i]["text"], wire["text"])
    if r:
        bad(f"{i} shares 5-word runs with the wire: {r}")
copies = [i for k in DERIVED for i in kinds.get(k, [])]
for i in kinds.get("hard_negative", []):
    for c in copies:
        r = shared_runs(by_id[i]["text"], by_id[c]["text"])
        if r:
            bad("{} shares 5-word runs with copy {} ({}): {}".format(i, c, by_id[c]["kind"], r))
hn = kinds.get("hard_negative", [])
for a in hn:
    for b2 in hn:
        if a < b2:
            r = shared_runs(by_id[a]["text"], by_id[b2]["text"])
            if r:
                WARN.append(f"hard negatives {a}/{b2} share runs: {r}")
for i in kinds.get("easy_negative", []):
    if shared_runs(by_id[i]["text"], wire["text"], 4):
        WARN.append(f"{i} shares 4-word runs with the wire")

# ------------------------------------------------------------ drift
dr = fam["drift"]
if len(dr) != 3:
    bad("drift has %d entries, want 3" % len(dr))
D = kinds["drift"][0]
fields = sorted(e["field"] for e in dr)
if fields != ["date", "name", "number"]:
    bad(f"drift fields {fields}")
sent_drift = [(s["text"], x["field"], x["from"], x["to"]) for s in sents(D) for x in s["drift"]]
top = [(e["child_text"], e["field"], e["from"], e["to"]) for e in dr]
if sorted(sent_drift) != sorted(top):
    bad("sentence-level drift does not match top-level drift")
for e in dr:
    if e["child"] != D or e["parent"] != by_id[D]["parent"]:
        bad("drift entry child/parent wrong")
    if e["parent_text"] not in [s["text"] for s in sents(e["parent"])]:
        bad("drift parent_text not in parent")
    cs = [s for s in sents(D) if s["text"] == e["child_text"]]
    if not cs:
        bad("drift child_text not in child")
    elif e["parent_text"] not in cs[0]["parents"]:
        bad("drift parent_text not a parent of child sentence")
    if e["from"] not in e["parent_text"] or e["to"] not in e["child_text"]:
        bad(f"drift from/to not in texts: {e}")
    if e["from"] in e["child_text"]:
        bad("drift: old value still in child: {}".format(e["from"]))

# ------------------------------------------------------------ partials
for i in kinds.get("partial", []):
    b = body(i)
    used = {p for s in b for p in s["parents"]}
    nr = sum(s["label"] == "rewritten" for s in b)
    no = sum(s["label"] == "original" for s in b)
    if not 3 <= nr <= 4:
        bad("%s: %d rewritten wire sentences" % (i, nr))
    if any(s["label"] == "verbatim" for s in b):
        bad(f"{i}: verbatim in partial")
    if no <= nr * 1.5:
        bad("%s: not mostly original (%d own / %d reused)" % (i, no, nr))

# ------------------------------------------------------------ second generation
for i in kinds.get("second_generation", []):
    p = by_id[i]["parent"]
    if by_id.get(p, {}).get("kind") != "heavy":
        bad(f"{i}: parent is not a heavy rewrite")
        continue
    own_parent = {s["text"] for s in sents(p) if s["label"] == "original"}
    carried = {q for s in sents(i) for q in s["parents"]} & own_parent
    if len(carried) < 2:
        bad("%s: carries %d own sentences of its parent" % (i, len(carried)))
    b = body(i)
    if sum(s["label"] == "verbatim" for s in b) < len(b) / 2:
        bad(f"{i}: not a light copy of its parent")

# ------------------------------------------------------------ negatives
if not any(photo_dire(i) for i in hn):
    bad("no hard negative with an agency photo credit")


def when(p):
    if re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        return None
    dt = datetime.fromisoformat(p)
    if dt.tzinfo is None:
        raise ValueError
    return dt


for d in docs:
    try:
        w = when(d["published"])
        if w is None and d["kind"] != "verbatim":
            bad("{}: date-only published".format(d["id"]))
    except ValueError:
        bad("{}: bad published {!r}".format(d["id"], d["published"]))

wt = when(wire["published"])
early = [d["id"] for d in docs if d["id"] != W and when(d["published"]) and when(d["published"]) < wt]
if len(early) != 1 or by_id[early[0]]["kind"] != "hard_negative":
    bad(f"documents published before the wire: {early}")
for d in docs:
    if d["parent"]:
        c, p = d["published"], by_id[d["parent"]]["published"]
        if when(c) is None:
            if c < p[:10]:
                bad("{}: dated before its parent".format(d["id"]))
        elif when(p) is None or when(c) <= when(p):
            bad("{}: published not after its parent".format(d["id"]))

# ------------------------------------------------------------ report
for w in WARN:
    print("warning:", w)
for v in V:
    print("VIOLATION:", v)
n = sum(len(v) for v in fam["sentences"].values())
print(
    "%d documents, %d sentences, %d drift entries; %d violations, %d warnings"
    % (len(docs), n, len(dr), len(V), len(WARN))
)
sys.exit(1 if V else 0)
