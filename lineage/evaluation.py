"""Score detected reuse against gold cases with PAN's plagdet measure.

The measure is the one of Potthast et al., "An Evaluation Framework for
Plagiarism Detection" (COLING 2010), with the conventions of the official PAN
script ``perfmeasures.py``:

* a case or a detection is a pair of character ranges, one in a suspicious
  (reusing) document and one in a source document;
* a detection *detects* a case when both belong to the same pair of documents
  and their ranges overlap in the suspicious document **and** in the source
  document;
* ``|s ⊓ r|`` counts characters in both documents: recall of a case is the
  number of its characters (suspicious plus source) covered by the union of the
  detections that detect it, divided by its length (suspicious plus source);
  precision of a detection is the same with the roles swapped;
* recall and precision are macro-averaged over all cases and all detections,
  pooled over the whole corpus;
* with no cases and no detections, precision and recall are 1; with only one
  of the two empty, both are 0;
* granularity is the mean number of detections per detected case (1 when no
  case is detected);
* ``plagdet = F1 / log2(1 + granularity)``.

Gold files and detection files use PAN's XML layout::

    <document reference="suspicious-document00005.txt">
    <feature name="plagiarism" this_offset="3593" this_length="698"
             source_reference="source-document01090.txt"
             source_offset="1300" source_length="698" />
    </document>

where offsets and lengths count characters of the decoded text.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import quoteattr

from .errors import InputError
from .models import Passage, Span

CASE_FEATURE = "plagiarism"
DETECTION_FEATURE = "detected-plagiarism"

_Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Annotation:
    """Two character ranges: ``suspicious_span`` of ``suspicious`` reuses ``source_span`` of ``source``."""

    suspicious: str  # reference (file name) of the suspicious document
    suspicious_span: Span
    source: str  # reference (file name) of the source document
    source_span: Span

    def __post_init__(self) -> None:
        for name, (start, end) in (
            ("suspicious_span", self.suspicious_span),
            ("source_span", self.source_span),
        ):
            if not 0 <= start <= end:
                raise ValueError(
                    f"{name}=({start}, {end}) is not a character range: use (start, end) with 0 <= start <= end"
                )
        if self.length == 0:
            raise ValueError("both spans are empty: a case or detection must cover at least one character")

    @property
    def key(self) -> _Key:
        """The (suspicious, source) document pair the annotation belongs to."""
        return (self.suspicious, self.source)

    @property
    def length(self) -> int:
        """Characters covered in the suspicious document plus in the source document."""
        return (self.suspicious_span[1] - self.suspicious_span[0]) + (self.source_span[1] - self.source_span[0])


@dataclass(frozen=True, slots=True)
class Case(_Annotation):
    """A gold case of reuse."""


@dataclass(frozen=True, slots=True)
class Detection(_Annotation):
    """A detected case of reuse."""


_A = TypeVar("_A", Case, Detection)


@dataclass(frozen=True, slots=True)
class Scores:
    """Plagdet and its components over a set of cases and detections."""

    plagdet: float
    precision: float
    recall: float
    granularity: float
    cases: int
    detections: int
    detected_cases: int  # cases detected by at least one detection


def evaluate(cases: Iterable[Case], detections: Iterable[Detection]) -> Scores:
    """Score detections against gold cases, pooled over every document pair.

    Args:
        cases: Gold cases of all document pairs of the corpus.
        detections: Detections of all document pairs of the corpus.

    Returns:
        Macro-averaged precision and recall, granularity and plagdet.
    """
    case_list = list(cases)
    detection_list = list(detections)
    precision = macro_precision(case_list, detection_list)
    recall = macro_recall(case_list, detection_list)
    gran = granularity(case_list, detection_list)
    detected = _index(detection_list)
    return Scores(
        plagdet=plagdet_score(precision, recall, gran),
        precision=precision,
        recall=recall,
        granularity=gran,
        cases=len(case_list),
        detections=len(detection_list),
        detected_cases=sum(1 for case in case_list if _detecting(case, detected)),
    )


def macro_recall(cases: Sequence[Case], detections: Sequence[Detection]) -> float:
    """Mean over cases of the share of each case's characters that its detections cover.

    Args:
        cases: Gold cases.
        detections: Detections.

    Returns:
        A value in [0, 1]: 1 when both sequences are empty, 0 when only one is.
    """
    return _macro_coverage(cases, detections)


def macro_precision(cases: Sequence[Case], detections: Sequence[Detection]) -> float:
    """Mean over detections of the share of each detection's characters that true cases cover.

    Args:
        cases: Gold cases.
        detections: Detections.

    Returns:
        A value in [0, 1]: 1 when both sequences are empty, 0 when only one is.
    """
    return _macro_coverage(detections, cases)


def granularity(cases: Sequence[Case], detections: Sequence[Detection]) -> float:
    """Mean number of detections that detect a case, over the detected cases.

    Args:
        cases: Gold cases.
        detections: Detections.

    Returns:
        A value >= 1; 1 when no case is detected.
    """
    index = _index(detections)
    counts = [len(_detecting(case, index)) for case in cases]
    detected = [n for n in counts if n > 0]
    if not detected:
        return 1.0
    return sum(detected) / len(detected)


def plagdet_score(precision: float, recall: float, granularity: float) -> float:
    """Combine precision, recall and granularity: ``F1 / log2(1 + granularity)``.

    Args:
        precision: Macro precision, in [0, 1].
        recall: Macro recall, in [0, 1].
        granularity: Granularity, >= 1.

    Returns:
        Plagdet, in [0, 1]; 0 when precision and recall are both 0.

    Raises:
        ValueError: When a component is out of range.
    """
    if not (0.0 <= precision <= 1.0 and 0.0 <= recall <= 1.0):
        raise ValueError(f"precision={precision!r} and recall={recall!r} must both lie in [0, 1]")
    if granularity < 1.0:
        raise ValueError(f"granularity={granularity!r} must be at least 1")
    if precision == 0.0 and recall == 0.0:
        return 0.0
    f1 = 2 * precision * recall / (precision + recall)
    return f1 / math.log2(1 + granularity)


def passages_to_detections(
    passages: Iterable[Passage], suspicious: str, source: str, text: str | None = None
) -> tuple[Detection, ...]:
    """Turn aligned passages into detections (target = suspicious document).

    Passages whose spans are both empty are skipped. A PAN case is one stretch of reuse
    whatever its obfuscation, while lineage cuts a passage where its links' label changes
    (:func:`lineage.align.comparison.by_label`): with ``text``, passages of different labels
    that follow each other in both texts, with nothing but white space between them in the
    suspicious one, are one detection.

    Args:
        passages: Passages of a comparison of ``source`` (source) with ``suspicious`` (target).
        suspicious: Reference of the target document.
        source: Reference of the source document.
        text: The suspicious document's text, to join the pieces of a passage.

    Returns:
        One detection per non-empty passage (or run of touching passages), in the target's order
        when joined, else in the passages' order.
    """
    kept = [p for p in passages if p.target_span[1] > p.target_span[0] or p.source_span[1] > p.source_span[0]]
    spans = [(p.target_span, p.source_span) for p in kept]
    if text is not None:
        joined: list[tuple[Span, Span, str]] = []
        for p in sorted(kept, key=lambda x: (x.target_span, x.source_span)):
            if joined:
                (t0, t1), (s0, s1), label = joined[-1]
                (u0, u1), (r0, r1) = p.target_span, p.source_span
                if label != p.label and t1 <= u0 and s1 <= r0 and not text[t1:u0].strip():
                    joined[-1] = ((t0, u1), (s0, r1), p.label)
                    continue
            joined.append((p.target_span, p.source_span, p.label))
        spans = [(target, origin) for target, origin, _ in joined]
    return tuple(Detection(suspicious, target, source, origin) for target, origin in spans)


def parse_cases(xml: str, origin: str = "<string>") -> tuple[Case, ...]:
    """Read the gold cases (``<feature name="plagiarism" ...>``) of a PAN XML document.

    Args:
        xml: The XML text.
        origin: Where the text came from, for error messages.

    Returns:
        The cases, in document order.

    Raises:
        InputError: When the XML is malformed or a feature lacks an attribute.
    """
    return _parse_features(xml, CASE_FEATURE, origin, Case)


def parse_detections(xml: str, origin: str = "<string>") -> tuple[Detection, ...]:
    """Read the detections (``<feature name="detected-plagiarism" ...>``) of a PAN XML document.

    Args:
        xml: The XML text.
        origin: Where the text came from, for error messages.

    Returns:
        The detections, in document order.

    Raises:
        InputError: When the XML is malformed or a feature lacks an attribute.
    """
    return _parse_features(xml, DETECTION_FEATURE, origin, Detection)


def read_cases(path: str | Path) -> tuple[Case, ...]:
    """Read the gold cases of a PAN XML file.

    Raises:
        InputError: When the file cannot be read or parsed.
    """
    return parse_cases(_read(path), str(path))


def read_detections(path: str | Path) -> tuple[Detection, ...]:
    """Read the detections of a PAN XML file.

    Raises:
        InputError: When the file cannot be read or parsed.
    """
    return parse_detections(_read(path), str(path))


def format_detections(suspicious: str, detections: Iterable[Detection]) -> str:
    """Write detections of one suspicious document as PAN XML.

    Args:
        suspicious: Reference of the suspicious document (the ``<document reference>``).
        detections: Its detections (possibly none).

    Returns:
        The XML text, one ``<feature name="detected-plagiarism">`` per detection.

    Raises:
        ValueError: When a detection belongs to another suspicious document.
    """
    lines = [f"<document reference={quoteattr(suspicious)}>"]
    for d in detections:
        if d.suspicious != suspicious:
            raise ValueError(
                f"detection of {d.suspicious!r} cannot be written in the file of {suspicious!r}: "
                "write one file per suspicious document"
            )
        (s_start, s_end), (r_start, r_end) = d.suspicious_span, d.source_span
        lines.append(
            f'<feature name="{DETECTION_FEATURE}" this_offset="{s_start}" this_length="{s_end - s_start}"'
            f" source_reference={quoteattr(d.source)}"
            f' source_offset="{r_start}" source_length="{r_end - r_start}" />'
        )
    lines.append("</document>")
    return "\n".join(lines) + "\n"


def write_detections(path: str | Path, suspicious: str, detections: Iterable[Detection]) -> None:
    """Write detections of one suspicious document to a PAN XML file (UTF-8)."""
    Path(path).write_text(format_detections(suspicious, detections), encoding="utf-8")


def _macro_coverage(items: Sequence[_Annotation], others: Sequence[_Annotation]) -> float:
    """Mean over ``items`` of the share of each item's characters covered by the ``others`` overlapping it."""
    if not items and not others:
        return 1.0
    if not items or not others:
        return 0.0
    index = _index(others)
    total = 0.0
    for item in items:
        overlapping = _detecting(item, index)
        covered = _covered(item.suspicious_span, [o.suspicious_span for o in overlapping]) + _covered(
            item.source_span, [o.source_span for o in overlapping]
        )
        total += covered / item.length
    return total / len(items)


