"""Write ``examples/seeds.warc.gz``: the seed articles rendered as news pages, as a crawler saves them.

Each seed becomes the page of a made-up news site (``.example`` hosts): a cookie
banner, a menu, the article with its title, byline and date in the page's
metadata, a related-articles box, reader comments and a footer. The WARC holds
what a crawl holds: a ``warcinfo`` record, a request before each response, an
``http://`` address redirected to the page, and a ``robots.txt``. Run it from
the repository root (needs ``warcio``, a development dependency):

    .venv/bin/python scripts/make_example_warc.py            # writes examples/seeds.warc.gz

The tests and ``benchmarks/warc.py`` render their pages with :func:`render_page`
and write their WARC files with :func:`write_warc`.
"""

from __future__ import annotations

import argparse
import io
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
CRAWL_DATE = "2024-06-21T08:00:00Z"  # when the made-up crawl fetched the pages
HOSTS = {
    "Adnkronos": "www.adnkronos.example",
    "Voci di Città": "www.vocidicitta.example",
    "askanews": "www.askanews.example",
}


@dataclass(frozen=True)
class Response:
    """One HTTP exchange of a crawl, as a WARC request/response pair."""

    uri: str
    body: bytes
    status: str = "200 OK"
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    date: str = CRAWL_DATE
    request: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def render_page(
    text: str,
    *,
    title: str | None,
    site: str | None,
    url: str,
    published: str | None,
    author: str | None = "Redazione Esteri",
    charset: str = "utf-8",
    declare_charset: bool = True,
) -> bytes:
    """A news page holding ``text`` as its article (paragraphs split on blank lines, line breaks
    kept as ``<br>``) amid the furniture of a news site, encoded in ``charset``."""
    e = escape
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join("<p>" + "<br>\n".join(e(line) for line in p.split("\n")) + "</p>" for p in paragraphs)
    site_name = site or "Il Quotidiano"
    meta = [f'<link rel="canonical" href="{e(url)}">']
    if declare_charset:
        meta.insert(0, f'<meta charset="{e(charset)}">')
    if site:
        meta.append(f'<meta property="og:site_name" content="{e(site)}">')
    if title:
        meta.append(f'<meta property="og:title" content="{e(title)}">')
    if author:
        meta.append(f'<meta name="author" content="{e(author)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{e(published)}">')
    heads = "\n".join(meta)
    page = f"""<!DOCTYPE html>
<html lang="it">
<head>
{heads}
<title>{e(title or "")} | {e(site_name)}</title>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
<style>body {{ font-family: Georgia, serif; }} .cookie {{ position: fixed; bottom: 0; }}</style>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">
<p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti
per migliorare la tua esperienza e mostrarti pubblicità in linea con le tue preferenze.</p>
<button>Accetta tutti</button> <button>Rifiuta</button> <a href="/privacy">Informativa sulla privacy</a>
</div>
<header class="site-header">
<a class="logo" href="/">{e(site_name)}</a>
<nav class="main-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/politica/">Politica</a></li><li><a href="/esteri/">Esteri</a></li>
<li><a href="/economia/">Economia</a></li><li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li>
</ul></nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/esteri/">Esteri</a></div>
<article class="post-4512 post type-post status-publish format-standard">
<header class="entry-header">
<h1 class="entry-title">{e(title or "")}</h1>
<div class="byline">di {e(author or site_name)}</div>
<div class="share"><a href="#">Condividi su Facebook</a> <a href="#">Condividi su X</a></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer">Tag: <a href="/tag/esteri">esteri</a>, <a href="/tag/politica">politica</a></footer>
</article>
<aside class="related-posts">
<h3>Leggi anche</h3>
<ul>
<li><a href="/economia/borsa-milano">Borsa, Milano chiude in rialzo trainata dai titoli bancari e dall'energia</a></li>
<li><a href="/cronaca/meteo">Meteo, arriva il caldo africano: temperature fino a 38 gradi nel fine settimana</a></li>
<li><a href="/sport/calcio-mercato">Calciomercato, le ultime trattative della sessione estiva in serie A</a></li>
</ul>
</aside>
<section class="comments" id="comments">
<h3>3 commenti</h3>
<div class="comment"><p class="comment-author">Giuseppe</p>
<p>Articolo interessante, ma mi chiedo cosa ne pensino davvero gli altri Paesi della regione.</p></div>
<div class="comment"><p class="comment-author">Anna</p>
<p>Non capisco perché non se ne parli di più nei telegiornali della sera, è una notizia importante.</p></div>
</section>
</main>
<footer class="site-footer">
<p>© 2024 {e(site_name)} - Testata registrata - P.IVA 01234567890 - Tutti i diritti riservati</p>
<p><a href="/chi-siamo">Chi siamo</a> | <a href="/contatti">Contatti</a> | <a href="/privacy">Privacy</a></p>
</footer>
</body>
</html>
"""
    return page.encode(charset, "xmlcharrefreplace")


