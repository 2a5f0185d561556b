"""Reuse of a credited agency's item by meaning, with the real offline encoder, on articles
written for this test (Italian and English).

A mostly original article on a related topic that credits an agency (``(con askanews)``,
``Source: Reuters``) and restates three of the agency item's sentences in other words (one of
them merging two): no phrase is shared, so the lexical stages see nothing; the meaning stage
takes the agency's earlier items sharing the article's rare facts as candidates and links the
item whose sentences the article restates, in order. The same article without the credit,
or crediting another agency, is not linked: the credit is what lets three restated
sentences count as reuse (independent reports of one event restate as many).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lineage import trace
from lineage.align.meaning import align_meaning, chained_sentences, default_encoder, embed
from lineage.align.units import aligned_part, prepare_text
from lineage.graph.translations import Agencies, agencies_of, translation_pairs
from lineage.models import Document
from lineage.params import MeaningParams, Params
from lineage.store import open_store
from lineage.text import analyse
from tests.corpus import FAMILIES, check_store_in_batches, family_documents

WIRE_IT = (
    "Acqua, a Lucignano razionamento notturno per tre settimane\n\n"
    "AREZZO, 5 mag (askanews) – Da lunedì 12 maggio l'acquedotto di Lucignano chiuderà i rubinetti "
    "ogni notte dalle 23 alle 6. "
    "La decisione è stata presa dal gestore Acque Toscane dopo che il livello del lago di Montedoglio "
    "è sceso a 41 milioni di metri cubi. "
    "Il razionamento durerà almeno tre settimane e riguarderà circa 3.600 residenti. "
    "Le scuole e l'ospedale di comunità riceveranno l'acqua con autobotti. "
    "Il sindaco Paolo Ridolfi ha chiesto ai cittadini di non riempire le piscine private fino a nuovo avviso. "
    "Secondo il gestore, le perdite della rete comunale superano il 38 per cento. "
    "Un piano da 6,2 milioni per sostituire le tubature più vecchie partirà in autunno. "
    "Coldiretti Arezzo teme danni per i vigneti della Valdichiana se la pioggia non arriverà entro giugno."
)
PARTIAL_IT = (
    "Siccità, la Valdichiana si prepara a un'estate difficile\n\n"
    "(con askanews)\n\n"
    "Nei campi tra Foiano e Marciano i trattori girano con le cisterne già a maggio, e chi coltiva "
    "pomodori conta i giorni. "
    "Da due inverni la neve sugli Appennini è poca e le falde non si ricaricano. "
    "A Lucignano, dal 12 maggio, l'acqua verrà tolta di notte, tra le undici di sera e le sei del "
    "mattino, per decisione di Acque Toscane, preoccupata per l'invaso di Montedoglio ormai fermo a "
    "41 milioni di metri cubi. "
    "La misura, che coinvolge circa 3.600 abitanti, dovrebbe restare in vigore per non meno di tre settimane. "
    "Gli agricoltori chiedono da anni nuovi laghetti collinari per trattenere l'acqua d'inverno. "
    "La cooperativa di Foiano ha già ridotto del 20 per cento le semine di mais. "
    "Il sindaco Ridolfi domanda ai residenti di evitare di riempire le piscine private, finché non "
    "arriverà un nuovo avviso. "
    "I tecnici della Regione stanno studiando un collegamento con l'invaso del Calcione. "
    "Molti produttori hanno scelto varietà di grano più resistenti alla siccità."
)


def _italian(partial: str, agency: str = "askanews") -> list[Document]:
    return [
        Document("wire", WIRE_IT, outlet=agency, published="2025-05-05T10:00:00+02:00"),
        Document("partial", partial, outlet="Corriere della Chiana", published="2025-05-06T08:00:00+02:00"),
    ]


def _links(docs: list[Document], params: Params | None = None) -> list[tuple[str, str, list[tuple[int, ...]]]]:
    graph = trace(docs, params)
    return [
        (e.source, e.target, [link.target_sentences for p in e.comparison.passages for link in p.links])
        for e in graph.edges
    ]


def test_a_credited_partial_rewrite_is_linked_to_the_agency_item_it_restates() -> None:
    graph = trace(_italian(PARTIAL_IT))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "partial")]
    edge = graph.edges[0]
    links = [link for p in edge.comparison.passages for link in p.links]
    restated = [PARTIAL_IT[link.target_span[0] : link.target_span[1]] for link in links]
    assert [s.split()[:2] for s in restated] == [["A", "Lucignano,"], ["La", "misura,"], ["Il", "sindaco"]]
    assert links[0].source_sentences == (1, 2)  # one sentence restating two of the item's, merged
    assert all(link.label == "rewritten" for link in links)
    assert edge.comparison.languages == ("it", "it")
    # The article's own sentences stay its own.
    assert not any(
        "Foiano" in PARTIAL_IT[a:b] or "Calcione" in PARTIAL_IT[a:b] for a, b in (x.target_span for x in links)
    )


def test_without_the_credit_or_crediting_another_agency_it_is_not_linked() -> None:
    assert _links(_italian(PARTIAL_IT.replace("(con askanews)\n\n", ""))) == []
    assert _links(_italian(PARTIAL_IT.replace("(con askanews)", "(con ANSA)"))) == []
    # The item must be the credited agency's own: the same text by another outlet is no candidate.
    assert _links(_italian(PARTIAL_IT, agency="Il Tirreno")) == []


def test_the_words_alone_see_nothing_and_the_stage_can_be_switched_off() -> None:
    assert _links(_italian(PARTIAL_IT), Params(meaning=MeaningParams(enabled=False))) == []
    assert _links(_italian(PARTIAL_IT), Params(meaning=MeaningParams(credited_sentences=4))) == []


def _shuffled(text: str) -> str:
    """``text`` with its sentences restating the item moved out of the item's order (the mayor's
    appeal first, the rationing last), the article's own sentences between them."""
    sentences = text.split(". ")
    lucignano, misura, sindaco = (
        next(x for x in sentences if x.startswith(w)) for w in ("A Lucignano", "La misura", "Il sindaco")
    )
    rest = [x for x in sentences if x not in (lucignano, misura, sindaco)]
    return ". ".join([rest[0], sindaco, *rest[1:3], misura, *rest[3:-1], lucignano, rest[-1]])


