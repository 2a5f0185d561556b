"""The one signature: the compiled signer equals the reference, bit for bit, and datasketch's MinHash."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.candidates.signing import BatchSketch, Signer, make_signer, sign_texts
from lineage.models import Document
from lineage.params import SketchParams
from tests.corpus import REWRITE, WIRE
from tests.oracles import signing as oracle

STORE_PARAMS = SketchParams()

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
    _assert_same(oracle.sign_texts(texts, signer, keep_windows=True), sign_texts(texts, signer, keep_windows=True))


@pytest.mark.parametrize(
    "params",
    [STORE_PARAMS, SketchParams(shingle_size=3, num_perm=32, seed=11, window=3, lsh_threshold=0.5)],
    ids=["default", "k3-w3-32perm"],
)
def test_signer_equals_the_reference_on_edge_cases(params: SketchParams, seed_docs: dict[str, Document]) -> None:
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
def test_signer_equals_the_reference_on_random_texts(texts: list[str]) -> None:
    _both(texts, make_signer(STORE_PARAMS))


def test_texts_given_encoded_sign_the_same(seed_docs: dict[str, Document]) -> None:
    signer = make_signer(STORE_PARAMS)
    texts = [d.text for d in seed_docs.values()] * 20 + ["", "è", "x\ud800y"]  # more than a chunk; a lone surrogate
    encoded = [t.encode("utf-8", "replace") for t in texts]
    plain = sign_texts(texts, signer)
    given_bytes = sign_texts(texts, signer, encoded=encoded)
    assert plain.content_hashes == given_bytes.content_hashes
    assert np.array_equal(plain.signatures, given_bytes.signatures)
    assert np.array_equal(plain.bands, given_bytes.bands)
    assert np.array_equal(plain.spans, given_bytes.spans)


def test_window_signatures_are_datasketch_minhashes() -> None:
    """A window's signature is datasketch's MinHash of the window's shingles (scheme affine32)."""
    params = SketchParams(num_perm=32, seed=7, window=1)
    signer = make_signer(params)
    text = "Il presidente russo Vladimir Putin si recherà oggi in Corea del Nord."
    shingles = oracle.text_shingles(text, signer)
    reference = MinHash(num_perm=32, seed=7, hashfunc=int)
    for value in shingles[0].tolist():
        reference.update(value)
    batch = sign_texts([text], signer, keep_windows=True)
    assert batch.window_signatures is not None
    assert np.array_equal(batch.window_signatures[0], reference.hashvalues)
    assert np.array_equal(batch.signatures[0], reference.hashvalues)


def test_similar_windows_have_similar_signatures() -> None:
    signer = make_signer(SketchParams(num_perm=128, window=1))
    a = "Il governo ha approvato ieri la riforma delle pensioni dopo un lungo dibattito in aula."
    b = "Il governo ha approvato ieri la riforma delle pensioni dopo un breve dibattito in aula."
    c = "La nazionale di calcio ha vinto la partita contro la Francia per due a zero."
    sa, sb, sc = sign_texts([a, b, c], signer).signatures
    assert np.mean(sa == sb) > 0.4  # Jaccard 5/9: two of seven shingles differ
    assert np.mean(sa == sc) < 0.1
