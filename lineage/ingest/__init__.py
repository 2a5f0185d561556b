"""The ingest stage: files, folders and feeds read into documents, bad items reported.

:func:`load_documents` reads ``.txt`` files (with a folder's ``metadata.jsonl``)
and ``.jsonl`` feeds; every bad item becomes a :class:`~lineage.models.Problem`
and the batch goes on.
"""

from __future__ import annotations

from .files import Loaded, load_documents, read_text_file
from .records import check_published, document_from_text

__all__ = ["Loaded", "check_published", "document_from_text", "load_documents", "read_text_file"]
