"""Language identification: py3langid's answers and scores, its walk compiled."""

from __future__ import annotations

import numpy as np
import py3langid
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import LanguageIdentifier

from lineage.kernels.language import widened_rows
from lineage.text.language import detect_language, language_model, language_scores

_SAMPLES = [
    "The president signed the agreement in Moscow.",
    "Le président a signé l'accord.",
    "Der Präsident unterzeichnete das Abkommen.",
    "PUTIN E KIM FIRMANO L'ACCORDO",  # upper case: lowered first
    "Cafe\u0301 società",  # not NFC
    "x",
    "123",
    "",
    "\ud800 lone surrogate",
]


def test_detect_language() -> None:
    assert detect_language("Il presidente russo si recherà oggi in visita ufficiale in Corea del Nord.") == "it"
    assert detect_language("The Russian president will travel today to North Korea on an official visit.") == "en"
    assert detect_language("12345 !!!") == "und"


@pytest.fixture(scope="module")
def reference() -> LanguageIdentifier:
    """py3langid's identifier, its weights widened to float32 once (the values it multiplies)."""
    model = LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    return LanguageIdentifier(
        np.asarray(model.nb_ptc, dtype=np.float32),
        model.nb_pc,
        model.nb_classes,
        model.tk_nextmove,
        model.tk_output,
        tk_row=model.tk_row,
    )


def test_identifier_scores_as_py3langid_does(seed_docs: dict[str, object], reference: LanguageIdentifier) -> None:
    """The model kept as shipped, its walk compiled: py3langid's scores bit for bit."""
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    samples = [t[k : k + 300] for t in texts for k in range(0, len(t), 250)] + _SAMPLES
    for sample in samples:
        assert np.array_equal(language_scores(sample), reference._decide(sample))
        assert reference.classify(sample) == py3langid.classify(sample)
        best = language_model().classes[int(language_scores(sample).argmax())]
        assert best == py3langid.classify(sample)[0]
    assert detect_language(texts[0]) == "it"


def test_weights_kept_as_shipped_and_widened_as_numpy_does() -> None:
    """The weights stay 2 bytes each (not a 57 MB float32 copy); the rows a sample uses widen to
    the values of numpy's cast, NaN and infinities included."""
    model = language_model()
    assert model.nb_ptc.itemsize == 2
    assert model.nb_ptc.shape[1] == len(model.classes)
    rows = np.array([0, 7, 7, len(model.nb_ptc) - 1, 12345])
    expected = model.nb_ptc.view(np.float16)[rows].astype(np.float32)
    assert np.array_equal(widened_rows(model.nb_ptc, rows, model.widen), expected)
    every = np.arange(1 << 16, dtype=np.uint16).reshape(256, 256)
    expected = every.view(np.float16).astype(np.float32)
    widened = widened_rows(every, np.arange(256), model.widen)
    assert np.array_equal(widened.view(np.uint32), expected.view(np.uint32))  # bit for bit, NaNs too


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_walk_scores_any_text_as_py3langid_does(reference: LanguageIdentifier, sample: str) -> None:
    assert np.array_equal(language_scores(sample), reference._decide(sample))