def write_warc(path: Path, responses: Iterable[Response], *, gzip: bool = True, info: bool = True) -> list[int]:
    """Write a WARC file of ``responses`` (each after its request); returns each response's offset."""
    offsets = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        if info:
            fields = io.BytesIO(b"software: lineage example crawl\r\nformat: WARC File Format 1.0\r\n")
            headers = {"WARC-Date": CRAWL_DATE, "WARC-Filename": path.name, "WARC-Record-ID": _record_id(path.name)}
            writer.write_record(
                writer.create_warc_record(
                    "",
                    "warcinfo",
                    payload=fields,
                    warc_content_type="application/warc-fields",
                    warc_headers_dict=headers,
                )
            )
        for r in responses:
            if r.request:
                head = StatusAndHeaders(
                    f"GET {r.uri.split('/', 3)[-1] if r.uri.count('/') >= 3 else '/'} HTTP/1.1",
                    [("Host", r.uri.split("/")[2]), ("User-Agent", "lineage-example/1.0")],
                    is_http_request=True,
                )
                ids = {"WARC-Date": r.date, "WARC-Record-ID": _record_id("request " + r.uri)}
                writer.write_record(
                    writer.create_warc_record(r.uri, "request", http_headers=head, warc_headers_dict=ids)
                )
            headers = [("Content-Type", r.content_type)] if r.content_type else []
            headers += list(r.headers)
            http = StatusAndHeaders(r.status, headers, protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": r.date, "WARC-Record-ID": _record_id("response " + r.uri), **r.extra}
            offsets.append(out.tell())
            writer.write_record(
                writer.create_warc_record(
                    r.uri, "response", payload=io.BytesIO(r.body), http_headers=http, warc_headers_dict=warc_headers
                )
            )
    return offsets


def _record_id(name: str) -> str:
    """A WARC-Record-ID of its own for each record, the same at every run (a file regenerated
    from the same pages is the same file)."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"


@dataclass(frozen=True)
class Seed:
    """A seed article and the address of its page."""

    id: str
    text: str
    url: str
    outlet: str | None
    published: str | None
    title: str | None


def seed_articles(seeds: Path = ROOT / "seeds") -> list[Seed]:
    """The seed articles (``seeds/*.txt`` with ``seeds/metadata.jsonl``) and their made-up addresses."""
    import json

    meta = {}
    for line in (seeds / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            meta[record["id"]] = record
    out = []
    for n, file in enumerate(sorted(seeds.glob("*.txt"))):
        m = meta.get(file.stem, {})
        outlet = m.get("outlet")
        host = HOSTS.get(outlet or "", f"www.quotidiano{n}.example")
        day = (m.get("published") or "2024-06-18").replace("-", "/")
        url = f"https://{host}/{day}/{file.stem}.html"
        out.append(Seed(file.stem, file.read_text(encoding="utf-8"), url, outlet, m.get("published"), m.get("title")))
    return out


def seed_responses(seeds: Sequence[Seed]) -> list[Response]:
    """The crawl of the seed pages: a robots.txt, a redirect from http:// and each page."""
    first = seeds[0]
    host = first.url.split("/")[2]
    out = [
        Response(f"https://{host}/robots.txt", b"User-agent: *\nAllow: /\n", content_type="text/plain"),
        Response(
            first.url.replace("https://", "http://"),
            b"",
            status="301 Moved Permanently",
            headers=(("Location", first.url),),
        ),
    ]
    for seed in seeds:
        page = render_page(seed.text, title=seed.title, site=seed.outlet, url=seed.url, published=seed.published)
        out.append(Response(seed.url, page))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "examples" / "seeds.warc.gz", help="WARC file to write")
    args = parser.parse_args(argv)
    write_warc(args.out, seed_responses(seed_articles()))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
