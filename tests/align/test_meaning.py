"""Alignment by meaning: the monotone chain, spans into the original texts, the derivation test.

The encoder is replaced here by a fake one (a vector per sentence chosen by the test), so the
rules are checked exactly; the real encoder is exercised in ``tests/graph/test_translations.py``.
"""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lineage.align.meaning import (
    MAX_SENTENCE_CHARS,
    Bead,
    MeaningText,
    Vectors,
    align_meaning,
    align_rewrite,
    bead_chain,
    embed,
    is_translation,
    monotone_chain,
    rewrite_score,
)
from lineage.align.units import prepare_text
from lineage.models import Comparison
from lineage.params import AlignParams, MeaningParams
from lineage.text import analyse
from lineage.text.synonyms import lexicon


def _reference_chain_score(sim: np.ndarray, t: float) -> float:
    """Best sum of (sim - t) over chains increasing in both indices, by enumeration."""
    n, m = sim.shape
    cells = [(i, j) for i in range(n) for j in range(m) if sim[i, j] >= t]
    best = 0.0
    for size in range(1, min(n, m) + 1):
        for chain in itertools.combinations(cells, size):
            if all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain)):
                best = max(best, sum(float(sim[i, j]) - t for i, j in chain))
    return best


@settings(max_examples=150, deadline=None)
@given(
    arrays(np.float32, st.tuples(st.integers(0, 4), st.integers(0, 4)), elements=st.floats(-1, 1, width=32)),
    st.sampled_from([0.0, 0.3, 0.55]),
)
def test_the_chain_is_monotone_above_threshold_and_optimal(sim: np.ndarray, t: float) -> None:
    chain = monotone_chain(sim, t)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chain))
    assert all(sim[i, j] >= t for i, j in chain)
    got = sum(float(sim[i, j]) - t for i, j in chain)
    assert abs(got - _reference_chain_score(sim, t)) < 1e-5


def test_a_stray_look_alike_does_not_pull_the_chain_out_of_order() -> None:
    sim = np.array([[0.9, 0.1, 0.1], [0.1, 0.1, 0.8], [0.1, 0.6, 0.1]], np.float32)
    # Row 2 resembles column 1, but taking it would cost row 1's better match with column 2.
    assert monotone_chain(sim, 0.5) == [(0, 0), (1, 2)]


def _bead_gain(bead: Bead, sim: np.ndarray, rows: np.ndarray, cols: np.ndarray, t: float, floor: float) -> float | None:
    """The gain of a bead under bead_chain's rules, or None when it may not be taken."""
    (i0, i1), (j0, j1) = bead
    s = sim.astype(np.float64)  # compared in double precision, as bead_chain does
    if i1 > i0:
        ok = float(rows[i0, j0]) > max(s[i0, j0], s[i1, j0]) and min(s[i0, j0], s[i1, j0]) >= floor
        value = float(rows[i0, j0])
    elif j1 > j0:
        ok = float(cols[i0, j0]) > max(s[i0, j0], s[i0, j1])
        value = float(cols[i0, j0])
    else:
        ok, value = True, float(sim[i0, j0])
    return value - t if ok and value >= t else None


@example(
    (
        np.array([[0.5, 0.0], [0.45, 0.0]], np.float32),
        np.array([[1.0, 0.0]], np.float32),
        np.array([[0.0], [0.0]], np.float32),
    ),
    0.0,
    0.45,
)
@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 3).flatmap(
        lambda n: st.integers(1, 3).flatmap(
            lambda m: st.tuples(
                arrays(np.float32, (n, m), elements=st.floats(-1, 1, width=32)),
                arrays(np.float32, (max(n - 1, 0), m), elements=st.floats(-1, 1, width=32)),
                arrays(np.float32, (n, max(m - 1, 0)), elements=st.floats(-1, 1, width=32)),
            )
        )
    ),
    st.sampled_from([0.0, 0.55]),
    st.sampled_from([-1.0, 0.45]),
)
def test_the_bead_chain_is_monotone_follows_its_rules_and_is_optimal(
    matrices: tuple[np.ndarray, np.ndarray, np.ndarray], t: float, floor: float
) -> None:
    sim, rows, cols = matrices
    n, m = sim.shape
    beads = bead_chain(sim, t, rows if n > 1 else None, cols if m > 1 else None, floor)
    assert all(a[0][1] < b[0][0] and a[1][1] < b[1][0] for a, b in itertools.pairwise(beads))
    gains = [_bead_gain(b, sim, rows, cols, t, floor) for b in beads]
    assert all(g is not None for g in gains)
    # Every allowed bead, and the best sum over chains of them, by enumeration.
    shapes = [(1, 1), (2, 1), (1, 2)]
    allowed = {
        ((i, i + di - 1), (j, j + dj - 1)): g
        for di, dj in shapes
        for i in range(n - di + 1)
        for j in range(m - dj + 1)
        if (g := _bead_gain(((i, i + di - 1), (j, j + dj - 1)), sim, rows, cols, t, floor)) is not None
    }
    best = 0.0
    for size in range(1, min(n, m) + 1):
        for chain in itertools.combinations(sorted(allowed), size):
            if all(a[0][1] < b[0][0] and a[1][1] < b[1][0] for a, b in itertools.pairwise(chain)):
                best = max(best, sum(allowed[b] for b in chain))
    assert abs(sum(g for g in gains if g is not None) - best) < 1e-5


