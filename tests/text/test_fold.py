"""Folding: one table of typographic variants, case and accents, offsets kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lineage.text.fold import FOLD, fold, fold_word, lowercase


def test_fold_quotes_dashes_apostrophes_and_spaces() -> None:
    assert fold("L’«Unità» – “sì”\u00a0‘no’ — ʼx´ `y`") == "L'\"Unità\" - \"sì\" 'no' - 'x' 'y'"


def test_fold_word_folds_case_and_accents() -> None:
    assert [fold_word(w) for w in ("PERCHÉ", "Città", "ß", "naïve", "Ωmega", "abc")] == [
        "perche",
        "citta",
        "ss",
        "naive",
        "ωmega",
        "abc",
    ]


@given(st.text(alphabet=st.sampled_from([*map(chr, FOLD), *"abcÀé İ\n"]), max_size=80))
def test_fold_and_lowercase_keep_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text) == len(lowercase(text))
    for a, b in zip(text, folded, strict=True):
        assert b == FOLD.get(ord(a), a)
