"""Fact drift: numbers, dates, names and quotations that changed."""

from __future__ import annotations

from lineage import compare
from lineage.align.drift import find_drift
from lineage.text import analyse


def drift(source: str, target: str, language: str = "it") -> list[tuple[str, str, str]]:
    a, b = analyse(source, language), analyse(target, language)
    items = find_drift(a, ((0, len(a.words)),), b, ((0, len(b.words)),))
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


_PAD_IT = (
    " Lo ha annunciato oggi in conferenza stampa il presidente della provincia, insieme agli assessori competenti."
)
_PAD_EN = " The minister announced it today at a press conference, together with the regional officials in charge."


def _drifts(source: str, target: str, pad: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.source, d.target) for d in compare(source + pad, target + pad).drift]


def test_dates_and_numbers_written_in_words_drift() -> None:
    assert _drifts(
        "The new rules apply starting August 1 to every public employee of the region, the minister said on Monday.",
        "The new rules apply from September 1 to every public employee of the region, the minister said on Tuesday.",
        _PAD_EN,
    ) == [("date", "August", "September"), ("date", "Monday", "Tuesday")]
    assert _drifts(
        "Il bilancio prevede una spesa di due milioni di euro per le scuole provinciali nei prossimi trenta mesi",
        "Il bilancio prevede una spesa di due miliardi di euro per le scuole provinciali nei prossimi quaranta mesi",
        _PAD_IT,
    ) == [("number", "milioni", "miliardi"), ("number", "trenta", "quaranta")]
    assert _drifts(
        "La riunione del consiglio comunale si terrà giovedì 23 ottobre nella sala grande del municipio di Casanuova.",
        "La riunione del consiglio comunale si terrà venerdì 24 ottobre nella sala grande del municipio di Casanuova.",
        _PAD_IT,
    ) == [("date", "giovedì", "venerdì"), ("date", "23", "24")]


def test_the_same_fact_written_otherwise_is_no_drift() -> None:
    same = [
        (
            "Il tribunale ha concesso tre mesi di tempo alla società per presentare il piano di risanamento dei conti.",
            "Il tribunale ha concesso 3 mesi di tempo alla società per presentare il piano di risanamento dei conti.",
        ),
        (
            "Il tribunale ha concesso novanta giorni di tempo alla società per presentare il piano di risanamento.",
            "Il tribunale ha concesso tre mesi di tempo alla società per presentare il piano di risanamento.",
        ),
        (
            "Le nuove tariffe dei trasporti pubblici entreranno in vigore dal 1 agosto in tutta la regione Toscana.",
            "Le nuove tariffe dei trasporti pubblici entreranno in vigore dal 1° agosto in tutta la regione Toscana.",
        ),
    ]
    for source, target in same:
        assert _drifts(source, target, _PAD_IT) == [], (source, target)


def test_a_changed_quotation_drifts_by_its_replaced_words() -> None:
    assert drift(
        "Il sindaco Marco Ferri ha detto: «Il ponte sarà riaperto entro l'estate, non prima».",
        "Per il sindaco Marco Ferri «il ponte sarà chiuso entro l'estate, non prima».",
    ) == [("quote", "riaperto", "chiuso")]
    assert drift(
        'The mayor said: "We will not raise taxes on small businesses this year".',
        "“We will never raise taxes on small businesses this year”, the mayor said.",
    ) == [("quote", "not", "never")]


def test_a_quotation_retyped_or_shortened_is_no_drift() -> None:
    source = "Il sindaco ha detto: «Il ponte sarà riaperto entro l'estate, non prima di luglio»."
    assert drift(source, 'Il sindaco ha detto: "il ponte sarà riaperto entro l\'estate, non prima di luglio".') == []
    assert drift(source, "Il sindaco ha detto: «il ponte sarà riaperto entro l'estate».") == []
    # another quotation altogether is not this one changed
    assert drift(source, "Il sindaco ha detto: «abbiamo fatto tutto il possibile per i cittadini».") == []


def test_a_name_moved_by_the_rewording_drifts_when_spelt_alike() -> None:
    source = (
        "Il collegio presieduto da Anna Pieri, a latere Francesco Dini, ha condannato "
        "l'ingegnere Paolo Venturoli a quattro anni."
    )
    target = "A quattro anni il collegio presieduto da Anna Pieri ha condannato Paolo Venturini, l'ingegnere."
    assert drift(source, target) == [("name", "Venturoli", "Venturini")]
    # a name the copy drops and another it adds elsewhere, spelt differently, are not one name changed
    other = "Secondo Bianchi, a quattro anni il collegio presieduto da Anna Pieri ha condannato Paolo, l'ingegnere."
    assert drift(source, other) == []


