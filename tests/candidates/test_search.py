"""The candidate search: heavy rewrites are candidates, every pair is not; one search for all."""

from __future__ import annotations

import numpy as np

from lineage.candidates.bands import band_keys32, lookup_arrays
from lineage.candidates.search import band_index, best_candidates, positions, publication_order, ranked
from lineage.candidates.signing import make_signer, sign_texts
from lineage.models import Document
from lineage.params import CandidateParams, SketchParams
from tests.corpus import REWRITE, WIRE


def test_seed_rewrite_is_the_best_candidate_of_its_source(seed_docs: dict[str, Document]) -> None:
    ids = sorted(seed_docs)
    sketch = sign_texts([seed_docs[i].text for i in ids], make_signer(SketchParams()))
    nums = list(range(len(ids)))
    wanted = best_candidates([band_index(sketch, nums)], sketch, nums, CandidateParams())
    wire, rewrite = ids.index(WIRE), ids.index(REWRITE)
    assert rewrite > wire and wanted[rewrite][0] == wire
    assert all(n < k for k, w in enumerate(wanted) for n in w)  # only documents before it
    assert sum(map(len, wanted)) < len(ids) * (len(ids) - 1)  # not every pair
    assert all(k not in w for k, w in enumerate(wanted))  # never itself


def test_batch_search_ranks_as_one_lookup_a_document(seed_docs: dict[str, Document]) -> None:
    """Best first (most shared keys, then the earlier in publication order) among the documents
    before it in that order, at most ``max_candidates``, keys posted by more than
    ``max_postings`` documents left out: the same answer one by one."""
    texts = [d.text for d in seed_docs.values()] * 3  # every text three times: ties to break
    sketch = sign_texts(texts, make_signer(SketchParams()))
    nums = [10 * k + 1 for k in range(len(texts))]
    index = [band_index(sketch, nums)]
    rank = np.full(max(nums) + 1, -1, dtype=np.int64)
    rank[nums] = np.random.default_rng(5).permutation(len(nums))  # publication order is not number order
    for params in (CandidateParams(), CandidateParams(max_candidates=2), CandidateParams(max_postings=2)):
        wanted = best_candidates(index, sketch, nums, params, rank)
        for k, num in enumerate(nums):
            hits = lookup_arrays(index, band_keys32(sketch.text_bands(k)), params.max_postings)
            assert wanted[k] == ranked(hits, num, params, rank).tolist()
            assert len(wanted[k]) <= params.max_candidates
            assert all(rank[n] < rank[num] for n in wanted[k])
            places = [rank[n] for n in wanted[k]]
            counts = [int(hits.counts[hits.docs == n][0]) for n in wanted[k]]
            assert list(zip([-c for c in counts], places, strict=True)) == sorted(
                zip([-c for c in counts], places, strict=True)
            )


def test_publication_order_puts_undated_first_then_time_then_id() -> None:
    keys = [
        publication_order("2024-06-18T10:00:00+02:00", "b"),
        publication_order("2024-06-18T09:00:00+00:00", "a"),
        publication_order(None, "z"),
        publication_order("2024-06-18", "c"),
        publication_order("not a date", "y"),
    ]
    assert sorted(range(len(keys)), key=keys.__getitem__) == [4, 2, 3, 0, 1]
    assert positions(keys).tolist() == [3, 4, 1, 2, 0]
