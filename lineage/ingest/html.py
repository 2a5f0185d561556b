"""Articles from web pages: the main text and metadata of an HTML page, extracted by trafilatura.

The page is decoded as a browser would (w3lib: byte order mark, then the HTTP
``Content-Type`` charset, then the page's ``<meta charset>``, else UTF-8 or a
guess), then trafilatura extracts the article's main text (menus,
related-article lists, cookie banners, comments and footers left out) and its
metadata: title, author, publication date (htmldate, from the page's metadata
only: a year found in running text is no publication date), site name as the
outlet (else the host name) and canonical URL. The extracted text is the
article's text: every span lineage reports indexes it. Paragraphs are separated
by single line feeds and the text has no leading or trailing white space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import trafilatura
from w3lib.encoding import html_to_unicode

from ..errors import InputError
from ..models import Document
from .records import check_published

# Dates as htmldate finds them, with the time of day when the page gives one (see _published).
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_MIDNIGHT = "T00:00:00"
_OFFSET = re.compile(r"([+-]\d\d)(\d\d)$")
MAX_PAGE_BYTES = 20 << 20  # a larger "page" is no article (trafilatura refuses them too)
# Less extracted text than this is no article (a menu, a title or a "read more" link kept from a
# home page or an index); a short wire flash ("ROMA, 18 GIU - Putin è arrivato a Pyongyang.") has more.
MIN_ARTICLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class Page:
    """A web page to read an article from.

    ``url`` is where it was fetched from (a WARC record's target URI), ``fetched``
    when (ISO 8601: the publication date when the page gives none) and
    ``content_type`` the HTTP ``Content-Type`` header (its charset decodes the page).
    """

    id: str
    content: bytes
    origin: str
    url: str | None = None
    fetched: str | None = None
    content_type: str | None = None


def decode_page(content: bytes, content_type: str | None = None) -> str:
    """The text of an HTML page: the encoding a browser would use (BOM, HTTP charset,
    ``<meta charset>``), else UTF-8, else the best guess."""
    _, text = html_to_unicode(content_type, content, auto_detect_fun=_guess)
    return str(text)


def _guess(content: bytes) -> str | None:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"  # what a browser assumes of an undeclared Western page that is not UTF-8
    return "utf-8"


def extract_article(page: Page) -> Document:
    """The article of a web page: its main text and metadata.

    Raises:
        InputError: the page holds no article text (a home page, an index, a paywall,
            an empty or script-only page).
    """
    if len(page.content) > MAX_PAGE_BYTES:
        raise InputError(
            f"{page.origin}: the page is {len(page.content) >> 20} MB, more than an article's page "
            f"({MAX_PAGE_BYTES >> 20} MB at most): leave it out"
        )
    html = decode_page(page.content, page.content_type)
    try:
        found = trafilatura.bare_extraction(
            html,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    # trafilatura catches what it expects; anything else raised by one hostile page must not stop
    # a batch of thousands: the page is reported like any page without an article.
    except Exception as e:
        raise InputError(f"{page.origin}: the page could not be parsed ({type(e).__name__}): leave it out") from e
    meta: dict[str, Any] = {} if found is None else found if isinstance(found, dict) else found.as_dict()
    text = meta.get("text")
    text = text.strip() if isinstance(text, str) else ""
    if len(text) < MIN_ARTICLE_CHARS:
        found_text = f"only {len(text)} characters of text" if text else "no text"
        raise InputError(
            f"{page.origin}: no article found in the page ({found_text}: a home page, index, paywall or "
            "script-only page?): give the article's own page or leave it out"
        )
    published = _published(meta.get("date"), page)
    return Document(
        id=page.id,
        text=text,
        outlet=_string(meta.get("sitename")) or _string(meta.get("hostname")),
        published=published,
        url=_string(meta.get("url")) or page.url,
        title=_string(meta.get("title")),
        origin=page.origin,
        author=_string(meta.get("author")),
    )


def read_html_file(path: Path, doc_id: str | None = None) -> Document:
    """The article of a saved web page; its id is the file stem.

    Raises:
        InputError: the file cannot be read or holds no article text.
    """
    try:
        content = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror}): check the path and permissions") from e
    return extract_article(Page(doc_id or path.stem, content, str(path)))


def _published(found: Any, page: Page) -> str | None:
    """The page's publication date (date-time when it gives a time of day), else the fetch time."""
    if isinstance(found, str) and found:
        value = found[: -len(_MIDNIGHT)] if found.endswith(_MIDNIGHT) else found  # a date given without a time
        value = _OFFSET.sub(r"\1:\2", value)
        try:
            datetime.fromisoformat(value)
        except ValueError:
            value = ""
        if value:
            return value
    if page.fetched:
        fetched = page.fetched.strip()
        if fetched.endswith("Z"):
            fetched = fetched[:-1] + "+00:00"
        try:
            return check_published(fetched, page.origin)
        except InputError:
            return None
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