MERGED = (
    "The summit in Geneva ended last night, and ministers signed the deal on grain routes. "
    "Our correspondent says the city was calm throughout the week. "
    "Rain stopped the outdoor ceremony in the afternoon. "
    "The cereal market reacted with rising prices."
)
SPLIT = (
    "Il vertice di Ginevra si è chiuso ieri sera, i ministri hanno firmato l'accordo sul grano. "
    "Il mercato dei cereali ha reagito con un rialzo dei prezzi."
)


def test_a_sentence_merging_two_is_one_link_to_both_and_two_splitting_one_are_one_link() -> None:
    p = MeaningParams(threshold=0.5)
    source = embed(prepare_text(analyse(SOURCE), AlignParams()), _Topics(bag=True), p)
    merged = embed(prepare_text(analyse(MERGED), AlignParams()), _Topics(bag=True), p)
    links = [link for x in align_meaning(source, merged, p).passages for link in x.links]
    assert [(k.source_sentences, k.target_sentences) for k in links] == [((0, 1), (0,)), ((2,), (2,)), ((3,), (3,))]
    assert links[0].source_span == (0, SOURCE.index(" Nel pomeriggio"))
    # The other way round: two sentences of the target restating one of the source.
    split = embed(prepare_text(analyse(SPLIT), AlignParams()), _Topics(bag=True), p)
    back = [link for x in align_meaning(split, source, p).passages for link in x.links]
    assert (back[0].source_sentences, back[0].target_sentences) == ((0,), (0, 1))


def test_a_sentence_under_the_floor_is_not_half_of_a_split() -> None:
    sim = np.array([[0.7], [0.3]], np.float32)  # the second row alone says little of the column
    joined = np.array([[0.8]], np.float32)
    assert bead_chain(sim, 0.5, joined, None, row_floor=0.45) == [((0, 0), (0, 0))]
    assert bead_chain(sim, 0.5, joined, None) == [((0, 1), (0, 0))]
    # Two joined no more alike than the better alone: no bead of two.
    assert bead_chain(sim, 0.5, np.array([[0.7]], np.float32), None) == [((0, 0), (0, 0))]


class _Topics:
    """A fake encoder: a sentence's vector is the unit vector of the first topic word it holds or,
    as a ``bag``, the normalised sum of every topic its words name (so two sentences joined resemble
    a sentence naming both topics more than either alone)."""

    topics = ("vertice", "summit", "accordo", "deal", "pioggia", "rain", "mercato", "market")

    def __init__(self, bag: bool = False) -> None:
        self.bag = bag

    def encode(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), 4), np.float32)
        for row, text in enumerate(texts):
            for k, word in enumerate(self.topics):
                if word in text.lower():
                    out[row, k // 2] = 1.0  # a word and its translation share a topic
                    if not self.bag:
                        break
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.where(norms == 0, 1, norms)).astype(np.float32)


SOURCE = (
    "Il vertice di Ginevra si è chiuso ieri sera dopo tre giorni. "
    "I ministri hanno firmato l'accordo sulle rotte del grano. "
    "Nel pomeriggio la pioggia ha fermato la cerimonia all'aperto. "
    "Il mercato dei cereali ha reagito con un rialzo dei prezzi."
)
TARGET = (
    "GENEVA, “Talks end” — The summit in Geneva ended last night after three days. "
    "Ministers signed the deal on grain routes. "
    "Our correspondent says the city was calm throughout the week. "
    "The cereal market reacted with rising prices."
)


def _meaning(text: str, p: MeaningParams) -> MeaningText:
    return embed(prepare_text(analyse(text), AlignParams()), _Topics(), p)


def test_links_point_at_whole_sentences_of_the_original_texts() -> None:
    p = MeaningParams(threshold=0.5)
    a, b = _meaning(SOURCE, p), _meaning(TARGET, p)
    c = align_meaning(a, b, p)
    links = [link for x in c.passages for link in x.links]
    pairs = [(SOURCE[k.source_span[0] : k.source_span[1]], TARGET[k.target_span[0] : k.target_span[1]]) for k in links]
    assert [s.split()[1] for s, _ in pairs] == ["vertice", "ministri", "mercato"]
    assert [t.split()[-1] for _, t in pairs] == ["days.", "routes.", "prices."]
    assert all(k.label == "rewritten" and k.score == 1.0 for k in links)
    assert len(c.passages) == 2  # two consecutive pairs, then one after the reporter's own sentence
    assert [TARGET[s:e] for s, e in c.original] == ["Our correspondent says the city was calm throughout the week."]
    assert c.languages == ("it", "en")
    assert 0.5 < c.target_share < 1.0


