"""LSH candidates: heavy rewrites are candidates, every pair is not."""

from __future__ import annotations

from lineage.boilerplate import boilerplate_flags
from lineage.index import CandidateIndex, candidate_pairs
from lineage.models import Document
from lineage.params import SketchParams
from lineage.sketch import sign
from lineage.text import analyse

from .conftest import REWRITE, WIRE


def test_seed_rewrite_is_a_candidate(seed_docs: dict[str, Document]) -> None:
    params = SketchParams()
    sketches = {}
    for doc_id, doc in seed_docs.items():
        analysed = analyse(doc.text)
        sketches[doc_id] = sign(analysed, boilerplate_flags(analysed), params)
    pairs = candidate_pairs(sketches, params)
    assert (WIRE, REWRITE) in [(a, b) for a, b, _ in pairs]
    best = max(pairs, key=lambda x: x[2])
    assert best[:2] == (WIRE, REWRITE)
    assert len(pairs) < 10  # not all pairs
    assert pairs == tuple(sorted(pairs))


def test_query_excludes_self_and_counts_windows(seed_docs: dict[str, Document]) -> None:
    params = SketchParams()
    index = CandidateIndex(params)
    wire = analyse(seed_docs[WIRE].text)
    sketch = sign(wire, boilerplate_flags(wire), params)
    index.add(WIRE, sketch)
    index.add(WIRE, sketch)  # idempotent
    assert index.query(sketch, exclude=WIRE) == {}
    assert index.query(sketch)[WIRE] == len(sketch.windows)
