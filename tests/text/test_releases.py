"""Press releases recognised by their heading or their press office's signature, in any language."""

from __future__ import annotations

import pytest

from lineage.text.releases import is_press_release

BODY = "Il consiglio di amministrazione ha approvato il bilancio 2024.\n\nI ricavi crescono del 12%."


@pytest.mark.parametrize(
    "text",
    [
        "COMUNICATO STAMPA\n\nLumera Energia: ricavi in crescita\n\n" + BODY,
        "Comunicato stampa – Treviso, 27 marzo 2025\n" + BODY,
        BODY + "\n\nUfficio stampa Lumera Energia\nGiulia Zanatta – stampa@lumera.example",
        BODY + "\n\nContatti per la stampa:\nstampa@lumera.example",
        "PRESS RELEASE\nAcme Corp reports record sales\n\nAcme said on Monday sales rose.",
        "Acme reports record sales\n\nAcme said on Monday sales rose.\n\nMedia contact: Jane Roe, +1 555 0100",
        "Communiqué de presse\nLa société annonce ses résultats.",
        "Die Firma meldet Rekordumsatz.\n\nPressekontakt:\nMax Muster",
        "Nota de prensa\nLa empresa presenta sus resultados.",
    ],
)
def test_a_release_is_recognised_by_its_heading_or_its_press_office(text: str) -> None:
    assert is_press_release([text])
    first, rest = text.split("\n", 1)
    long = first + "\n" + "Una riga qualunque del testo, lunga quanto basta.\n" * 30 + rest
    assert is_press_release([long[:300], long[-300:]])  # a long text's opening and closing, read apart


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        BODY + "\n\n(comunicato stampa)",  # an outlet crediting a release in brackets
        "Lo ha annunciato l'azienda in un comunicato stampa diffuso ieri.\n" + BODY,
        BODY + "\n\nSecondo l'ufficio stampa della Regione i lavori finiranno a maggio.",
        "Acme sales rose, the company said in a press release on Monday.",
        BODY + "\n" + "\n".join(f"Riga {k} del testo." for k in range(10)) + "\n" * 3,
        "",
    ],
)
def test_an_article_mentioning_a_release_is_not_one(text: str) -> None:
    assert not is_press_release([text])


def test_a_press_office_far_from_the_end_or_a_heading_far_from_the_top_does_not_count() -> None:
    lines = "\n".join(f"Paragrafo numero {k}." for k in range(12))
    assert not is_press_release(["Titolo\n" + lines + "\nUfficio stampa\n" + lines])
    assert not is_press_release(["\n".join(f"Riga {k}" for k in range(6)) + "\nComunicato stampa\n" + BODY])
    assert not is_press_release([])
    # A closing part starts inside a line: a phrase cut there does not open a line.
    assert not is_press_release([BODY, "Ufficio stampa della Regione i lavori finiranno a maggio."])
