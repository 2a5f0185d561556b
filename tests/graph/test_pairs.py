"""The derivation decision on pairs written for this test: a heavy rewrite of an agency story is a
derivation; an independent report of the same event (same names, figures and dates, its own
words) is not. Italian and English."""

from __future__ import annotations

import pytest

from lineage import trace
from lineage.align.comparison import compare
from lineage.graph.pairs import PairAligner, is_derivation, states_facts
from lineage.models import Comparison, Document, Link, LinkEvidence, Passage
from lineage.params import MeaningParams, Params

IT_WIRE = (
    "BARI, 9 OTT (ANSA) - La Regione Puglia ha approvato un piano da 180 milioni di euro per "
    "ammodernare gli impianti di irrigazione delle campagne del Foggiano, colpite da due anni di siccità. "
    "Lo ha annunciato l'assessore all'Agricoltura Donato Pentassuglia al termine della giunta. "
    "Il piano prevede la sostituzione di 1.200 chilometri di condotte, molte delle quali risalgono agli anni Sessanta. "
    "Secondo il Consorzio di bonifica della Capitanata, le perdite della rete superano oggi il 40 per cento "
    "dell'acqua prelevata dalle dighe. "
    "I cantieri partiranno nella primavera del 2026 e dovrebbero concludersi entro tre anni. "
    "Le organizzazioni agricole hanno accolto con favore la decisione, ma chiedono tempi certi. "
    "Per la Coldiretti il piano arriva tardi, dopo una stagione in cui molte aziende hanno perso "
    "metà del raccolto di pomodoro. "
    "La Regione conta di coprire parte della spesa con i fondi europei del programma di sviluppo rurale."
)
IT_HEAVY = (
    "Centottanta milioni di euro per rifare la rete irrigua del Foggiano: è quanto ha deciso la giunta regionale "
    "pugliese, come ha annunciato l'assessore all'Agricoltura Donato Pentassuglia. "
    "Dopo due anni di siccità, le campagne della Capitanata attendevano da tempo un intervento. "
    "Saranno sostituiti 1.200 chilometri di condotte, in gran parte posate negli anni Sessanta. "
    "Oggi, secondo i dati del Consorzio di bonifica della Capitanata, oltre il 40 per cento dell'acqua prelevata "
    "dalle dighe si perde lungo la rete. "
    "I lavori cominceranno nella primavera del 2026 e la conclusione è prevista entro tre anni. "
    "Chi coltiva pomodoro in queste zone ricorda bene l'estate scorsa, quando i pozzi erano quasi asciutti. "
    "Favorevoli le organizzazioni agricole, che però chiedono tempi certi; la Coldiretti parla di un piano che "
    "arriva tardi, dopo una stagione in cui molte aziende hanno perso metà del raccolto. "
    "Parte della spesa sarà coperta con i fondi europei del programma di sviluppo rurale."
)
IT_INDEPENDENT = (
    "A Cerignola l'acqua arriva nei campi a giorni alterni da quasi due anni. "
    "Michele, che coltiva pomodoro su venti ettari, racconta di aver perso metà del raccolto nell'estate più secca "
    "che ricordi. "
    "Ora la Regione Puglia promette 180 milioni di euro e l'assessore Donato Pentassuglia parla di una svolta. "
    "Nei bar del paese, però, la notizia è accolta con prudenza: di piani se ne sono visti tanti. "
    "I tecnici del Consorzio di bonifica della Capitanata spiegano che quasi metà dell'acqua si disperde in tubi "
    "vecchi di sessant'anni, 1.200 chilometri da rifare. "
    "Le prime ruspe non si vedranno prima del 2026. "
    "Intanto molti agricoltori hanno scavato pozzi privati, spesso senza autorizzazione, e la falda si abbassa. "
    "La Coldiretti chiede di fare presto, prima della prossima estate."
)

