"""``lineage index add|stats`` and ``lineage query``; a killed ingest; a Redis-shared index."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli.index import index_group, query_command
from lineage.store import SCHEMA_VERSION, open_store
from tests.corpus import REWRITE, SEEDS, WIRE
from tests.store.test_store import _scale


def test_add_stats_query(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner = CliRunner()
    added = runner.invoke(index_group, ["add", str(SEEDS), "--db", str(db), "--workers", "1"], catch_exceptions=False)
    assert added.exit_code == 0, added.output
    assert added.stdout == "" and "5 added, 0 already stored, 0 skipped" in added.stderr
    again = runner.invoke(index_group, ["add", str(SEEDS), "--db", str(db), "--workers", "1"], catch_exceptions=False)
    assert again.stdout == "" and "0 added, 5 already stored, 0 skipped" in again.stderr
    stats = runner.invoke(index_group, ["stats", "--db", str(db), "--json"], catch_exceptions=False)
    data = json.loads(stats.stdout)
    assert data["documents"] == 5 and data["traced"] == 0 and data["schema_version"] == SCHEMA_VERSION
    assert data["params"] == {"shingle_size": 2, "num_perm": 16, "seed": 1, "window": 2, "lsh_threshold": 0.3}
    table = runner.invoke(index_group, ["stats", "--db", str(db)], catch_exceptions=False)
    assert "documents            5" in table.stdout
    query = runner.invoke(
        query_command, [str(SEEDS / f"{REWRITE}.txt"), "--db", str(db), "--format", "json"], catch_exceptions=False
    )
    assert query.exit_code == 0, query.output
    result = json.loads(query.stdout)
    assert result["query"] == REWRITE and result["stored"] is False  # stored but not traced yet
    assert result["parents"] == [WIRE]
    assert [e["source"] for e in result["edges"]] == [WIRE]
    assert {d["id"] for d in result["documents"]} == {WIRE, REWRITE}
    assert result["candidates"][0]["id"] == WIRE
    text = runner.invoke(query_command, [str(SEEDS / f"{WIRE}.txt"), "--db", str(db)], catch_exceptions=False)
    assert text.stdout.splitlines()[0] == f"{WIRE}: not stored, 1 candidate(s)"
    assert "reused by (1):" in text.stdout and REWRITE in text.stdout


def test_errors_are_reported(tmp_path: Path) -> None:
    runner = CliRunner()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    result = runner.invoke(index_group, ["stats", "--db", str(junk)])
    assert result.exit_code == 4  # fatal: nothing done
    assert "Error:" in result.output and "not a lineage store" in result.output
    missing = runner.invoke(query_command, [str(SEEDS / f"{WIRE}.txt"), "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 4 and "no such store" in missing.output
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "ok.txt").write_text("Un articolo qualsiasi con un testo breve.", encoding="utf-8")
    (bad / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    result = runner.invoke(index_group, ["add", str(bad), "--db", str(tmp_path / "s.db"), "--workers", "1"])
    assert result.exit_code == 1
    assert result.stdout == "" and "1 added, 0 already stored, 1 skipped" in result.stderr
    assert "not valid UTF-8" in result.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_index_add_warns_of_a_repaired_article_with_its_line(tmp_path: Path, workers: str) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"a{k}", "text": f"Articolo numero {k} con parole a sufficienza."}) for k in range(5)]
    lines.insert(3, '{"id": "bad", "text": "Testo con un surrogato \\ud800 solitario, che resta."}')
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(index_group, ["add", str(feed), "--db", str(db), "--workers", workers])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {feed}:4: code points UTF-8 cannot encode (lone surrogates) replaced by U+FFFD; "
        "the article is kept: re-export the feed as valid UTF-8"
    ]
    with open_store(db, readonly=True) as store:
        assert "\ufffd" in store.document("bad").text and len(store) == 6


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for args in (["--help"], ["add", "--help"], ["stats", "--help"]):
        out = runner.invoke(index_group, args, catch_exceptions=False)
        assert (out.exit_code == 0 and "--db" in out.stdout) or args == ["--help"]
    assert "derives from" in runner.invoke(query_command, ["--help"]).stdout


def _start_ingest(tmp_path: Path, n: int, seed: int, workers: int) -> tuple[Path, Path, subprocess.Popen[str]]:
    """``index add`` of ``n`` synthetic articles in batches of 100, started in a process of its own."""
    corpus = tmp_path / "news.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for record, _ in _scale().generate(n, seed=seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    db = tmp_path / "s.db"
    code = (
        "import sys; from lineage.cli.index import index_group; "
        f"index_group(['add', {str(corpus)!r}, '--db', {str(db)!r}, '--batch-size', '100', '--workers', '{workers}'])"
    )
    return corpus, db, subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)


def test_killed_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    corpus, db, proc = _start_ingest(tmp_path, 3000, seed=5, workers=1)
    committed = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("index: "):
            committed = int(line.split()[1])
            if committed >= 500:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 500 <= committed < 3000
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with open_store(db) as store:
        stats = store.stats()
        assert committed <= stats.documents < 3000
        n = store.conn.execute("SELECT sum(docs) FROM segments").fetchone()[0]
        assert n == stats.documents  # every stored article is indexed, in the same transaction
        assert "a0000010" not in [c.id for c in store.candidates(store.document("a0000010"))]
        before = stats.documents
    runner = CliRunner()
    rest = runner.invoke(index_group, ["add", str(corpus), "--db", str(db), "--workers", "1"], catch_exceptions=False)
    assert rest.stdout == "" and f"{3000 - before} added, {before} already stored, 0 skipped" in rest.stderr
    with open_store(db, readonly=True) as store:
        assert len(store) == 3000


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting to be reaped does not)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
def test_a_killed_ingest_leaves_no_worker_running(tmp_path: Path) -> None:
    _, db, proc = _start_ingest(tmp_path, 6000, seed=6, workers=2)
    assert proc.stderr is not None
    workers: list[int] = []
    for line in proc.stderr:
        workers = _children(proc.pid)
        if line.startswith("index: ") and len(workers) >= 2:
            break
    assert len(workers) >= 2, "the ingest never ran two workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 1.0
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)], "workers outlived the killed ingest"
    with open_store(db) as store:  # what was committed is there and whole
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert 0 < len(store) < 6000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def redis_port() -> Iterator[int]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not on PATH (scripts/setup.sh installs it): shared-index test skipped")
    port = _free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_workers_share_an_index_in_redis(tmp_path: Path, redis_port: int) -> None:
    config = {"type": "redis", "redis": {"host": "127.0.0.1", "port": redis_port}, "basename": b"news"}
    halves = [tmp_path / "a", tmp_path / "b"]
    for half in halves:
        half.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, halves[0 if f.stem == WIRE else 1] / f.name)
    code = (
        "import sys; from lineage.store import open_store; "
        "open_store(sys.argv[1], shared_index={'type': 'redis', 'redis': {'host': '127.0.0.1', "
        f"'port': {redis_port}}}, 'basename': b'news'}}).add_paths([sys.argv[2]], workers=1)"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path / f"{h.name}.db"), str(h)], env=os.environ.copy())
        for h in halves
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    # Worker b never stored the wire, yet its shared index finds it as a candidate for the rewrite.
    with open_store(tmp_path / "b.db", readonly=True, shared_index=config) as store:
        rewrite = store.document(REWRITE)
        assert WIRE in [c.id for c in store.candidates(rewrite)]
        result = store.query(rewrite)  # the wire's text is in a.db: reported as a candidate only
        assert WIRE in [c.id for c in result.candidates] and not result.parents
    with open_store(tmp_path / "a.db", readonly=True, shared_index=config) as store:
        found = store.query(store.document(WIRE))
        assert REWRITE in [c.id for c in found.candidates]


def test_query_a_stored_article_by_id(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "s.db"
    assert runner.invoke(index_group, ["add", str(SEEDS), "--db", str(db), "--workers", "1"]).exit_code == 0
    by_file = runner.invoke(query_command, [str(SEEDS / f"{REWRITE}.txt"), "--db", str(db), "--format", "json"])
    by_id = runner.invoke(query_command, [REWRITE, "--db", str(db), "--format", "json"])
    assert by_id.exit_code == 0, by_id.stderr
    a, b = json.loads(by_id.stdout), json.loads(by_file.stdout)
    assert a["query"] == b["query"] == REWRITE and a["parents"] == b["parents"] == [WIRE]
    missing = runner.invoke(query_command, ["no-such-id", "--db", str(db)])
    assert missing.exit_code == 4 and "no stored article has id 'no-such-id'" in missing.stderr


def test_query_refuses_what_is_not_one_article(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "s.db"
    assert runner.invoke(index_group, ["add", str(SEEDS), "--db", str(db), "--workers", "1"]).exit_code == 0
    feed = tmp_path / "two.jsonl"
    feed.write_text('{"id": "a", "text": "Prima notizia."}\n{"id": "b", "text": "Seconda notizia."}\n', "utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\x03 ok")
    several = runner.invoke(query_command, [str(feed), "--db", str(db)])
    assert several.exit_code == 4 and "query takes a file with exactly one article, this one has 2" in several.stderr
    junk = runner.invoke(query_command, [str(binary), "--db", str(db)])
    assert junk.exit_code == 4 and "not an article" in junk.stderr
