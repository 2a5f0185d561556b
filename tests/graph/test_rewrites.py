"""Rewrites in one language found by meaning and synonyms, on articles written for this test.

An agency's story (Italian, then English) about an invented landslide, an outlet's heavy rewrite
of it (every sentence reworded, reordered or merged, two sentences of its own, no run of five
words shared, no credit) and an article written independently about the same event (same names,
figures and date). The lexical stage links neither; the rewrite test of the meaning stage
(:func:`lineage.align.meaning.rewrite_score`: sentences chained in order plus the source's words
replaced by synonyms) links the rewrite to the story and leaves the independent article alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lineage import trace
from lineage.align import prepare_text
from lineage.align.comparison import compare
from lineage.align.units import AlignText, aligned_part
from lineage.graph.pairs import PairAligner
from lineage.graph.rewrites import Rewording, claims_rewrite
from lineage.graph.translations import translation_pairs
from lineage.models import Document
from lineage.params import MeaningParams, Params
from lineage.text import analyse
from tests.corpus import check_store_in_batches

WIRE_IT = (
    "SONDRIO, 9 OTT (ANSA) - Una frana di circa 3.000 metri cubi ha invaso nella notte la strada "
    "provinciale 27 tra Chiuro e Ponte in Valtellina, isolando la frazione di Castionetto. Nessuna "
    "persona è rimasta ferita, ma 140 residenti non possono raggiungere il fondovalle. Il distacco è "
    "avvenuto verso le 2.40, dopo tre giorni di piogge intense, secondo i tecnici della Provincia. I "
    "vigili del fuoco hanno evacuato in via precauzionale quattro abitazioni vicine al versante. Il "
    "sindaco di Chiuro, Carla Bonetti, ha chiesto un intervento urgente della Regione Lombardia. "
    "«Servono ruspe e geologi subito, non possiamo aspettare settimane», ha dichiarato. La Provincia "
    "stima che per riaprire la carreggiata occorreranno almeno dieci giorni di lavoro. Nel frattempo "
    "un servizio di navetta collegherà la frazione con Ponte in Valtellina. Le scuole di Castionetto "
    "resteranno chiuse fino a lunedì. Nel 2019 un altro smottamento aveva bloccato la stessa strada "
    "per un mese."
)

HEAVY_IT = (
    "Castionetto tagliata fuori dalla frana sulla provinciale 27\n\nPer ora i 140 abitanti di "
    "Castionetto restano senza collegamento con il fondovalle: un cedimento del versante, stimato in "
    "tremila metri cubi di roccia e fango, ha sepolto durante la notte il tratto della provinciale "
    "27 che unisce Chiuro a Ponte in Valtellina. Fortunatamente non si contano feriti. Stando ai "
    "tecnici provinciali, la montagna ha ceduto intorno alle 2.40, al termine di tre giornate di "
    "pioggia battente. Per prudenza i pompieri hanno fatto sgomberare quattro case a ridosso del "
    "pendio. Carla Bonetti, prima cittadina di Chiuro, sollecita la Regione Lombardia ad agire in "
    "fretta: «Ci vogliono escavatori e geologi adesso, attendere settimane è impossibile». Secondo "
    "le valutazioni della Provincia, il ripristino della sede stradale richiederà non meno di dieci "
    "giornate di cantiere. Fino ad allora una navetta farà la spola tra la frazione e Ponte in "
    "Valtellina, mentre gli istituti scolastici del paese rimarranno chiusi fino a lunedì. Non è la "
    "prima volta: già nel 2019 uno smottamento aveva interrotto la strada per un mese intero. In "
    "paese molti anziani vivono soli e i volontari si sono organizzati per portare la spesa. La "
    "parrocchia ha aperto il salone per chi preferisce non restare a casa."
)

INDEPENDENT_IT = (
    "Castionetto, la notte della frana raccontata da chi l'ha sentita\n\nAlle 2.40 Giuseppe Rinaldi si "
    "è svegliato per un boato che, dice, sembrava un tuono lunghissimo. Dalla finestra ha visto la "
    "provinciale 27 sparire sotto un fiume di sassi, all'altezza del ponte per Chiuro. Oggi la "
    "frazione, 140 residenti in tutto, è raggiungibile solo a piedi lungo una mulattiera. Il sindaco "
    "Carla Bonetti ha passato la mattinata in municipio al telefono con Milano. La Regione Lombardia "
    "ha promesso un sopralluogo entro domani, ma in paese nessuno si fa illusioni. Chi ha memoria "
    "ricorda il 2019, quando la stessa strada rimase chiusa per un mese. I bambini di Castionetto "
    "non andranno a scuola almeno fino a lunedì. Al bar della piazza si discute di muri di "
    "contenimento mai costruiti e di fondi arrivati tardi. Qualcuno parla di 3.000 metri cubi di "
    "materiale, altri di molto di più. Una navetta per Ponte in Valtellina partirà da domattina dal "
    "piazzale della chiesa."
)

WIRE_EN = (
    "DENVER, Oct 9 (Reuters) - A rockslide of about 4,000 cubic yards buried a stretch of Highway "
    "133 near Redstone overnight, cutting off the town of Marble and its 130 residents. No one was "
    "injured, state transportation officials said on Thursday. The slide came down at about 2:40 "
    "a.m. after three days of heavy rain, according to engineers. Firefighters evacuated four homes "
    "close to the slope as a precaution. Marble's mayor, Laura Hinkley, asked the state for urgent "
    'help. "We need excavators and geologists right now, we cannot wait for weeks," she said. '
    "Officials estimate that reopening the road will take at least ten days of work. In the meantime "
    "a shuttle bus will link Marble with Carbondale. Schools in Marble will stay closed until "
    "Monday. In 2019 another slide blocked the same highway for a month."
)

HEAVY_EN = (
    "Marble cut off after slide on Highway 133\n\nFor now, the 130 people who live in Marble have no "
    "way down the valley: a collapse of the mountainside, put at 4,000 cubic yards of rock and mud, "
    "covered part of Highway 133 close to Redstone during the night. Luckily nobody was hurt. "
    "Engineers believe the hillside gave way around 2:40 a.m., at the end of three days of "
    "torrential downpours. To be safe, fire crews cleared four houses next to the slope. Laura "
    'Hinkley, who leads the town, is pressing the state to move fast: "We require diggers and '
    'geologists immediately, waiting weeks is impossible." State estimates suggest that clearing the '
    "roadway will need no fewer than ten days on site. Until then a shuttle will run back and forth "
    "between the town and Carbondale, while local schools remain shut until Monday. This has "
    "happened before: in 2019 a slide closed the road for a whole month. Many older residents live "
    "alone and volunteers have started delivering groceries. The church hall is open for anyone who "
    "would rather not stay at home."
)

INDEPENDENT_EN = (
    "Marble residents describe the night the mountain came down\n\nAt 2:40 a.m. Joe Reynolds woke to a "
    "roar he compared to a freight train. From his porch he watched Highway 133 disappear under "
    "boulders just past the Redstone bridge. Today Marble, home to 130 people, can only be reached "
    "on foot along an old mining trail. Mayor Laura Hinkley spent the morning on the phone with "
    "Denver. The state has promised an inspection by tomorrow, but few in town expect quick results. "
    "Longtime residents recall 2019, when the same road stayed closed for a month. Children in "
    "Marble will not return to class before Monday. At the general store people talk about retaining "
    "walls that were never built. Some say 4,000 cubic yards came down, others think it was far "
    "more. A shuttle to Carbondale will leave from the church parking lot starting tomorrow."
)


def prepared(text: str) -> AlignText:
    params = Params()
    return prepare_text(analyse(aligned_part(text, params.align)), params.align)


def _docs(language: str) -> list[Document]:
    wire, heavy, independent = {
        "it": (WIRE_IT, HEAVY_IT, INDEPENDENT_IT),
        "en": (WIRE_EN, HEAVY_EN, INDEPENDENT_EN),
    }[language]
    agency = {"it": "ANSA", "en": "Reuters"}[language]
    return [
        Document("wire", wire, outlet=agency, published="2025-10-09T07:30:00+02:00"),
        Document("rewrite", heavy, outlet="valley.example", published="2025-10-09T12:00:00+02:00"),
        Document("independent", independent, outlet="mountain.example", published="2025-10-09T18:00:00+02:00"),
    ]


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_heavy_rewrite_is_linked_to_the_agency_story_and_an_independent_report_is_not(language: str) -> None:
    graph = trace(_docs(language))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "rewrite")]
    edge = graph.edges[0]
    assert edge.comparison.languages == (language, language)
    links = [link for p in edge.comparison.passages for link in p.links]
    assert len(links) >= 7 and all(link.label == "rewritten" for link in links)
    text = _docs(language)[1].text
    for link in links:  # spans are sentences of the original texts
        assert text[link.target_span[0] : link.target_span[1]].strip()
    own = [text[s:e] for s, e in edge.comparison.original]
    assert own[-2:] == [x + "." for x in text.rstrip(".").split(". ")[-2:]]  # the outlet's own two stay own


@pytest.mark.parametrize("language", ["it", "en"])
def test_both_are_candidates_and_only_the_rewrite_test_tells_them_apart(language: str) -> None:
    pairs = {(a.id, b.id) for a, b in translation_pairs(_docs(language), Params())}
    assert pairs == {("wire", "rewrite"), ("wire", "independent")}  # the agency's item, same facts
    assert trace(_docs(language), Params(meaning=MeaningParams(rewrites=False))).edges == ()


def test_without_an_agency_item_there_is_no_rewrite_candidate() -> None:
    docs = [Document(d.id, d.text, outlet="paper.example", published=d.published) for d in _docs("it")]
    assert translation_pairs(docs, Params()) == []


def test_a_press_release_is_a_source_of_rewrites_as_an_agency_item_is() -> None:
    # The same story issued by the province itself: no dateline, no agency, its press office signs.
    release = WIRE_IT.replace("SONDRIO, 9 OTT (ANSA) - ", "") + (
        "\n\nUfficio stampa Provincia di Sondrio\nMarta Gianoli - stampa@provincia.example - 0342 531 111"
    )
    docs = [Document("wire", release, outlet="Provincia di Sondrio", published=_docs("it")[0].published)]
    docs += [Document(d.id, d.text, outlet=d.outlet, published=d.published) for d in _docs("it")[1:]]
    pairs = {(a.id, b.id) for a, b in translation_pairs(docs, Params())}
    assert pairs == {("wire", "rewrite"), ("wire", "independent")}
    assert [(e.source, e.target) for e in trace(docs).edges] == [("wire", "rewrite")]
    unsigned = [Document("wire", release.split("\n\nUfficio")[0], outlet="Provincia di Sondrio"), *docs[1:]]
    assert translation_pairs(unsigned, Params()) == []  # an outlet's own article is no source


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 1, 0)], ids=["wire-first", "wire-last", "reversed"])
def test_a_store_traced_one_article_at_a_time_finds_the_same_rewrite(order: tuple[int, ...], tmp_path: Path) -> None:
    docs = _docs("it")
    check_store_in_batches([docs[k] for k in order], 1, tmp_path / "db.sqlite")


REWORDED_IT = (  # the wire's sentences one by one, reworded and reordered inside, no credit
    "Castionetto resta isolata, la provinciale 27 chiusa dalla frana\n\nSulla strada provinciale "
    "27 tra Chiuro e Ponte in Valtellina sono venuti giù nella notte circa 3.000 metri cubi di "
    "terra, e la frazione di Castionetto è rimasta isolata. I 140 residenti per ora non possono "
    "scendere a valle, ma nessuno è rimasto ferito. Secondo i tecnici della Provincia il distacco "
    "è cominciato verso le 2.40, dopo tre giorni di piogge intense su tutta la zona. Quattro "
    "abitazioni vicine al versante sono state evacuate dai vigili del fuoco in via precauzionale. "
    "Carla Bonetti, sindaco di Chiuro, ha chiesto alla Regione Lombardia un intervento urgente. "
    "Per riaprire la carreggiata alla Provincia servono almeno dieci giorni di lavoro. Intanto "
    "tra la frazione e Ponte in Valtellina partirà un servizio di navetta. Fino a lunedì le "
    "scuole di Castionetto resteranno chiuse. La stessa strada era già stata bloccata per un mese "
    "nel 2019 da un altro smottamento."
)

REWORDED_EN = (  # the same, in English
    "Marble isolated as slide closes Highway 133\n\nAbout 4,000 cubic yards of rock came down "
    "overnight on Highway 133 near Redstone, and the town of Marble was cut off. Its 130 "
    "residents cannot drive down the valley for now, but no one was injured. According to "
    "engineers the slide started at about 2:40 a.m., after three days of heavy rain over the "
    "whole area. Four homes close to the slope were evacuated by firefighters as a precaution. "
    "Laura Hinkley, the mayor of Marble, asked the state for urgent help. State officials need at "
    "least ten days of work to reopen the road. Meanwhile a shuttle bus will run between the town "
    "and Carbondale. Until Monday the schools in Marble will stay closed. The same highway had "
    "already been blocked for a month in 2019 by another slide."
)


@pytest.mark.parametrize(("wire", "reworded"), [(WIRE_IT, REWORDED_IT), (WIRE_EN, REWORDED_EN)], ids=["it", "en"])
def test_a_pair_the_words_join_by_rewritten_sentences_only_passes_the_rewrite_test_too(
    wire: str, reworded: str
) -> None:
    a = Document("wire", wire, published="2025-10-09T07:30:00+02:00")
    b = Document("reworded", reworded, published="2025-10-09T18:00:00+02:00")
    params = Params()
    aligner = PairAligner(params)
    edge = aligner.edge(a, b)
    assert edge is not None and (edge.source, edge.target) == ("wire", "reworded")
    comparison = compare(wire, reworded)
    assert claims_rewrite(comparison, params)  # every link rewritten, the whole text covered
    score = Rewording(params).score(comparison, a, b, (prepared(wire), prepared(reworded)))
    assert score is not None and score >= params.meaning.rewrite_bar
    # An independent account of the same event scores under the bar (the families measure where
    # real ones fall): the same pair held to a bar above its score is not linked ...
    above = Params(meaning=MeaningParams(rewrite_bar=score + 0.01))
    assert PairAligner(above).edge(a, b) is None
    # ... unless the test is off.
    assert PairAligner(replace(above, meaning=replace(above.meaning, rewrites=False))).edge(a, b) is not None
    # A copy keeping a sentence verbatim claims no rewrite: the words show where it came from.
    first = wire.split(". ")[0] + ". "
    assert not claims_rewrite(compare(wire, first + reworded), params)


def test_the_test_is_not_asked_across_languages_nor_of_words_no_dictionary_holds() -> None:
    rewording = Rewording(Params())
    it = Document("it", WIRE_IT)
    en = Document("en", WIRE_EN)
    salad = Document("salad", "Saleale neproista teropie nevoione ripiboi gogoezza braceenti nelle e che. " * 5)
    assert rewording.known(it) > 0.5
    assert rewording.known(salad) < 0.1
    pair = compare(WIRE_IT, WIRE_EN)
    assert rewording.score(pair, it, en, (prepared(WIRE_IT), prepared(WIRE_EN))) is None
    salad_pair = compare(salad.text, salad.text)
    assert rewording.score(salad_pair, salad, salad, (prepared(salad.text), prepared(salad.text))) is None
    assert (
        rewording.score(
            compare(WIRE_IT, HEAVY_IT), it, Document("h", HEAVY_IT), (prepared(WIRE_IT), prepared(HEAVY_IT))
        )
        is not None
    )