EN_WIRE = (
    "LISBON, May 6 (Reuters) - Portugal will spend 2.1 billion euros over five years to expand its rail network, "
    "Infrastructure Minister Miguel Pinto Luz said on Tuesday. "
    "The plan includes a high-speed line between Lisbon and Porto that would cut the journey "
    "to one hour and 15 minutes. "
    "Construction of the first section, between Porto and Soure, is due to start in 2026. "
    "The government expects the European Union to cover about 40 percent of the cost. "
    "Rail unions welcomed the investment but warned that staff shortages were already causing cancellations. "
    "Passenger numbers on Portuguese trains rose 18 percent last year to a record 190 million journeys. "
    "Opposition lawmakers questioned whether the timetable was realistic given delays on previous projects."
)
EN_HEAVY = (
    "Portugal's government has set aside 2.1 billion euros for its railways over the next five years, "
    "according to Infrastructure Minister Miguel Pinto Luz. "
    "At the heart of the plan is a high-speed link from Lisbon to Porto, which would cut the journey to one hour "
    "and 15 minutes. "
    "Work on the first stretch, from Porto to Soure, should begin in 2026, with Brussels expected to pay roughly "
    "40 percent of the bill. "
    "Commuters in the capital have long complained about crowded suburban trains. "
    "The unions are pleased with the money, but they say staff shortages are already leading to cancellations. "
    "Last year a record 190 million journeys were made on Portuguese trains, up 18 percent. "
    "Opposition lawmakers doubt the timetable is realistic, pointing to delays on earlier projects."
)
EN_INDEPENDENT = (
    "At Santa Apolonia station on a weekday morning, the departure board is a list of delays. "
    "Ana, a nurse who travels to Coimbra three times a week, says she no longer trusts the timetable. "
    "The government now promises 2.1 billion euros and a high-speed line that would link Lisbon and Porto in "
    "one hour and 15 minutes. "
    "Miguel Pinto Luz, the infrastructure minister, calls it the biggest rail investment in a generation. "
    "Engineers point out that the first works, between Porto and Soure, are not planned before 2026. "
    "Brussels is expected to pay about 40 percent, and 190 million journeys last year show the demand is there. "
    "The unions say trains are already cancelled for lack of drivers and guards. "
    "For now, passengers like Ana keep an eye on the board and a bus timetable in their pocket."
)


@pytest.mark.parametrize(
    ("wire", "heavy", "independent", "lang"),
    [(IT_WIRE, IT_HEAVY, IT_INDEPENDENT, "it"), (EN_WIRE, EN_HEAVY, EN_INDEPENDENT, "en")],
    ids=["italian", "english"],
)
def test_a_heavy_rewrite_is_a_derivation_and_an_independent_report_is_not(
    wire: str, heavy: str, independent: str, lang: str
) -> None:
    params = Params()
    rewrite = compare(wire, heavy)
    assert is_derivation(rewrite, params)
    assert len(rewrite.links) >= 6
    assert all(link.label == "rewritten" for link in rewrite.links)  # reworded, not copied
    assert not is_derivation(compare(wire, independent), params)
    docs = [
        Document("wire", wire, outlet="agency", published="2025-10-09T10:00:00+02:00"),
        Document("heavy", heavy, outlet="daily", published="2025-10-09T14:00:00+02:00"),
        Document("independent", independent, outlet="weekly", published="2025-10-10T08:00:00+02:00"),
    ]
    graph = trace(docs)
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "heavy")]
    # the rewrite's own sentence is not aligned to anything
    own = "Chi coltiva pomodoro" if lang == "it" else "Commuters in the capital"
    start = heavy.index(own)
    assert all(not (a <= start < b) for link in graph.edges[0].comparison.links for a, b in [link.target_span])
    # ... nor claimed by a passage: in a trace, the unlinked sentences are settled by meaning
    assert all(not (a <= start < b) for p in graph.edges[0].comparison.passages for a, b in [p.target_span])


def test_a_query_and_a_trace_without_meaning_leave_the_gaps_as_words_found_them() -> None:
    wire = Document("wire", EN_WIRE, published="2025-10-09T10:00:00+02:00")
    heavy = Document("heavy", EN_HEAVY, published="2025-10-09T14:00:00+02:00")
    lexical = PairAligner(Params(), explain=False).edge(wire, heavy)
    off = PairAligner(Params(meaning=MeaningParams(enabled=False))).edge(wire, heavy)
    settled = PairAligner(Params()).edge(wire, heavy)
    assert lexical is not None and off is not None and settled is not None
    assert off.comparison.passages == lexical.comparison.passages
    own = EN_HEAVY.index("Commuters in the capital")
    assert any(p.target_span[0] <= own < p.target_span[1] for p in lexical.comparison.passages)
    assert not any(p.target_span[0] <= own < p.target_span[1] for p in settled.comparison.passages)


def _link(label: str, facts: tuple[str, ...] | None) -> Link:
    evidence = None if facts is None else LinkEvidence(facts=facts, words=("euro",), shared=9, words_in_copy=14)
    return Link((0,), (0,), (0, 10), (0, 10), label, 0.6, evidence=evidence)  # type: ignore[arg-type]


def test_rewritten_links_sharing_no_fact_are_common_phrasing_not_reuse() -> None:
    def comparison(*links: Link) -> Comparison:
        return Comparison((Passage((0, 10), (0, 10), "rewritten", 0.6, links=links),), 0.3, 0.3)

    assert not states_facts(comparison(_link("rewritten", ()), _link("rewritten", ())))
    assert states_facts(comparison(_link("rewritten", ()), _link("rewritten", ("Pentassuglia",))))
    assert states_facts(comparison(_link("rewritten", ()), _link("verbatim", None)))
