"""Tracing: candidates, derivation decision, direction, the graph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from lineage import trace
from lineage.align import AlignText, compare, prepare_text
from lineage.align.anchored import link_anchored
from lineage.align.gaps import settle_gaps
from lineage.align.meaning import default_encoder
from lineage.align.units import aligned_part
from lineage.graph.direction import decide_direction, opening_dateline
from lineage.graph.evidence import with_evidence
from lineage.models import Comparison, Document
from lineage.params import AlignParams, Params
from lineage.text import analyse
from tests.corpus import REWRITE, WIRE


def test_seeds_have_exactly_one_edge_wire_to_rewrite(seed_docs: dict[str, Document]) -> None:
    graph = trace(seed_docs.values())
    assert [(e.source, e.target) for e in graph.edges] == [(WIRE, REWRITE)]
    edge = graph.edges[0]
    assert edge.direction.method == "dateline"
    assert any("Adnkronos" in line for line in edge.direction.evidence)
    assert [d.id for d in graph.documents] == sorted(seed_docs)
    assert ("2000", "2020") in [(d.source, d.target) for d in edge.comparison.drift]


def test_trace_is_deterministic(seed_docs: dict[str, Document]) -> None:
    first = trace(seed_docs.values())
    second = trace(reversed(list(seed_docs.values())))
    assert first == second


def test_direction_from_published_times() -> None:
    a = Document("a", "testo", published="2024-06-18T10:00:00+02:00")
    b = Document("b", "testo", published="2024-06-18T09:00:00+02:00")
    empty = Comparison((), 0.5, 0.5)
    parent, child, direction = decide_direction(a, b, empty)
    assert (parent, child, direction.method) == ("b", "a", "published")
    # Same day without a time: not decisive, and nothing else is either.
    c, d = replace(a, published="2024-06-18"), replace(b, published="2024-06-18")
    parent, child, direction = decide_direction(c, d, empty)
    assert direction.method == "undetermined" and (parent, child) == ("a", "b")
    assert not direction.determined


def test_direction_from_containment_asymmetry() -> None:
    a, b = Document("a", "x"), Document("b", "y")
    parent, child, direction = decide_direction(a, b, Comparison((), 0.2, 0.9))
    assert (parent, child, direction.method) == ("b", "a", "containment")


def test_opening_dateline() -> None:
    assert opening_dateline(" date 2024-06 (Adnkronos) - Il presidente") == "Adnkronos"
    assert opening_dateline("Roma, 21 mag. (askanews) – Il governo") == "askanews"
    assert opening_dateline("LONDON (Reuters) - Britain's") == "Reuters"
    assert opening_dateline("Il presidente (Putin) ha detto") is None
    assert opening_dateline("(Agenzia Vista) - Roma, il governo") == "Agenzia Vista"
    titled = "Mosca lavora alla visita – askanews.it\n\nTitolo\n\nRoma, 21 mag. (askanews) – Il governo russo"
    assert opening_dateline(titled) == "askanews"


def test_direction_from_an_agency_journalists_byline() -> None:
    body = "A water company has been fined after sewage poured into a river for 31 hours."
    wire = Document("wire", f"Company fined\n\nBy Tom Aldridge, PA\n\n{body}", published="2025-05-14T13:05:00+01:00")
    copy = Document("copy", f"Company fined\n\n{body}", published="2025-05-14")
    # Same day, one with a time: the dates do not tell; the same share both ways: nor does containment.
    parent, child, direction = decide_direction(copy, wire, Comparison((), 0.9, 0.9))
    assert (parent, child, direction.method) == ("wire", "copy", "dateline")
    assert "wire opens with the byline of a journalist of PA Media" in direction.evidence
    # A byline further down (after the body) is a credit, not the opening of an agency's item.
    late = replace(wire, text=f"Company fined\n\n{body * 3}\n\nBy Tom Aldridge, PA")
    assert not decide_direction(copy, late, Comparison((), 0.9, 0.9))[2].determined
    # An outlet's own journalist is no agency's.
    own = replace(wire, text=f"Company fined\n\nBy Tom Aldridge, Brinscombe Now\n\n{body}")
    assert not decide_direction(copy, own, Comparison((), 0.9, 0.9))[2].determined


def test_copy_of_wire_with_own_intro_is_found_with_direction() -> None:
    wire = (
        "ROMA, 3 giu. (ANSA) - Il consiglio dei ministri ha approvato il decreto sulle carceri. "
        "Il testo prevede 1.200 nuovi agenti di polizia penitenziaria entro il 2026. "
        "Il ministro della Giustizia ha parlato di una svolta per il sistema. "
        "Le opposizioni hanno criticato la mancanza di fondi per la rieducazione."
    )
    copy = (
        "Una notizia attesa da mesi nelle carceri del Paese. "
        "Il consiglio dei ministri ha approvato il decreto sulle carceri. "
        "Il testo prevede 1.500 nuovi agenti di polizia penitenziaria entro il 2026. "
        "Il ministro della Giustizia ha parlato di una svolta per il sistema."
    )
    graph = trace([Document("copy", copy), Document("wire", wire)])
    assert [(e.source, e.target) for e in graph.edges] == [("wire", "copy")]
    assert [(d.kind, d.source, d.target) for d in graph.edges[0].comparison.drift] == [("number", "1.200", "1.500")]


def test_compare_orientation_matches_edge(seed_docs: dict[str, Document]) -> None:
    graph = trace(seed_docs.values())
    edge = graph.edges[0]
    wire, rewrite = seed_docs[WIRE].text, seed_docs[REWRITE].text
    direct = compare(wire, rewrite)
    # The edge is the alignment of the two texts, its unlinked sentences settled by meaning
    # (lineage.align.gaps: 001's own sentences inside the passage are cut out) and its links
    # carrying their evidence (lineage.graph.evidence): nothing else differs.
    p = Params()
    a, b = (prepare_text(analyse(aligned_part(x, p.align)), p.align) for x in (wire, rewrite))

    def vectors(text: AlignText, sentences: Sequence[int]) -> np.ndarray:
        return default_encoder().encode([text.doc.sentence_text(k) for k in sentences])

    settled = settle_gaps(direct, a, b, vectors, p.align, p.meaning)
    assert len(settled.passages) > len(direct.passages)
    # Then 001's lead (its sentence 1), restating 000's sentence 3 as 001's sentence 5 does again,
    # is linked on the name only that sentence of 000 writes (lineage.align.anchored).
    restated = link_anchored(settled, a, b, vectors, p.meaning)
    assert {(x.source_sentences, x.target_sentences) for x in restated.links} - set(
        (x.source_sentences, x.target_sentences) for x in settled.links
    ) == {((3,), (1,))}
    assert edge.comparison == with_evidence(restated, analyse(wire), analyse(rewrite))
    assert all(link.evidence is None for link in direct.links)


def _no_shared_phrase_pair() -> list[Document]:
    """Two articles sharing word pairs, no three consecutive words: candidates, never reuse."""
    words = "vertice accordo difesa reciproca mosca pyongyang firmato trattato alleanza strategica".split()
    fillers = "uno due tre quattro cinque sei sette otto nove dieci undici dodici".split()
    a_sentences, b_sentences = [], []
    for k in range(8):
        w = words[k % 5 :] + words[: k % 5]
        a_sentences.append(" ".join(w).capitalize() + ".")
        pairs = [" ".join(w[i : i + 2]) + " " + fillers[(i + k) % len(fillers)] for i in range(0, len(w), 2)]
        b_sentences.append(" ".join(pairs).capitalize() + ".")
    return [Document("a", " ".join(a_sentences)), Document("b", " ".join(b_sentences))]


def test_pairs_sharing_no_phrase_are_not_aligned(monkeypatch: pytest.MonkeyPatch) -> None:
    import lineage.graph.pairs as tracing

    calls: list[int] = []

    def counting_align(*args: object, **kwargs: object) -> Comparison:
        calls.append(1)
        return tracing_align(*args, **kwargs)  # type: ignore[arg-type]

    tracing_align = tracing.align
    monkeypatch.setattr(tracing, "align", counting_align)
    docs = _no_shared_phrase_pair()
    unscreened = Params(align=AlignParams(min_shared_trigrams=0))
    assert trace(docs, unscreened).edges == ()
    assert calls, "the pair is a candidate: without the screen it is aligned"
    calls.clear()
    assert trace(docs).edges == ()
    assert calls == []


def test_direction_from_a_date_and_a_timestamp_with_offset() -> None:
    empty = Comparison((), 0.5, 0.5)
    day = Document("day", "testo", published="2024-06-19")
    instant = Document("instant", "testo", published="2024-06-18T23:30:00+02:00")
    assert decide_direction(day, instant, empty)[:2] == ("instant", "day")
    # A time without an offset and one with: only the days can be compared (here the same).
    naive = Document("naive", "testo", published="2024-06-18T10:00:00")
    parent, child, direction = decide_direction(naive, instant, empty)
    assert direction.method == "undetermined" and (parent, child) == ("instant", "naive")
