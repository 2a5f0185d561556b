"""Language identification: py3langid's answers and scores, its walk compiled."""

from __future__ import annotations

import numpy as np
import py3langid
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text.language import detect_language, identifier, language_scores

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


def test_identifier_scores_as_py3langid_does(seed_docs: dict[str, object]) -> None:
    """The identifier with widened weights, its walk compiled: py3langid's scores bit for bit."""
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    samples = [t[k : k + 300] for t in texts for k in range(0, len(t), 250)] + _SAMPLES
    for sample in samples:
        assert np.array_equal(language_scores(sample), identifier()._decide(sample))
        assert identifier().classify(sample) == py3langid.classify(sample)
        best = str(identifier().nb_classes[int(language_scores(sample).argmax())])
        assert best == py3langid.classify(sample)[0]
    assert detect_language(texts[0]) == "it"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_walk_scores_any_text_as_py3langid_does(sample: str) -> None:
    assert np.array_equal(language_scores(sample), identifier()._decide(sample))
