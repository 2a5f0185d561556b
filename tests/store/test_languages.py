"""The store's cache of article languages: identified once, and a store in one language with no
agency's item skips the meaning stage without reading its articles' texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lineage.models import Document
from lineage.params import AlignParams, Params
from lineage.store import open_store, tracing
from lineage.text.language import SAMPLE


def test_languages_are_identified_once_and_one_language_reads_no_text(
    seed_docs: dict[str, Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    identify = tracing.detect_language

    def counted(text: str) -> str:
        seen.append(text)
        return identify(text)

    def no_stage(*args: object, **kwargs: object) -> object:
        raise AssertionError("a store in one language with no agency's item must not run the meaning stage")

    monkeypatch.setattr(tracing, "detect_language", counted)
    monkeypatch.setattr(tracing, "translation_pairs_to_align", no_stage)
    # No agency's item (the seeds' 000 is Adnkronos's): no rewrite of one to look for either.
    docs = [replace(d, outlet="quotidiano.example") for d in sorted(seed_docs.values(), key=lambda d: d.id)]
    with open_store(tmp_path / "store.db") as store:
        store.add_documents(docs[:3])
        store.trace(workers=1)
        assert len(seen) == 3 and all(len(text) <= SAMPLE for text in seen)  # a sample, not the text
        store.add_documents(docs[3:])
        store.trace(workers=1)
        assert len(seen) == 5  # only the new ones
        langs = dict(store.conn.execute("SELECT d.id, l.lang FROM languages l JOIN documents d ON d.num = l.num"))
    assert langs == {d.id: "it" for d in docs}
    assert [text for text in seen] == [d.text[:SAMPLE] for d in docs]


def test_anchors_are_read_once_and_again_when_the_cut_changes(
    seed_docs: dict[str, Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The meaning stage's fact anchors are kept (``article_anchors``): a later trace reads only
    the new articles' texts; a trace cutting long texts elsewhere reads them all again."""
    read: list[str] = []
    of = tracing.anchors

    def counted(text: str) -> frozenset[str]:
        read.append(text)
        return of(text)

    monkeypatch.setattr(tracing, "anchors", counted)
    docs = sorted(seed_docs.values(), key=lambda d: d.id)  # 000 is Adnkronos's: rewrites are looked for
    with open_store(tmp_path / "store.db") as store:
        store.add_documents(docs[:3])
        store.trace(workers=1)
        assert sorted(read) == sorted(d.text for d in docs[:3])
        store.add_documents(docs[3:])
        store.trace(workers=1)
        assert sorted(read[3:]) == sorted(d.text for d in docs[3:])  # only the new ones
        kept = {
            str(i): frozenset(str(a).split("\t"))
            for i, a in store.conn.execute(
                "SELECT d.id, a.anchors FROM article_anchors a JOIN documents d ON d.num = a.num"
            )
        }
        assert kept == {d.id: of(d.text) for d in docs}
        assert any("#2024" in a for a in kept.values())  # the summit's year, a number anchor
        store.conn.execute("UPDATE documents SET traced = 0")
        store.trace(Params(align=AlignParams(max_chars=1000)), workers=1)
        assert sorted(read[5:]) == sorted(d.text[:1100] for d in docs)  # read again, as cut now
