"""Plagdet on hand-made cases, computed by hand in the comments."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lineage.errors import InputError
from lineage.evaluation import (
    Case,
    Detection,
    evaluate,
    format_detections,
    granularity,
    macro_precision,
    macro_recall,
    parse_cases,
    parse_detections,
    passages_to_detections,
    plagdet_score,
    read_cases,
    write_detections,
)
from lineage.models import Passage

SUSP = "suspicious-document00001.txt"
SRC = "source-document00001.txt"
OTHER_SRC = "source-document00002.txt"


def case(susp: tuple[int, int], src: tuple[int, int], source: str = SRC) -> Case:
    return Case(SUSP, susp, source, src)


def det(susp: tuple[int, int], src: tuple[int, int], source: str = SRC) -> Detection:
    return Detection(SUSP, susp, source, src)


def test_perfect_detection_scores_one() -> None:
    # Every character of the case (100 + 100) is detected, nothing else: P = R = 1, gran = 1.
    scores = evaluate([case((0, 100), (0, 100))], [det((0, 100), (0, 100))])
    assert scores.precision == 1.0
    assert scores.recall == 1.0
    assert scores.granularity == 1.0
    assert scores.plagdet == 1.0
    assert (scores.cases, scores.detections, scores.detected_cases) == (1, 1, 1)


def test_half_overlap() -> None:
    # Case: susp [0, 100), src [0, 100) = 200 chars. Detection: susp [50, 150), src [50, 150) = 200 chars.
    # Shared: 50 (susp) + 50 (src) = 100. R = 100/200 = 0.5, P = 100/200 = 0.5, gran = 1.
    # plagdet = F1 = 0.5.
    scores = evaluate([case((0, 100), (0, 100))], [det((50, 150), (50, 150))])
    assert scores.recall == pytest.approx(0.5)
    assert scores.precision == pytest.approx(0.5)
    assert scores.granularity == 1.0
    assert scores.plagdet == pytest.approx(0.5)


def test_partial_detection_counts_characters_in_both_documents() -> None:
    # Case: susp [0, 100), src [200, 300) = 200 chars. Detection: susp [50, 100), src [200, 300) = 150 chars.
    # Shared: 50 (susp) + 100 (src) = 150. R = 150/200 = 0.75, P = 150/150 = 1.
    # F1 = 2 * 0.75 * 1 / 1.75 = 6/7, gran = 1, plagdet = 6/7.
    scores = evaluate([case((0, 100), (200, 300))], [det((50, 100), (200, 300))])
    assert scores.recall == pytest.approx(0.75)
    assert scores.precision == pytest.approx(1.0)
    assert scores.plagdet == pytest.approx(6 / 7)


def test_two_detections_for_one_case_give_granularity_two() -> None:
    # Case: susp [0, 100), src [0, 100). Detections split it in halves, each overlapping in both docs.
    # R = (100 + 100)/200 = 1, P = mean(100/100, 100/100) = 1, gran = 2/1 = 2.
    # plagdet = 1 / log2(3) = 0.6309...
    cases = [case((0, 100), (0, 100))]
    detections = [det((0, 50), (0, 50)), det((50, 100), (50, 100))]
    scores = evaluate(cases, detections)
    assert scores.recall == 1.0
    assert scores.precision == 1.0
    assert scores.granularity == 2.0
    assert scores.plagdet == pytest.approx(1 / math.log2(3))
    assert scores.plagdet == pytest.approx(0.6309, abs=1e-4)


def test_overlapping_detections_are_counted_once() -> None:
    # Detections susp/src [0, 60) and [40, 100): their union covers the whole case once,
    # R = 200/200 = 1 (not 240/200). Each detection lies inside the case: P = 1. gran = 2.
    cases = [case((0, 100), (0, 100))]
    detections = [det((0, 60), (0, 60)), det((40, 100), (40, 100))]
    assert macro_recall(cases, detections) == 1.0
    assert macro_precision(cases, detections) == 1.0
    assert granularity(cases, detections) == 2.0


def test_detection_in_unrelated_place_scores_zero() -> None:
    # Detection susp [500, 600), src [500, 600) touches no case: P = 0/200 = 0, R = 0/200 = 0.
    # No case is detected, so gran = 1 by convention; plagdet = 0.
    scores = evaluate([case((0, 100), (0, 100))], [det((500, 600), (500, 600))])
    assert scores.precision == 0.0
    assert scores.recall == 0.0
    assert scores.granularity == 1.0
    assert scores.plagdet == 0.0
    assert scores.detected_cases == 0


def test_overlap_in_one_document_only_is_no_detection() -> None:
    # The detection overlaps the case in the suspicious document but not in the source:
    # it does not detect it, so nothing is counted (P = R = 0), although the suspicious ranges are equal.
    scores = evaluate([case((0, 100), (0, 100))], [det((0, 100), (300, 400))])
    assert (scores.precision, scores.recall, scores.plagdet) == (0.0, 0.0, 0.0)


def test_detection_against_another_source_is_no_detection() -> None:
    # Same offsets, but the detection names another source document.
    scores = evaluate([case((0, 100), (0, 100))], [det((0, 100), (0, 100), source=OTHER_SRC)])
    assert (scores.precision, scores.recall, scores.plagdet) == (0.0, 0.0, 0.0)


def test_adjacent_ranges_do_not_overlap() -> None:
    # [0, 100) and [100, 200) share no character: the case is not detected.
    scores = evaluate([case((0, 100), (0, 100))], [det((100, 200), (100, 200))])
    assert scores.recall == 0.0
    assert scores.detected_cases == 0


def test_no_cases_and_no_detections_is_perfect() -> None:
    # perfmeasures.py: with both sets empty, recall = precision = 1 and gran = 1.
    scores = evaluate([], [])
    assert (scores.precision, scores.recall, scores.granularity, scores.plagdet) == (1.0, 1.0, 1.0, 1.0)


def test_detections_without_cases_score_zero() -> None:
    # perfmeasures.py: with one set empty, recall = precision = 0.
    scores = evaluate([], [det((0, 10), (0, 10))])
    assert (scores.precision, scores.recall, scores.granularity, scores.plagdet) == (0.0, 0.0, 1.0, 0.0)


def test_cases_without_detections_score_zero() -> None:
    scores = evaluate([case((0, 10), (0, 10))], [])
    assert (scores.precision, scores.recall, scores.granularity, scores.plagdet) == (0.0, 0.0, 1.0, 0.0)


def test_recall_is_macro_averaged_over_cases() -> None:
    # Case A: 100 + 100 chars, detected exactly. Case B: 300 + 300 chars, missed.
    # Macro R = (1 + 0)/2 = 0.5 (a character-weighted micro recall would be 200/800 = 0.25).
    # P = 1, gran = 1, plagdet = 2 * 0.5 / 1.5 = 2/3.
    cases = [case((0, 100), (0, 100)), case((1000, 1300), (1000, 1300))]
    scores = evaluate(cases, [det((0, 100), (0, 100))])
    assert scores.recall == pytest.approx(0.5)
    assert scores.precision == 1.0
    assert scores.plagdet == pytest.approx(2 / 3)


def test_cases_and_detections_are_pooled_over_document_pairs() -> None:
    # Pair 1 (SRC): case detected exactly. Pair 2 (OTHER_SRC): a case at the same offsets, no detection.
    # A detection only counts for its own pair: R = (1 + 0)/2 = 0.5, P = 1.
    cases = [case((0, 100), (0, 100)), case((0, 100), (0, 100), source=OTHER_SRC)]
    scores = evaluate(cases, [det((0, 100), (0, 100))])
    assert scores.recall == pytest.approx(0.5)
    assert scores.precision == 1.0


def test_plagdet_score_formula() -> None:
    # P = 0.8, R = 0.6: F1 = 0.96/1.4 = 0.685714...; gran = 1.5: log2(2.5) = 1.321928...
    assert plagdet_score(0.8, 0.6, 1.5) == pytest.approx(0.685714 / 1.321928, rel=1e-5)
    assert plagdet_score(0.0, 0.0, 1.0) == 0.0
    with pytest.raises(ValueError, match="granularity"):
        plagdet_score(1.0, 1.0, 0.5)


def test_invalid_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="0 <= start <= end"):
        case((10, 5), (0, 10))
    with pytest.raises(ValueError, match="at least one character"):
        case((5, 5), (3, 3))


GOLD = """<document reference="suspicious-document00005.txt">
<feature name="plagiarism" obfuscation="none" source_length="698" source_offset="1300" \
source_reference="source-document01090.txt" this_length="698" this_offset="3593" type="artificial" />
<feature name="about" language="en" />
</document>
"""


def test_parse_gold_cases() -> None:
    assert parse_cases(GOLD) == (
        Case("suspicious-document00005.txt", (3593, 4291), "source-document01090.txt", (1300, 1998)),
    )
    assert parse_detections(GOLD) == ()


def test_parse_gold_without_cases() -> None:
    assert parse_cases('<document reference="suspicious-document00017.txt">\n</document>\n') == ()


def test_format_detections_exact_text() -> None:
    text = format_detections(SUSP, [det((5, 15), (100, 120))])
    assert text == (
        f'<document reference="{SUSP}">\n'
        f'<feature name="detected-plagiarism" this_offset="5" this_length="10" source_reference="{SRC}"'
        ' source_offset="100" source_length="20" />\n'
        "</document>\n"
    )


def test_detections_xml_round_trip(tmp_path: Path) -> None:
    detections = (det((0, 10), (20, 40)), det((50, 51), (0, 0)), det((7, 9), (1, 2), source='odd "&<name>'))
    assert parse_detections(format_detections(SUSP, detections)) == detections
    path = tmp_path / "out.xml"
    write_detections(path, SUSP, detections)
    assert parse_detections(path.read_text(encoding="utf-8")) == detections
    assert parse_cases(path.read_text(encoding="utf-8")) == ()


def test_format_refuses_detection_of_another_document() -> None:
    other = Detection("suspicious-document00002.txt", (0, 1), SRC, (0, 1))
    with pytest.raises(ValueError, match="one file per suspicious document"):
        format_detections(SUSP, [other])


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<document", "not well-formed"),
        ("<doc />", "root element"),
        ('<document reference="a"><feature name="plagiarism" this_offset="1" /></document>', "lacks"),
        (
            '<document reference="a"><feature name="plagiarism" this_offset="x" this_length="1"'
            ' source_reference="b" source_offset="1" source_length="1" /></document>',
            "non-integer",
        ),
        (
            '<document reference="a"><feature name="plagiarism" this_offset="1" this_length="0"'
            ' source_reference="b" source_offset="1" source_length="0" /></document>',
            "at least one character",
        ),
    ],
)
def test_malformed_gold_is_reported(xml: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_cases(xml, "gold.xml")


def test_read_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_cases(tmp_path / "missing.xml")


def test_passages_to_detections() -> None:
    passages = [
        Passage(source_span=(10, 20), target_span=(30, 45), label="verbatim", score=1.0),
        Passage(source_span=(0, 0), target_span=(5, 5), label="rewritten", score=0.5),  # empty: skipped
    ]
    assert passages_to_detections(passages, SUSP, SRC) == (Detection(SUSP, (30, 45), SRC, (10, 20)),)


def test_pieces_of_a_passage_are_one_detection() -> None:
    # Source: "Alpha beta gamma. Delta epsilon zeta. Skipped text here. Eta theta iota."
    target = "Alpha beta gamma! Delta epsilon zeta.\n\nEta theta iota. Own words follow."
    first = Passage(source_span=(0, 17), target_span=(0, 17), label="rewritten", score=0.8)
    second = Passage(source_span=(18, 37), target_span=(18, 37), label="verbatim", score=1.0)
    third = Passage(source_span=(57, 73), target_span=(39, 55), label="rewritten", score=0.8)
    # Touching in the suspicious text, in order in the source, labels alternating: one detection
    # (the source may skip what a copy dropped).
    joined = passages_to_detections([third, first, second], SUSP, SRC, target)
    assert joined == (Detection(SUSP, (0, 55), SRC, (0, 73)),)
    # Without the text, or when two touching passages share a label, or are out of order in the
    # source, they stay apart.
    assert len(passages_to_detections([first, second, third], SUSP, SRC)) == 3
    same = Passage(source_span=(18, 37), target_span=(18, 37), label="rewritten", score=0.8)
    assert len(passages_to_detections([first, same], SUSP, SRC, target)) == 2
    back = Passage(source_span=(0, 17), target_span=(18, 37), label="verbatim", score=1.0)
    assert len(passages_to_detections([first, back], SUSP, SRC, target)) == 2
    # Words between them in the suspicious text (an own sentence): apart.
    own = "Alpha beta gamma! Mine. Delta epsilon zeta."
    later = Passage(source_span=(18, 37), target_span=(24, 43), label="verbatim", score=1.0)
    assert len(passages_to_detections([first, later], SUSP, SRC, own)) == 2


@st.composite
def _disjoint_cases(draw: st.DrawFn) -> list[Case]:
    lengths = draw(st.lists(st.integers(1, 50), min_size=1, max_size=8))
    cases, start = [], 0
    for n in lengths:
        cases.append(case((start, start + n), (start * 2, start * 2 + n)))
        start += n + draw(st.integers(0, 5))
    return cases


@given(_disjoint_cases())
def test_exact_detections_always_score_one(cases: list[Case]) -> None:
    detections = [Detection(c.suspicious, c.suspicious_span, c.source, c.source_span) for c in cases]
    assert evaluate(cases, detections).plagdet == pytest.approx(1.0)


@given(_disjoint_cases(), st.integers(0, 400), st.integers(1, 100))
def test_scores_stay_in_range(cases: list[Case], start: int, length: int) -> None:
    scores = evaluate(cases, [det((start, start + length), (start, start + length))])
    assert 0.0 <= scores.precision <= 1.0
    assert 0.0 <= scores.recall <= 1.0
    assert 0.0 <= scores.plagdet <= 1.0
    assert scores.granularity >= 1.0


def _chars(a: Case | Detection) -> set[tuple[str, str, int]]:
    """The annotation as a set of (document, role, character) triples, as in the paper."""
    return {(a.suspicious, "susp", i) for i in range(*a.suspicious_span)} | {
        (a.source, "src", i) for i in range(*a.source_span)
    }


def _reference_recall(cases: list[Case], detections: list[Detection]) -> float:
    """rec = 1/|S| sum_s |s ⊓ ∪R| / |s|, where r counts for s only if they overlap in both documents."""
    if not cases and not detections:
        return 1.0
    if not cases or not detections:
        return 0.0
    total = 0.0
    for s in cases:
        chars = _chars(s)
        detecting = [
            r
            for r in detections
            if r.source == s.source
            and set(range(*r.suspicious_span)) & set(range(*s.suspicious_span))
            and set(range(*r.source_span)) & set(range(*s.source_span))
        ]
        covered = set().union(*(_chars(r) for r in detecting)) & chars
        total += len(covered) / len(chars)
    return total / len(cases)


_Raw = tuple[tuple[int, int], tuple[int, int], str]
_spans = st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))
_annotations = st.lists(st.tuples(_spans, _spans, st.sampled_from([SRC, OTHER_SRC])), max_size=6)


@given(_annotations, _annotations)
def test_matches_character_set_definition(raw_cases: list[_Raw], raw_detections: list[_Raw]) -> None:
    cases = [case(a, b, source=src) for a, b, src in raw_cases]
    detections = [det(a, b, source=src) for a, b, src in raw_detections]
    as_cases = [case(d.suspicious_span, d.source_span, source=d.source) for d in detections]
    as_detections = [det(c.suspicious_span, c.source_span, source=c.source) for c in cases]
    assert macro_recall(cases, detections) == pytest.approx(_reference_recall(cases, detections))
    assert macro_precision(cases, detections) == pytest.approx(_reference_recall(as_cases, as_detections))
