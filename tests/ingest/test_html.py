"""Web pages: the main text and metadata extracted, the page decoded by its declared charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.errors import InputError
from lineage.ingest import load_documents
from lineage.ingest.html import Page, decode_page, extract_article, read_html_file
from tests.pages import extracted, render_page

TEXT = (
    "MILANO, 3 luglio - La Borsa di Milano ha chiuso la seduta in rialzo dell'1,2 per cento, "
    "trainata dai titoli bancari dopo i conti trimestrali.\n\n"
    "Gli analisti attribuiscono il rialzo alle attese di un taglio dei tassi a settembre; "
    "lo spread tra Btp e Bund è sceso a 128 punti base."
)
URL = "https://www.borsa.example/mercati/chiusura.html"


def _page(**kw: object) -> bytes:
    args: dict[str, object] = {"title": "Piazza Affari chiude in rialzo", "site": "Borsa Oggi"} | kw
    args.setdefault("published", "2024-07-03T17:45:00+02:00")
    return render_page(TEXT, url=URL, **args)  # type: ignore[arg-type]


def test_saved_page_gives_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "chiusura.html"
    path.write_bytes(_page(author="Luca Verdi"))
    doc = read_html_file(path)
    assert doc.id == "chiusura" and doc.origin == str(path)
    assert doc.text == extracted(TEXT)
    assert (doc.title, doc.outlet, doc.author, doc.url) == (
        "Piazza Affari chiude in rialzo",
        "Borsa Oggi",
        "Luca Verdi",
        URL,
    )
    assert doc.published == "2024-07-03T17:45:00+02:00"
    for furniture in ("cookie", "Leggi anche", "Giuseppe", "Tutti i diritti", "Home", "Tag:"):
        assert furniture not in doc.text


def test_a_date_without_time_stays_a_date_and_no_date_is_none() -> None:
    dated = extract_article(Page("a", _page(published="2024-07-03"), "a.html"))
    assert dated.published == "2024-07-03"
    undated = extract_article(Page("b", _page(published=None), "b.html"))
    assert undated.published is None
    fetched = extract_article(Page("c", _page(published=None), "c.html", fetched="2024-07-04T06:00:00Z"))
    assert fetched.published == "2024-07-04T06:00:00+00:00"


@pytest.mark.parametrize(
    ("charset", "declared", "header"),
    [
        ("iso-8859-1", True, None),
        ("cp1252", False, "text/html; charset=windows-1252"),
        ("utf-8", False, None),
        ("cp1252", False, None),  # undeclared and not UTF-8: what a browser assumes
    ],
)
def test_pages_are_decoded_by_their_declared_charset(charset: str, declared: bool, header: str | None) -> None:
    page = _page(charset=charset, declare_charset=declared)
    doc = extract_article(Page("p", page, "p.html", content_type=header))
    assert doc.text == extracted(TEXT)
    assert "è sceso" in doc.text


def test_http_charset_beats_a_wrong_page_declaration() -> None:
    page = _page(charset="utf-8").replace(b'<meta charset="utf-8">', b'<meta charset="iso-8859-1">')
    assert "è sceso" in decode_page(page, "text/html; charset=utf-8")


def test_page_without_article_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        "<html><head><title>Borsa Oggi</title></head><body><nav><a href='/'>Home</a> <a href='/m'>Mercati</a>"
        "</nav><script>document.write('x')</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"index\.html: no article found in the page"):
        read_html_file(path)
    (tmp_path / "ok.htm").write_bytes(_page())
    loaded = load_documents([tmp_path])
    assert [d.id for d in loaded.documents] == ["ok"]
    assert [p.origin for p in loaded.problems] == [str(path)]


def test_folder_metadata_applies_to_pages(tmp_path: Path) -> None:
    (tmp_path / "chiusura.html").write_bytes(_page())
    (tmp_path / "metadata.jsonl").write_text('{"id": "chiusura", "outlet": "ANSA", "author": "Redazione"}\n')
    (doc,) = load_documents([tmp_path]).documents
    assert (doc.outlet, doc.author, doc.title) == ("ANSA", "Redazione", "Piazza Affari chiude in rialzo")