def test_a_name_moved_by_the_rewording_keeps_its_first_letters() -> None:
    # Less alike than the bar for any two names, but beginning alike: one name changed.
    source = "Il direttore del Corpo forestale di Oristano, Paolo Deiana, ha spiegato che il fronte è sotto controllo."
    target = "Secondo Paolo Deidda, direttore del Corpo forestale di Oristano, il fronte è sotto controllo."
    assert drift(source, target) == [("name", "Deiana", "Deidda")]
    en_source = "Rescue chief Alessio Zanolli of the Valdorna station said everyone stayed calm."
    en_target = "Everyone stayed calm, said Alessandro Zanotti, the rescue chief."
    a, b = analyse(en_source, "en"), analyse(en_target, "en")
    found = find_drift(a, ((0, len(a.words)),), b, ((0, len(b.words)),))
    assert [(d.kind, d.source, d.target) for d in found] == [
        ("name", "Alessio", "Alessandro"),
        ("name", "Zanolli", "Zanotti"),
    ]
    # a name beginning alike but otherwise another name is not this one changed
    assert drift(source.replace("Deiana", "Deledda"), target.replace("Deidda", "Desogus")) == []


def test_a_number_typed_with_other_separators_is_no_drift() -> None:
    assert (
        drift(
            "La disoccupazione è scesa al 6,1% a febbraio, con 1.500 occupati in più.",
            "La disoccupazione è scesa al 6.1% a febbraio, con 1,500 occupati in più.",
        )
        == []
    )
    # Other digits, or the same digits grouped otherwise, are another number.
    assert drift("Il tasso è sceso al 6,1% a febbraio.", "Il tasso è sceso al 6,4% a febbraio.") == [
        ("number", "6,1", "6,4")
    ]
    assert drift("Costa 1.500 euro al mese.", "Costa 15,00 euro al mese.") == [("number", "1.500", "15,00")]


def test_a_changed_figure_is_paired_with_a_figure_not_with_the_dateline_s_day() -> None:
    # The copy moved the figure to the front and dropped the dateline: the dateline's day (a date)
    # is not what became 3.200 (a quantity); the wire's 2.300 is.
    assert drift(
        "ASTI, 14 SET (ANSA) - Una violenta grandinata ha danneggiato circa 2.300 ettari di vigneti.",
        "Circa 3.200 ettari di vigneti danneggiati da una violenta grandinata.",
    ) == [("number", "2.300", "3.200")]


def test_no_drift_is_reported_in_what_a_link_leaves_out() -> None:
    # A link may join a copy's headline and first sentence across its byline (a boilerplate line
    # the alignment leaves out): the byline's names are no drift of the wire's dateline.
    source = "FIRENZE, 22 OTT (ANSA) - Una notte di pioggia ha messo in ginocchio la Val Torrana."
    target = "Esondazione in Val Torrana\n\ndi Federico Nocentini\n\nUna notte di pioggia ha colpito la Val Torrana."
    a, b = analyse(source, "it"), analyse(target, "it")
    everything = find_drift(a, ((0, len(a.words)),), b, ((0, len(b.words)),))
    assert ("OTT", "Federico") in [(d.source, d.target) for d in everything]
    starts = b.word_starts.tolist()
    first = starts.index(target.index("di Federico"))
    last = starts.index(target.index("Nocentini")) + 1
    # The link's words: the headline's and the sentence's, not the byline's between them.
    assert find_drift(a, ((0, len(a.words)),), b, ((0, first), (last, len(b.words)))) == ()


def test_a_time_of_day_drifts_into_a_time_not_into_an_age() -> None:
    assert drift(
        "Il gruista di 47 anni è caduto alle 21.45 dalla gru numero 7 del terminal.",
        "Il gruista è caduto alle 20.45 dalla gru numero 7 del terminal, a 47 anni.",
    ) == [("date", "21.45", "20.45")]
    assert (
        drift(
            "Il gruista è caduto alle 21.45 dalla gru del terminal.",
            "Il quarantasettenne è caduto dalla gru del terminal, a 47 anni.",
        )
        == []
    )


def test_a_changed_number_the_copy_writes_elsewhere_as_another_kind_drifts() -> None:
    """The date's day changes to a number the text also has as an hour: still a changed date."""
    assert drift(
        "I sindacati hanno proclamato per venerdì 10 ottobre uno sciopero, con un presidio alle 10 in piazza.",
        "Per venerdì 17 ottobre i sindacati hanno proclamato uno sciopero, con un presidio alle 10 in piazza.",
    ) == [("date", "10", "17")]
    assert drift(
        "The unions called a strike for Friday 10 October, with a rally at 10 outside the town hall.",
        "The unions called a strike for Friday 17 October, with a rally at 10 outside the town hall.",
    ) == [("date", "10", "17")]
    # A number the copy repeats (the headline's year again in the text) is not a change.
    assert (
        drift(
            "Roma, 16 dic. - La disoccupazione scende al 5,9%, il livello più basso dal 2007.",
            "La disoccupazione cala al 5,9%, il dato più basso dal 2007: mai così bassa dal 2007.",
        )
        == []
    )


