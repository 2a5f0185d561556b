"""Settling by meaning the sentences a lexical alignment leaves unlinked (lineage.align.gaps).

The rules are checked with a fake encoder (a vector per sentence chosen by the test); the
real one (the multilingual encoder that ships in its package) on an Italian and an English
copy that rewords one sentence and adds one of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from lineage import compare
from lineage.align.gaps import gaps, settle_gaps
from lineage.align.meaning import default_encoder
from lineage.align.units import AlignText, aligned_part, prepare_text
from lineage.models import Comparison, Passage
from lineage.params import AlignParams, MeaningParams
from lineage.text import analyse
from tests.align.test_comparison import FLOOD, FRANA, FRANA_COPY, FRANA_OWN, FRANA_REST

A, M = AlignParams(), MeaningParams()


def _prepared(text: str) -> AlignText:
    return prepare_text(analyse(aligned_part(text, A)), A)


def _real(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
    return default_encoder().encode([text.doc.sentence_text(k) for k in sentences])


def _covering(comparison: Comparison, start: int, end: int) -> list[Passage]:
    return [p for p in comparison.passages if p.target_span[0] < end and start < p.target_span[1]]


# The English story with a word or two changed in most sentences (a light copy, not verbatim).
EDITED = [
    x.replace("heavy ", "").replace("almost ", "nearly ").replace("stay closed", "remain shut").replace("move", "take")
    for x in FLOOD
]

REWORDED = "In mattinata il primo cittadino ha riunito l'unità di crisi del municipio con gli esperti regionali."


def test_reworded_sentence_is_linked_and_own_sentence_stays_out() -> None:
    source = " ".join(FRANA)
    target = " ".join((*FRANA_COPY[:3], REWORDED, FRANA_OWN, *FRANA_REST))
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target)
    settled = settle_gaps(lexical, a, b, _real, A, M)
    # Words miss the rewording: it shares too little with "Il sindaco ... ha convocato ...".
    reworded = target.index(REWORDED)
    assert not any(link.target_span[0] == reworded for link in lexical.links)
    (link,) = [x for x in settled.links if x.target_span[0] == reworded]
    assert link.label == "rewritten"
    assert source[link.source_span[0] : link.source_span[1]] == FRANA[3]
    assert target[link.target_span[0] : link.target_span[1]] == REWORDED
    own = target.index(FRANA_OWN)
    assert not _covering(settled, own, own + len(FRANA_OWN))
    assert (own, own + len(FRANA_OWN)) in settled.original
    assert settled.target_share > lexical.target_share


def test_english_own_sentence_inside_a_passage_is_cut_out_by_meaning() -> None:
    source = " ".join(FLOOD)
    # A loose rewrite (its links score under own_copy_score, so words alone never cut it) with
    # a sentence of its own in the middle.
    own = "Older residents still talk about the winter of 1987, when the ice jammed the river for a week."
    target = " ".join([*EDITED[:3], own, *EDITED[3:]])
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target, AlignParams(own_copy_score=1.0))
    start = target.index(own)
    assert _covering(lexical, start, start + len(own))
    settled = settle_gaps(lexical, a, b, _real, A, M)
    assert not _covering(settled, start, start + len(own))
    for sentence in EDITED:
        at = target.index(sentence)
        assert _covering(settled, at, at + len(sentence)), sentence


def _fake(table: dict[str, int], size: int = 8):  # type: ignore[no-untyped-def]
    """Vectors by sentence: the one-hot vector ``table`` gives its first word, else zero."""

    def vectors(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
        rows = np.zeros((len(sentences), size), np.float32)
        for row, k in enumerate(sentences):
            first = text.doc.sentence_text(k).split()[0]
            if first in table:
                rows[row, table[first]] = 1.0
        return rows

    return vectors


def test_gap_rules_with_a_fake_encoder() -> None:
    source = " ".join(FLOOD)
    filler = "Quite unrelated words fill this sentence so that nothing in it matches the story at all today."
    target = " ".join([*EDITED[:3], filler, *EDITED[4:]])  # in place of the source's fourth sentence
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target, AlignParams(own_copy_score=1.0))
    (gap,) = gaps(lexical, b, A.max_gap)
    assert gap[0] == 0  # inside the one passage
    assert gap[1] == [3]
    assert gap[2] == [2, 3, 4]
    start = target.index(filler)
    # Like the source's fourth sentence ("The mayor ..."): linked to it.
    linked = settle_gaps(lexical, a, b, _fake({"Quite": 0, "The": 0}), A, M)
    assert any(x.target_span[0] == start and x.source_sentences == (3,) for x in linked.links)
    # Like nothing there: the outlet's own, cut out (the passage holding it becomes two).
    assert _covering(lexical, start, start + len(filler))
    cut = settle_gaps(lexical, a, b, _fake({"Quite": 1, "The": 0}), A, M)
    assert not _covering(cut, start, start + len(filler))
    assert len(cut.passages) == len(lexical.passages) + 1
    assert (start, start + len(filler)) in cut.original

    # A gap longer than max_sentences on either side is left as it was, nothing embedded.
    def never(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
        raise AssertionError("a long gap is not embedded")

    assert settle_gaps(lexical, a, b, never, A, MeaningParams(max_sentences=2)) == lexical
    # Alike, but under the link threshold and over the own one: left as it was.
    between = MeaningParams(gap_threshold=0.9, own_threshold=-0.5)
    assert settle_gaps(lexical, a, b, _fake({"Quite": 1, "The": 0}), A, between) == lexical


def test_nothing_to_settle_returns_the_comparison() -> None:
    source = " ".join(FLOOD)
    comparison = compare(source, source)
    prepared = _prepared(source)

    def never(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
        raise AssertionError("no gap: nothing is embedded")

    assert settle_gaps(comparison, prepared, prepared, never, A, M) is comparison
