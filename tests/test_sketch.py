"""Window MinHash signatures: datasketch compatibility, determinism, similarity."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

from lineage.boilerplate import boilerplate_flags
from lineage.params import SketchParams
from lineage.sketch import min_hash, permutations, shingle_hashes, sign, to_minhash, word_hashes
from lineage.text import analyse


def test_signature_equals_datasketch_built_one() -> None:
    params = SketchParams(num_perm=32, seed=7)
    analysed = analyse("Il presidente russo Vladimir Putin si recherà oggi in Corea del Nord.", "it")
    shingles = shingle_hashes(word_hashes(analysed.words), params.shingle_size)
    reference = MinHash(num_perm=32, seed=7, hashfunc=int)
    for value in shingles.tolist():
        reference.update(value)
    a, b = permutations(params)
    assert np.array_equal(min_hash(shingles, a, b), reference.hashvalues)
    sketch = sign(analysed, boilerplate_flags(analysed), SketchParams(num_perm=32, seed=7, window=1))
    assert np.array_equal(sketch.signatures[0], reference.hashvalues)
    assert to_minhash(sketch.signatures[0], params).jaccard(reference) == 1.0


def test_windows_skip_boilerplate_and_are_deterministic(rewrite_text: str) -> None:
    analysed = analyse(rewrite_text)
    flags = boilerplate_flags(analysed)
    params = SketchParams()
    first = sign(analysed, flags, params)
    second = sign(analysed, flags, params)
    assert np.array_equal(first.signatures, second.signatures)
    assert all(not flags[a] and not flags[b] for a, b in first.windows)
    assert len(first.windows) == sum(1 for f in flags if not f) - params.window + 1


def test_similar_windows_have_similar_signatures() -> None:
    params = SketchParams(num_perm=128, window=1)
    a = analyse("Il governo ha approvato ieri la riforma delle pensioni dopo un lungo dibattito in aula.", "it")
    b = analyse("Il governo ha approvato ieri la riforma delle pensioni dopo un breve dibattito in aula.", "it")
    c = analyse("La nazionale di calcio ha vinto la partita contro la Francia per due a zero.", "it")
    sa, sb, sc = (sign(x, (False,), params).signatures[0] for x in (a, b, c))
    assert np.mean(sa == sb) > 0.5
    assert np.mean(sa == sc) < 0.1
