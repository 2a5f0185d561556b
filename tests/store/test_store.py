"""The article store: ingest, idempotence, parameter checks, query, incremental trace, concurrency."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from lineage import trace
from lineage.codec import edge_to_json
from lineage.errors import StoreError
from lineage.graph.pairs import PairAligner
from lineage.ingest import load_documents
from lineage.models import Document
from lineage.params import MeaningParams, Params, SketchParams
from lineage.store import SCHEMA_VERSION, open_store, trace_store
from tests.corpus import REWRITE, SEEDS, WIRE, scale_module

STORE_PARAMS = SketchParams()


def _scale() -> ModuleType:
    return scale_module()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str, str]]]:
    """300 synthetic articles (JSONL) with their known derivations."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    truth = []
    with path.open("w", encoding="utf-8") as out:
        for record, known in _scale().generate(300, seed=3):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if known:
                truth.append(known)
    return path, truth


def test_add_is_idempotent_and_counts(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        first = store.add_paths([corpus[0]], batch_size=100, workers=1)
        again = store.add_paths([corpus[0]], workers=1)
        stats = store.stats()
    assert (first.added, first.skipped, first.problems) == (300, 0, ())
    assert (again.added, again.skipped) == (0, 300)
    assert stats.documents == 300
    assert stats.params == STORE_PARAMS
    assert stats.band_entries > 300 * 50
    assert stats.text_bytes == sum(len(json.loads(line)["text"].encode()) for line in corpus[0].open())


def test_same_id_with_another_text_is_a_problem(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        store.add_documents([Document("a", "Il governo ha approvato la riforma delle pensioni ieri sera.")], workers=1)
        result = store.add_documents([Document("a", "Un altro testo del tutto diverso dal primo articolo.")], workers=1)
        assert result.added == 0
        assert len(result.problems) == 1
        assert "already stored with another text" in result.problems[0].message
        assert store.document("a").text.startswith("Il governo")


def test_bad_lines_are_skipped_and_the_rest_committed(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "Primo articolo valido con testo."}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    with open_store(tmp_path / "s.db") as store:
        result = store.add_paths([src, tmp_path / "bad.txt"], workers=1)
        assert result.added == 1
        origins = sorted(p.origin for p in result.problems)
        assert origins == [str(tmp_path / "bad.txt"), f"{src}:2", f"{src}:3"]
        assert "invalid JSON" in result.problems[1].message or "invalid JSON" in result.problems[0].message


def test_other_params_and_schema_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_documents([Document("a", "Il governo ha approvato la riforma delle pensioni.")], workers=1)
    with pytest.raises(StoreError, match=r"num_perm=64 \(store: 16\)"):
        open_store(db, SketchParams(num_perm=64, shingle_size=2, window=2, lsh_threshold=0.3))
    with pytest.raises(StoreError, match=r"seed=2 \(store: 1\).*new --db file"):
        open_store(db, SketchParams(shingle_size=2, num_perm=16, seed=2, window=2, lsh_threshold=0.3))
    with open_store(db, STORE_PARAMS) as same:
        assert len(same) == 1
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=f"schema version 99, this lineage reads version {SCHEMA_VERSION}"):
        open_store(db)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a lineage store"):
        open_store(other)
    (tmp_path / "junk.db").write_bytes(b"junk" * 1000)
    with pytest.raises(StoreError, match="not a lineage store"):
        open_store(tmp_path / "junk.db")
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_seed_rewrite_is_traced_and_queried(tmp_path: Path, seed_docs: dict[str, Document]) -> None:
    db = tmp_path / "seeds.db"
    with open_store(db) as store:
        result = store.add_paths([SEEDS], workers=1)
        assert result.added == len(seed_docs) and not result.problems
        assert WIRE in [c.id for c in store.candidates(seed_docs[REWRITE])]
    graph = trace_store(db)
    assert (WIRE, REWRITE) in [(e.source, e.target) for e in graph.edges]
    assert [d.id for d in graph.documents] == sorted(seed_docs)
    with open_store(db, readonly=True) as store:
        stored = store.query(seed_docs[REWRITE])
        assert stored.stored
        assert [e.source for e in stored.parents] == [WIRE]
        fresh = store.query(Document("new-copy", seed_docs[WIRE].text + "\n\nUn commento della redazione."))
        assert not fresh.stored
        assert WIRE in [e.source for e in fresh.parents + fresh.related] + [e.target for e in fresh.children]


def test_incremental_trace_equals_a_full_trace(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    lines = corpus[0].read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:200]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[200:]) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_paths([first], workers=1)
        one = store.trace(workers=1)
        store.add_paths([second], workers=1)
        two = store.trace(workers=1)
        three = store.trace(workers=1)
        incremental = {(e.source, e.target) for e in store.graph().edges}
    assert (one.documents, two.documents, three.documents) == (200, 100, 0)
    assert three.pairs == 0
    with open_store(tmp_path / "full.db") as store:
        store.add_paths([corpus[0]], workers=1)
        store.trace(workers=2)
        full = store.graph()
    assert incremental == {(e.source, e.target) for e in full.edges}
    # Most known derivations are found, parent first (every article has a publication time).
    found = {(e.source, e.target) for e in full.edges}
    truth = {(p, c) for p, c, _ in corpus[1]}
    assert len(found & truth) >= 0.9 * len(truth)


