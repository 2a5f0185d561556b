"""The align stage: sentence and passage alignment of one ordered pair of texts, and drift.

:func:`compare` aligns two texts; :func:`align` two texts already analysed or
prepared (:func:`prepare_text`), as a trace does for every candidate pair.
"""

from __future__ import annotations

from .comparison import align, compare
from .units import AlignText, prepare_text

__all__ = ["AlignText", "align", "compare", "prepare_text"]
