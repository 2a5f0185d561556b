"""The grandparent stage: a copy of a copy aligned with the copy's sources, so attribution can choose.

The pair rule (:func:`lineage.graph.grandparents.grandparent_pairs`) on ids, then the stage
(:func:`lineage.graph.tracing.with_grandparents`) on articles written for these tests, in
Italian and in English: a wire story, a verbatim copy that drops one paragraph and curls its
apostrophes, and a partial reuse (an article of its own with three reworded wire sentences, one
from the dropped paragraph) that the candidate search paired with the copy alone.
"""

from __future__ import annotations

import pytest

from lineage.graph.attribution import attribute_graph
from lineage.graph.grandparents import grandparent_pairs
from lineage.graph.pairs import PairAligner
from lineage.graph.tracing import with_grandparents
from lineage.models import Document, LineageGraph
from lineage.params import Params

IT_WIRE = (
    "Pescara, 3 mar. (Adnkronos) - La Regione Abruzzo ha approvato il piano per la manutenzione delle strade "
    "provinciali, con una spesa di 48 milioni di euro in tre anni. "
    "Il piano prevede il rifacimento di 212 chilometri di asfalto e la messa in sicurezza di 35 ponti, "
    "a partire da quelli sul fiume Aterno. "
    "Secondo l'assessore alle infrastrutture Carla Minervini, i primi cantieri apriranno entro la fine di maggio.\n\n"
    "Le province di Chieti e Teramo riceveranno la quota maggiore dei fondi, pari a 19 milioni complessivi. "
    "I sindaci dell'Alto Sangro hanno chiesto di inserire nel piano anche la strada che "
    "collega Roccaraso a Castel di Sangro, "
    "chiusa da due inverni per una frana.\n\n"
    "L'opposizione in consiglio regionale ha criticato i tempi, giudicando troppo lunga "
    "l'attesa per i lavori sui ponti. "
    "La Regione ha risposto che le gare saranno bandite entro aprile e che i progetti esecutivi sono già pronti. "
    "Il piano sarà finanziato per due terzi con fondi europei e per il resto con il bilancio regionale."
)
# A verbatim copy: the second paragraph dropped, apostrophes curly, no dateline.
IT_COPY = (
    "La Regione Abruzzo ha approvato il piano per la manutenzione delle strade "
    "provinciali, con una spesa di 48 milioni di euro in tre anni. "
    "Il piano prevede il rifacimento di 212 chilometri di asfalto e la messa in sicurezza di 35 ponti, "
    "a partire da quelli sul fiume Aterno. "
    "Secondo l\u2019assessore alle infrastrutture Carla Minervini, i primi cantieri apriranno "
    "entro la fine di maggio.\n\n"
    "L\u2019opposizione in consiglio regionale ha criticato i tempi, giudicando troppo lunga "
    "l\u2019attesa per i lavori sui ponti. "
    "La Regione ha risposto che le gare saranno bandite entro aprile e che i progetti esecutivi sono già pronti. "
    "Il piano sarà finanziato per due terzi con fondi europei e per il resto con il bilancio regionale."
)
# A partial reuse: an article of its own on the Alto Sangro road, with three reworded wire sentences,
# one from the paragraph the copy dropped.
IT_PARTIAL = (
    "A Roccaraso gli albergatori contano i giorni che mancano alla stagione estiva e guardano con ansia alla strada. "
    "Da due anni chi arriva da Castel di Sangro deve allungare il percorso di quasi mezz'ora. "
    "Il titolare di un rifugio sulle piste racconta di aver perso un cliente su tre nell'ultimo inverno.\n\n"
    "La Regione Abruzzo ieri ha approvato un piano per la manutenzione delle strade "
    "provinciali che vale 48 milioni di euro in tre anni. "
    "I sindaci dell'Alto Sangro hanno chiesto di inserire nel piano anche la strada fra "
    "Roccaraso e Castel di Sangro, "
    "chiusa da due inverni a causa di una frana. "
    "Secondo l'assessore Carla Minervini, i primi cantieri del piano apriranno entro la fine di maggio.\n\n"
    "In paese però nessuno si fida delle promesse: una petizione per riaprire la strada ha "
    "raccolto 1.400 firme in una settimana. "
    "Il comitato dei residenti annuncia un presidio davanti al municipio per sabato mattina."
)
EN_WIRE = (
    "LEEDS, March 3 (Reuters) - The county council approved a plan to repair its rural roads on Monday, "
    "setting aside 52 million pounds over the next three years. "
    "The plan covers the resurfacing of 240 miles of road and the strengthening of 28 bridges, "
    "starting with those over the River Wharfe. "
    "Transport lead Helen Ashdown said the first works would begin before the end of May.\n\n"
    "The districts of Craven and Harrogate will receive the largest share of the money, 21 "
    "million pounds between them. "
    "Parish councils in the upper dales asked for the plan to include the lane between Kettlewell and Buckden, "
    "closed for two winters after a landslip.\n\n"
    "Opposition councillors criticised the timetable, saying the wait for the bridge repairs was far too long. "
    "The council replied that contracts would be tendered in April and that the detailed designs were ready. "
    "Two thirds of the plan will be paid for by a government grant and the rest from the council's own budget."
)
EN_COPY = (
    "The county council approved a plan to repair its rural roads on Monday, "
    "setting aside 52 million pounds over the next three years. "
    "The plan covers the resurfacing of 240 miles of road and the strengthening of 28 bridges, "
    "starting with those over the River Wharfe. "
    "Transport lead Helen Ashdown said the first works would begin before the end of May.\n\n"
    "Opposition councillors criticised the timetable, saying the wait for the bridge repairs was far too long. "
    "The council replied that contracts would be tendered in April and that the detailed designs were ready. "
    "Two thirds of the plan will be paid for by a government grant and the rest from the council\u2019s own budget."
)
EN_PARTIAL = (
    "In Kettlewell the guesthouse owners are counting the weeks to the summer season and watching the lane. "
    "For two years visitors coming from Buckden have had to add almost half an hour to their journey. "
    "The owner of a walkers' hostel says she lost one guest in three last winter.\n\n"
    "On Monday the county council approved a plan to repair its rural roads worth 52 million "
    "pounds over three years. "
    "Parish councils in the upper dales asked for the plan to include the lane from Kettlewell to Buckden, "
    "which has been closed for two winters because of a landslip. "
    "Transport lead Helen Ashdown said the first works under the plan would begin before the end of May.\n\n"
    "Nobody in the village trusts the promises, though: a petition to reopen the lane gathered "
    "1,400 signatures in a week. "
    "The residents' group plans a protest outside the village hall on Saturday morning."
)