def test_trace_in_small_chunks_finds_the_same_edges(
    tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]
) -> None:
    edges = []
    for name, chunk in (("a.db", 2000), ("b.db", 37)):
        with open_store(tmp_path / name) as store:
            store.add_paths([corpus[0]], workers=1)
            stats = store.trace(workers=2, chunk=chunk)
            edges.append((stats.pairs, sorted((e.source, e.target, e.direction.method) for e in store.graph().edges)))
    assert edges[0] == edges[1]
    assert edges[0][1]


def test_align_tasks_keep_related_articles_together() -> None:
    from lineage.graph.tasks import align_tasks

    docs = {k: Document(k, f"text {k}") for k in "abcdefgh"}
    # a <- b <- c is one family, d <- e another, f <- g, h alone has no candidates.
    groups = [
        (docs["b"], (docs["a"],)),
        (docs["c"], (docs["b"], docs["a"])),
        (docs["e"], (docs["d"],)),
        (docs["g"], (docs["f"],)),
        (docs["h"], ()),
    ]
    tasks = align_tasks(groups, Params(), 2)
    pairs = [(t.documents[a].id, t.documents[b].id) for t in tasks for a, b in t.pairs]
    assert sorted(pairs) == [("a", "b"), ("a", "c"), ("b", "c"), ("d", "e"), ("f", "g")]
    assert len(tasks) == 2
    for task in tasks:
        ids = [d.id for d in task.documents]
        assert len(ids) == len(set(ids))  # every article once per task: analysed once
    family = next(t for t in tasks if "a" in [d.id for d in t.documents])
    assert {"a", "b", "c"} <= {d.id for d in family.documents}


