"""WARC crawls: HTML responses become articles, the rest is counted, broken records are reported
by offset and reading goes on. Every WARC file is written here with warcio."""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from lineage.ingest import load_documents
from lineage.ingest.counts import HTTP_ERROR, NOT_HTML, NOT_RESPONSE, REDIRECT
from lineage.ingest.html import Page
from lineage.ingest.warc import read_warc
from lineage.models import Problem
from tests.pages import Response, extracted, render_page, write_warc

ITALIAN = (
    "ROMA, 18 giugno - Il governo ha approvato ieri sera il decreto sulle infrastrutture, "
    "che stanzia 12 miliardi di euro per le ferrovie del Mezzogiorno.\n\n"
    "Il ministro ha spiegato che i cantieri partiranno entro l'autunno e che la priorità "
    "sarà la linea Salerno-Reggio Calabria, attesa da vent'anni.\n\n"
    "Perché il piano funzioni, però, servirà l'accordo delle regioni: le opposizioni "
    "chiedono più fondi per le città e meno per le grandi opere."
)
ENGLISH = (
    "LONDON, June 18 - The central bank held interest rates at 5.25 percent on Thursday, "
    "citing persistent inflation in the services sector.\n\n"
    "Seven of the nine members of the committee voted to hold, while two backed a cut of "
    "a quarter of a percentage point, the bank said in a statement."
)
FRENCH = (
    "PARIS, 18 juin - Le gouvernement a présenté mercredi un projet de loi sur l'énergie "
    "qui prévoit la construction de six nouveaux réacteurs d'ici à 2035.\n\n"
    "Selon le ministre, l'État financera une part importante du coût, estimé à 52 milliards "
    "d'euros, et les premiers chantiers s'ouvriront l'année prochaine à Penly."
)


@dataclass(frozen=True)
class Crawl:
    path: Path
    offsets: dict[str, int]  # response offset by URI


def _page(text: str, url: str, **kw: object) -> bytes:
    args: dict[str, object] = {"title": "Titolo", "site": "Il Giornale di Prova", "published": None} | kw
    return render_page(text, url=url, **args)  # type: ignore[arg-type]


def _responses() -> list[Response]:
    latin = "https://www.gazzetta.example/economia/decreto.html"
    cp1252 = "https://www.courrier.example/energie.html"
    return [
        Response(
            "https://www.giornale.example/politica/decreto.html",
            _page(
                ITALIAN,
                "https://www.giornale.example/politica/decreto.html",
                title="Decreto infrastrutture, 12 miliardi al Sud",
                published="2024-06-18T09:30:00+02:00",
                author="Maria Bianchi",
            ),
        ),
        Response(
            "https://www.giornale.example/allegato.pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            content_type="application/pdf",
        ),
        Response(
            "http://www.giornale.example/politica/decreto.html",
            b"",
            status="301 Moved Permanently",
            headers=(("Location", "https://www.giornale.example/politica/decreto.html"),),
        ),
        Response(
            "https://www.giornale.example/sparito.html", b"<html><body>Not found</body></html>", status="404 Not Found"
        ),
        # Latin-1, declared in the page only (the HTTP header has no charset).
        Response(
            latin,
            _page(ITALIAN.replace("12 miliardi", "13 miliardi"), latin, charset="iso-8859-1", published="2024-06-19"),
            content_type="text/html",
        ),
        # Windows-1252, declared in the HTTP header only; no site name: the host is the outlet.
        Response(
            cp1252,
            _page(
                FRENCH + " \u2013 \u201cun choix d\u2019avenir\u201d.",
                cp1252,
                charset="cp1252",
                declare_charset=False,
                site=None,
            ),
            content_type="text/html; charset=windows-1252",
            date="2024-06-18T07:15:00Z",
        ),
        Response(
            "https://www.news.example/rates.html", _page(ENGLISH, "https://www.news.example/rates.html", site="News")
        ),
    ]


def _crawl(tmp_path: Path, responses: list[Response], name: str = "crawl.warc.gz", gz: bool = True) -> Crawl:
    path = tmp_path / name
    offsets = write_warc(path, responses, gzip=gz)
    return Crawl(path, {r.uri: o for r, o in zip(responses, offsets, strict=True)})


