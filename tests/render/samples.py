"""Hand-built lineage graphs for the rendering tests, with real spans into real texts.

The graph does not come from the pipeline: spans, labels and scores are set by
hand here, so rendering tests (and their golden files) do not change when
alignment changes. Sentences are split by a small local splitter for the same
reason.
"""

from __future__ import annotations

import re

from lineage.models import (
    Comparison,
    Direction,
    Document,
    Drift,
    Edge,
    LineageGraph,
    Link,
    Passage,
    Problem,
    Span,
)
from tests.corpus import ROOT

SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"
COPY = "005_copy"

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”“’»']*\s+(?=[\"“'«]*[A-Z])|\n+")
_CLOSERS = "\"”“’»'"


def read_seed(doc_id: str) -> str:
    """The text of seed ``doc_id``."""
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Sentence spans: end punctuation (and closing quotes) before a capital, or a line break."""
    spans: list[Span] = []
    start = 0

    def add(a: int, b: int) -> None:
        segment = text[a:b]
        stripped = segment.strip()
        if stripped:
            s = a + segment.index(stripped)
            spans.append((s, s + len(stripped)))

    for m in _BOUNDARY.finditer(text):
        closers = len(m.group()) - len(m.group().lstrip(_CLOSERS))
        add(start, m.start() + closers)
        start = m.end()
    add(start, len(text))
    return tuple(spans)


def find(text: str, needle: str, within: Span = (0, -1)) -> Span:
    """The span of the first ``needle`` inside ``within`` of ``text``."""
    end = len(text) if within[1] < 0 else within[1]
    i = text.index(needle, within[0], end)
    return (i, i + len(needle))


def _join(spans: tuple[Span, ...], indices: tuple[int, ...]) -> Span:
    return (spans[indices[0]][0], spans[indices[-1]][1])


def _link(
    pair: tuple[tuple[Span, ...], tuple[Span, ...]],
    src: tuple[int, ...],
    tgt: tuple[int, ...],
    label: str,
    score: float,
    drift: tuple[Drift, ...] = (),
) -> Link:
    return Link(
        source_sentences=src,
        target_sentences=tgt,
        source_span=_join(pair[0], src),
        target_span=_join(pair[1], tgt),
        label="verbatim" if label == "verbatim" else "rewritten",
        score=score,
        drift=drift,
    )


def _passage(links: list[Link]) -> Passage:
    verbatim = all(link.label == "verbatim" for link in links)
    return Passage(
        source_span=(min(k.source_span[0] for k in links), max(k.source_span[1] for k in links)),
        target_span=(min(k.target_span[0] for k in links), max(k.target_span[1] for k in links)),
        label="verbatim" if verbatim else "rewritten",
        score=round(sum(k.score for k in links) / len(links), 6),
        drift=tuple(d for k in links for d in k.drift),
        links=tuple(links),
    )


def _share(spans: tuple[Span, ...], covered: set[int], excluded: set[int]) -> float:
    total = sum(b - a for i, (a, b) in enumerate(spans) if i not in excluded)
    reused = sum(spans[i][1] - spans[i][0] for i in covered)
    return round(reused / total, 6) if total else 0.0


def _comparison(
    pair: tuple[tuple[Span, ...], tuple[Span, ...]],
    runs: list[list[Link]],
    boilerplate: tuple[int, ...] = (),
) -> Comparison:
    src_used = {i for run in runs for k in run for i in k.source_sentences}
    tgt_used = {i for run in runs for k in run for i in k.target_sentences}
    tgt_boiler = set(boilerplate)
    original = tuple(span for i, span in enumerate(pair[1]) if i not in tgt_used and i not in tgt_boiler)
    return Comparison(
        passages=tuple(_passage(run) for run in runs),
        source_share=_share(pair[0], src_used, set()),
        target_share=_share(pair[1], tgt_used, tgt_boiler),
        original=original,
        boilerplate=(_join(pair[1], boilerplate),) if boilerplate else (),
    )


def wire_rewrite_edge(wire: Document, rewrite: Document) -> Edge:
    """000 → 001 as the seed README describes it: a heavy rewrite, 2000 → 2020."""
    pair = (sentence_spans(wire.text), sentence_spans(rewrite.text))
    year = pair[0][7]
    drift = Drift(
        kind="date",
        source="2000",
        target="2020",
        source_span=find(wire.text, "2000", year),
        target_span=find(rewrite.text, "2020", pair[1][8]),
    )
    runs = [
        [_link(pair, (0,), (0,), "rewritten", 0.63)],
        [
            _link(pair, (1, 2), (4,), "rewritten", 0.61),
            _link(pair, (3,), (5,), "rewritten", 0.79),
            _link(pair, (5,), (6,), "rewritten", 0.46),
            _link(pair, (6,), (7,), "rewritten", 0.51),
            _link(pair, (7,), (8,), "rewritten", 0.45, (drift,)),
        ],
        [
            _link(pair, (11,), (9,), "rewritten", 0.63),
            _link(pair, (12,), (10,), "rewritten", 0.59),
            _link(pair, (14, 15), (11,), "rewritten", 0.65),
            _link(pair, (16,), (12,), "rewritten", 0.57),
            _link(pair, (17,), (13,), "rewritten", 0.67),
        ],
    ]
    comparison = _comparison(pair, runs, boilerplate=tuple(range(22, len(pair[1]))))
    evidence = (
        "both published 2024-06-18: the dates do not tell which came first",
        f"{wire.id} opens with the agency dateline (Adnkronos)",
    )
    return Edge(wire.id, rewrite.id, comparison, Direction("dateline", evidence))


def copy_document(wire: Document) -> Document:
    """A synthetic verbatim pick-up of two sentences of the wire, with a line of its own."""
    spans = sentence_spans(wire.text)
    copied = " ".join(wire.text[a:b] for a, b in spans[1:3])
    return Document(
        id=COPY,
        text=f"{copied}\nSeguiranno aggiornamenti.",
        outlet="Il Copione",
        published="2024-06-18T15:00:00+02:00",
        title="Putin in Corea del Nord e poi in Vietnam",
    )


def copy_edge(wire: Document, copy: Document) -> Edge:
    """000 → 005: verbatim, most of the copy is the wire."""
    pair = (sentence_spans(wire.text), sentence_spans(copy.text))
    runs = [[_link(pair, (1,), (0,), "verbatim", 1.0), _link(pair, (2,), (1,), "verbatim", 0.9987)]]
    comparison = _comparison(pair, runs)
    evidence = (f"{wire.id} opens with the agency dateline (Adnkronos)",)
    return Edge(wire.id, copy.id, comparison, Direction("dateline", evidence))


def pair_documents() -> tuple[Document, Document]:
    """Two synthetic same-day texts sharing one rewritten sentence, no dateline."""
    a = Document(
        id="006_a",
        text=(
            "Il consiglio comunale ha approvato il bilancio con 21 voti favorevoli.\n"
            "La seduta è durata tre ore.\n"
            "L'opposizione ha abbandonato l'aula prima del voto.\n"
            "Il sindaco ha parlato di una giornata storica per la città."
        ),
        outlet="Cronaca Uno",
        published="2024-07-01",
        title="Bilancio approvato",
    )
    b = Document(
        id="007_b",
        text=(
            "Approvato ieri sera il bilancio comunale, con 12 voti favorevoli.\n"
            "Nel pomeriggio si era discusso anche di viabilità.\n"
            "I lavori sul ponte riprenderanno a settembre.\n"
            "La giunta presenterà il piano a fine mese."
        ),
        outlet="Gazzetta Due",
        published="2024-07-01",
        title="Il bilancio passa in consiglio",
    )
    return a, b


def pair_edge(a: Document, b: Document) -> Edge:
    """006 — 007: direction undetermined, a small partial overlap with a number drift."""
    pair = (sentence_spans(a.text), sentence_spans(b.text))
    drift = Drift("number", "21", "12", find(a.text, "21"), find(b.text, "12"))
    runs = [[_link(pair, (0,), (0,), "rewritten", 0.52, (drift,))]]
    comparison = _comparison(pair, runs)
    evidence = ("both published 2024-07-01: the dates do not tell which came first",)
    return Edge(a.id, b.id, comparison, Direction("undetermined", evidence))


def seed_documents() -> list[Document]:
    """The five seeds with the metadata of seeds/metadata.jsonl."""
    meta = {
        WIRE: (
            "Adnkronos",
            "2024-06-18",
            None,
            "Putin in Corea del Nord, visita di Stato su invito di Kim Jong Un",
        ),
        REWRITE: (
            "Voci di Città",
            "2024-06-18",
            "https://www.vocidicitta.it/",
            "Putin in visita ufficiale in Corea del Nord",
        ),
        "002_563101c36e50306e": (
            "askanews",
            "2025-05-21",
            "https://www.askanews.it/",
            "Mosca lavora alla complessa visita di Kim Jong Un",
        ),
        "003_976568526ac96937": (
            None,
            "2024-06-20",
            None,
            "Putin rafforza i rapporti diplomatici in estremo Oriente: dopo la Corea del Nord, il Vietnam",
        ),
        "004_ba58efed2f2f0b1f": (None, "2024-06-19", None, "Putin a Pyongyang per incontrare Kim Jong-un"),
    }
    return [
        Document(id=k, text=read_seed(k), outlet=o, published=p, url=u, title=t) for k, (o, p, u, t) in meta.items()
    ]


def sample_graph() -> LineageGraph:
    """Seeds 000–004, a verbatim copy of the wire and an undetermined pair: every edge style."""
    seeds = seed_documents()
    wire, rewrite = seeds[0], seeds[1]
    copy = copy_document(wire)
    a, b = pair_documents()
    edges = (wire_rewrite_edge(wire, rewrite), copy_edge(wire, copy), pair_edge(a, b))
    problems = (Problem("seeds/broken.txt", "not UTF-8: re-encode the file as UTF-8"),)
    return LineageGraph(tuple([*seeds, copy, a, b]), edges, problems)