def test_a_credited_partial_restating_the_item_out_of_its_order_is_linked() -> None:
    shuffled = _shuffled(PARTIAL_IT)
    assert sorted(shuffled.split(". ")) == sorted(PARTIAL_IT.split(". "))
    graph = trace(_italian(shuffled))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "partial")]
    links = [link for p in graph.edges[0].comparison.passages for link in p.links]
    restated = {shuffled[link.target_span[0] : link.target_span[1]].split()[1] for link in links}
    assert restated == {"Lucignano,", "misura,", "sindaco"} and all(link.label == "rewritten" for link in links)
    # In the order of both texts the chain holds fewer than the credited path asks: the credit is
    # what lets them count in any order.
    p = Params()
    wire, partial = (
        embed(prepare_text(analyse(aligned_part(x, p.align)), p.align), default_encoder(), p.meaning)
        for x in (WIRE_IT, shuffled)
    )
    assert chained_sentences(align_meaning(wire, partial, p.meaning)) < p.meaning.credited_sentences
    assert _links(_italian(shuffled.replace("(con askanews)", "(con ANSA)"))) == []
    assert _links(_italian(shuffled.replace("(con askanews)\n\n", ""))) == []


WIRE_EN = (
    "Storm closes Hobart port for second day\n\n"
    "HOBART, Australia, July 8 (Reuters) - Tasmania's main container port stayed shut on Tuesday as "
    "winds of up to 110 km/h battered the island for a second day. "
    "TasPorts said 14 ships were waiting offshore and that berths would reopen only when gusts fell "
    "below 60 km/h. "
    "About 9,000 homes in southern Tasmania were still without power on Tuesday morning. "
    "Premier Jeremy Rockliff said emergency crews had cleared 230 fallen trees from state roads. "
    "The Bureau of Meteorology expects the wind to ease on Wednesday evening. "
    "Salmon farmer Huon Aqua reported damage to two pens near Dover but said no fish had escaped."
)
PARTIAL_EN = (
    "Why Tasmania's salmon pens keep failing in winter storms\n\n"
    "Marine engineers have warned for years that open-water pens in the Derwent estuary were never "
    "designed for the gales now hitting the coast every winter. "
    "Insurance premiums for the industry have doubled since 2021. "
    "The island's chief container terminal remained closed on Tuesday, a second straight day, while "
    "gusts reaching 110 km/h swept across Tasmania. "
    "Fourteen vessels were anchored off the coast, according to TasPorts, and no berth would reopen "
    "until the gusts dropped under 60 km/h. "
    "Environmental groups want the pens moved onshore. "
    "Near Dover, Huon Aqua said two of its pens had been damaged, although none of its salmon got out. "
    "The state government will publish a review of fish farm licences in September.\n\n"
    "Source: Reuters"
)


