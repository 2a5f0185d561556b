"""What a read saw besides its articles and problems: records read and items skipped quietly.

A crawl holds much that is not an article: requests, PDFs, images, redirects,
error pages. Those are skipped without a problem (which would fail the batch)
but counted by reason, and the files of a folder that lineage does not read are
listed, so that nothing is left out silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Reasons an input item is skipped quietly (see :class:`Skip`).
NOT_RESPONSE = "not a response"  # WARC request, metadata, warcinfo, revisit... records
NOT_HTML = "not HTML"  # a response whose Content-Type is not an HTML page (PDF, image, JSON...)
REDIRECT = "redirect"  # an HTTP 3xx response
HTTP_ERROR = "HTTP error"  # an HTTP 4xx/5xx (or other non-200) response
EMPTY = "empty response"  # an HTTP 200 response without a body
OTHER_FORMAT = "other format"  # a file in a folder whose format lineage does not read (listed in ``ignored``)
REPAIRED = (
    "repaired"  # an article kept with code points UTF-8 cannot encode replaced by U+FFFD (listed in ``repaired``)
)


@dataclass(frozen=True, slots=True)
class Skip:
    """An input item skipped quietly (not an article, not an error), and why."""

    reason: str
    origin: str


@dataclass(frozen=True, slots=True)
class Counts:
    """Input records read (WARC records, JSONL lines, files), items skipped quietly by reason
    (sorted by reason) and the files of a folder that are in no format lineage reads."""

    records: int = 0
    skipped: tuple[tuple[str, int], ...] = ()
    ignored: tuple[str, ...] = ()
    repaired: tuple[str, ...] = ()  # articles kept with lone surrogates replaced by U+FFFD

    @property
    def skipped_total(self) -> int:
        """Items skipped quietly, every reason together."""
        return sum(n for _, n in self.skipped)

    def __add__(self, other: Counts) -> Counts:
        merged = Counter(dict(self.skipped))
        merged.update(dict(other.skipped))
        return Counts(
            self.records + other.records,
            tuple(sorted(merged.items())),
            self.ignored + other.ignored,
            self.repaired + other.repaired,
        )


def count(skips: Iterable[Skip], records: int = 0) -> Counts:
    """The counts of ``records`` records read and of ``skips`` (files of another format listed)."""
    reasons: Counter[str] = Counter()
    ignored: list[str] = []
    repaired: list[str] = []
    for skip in skips:
        if skip.reason == OTHER_FORMAT:
            ignored.append(skip.origin)
        elif skip.reason == REPAIRED:
            repaired.append(skip.origin)
        else:
            reasons[skip.reason] += 1
    return Counts(records, tuple(sorted(reasons.items())), tuple(ignored), tuple(repaired))


def describe(counts: Counts, articles: int, problems: int = 0) -> str:
    """One line: records read, articles kept, items skipped quietly (by reason), problems and
    files ignored."""
    text = f"{counts.records:,} record(s) read: {articles:,} article(s) kept, {counts.skipped_total:,} skipped"
    if counts.skipped:
        text += " (" + ", ".join(f"{reason} {n:,}" for reason, n in counts.skipped) + ")"
    if problems:
        text += f", {problems:,} problem(s)"
    if counts.ignored:
        text += f"; {len(counts.ignored):,} file(s) of another format ignored"
    if counts.repaired:
        text += f"; {len(counts.repaired):,} article(s) repaired"
    return text