def test_a_translation_needs_enough_chained_sentences() -> None:
    a, b = _meaning(SOURCE, MeaningParams()), _meaning(TARGET, MeaningParams())
    c = align_meaning(a, b, MeaningParams(threshold=0.5))
    assert is_translation(c, b, MeaningParams(min_sentences=3, min_coverage=0.7))
    assert not is_translation(c, b, MeaningParams(min_sentences=4))
    assert not is_translation(c, b, MeaningParams(min_sentences=3, min_coverage=0.8))


class _Lengths:
    """A fake encoder that records the length of every text it is given."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def encode(self, texts: list[str]) -> Vectors:
        self.lengths.extend(len(t) for t in texts)
        return np.ones((len(texts), 4), np.float32) / 2


def test_a_junk_sentence_reaches_the_encoder_cut_to_its_bound() -> None:
    junk = "Parola " * 300_000 + "fine."  # one "sentence" of 2 MB
    encoder = _Lengths()
    embed(prepare_text(analyse(junk), AlignParams()), encoder, MeaningParams())
    assert encoder.lengths and max(encoder.lengths) <= MAX_SENTENCE_CHARS


def test_only_long_non_boilerplate_sentences_are_embedded_and_at_most_max_sentences() -> None:
    text = "Lo ha detto. " + " ".join(f"Frase numero {k} con parole a sufficienza." for k in range(10))
    m = _meaning(text, MeaningParams(max_sentences=4))
    assert m.sentences == (1, 2, 3, 4)
    assert m.vectors.shape == (4, 4)


SAID = (
    "Il vertice dei ministri è terminato ieri sera dopo un lungo negoziato. "
    "La pioggia torrenziale ha allagato le abitazioni del quartiere. "
    "Il mercato del grano ha registrato un forte rialzo dei prezzi."
)
RESTATED = (  # each sentence restates the one it is chained with, in other words
    "Il vertice dei ministri è finito ieri notte dopo una lunga trattativa. "
    "La pioggia violenta ha inondato le case della zona. "
    "Il mercato del frumento ha segnato un deciso aumento dei costi."
)
SHUFFLED = (  # the same words, each sentence's given to another: the chain pairs unrelated wording
    "Il vertice: la violenta ha inondato le case della zona. "
    "La pioggia del frumento ha segnato un deciso aumento dei costi. "
    "Il mercato dei ministri è finito ieri notte dopo una lunga trattativa."
)


def test_a_rewrite_keeps_or_swaps_each_sentences_words_in_the_sentence_restating_it() -> None:
    p = MeaningParams(threshold=0.5)
    it = lexicon("it")
    said, restated, shuffled = _meaning(SAID, p), _meaning(RESTATED, p), _meaning(SHUFFLED, p)
    kept = align_meaning(said, restated, p)
    moved = align_meaning(said, shuffled, p)
    assert len([k for x in kept.passages for k in x.links]) == len([k for x in moved.passages for k in x.links]) == 3
    a, b, c = said.prepared, restated.prepared, shuffled.prepared
    score = rewrite_score(kept, a, b, it, 0.0, p)
    assert score > 2 * rewrite_score(moved, a, c, it, 0.0, p)  # sentence by sentence, not bag of words
    assert rewrite_score(kept, a, b, it, 0.1, p) == round(score + p.reworded_weight * 0.1, 6)
    assert rewrite_score(kept, a, b, None, 0.0, p) == 0.0  # no lexicon, no vocabulary


MOVED = (  # the market sentence moved to the top, and a sentence of the outlet's own
    "Il mercato dei cereali ha reagito subito con un rialzo dei prezzi. "
    "Il vertice di Ginevra è terminato ieri sera dopo tre giorni. "
    "I ministri hanno sottoscritto l'accordo sulle rotte del grano. "
    "In città la settimana è trascorsa tranquilla, dice il nostro inviato. "
    "Nel pomeriggio la pioggia ha interrotto la cerimonia all'aperto."
)


def test_a_rewrite_links_the_sentences_its_chain_left_out_and_not_its_own() -> None:
    p = MeaningParams(threshold=0.5)
    a, b = _meaning(SOURCE, p), _meaning(MOVED, p)

    def pairs(c: Comparison) -> list[tuple[str, str]]:
        links = [link for x in c.passages for link in x.links]
        return [
            (
                SOURCE[k.source_span[0] : k.source_span[1]].split()[1],
                MOVED[k.target_span[0] : k.target_span[1]].split()[1],
            )
            for k in links
        ]

    assert pairs(align_meaning(a, b, p)) == [
        ("vertice", "vertice"),
        ("ministri", "ministri"),
        ("pomeriggio", "pomeriggio"),
    ]
    rewrite = align_rewrite(a, b, p)
    assert pairs(rewrite) == [
        ("mercato", "mercato"),
        ("vertice", "vertice"),
        ("ministri", "ministri"),
        ("pomeriggio", "pomeriggio"),
    ]
    assert [MOVED[s:e] for s, e in rewrite.original] == [
        "In città la settimana è trascorsa tranquilla, dice il nostro inviato."
    ]
    assert [len(x.links) for x in rewrite.passages] == [1, 2, 1]  # the moved sentence continues nothing
