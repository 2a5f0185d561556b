"""The shared index: window signatures in a datasketch LSH (in memory here; Redis in test_store)."""

from __future__ import annotations

from lineage.candidates.shared import SharedIndex
from lineage.candidates.signing import make_signer, sign_texts, window_sketch
from lineage.models import Document
from lineage.params import SketchParams
from tests.corpus import REWRITE, WIRE


def test_query_finds_the_rewrite_excludes_self_and_counts_windows(seed_docs: dict[str, Document]) -> None:
    params = SketchParams()
    batch = sign_texts([seed_docs[WIRE].text, seed_docs[REWRITE].text], make_signer(params), keep_windows=True)
    wire, rewrite = window_sketch(batch, 0), window_sketch(batch, 1)
    index = SharedIndex(params)
    index.add(WIRE, wire)
    index.add(WIRE, wire)  # idempotent
    assert index.query(wire, exclude=WIRE) == {}
    assert index.query(wire)[WIRE] == len(wire.windows)
    assert index.query(rewrite)[WIRE] > 0
