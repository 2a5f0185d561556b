"""One article named on the command line (``compare``, ``query``): a file, or a stored id."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..ingest.files import load_documents, read_article_file
from ..ingest.formats import format_of
from ..models import Document

MIN_LETTERS = 20  # fewer letters than this is not an article (an empty page, a binary file)


def read_one_article(path: Path, command: str) -> Document:
    """The one article of ``path``: a text file, a saved page, or a JSONL/WARC file holding exactly one.

    Raises:
        InputError: the file cannot be read, holds no article or several, or is not text.
    """
    fmt = format_of(path)
    if fmt in ("jsonl", "warc"):
        loaded = load_documents([path])
        if len(loaded.documents) != 1:
            found = "; ".join(p.message for p in loaded.problems[:1])
            raise InputError(
                f"{path}: {command} takes a file with exactly one article, this one has {len(loaded.documents)}"
                + (f" ({found})" if found else "")
            )
        doc = loaded.documents[0]
    else:
        doc = read_article_file(path, "html" if fmt == "html" else "text")
    letters = sum(1 for c in doc.text[:100_000] if c.isalpha())
    if letters < MIN_LETTERS:
        raise InputError(
            f"{path}: not an article ({letters} letters): give the text of a news article, UTF-8 or a web page"
        )
    return doc
