"""The text stage: folding, words, sentences, language, stems, boilerplate and credits.

:func:`analyse` turns an article's text into sentences and folded, stemmed words,
every offset kept into the original text.
"""

from __future__ import annotations

from .analysis import AnalysedText, analyse
from .boilerplate import boilerplate_flags
from .fold import fold, fold_word, lowercase
from .language import detect_language
from .sentences import split_sentences
from .words import string_hashes

__all__ = [
    "AnalysedText",
    "analyse",
    "boilerplate_flags",
    "detect_language",
    "fold",
    "fold_word",
    "lowercase",
    "split_sentences",
    "string_hashes",
]
