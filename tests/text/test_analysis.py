"""Text analysis: words folded and stemmed per language, sentences, offsets into the original."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text import analyse
from lineage.text.fold import fold, fold_word
from tests.oracles import text as oracle


def test_words_fold_case_accents_and_split_elisions() -> None:
    text = "Dell’Ucraina, PERCHÉ l'unica Città: 1.200,5 euro"
    a = analyse(text, "it")
    assert a.surface == ("dell", "ucraina", "perche", "l", "unica", "citta", "1.200,5", "euro")
    words = [text[x:y] for x, y in a.word_spans]
    assert words == ["Dell", "Ucraina", "PERCHÉ", "l", "unica", "Città", "1.200,5", "euro"]


def test_analyse_stems_per_language() -> None:
    it = analyse("I presidenti russi visitano.", "it")
    en = analyse("The presidents visited.", "en")
    assert it.words[1] != it.surface[1]  # stemmed
    assert en.words[1] == "presid"
    und = analyse("xyz abc", "und")
    assert und.words == und.surface
    assert analyse("Il presidente russo si recherà oggi in visita ufficiale in Corea del Nord.").language == "it"


text_st = st.lists(
    st.sampled_from([*"abcàèéìòù ABCÉ.,;:!?'’\"“”«»-–—\n\t0123456789ﬁß", "sig.", "J.", " dott. ", "\n\n", "𝐀"]),
    max_size=120,
).map("".join)


@given(text_st)
def test_word_spans_slice_to_their_words(text: str) -> None:
    analysed = analyse(text, "it")
    for surface, (a, b) in zip(analysed.surface, analysed.word_spans, strict=True):
        assert surface == fold_word(fold(text[a:b]))
    for (w0, w1), sentence in zip(analysed.sentence_words, analysed.sentences, strict=True):
        s0, s1 = sentence.span
        assert all(s0 <= analysed.word_spans[w][0] and analysed.word_spans[w][1] <= s1 for w in range(w0, w1))


def _same_analysis(text: str, language: str | None = None) -> None:
    """The kernels' analysis equals the reference's, array for array."""
    got, expected = analyse(text, language), oracle.analyse(text, language)
    for name in expected.__dataclass_fields__:
        left, right = getattr(got, name), getattr(expected, name)
        if isinstance(left, np.ndarray):
            assert np.array_equal(left, right) and left.dtype == right.dtype, name
        else:
            assert left == right, name


@settings(max_examples=300, deadline=None)  # the first example loads numba
@given(st.text(alphabet="ab1.,2 \n\t'’É_-àß9Ω𝐀😀", max_size=80))
def test_analysis_equals_the_reference(text: str) -> None:
    """Words found, hashed and numbered as the reference does (digits joined across "." and ",",
    accents, underscores, characters beyond the BMP, edges of the text)."""
    _same_analysis(text, "it")


def test_analysis_of_articles_equals_the_reference(seed_docs: dict[str, object]) -> None:
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    for text in [*texts, "", "1.200,5 euro", "𝐀𝐁 ab. 𝐂 d", "lone \ud800 surrogate. Ok"]:
        _same_analysis(text)
    assert len(analyse(texts[0]).word_starts) > 100
