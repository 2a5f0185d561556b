"""Stems kept between analyses: the stemmer's answers, found by hash in a compiled table."""

from __future__ import annotations

import numpy as np
import Stemmer
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text import analyse
from lineage.text.stems import StemTable
from lineage.text.words import string_hashes, vocabulary
from tests.oracles import text as oracle


def test_stem_table_gives_the_stemmers_answers(seed_docs: dict[str, object]) -> None:
    """Stems found by hash in the table are the stemmer's, numbered in order of first use with
    their hashes: while the table grows and after it is emptied mid-way."""
    stemmer = Stemmer.Stemmer("italian", 0)
    batches = [analyse(d.text).surface_vocabulary for d in seed_docs.values()]  # type: ignore[attr-defined]
    batches += [("presidenti", "firmato", "accordi"), (), ("accordi", "mosca", "visita", "presidente")]
    batches.append(tuple(f"parolona{k}" for k in range(3000)))  # more than the table's first size
    for kept in (1 << 19, 300):  # the second empties the table between articles
        table = StemTable(stemmer, kept)
        largest = 0
        for words in batches + batches[:2]:
            expected = oracle.vocabulary(stemmer.stemWords(words))
            got = table.vocabulary(words, string_hashes(words))
            assert got[1] == expected[1]
            assert np.array_equal(got[0], expected[0]) and np.array_equal(got[2], expected[2])
            largest = max(largest, len(table))
            assert len(table) <= max(kept, len(words))  # emptied before it would hold more
        assert largest > (1 << 12) // 2 or kept < 1 << 12  # more words than its first size holds: it grew


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30))
def test_string_hashes_are_the_prefix_sum_ones(strings: list[str]) -> None:
    """Any strings (empty ones, separators inside, beyond the BMP): the kernel's hashes are the
    reference's, which do not depend on a string's neighbours."""
    words = tuple(strings)
    hashes = string_hashes(words)
    assert np.array_equal(oracle.string_hashes(words), hashes)
    assert [int(h) for h in hashes] == [int(string_hashes((w,))[0]) for w in words]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["di", "il", "Mosca", "mosca", "accordo", "", "città", "𝐀"]), max_size=40))
def test_vocabulary_numbers_forms_in_order_of_first_use(forms: list[str]) -> None:
    ids, vocab, hashes = vocabulary(forms)
    r_ids, r_vocab, r_hashes = oracle.vocabulary(forms)
    assert vocab == r_vocab == tuple(dict.fromkeys(forms))
    assert np.array_equal(ids, r_ids) and np.array_equal(hashes, r_hashes)
    assert [vocab[i] for i in ids.tolist()] == forms
