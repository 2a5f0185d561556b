"""Boilerplate: footers, credits, bylines, blurbs; news text untouched."""

from __future__ import annotations

from lineage.text import analyse
from lineage.text.boilerplate import boilerplate_flags


def flagged(text: str) -> list[str]:
    analysed = analyse(text, "it")
    return [analysed.sentence_text(i) for i, f in enumerate(boilerplate_flags(analysed)) if f]


def test_seed_footer_is_boilerplate(rewrite_text: str, wire_text: str) -> None:
    got = flagged(rewrite_text)
    assert got[0] == "Fonte foto in evidenza: Adnkronos"
    assert "Valentina Contarino" in got and "© RIPRODUZIONE RISERVATA" in got
    assert got[-1].startswith("In seguito, ti spiegheremo")
    assert not any("Miller" in s for s in got)
    assert flagged(wire_text) == []


def test_english_footer_and_byline() -> None:
    text = (
        "The central bank raised rates by a quarter point on Thursday. Markets fell sharply after the decision. "
        "Analysts expect another rise in the autumn. Officials declined to comment further.\n"
        "John Smith\nCopyright 2024 Example News. All rights reserved.\nSign up for our newsletter."
    )
    got = flagged(text)
    assert got[0] == "John Smith"
    assert got[1:] == ["Copyright 2024 Example News.", "All rights reserved.", "Sign up for our newsletter."]


def test_photo_words_in_news_are_not_boilerplate() -> None:
    text = "I due leader sono stati accolti con una cerimonia a cui sono seguite le foto di rito. Poi il vertice."
    assert flagged(text) == []


def test_copyright_line_mid_text_does_not_silence_what_follows() -> None:
    # A copyright notice in the last third that is followed by a long stretch of text is not
    # the start of a footer: only a short tail is one.
    body = " ".join(f"La commissione ha discusso il punto {k} dell'ordine del giorno per ore." for k in range(40))
    text = "Apertura della seduta in aula. " * 100 + "Copyright 2007 Healthnotes. " + body
    assert flagged(text) == []
    short_tail = "Apertura della seduta in aula. " * 30 + "Copyright 2007 Example. Tutti i diritti. Contatti."
    assert flagged(short_tail) == ["Copyright 2007 Example.", "Tutti i diritti.", "Contatti."]


def test_long_sentence_mentioning_a_credit_is_text() -> None:
    # A run-on sentence of more than 60 words that happens to hold a marker is not a credit line.
    words = " ".join(f"parola{k}" for k in range(70))
    text = f"Il testo comincia qui. Una frase lunghissima con {words} e la nota © 2007 in mezzo. Fine del testo."
    assert flagged(text) == []
    assert flagged("Il testo comincia qui. Foto © 2007 Agenzia. Fine del testo.") == ["Foto © 2007 Agenzia."]


def test_photo_credit_followed_by_running_text_is_not_a_footer() -> None:
    prose = (
        "With a population of just fifteen thousand people the city sits on the east bank of the river, "
        "between the mountains and the old railway line that once carried bricks to the capital."
    )
    text = "Apertura della seduta in aula.\n" * 20 + "©\n" + f"{prose} {prose} Fine."
    assert flagged(text) == ["©"]


def test_an_opening_byline_on_a_line_of_its_own_is_boilerplate() -> None:
    for byline in ("di Silvia Bertola", "By Helen Marsh", "Redazione Cronaca", "Redazione", "di Redazione Web"):
        text = f"Grandine sulle Langhe, danni ai vigneti\n\n{byline}\n\nUna violenta grandinata ha colpito le colline."
        analysed = analyse(text)
        flags = boilerplate_flags(analysed)
        assert [analysed.sentence_text(i) for i, f in enumerate(flags) if f] == [byline], byline


def test_text_that_opens_like_a_byline_is_not_one() -> None:
    for line in (
        "Di certo la grandinata ha colpito le colline.",  # a sentence, with its full stop
        "di notte e di giorno",  # no name
        "By the river the harvest has begun in earnest this week",  # too long, not names
    ):
        text = f"Grandine sulle Langhe\n\n{line}\n\nUna violenta grandinata ha colpito le colline delle Langhe."
        assert not any(boilerplate_flags(analyse(text))), line
    # Deep in the text, a line of names is the text's, not an opening byline.
    body = "\n\n".join(f"Frase numero {k} del testo, scritta per la prova." for k in range(6))
    text = f"Titolo\n\n{body}\n\ndi Silvia Bertola\n\n{body}"
    assert not any(boilerplate_flags(analyse(text)))