def test_an_english_article_crediting_reuters_is_linked_to_the_reuters_item() -> None:
    docs = [
        Document("wire", WIRE_EN, outlet="Reuters", published="2025-07-08T09:00:00+10:00"),
        Document("feature", PARTIAL_EN, outlet="Island Weekly", published="2025-07-09T07:00:00+10:00"),
    ]
    found = _links(docs)
    assert [(s, t) for s, t, _ in found] == [("wire", "feature")]
    assert len(found[0][2]) >= 3
    assert _links([docs[0], Document("feature", PARTIAL_EN.replace("Source: Reuters", ""))]) == []


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # An agency's own item credits nobody else: its dateline names itself.
        (Document("a", WIRE_IT, outlet="askanews"), Agencies(frozenset(), "askanews")),
        (Document("b", PARTIAL_IT, outlet="Corriere della Chiana"), Agencies(frozenset({"askanews"}), None)),
        # A photo credit credits the picture, not the words.
        (Document("c", "Titolo\n\nFoto: ANSA\n\n" + "Testo dell'articolo. " * 5), Agencies()),
        # Credits are read where news puts them: a name deep inside a long text is not one.
        (Document("d", "Titolo\n\n" + "Parole. " * 200 + "(fonte ANSA) " + "Altre parole. " * 200), Agencies()),
        (Document("e", "Titolo\n\n" + "Parole. " * 400 + "\n\nFonte: ANSA"), Agencies(frozenset({"ANSA"}))),
    ],
)
def test_agencies_of_an_article(doc: Document, expected: Agencies) -> None:
    assert agencies_of(doc) == expected


def test_without_the_credit_the_agency_item_is_a_candidate_of_the_rewrite_test_only() -> None:
    docs = _italian(PARTIAL_IT.replace("(con askanews)\n\n", ""))
    assert translation_pairs(docs, Params(meaning=MeaningParams(rewrites=False))) == []
    assert [(a.id, b.id) for a, b in translation_pairs(docs, Params())] == [("wire", "partial")]
    assert [(a.id, b.id) for a, b in translation_pairs(_italian(PARTIAL_IT), Params())] == [("wire", "partial")]


@pytest.mark.parametrize("reverse", [False, True])
def test_a_store_traced_in_any_order_gives_the_trace_of_all_at_once(reverse: bool, tmp_path: Path) -> None:
    # The agency item stored after the article crediting it: the next trace finds the pair.
    docs = sorted(_italian(PARTIAL_IT), key=lambda d: d.id, reverse=reverse)
    check_store_in_batches(docs, 1, tmp_path / "store.db")
    with open_store(tmp_path / "store.db") as store:
        assert [(e.source, e.target) for e in store.graph().edges] == [("wire", "partial")]
        agencies = sorted(store.conn.execute("SELECT credited, publisher FROM article_credits"), key=str)
    assert agencies == [("", "askanews"), ("askanews", None)]


@pytest.mark.parametrize("table", ["agencies", "agency_credits", "article_sources"])
def test_a_store_drops_the_agencies_read_by_an_earlier_version(table: str, tmp_path: Path) -> None:
    # A store made before attributions in the body were credits kept its articles' credits in an
    # ``agencies`` table, one made before press releases were sources in ``agency_credits``, one
    # made before other languages' credit lines were read in ``article_sources``: it is dropped
    # and the credits read again, so the trace is the one-shot one.
    docs = _italian(PARTIAL_IT.replace("(con askanews)", "Come riferisce l'agenzia askanews,"))
    with open_store(tmp_path / "store.db") as store:
        store.add_documents(docs)
        store.conn.execute(f"CREATE TABLE {table} (num INTEGER PRIMARY KEY, credited TEXT NOT NULL, publisher TEXT)")
        store.conn.execute(f"INSERT INTO {table} SELECT num, '', NULL FROM documents")
        store.conn.commit()
        store.trace(workers=1)
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert table not in tables
        assert [(e.source, e.target) for e in store.graph().edges] == [("wire", "partial")]
    assert [(e.source, e.target) for e in trace(docs).edges] == [("wire", "partial")]


