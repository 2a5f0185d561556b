"""WARC ingest benchmark: a crawl of generated news pages into a store, against extraction alone.

Generates ``--n`` news articles (the generator of ``benchmarks/scale.py``), renders each as the
page of a news site (``scripts/make_example_warc.py``'s ``render_page``, dressed with what real
pages carry besides: a mega-menu, JSON-LD, inline scripts, a most-read box; about 40 KB a page)
and writes them to a ``.warc.gz`` with a request before each response and, every 20 pages, a
redirect and an image, as a crawler does. Then, in one run, side by side:

* ``read``: FastWARC reading every record (what the ingest's parent process does);
* ``extract``: :func:`lineage.ingest.html.extract_article` (w3lib decoding + trafilatura) on
  every page in ``--workers`` processes, nothing else;
* ``ingest``: ``lineage index add CRAWL --db NEW --workers N`` as a subprocess (whole-process
  wall time and peak RSS), which reads, extracts, signs and stores;

and prints articles/s of each and the share of the ingest's time that extraction alone takes.
``--choose N`` also compares trafilatura's default extraction with its ``fast`` mode (no
fallback extractors) on the first N pages: exact texts and speed, one process.

    .venv/bin/python benchmarks/warc.py --n 10000
    .venv/bin/python benchmarks/warc.py --n 1000 --choose 1000

Crawls are cached under ``--work`` (default ``/tmp/lineage-warc``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lineage.errors import InputError  # noqa: E402
from lineage.ingest.html import Page, extract_article  # noqa: E402
from lineage.ingest.warc import read_warc  # noqa: E402

CHUNK = 64  # pages per extraction task, as the ingest's jobs


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pages_script = _module("make_example_warc", ROOT / "scripts" / "make_example_warc.py")
scale = _module("scale", ROOT / "benchmarks" / "scale.py")

MENU = "".join(f'<li><a href="/sezione-{k}/">Sezione {k}</a></li>' for k in range(150))
SCRIPT = (
    "<script>"
    + "var ads = "
    + json.dumps([{"slot": k, "size": [300, 250], "targeting": "x" * 80} for k in range(150)])
    + ";</script>"
)
MOST_READ = "".join(
    f'<li><a href="/articolo-{k}.html">Il titolo di un articolo molto letto numero {k} di oggi</a></li>'
    for k in range(10)
)


def dress(page: bytes, record: dict[str, object], url: str) -> bytes:
    """A generated page with what real news pages carry besides the article."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": record["title"], "url": url})
    head = f'<script type="application/ld+json">{ld}</script>{SCRIPT}</head>'.encode()
    menu = f'<nav class="mega-menu"><ul>{MENU}</ul></nav></header>'.encode()
    box = f'<aside class="most-read"><h3>I più letti</h3><ol>{MOST_READ}</ol></aside></main>'.encode()
    return page.replace(b"</head>", head, 1).replace(b"</header>", menu, 1).replace(b"</main>", box, 1)


def responses(n: int) -> Iterator[object]:
    """The crawl's HTTP exchanges: every generated article's page, and redirects and images."""
    Response = pages_script.Response
    for k, (record, _) in enumerate(scale.generate(n)):
        host = f"www.{str(record['outlet']).lower()}.example"
        url = f"https://{host}/{record['id']}.html"
        page = pages_script.render_page(
            str(record["text"]),
            title=str(record["title"]),
            site=str(record["outlet"]),
            url=url,
            published=str(record["published"]),
        )
        yield Response(url, dress(page, record, url), date="2025-01-01T00:00:00Z")
        if k % 20 == 0:
            yield Response(
                url.replace("https:", "http:"), b"", status="301 Moved Permanently", headers=(("Location", url),)
            )
            yield Response(
                f"https://{host}/img/{record['id']}.jpg", b"\xff\xd8\xff" + bytes(2000), content_type="image/jpeg"
            )