def test_a_child_of_a_copy_is_paired_with_the_copys_source() -> None:
    edges = [("wire", "copy"), ("copy", "partial")]
    assert grandparent_pairs(edges, set()) == [("wire", "partial")]
    # Pairs already aligned are not aligned again; the source of a source is reached in turn.
    assert grandparent_pairs(edges, {frozenset(("wire", "partial"))}) == []
    assert grandparent_pairs([("agency", "wire"), *edges], set()) == [("agency", "copy"), ("wire", "partial")]


def test_a_child_with_an_original_among_its_parents_adds_no_pair() -> None:
    # Every copy of a big story aligned with the wire: no copy of a copy is paired again.
    edges = [("wire", f"copy{k}") for k in range(5)] + [("copy0", "copy1"), ("copy1", "copy2"), ("copy0", "copy2")]
    assert grandparent_pairs(edges, set()) == []
    # An independent article on the same event, aligned with nothing, is not paired with anything.
    assert grandparent_pairs([*edges, ("wire", "wire")], set()) == []


def test_each_end_of_an_undetermined_edge_is_paired_with_the_other_s_parents() -> None:
    # A copy dated by the day only and a report of the same day: either may be the other's child.
    edges = [("wire", f"copy{k}") for k in range(3)]
    assert grandparent_pairs(edges, set(), undirected=[("copy0", "report")]) == [("wire", "report")]
    assert grandparent_pairs(edges, set(), undirected=[("report", "copy0")]) == [("wire", "report")]
    # Two copies of one wire, undetermined between them, are each paired with the wire already.
    assert (
        grandparent_pairs(edges, {frozenset(("wire", f"copy{k}")) for k in range(3)}, undirected=[("copy0", "copy1")])
        == []
    )
    assert grandparent_pairs(edges, set(), new={"copy2"}, undirected=[("copy0", "report")]) == []


def test_new_articles_limit_the_pairs_to_their_paths() -> None:
    edges = [("wire", "copy"), ("copy", "partial"), ("other", "copy2"), ("copy2", "late")]
    assert grandparent_pairs(edges, set(), new={"late"}) == [("other", "late")]
    assert grandparent_pairs(edges, set(), new={"copy"}) == [("wire", "partial")]
    assert grandparent_pairs(edges, set(), new=set()) == []


@pytest.mark.parametrize(
    ("wire", "copy", "partial"), [(IT_WIRE, IT_COPY, IT_PARTIAL), (EN_WIRE, EN_COPY, EN_PARTIAL)], ids=["it", "en"]
)
def test_a_partial_reuse_found_through_a_copy_is_attributed_to_the_wire(wire: str, copy: str, partial: str) -> None:
    docs = {
        "wire": Document("wire", wire, outlet="Agency", published="2025-03-03T11:00:00+01:00"),
        "copy": Document("copy", copy, outlet="Gazette", published="2025-03-03"),
        "partial": Document("partial", partial, outlet="Courier", published="2025-03-04T08:00:00+01:00"),
    }
    aligner = PairAligner(Params())
    found = [aligner.edge(docs["wire"], docs["copy"]), aligner.edge(docs["copy"], docs["partial"])]
    lexical = [e for e in found if e is not None]
    assert [(e.source, e.target) for e in lexical] == [("wire", "copy"), ("copy", "partial")]
    more = with_grandparents(
        [(e.source, e.target) for e in lexical],
        [frozenset((e.source, e.target)) for e in lexical],
        lambda ids: {x: docs[x] for x in ids},
        Params(),
        None,
        1,
    )
    assert [(e.source, e.target, e.direction.method) for e in more] == [("wire", "partial", "published")]
    # The wire explains the sentence the copy dropped: it is the partial's parent, the copy a sibling.
    edges = tuple(sorted([*lexical, *more], key=lambda e: (e.source, e.target)))
    graph = attribute_graph(LineageGraph(tuple(docs[x] for x in sorted(docs)), edges))
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "copy"), ("wire", "partial")]
    assert [(r.a, r.b, r.kind) for r in graph.relations] == [("copy", "partial", "sibling")]
