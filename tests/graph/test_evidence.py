"""Each rewritten link of a derivation states its evidence: the facts and the other words both sides share."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage import trace
from lineage.codec import link_from_json, link_to_json
from lineage.graph.evidence import SHOWN_WORDS, EvidenceSide, with_evidence
from lineage.graph.pairs import PairAligner
from lineage.models import Comparison, Document, Link, LinkEvidence, Passage
from lineage.params import Params
from lineage.text import analyse
from tests.graph.test_pairs import IT_HEAVY, IT_WIRE

WIRE = (
    "ROMA, 12 MAR (ANSA) - L'Istat ha comunicato che il tasso di disoccupazione è sceso al 6,1% a febbraio. "
    "Gli occupati sono 24 milioni e 150 mila, il livello più alto dal 1977. "
    "Il ministro Marina Calderone ha parlato di un risultato che premia le riforme del governo. "
    "Secondo la Cgil, però, cresce soprattutto il lavoro precario nelle regioni del Mezzogiorno. "
    "I giovani senza lavoro restano il 20,3%, in calo di un punto rispetto a gennaio."
)
COPY = (
    "Disoccupazione in calo a febbraio: secondo l'Istat il tasso è sceso al 6.1%. "
    "Gli occupati sono 24 milioni e 150 mila, record dal 1977. "
    "Per il ministro Marina Calderone è un risultato che premia le riforme. "
    "Per la Cgil cresce però soprattutto il lavoro precario nelle regioni del Mezzogiorno. "
    "I giovani senza lavoro restano il 20,3%, un punto in meno rispetto a gennaio. "
    "A Napoli i centri per l'impiego segnalano code più lunghe del solito."
)


def _edge() -> tuple[Document, Document, Comparison]:
    a, b = (
        Document("wire", WIRE, published="2025-03-12T10:00:00+01:00"),
        Document("copy", COPY, published="2025-03-12T12:00:00+01:00"),
    )
    edge = PairAligner(Params()).edge(a, b)
    assert edge is not None and edge.source == "wire"
    return a, b, edge.comparison


def test_every_link_of_an_edge_carries_its_evidence() -> None:
    _, b, comparison = _edge()
    links = [link for link in comparison.links if link.label == "rewritten"]
    assert len(links) >= 4
    assert all(link.evidence is None for link in comparison.links if link.label == "verbatim")
    for link in links:
        e = link.evidence
        assert e is not None
        assert 0 < e.shared <= e.words_in_copy
        assert len(e.words) <= SHOWN_WORDS
        piece = b.text[link.target_span[0] : link.target_span[1]]
        for x in (*e.facts, *e.words):  # as the copy writes them, inside its side of the link
            assert x in piece


def test_facts_both_sides_state_in_the_copys_order_and_writing() -> None:
    _, b, comparison = _edge()
    by_sentence = {b.text[link.target_span[0] : link.target_span[1]][:20]: link.evidence for link in comparison.links}
    first = next(e for k, e in by_sentence.items() if k.startswith("Disoccupazione"))
    assert first is not None and first.facts == ("Istat", "6.1")  # 6,1% in the wire: the same number
    people = next(e for k, e in by_sentence.items() if k.startswith("Per il ministro"))
    assert people is not None and people.facts == ("Marina", "Calderone")
    assert "premia" in people.words and "riforme" in people.words


def test_listed_words_leave_out_function_words_and_facts() -> None:
    _, _, comparison = _edge()
    for link in comparison.links:
        if link.label == "verbatim":
            continue
        assert link.evidence is not None
        listed = {w.lower() for w in link.evidence.words}
        assert not listed & {"il", "di", "la", "che", "sono", "del", "per", "nelle"}
        assert not listed & {f.lower() for f in link.evidence.facts}
        assert all(len(w) > 1 for w in listed)


def test_evidence_changes_nothing_else() -> None:
    a, b, comparison = _edge()
    bare = replace(
        comparison,
        passages=tuple(
            replace(p, links=tuple(replace(k, evidence=None) for k in p.links)) for p in comparison.passages
        ),
    )
    again = with_evidence(bare, analyse(a.text), analyse(b.text))
    assert again == comparison
    assert with_evidence(replace(comparison, passages=()), analyse(a.text), analyse(b.text)).passages == ()


def test_the_copys_own_sentence_is_in_no_link_and_a_trace_reports_the_evidence() -> None:
    graph = trace([Document("wire", WIRE, published="2025-03-12"), Document("copy", COPY, published="2025-03-13")])
    (edge,) = graph.edges
    own = COPY.index("A Napoli")
    assert all(link.target_span[1] <= own for link in edge.comparison.links)
    assert all((link.evidence is not None) == (link.label == "rewritten") for link in edge.comparison.links)


def test_heavy_rewrite_links_rest_on_more_than_the_facts() -> None:
    """The rewrite of tests/graph/test_pairs.py: most links share words beyond names and numbers."""
    a, b = (
        Document("w", IT_WIRE, published="2025-10-09T10:00:00+02:00"),
        Document("h", IT_HEAVY, published="2025-10-09T12:00:00+02:00"),
    )
    edge = PairAligner(Params()).edge(a, b)
    assert edge is not None
    rewritten = [link for link in edge.comparison.links if link.label == "rewritten"]
    with_words = [link for link in rewritten if link.evidence is not None and link.evidence.words]
    assert len(rewritten) >= 5 and len(with_words) >= len(rewritten) - 1


def test_evidence_round_trips_through_the_codec() -> None:
    link = Link(
        (1,), (2, 3), (0, 10), (5, 30), "rewritten", 0.61, (), LinkEvidence(("Istat", "6.1"), ("premia",), 7, 12)
    )
    data = link_to_json(link)
    assert data["evidence"] == {"facts": ["Istat", "6.1"], "words": ["premia"], "shared_words": 7, "words_in_copy": 12}
    assert link_from_json(data) == link
    bare = replace(link, evidence=None)
    assert "evidence" not in link_to_json(bare)  # records of older stores have none, and read back as none
    assert link_from_json(link_to_json(bare)) == bare


_WORDS = st.sampled_from(["Roma", "governo", "il", "della", "2024", "3,2%", "l'Istat", "Calderone", "piano", "è", "ha"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=3, max_size=12), min_size=1, max_size=5), st.integers(0, 4))
def test_evidence_points_into_the_copys_text(sentences: list[list[str]], cut: int) -> None:
    source = ". ".join(" ".join(s) for s in sentences) + "."
    target = "Premessa. " + source
    a, b = analyse(source), analyse(target)
    start = len("Premessa. ")
    span = (start + min(cut, len(source) - 1), len(target))
    link = Link((0,), (1,), (0, len(source)), span, "rewritten", 0.9)
    comparison = Comparison((Passage((0, len(source)), span, "rewritten", 0.9, links=(link,)),), 1.0, 1.0)
    (found,) = with_evidence(comparison, a, b).links
    assert found.evidence is not None
    for x in (*found.evidence.facts, *found.evidence.words):
        assert x in target[span[0] : span[1]]
    assert found.evidence.shared <= found.evidence.words_in_copy


def test_a_texts_sentence_counts_hold_for_every_stem_hash() -> None:
    """Stem hashes are 64-bit: half are past 2**63, where a careless lookup compares floats."""
    doc = analyse(WIRE + " " + COPY)
    side = EvidenceSide(doc)
    stems = doc.vocabulary_hashes[doc.word_ids].tolist()
    sentences = [set(stems[a:b]) for a, b in doc.sentence_words]
    assert any(x >= 2**63 for x in stems) and any(x < 2**63 for x in stems)
    every = [*sorted(set(stems)), 12345, 2**64 - 1]  # two stems the text does not hold
    counts = side.sentences_with(np.array(every, dtype=np.uint64)).tolist()
    assert counts == [sum(stem in s for s in sentences) for stem in every]
    assert counts[-2:] == [0, 0]
