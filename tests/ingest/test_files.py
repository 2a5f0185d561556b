"""Reading .txt, .jsonl and folder metadata; errors that name the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lineage.errors import InputError
from lineage.ingest import load_documents, read_text_file
from tests.corpus import WIRE


def test_seeds_folder_with_metadata(seeds_dir: Path) -> None:
    loaded = load_documents([seeds_dir])
    assert len(loaded.documents) == 5 and not loaded.problems
    wire = loaded.documents[0]
    assert wire.id == WIRE and wire.outlet == "Adnkronos" and wire.published == "2024-06-18"
    # The dateline is part of the text.
    assert wire.text.lstrip().startswith("date 2024-06 (Adnkronos) -")


def test_folder_metadata_rfc_2822_date_is_stored_as_iso_8601(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Uno.", encoding="utf-8")
    meta = {"id": "a", "published": "Tue, 18 Jun 2024 09:30:00 +0200"}
    (tmp_path / "metadata.jsonl").write_text(json.dumps(meta) + "\n", encoding="utf-8")
    loaded = load_documents([tmp_path])
    assert not loaded.problems
    assert loaded.documents[0].published == "2024-06-18T09:30:00+02:00"


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Uno.", "source": "ANSA", "published": "2024-06-18T09:00:00+02:00"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": "Tre.", "outlet": "Il Post", "url": "https://x.it/c", "title": "T"}),
        json.dumps({"id": "d", "text": "Quattro.", "published": "ieri"}),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    loaded = load_documents([path])
    assert [d.id for d in loaded.documents] == ["a", "c"]
    assert loaded.documents[0].outlet == "ANSA"
    assert loaded.documents[1].url == "https://x.it/c"
    origins = [p.origin for p in loaded.problems]
    assert origins == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "invalid JSON" in loaded.problems[0].message
    assert "ISO 8601" in loaded.problems[2].message


def test_bad_utf8_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("prima riga\nperch\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt:2: not valid UTF-8.*iconv"):
        read_text_file(path)
    loaded = load_documents([tmp_path])
    assert loaded.documents == () and len(loaded.problems) == 1


def test_duplicate_ids_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Primo.", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Secondo.", encoding="utf-8")
    loaded = load_documents([tmp_path])
    assert [d.text for d in loaded.documents] == ["Primo."]
    assert "unique id" in loaded.problems[0].message


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        load_documents([tmp_path / "nope"])


def test_empty_file_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Testo.", encoding="utf-8")
    loaded = load_documents([tmp_path, tmp_path / "ok.txt"])
    assert [d.id for d in loaded.documents] == ["ok"]
    assert any("empty" in p.message for p in loaded.problems)


def test_jsonl_lines_parsed_as_views_give_what_copies_give() -> None:
    from lineage.ingest.records import documents_from_lines
    from lineage.store.jobs import parse_jsonl

    raw = (
        b'{"id": "a", "text": "Prima riga."}\n'
        b"   \n"
        b"\n"
        b'{"id": "b", "text": "Caff\xc3\xa8 \\"amaro\\".", "published": "2024-06-18"}\r\n'
        b"not json\n"
        b'{"id": "c", "text": "bad \xff byte"}\n'
        b' {"id": "d", "text": "leading space"}\n'
        b"[1, 2]\n"
        b'{"id": "e", "text": "no line feed at the end"}'
    )
    views = parse_jsonl("f.jsonl", 1, raw)
    copies = documents_from_lines("f.jsonl", 1, raw.split(b"\n"))
    assert views == copies
    assert [d.id for d in views[0]] == ["a", "b", "d", "e"]
    assert [p.origin for p in views[1]] == ["f.jsonl:5", "f.jsonl:6", "f.jsonl:8"]


@pytest.mark.parametrize("text", ["", "   ", " \n\t\u00a0\u2009 ", 5])
def test_jsonl_line_without_text_is_a_problem(text: object) -> None:
    from lineage.ingest.records import document_from_line

    found = document_from_line(json.dumps({"id": "x", "text": text}), "a.jsonl:3")
    assert not hasattr(found, "text")
    assert found.message.startswith('a.jsonl:3: missing or empty "text"')  # type: ignore[union-attr]


def test_jsonl_line_with_text_is_a_document() -> None:
    from lineage.ingest.records import document_from_line

    found = document_from_line(json.dumps({"id": "x", "text": " \u00a0a "}), "a.jsonl:3")
    assert getattr(found, "text", None) == " \u00a0a "


def test_a_job_stores_each_articles_units_and_signature() -> None:
    """The rows of a job: units as uint16 spans (uint32 in a text of 64 KB or more) and the
    signature of every article, as signing it alone gives them."""

    from lineage.candidates.signing import make_signer, sign_texts
    from lineage.models import Document
    from lineage.params import SketchParams
    from lineage.store.jobs import Job, run_job, unpack_units

    sentence = "Il consiglio comunale ha approvato il bilancio con dodici voti favorevoli. "
    texts = [sentence * 3, sentence * 1000 + "Fine.", "Breve.", "Caffè " + sentence * 2]
    assert len(texts[1].encode()) >= 1 << 16
    docs = tuple(Document(f"d{k}", t, outlet="ANSA" if k else None, origin=f"o{k}") for k, t in enumerate(texts))
    signer = make_signer(SketchParams())
    done = run_job(Job(documents=docs), signer)
    assert [r[0] for r in done.rows] == ["d0", "d1", "d2", "d3"]
    assert [r[2] for r in done.rows] == [None, "ANSA", "ANSA", "ANSA"] and done.rows[3][6] == "o3"
    assert [r[7][:1] for r in done.rows] == [b"\x02", b"\x04", b"\x02", b"\x02"]
    for doc, row in zip(docs, done.rows, strict=True):
        alone = sign_texts([doc.text], signer)
        assert unpack_units(row[7]) == tuple(map(tuple, alone.text_spans(0).tolist()))
        assert row[8] == alone.signatures[0].tobytes() and row[9] == doc.text.encode()
        assert row[1] == alone.content_hashes[0]
    assert bool((done.pairs[1:] > done.pairs[:-1]).all())  # sorted, distinct
