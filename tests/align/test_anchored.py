"""Sentences restated around the same facts (lineage.align.anchored).

The rules are checked with fake sentence vectors (every pair as alike as the test says); the
real encoder on an Italian and an English copy, written for these tests, that copies most of
a story, restates one sentence freely at its end, and adds sentences of its own that cite the
story's repeated facts or one fact of the restated sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from lineage import compare, trace
from lineage.align.anchored import anchored_pairs, link_anchored, sentence_anchors
from lineage.align.gaps import SentenceVectors
from lineage.align.meaning import default_encoder
from lineage.align.units import AlignText, aligned_part, prepare_text
from lineage.models import Comparison, Document
from lineage.params import AlignParams, MeaningParams
from lineage.text import analyse

A, M = AlignParams(), MeaningParams()

ITALIAN: dict[str, Any] = {
    "source": (
        "Una frana di grandi dimensioni si è staccata nella notte dal versante nord del monte Calvario, "
        "sopra l'abitato di Serralta.",
        "I vigili del fuoco hanno evacuato per precauzione ventidue famiglie che vivono nelle case più "
        "vicine alla zona del distacco.",
        "La strada provinciale 18 è stata chiusa al traffico in entrambe le direzioni fino a nuovo ordine.",
        "Il geologo regionale Bruno Ferraro ha stimato in 1.240 metri cubi il materiale franato a valle.",
        "Secondo i tecnici il movimento del terreno è stato innescato dalle piogge abbondanti delle "
        "ultime due settimane.",
        "Le famiglie evacuate sono state ospitate in un albergo del paese e nella palestra della scuola media.",
        "La prefettura di Cosenza ha chiesto al governo lo stato di emergenza per tutta la provincia.",
    ),
    "copied": (0, 1, 2, 4, 5),
    "restated": "Ferraro, incaricato dalla Regione, calcola che 1.240 m³ tra roccia e fango siano "
    "precipitati verso il fondovalle.",
    "restates": 3,
    "own": "Gli abitanti più anziani di Serralta non ricordano nulla di simile sul Calvario.",
    "one_fact": "Anche nel resto della provincia di Cosenza si teme per le piogge annunciate nel fine settimana.",
}
ENGLISH: dict[str, Any] = {
    "source": (
        "The river authority opened the northern floodgates on Monday after three days of heavy rain "
        "across the valley of Millbrook.",
        "Engineers said the water level at the old stone bridge had risen by almost two metres since Friday night.",
        "Farmers in the lower plain were told to move their cattle to higher ground before the evening.",
        "Hydrologist Karen Doyle recorded a peak flow of 3,450 cubic metres per second at the weir.",
        "Schools in four villages will stay closed on Tuesday while crews inspect the embankments.",
        "Forecasters expect the rain to ease by Wednesday, although strong winds may bring down trees.",
        "The county council of Harwick has asked the government for emergency funds.",
    ),
    "copied": (0, 1, 2, 4, 5),
    "restated": "At its height about 3,450 m³ of water a second poured over the weir, readings taken by Doyle show.",
    "restates": 3,
    "own": "Older residents of Millbrook say they cannot remember the valley so badly flooded.",
    "one_fact": "Elsewhere in Harwick people are worried about the storms forecast for the weekend.",
}


def _prepared(text: str) -> AlignText:
    return prepare_text(analyse(aligned_part(text, A)), A)


def _real(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
    return default_encoder().encode([text.doc.sentence_text(k) for k in sentences])


def _alike(value: float, source: str) -> SentenceVectors:
    """Fake vectors: every sentence of ``source`` ``value`` alike with every sentence of the other text."""

    def vectors(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
        row = [1.0, 0.0] if text.doc.text == source else [value, float(np.sqrt(max(0.0, 1 - value * value)))]
        return np.tile(np.asarray(row, np.float32), (len(sentences), 1))

    return vectors


def _pair(story: dict[str, Any]) -> tuple[str, str]:
    source = " ".join(story["source"])
    copied = [story["source"][k] for k in story["copied"]]
    target = " ".join((*copied, story["own"], story["one_fact"], story["restated"]))
    return source, target


def _linked_to(comparison: Comparison, target: str, sentence: str) -> list[tuple[int, int]]:
    start = target.index(sentence)
    return [link.source_span for link in comparison.links if link.target_span[0] == start]


@pytest.mark.parametrize("story", [ITALIAN, ENGLISH], ids=["it", "en"])
def test_a_restated_sentence_is_linked_by_its_facts_and_own_sentences_stay_out(story: dict[str, Any]) -> None:
    source, target = _pair(story)
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target)
    assert not _linked_to(lexical, target, story["restated"])  # the words miss it
    linked = link_anchored(lexical, a, b, _real, M)
    [span] = _linked_to(linked, target, story["restated"])
    assert source[span[0] : span[1]] == story["source"][story["restates"]]
    [link] = [x for x in linked.links if x.source_span == span]
    assert link.label == "rewritten" and M.anchored_threshold <= link.score <= 1
    assert target[link.target_span[0] : link.target_span[1]] == story["restated"]
    # The outlet's own sentence cites facts the whole story repeats; the other shares one fact only.
    assert not _linked_to(linked, target, story["own"])
    assert not _linked_to(linked, target, story["one_fact"])
    assert linked.target_share > lexical.target_share
    # Everything the words found is kept.
    assert set(lexical.links) <= set(linked.links)


def test_facts_decide_which_source_sentence() -> None:
    source, target = _pair(ITALIAN)
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target)

    def found(value: float, p: MeaningParams = M, once: bool = True) -> set[tuple[str, str]]:
        pairs = anchored_pairs(lexical, a, b, _alike(value, source), p, once=once)
        return {(a.doc.sentence_text(s), b.doc.sentence_text(t)) for s, t, _ in pairs}

    restated = (ITALIAN["source"][3], ITALIAN["restated"])
    one_fact = (ITALIAN["source"][6], ITALIAN["one_fact"])  # "Cosenza": the source writes it once
    # The own sentence names the places the copied opening names (Serralta, Calvario): the copy
    # writes them only there and in the sentence linked to the opening, as a restatement would.
    own = (ITALIAN["source"][0], ITALIAN["own"])
    # Fake vectors all alike: only the facts choose. Two facts ask ``anchored_threshold``; one
    # fact the source writes in one sentence only asks ``gap_threshold`` (the real encoder keeps
    # both of the copy's sentences of its own under it: the test above).
    assert found(1.0) == {restated, one_fact, own}
    # Texts whose words the encoder cannot read (the caller says so): one fact is not asked.
    assert found(1.0, once=False) == {restated}
    assert found(M.gap_threshold - 0.05) == {restated}
    assert found(M.anchored_threshold - 0.05) == set()
    # One shared fact is enough at the lower bar when the parameters ask for one.
    assert found(M.gap_threshold - 0.05, MeaningParams(anchored_min=1)) == {restated, one_fact}
    # The restated sentence written twice: its facts are no longer one sentence's alone.
    twice = target + " " + ITALIAN["restated"].replace("calcola", "stima")
    b = _prepared(twice)
    pairs = anchored_pairs(compare(source, twice), a, b, _alike(1.0, source), M)
    assert {b.doc.sentence_text(t) for _, t, _ in pairs} == {ITALIAN["one_fact"], ITALIAN["own"]}


LEADS: dict[str, dict[str, Any]] = {
    "it": {
        "story": ITALIAN,
        # A lead that restates the source's sentence 3, which the body then copies.
        "lead": "Per il geologo Ferraro a valle sono scivolati più di mille metri cubi di roccia.",
        "own": "Il sindaco ha convocato per stasera un'assemblea pubblica con i tecnici.",
        "name_again": "Anche Ferraro vive in paese da molti anni.",
    },
    "en": {
        "story": ENGLISH,
        "lead": "The weir saw water rush past at a rate Doyle put at well over three thousand cubic "
        "metres every second.",
        "own": "A public meeting with the engineers has been called for tonight by the mayor.",
        "name_again": "Doyle has lived in the valley for years.",
    },
}


def _lead_pair(case: dict[str, Any]) -> tuple[str, str]:
    story = case["story"]
    source = " ".join(story["source"])
    body = [story["source"][k] for k in (0, 1, 2, 3, 4, 5)]
    return source, " ".join((case["lead"], case["own"], *body))


@pytest.mark.parametrize("case", list(LEADS.values()), ids=list(LEADS))
def test_a_lead_restating_a_copied_sentence_is_linked_to_it(case: dict[str, Any]) -> None:
    story = case["story"]
    source, target = _lead_pair(case)
    a, b = _prepared(source), _prepared(target)
    lexical = compare(source, target)
    assert not _linked_to(lexical, target, case["lead"])  # the words miss it
    linked = link_anchored(lexical, a, b, _real, M)
    # The lead shares one fact (the name) that the source writes in sentence 3 only, and the copy
    # writes only there and in the sentence it copies from sentence 3: a sentence restated twice.
    [span] = _linked_to(linked, target, case["lead"])
    assert source[span[0] : span[1]] == story["source"][story["restates"]]
    [link] = [x for x in linked.links if x.target_span[0] == target.index(case["lead"])]
    assert link.label == "rewritten" and link.score >= M.gap_threshold
    assert not _linked_to(linked, target, case["own"])
    # Fake vectors under the bar: the one fact alone links nothing.
    assert anchored_pairs(lexical, a, b, _alike(M.gap_threshold - 0.05, source), M) == []
    # The same name in a sentence of the copy's own that no link ties to sentence 3: the fact is
    # no longer one the copy restates there only.
    more = target + " " + case["name_again"]
    b = _prepared(more)
    assert anchored_pairs(compare(source, more), a, b, _alike(1.0, source), M) == []


def test_sentence_anchors_are_decided_over_the_whole_text() -> None:
    doc = analyse("Il sindaco Ardito ha parlato. Poi il sindaco ha firmato 1.240 atti. Ardito è partito.")
    found = sentence_anchors(doc)
    # "Ardito" is a name (never written in lower case); "Il" opens a sentence but "il" is written
    # in lower case elsewhere in the text. Each anchor is placed in the sentence that writes it.
    assert found[0] == {"@ardito"} and "#1240" in found[1] and found[2] == {"@ardito"}
    assert not any("@il" in x for x in found)


def test_a_trace_links_the_restated_sentence_but_never_makes_a_derivation_of_shared_facts() -> None:
    source, target = _pair(ITALIAN)
    docs = [Document("wire", source, published="2024-05-01"), Document("copy", target, published="2024-05-02")]
    [edge] = trace(docs).edges
    assert (edge.source, edge.target) == ("wire", "copy")
    assert _linked_to(edge.comparison, target, ITALIAN["restated"])
    # An independent report that states the same two facts in a sentence of its own.
    apart = (
        "Nel pomeriggio i volontari della protezione civile hanno distribuito acqua e coperte alle famiglie. "
        + ITALIAN["restated"]
        + " Domani il consiglio comunale si riunirà in seduta straordinaria per decidere i prossimi passi."
    )
    docs = [Document("wire", source, published="2024-05-01"), Document("apart", apart, published="2024-05-02")]
    assert trace(docs).edges == ()