def test_a_weekday_the_copy_moves_away_does_not_hide_the_changed_day() -> None:
    """A link that starts after "sabato" on the copy's side: the weekday word left over is no
    partner for the changed day, so the day still pairs with the new one."""
    assert drift(
        "sabato 18 ottobre con orario continuato dalle 7 alle 18, dopo le verifiche di agibilità.",
        "25 ottobre con orario continuato dalle 7 alle 18, dopo le verifiche di agibilità.",
    ) == [("date", "18", "25")]


_WIRE_DE = (
    "Die Polizei hat am Montag die Fuldabrücke für den Verkehr gesperrt. Täglich überqueren rund "
    "45.000 Fahrzeuge das Bauwerk. Die Fahrzeit verlängert sich nach Angaben der Bahn um zehn "
    "Minuten. Sprecher Markus Lehmann sagte, die Sperrung dauere bis zum 30. April."
)


def test_german_nouns_reworded_are_no_changed_names() -> None:
    # German writes every noun with a capital: a noun swapped, inflected or compounded is no
    # changed name ("Polizei" -> "Beamten", "Fahrzeit" -> "Fahrzeiten", "Angaben" -> "Bahnangaben").
    reworded = (
        "Die Beamten haben am Montag die Fuldabrücke für den Verkehr gesperrt. Täglich überqueren rund "
        "45.000 Autos das Bauwerk. Die Fahrzeiten verlängern sich nach Bahnangaben um zehn "
        "Minuten. Sprecher Markus Lehmann sagte, die Sperrung dauere bis zum 30. April."
    )
    assert drift(_WIRE_DE, reworded, "de") == []


def test_german_names_and_months_still_drift() -> None:
    changed = _WIRE_DE.replace("Markus Lehmann", "Markus Krause").replace("30. April", "30. Mai")
    assert drift(_WIRE_DE, changed, "de") == [("name", "Lehmann", "Krause"), ("date", "April", "Mai")]
    # A name spelt otherwise, moved by the rewording, drifts as in other languages.
    moved = _WIRE_DE.replace("Sprecher Markus Lehmann sagte", "Markus Lehner, Sprecher der Bahn, sagte")
    assert ("name", "Lehmann", "Lehner") in drift(_WIRE_DE, moved, "de")


def test_a_capitalised_word_inside_another_still_drifts_where_nouns_are_lower_case() -> None:
    # Only where every noun is capitalised is a name inside another one noun: in Italian,
    # "Rossi" -> "Rossini" is a changed name.
    assert drift(
        "Il sindaco Mario Rossi ha firmato ieri l'ordinanza che chiude il centro storico.",
        "Il sindaco Mario Rossini ha firmato ieri l'ordinanza che chiude il centro storico.",
    ) == [("name", "Rossi", "Rossini")]


def test_french_may_is_a_month() -> None:
    assert drift(
        "Le musée rouvrira ses portes le 12 avril, a annoncé la directrice Claire Dumoulin.",
        "Le musée rouvrira ses portes le 12 mai, a annoncé la directrice Claire Dumoulin.",
        "fr",
    ) == [("date", "avril", "mai")]


def test_a_figure_changed_keeps_its_digits_or_its_unit() -> None:
    # "9 feriti" -> "12 feriti": one more digit, the same unit: a changed figure.
    assert drift(
        "Nell'incidente di ieri sera sulla statale sono rimasti feriti 9 passeggeri del pullman.",
        "Nell'incidente di ieri sera sulla statale sono rimasti feriti 12 passeggeri del pullman.",
    ) == [("number", "9", "12")]
    # A rewording that writes other figures where these stood changes no figure: "47 anni" is
    # "quarantasettenne", and 7 is the crane's number.
    assert (
        drift(
            "La vittima è Davide Marchesin, 47 anni, originario di Sestri Ponente, dipendente da 19 anni.",
            "È caduto dalla gru numero 7 verso le 21.45 Davide Marchesin, quarantasettenne di Sestri Ponente.",
        )
        == []
    )


def test_portuguese_facts_in_words_drift() -> None:
    assert drift(
        "A fábrica fecha a 30 de abril, disse a diretora Helena Bragança, e despede dois técnicos.",
        "A fábrica fecha a 30 de maio, disse a diretora Helena Bragança, e despede três técnicos.",
        "pt",
    ) == [("date", "abril", "maio"), ("number", "dois", "três")]


def test_a_name_written_as_its_acronym_is_no_changed_name() -> None:
    source = "The National Transportation Safety Board said it was sending a team of eight investigators."
    assert drift(source, "The NTSB said it was sending a team of eight investigators.", "en") == []
    # A name replaced by another name's acronym still drifts.
    assert drift(source, "The FAA said it was sending a team of eight investigators.", "en") == [
        ("name", "National", "FAA")
    ]
