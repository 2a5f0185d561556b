"""The alignment kernels (scores, seeds, runs) against their scipy/numpy references."""

from __future__ import annotations

import itertools
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.align.runs import exact_runs
from lineage.align.seeds import seeds
from lineage.align.similarity import norm_sq, sides, unit_scores, windows_norm_sq
from lineage.align.units import prepare_text
from lineage.params import AlignParams
from lineage.text import analyse
from tests.oracles import align as oracle


def test_unit_scores_equal_scipy_bit_for_bit(seed_docs: dict[str, object]) -> None:
    """The kernels score unit pairs as scipy's sparse products do, small pairs and large."""

    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    rng = random.Random(5)
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randrange(5, 300))) + "." for _ in range(6)]
    p = AlignParams()
    analysed = [analyse(t) for t in texts]
    for a in analysed:
        for b in analysed:
            sa, sb = sides(prepare_text(a, p), prepare_text(b, p))
            if not (len(sa.sizes) and len(sb.sizes)):
                continue
            compiled = unit_scores(sa, sb)
            reference = oracle.unit_scores(sa, sb)
            for name in ("cos", "dice", "shared", "dot_sums"):
                assert np.array_equal(getattr(compiled, name), getattr(reference, name)), name


def test_range_norms_summed_from_words(seed_docs: dict[str, object]) -> None:
    """A range of units' norm, summed from its words, is the plain sum (bit for bit), the same
    through the windows kernel, and the Gram matrix's sum over the range (the table kept before)
    up to rounding, for every range of every seed's units."""
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    p = AlignParams()
    checked = 0
    for a, b in itertools.pairwise(texts):
        for side in sides(prepare_text(analyse(a), p), prepare_text(analyse(b), p)):
            n = len(side.sizes)
            gram_sums = oracle.range_norms(side)
            starts, ends = np.triu_indices(n)
            found = np.array([norm_sq(side, (r0, r1)) for r0, r1 in zip(starts.tolist(), ends.tolist(), strict=True)])
            plain = [oracle.range_norm(side, (r0, r1)) for r0, r1 in zip(starts.tolist(), ends.tolist(), strict=True)]
            assert found.tolist() == plain
            assert np.array_equal(windows_norm_sq(side, starts.astype(np.int64), ends.astype(np.int64) + 1), found)
            assert np.allclose(found, gram_sums[starts, ends], rtol=1e-12, atol=0.0)
            checked += len(found)
    assert checked > 1000


def _run_sides(source: str, target: str) -> tuple[object, object]:

    p = AlignParams()
    return sides(prepare_text(analyse(source), p), prepare_text(analyse(target), p))


def test_kernel_exact_runs_equal_numpy_runs(seed_docs: dict[str, object]) -> None:
    """The runs kernel finds the same chained runs as the numpy path, seeds and copies alike."""

    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    p = AlignParams()
    found = 0
    for a in texts:
        for b in [*texts, a[len(a) // 3 :] + " " + a[: len(a) // 3]]:
            sa, sb = _run_sides(a, b)
            runs = exact_runs(sa, sb, p)  # type: ignore[arg-type]
            assert runs == oracle.exact_runs(sa, sb, p)  # type: ignore[arg-type]
            found += len(runs)
    assert found > len(texts)


def test_kernel_exact_runs_chain_across_as_many_changed_words() -> None:
    """Runs resume after 8 changed words (n + 3 for 5-grams: chained) or 9 (not), both engines."""

    words = [f"parola{k}" for k in range(60)]
    p = AlignParams()
    for changed, blocks in ((8, 1), (9, 2)):
        edited = [f"nuova{k}" if 20 <= k < 20 + changed else w for k, w in enumerate(words)]
        sa, sb = _run_sides(" ".join(words), " ".join(edited))
        runs = exact_runs(sa, sb, p)  # type: ignore[arg-type]
        assert runs == oracle.exact_runs(sa, sb, p)  # type: ignore[arg-type]
        assert len(runs) == blocks


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["il", "di", "che"]), min_size=0, max_size=60),
    st.integers(1, 14),
    st.lists(st.tuples(st.integers(0, 299), st.integers(1, 10)), max_size=4),
    st.integers(0, 300),
)
def test_kernel_exact_runs_equal_numpy_runs_on_repetitive_texts(
    phrase: list[str], times: int, cuts: list[tuple[int, int]], turn: int
) -> None:
    """Few distinct words and a repeated phrase: n-grams repeat (some past the repeat limit),
    runs chain across changed words or break."""

    words = (phrase * times)[:300]
    source = " ".join(words)
    changed = {k for start, size in cuts for k in range(start, start + size)}
    edited = [f"nuovo{k}" if k in changed else w for k, w in enumerate(words)]
    target = " ".join(edited[turn:] + edited[:turn])
    sa, sb = _run_sides(source, target)
    p = AlignParams()
    assert exact_runs(sa, sb, p) == oracle.exact_runs(sa, sb, p)  # type: ignore[arg-type]


def _kernel_texts(seed_docs: dict[str, object], seed: int, min_words: int, count: int) -> list[str]:
    """The seeds and ``count`` texts of a few words in short sentences (repeated words, empty texts)."""
    rng = random.Random(seed)
    words = "il di che la Roma Putin 12 è già".split()
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    for _ in range(count):
        size = rng.randrange(min_words, 90)
        texts.append(" ".join(rng.choice(words) + rng.choice(["", "", "."]) for _ in range(size)))
    return texts


def test_kernel_unit_entries_equal_numpy_entries(seed_docs: dict[str, object]) -> None:
    """The pair's unit matrices (the kernel or numpy) are the same arrays."""

    p = AlignParams()
    prepared = [prepare_text(analyse(t), p) for t in _kernel_texts(seed_docs, 9, 0, 12)]
    checked = 0
    for a in prepared:
        for b in prepared:
            numpy_sides = oracle.sides(a, b)
            compiled_sides = sides(a, b)
            for x, y in zip(numpy_sides, compiled_sides, strict=True):
                for name in ("units", "weights", "indices", "indptr", "sizes", "isf"):
                    left, right = getattr(x, name), getattr(y, name)
                    assert np.array_equal(left, right), name
                    assert np.asarray(left).dtype == np.asarray(right).dtype, name
                checked += len(x.indices)
    assert checked > 1000


def test_kernel_seeds_equal_numpy_seeds(seed_docs: dict[str, object]) -> None:
    """The seeds kernel picks the same seeds (and looser diagonal pairs) as numpy."""

    prepared = [prepare_text(analyse(t), AlignParams()) for t in _kernel_texts(seed_docs, 11, 5, 10)]
    loose = AlignParams(seed_cosine=0.3, seed_dice=0.2, min_shared_weight=0.5)
    found = 0
    for a in prepared:
        for b in prepared:
            sa, sb = sides(a, b)
            if not (sa.units and sb.units):
                continue
            scores = unit_scores(sa, sb)
            for p in (AlignParams(), loose):
                found_seeds = seeds(scores, p)
                assert found_seeds == oracle.seeds(scores, p)
                found += len(found_seeds)
    assert found > 100
