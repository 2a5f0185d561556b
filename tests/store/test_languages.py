"""The store's cache of article languages: identified once, and a store in one language with no
agency's item skips the meaning stage without reading its articles' texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lineage.models import Document
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
