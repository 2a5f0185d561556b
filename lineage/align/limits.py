"""What the bounds of the alignment leave out of an article, said in one line.

The aligner bounds its work per text (:class:`~lineage.params.AlignParams`: ``max_chars``,
``max_units``, ``max_repeats``; :func:`lineage.align.units.prepare_text` applies them), so a
junk page (one line repeated thousands of times, a 20 MB text without punctuation) costs at
most what a long article costs. :func:`limit_notice` says what was left out, for a warning
naming the article; :func:`limit_notices` does it for a batch, analysing only the texts a
cheap look (length, sentence count, repeated sentences) says may be cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import Document, Problem
from ..params import AlignParams
from ..text import analyse
from ..text.sentences import split_sentences
from .units import aligned_part, prepare_text, repeat_key

SENTENCE_CHARS = 200  # a bound on how many units a text's long sentences can make: one per this many characters


def may_be_cut(text: str, p: AlignParams) -> bool:
    """Whether the bounds may leave part of ``text`` out (false: they surely do not)."""
    if len(text) > p.max_chars:
        return True
    spans = split_sentences(text)
    if len(spans) + len(text) // SENTENCE_CHARS > p.max_units:
        return True
    counts = Counter(repeat_key(text, s) for s in spans)
    return max(counts.values(), default=0) > p.max_repeats


def limit_notice(text: str, p: AlignParams) -> str | None:
    """What of ``text`` the alignment leaves out, in one line, or None when it aligns all of it (pure)."""
    if not may_be_cut(text, p):
        return None
    limits = prepare_text(analyse(aligned_part(text, p)), p).limits
    if not limits.cut(len(text)):
        return None
    parts = []
    if limits.end < len(text):
        parts.append(
            f"only its first {limits.end:,} of {len(text):,} characters are aligned "
            f"(at most {p.max_units:,} sentences and {p.max_chars:,} characters)"
        )
    if limits.repeated:
        parts.append(f"{limits.repeated:,} repeated sentence(s) beyond their first {p.max_repeats} occurrences are not")
    return "; ".join(parts) + ": split the text into articles or raise AlignParams' bounds"


def limit_notices(documents: Iterable[Document], p: AlignParams) -> tuple[Problem, ...]:
    """The notices of the articles the bounds cut, as problems naming each article."""
    found = []
    for doc in documents:
        notice = limit_notice(doc.text, p)
        if notice is not None:
            origin = doc.origin or doc.id
            found.append(Problem(origin, f"{origin}: article {doc.id!r}: {notice}"))
    return tuple(found)
