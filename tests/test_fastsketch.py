"""The batch signer: the compiled kernel and the numpy path give the same result, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.fastsketch import BatchSketch, Signer, make_signer, sign_texts
from lineage.models import Document
from lineage.params import SketchParams
from lineage.store import STORE_PARAMS

from .conftest import REWRITE, WIRE

FIELDS = (
    "unit_start",
    "spans",
    "window_start",
    "windows",
    "window_signatures",
    "signatures",
    "band_start",
    "bands",
    "text_bytes",
)

EDGE_CASES = [
    "",
    "a",
    "Ciao",
    "il la di che e",  # stopwords only
    "Roma governo",  # one shingle, no punctuation
    "Il governo ha deciso. Il ministro ha parlato! Perché? Sì.",
    "Fine della frase.» Poi «un’altra»: “Perché no?” disse. Ecco…\nÈ così, ÀÉÌÒÙ àéìòù ç ñ ß.",
    "Parole\tseparate\r\nda\u00a0spazi\u2009strani e trattini—lunghi – corti - fine.",
    "Парламент принял закон. 東京で会議が開かれた。 Emoji 🎉 festa grande 👍 sì.",
    "Sovraintendenza straordinariamente lunghissima parola precipitevolissimevolmente detta.",
    '?!?! ... !!! «»“” ’’ .)" fine',
    "x" * 5000 + " " + "y" * 3,
    "Un surrogato \ud800 rotto e poi testo normale qui.",
    "\n\n\n",
    "Tre. Due. Uno." * 50,
]


def _assert_same(x: BatchSketch, y: BatchSketch) -> None:
    for name in FIELDS:
        u, v = getattr(x, name), getattr(y, name)
        assert u.dtype == v.dtype, name
        assert u.shape == v.shape, name
        assert np.array_equal(u, v), name
    assert x.content_hashes == y.content_hashes


def _both(texts: list[str], signer: Signer) -> None:
    numpy_path = sign_texts(texts, signer, keep_windows=True, engine="numpy")
    compiled = sign_texts(texts, signer, keep_windows=True, engine="compiled")
    _assert_same(numpy_path, compiled)


@pytest.mark.parametrize(
    "params",
    [STORE_PARAMS, SketchParams(shingle_size=3, num_perm=32, seed=11, window=3, lsh_threshold=0.5)],
    ids=["store", "k3-w3-32perm"],
)
def test_compiled_and_numpy_agree_on_edge_cases(params: SketchParams, seed_docs: dict[str, Document]) -> None:
    signer = make_signer(params)
    _both(EDGE_CASES, signer)
    for text in EDGE_CASES:  # alone in a batch, too
        _both([text], signer)
    seeds = [d.text for d in seed_docs.values()]
    _both(seeds, signer)
    _both([seed_docs[WIRE].text, "", seed_docs[REWRITE].text, *EDGE_CASES], signer)
    _both(EDGE_CASES * 5, signer)  # several chunks of each path, joined
    _both([], signer)


def test_compiled_signs_real_articles(seed_docs: dict[str, Document]) -> None:
    signer = make_signer(STORE_PARAMS)
    batch = sign_texts([seed_docs[WIRE].text, seed_docs[REWRITE].text], signer)
    assert len(batch.bands) > 0
    assert int(batch.unit_start[1]) > 1  # sentences of the wire story are units
    shared = np.intersect1d(batch.text_bands(0), batch.text_bands(1))
    assert len(shared) > 0  # the rewrite keeps some of the wire's windows


_ALPHABET = st.sampled_from(
    list("abcdefghilmnoprstuvzABCDEGIMRT0123456789")
    + list("àèéìòùÈÀçñß")
    + list(" \n\t\r.,;:!?'\"()«»“”‘’—–-…\u00a0\u2009")
    + ["Привет", "東京", "🎉", "\ud800", "governo", "il ", "la ", "che ", ". ", "?» ", "!\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=80).map("".join), min_size=1, max_size=6))
def test_compiled_and_numpy_agree_on_random_texts(texts: list[str]) -> None:
    _both(texts, make_signer(STORE_PARAMS))


def test_texts_given_encoded_sign_the_same(seed_docs: dict[str, Document]) -> None:
    signer = make_signer(STORE_PARAMS)
    texts = [d.text for d in seed_docs.values()] * 20 + ["", "è", "x\ud800y"]  # more than a chunk; a lone surrogate
    encoded = [t.encode("utf-8", "replace") for t in texts]
    for engine in ("compiled", "numpy"):
        plain = sign_texts(texts, signer, engine=engine)  # type: ignore[arg-type]
        given_bytes = sign_texts(texts, signer, engine=engine, encoded=encoded)  # type: ignore[arg-type]
        assert plain.content_hashes == given_bytes.content_hashes
        assert np.array_equal(plain.signatures, given_bytes.signatures)
        assert np.array_equal(plain.bands, given_bytes.bands)
        assert np.array_equal(plain.spans, given_bytes.spans)
