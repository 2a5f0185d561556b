"""Fact anchors and the cross-language candidate search."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

import lineage.candidates.anchors as anchors_module
from lineage.candidates.anchors import STOCK_FLOOR, anchor_candidates, anchor_spans, anchors, rewrite_candidates
from lineage.params import MeaningParams


def test_numbers_are_anchored_by_their_digits_whatever_the_separators() -> None:
    italian = anchors("Il PIL è cresciuto del 3,2% nel 2024, con 1.500 nuove imprese.")
    english = anchors("GDP grew 3.2% in 2024, with 1,500 new companies.")
    assert {"#32", "#2024", "#1500"} <= italian & english


def test_single_digits_are_not_anchors() -> None:
    assert not {a for a in anchors("Ha 3 figli e 2 cani.") if a.startswith("#")}


def test_names_are_capitalised_words_the_text_never_writes_in_lower_case() -> None:
    found = anchors("Secondo l'Istat, Mattarella ha parlato. Il presidente, secondo fonti, è a Città di Castello.")
    assert {"@istat", "@mattarella", "@citta", "@castello"} <= found
    assert "@secondo" not in found  # written in lower case too: a sentence's first word
    assert "@il" not in found and "@presidente" not in found


@given(st.text(max_size=300))
def test_anchors_never_fail_and_are_tagged(text: str) -> None:
    for a in anchors(text):
        assert a[0] in "#@" and len(a) > 1


def _sets(*texts: str) -> list[frozenset[str]]:
    return [anchors(t) for t in texts]


FACTS = "Rossi e Bianchi a Pavia: 4.500 euro, 2031, 17,5%."


def test_candidates_are_earlier_articles_in_another_language_sharing_anchors() -> None:
    sets = _sets(FACTS, FACTS, "Rossi and Bianchi in Pavia: 4,500 euros, 2031, 17.5%.", "Nothing shared here at all.")
    found = anchor_candidates(sets, ["it", "it", "en", "en"], MeaningParams(max_candidates=5))
    assert found[0] == ()  # nothing before the first article
    assert found[1] == ()  # same language: the lexical stages handle it
    assert found[2] == (0, 1)
    assert found[3] == ()


def test_rewrite_candidates_are_earlier_agency_items_in_the_same_language() -> None:
    sets = _sets(FACTS, FACTS, FACTS, "Rossi and Bianchi in Pavia: 4,500 euros, 2031, 17.5%.", FACTS, "Nothing here.")
    langs = ["it", "it", "en", "en", "it", "it"]
    publishers = ["ANSA", None, "Reuters", None, "AGI", None]
    found = rewrite_candidates(sets, langs, publishers, MeaningParams(max_candidates=5))
    assert found[0] == ()  # nothing before the first article
    assert found[1] == (0,)  # an agency's item in its language
    assert found[3] == (2,)  # not the Italian items: translations are anchor_candidates'
    assert found[4] == (0,)  # an agency's item may rewrite another's; article 1 is no agency's
    assert found[5] == ()  # no anchor shared
    assert rewrite_candidates(sets, langs, publishers, MeaningParams(max_candidates=1))[4] == (0,)


def test_candidates_need_min_anchors_and_are_bounded() -> None:
    sets = _sets(*([FACTS] * 6), "Rossi, Pavia 2031.")
    langs = ["it"] * 6 + ["en"]
    assert anchor_candidates(sets, langs, MeaningParams(min_anchors=4))[6] == ()
    found = anchor_candidates(sets, langs, MeaningParams(min_anchors=3, max_candidates=2))[6]
    assert found == (0, 1)  # tied in rarity: the earlier win


def test_stock_anchors_are_ignored() -> None:
    # "#2031" and "@pavia" in every one of 200 articles are stock; only rare anchors count.
    common = ["Pavia 2031 " + f"numero {k:04d} e {k + 5000:04d}" for k in range(200)]
    sets = _sets(*common, "Pavia 2031, item 0007 and 5007, Zorzi.")
    langs = ["it"] * 200 + ["en"]
    found = anchor_candidates(sets, langs, MeaningParams(min_anchors=3, max_anchor_share=0.01))
    assert found[200] == ()  # two rare anchors shared with article 7 only: fewer than 3
    found = anchor_candidates(sets, langs, MeaningParams(min_anchors=2, max_anchor_share=0.01))
    assert found[200] == (7,)


_ANCHORY = st.text(alphabet=st.sampled_from("Aa Èè1,.'’ Roma roma 2024 3,2% l'Istat\n"), max_size=200)


@given(_ANCHORY | st.text(max_size=200))
def test_anchor_spans_are_the_anchors_where_they_stand(text: str) -> None:
    spans = anchor_spans(text)
    assert {a for a, _, _ in spans} == anchors(text)
    assert [s for _, s, _ in spans] == sorted(s for _, s, _ in spans)
    for anchor, start, end in spans:
        assert 0 <= start < end <= len(text)
        if anchor.startswith("#"):  # the digits written there
            assert "#" + "".join(c for c in text[start:end] if c.isdigit()) == anchor


def test_anchor_spans_name_every_occurrence() -> None:
    text = "Mattarella a Roma. Poi Mattarella ha visto il 2024 e il 3,2%."
    spans = anchor_spans(text)
    assert [text[s:e] for a, s, e in spans if a == "@mattarella"] == ["Mattarella", "Mattarella"]
    assert [text[s:e] for a, s, e in spans if a.startswith("#")] == ["2024", "3,2"]
    assert "@poi" in {a for a, _, _ in spans}  # a name as far as this text shows: never in lower case


def _reference(
    anchor_sets: list[frozenset[str]],
    p: MeaningParams,
    eligible: Callable[[int, int], bool],
    parents: list[bool],
    children: list[bool],
) -> list[tuple[int, ...]]:
    """The candidate ranking pair by pair, as written before the sparse product: the check of
    :func:`lineage.candidates.anchors._ranked`."""
    n = len(anchor_sets)
    postings: dict[str, list[int]] = defaultdict(list)
    for k, found in enumerate(anchor_sets):
        for a in found:
            postings[a].append(k)
    stock = max(STOCK_FLOOR, int(p.max_anchor_share * n))
    idf = {a: math.log(n / len(ks)) for a, ks in postings.items() if 1 < len(ks) <= stock}
    result: list[tuple[int, ...]] = []
    for k, found in enumerate(anchor_sets):
        shared: dict[int, int] = defaultdict(int)
        weight: dict[int, float] = defaultdict(float)
        for a in sorted(found) if children[k] else ():
            if a in idf:
                for j in postings[a]:
                    if j < k and parents[j] and eligible(j, k):
                        shared[j] += 1
                        weight[j] += idf[a]
        ranked = sorted((j for j, s in shared.items() if s >= p.min_anchors), key=lambda j: (-round(weight[j], 9), j))
        result.append(tuple(sorted(ranked[: p.max_candidates])))
    return result


ANCHOR = st.sampled_from([f"@n{i}" for i in range(12)] + [f"#{i}" for i in range(10, 22)])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.frozensets(ANCHOR, max_size=9),
            st.sampled_from(["it", "en", "es"]),
            st.sampled_from([None, "ANSA", "Reuters"]),
            st.frozensets(st.sampled_from(["ANSA", "Reuters", "AGI"]), max_size=2),
        ),
        max_size=40,
    ),
    st.integers(1, 3),
    st.integers(1, 4),
)
def test_candidates_are_those_of_the_pair_by_pair_ranking(
    articles: list[tuple[frozenset[str], str, str | None, frozenset[str]]], min_anchors: int, most: int
) -> None:
    p = MeaningParams(min_anchors=min_anchors, max_candidates=most)
    sets = [a for a, _, _, _ in articles]
    langs = [lang for _, lang, _, _ in articles]
    publishers = [x for _, _, x, _ in articles]
    credits = [c for _, _, _, c in articles]
    several = len(set(langs)) > 1
    rewrites = _reference(
        sets, p, lambda j, k: langs[j] == langs[k], [x is not None for x in publishers], [True] * len(sets)
    )
    across = _reference(
        sets,
        p,
        lambda j, k: langs[j] != langs[k] or publishers[j] in credits[k],
        [several or x is not None for x in publishers],
        [several or bool(c) for c in credits],
    )
    for block in (anchors_module.BLOCK_WORK, 3):  # one block, and a few children a block
        with patch.object(anchors_module, "BLOCK_WORK", block):
            assert rewrite_candidates(sets, langs, publishers, p) == rewrites
            assert anchor_candidates(sets, langs, p, credits, publishers) == across