ISTAT = FAMILIES / "istat" / "family.json"


@pytest.mark.skipif(not ISTAT.exists() and not os.environ.get("CI"), reason="../shared/reuse-families is absent")
def test_a_credited_rewrite_found_by_meaning_first_is_found_by_words_once_its_copy_is_stored(tmp_path: Path) -> None:
    # istat_d04 credits Adnkronos and restates a few sentences of the wire (d06); the words reach
    # it only through the wire's verbatim copy d01 (the grandparent stage). Stored before d01, it
    # is found by meaning; once d01 is stored, the words find it as a trace of all at once does.
    docs = sorted(family_documents(ISTAT), key=lambda d: d.id, reverse=True)
    check_store_in_batches(docs, 9, tmp_path / "store.db")


def test_a_credit_the_words_explain_brings_no_other_item_of_that_agency() -> None:
    # An earlier askanews item on the same story (the same facts): a candidate of the crediting
    # article; once the words link the article to an askanews item, its credit is explained and
    # the agency's other items are not aligned by meaning (their cost would grow with every copy).
    update = Document(
        "update", WIRE_IT.replace("5 mag", "4 mag"), outlet="askanews", published="2025-05-04T18:00:00+02:00"
    )
    docs = [*_italian(PARTIAL_IT), update]
    pairs = {(a.id, b.id) for a, b in translation_pairs(docs, Params())}
    assert {("wire", "partial"), ("update", "partial")} <= pairs
    linked = {frozenset(("wire", "partial"))}
    assert not {p for p in (translation_pairs(docs, Params(), linked)) if p[1].id == "partial"}
    # A credit to another agency is not explained by it.
    other = [
        Document(d.id, d.text.replace("(con askanews)", "(con askanews, ANSA)"), outlet=d.outlet, published=d.published)
        for d in docs
    ]
    ansa = Document("ansa", WIRE_IT.replace("askanews", "ANSA"), outlet="ANSA", published="2025-05-05T09:00:00+02:00")
    found = {(a.id, b.id) for a, b in translation_pairs([*other, ansa], Params(), linked)}
    assert ("ansa", "partial") in found and ("update", "partial") not in found


REWRITE_IT = (
    "Lucignano, l'acqua chiusa di notte fino a giugno\n\n"
    "(con askanews)\n\n"
    "Se entro giugno non pioverà, avverte Coldiretti Arezzo, i vigneti della Valdichiana rischiano danni seri. "
    "A partire da lunedì 12 maggio a Lucignano l'acqua mancherà ogni notte, dalle undici di sera alle sei del mattino. "
    "Acque Toscane lo ha deciso perché l'invaso di Montedoglio è ormai fermo a 41 milioni di metri cubi. "
    "Per non meno di tre settimane saranno coinvolti circa 3.600 abitanti. "
    "Alle scuole e all'ospedale di comunità l'acqua arriverà con le autobotti. "
    "Il primo cittadino, Paolo Ridolfi, invita a non riempire le piscine private finché non ci sarà un nuovo avviso. "
    "Oltre il 38 per cento dell'acqua, sostiene il gestore, si perde nelle tubature del comune. "
    "In autunno partiranno lavori per 6,2 milioni destinati a rifare le condotte più vecchie."
)


def test_a_credited_whole_rewrite_links_the_sentences_its_chain_left_out() -> None:
    # A rewrite of the whole item that credits its agency is linked by the credit, and the
    # sentence it moved out of the item's order (Coldiretti's warning, first here, last in the
    # item) is linked as a rewrite's is; a credited partial's own sentences stay its own (above).
    docs = [
        _italian(PARTIAL_IT)[0],
        Document("rewrite", REWRITE_IT, outlet="La Nazione di Arezzo", published="2025-05-06T09:00:00+02:00"),
    ]
    graph = trace(docs)
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "rewrite")]
    links = [link for p in graph.edges[0].comparison.passages for link in p.links]
    restated = {REWRITE_IT[link.target_span[0] : link.target_span[1]].split()[0] for link in links}
    assert "Se" in restated
    moved = next(link for link in links if REWRITE_IT[link.target_span[0] :].startswith("Se entro"))
    assert WIRE_IT[moved.source_span[0] : moved.source_span[1]].startswith("Coldiretti Arezzo")