def _index(annotations: Iterable[_Annotation]) -> dict[_Key, list[_Annotation]]:
    index: dict[_Key, list[_Annotation]] = defaultdict(list)
    for a in annotations:
        index[a.key].append(a)
    return index


def _detecting(item: _Annotation, index: dict[_Key, list[_Annotation]]) -> list[_Annotation]:
    """The annotations of ``index`` that overlap ``item`` in both documents."""
    return [
        other
        for other in index.get(item.key, ())
        if _overlaps(item.suspicious_span, other.suspicious_span) and _overlaps(item.source_span, other.source_span)
    ]


def _overlaps(a: Span, b: Span) -> bool:
    """Whether two ranges share a character (as in perfmeasures.py's ``is_overlapping``)."""
    return b[1] > a[0] and b[0] < a[1]


def _covered(span: Span, others: Iterable[Span]) -> int:
    """Number of characters of ``span`` inside the union of ``others``."""
    clipped = sorted((max(span[0], s), min(span[1], e)) for s, e in others)
    covered = 0
    reach = span[0]
    for start, end in clipped:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}") from e


def _parse_features(xml: str, name: str, origin: str, make: type[_A]) -> tuple[_A, ...]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as e:
        raise InputError(f"{origin}: not well-formed XML ({e}); expected a PAN <document> file") from e
    reference = root.get("reference")
    if root.tag != "document" or reference is None:
        raise InputError(f'{origin}: the root element must be <document reference="...">')
    features: list[_A] = []
    for feature in root.iter("feature"):
        if feature.get("name") != name:
            continue
        try:
            source = feature.attrib["source_reference"]
            this_offset, this_length, source_offset, source_length = (
                int(feature.attrib[attr]) for attr in ("this_offset", "this_length", "source_offset", "source_length")
            )
        except KeyError as e:
            raise InputError(f'{origin}: a <feature name="{name}"> lacks the attribute {e.args[0]}') from e
        except ValueError as e:
            raise InputError(f'{origin}: a <feature name="{name}"> has a non-integer offset or length') from e
        if min(this_offset, this_length, source_offset, source_length) < 0:
            raise InputError(f'{origin}: a <feature name="{name}"> has a negative offset or length')
        try:
            features.append(
                make(
                    reference,
                    (this_offset, this_offset + this_length),
                    source,
                    (source_offset, source_offset + source_length),
                )
            )
        except ValueError as e:
            raise InputError(f'{origin}: a <feature name="{name}"> is invalid: {e}') from e
    return tuple(features)
