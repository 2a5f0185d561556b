"""Agency credits: datelines, source lines, bylines and photo credits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lineage.errors import PolicyError
from lineage.text.credits import (
    _AFTER_AGENCY,
    _AFTER_COME,
    _BEFORE_AGENCY,
    KNOWN_AGENCIES,
    Agency,
    Credit,
    agency_named,
    find_credits,
    fold,
    wire_agency,
)


def seed(seeds_dir: Path, prefix: str) -> str:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def found(text: str, agencies: tuple[Agency, ...] = KNOWN_AGENCIES) -> list[tuple[str, str, str, bool]]:
    credits = find_credits(text, agencies)
    for c in credits:
        assert text[c.span[0] : c.span[1]] == c.text
    return [(c.agency, c.kind, c.text, c.covers_text) for c in credits]


# --- the seeds -------------------------------------------------------------------------


def test_seed_000_is_an_adnkronos_wire_story(seeds_dir: Path) -> None:
    text = seed(seeds_dir, "000")
    assert wire_agency(text) == "Adnkronos"
    assert found(text) == [("Adnkronos", "dateline", "date 2024-06 (Adnkronos) -", True)]


def test_seed_001_credits_adnkronos_for_the_photo_only(seeds_dir: Path) -> None:
    text = seed(seeds_dir, "001")
    assert wire_agency(text) is None
    assert found(text) == [("Adnkronos", "photo", "Fonte foto in evidenza: Adnkronos", False)]


def test_seed_002_is_an_askanews_story_behind_its_title_lines(seeds_dir: Path) -> None:
    text = seed(seeds_dir, "002")
    assert wire_agency(text) == "askanews"
    # The page title "… – askanews.it" is the site's name, not a credit.
    assert found(text) == [("askanews", "dateline", "Roma, 21 mag. (askanews) –", True)]


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_independent_seeds_have_no_credit(seeds_dir: Path, prefix: str) -> None:
    text = seed(seeds_dir, prefix)
    assert wire_agency(text) is None
    assert find_credits(text) == ()


# --- datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency", "dateline"),
    [
        ("ROMA, 21 mag. (askanews) – Il governo", "askanews", "ROMA, 21 mag. (askanews) –"),
        ("(Adnkronos) - Il presidente", "Adnkronos", "(Adnkronos) -"),
        ("MILANO (ANSA) - La Borsa", "ANSA", "MILANO (ANSA) -"),
        ("(ANSA) - ROMA, 21 MAG - La Borsa", "ANSA", "(ANSA) -"),
        ("(LaPresse) Il governo ha deciso", "LaPresse", "(LaPresse)"),
        (
            "Roma, 21 mag 12:00 - (Agenzia Nova) - Il ministro",
            "Agenzia Nova",
            "Roma, 21 mag 12:00 - (Agenzia Nova) -",
        ),
        ("(Dire) Il sindaco", "Dire", "(Dire)"),
        ("PALERMO (ITALPRESS) – La Regione", "Italpress", "PALERMO (ITALPRESS) –"),
        ("LONDON, June 3 (Reuters) - Shares fell", "Reuters", "LONDON, June 3 (Reuters) -"),
        ("WASHINGTON (AP) — The Senate", "AP", "WASHINGTON (AP) —"),
        ("PARIS (AFP) - Le gouvernement", "AFP", "PARIS (AFP) -"),
        ("Berlin (dpa) - Die Regierung", "dpa", "Berlin (dpa) -"),
        ("MADRID, 3 (EUROPA PRESS) - El Gobierno", "Europa Press", "MADRID, 3 (EUROPA PRESS) -"),
    ],
)
def test_datelines(text: str, agency: str, dateline: str) -> None:
    assert wire_agency(text) == agency
    assert found(text) == [(agency, "dateline", dateline, True)]


def test_dateline_may_follow_short_title_lines_but_not_body_text() -> None:
    title = "Titolo breve\n\nSottotitolo breve\nMag 21, 2025\n\n"
    assert wire_agency(title + "ROMA (ANSA) - Il testo.") == "ANSA"
    body = "Un paragrafo di testo vero e proprio. " * 6 + "\n\n"
    assert wire_agency(body + "ROMA (ANSA) - Il testo.") is None
    # Later in the text it is still a credit, just not the wire marker.
    assert found(body + "ROMA (ANSA) - Il testo.")[0][:2] == ("ANSA", "dateline")


def test_a_parenthesised_name_inside_a_sentence_is_not_a_dateline() -> None:
    assert wire_agency("Il presidente (Adnkronos) ha detto che") is None
    assert find_credits("Il presidente (Adnkronos) ha detto che") == ()


def test_straight_and_curly_dashes_give_the_same_spans() -> None:
    spans = {
        tuple((c.agency, c.kind, c.span) for c in find_credits(f"ROMA, 21 mag. (askanews) {dash} Il")) for dash in "-–—"
    }
    assert len(spans) == 1


# --- credits in the text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Testo.\nFonte: Adnkronos\n", ("Adnkronos", "source", "Fonte: Adnkronos", True)),
        ("Testo (con askanews).", ("askanews", "with", "(con askanews)", True)),
        ("Testo del pezzo / askanews\n", ("askanews", "source", "/ askanews", True)),
        ("Shares fell. Source: Reuters", ("Reuters", "source", "Source: Reuters", True)),
        ("Testo (fonte ANSA).", ("ANSA", "source", "(fonte ANSA)", True)),
        ("Testo. Fonte: “Adnkronos”", ("Adnkronos", "source", "Fonte: “Adnkronos”", True)),
        ("Testo. Fonti: l’Adnkronos", ("Adnkronos", "source", "Fonti: l’Adnkronos", True)),
        ("Testo.\ndi Redazione ANSA\n", ("ANSA", "byline", "di Redazione ANSA", True)),
        ("Text.\nBy Reuters Staff\n", ("Reuters", "byline", "By Reuters Staff", True)),
        (
            "Fonte foto in evidenza: Adnkronos",
            ("Adnkronos", "photo", "Fonte foto in evidenza: Adnkronos", False),
        ),
        ("Foto: ANSA", ("ANSA", "photo", "Foto: ANSA", False)),
        ("Photo: Reuters", ("Reuters", "photo", "Photo: Reuters", False)),
        ("Il sindaco (Foto ANSA) ha detto", ("ANSA", "photo", "(Foto ANSA)", False)),
        ("Credit: AP", ("AP", "photo", "Credit: AP", False)),
        ("Foto: Mario Rossi / ANSA", ("ANSA", "photo", "Foto: Mario Rossi / ANSA", False)),
        ("FONTE: ADNKRONOS", ("Adnkronos", "source", "FONTE: ADNKRONOS", True)),
        ("Testo (with AFP)", ("AFP", "with", "(with AFP)", True)),
        ("Text.\n\nAdditional reporting from Reuters.", ("Reuters", "with", "Additional reporting from Reuters", True)),
        ("Text.\nReporting by AP\n", ("AP", "with", "Reporting by AP", True)),
        ("(with reporting by Reuters)", ("Reuters", "with", "(with reporting by Reuters)", True)),
        ("Text.\n\n(Reporting by Reuters)", ("Reuters", "with", "(Reporting by Reuters)", True)),
        (
            "L'uomo fermato dovrà rispondere di furto aggravato e ricettazione di beni culturali. (ANSA)",
            ("ANSA", "source", "(ANSA)", True),
        ),
        (
            "Gli sfollati sono 340, come riferisce l’agenzia ANSA, e 85 hanno dormito in palestra.",
            ("ANSA", "reported", "come riferisce l’agenzia ANSA", True),
        ),
        (
            "Il tasso cala al 5,9%, come riferisce l'Adnkronos: il livello più basso.",
            ("Adnkronos", "reported", "come riferisce l'Adnkronos", True),
        ),
        (
            "Secondo quanto riportato dall'agenzia askanews, il gruista è caduto.",
            ("askanews", "reported", "Secondo quanto riportato dall'agenzia askanews", True),
        ),
        ("Flames erupted on Tuesday, Reuters reported.", ("Reuters", "reported", "Reuters reported", True)),
        (
            "The ferry sank, as reported by the Associated Press.",
            ("AP", "reported", "as reported by the Associated Press", True),
        ),
        ("Le navire a coulé, selon l'AFP.", ("AFP", "reported", "selon l'AFP", True)),
        (
            "Das Schiff sank, berichtet die Nachrichtenagentur dpa.",
            ("dpa", "reported", "berichtet die Nachrichtenagentur dpa", True),
        ),
        ("El barco se hundió, según la agencia EFE.", ("EFE", "reported", "según la agencia EFE", True)),
        # Credit lines of other languages' outlets, with or without parentheses.
        ("Il porto resta chiuso.\n\nCon información de EFE", ("EFE", "with", "Con información de EFE", True)),
        ("El puerto sigue cerrado.\n\n(Con información de EFE)", ("EFE", "with", "(Con información de EFE)", True)),
        ("Die Strecke bleibt gesperrt.\n\nMit Material von dpa", ("dpa", "with", "Mit Material von dpa", True)),
        ("The line stays closed.\n\nWith material from dpa", ("dpa", "with", "With material from dpa", True)),
        ("Le musée reste fermé.\n\nAvec AFP", ("AFP", "with", "Avec AFP", True)),
        ("Le musée a été cambriolé, a indiqué l’AFP.", ("AFP", "reported", "a indiqué l’AFP", True)),
        ("Der Zug fiel aus, laut dpa.", ("dpa", "reported", "laut dpa", True)),
        (
            "The road reopened.\n\nThe Associated Press contributed to this report.",
            ("AP", "reported", "The Associated Press contributed to this report", True),
        ),
        # Portuguese, and agencies beyond Italy's and the world's largest.
        ("Lisboa, 12 mar 2025 (Lusa) - O navio parou.", ("Lusa", "dateline", "Lisboa, 12 mar 2025 (Lusa) -", True)),
        ("O navio parou, segundo a agência Lusa.", ("Lusa", "reported", "segundo a agência Lusa", True)),
        ("A Lusa noticiou que o navio parou.", ("Lusa", "reported", "Lusa noticiou", True)),
        ("O navio parou.\n\nCom informações da Lusa", ("Lusa", "with", "Com informações da Lusa", True)),
        ("O navio parou.\n\n(com Lusa)", ("Lusa", "with", "(com Lusa)", True)),
        ("VARSAVIA (PAP) - Il governo cade.", ("PAP", "dateline", "VARSAVIA (PAP) -", True)),
        ("Fábrica fecha\n\nRedação, com Lusa\n\nA fábrica fecha.", ("Lusa", "with", "Redação, com Lusa", True)),
        (
            "The plant will close, the Lusa news agency reported.",
            ("Lusa", "reported", "the Lusa news agency reported", True),
        ),
        (
            "Il traghetto è affondato, riferisce l'agenzia Xinhua.",
            ("Xinhua", "reported", "riferisce l'agenzia Xinhua", True),
        ),
        # A journalist of the agency: the byline line of a PA or Bloomberg item.
        ("Fined\n\nBy Tom Aldridge, PA\n\nA water company", ("PA Media", "byline", "By Tom Aldridge, PA", True)),
        ("Fined\nBy Jane Doe, Bloomberg News\n", ("Bloomberg", "byline", "By Jane Doe, Bloomberg News", True)),
        ("di Mario Rossi, ANSA\nIl governo", ("ANSA", "byline", "di Mario Rossi, ANSA", True)),
        (
            "The plant shut down, the Press Association reported.",
            ("PA Media", "reported", "the Press Association reported", True),
        ),
    ],
)
def test_credit_forms(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert found(text) == [expected]


def test_a_list_of_agencies_credits_each() -> None:
    assert [(a, k) for a, k, _, _ in found("Fonte: ANSA, Reuters e AFP.")] == [
        ("ANSA", "source"),
        ("Reuters", "source"),
        ("AFP", "source"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "https://www.ansa.it/sito/notizie",
        "https://ansa.it",
        "Una stanza con vista, un'ansa del fiume.",
        "Le foto di rito. Il leader ha detto.",
        "Mosca lavora alla complessa visita di Kim Jong Un – askanews.it",
        "Sei libero di riprodurli, citando la fonte.",
        "(Reporting by Marc Delorme; Editing by Sofia Brandt)",
        # The agency as a party to the story, not its teller.
        "Già due anni fa, in un'intervista all'ANSA, la sindaca aveva denunciato il rischio.",
        "Lo stesso ministro, intervistato dall'Adnkronos a fine novembre, aveva previsto il calo.",
        "The minister told Reuters on Monday that the plant would reopen.",
        "Il portavoce ha detto all'AGI che la nave ripartirà domani.",
        "Il palazzo dell'ANSA (ANSA) ospita la mostra, che chiude domenica.",
        # A sentence opening with "con" or "mit" and an agency is no credit line.
        "Con ANSA la regione ha firmato ieri un accordo triennale per la formazione dei giornalisti.",
        "Mit dpa verhandelt der Verband seit Monaten über einen neuen Vertrag für freie Fotografen.",
        "Le directeur a indiqué à l'AFP que le musée rouvrira lundi.",
        # A word that is also an agency's name, and an agency told something (a party).
        "A seleção lusa venceu ontem em Sevilha por dois a zero.",
        "Il Pap test è gratuito per le donne dai 25 ai 64 anni.",
        "There are four stages of cervical disease as reported by the Pap smear.",
        "Come riferisce la polizia belga, il sospetto è stato fermato.",
        "O ministro informou a Lusa que o navio vai parar.",
        "Sì, con ANSA abbiamo firmato ieri un accordo triennale che coinvolge tutte le redazioni.",
        # The Italian public administration ("la PA") is no agency.
        "Lo riferisce la PA, che deve ancora pagare i fornitori.",
        "Come comunicato dalle PA coinvolte, i bandi scadono domani.",
    ],
)
def test_no_false_credits(text: str) -> None:
    assert find_credits(text) == ()


def test_custom_agencies_replace_the_default_list() -> None:
    vista = Agency("Agenzia Vista", (r"agenzia\s+vista",))
    text = "Fonte: Agenzia Vista. Fonte: ANSA."
    assert found(text, (vista,)) == [("Agenzia Vista", "source", "Fonte: Agenzia Vista", True)]
    assert [c[0] for c in found(text, (vista, *KNOWN_AGENCIES))] == ["Agenzia Vista", "ANSA"]
    assert find_credits(text, ()) == ()
    assert wire_agency("(Agenzia Vista) - x", (vista,)) == "Agenzia Vista"


def test_bad_agency_patterns_are_refused_with_a_fix() -> None:
    with pytest.raises(PolicyError, match=r"'\(' is not a valid regular expression .*backslash"):
        Agency("X", ("(",))
    with pytest.raises(PolicyError, match="matches empty text"):
        Agency("X", ("x?",))
    with pytest.raises(PolicyError, match="no patterns"):
        Agency("X", ())


def test_agency_named() -> None:
    assert agency_named("adnkronos") == KNOWN_AGENCIES[0]
    assert agency_named("www.adnkronos.com") == KNOWN_AGENCIES[0]
    assert agency_named("The Associated Press") is not None
    assert agency_named("Agenzia_Nova") is not None
    assert agency_named("Voci di Città") is None
    # An outlet named with the word for "agency" before the agency's name is the agency.
    assert [a.name if a else None for a in map(agency_named, ("Agência Lusa", "Agenzia ANSA", "Agencia EFE"))] == [
        "Lusa",
        "ANSA",
        "EFE",
    ]
    assert agency_named("Agenzia delle Entrate") is None


@given(st.text(alphabet=st.sampled_from("ab .,'\"-\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u00a0\u00e8\uff1a")))
def test_fold_is_a_one_to_one_translation(text: str) -> None:
    from lineage.text.fold import FOLD as _FOLD

    assert fold(text) == text.translate(_FOLD)


def test_fold_keeps_offsets() -> None:
    text = "“Roma” – l’Adnkronos — ok"
    assert len(fold(text)) == len(text)
    assert fold(text) == '"Roma" - l\'Adnkronos - ok'


# --- properties ------------------------------------------------------------------------

_AGENCY_NAMES = ["Adnkronos", "ANSA", "askanews", "Reuters", "AP", "Agenzia Nova", "LaPresse", "AFP"]
_FORMS = [
    "ROMA, 21 mag. ({}) – ",
    "({}) - ",
    "\nFonte: {}\n",
    " (con {}) ",
    " / {}\n",
    "\nSource: {}\n",
    " (fonte {}) ",
    "\nFonte foto in evidenza: {}\n",
    " (Foto {}) ",
    "\nCredit: {}\n",
]
_FILLER = st.text(alphabet=st.sampled_from(list("abcdefghij ABCDEFG.,;:()-–—/\n'’“”«»0123456789àèé")), max_size=60)


def _matches_agency(credit: Credit) -> bool:
    (agency,) = (a for a in KNOWN_AGENCIES if a.name == credit.agency)
    return any(re.search(p, fold(credit.text), re.IGNORECASE) for p in agency.patterns)


@given(st.lists(st.one_of(_FILLER, st.sampled_from(_AGENCY_NAMES), st.sampled_from(_FORMS)), max_size=12))
def test_spans_slice_the_original_text_to_the_agency_name(parts: list[str]) -> None:
    text = "".join(p.format("ANSA") for p in parts)
    credits = find_credits(text)
    for c in credits:
        assert text[c.span[0] : c.span[1]] == c.text
        assert c.covers_text == (c.kind != "photo")
        assert _matches_agency(c)
    assert list(credits) == sorted(credits, key=lambda c: (c.span, c.agency))


@given(_FILLER, st.sampled_from(_FORMS), st.sampled_from(_AGENCY_NAMES), _FILLER)
def test_an_inserted_credit_is_found_wherever_it_is(before: str, form: str, name: str, after: str) -> None:
    text = f"{before}\n{form.format(name)}\n{after}"
    position = len(before) + 1 + form.index("{}")
    hits = [c for c in find_credits(text) if c.span[0] <= position < c.span[1]]
    assert [c.agency for c in hits] == [name]
    assert hits[0].covers_text == ("foto" not in form.lower() and "credit" not in form.lower())


@pytest.mark.parametrize(
    "text",
    [
        *(f"La nave è affondata, come {verb} l'agenzia ANSA, all'alba." for verb in _AFTER_COME),
        *(f"La nave è affondata, {verb} l'ANSA, all'alba." for verb in _BEFORE_AGENCY),
        *(f"La nave è affondata, ANSA {verb} all'alba." for verb in _AFTER_AGENCY),
    ],
)
def test_every_reporting_verb_gives_a_credit_in_the_body(text: str) -> None:
    """Each verb of the attribution forms is found: the quick check that a text may hold one
    (its verbs' words) is made from the same lists as the forms."""
    assert [(c.agency, c.kind) for c in find_credits(text)] == [("ANSA", "reported")]