def test_html_responses_become_articles_and_the_rest_is_counted(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path, _responses())
    loaded = load_documents([crawl.path])
    assert loaded.problems == ()
    docs = {d.id: d for d in loaded.documents}
    assert sorted(docs) == sorted(
        [
            "https://www.giornale.example/politica/decreto.html",
            "https://www.gazzetta.example/economia/decreto.html",
            "https://www.courrier.example/energie.html",
            "https://www.news.example/rates.html",
        ]
    )
    first = docs["https://www.giornale.example/politica/decreto.html"]
    # The article's text and nothing of the page's furniture.
    assert first.text == extracted(ITALIAN)
    for furniture in ("cookie", "Leggi anche", "Calciomercato", "commenti", "P.IVA", "Condividi", "Politica"):
        assert furniture not in first.text
    assert first.title == "Decreto infrastrutture, 12 miliardi al Sud"
    assert first.author == "Maria Bianchi"
    assert first.outlet == "Il Giornale di Prova"
    assert first.published == "2024-06-18T09:30:00+02:00"
    assert first.url == "https://www.giornale.example/politica/decreto.html"
    assert first.origin == f"{crawl.path}@{crawl.offsets[first.id]}"
    # Non-UTF-8 pages, decoded by the charset they declare (page or HTTP header).
    latin = docs["https://www.gazzetta.example/economia/decreto.html"]
    assert latin.text == extracted(ITALIAN.replace("12 miliardi", "13 miliardi"))
    assert "Perché" in latin.text and "priorità" in latin.text
    assert latin.published == "2024-06-19"
    french = docs["https://www.courrier.example/energie.html"]
    assert french.text.endswith("\u2013 \u201cun choix d\u2019avenir\u201d.") and "présenté" in french.text
    # No site name: the host; no publication date: the fetch time (WARC-Date).
    assert french.outlet == "courrier.example"
    assert french.published == "2024-06-18T07:15:00+00:00"
    assert docs["https://www.news.example/rates.html"].text == extracted(ENGLISH)
    skipped = dict(loaded.counts.skipped)
    requests = 7  # one before each response
    assert skipped == {NOT_RESPONSE: requests + 1, NOT_HTML: 1, REDIRECT: 1, HTTP_ERROR: 1}
    assert loaded.counts.records == 1 + 2 * 7


def _members(data: bytes) -> list[tuple[int, int]]:
    """The (start, end) of every gzip member of a .warc.gz."""
    out = []
    start = 0
    while start < len(data):
        d = zlib.decompressobj(wbits=31)
        d.decompress(data[start:])
        end = len(data) - len(d.unused_data)
        out.append((start, end))
        start = end
    return out


def _with_length(record: bytes, delta: int) -> bytes:
    m = re.search(rb"Content-Length: (\d+)", record)
    assert m is not None
    return record.replace(m.group(0), b"Content-Length: " + str(int(m.group(1)) + delta).encode(), 1)


