"""The pair screen: word 3-grams two texts share, hashed by a kernel, checked against words written out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.candidates.screen import Screen, shared_trigrams, trigrams, worth_aligning


def _reference_words(text: str) -> list[str]:
    """The words of :mod:`lineage.candidates.screen`, written out character by character."""
    words: list[str] = []
    word: list[str] = []
    for ch in text.encode("utf-8", "replace").decode("utf-8"):
        o = ord(ch)
        if "0" <= ch <= "9" or "a" <= ch <= "z":
            word.append(ch)
        elif "A" <= ch <= "Z":
            word.append(ch.lower())
        elif o >= 0x80 and not 0x80 <= o <= 0xBF and not 0x2000 <= o <= 0x2FFF:
            word.append(chr(o + 0x20) if 0xC0 <= o <= 0xDE and o != 0xD7 else ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def _reference(text: str) -> set[tuple[str, ...]]:
    w = _reference_words(text)
    return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}


TEXT = st.text(alphabet="abcAB 1.,'’«»—–èÈàÀ×ßДд\n", max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_distinct_trigrams_match_a_reference_tokenisation(text: str) -> None:
    hashes = trigrams(text)
    assert len(hashes) == len(_reference(text))
    assert list(hashes) == sorted(set(hashes.tolist()))


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_shared_count_matches_the_reference(a: str, b: str) -> None:
    expected = len(_reference(a) & _reference(b))
    assert shared_trigrams(trigrams(a), trigrams(b)) == expected


def test_quotes_dashes_case_and_accents_do_not_change_words() -> None:
    a = trigrams("L’Ucraina e la Russia — È vero: «Putin» arriva")
    b = trigrams('l\'ucraina e la russia - è vero: "PUTIN" arriva')
    assert len(a) == len(b) == shared_trigrams(a, b) == 7


def test_worth_aligning_needs_the_threshold_of_shared_trigrams() -> None:
    a = trigrams("il presidente russo Vladimir Putin ha incontrato Kim")
    b = trigrams("ieri il presidente russo Vladimir Putin era a Pyongyang")
    assert shared_trigrams(a, b) == 3  # il presidente russo / presidente russo vladimir / russo vladimir putin
    assert worth_aligning(a, b, 3)
    assert not worth_aligning(a, b, 4)
    assert worth_aligning(a, trigrams("nulla in comune qui"), 0)
    assert not worth_aligning(a, trigrams("nulla in comune qui"), 1)


def test_a_screen_gives_what_worth_aligning_gives_and_counts_each_text_once() -> None:
    a, b, c = "il ponte sul fiume è chiuso da ieri", "da ieri il ponte sul fiume è chiuso", "nulla in comune qui"
    screen = Screen(3)
    for x, y in [(a, b), (a, c), (b, c), (a, b)]:
        assert screen.passes(x, y) == worth_aligning(trigrams(x), trigrams(y), 3)
    assert len(screen._grams) == 3  # each text's 3-grams once
    assert Screen(0).passes(a, c) and not Screen(0)._grams  # off: nothing counted
