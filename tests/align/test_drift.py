"""Fact drift: numbers, dates and names that changed."""

from __future__ import annotations

from lineage.align.drift import find_drift
from lineage.text import analyse


def drift(source: str, target: str) -> list[tuple[str, str, str]]:
    a, b = analyse(source, "it"), analyse(target, "it")
    items = find_drift(a, (0, len(a.words)), b, (0, len(b.words)))
    for d in items:
        assert source[d.source_span[0] : d.source_span[1]] == d.source
        assert target[d.target_span[0] : d.target_span[1]] == d.target
    return [(d.kind, d.source, d.target) for d in items]


def test_year_and_day_changes() -> None:
    assert drift(
        "Putin ha visitato Pyongyang nel luglio del 2000, il 19 giugno.",
        "Putin ha visitato Pyongyang nel luglio del 2020, il 20 giugno.",
    ) == [("date", "2000", "2020"), ("date", "19", "20")]


def test_number_change_and_reordering() -> None:
    assert drift(
        "Sono morte 12 persone nell'incidente di ieri sera a Milano.",
        "A Milano ieri sera nell'incidente sono morte 15 persone.",
    ) == [("number", "12", "15")]


def test_name_change() -> None:
    assert drift(
        "Lo ha detto il portavoce Dmitry Peskov in conferenza stampa.",
        "Lo ha detto il portavoce Sergej Lavrov in conferenza stampa.",
    ) == [("name", "Dmitry", "Sergej"), ("name", "Peskov", "Lavrov")]


def test_same_facts_no_drift() -> None:
    assert (
        drift(
            "Il leader nordcoreano Kim Jong-un è arrivato a Mosca il 12 settembre 2023.",
            "Kim Jong Un, leader nordcoreano, è arrivato a Mosca il 12 settembre 2023.",
        )
        == []
    )