def make_crawl(n: int, work: Path) -> Path:
    path = work / f"news-{n}.warc.gz"
    if not path.exists():
        work.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        tmp = path.with_suffix(".tmp")
        pages_script.write_warc(tmp, responses(n))
        tmp.rename(path)
        print(
            f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s", file=sys.stderr
        )
    return path


def _extract(pages: list[Page]) -> int:
    kept = 0
    for page in pages:
        try:
            extract_article(page)
            kept += 1
        except InputError:  # a page without an article: counted out, as the ingest reports it
            continue
    return kept


def pages_of(path: Path) -> Iterator[list[Page]]:
    chunk: list[Page] = []
    for item in read_warc(path):
        if isinstance(item, Page):
            chunk.append(item)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def time_read(path: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    records = pages = 0
    for item in read_warc(path):
        records += 1
        pages += isinstance(item, Page)
    return time.perf_counter() - start, records, pages


def time_extract(path: Path, workers: int) -> tuple[float, int]:
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        kept = sum(pool.map(_extract, pages_of(path)))
    return time.perf_counter() - start, kept


def time_ingest(path: Path, work: Path, workers: int) -> tuple[float, float, str]:
    db = work / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    lineage = Path(sys.executable).parent / "lineage"
    start = time.perf_counter()
    done = subprocess.run(
        [str(lineage), "index", "add", str(path), "--db", str(db), "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return seconds, rss, done.stdout.strip()


def choose(path: Path, limit: int) -> None:
    """trafilatura's default extraction against its fast mode: exact texts and speed."""
    import trafilatura

    from lineage.ingest.html import decode_page

    expected = {}
    for k, (record, _) in enumerate(scale.generate(limit)):
        host = f"www.{str(record['outlet']).lower()}.example"
        expected[f"https://{host}/{record['id']}.html"] = "\n".join(
            p for p in str(record["text"]).strip().split("\n") if p.strip()
        )
        if k + 1 >= limit:
            break
    pages = [p for chunk in pages_of(path) for p in chunk if p.url in expected][:limit]
    htmls = [(p.url, decode_page(p.content, p.content_type)) for p in pages]
    print(f"\nextractor choice on {len(htmls)} pages (one process)")
    print(f"{'mode':<10} {'exact':>7} {'pages/s':>9}")
    for mode, fast in (("default", False), ("fast", True)):
        start = time.perf_counter()
        exact = 0
        for url, html in htmls:
            found = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_images=False, fast=fast
            )
            text = found.as_dict().get("text") if found is not None and not isinstance(found, dict) else None
            exact += (text or "").strip() == expected[url]
        seconds = time.perf_counter() - start
        print(f"{mode:<10} {exact / len(htmls):>7.1%} {len(htmls) / seconds:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="generated news pages")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/lineage-warc"))
    parser.add_argument("--choose", type=int, default=0, help="also compare trafilatura's modes on N pages")
    args = parser.parse_args()
    path = make_crawl(args.n, args.work)
    read_s, records, pages = time_read(path)
    ingest_s, rss, summary = time_ingest(path, args.work, args.workers)  # first: its peak RSS is the children's
    extract_s, kept = time_extract(path, args.workers)
    size = path.stat().st_size / 1e6
    print(f"crawl: {path.name}, {size:.1f} MB, {records:,} records, {pages:,} HTML pages; {args.workers} worker(s)")
    print(f"{'stage':<34} {'seconds':>8} {'articles/s':>11}")
    print(f"{'read (FastWARC, parent only)':<34} {read_s:>8.1f} {pages / read_s:>11,.0f}")
    print(f"{'extract alone (w3lib+trafilatura)':<34} {extract_s:>8.1f} {kept / extract_s:>11,.0f}")
    print(f"{'ingest: lineage index add':<34} {ingest_s:>8.1f} {kept / ingest_s:>11,.0f}")
    print(f"extraction alone is {extract_s / ingest_s:.0%} of the ingest's wall time; ingest peak RSS {rss:,.0f} MB")
    print(f"index add: {summary}")
    if args.choose:
        choose(path, args.choose)


if __name__ == "__main__":
    main()