def test_since_limits_the_graph(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_paths([corpus[0]], workers=1)
    records = [json.loads(line) for line in corpus[0].open(encoding="utf-8")]
    since = records[250]["published"]
    graph = trace_store(db, since=since)
    recent = {r["id"] for r in records if r["published"] >= since}
    ids = {d.id for d in graph.documents}
    assert recent <= ids
    assert all(e.source in recent or e.target in recent for e in graph.edges)
    with open_store(db, readonly=True) as store:
        assert store.stats().traced == len(recent)


def test_since_takes_an_rfc_2822_date_as_its_iso_8601_form(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_paths([SEEDS], workers=1)
    rfc = trace_store(db, since="Wed, 19 Jun 2024 12:00:00 +0000")
    with open_store(db, readonly=True) as store:
        iso = store.graph(since="2024-06-19T12:00:00+00:00")
    assert {d.id for d in rfc.documents} == {d.id for d in iso.documents}
    assert {d.id for d in rfc.documents} >= {"002_563101c36e50306e", "003_976568526ac96937"}
    assert {(e.source, e.target) for e in rfc.edges} == {(e.source, e.target) for e in iso.edges}


def test_store_trace_matches_in_memory_trace_on_seeds(tmp_path: Path) -> None:
    loaded = load_documents([SEEDS])
    memory = trace(loaded.documents, Params())
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_documents(loaded.documents, workers=1)
    stored = trace_store(db)
    assert {(e.source, e.target) for e in memory.edges} <= {(e.source, e.target) for e in stored.edges}
    edge = next(e for e in stored.edges if (e.source, e.target) == (WIRE, REWRITE))
    ref = next(e for e in memory.edges if (e.source, e.target) == (WIRE, REWRITE))
    assert edge.comparison == ref.comparison
    assert edge.direction == ref.direction


def test_readers_work_while_a_writer_ingests(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_paths([SEEDS], workers=1)
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as out:
        for k in range(6):
            for line in corpus[0].open(encoding="utf-8"):
                record = json.loads(line)
                record["id"] = f"{record['id']}-{k}"
                out.write(json.dumps(record) + "\n")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from lineage.store import open_store; "
            f"open_store({str(db)!r}).add_paths([{str(big)!r}], batch_size=100, workers=1)",
        ],
    )
    seen = []
    try:
        with open_store(db, readonly=True) as reader:
            probe = reader.document(REWRITE)
            deadline = time.monotonic() + 120
            while writer.poll() is None and time.monotonic() < deadline:
                seen.append(len(reader))
                assert WIRE in [c.id for c in reader.candidates(probe)]
                time.sleep(0.05)
    finally:
        writer.wait(timeout=120)
    assert writer.returncode == 0
    assert seen and seen == sorted(seen)
    with open_store(db, readonly=True) as reader:
        assert len(reader) == 5 + 6 * 300


def test_segments_merge_keeps_every_candidate(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    db = tmp_path / "s.db"
    docs = [json.loads(line) for line in corpus[0].open(encoding="utf-8")]
    probes = [Document(d["id"], d["text"]) for d in docs[::25]]
    with open_store(db) as store:
        for lo in range(0, len(docs), 100):  # three runs of five batches: a segment per run
            part = [Document(d["id"], d["text"]) for d in docs[lo : lo + 100]]
            store.add_documents(part, batch_size=20, workers=1)
        before = [store.candidates(p) for p in probes]
        assert store.stats().segments == 3
        from lineage.store import segments as seg

        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        seg.merge(conn, list(seg.load_segments(conn).values()))
        conn.execute("COMMIT")
        assert store.stats().segments == 1
        store._segments = {}
        after = [store.candidates(p) for p in probes]
        store.preload()
        in_memory = [store.candidates(p) for p in probes]
    assert before == after == in_memory
    assert all(any(c.shared >= 2 for c in found) or not found for found in after)


def test_an_ingest_run_leaves_one_segment(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    docs = [json.loads(line) for line in corpus[0].open(encoding="utf-8")]
    probes = [Document(d["id"], d["text"]) for d in docs[::25]]
    found = []
    for name, batch in (("one.db", 10_000), ("many.db", 20)):
        with open_store(tmp_path / name) as store:
            store.add_paths([corpus[0]], batch_size=batch, workers=1)  # 1 or 15 transactions
            assert store.stats().segments == 1
            assert store.stats().band_entries > 0
            found.append([store.candidates(p) for p in probes])
    assert found[0] == found[1]
    assert any(found[0])


def test_a_run_merges_its_segments_from_memory_into_what_reading_them_back_makes(
    tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lineage.store import segments as seg
    from lineage.store import writer as store_module

    monkeypatch.setattr(seg, "RANGE_ENTRIES", 3_000)  # several key ranges
    reads: list[int] = []
    real = seg.merge_range
    monkeypatch.setattr(seg, "merge_range", lambda *a: reads.append(1) or real(*a))
    made = []
    for name, held in (("memory.db", store_module.HELD_ENTRIES), ("read.db", 0)):
        monkeypatch.setattr(store_module, "HELD_ENTRIES", held)  # 0: the merge reads the segments back
        reads.clear()
        with open_store(tmp_path / name) as store:
            store.add_paths([corpus[0]], batch_size=20, workers=1)  # 15 transactions, 15 segments merged
            assert (store.stats().segments, bool(reads)) == (1, name == "read.db")
            made.append(
                store.conn.execute(
                    "SELECT s.docs, s.entries, s.fences, b.block, b.keys, b.docs FROM segments s "
                    "JOIN blocks b ON b.segment = s.id ORDER BY b.block"
                ).fetchall()
            )
    assert len(made[0]) > 20 and made[0] == made[1]


def test_an_ingest_leaves_garbage_collection_as_it_found_it(tmp_path: Path) -> None:
    import gc

    seen = []
    with open_store(tmp_path / "s.db") as store:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            try:
                docs = [
                    Document(f"{enabled}-{k}", f"Il governo ha approvato la riforma numero {k} ieri.") for k in range(3)
                ]
                result = store.add_documents(docs, progress=lambda *_: seen.append(gc.isenabled()), workers=1)
                assert result.added == 3 and gc.isenabled() == enabled
            finally:
                gc.enable()
    assert seen == [False, False]  # none while it ran


def test_window_signatures_are_datasketch_minhashes() -> None:
    from datasketch import MinHash

    from lineage.candidates.signing import make_signer, sign_texts
    from tests.oracles.signing import text_shingles

    params = SketchParams(num_perm=32, seed=7, shingle_size=2, window=2, lsh_threshold=0.3)
    text = "L’Unione europea è pronta a tutto. «Il presidente» ha detto: “Perché no?” Poi è tornato a Roma.\nÈ così."
    signer = make_signer(params)
    batch = sign_texts([text], signer, keep_windows=True)
    shingles = text_shingles(text, signer)
    assert batch.window_signatures is not None
    for w, (a, b) in enumerate(batch.windows.tolist()):
        reference = MinHash(num_perm=32, seed=7, hashfunc=int)
        for value in np.concatenate(shingles[a : b + 1]).tolist():
            reference.update(value)
        assert np.array_equal(batch.window_signatures[w], reference.hashvalues)
    spans = batch.text_spans(0).tolist()
    assert [text[a:b] for a, b in spans][:2] == [
        "Unione europea è pronta a tutto.",
        "presidente» ha detto: “Perché no?”",
    ]
    # Batches sign each text as alone.
    many = sign_texts([text, "", text * 2, text], signer)
    assert np.array_equal(many.text_bands(3), batch.text_bands(0))
    assert len(many.text_bands(1)) == 0


def test_query_aligns_each_distinct_text_once(
    tmp_path: Path, seed_docs: dict[str, Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies of a wire story republished unchanged give one alignment, and the same edge to each."""
    import lineage.graph.pairs as tracing

    wire = seed_docs[WIRE]
    copies = [Document(f"copy-{k}", wire.text, outlet=f"outlet {k}", published="2024-06-19") for k in range(3)]
    db = tmp_path / "copies.db"
    with open_store(db) as store:
        store.add_documents([wire, *copies], workers=1)
    calls: list[tuple[str, str]] = []
    real_align = tracing.align

    def counting_align(a, b, p, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((a.doc.text[:20], b.doc.text[:20]))
        return real_align(a, b, p, **kwargs)

    monkeypatch.setattr(tracing, "align", counting_align)
    new = Document("new", seed_docs[REWRITE].text, published="2024-06-20")
    with open_store(db, readonly=True) as store:
        result = store.query(new)
    assert sorted(e.source for e in result.parents) == sorted([wire.id] + [c.id for c in copies])
    assert len({e.comparison for e in result.parents}) == 1  # the same passages for every copy
    assert len(calls) == 1


def test_query_workers_give_the_same_answers(tmp_path: Path, corpus: tuple[Path, list[tuple[str, str, str]]]) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_paths([corpus[0]], workers=1)
    records = [json.loads(line) for line in corpus[0].open(encoding="utf-8")]
    # New articles: copies of stored parents (so several stored texts are candidates), trimmed.
    parents = sorted({p for p, _, _ in corpus[1]})[:12]
    texts = {r["id"]: r["text"] for r in records}
    queries = [Document(f"new-{p}", texts[p][: len(texts[p]) * 3 // 4], published="2030-01-01") for p in parents]
    with open_store(db, readonly=True) as store:
        serial = [store.query(q) for q in queries]
        store.start_query_workers(2)
        parallel = [store.query(q) for q in queries]
    assert parallel == serial
    assert sum(len(r.parents) for r in serial) > len(queries)  # several stored texts per query
    # A query attributes nothing, so its edges skip the explanations attribution weighs and the
    # settling of unlinked sentences by meaning (lineage.align.gaps); the edges are otherwise
    # those an aligner that explains gives.
    aligner = PairAligner(Params(meaning=MeaningParams(enabled=False)))
    for q, result in zip(queries, serial, strict=True):
        assert all(e.explains == () for e in result.parents)
        for e in result.parents:
            full = aligner.edge(next(d for d in result.others if d.id == e.source), q)
            assert full is not None and full.explains and replace(full, explains=()) == e


def _figures(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT source_id, target_id, share, source_share, verbatim, rewritten, drift_count, passages, languages"
            " FROM aligned_pairs ORDER BY source_id, target_id"
        ).fetchall()
    finally:
        conn.close()


def test_edge_figures_are_plain_columns_sql_can_query(tmp_path: Path, seed_docs: dict[str, Document]) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_documents(list(seed_docs.values()), workers=1)
        store.trace(workers=1)
        (edge,) = store.graph().edges
    shown = edge_to_json(edge)  # the figures lineage trace --format json prints
    keys = ("source", "target", "share", "source_share", "verbatim", "rewritten", "drift_count")
    assert _figures(db) == [(*(shown[k] for k in keys), len(shown["passages"]), None)]


def test_a_version_3_store_is_upgraded_in_place_and_keeps_everything(
    tmp_path: Path, seed_docs: dict[str, Document]
) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_documents(list(seed_docs.values()), workers=1)
        store.trace(workers=1)
        before = json.dumps([e.source + e.target for e in store.graph().edges]), len(store)
    expected = _figures(db)
    conn = sqlite3.connect(db)  # make it a version 3 store: no figure columns, no view
    conn.execute("DROP VIEW aligned_pairs")
    for column in ("share", "source_share", "verbatim", "rewritten", "drift_count", "passages", "languages"):
        conn.execute(f"ALTER TABLE edges DROP COLUMN {column}")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"schema version 3.*open it once for writing"):
        open_store(db, readonly=True)
    with open_store(db) as store:
        assert (json.dumps([e.source + e.target for e in store.graph().edges]), len(store)) == before
    assert _figures(db) == expected
    with open_store(db, readonly=True) as store:
        assert len(store) == before[1]
