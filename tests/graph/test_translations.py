"""Reuse across languages, with the real offline encoder, on articles written for this test.

An Italian agency story about an invented event, an English article translating and
trimming it, an English article written independently about the same event (same names,
figures and date: a hard negative), and unrelated English news. Only the translation is
linked, parent the Italian story, its comparison stating the language pair.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lineage import trace
from lineage.graph.translations import MeaningAligner, meaning_grandparent_pairs, translation_pairs
from lineage.models import Document, Edge
from lineage.params import MeaningParams, Params
from lineage.render.json import graph_to_json
from lineage.store import open_store
from tests.corpus import PROJECT_FAMILIES, check_store_in_batches, family_documents

WIRE = (
    "TRIESTE, 14 MAR – La Regione Friuli Venezia Giulia ha stanziato 42 milioni di euro per "
    "ricostruire il porto di Grado, danneggiato dalla mareggiata del 28 febbraio. "
    "Lo ha annunciato l'assessore Marco Zanetti al termine della giunta di ieri pomeriggio. "
    "I lavori partiranno a giugno e dureranno diciotto mesi, secondo il cronoprogramma approvato. "
    "La prima tranche, pari a 15 milioni, servirà a rifare la diga foranea lunga 640 metri. "
    "Il resto finanzierà le banchine, l'illuminazione e un nuovo sistema di paratoie mobili. "
    "Il sindaco di Grado, Elena Sbrizzi, ha parlato di una risposta rapida e concreta. "
    "I pescatori chiedono però indennizzi per i 37 giorni di fermo delle barche. "
    "La Regione valuterà le richieste entro la fine di aprile, ha precisato Zanetti. "
    "Nel 2019 un'altra mareggiata aveva causato danni per 9 milioni di euro."
)
TRANSLATION = (
    "Italy's Friuli Venezia Giulia region has set aside 42 million euros to rebuild the port of "
    "Grado, which was damaged by the storm surge of February 28. "
    "Regional councillor Marco Zanetti announced the decision after yesterday afternoon's cabinet meeting. "
    "Work will start in June and last eighteen months, according to the approved schedule. "
    "The first instalment, 15 million, will pay for rebuilding the 640-metre breakwater. "
    "The rest will fund the quays, the lighting and a new system of mobile flood gates. "
    "Grado's mayor Elena Sbrizzi called it a quick and concrete response. "
    "Fishermen, however, are asking for compensation for the 37 days their boats were idle."
)
INDEPENDENT = (
    "When the sea broke over Grado's harbour wall on February 28, Elena Sbrizzi was in her office "
    "watching the water rise. "
    "Two weeks on, the mayor says the town has spent its own money clearing debris from the streets. "
    "The regional government in Trieste has now promised 42 million euros, and councillor Marco Zanetti "
    "visited the port on Friday. "
    "Local fishermen have not worked for 37 days and many doubt the money will reach them soon. "
    "Some remember the storm of 2019, which cost the area 9 million euros. "
    "Engineers say the 640-metre breakwater was already weak before the surge. "
    "Tourism operators fear the summer season could be lost if repairs start late. "
    "Residents have organised a meeting on Tuesday to ask for a timetable."
)
UNRELATED = (
    "The city council of Leeds approved a new cycling plan on Monday. "
    "The scheme adds 25 kilometres of protected lanes by 2027. "
    "Councillors said the plan would cut traffic in the centre by a fifth. "
    "Shop owners on Briggate asked for more loading bays during the works. "
    "The first section will open next spring near the railway station."
)


def _docs() -> list[Document]:
    return [
        Document("wire", WIRE, outlet="agenzia", published="2025-03-14T10:00:00+01:00"),
        Document("translation", TRANSLATION, outlet="daily.example", published="2025-03-14T15:00:00+01:00"),
        Document("independent", INDEPENDENT, outlet="weekly.example", published="2025-03-15T09:00:00+01:00"),
        Document("unrelated", UNRELATED, outlet="leeds.example", published="2025-03-15T10:00:00+01:00"),
    ]


def test_a_translation_is_linked_to_its_source_and_an_independent_report_is_not() -> None:
    graph = trace(_docs())
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "translation")]
    edge = graph.edges[0]
    assert edge.comparison.languages == ("it", "en")
    assert edge.direction.method == "published"
    links = [link for p in edge.comparison.passages for link in p.links]
    assert len(links) >= 6  # of the translation's 8 sentences
    for link in links:  # spans are whole sentences of the original texts
        assert WIRE[link.source_span[0] : link.source_span[1]].rstrip().endswith(".")
        assert TRANSLATION[link.target_span[0] : link.target_span[1]].rstrip().endswith(".")
    zanetti = next(link for link in links if "Zanetti announced" in TRANSLATION[slice(*link.target_span)])
    assert "Lo ha annunciato l'assessore" in WIRE[slice(*zanetti.source_span)]


def test_the_independent_report_is_a_candidate_but_not_a_translation() -> None:
    pairs = {(a.id, b.id) for a, b in translation_pairs(_docs(), Params())}
    assert ("wire", "independent") in pairs  # same facts: the anchors bring it
    assert ("wire", "unrelated") not in pairs


def test_the_stage_can_be_turned_off() -> None:
    assert trace(_docs(), Params(meaning=MeaningParams(enabled=False))).edges == ()


class _NoEncoder:
    def encode(self, texts: list[str]) -> object:
        raise AssertionError("a corpus in one language must not load the encoder")


def test_one_language_means_no_candidate_and_no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    import lineage.graph.translations as stage

    monkeypatch.setattr(stage, "default_encoder", lambda: _NoEncoder())
    docs = [d for d in _docs() if d.id != "wire"]
    assert translation_pairs(docs, Params()) == []
    assert trace(docs).edges == ()


COPY = WIRE.replace("TRIESTE, 14 MAR – ", "")  # an Italian outlet's copy of the wire, without dateline


def _with_copy() -> list[Document]:
    return [
        *_docs()[:3],
        Document("copy", COPY, outlet="quotidiano.example", published="2025-03-14T16:00:00+01:00"),
    ]


@pytest.mark.parametrize(
    "batches",
    [
        (("translation", "copy"), ("wire", "independent")),  # the wire after its translation and copy
        (("copy",), ("translation",), ("independent", "wire")),
        (("independent", "translation"), ("wire",), ("copy",)),
    ],
    ids=["wire-last", "wire-after-all", "copy-last"],
)
@pytest.mark.parametrize("max_candidates", [1, 3])
def test_a_store_traced_in_any_order_gives_the_trace_of_all_at_once(
    batches: tuple[tuple[str, ...], ...], max_candidates: int, tmp_path: Path
) -> None:
    # With one candidate per article, the wire stored late pushes the copy out of the
    # translation's candidates (its pair must go); the copy, traced again because the wire
    # shares its text, keeps its pair with the earlier translation (the lexical stage must not
    # drop the cross-language stage's pairs).
    params = Params(meaning=MeaningParams(max_candidates=max_candidates))
    docs = {d.id: d for d in _with_copy()}
    db = tmp_path / "store.db"
    with open_store(db) as store:
        for batch in batches:
            store.add_documents([docs[i] for i in batch])
            store.trace(params, workers=1)
        stored = store.graph()
    once = trace(list(docs.values()), params)
    assert ("wire", "translation") in {(e.source, e.target) for e in once.edges}
    assert json.dumps(graph_to_json(stored), sort_keys=True) == json.dumps(graph_to_json(once), sort_keys=True)


FACTORY = PROJECT_FAMILIES / "factory" / "family.json"


def _factory() -> list[Document]:
    return family_documents(FACTORY)


def test_a_rewrite_found_through_a_translation_of_its_source_is_attributed_to_the_source() -> None:
    # An English wire story (d05), its Italian translation (d04, published first) and an English
    # heavy rewrite (d07) sharing no phrase with the story: the meaning stage pairs the rewrite
    # with the earlier translation (another language, the same facts); the story itself, in the
    # rewrite's language, is aligned as the translation's parent, and attribution keeps it.
    graph = trace(_factory())
    edges = {(e.source, e.target) for e in graph.edges}
    assert ("factory_d05", "factory_d07") in edges
    assert ("factory_d04", "factory_d07") not in edges
    siblings = {frozenset((r.a, r.b)) for r in graph.relations if r.kind == "sibling"}
    assert frozenset(("factory_d04", "factory_d07")) in siblings


def test_meaning_grandparent_pairs_go_through_an_edge_found_by_meaning() -> None:
    lexical = [("wire", "copy"), ("copy", "copy2")]
    meaning = [("wire", "translation"), ("translation", "rewrite")]
    # wire -> copy -> copy2 is the lexical stage's; wire -> translation -> rewrite is this one's.
    assert meaning_grandparent_pairs(lexical, meaning, set()) == [("wire", "rewrite")]
    assert meaning_grandparent_pairs(lexical, meaning, {frozenset(("wire", "rewrite"))}) == []
    # A child with an original among its parents is left alone (its source is found).
    assert meaning_grandparent_pairs(lexical, [*meaning, ("wire", "rewrite")], set()) == []


@pytest.mark.parametrize("reverse", [False, True])
def test_a_store_traced_one_article_at_a_time_finds_the_same_grandparents(reverse: bool, tmp_path: Path) -> None:
    check_store_in_batches(sorted(_factory(), key=lambda d: d.id, reverse=reverse), 3, tmp_path / "store.db")


# An English outlet's brief copying three sentences of the translation and none of the wire's facts
# but one (37): the lexical stage links it to the translation; the wire, its grandparent through an
# edge found by meaning, is aligned with it by meaning and rejected (three sentences restated).
EXCERPT = (
    "Harbour news in brief\n\n"
    "Work will start in June and last eighteen months, according to the approved schedule. "
    "The rest will fund the quays, the lighting and a new system of mobile flood gates. "
    "Fishermen, however, are asking for compensation for the 37 days their boats were idle. "
    "Our readers have sent us dozens of photographs of the damaged waterfront this week. "
    "The sailing club has postponed its spring regatta until further notice. "
    "A charity dinner for the affected families is planned at the town hall next month. "
    "Volunteers are still needed to clean the beaches north of the lighthouse."
)


def test_a_store_does_not_align_again_the_grandparent_pairs_the_meaning_stage_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [*_docs()[:2], Document("excerpt", EXCERPT, outlet="coast.example", published="2025-03-16T09:00:00+01:00")]
    calls: list[tuple[str, str]] = []
    original = MeaningAligner.edge

    def counted(self: MeaningAligner, a: Document, b: Document) -> Edge | None:
        calls.append((a.id, b.id))
        return original(self, a, b)

    monkeypatch.setattr(MeaningAligner, "edge", counted)
    with open_store(tmp_path / "store.db") as store:
        store.add_documents(docs)
        store.trace(workers=1)
        first = store.graph()
        assert [(e.source, e.target) for e in first.edges] == [("translation", "excerpt"), ("wire", "translation")]
        assert ("wire", "excerpt") in calls
        calls.clear()
        # The next trace (an unrelated article added) aligns nothing by meaning again.
        store.add_documents([Document("unrelated", UNRELATED, published="2025-03-17T09:00:00+01:00")])
        store.trace(workers=1)
        assert calls == []
        assert store.graph().edges == first.edges
    assert json.dumps(graph_to_json(first), sort_keys=True) == json.dumps(graph_to_json(trace(docs)), sort_keys=True)
