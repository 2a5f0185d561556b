"""The joined band keys pick exactly the pairs a trace of files aligns, caps and ranking included."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from lineage.candidates.bands import band_keys32
from lineage.candidates.search import band_index, best_candidates
from lineage.candidates.signing import make_signer, sign_texts
from lineage.models import Document
from lineage.params import CandidateParams, Params
from lineage.spark.candidates import candidate_pairs, postings
from tests.store.test_store import _scale


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [Document(r["id"], r["text"]) for r, _ in _scale().generate(1500, seed=5)]


def _expected(docs: list[Document], params: Params) -> set[tuple[int, int, int]]:
    """``(cand, doc, rank)`` as :func:`lineage.graph.tracing.candidate_groups` selects them."""
    sketch = sign_texts([d.text for d in docs], make_signer(params.sketch))
    nums = list(range(len(docs)))
    wanted = best_candidates([band_index(sketch, nums)], sketch, nums, params.candidates)
    return {(n, k, rank) for k in nums for rank, n in enumerate(wanted[k], start=1) if n < k}


def _found(spark: Any, docs: list[Document], params: Params) -> set[tuple[int, int, int]]:
    frame = spark.createDataFrame([(k, d.text) for k, d in enumerate(docs)], "num long, text string")
    rows = candidate_pairs(postings(frame, params.sketch), params.candidates).collect()
    return {(r["cand"], r["doc"], r["rank"]) for r in rows}


@pytest.mark.parametrize(
    "candidates",
    [
        CandidateParams(),
        CandidateParams(min_hits=1, max_postings=4, max_candidates=2),  # caps that bite
        CandidateParams(min_hits=4, max_postings=50, max_candidates=1),
    ],
)
def test_pairs_are_those_of_the_single_machine_search(
    spark: Any, documents: list[Document], candidates: CandidateParams
) -> None:
    params = Params(candidates=candidates)
    expected = _expected(documents, params)
    assert expected  # the corpus has reuse
    assert _found(spark, documents, params) == expected


def test_the_caps_change_the_selection(documents: list[Document]) -> None:
    """The cases above differ: on this corpus the bucket cap and the candidate cap each cut pairs."""

    def pairs(**kw: int) -> set[tuple[int, int]]:
        limits = {"min_hits": 1, "max_postings": 10**6, "max_candidates": 10**6, **kw}
        return {(a, b) for a, b, _ in _expected(documents, Params(candidates=CandidateParams(**limits)))}

    loose = pairs()
    assert pairs(max_postings=4) < loose
    assert pairs(max_candidates=2) < loose


def test_postings_are_each_articles_distinct_32_bit_band_keys(spark: Any, documents: list[Document]) -> None:
    params = Params()
    few = documents[:40]
    frame = spark.createDataFrame([(k, d.text) for k, d in enumerate(few)], "num long, text string")
    rows = postings(frame, params.sketch).collect()
    sketch = sign_texts([d.text for d in few], make_signer(params.sketch))
    expected = {(int(key), k) for k in range(len(few)) for key in np.unique(band_keys32(sketch.text_bands(k)))}
    assert len(rows) == len(expected)
    assert {(r["key"], r["num"]) for r in rows} == expected
