"""The ingest stage: files, folders, feeds and crawls read into documents, bad items reported.

:func:`load_documents` reads ``.txt`` files (with a folder's ``metadata.jsonl``),
web pages (``.html``, ``.htm``: main text and metadata extracted), JSONL feeds
(``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``-`` for standard input) and WARC
crawls (``.warc``, ``.warc.gz``); every bad item becomes a
:class:`~lineage.models.Problem` and the batch goes on. Formats are told apart
in one place, :mod:`lineage.ingest.formats`.
"""

from __future__ import annotations

from .counts import Counts
from .files import Loaded, load_documents, read_article_file, read_text_file
from .html import Page, extract_article
from .records import check_published, document_from_text

__all__ = [
    "Counts",
    "Loaded",
    "Page",
    "check_published",
    "document_from_text",
    "extract_article",
    "load_documents",
    "read_article_file",
    "read_text_file",
]
