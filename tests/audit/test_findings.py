"""Syndication audit: findings and violations from hand-built lineage graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lineage.audit.findings import VIOLATIONS, AuditReport, Finding, audit, findings_to_json
from lineage.audit.policy import Policy, default_policy, load_policy, parse_policy
from lineage.models import (
    Comparison,
    Direction,
    DirectionMethod,
    Document,
    Drift,
    Edge,
    Label,
    LineageGraph,
    Link,
    Passage,
)
from tests.corpus import ROOT

EXAMPLE = ROOT / "examples" / "policy.toml"
WIRE_TEXT = "(Adnkronos) - Il presidente russo Vladimir Putin sarà in Corea del Nord nel luglio del 2000."
COPY_TEXT = "Putin sarà in Corea del Nord, come nel luglio del 2020.\n\nFonte foto in evidenza: Adnkronos"
DRIFT = Drift("date", "2000", "2020", (84, 88), (50, 54))


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_policy(EXAMPLE)


def edge(
    source: str,
    target: str,
    *,
    share: float = 0.5,
    source_share: float = 0.3,
    labels: tuple[Label, ...] = ("rewritten",),
    drift: tuple[Drift, ...] = (),
    method: DirectionMethod = "dateline",
) -> Edge:
    passages = tuple(
        Passage(
            (10 * i, 10 * i + 10),
            (10 * i, 10 * i + 10),
            label,
            0.9,
            drift if i == 0 else (),
            (Link((i,), (i,), (10 * i, 10 * i + 10), (10 * i, 10 * i + 10), label, 0.9),),
        )
        for i, label in enumerate(labels)
    )
    return Edge(source, target, Comparison(passages, source_share, share), Direction(method))


def graph(*parts: Document | Edge) -> LineageGraph:
    docs = tuple(p for p in parts if isinstance(p, Document))
    edges = tuple(p for p in parts if isinstance(p, Edge))
    return LineageGraph(docs, edges)


def only(report: AuditReport) -> Finding:
    (finding,) = report.findings
    return finding


# --- the seed story ---------------------------------------------------------------------


def test_seed_rewrite_of_the_adnkronos_wire_is_uncredited_and_unlicensed(seeds_dir: Path, example: Policy) -> None:
    wire = Document("000", next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8"))
    copy = Document(
        "001",
        next(seeds_dir.glob("001_*.txt")).read_text(encoding="utf-8"),
        outlet="Voci di Città",
        url="https://www.vocidicitta.it/putin-corea",
    )
    finding = only(audit(graph(wire, copy, edge("000", "001", share=0.42, drift=(DRIFT,))), example))
    assert (finding.document, finding.parent, finding.agency) == ("001", "000", "Adnkronos")
    assert finding.recognised_by == "dateline"
    assert [(c.agency, c.kind, c.covers_text) for c in finding.credits] == [("Adnkronos", "photo", False)]
    assert finding.credited is False  # the photo credit does not credit the text
    assert finding.licensed is False  # the example licenses nobody for Adnkronos
    assert finding.violations == ("uncredited", "unlicensed", "drift")
    assert finding.drift == (DRIFT,)


# --- each violation ---------------------------------------------------------------------


def test_licensee_terms_verbatim_share_and_embargo(example: Policy) -> None:
    wire = Document("w", "Roma, 21 mag. (askanews) – Testo.", published="2025-05-21T10:00:00+02:00")
    child = Document(
        "c",
        "Testo (con askanews).",
        outlet="Altro nome",
        url="https://www.gazzettaesempio.it/a",
        published="2025-05-21T10:20:00+02:00",
    )
    finding = only(audit(graph(wire, child, edge("w", "c", share=0.7, labels=("verbatim", "rewritten"))), example))
    assert finding.licensed is True and finding.licensee == "Gazzetta Esempio"
    assert finding.credited is True
    assert (finding.verbatim, finding.rewritten) == (1, 1)
    assert finding.terms.embargo_minutes == 30
    assert finding.delay_minutes == 20.0 and finding.embargo_respected is False
    assert finding.violations == ("verbatim_not_allowed", "over_share", "embargo")


def test_outlets_that_are_not_licensees_get_the_agency_terms(example: Policy) -> None:
    wire = Document("w", "Roma, 21 mag. (askanews) – Testo.", published="2025-05-21T10:00:00Z")
    child = Document("c", "Testo. / askanews\n", outlet="Altro", published="2025-05-21T08:20:00-02:00")
    finding = only(audit(graph(wire, child, edge("w", "c", share=0.7, labels=("verbatim",))), example))
    assert finding.licensed is False and finding.licensee is None
    assert finding.terms.embargo_minutes == 15
    assert finding.delay_minutes == 20.0 and finding.embargo_respected is True
    assert finding.violations == ("unlicensed",)


def test_no_licensee_list_means_licensed_is_unknown(example: Policy) -> None:
    wire = Document("w", "MILANO (ANSA) - La Borsa.", outlet="ANSA")
    child = Document("c", "La Borsa, scrive l'agenzia.", outlet="Altro")
    finding = only(audit(graph(wire, child, edge("w", "c", share=0.9)), example))
    assert finding.licensed is None
    assert finding.violations == ("uncredited", "over_share")


def test_a_credit_for_another_agency_does_not_count(example: Policy) -> None:
    wire = Document("w", WIRE_TEXT)
    child = Document("c", "Testo.\nFonte: ANSA\n")
    finding = only(audit(graph(wire, child, edge("w", "c")), example))
    assert [c.agency for c in finding.credits] == ["ANSA"]
    assert finding.credited is False and "uncredited" in finding.violations


def test_a_verbatim_sentence_inside_a_rewritten_passage_is_verbatim(example: Policy) -> None:
    wire = Document("w", "Roma, 21 mag. (askanews) – Testo.")
    child = Document("c", "Testo (con askanews).", outlet="Gazzetta Esempio")
    links = (
        Link((0,), (0,), (0, 5), (0, 5), "verbatim", 1.0),
        Link((1,), (1,), (6, 10), (6, 10), "rewritten", 0.7),
    )
    passage = Passage((0, 10), (0, 10), "rewritten", 0.8, (), links)
    e = Edge("w", "c", Comparison((passage,), 0.5, 0.5), Direction("dateline"))
    finding = only(audit(graph(wire, child, e), example))
    assert (finding.verbatim, finding.rewritten) == (1, 1)
    assert finding.violations == ("verbatim_not_allowed",)


def test_credit_not_required() -> None:
    policy = parse_policy("[agencies.adnkronos]\ncredit_required = false\n")
    finding = only(audit(graph(Document("w", WIRE_TEXT), Document("c", COPY_TEXT), edge("w", "c")), policy))
    assert finding.licensed is None and finding.violations == ()


# --- which edges are audited -----------------------------------------------------------


def test_parent_recognised_by_outlet_or_dateline_and_dateline_wins(example: Policy) -> None:
    by_outlet = Document("a", "Il presidente ha detto.", outlet="adnkronos.com")
    by_dateline = Document("b", "ROMA (ANSA) - Il presidente ha detto.", outlet="Adnkronos")
    report = audit(
        graph(by_outlet, by_dateline, Document("c", "x"), edge("a", "c"), edge("b", "c")),
        example,
    )
    assert [(f.parent, f.agency, f.recognised_by) for f in report.findings] == [
        ("a", "Adnkronos", "outlet"),
        ("b", "ANSA", "dateline"),
    ]


def test_edges_not_from_a_policy_agency_wire_are_not_audited(example: Policy) -> None:
    plain = Document("p", "Un articolo qualsiasi.", outlet="Voci di Città")
    afp = Document("f", "PARIS (AFP) - Le gouvernement.")  # AFP is not in the example policy
    child = Document("c", "Testo.")
    assert audit(graph(plain, afp, child, edge("p", "c"), edge("f", "c")), example).findings == ()
    # The default policy audits every known agency.
    assert [f.agency for f in audit(graph(afp, child, edge("f", "c")), default_policy()).findings] == ["AFP"]


def test_the_agency_reusing_its_own_copy_is_not_audited(example: Policy) -> None:
    wire = Document("w", WIRE_TEXT)
    update = Document("u", WIRE_TEXT + " Aggiornamento.", outlet="Adnkronos")
    assert audit(graph(wire, update, edge("w", "u")), example).findings == ()


def test_undetermined_edge_is_read_from_the_wire_story() -> None:
    wire = Document("z-wire", WIRE_TEXT)
    child = Document("a-copy", COPY_TEXT)
    reversed_drift = Drift("date", "2020", "2000", (50, 54), (84, 88))
    e = edge("a-copy", "z-wire", share=0.3, source_share=0.8, drift=(reversed_drift,), method="undetermined")
    finding = only(audit(graph(wire, child, e), default_policy()))
    assert (finding.parent, finding.document, finding.direction) == ("z-wire", "a-copy", "undetermined")
    assert finding.share == 0.8
    assert finding.drift == (DRIFT,)


def test_determined_edge_into_a_wire_story_is_not_audited(example: Policy) -> None:
    e = edge("a-copy", "z-wire", method="published")
    assert audit(graph(Document("z-wire", WIRE_TEXT), Document("a-copy", COPY_TEXT), e), example).findings == ()


def test_findings_are_sorted_by_document_parent_agency(example: Policy) -> None:
    wire = Document("w", WIRE_TEXT)
    children = [Document(i, "Testo.") for i in ("c3", "c1", "c2")]
    edges = [edge("w", c.id) for c in children]
    report = audit(graph(wire, *children, *edges), example)
    assert [f.document for f in report.findings] == ["c1", "c2", "c3"]
    assert report.findings == audit(graph(wire, *reversed(children), *reversed(edges)), example).findings


def test_edges_naming_unknown_documents_raise_key_error(example: Policy) -> None:
    with pytest.raises(KeyError):
        audit(graph(Document("w", WIRE_TEXT), edge("w", "missing")), example)


# --- embargo times ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parent", "child", "respected"),
    [
        ("2024-06-18T09:00:00+02:00", "2024-06-18T09:30:00+02:00", True),
        ("2024-06-18T09:00:00+02:00", "2024-06-18T09:29:00+02:00", False),
        ("2024-06-18 09:00", "2024-06-18 09:45", True),
        ("2024-06-18T09:00:00Z", "2024-06-18T10:00:00+02:00", False),
        ("2024-06-18", "2024-06-18T09:30:00+02:00", None),  # a date has no time
        ("2024-06-18T09:00:00", "2024-06-18T09:30:00+02:00", None),  # naive vs aware
        ("2024-06-18T09:00:00+02:00", None, None),
        ("2024-06-18T99:00", "2024-06-18T09:30", None),  # unreadable
    ],
)
def test_embargo(parent: str, child: str | None, respected: bool | None) -> None:
    policy = parse_policy("[agencies.adnkronos]\nembargo_minutes = 30\ncredit_required = false\n")
    wire = Document("w", WIRE_TEXT, published=parent)
    copy = Document("c", "Testo.", published=child)
    finding = only(audit(graph(wire, copy, edge("w", "c")), policy))
    assert finding.embargo_respected is respected
    assert finding.violations == (("embargo",) if respected is False else ())


# --- JSON -------------------------------------------------------------------------------


def test_findings_to_json(example: Policy) -> None:
    wire = Document("w", WIRE_TEXT)
    copy = Document("c", COPY_TEXT, outlet="Voci di Città")
    ansa = Document("a", "MILANO (ANSA) - Testo.")
    report = audit(graph(wire, copy, ansa, edge("w", "c", share=0.123456, drift=(DRIFT,)), edge("a", "c")), example)
    data = findings_to_json(report)
    assert json.loads(json.dumps(data)) == data
    first, second = data["findings"]
    assert {k: first[k] for k in ("document", "parent", "agency", "share", "credited", "licensed", "violations")} == {
        "document": "c",
        "parent": "a",
        "agency": "ANSA",
        "share": 0.5,
        "credited": False,
        "licensed": None,
        "violations": ["uncredited"],
    }
    assert second["agency"] == "Adnkronos" and second["share"] == 0.1235 and second["licensed"] is False
    assert second["violations"] == ["uncredited", "unlicensed", "drift"]
    assert second["credits"] == [
        {
            "agency": "Adnkronos",
            "kind": "photo",
            "span": [COPY_TEXT.index("Fonte"), len(COPY_TEXT)],
            "text": "Fonte foto in evidenza: Adnkronos",
            "covers_text": False,
        }
    ]
    assert second["drift"] == [
        {"kind": "date", "from": "2000", "to": "2020", "source_span": [84, 88], "target_span": [50, 54]}
    ]
    assert data["summary"]["violations"] == {
        "uncredited": 2,
        "unlicensed": 1,
        "verbatim_not_allowed": 0,
        "over_share": 0,
        "embargo": 0,
        "drift": 1,
    }
    assert list(data["summary"]["violations"]) == list(VIOLATIONS)