def test_broken_records_are_reported_by_offset_and_the_rest_is_read(tmp_path: Path) -> None:
    responses = _responses()
    crawl = _crawl(tmp_path, responses, "good.warc.gz")
    data = crawl.path.read_bytes()
    members = _members(data)
    start_of = {s: (s, e) for s, e in members}
    truncated_uri = "https://www.gazzetta.example/economia/decreto.html"
    short_uri = "https://www.courrier.example/energie.html"
    t_start, t_end = start_of[crawl.offsets[truncated_uri]]
    s_start, s_end = start_of[crawl.offsets[short_uri]]
    # A truncated gzip member, and a record whose Content-Length is 40 bytes short.
    short = gzip.compress(_with_length(zlib.decompress(data[s_start:s_end], wbits=31), -40), mtime=0)
    broken = data[:t_start] + data[t_start : (t_start + t_end) // 2] + data[t_end:s_start] + short + data[s_end:]
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(broken)
    short_offset = s_start - (t_end - (t_start + t_end) // 2)
    loaded = load_documents([path])
    assert sorted(d.id for d in loaded.documents) == [
        "https://www.giornale.example/politica/decreto.html",
        "https://www.news.example/rates.html",
    ]
    origins = [p.origin for p in loaded.problems]
    assert origins == [f"{path}@{t_start}", f"{path}@{short_offset}"]
    assert "broken WARC record at offset" in loaded.problems[0].message
    assert "WARC-Payload-Digest" in loaded.problems[1].message and short_uri in loaded.problems[1].message
    assert all(p.message.startswith(f"{p.origin}") for p in loaded.problems)


def test_a_wrong_content_length_without_digest_is_found_by_the_next_record(tmp_path: Path) -> None:
    responses = _responses()
    crawl = _crawl(tmp_path, responses, "plain.warc", gz=False)
    data = crawl.path.read_bytes()
    uri = "https://www.giornale.example/politica/decreto.html"
    start = crawl.offsets[uri]
    end = data.index(b"WARC/1.", start + 10)
    record = re.sub(rb"WARC-(Payload|Block)-Digest: [^\r]*\r\n", b"", data[start:end])
    path = tmp_path / "long.warc"
    path.write_bytes(data[:start] + _with_length(record, +120) + data[end:])
    loaded = load_documents([path])
    assert [p.origin for p in loaded.problems] == [f"{path}@{start}"]
    assert "Content-Length is wrong" in loaded.problems[0].message
    # The record that the long one ran into is read all the same.
    assert "https://www.gazzetta.example/economia/decreto.html" in {d.id for d in loaded.documents}
    assert len(loaded.documents) == 4


def test_empty_and_non_warc_files_are_one_problem_each(tmp_path: Path) -> None:
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "fake.warc.gz").write_bytes(gzip.compress(b"id,text\n1,not a crawl\n"))
    (tmp_path / "plain.warc.gz").write_bytes(b"<html>saved page, wrong name</html>")
    loaded = load_documents([tmp_path])
    messages = {Path(p.origin).name: p.message for p in loaded.problems}
    assert set(messages) == {"empty.warc", "fake.warc.gz", "plain.warc.gz"}
    assert "empty" in messages["empty.warc"]
    assert "not a WARC file" in messages["fake.warc.gz"] and "not a WARC file" in messages["plain.warc.gz"]


def test_records_stream_in_file_order(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path, _responses())
    items = list(read_warc(crawl.path))
    pages = [i for i in items if isinstance(i, Page)]
    assert [p.url for p in pages] == [
        r.uri for r in _responses() if r.status.startswith("200") and "html" in (r.content_type or "")
    ]
    assert not any(isinstance(i, Problem) for i in items)
    offsets = [int(i.origin.rsplit("@", 1)[1]) for i in items]
    assert offsets == sorted(offsets) and len(items) == 15


@pytest.mark.parametrize("gz", [True, False])
def test_a_page_without_article_is_named_by_file_and_offset(tmp_path: Path, gz: bool) -> None:
    home = b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    responses = [Response("https://www.giornale.example/", home), *_responses()[:1]]
    crawl = _crawl(tmp_path, responses, "home.warc.gz" if gz else "home.warc", gz=gz)
    loaded = load_documents([crawl.path])
    assert [d.id for d in loaded.documents] == ["https://www.giornale.example/politica/decreto.html"]
    (problem,) = loaded.problems
    assert problem.origin == f"{crawl.path}@{crawl.offsets['https://www.giornale.example/']}"
    assert "no article found in the page" in problem.message


def _offsets(original: str, extracted_text: str) -> list[int]:
    """Where each offset of ``original`` lands in ``extracted_text``, a copy of it with some
    characters (white space) left out: a greedy walk, checked to consume the whole copy."""
    out = []
    j = 0
    for ch in original:
        out.append(j)
        if j < len(extracted_text) and extracted_text[j] == ch:
            j += 1
        else:
            assert ch.isspace(), f"extraction changed {ch!r}, not only white space"
    assert j == len(extracted_text)
    out.append(j)
    return out


def _in_crawl(value: object, maps: tuple[list[int], list[int]], urls: dict[str, str], key: str = "") -> object:
    """A seed edge's JSON with spans moved into the extracted texts and ids replaced by URLs."""
    if isinstance(value, dict):
        return {k: _in_crawl(v, maps, urls, k) for k, v in value.items()}
    if isinstance(value, list):
        if key.endswith("span") and len(value) == 2 and all(isinstance(v, int) for v in value):
            offsets = maps[0] if key.startswith("source") else maps[1]
            return [offsets[value[0]], offsets[value[1]]]
        return [_in_crawl(v, maps, urls, key) for v in value]
    if isinstance(value, str):
        for seed_id, url in urls.items():
            value = value.replace(seed_id, url)
    return value


def test_tracing_the_seed_crawl_gives_the_edges_and_passages_of_the_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    """examples/seeds.warc.gz is what scripts/make_example_warc.py writes, and tracing it finds
    what tracing seeds/ finds. The extracted texts differ from the seed files in white space
    only (extraction strips the text and separates paragraphs by one line feed, not a blank
    line): the same edges, shares, labels and drift, with every span moved by that white space."""
    from lineage import trace
    from lineage.render.json import graph_to_json
    from tests.pages import seed_articles, seed_responses

    path = tmp_path / "seeds.warc.gz"
    write_warc(path, seed_responses(seed_articles(seeds_dir)))
    example = Path(__file__).resolve().parents[2] / "examples" / "seeds.warc.gz"
    assert path.read_bytes() == example.read_bytes(), "run scripts/make_example_warc.py to update the example"
    crawl = load_documents([path])
    seeds = load_documents([seeds_dir])
    urls = {a.id: a.url for a in seed_articles(seeds_dir)}
    texts = {d.id: d.text for d in crawl.documents}
    assert sorted(texts) == sorted(urls.values())
    maps = {}
    for doc in seeds.documents:
        assert texts[urls[doc.id]] == extracted(doc.text)
        maps[doc.id] = _offsets(doc.text, texts[urls[doc.id]])
    crawl_edges = graph_to_json(trace(crawl.documents))["edges"]
    seed_edges = graph_to_json(trace(seeds.documents))["edges"]
    assert len(seed_edges) == 1 and len(crawl_edges) == 1
    moved = [_in_crawl(e, (maps[e["source"]], maps[e["target"]]), urls) for e in seed_edges]
    assert moved == crawl_edges
    for edge in crawl_edges:
        for passage in edge["passages"]:
            a, b = passage["target_span"]
            assert texts[edge["target"]][a:b].strip()
