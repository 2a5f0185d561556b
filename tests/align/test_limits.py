"""Bounded work per text: a hostile corpus (generated here, not stored) never stalls or crashes a trace.

Work is counted, not timed: the units a text is aligned as (the aligner's cost grows with
their product) stay within ``max_units`` however long or repetitive the text, what is left
out is said in one line naming the article, and the real pair beside the junk is still found.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage import compare, trace
from lineage.align import prepare_text
from lineage.align.limits import limit_notice, limit_notices
from lineage.cli import cli
from lineage.ingest import load_documents
from lineage.models import Document
from lineage.params import AlignParams
from lineage.render.csv import write_csv
from lineage.render.dot import dot_source
from lineage.render.html import html_report
from lineage.render.json import graph_to_json
from lineage.text import analyse
from tests.corpus import REWRITE, SEEDS, WIRE

REPEATED = "Il governo ha approvato il decreto sulle pensioni nella seduta di oggi. "
SMALL = AlignParams(max_chars=20_000, max_units=200, max_repeats=3)


def hostile_texts(scale: int = 1) -> dict[str, str]:
    """The junk a crawl holds, ``scale`` times the size the issue reports divided by 10."""
    rnd = random.Random(7)
    words = ["".join(rnd.choice("abcdefghilmnoprstuvz") for _ in range(rnd.randint(2, 9))) for _ in range(3000)]
    return {
        "newlines": "a" + "\n\r" * 2000 * scale,
        "one_word_sentences": "Sì. " * 20_000 * scale,
        "one_sentence_repeated": "Il governo ha approvato il decreto sulle pensioni nella seduta di oggi. "
        * 5000
        * scale,
        "one_line": " ".join(rnd.choice(words) for _ in range(200_000 * scale)),
        "lone_surrogate": "Una frase con un carattere rotto \ud800 dentro. E poi un'altra frase normale.",
    }


def test_every_hostile_text_is_aligned_within_the_bounds() -> None:
    for name, text in hostile_texts().items():
        prepared = prepare_text(analyse(text), SMALL)
        assert len(prepared.unit_spans) <= SMALL.max_units + 1, name
        assert all(0 <= a <= b <= len(text) for a, b in prepared.unit_spans.tolist()), name
        assert all(a < SMALL.max_chars for a, _ in prepared.unit_spans.tolist()), name
        keys: dict[str, int] = {}
        for a, b in prepared.unit_spans.tolist():
            key = " ".join(text[a:b].casefold().split())
            keys[key] = keys.get(key, 0) + 1
        assert max(keys.values(), default=0) <= SMALL.max_repeats, name


def test_what_is_left_out_is_said_in_one_line() -> None:
    texts = hostile_texts()
    repeated = limit_notice(texts["one_sentence_repeated"], SMALL)
    assert repeated is not None and "\n" not in repeated
    assert "repeated sentence(s) beyond their first 3 occurrences" in repeated
    long = limit_notice(texts["one_line"], SMALL)
    assert long is not None and f"of {len(texts['one_line']):,} characters are aligned" in long
    assert limit_notice(texts["lone_surrogate"], SMALL) is None
    doc = Document("junk", texts["one_word_sentences"], origin="feed.jsonl:3")
    [problem] = limit_notices([doc, Document("ok", "Una frase. Un'altra frase.")], SMALL)
    assert problem.message.startswith("feed.jsonl:3: article 'junk': ")


def test_normal_articles_are_not_cut(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        assert limit_notice(doc.text, AlignParams()) is None
        limits = prepare_text(analyse(doc.text), AlignParams()).limits
        assert not limits.cut(len(doc.text))


def test_a_trace_beside_the_junk_finds_the_real_pair(seed_docs: dict[str, Document]) -> None:
    junk = [Document(name, text) for name, text in hostile_texts().items()]
    graph = trace([seed_docs[WIRE], seed_docs[REWRITE], *junk])
    assert (WIRE, REWRITE) in {(e.source, e.target) for e in graph.edges}
    # Two junk pages that share their junk are aligned within the bounds too.
    twin = Document("twin", hostile_texts()["one_sentence_repeated"] + " Fine.")
    graph = trace([seed_docs[WIRE], seed_docs[REWRITE], junk[2], twin])
    assert (WIRE, REWRITE) in {(e.source, e.target) for e in graph.edges}


def test_the_cli_warns_names_the_article_and_repairs_a_lone_surrogate(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id in (WIRE, REWRITE):
        (folder / f"{doc_id}.txt").write_text((SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "junk.txt").write_text(hostile_texts(2)["one_sentence_repeated"], encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"id": "broken", "text": "Testo \\ud800 rotto, ma letto."}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["trace", str(folder), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2
    assert any("article 'junk'" in w and "repeated sentence(s)" in w for w in warnings)
    assert any("feed.jsonl:1" in w and "U+FFFD" in w for w in warnings)
    data = json.loads(result.stdout)
    assert [(e["source"], e["target"]) for e in data["edges"]] == [(WIRE, REWRITE)]
    [broken] = [d for d in load_documents([folder / "feed.jsonl"]).documents]
    assert broken.text == "Testo \ufffd rotto, ma letto."
    # A store repairs the same article (SQLite would refuse the surrogate) and its trace warns about the junk.
    db = str(tmp_path / "s.db")
    added = CliRunner().invoke(cli, ["index", "add", str(folder), "--db", db, "--workers", "1"])
    assert added.exit_code == 0, added.stderr
    stored = CliRunner().invoke(cli, ["trace", "--db", db, "--format", "json"], catch_exceptions=False)
    assert any("article 'junk'" in line for line in stored.stderr.splitlines() if line.startswith("warning: "))
    assert json.loads(stored.stdout)["edges"] == data["edges"]


_ANY_CHAR = st.characters(blacklist_categories=())  # surrogates, controls, private use included


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(_ANY_CHAR, max_size=60), max_size=12),
    st.lists(st.sampled_from([". ", "\n", "\r\n", "… ", "? ", "«", "»", "'", " "]), max_size=12),
    st.integers(0, 3),
)
def test_fuzzed_text_goes_through_the_whole_pipeline(parts: list[str], seps: list[str], repeat: int) -> None:
    """No exception, bounded units, spans into the original text, every output renders."""
    text = "".join(p + (seps[k % len(seps)] if seps else " ") for k, p in enumerate(parts)) * (1 + repeat)
    if not text.strip():
        text = "x" + text
    analysed = analyse(text)
    assert all(0 <= s.span[0] <= s.span[1] <= len(text) for s in analysed.sentences)
    prepared = prepare_text(analysed, SMALL)
    assert len(prepared.unit_spans) <= SMALL.max_units + 1
    other = "Il testo di un'altra agenzia. " + text[: len(text) // 2]
    comparison = compare(text, other, SMALL)
    for p in comparison.passages:
        assert 0 <= p.source_span[0] <= p.source_span[1] <= len(text)
        assert 0 <= p.target_span[0] <= p.target_span[1] <= len(other)
    graph = trace([Document("a", text), Document("b", other)])
    json.dumps(graph_to_json(graph), ensure_ascii=False)
    dot_source(graph)
    html_report(graph)
    out = io.StringIO()
    write_csv(graph, out)
    assert all(len(row) == 9 for row in csv.reader(io.StringIO(out.getvalue())))
