"""Sentence/passage alignment: the seeds rewrite, verbatim copies, own text, offsets."""

from __future__ import annotations

import itertools
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lineage import compare
from lineage.evaluation import passages_to_detections
from lineage.models import Passage
from lineage.params import AlignParams
from lineage.text import analyse
from tests.corpus import ROOT

# 001's sentences that rewrite 000 (0-based) and the 000 sentences they rewrite, its own and its footer.
_GOLD = json.loads((ROOT / "benchmarks" / "gold" / "seeds.json").read_text(encoding="utf-8"))
EXPECTED = {int(t): set(sources) for t, sources in _GOLD["rewrites"].items()}
OWN = set(_GOLD["own"])
FOOTER = set(_GOLD["boilerplate"])


def test_seed_rewrite_is_aligned_sentence_by_sentence(wire_text: str, rewrite_text: str) -> None:
    comparison = compare(wire_text, rewrite_text)
    mapped: dict[int, set[int]] = {}
    for link in comparison.links:
        for t in link.target_sentences:
            mapped.setdefault(t, set()).update(link.source_sentences)
    right = [
        t
        for t, sources in EXPECTED.items()
        if t in mapped
        and mapped[t] & sources
        and mapped[t] <= sources | {s + 1 for s in sources} | {s - 1 for s in sources}
    ]
    assert len(right) >= 11, (mapped, right)
    assert not (set(mapped) & OWN), "own sentences must stay unaligned"
    assert not (set(mapped) & FOOTER), "the footer is boilerplate"


def test_seed_rewrite_labels_drift_and_shares(wire_text: str, rewrite_text: str) -> None:
    comparison = compare(wire_text, rewrite_text)
    assert comparison.passages
    assert {p.label for p in comparison.passages} == {"rewritten"}
    drift = [(d.source, d.target) for d in comparison.drift]
    assert ("2000", "2020") in drift
    item = next(d for d in comparison.drift if d.source == "2000")
    assert item.kind == "date"
    assert wire_text[item.source_span[0] : item.source_span[1]] == "2000"
    assert rewrite_text[item.target_span[0] : item.target_span[1]] == "2020"
    assert 0.3 < comparison.target_share < 0.7
    assert comparison.source_share > comparison.target_share
    footer_start = rewrite_text.index("Fonte foto")
    assert any(span[0] == footer_start for span in comparison.boilerplate)
    miller = rewrite_text.index("Il portavoce del Dipartimento")
    assert any(span[0] == miller for span in comparison.original)


def test_unrelated_same_story_articles_share_nothing(seed_docs: dict[str, object]) -> None:
    docs = {k[:3]: v.text for k, v in seed_docs.items()}  # type: ignore[attr-defined]
    for other in ("002", "003", "004"):
        for a, b in ((docs["000"], docs[other]), (docs[other], docs["000"])):
            assert len(compare(a, b).links) <= 1


def test_verbatim_copy_inside_new_text() -> None:
    source = (
        "Il governo ha approvato ieri la riforma delle pensioni dopo un lungo dibattito in aula. "
        "La misura prevede l'uscita anticipata per 40.000 lavoratori nel 2025. "
        "L'opposizione ha annunciato ricorso alla Corte costituzionale entro trenta giorni. "
        "Il ministro dell'Economia ha difeso la copertura finanziaria del provvedimento."
    )
    target = (
        "Una giornata tesa a Montecitorio, con proteste davanti al palazzo per tutta la mattina. "
        "La misura prevede l'uscita anticipata per 40.000 lavoratori nel 2025. "
        "L'opposizione ha annunciato ricorso alla Corte costituzionale entro trenta giorni. "
        "I sindacati valuteranno la situazione venerdì in un'assemblea nazionale."
    )
    comparison = compare(source, target)
    assert len(comparison.passages) == 1
    passage = comparison.passages[0]
    assert passage.label == "verbatim"
    assert target[passage.target_span[0] : passage.target_span[1]].startswith("La misura prevede")
    assert target[passage.target_span[0] : passage.target_span[1]].endswith("trenta giorni.")
    assert (
        source[passage.source_span[0] : passage.source_span[1]]
        == target[passage.target_span[0] : passage.target_span[1]]
    )
    assert len(comparison.original) == 2


def test_english_rewrite_is_found() -> None:
    source = (
        "Russian President Vladimir Putin will travel to North Korea on Tuesday for a two-day state visit. "
        "The Kremlin said the trip was a friendly state visit at the invitation of Kim Jong Un. "
        "Putin last visited Pyongyang in July 2000, two months after taking office."
    )
    target = (
        "Vladimir Putin, the Russian president, travels on Tuesday to North Korea for a state visit of two days. "
        "Putin last visited the North Korean capital Pyongyang in July 2020, shortly after taking office."
    )
    comparison = compare(source, target)
    assert len(comparison.links) == 2
    assert ("2000", "2020") in [(d.source, d.target) for d in comparison.drift]


def test_no_text_no_passages() -> None:
    empty = compare("", "")
    assert empty.passages == () and empty.target_share == 0.0
    assert compare("Solo una frase.", "").passages == ()


def test_params_are_used() -> None:
    source = "Il governo ha approvato la riforma delle pensioni dopo un lungo dibattito parlamentare."
    target = "Il governo ha approvato la riforma delle pensioni dopo un lungo dibattito parlamentare."
    assert compare(source, target).passages
    strict = AlignParams(min_passage_words=50)
    assert compare(source, target, strict).passages == ()


sentence_st = st.lists(
    st.sampled_from(
        (
            "governo riforma pensioni ministro Roma città l’opposizione «accordo» 2025 40.000 perché "
            "dibattito aula sindacati Corte"
        ).split()
    ),
    min_size=3,
    max_size=14,
).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(sentence_st, min_size=1, max_size=8),
    st.lists(sentence_st, min_size=1, max_size=8),
    st.integers(0, 3),
)
def test_spans_point_into_the_original_texts(src: list[str], own: list[str], cut: int) -> None:
    source = "  ".join(src)
    target = "\n".join(own[:cut] + src + own[cut:])
    comparison = compare(source, target)
    a, b = analyse(source), analyse(target)
    for passage in comparison.passages:
        for span, text in ((passage.source_span, source), (passage.target_span, target)):
            assert 0 <= span[0] < span[1] <= len(text)
            assert not text[span[0]].isspace() and not text[span[1] - 1].isspace()
        for link in passage.links:
            # A link lies within its sentences (trimmed to the copied words at most).
            assert a.sentences[link.source_sentences[0]].span[0] <= link.source_span[0]
            assert link.source_span[1] <= a.sentences[link.source_sentences[-1]].span[1]
            assert b.sentences[link.target_sentences[0]].span[0] <= link.target_span[0]
            assert link.target_span[1] <= b.sentences[link.target_sentences[-1]].span[1]
            assert passage.source_span[0] <= link.source_span[0] and link.target_span[1] <= passage.target_span[1]
        for d in passage.drift:
            assert source[d.source_span[0] : d.source_span[1]] == d.source
            assert target[d.target_span[0] : d.target_span[1]] == d.target


FLOOD = (
    "The river authority opened the northern floodgates on Monday after three days of heavy rain across the valley.",
    "Engineers said the water level at the old stone bridge had risen by almost two metres since Friday night.",
    "Farmers in the lower plain were told to move their cattle to higher ground before the evening.",
    "The mayor of Millbrook asked residents to avoid the riverside paths until the warning is lifted.",
    "Schools in four villages will stay closed on Tuesday while crews inspect the embankments.",
    "Forecasters expect the rain to ease by Wednesday, although strong winds may bring down trees.",
    "The authority will publish new measurements every six hours on its website and by radio.",
)
FLOOD_OWN = (
    "A quiet week had been expected in the county, with the harvest festival planned for Saturday.",
    "The festival committee has not yet said whether the parade will go ahead as planned.",
)


def test_reworded_run_on_sentence_is_aligned_unit_by_unit() -> None:
    # Five source sentences reworded (every third word replaced) and run together with their
    # punctuation lost: one 90-word "sentence" that matches no source sentence as a whole.
    filler = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()
    words = []
    for k, sentence in enumerate(FLOOD[1:6]):
        plain = sentence.replace(".", "").replace(",", "").lower().split()
        words += [filler[(k + q) % len(filler)] if q % 3 == 2 else w for q, w in enumerate(plain)]
    run_on = " ".join(words).capitalize()
    source = " ".join(FLOOD)
    target = f"{FLOOD_OWN[0]} {run_on}. {FLOOD_OWN[1]}"
    start = len(FLOOD_OWN[0]) + 1
    passages = compare(source, target).passages
    assert [(p.target_span, p.source_span) for p in passages] == [
        ((start, start + len(run_on) + 1), (source.index(FLOOD[1]), source.index(FLOOD[5]) + len(FLOOD[5])))
    ]
    # Aligned as one unit, the run-on sentence is too unlike any source sentence.
    assert compare(source, target, AlignParams(max_unit_words=1000)).passages == ()


def test_copy_cut_by_a_changed_sentence_is_one_passage() -> None:
    source = " ".join(FLOOD)
    copied = " ".join(FLOOD[0:3]) + " Local shops reported a run on sandbags and bottled water. " + " ".join(FLOOD[4:7])
    target = f"{FLOOD_OWN[0]} {copied} {FLOOD_OWN[1]}"
    passages = compare(source, target).passages
    assert len(passages) == 1
    start = target.index(FLOOD[0])
    assert passages[0].target_span == (start, start + len(copied))
    assert passages[0].source_span == (0, len(source))


COUNCIL = (
    "The regional council approved the new water plan on Thursday after a debate that lasted most of the night. "
    "The plan sets aside forty million euros for new pipes in the hill towns, where leaks waste a third of the supply. "
    "Work on the first section, between Castelnuovo and the reservoir at Monte Alto, is due to start in the spring."
)
WALKOUT = (
    "Opposition councillors walked out before the vote, saying the budget had been drawn up without consulting the "
    "mayors. Their leader said the party would ask the regional court to review the decision within thirty days."
)
WALKOUT_REWORDED = (
    "Opposition councillors walked out of the chamber before the vote, saying the mayors had not been consulted on the "
    "budget. Their leader said the party would ask the regional court to review the decision within a month."
)
SNOW = (
    "A cold front crossed the region on Friday, bringing snow to the passes. The ski resorts welcomed the early start "
    "to the season. Hotel owners reported bookings well above last year's figures. Road crews spread salt on the main "
    "routes through the night. Police advised drivers to carry chains above a thousand metres. The railway line to the "
    "coast ran with short delays. Several schools opened late because buses could not reach them."
)


def test_beside_a_verbatim_copy_other_passages_need_a_close_sentence() -> None:
    source = f"Officials gathered early in the council chamber. {COUNCIL} {WALKOUT} The session closed at dawn."
    # Alone, the reworded walkout is a rewrite of the source.
    alone = compare(source, f"{SNOW} {WALKOUT_REWORDED}").passages
    assert [p.label for p in alone] == ["rewritten"]
    # Far from a copy of a whole paragraph, it is the two texts' common topic.
    target = f"{COUNCIL} {SNOW} {WALKOUT_REWORDED}"
    assert [p.target_span for p in compare(source, target).passages] == [(0, len(COUNCIL))]
    assert len(compare(source, target, AlignParams(copy_cosine=0.0)).passages) == 2
    # Next to the copy, a reworded lead belongs to it (a passage of its own label, touching the copy's).
    lead = "The regional council approved the new water plan on Thursday after a long debate."
    body = COUNCIL.split(". ", 1)[1]
    passages = compare(source, f"{lead} {body} {SNOW}").passages
    assert [(p.target_span, p.label) for p in passages] == [
        ((0, len(lead)), "rewritten"),
        ((len(lead) + 1, len(lead) + 1 + len(body)), "verbatim"),
    ]


def test_brief_drawing_on_far_apart_sentences_is_one_summary_of_the_source() -> None:
    more = (
        "Volunteers filled sandbags outside the town hall until late in the evening.",
        "The fire brigade pumped water out of several cellars in the old quarter.",
        "A bus service replaced trains on the valley line between the two stations.",
        "Insurers said it was too early to estimate the cost of the damage.",
        "The regional government promised emergency funds for the worst hit farms.",
        "The last comparable flood in the valley was recorded in the spring of 1994.",
    )
    source = " ".join(FLOOD[:6] + more + FLOOD[6:])
    brief = (
        FLOOD[0].replace("three days of heavy rain", "days of rain")
        + " "
        + FLOOD[6].replace("on its website and by radio", "online")
    )
    target = f"{FLOOD_OWN[0]} {brief} {FLOOD_OWN[1]}"
    start = len(FLOOD_OWN[0]) + 1
    second = target.index("The authority will")
    passages = compare(source, target).passages
    # One summary: its pieces (cut where the links' label changes) follow each other in both
    # texts, one detection from the source's start to its end.
    (found,) = passages_to_detections(passages, "target", "source", target)
    assert found.source_span == (0, len(source))
    assert found.suspicious_span[0] == start and second < found.suspicious_span[1] <= start + len(brief)
    # Taken apart, the brief's two sentences are two passages.
    assert len(compare(source, target, AlignParams(summary_join_chars=0)).passages) == 2


def test_fragments_cut_by_stray_punctuation_are_aligned_joined() -> None:
    # Four source sentences with their words shuffled and cut every three words by a full stop:
    # no fragment is long enough to seed, the joined fragments are.
    rng = random.Random(0)
    pieces = []
    for sentence in FLOOD[1:5]:
        words = sentence.rstrip(".").lower().split()
        rng.shuffle(words)
        pieces += [" ".join(words[k : k + 3]).capitalize() + "." for k in range(0, len(words), 3)]
    copied = " ".join(pieces)
    source = " ".join(FLOOD)
    target = f"{FLOOD_OWN[0]} {copied} {FLOOD_OWN[1]}"
    start = len(FLOOD_OWN[0]) + 1
    expected = [((start, start + len(copied)), (source.index(FLOOD[1]), source.index(FLOOD[4]) + len(FLOOD[4])))]
    assert [(p.target_span, p.source_span) for p in compare(source, target).passages] == expected
    fragments = compare(source, target, AlignParams(min_unit_words=1)).passages
    assert [(p.target_span, p.source_span) for p in fragments] != expected


def test_prepared_texts_align_as_analysed_ones(seed_docs: dict[str, object]) -> None:
    """A text prepared once (prepare_text) and aligned with several others gives the same
    comparisons as aligning the analyses; units cut with other parameters are cut again."""
    from lineage.align import align, prepare_text

    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    p = AlignParams()
    analysed = [analyse(t) for t in texts]
    prepared = [prepare_text(a, p) for a in analysed]
    for a, pa in zip(analysed, prepared, strict=True):
        for b, pb in zip(analysed, prepared, strict=True):
            assert align(pa, pb, p) == align(a, b, p)
    other = AlignParams(max_unit_words=8)
    assert align(prepared[0], prepared[1], other) == align(analysed[0], analysed[1], other)
    assert align(prepared[0], prepared[1], other) != align(analysed[0], analysed[1], p)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcde ", min_size=1, max_size=60), st.text(alphabet="abcde ", min_size=1, max_size=90))
def test_partial_ratio_bound_never_skips_a_reachable_cutoff(x: str, y: str) -> None:
    """The bound that spares rapidfuzz's partial ratio is an upper bound of it."""
    from rapidfuzz import fuzz

    from lineage.align.links import partial_may_reach

    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    for cutoff in (60.0, 80.0, 92.0):
        if not partial_may_reach(fuzz.ratio(short, long_), len(short), len(long_), cutoff):
            assert fuzz.partial_ratio_alignment(short, long_, score_cutoff=cutoff) is None
            assert fuzz.partial_ratio(short, long_) < cutoff


def test_verbatim_copy_that_drops_a_paragraph_is_aligned_on_both_sides_of_the_cut() -> None:
    """A copy that drops a middle paragraph and changes quotes and apostrophes is two verbatim
    passages, one on each side of the dropped paragraph, none of them lost."""
    paragraphs = [
        "Il consiglio comunale di Vallerana ha approvato ieri sera il bilancio di previsione con "
        "diciotto voti favorevoli e sette contrari, dopo una seduta durata oltre sei ore. "
        "L'assessore al bilancio Marta Ferri ha illustrato le principali voci di spesa del prossimo anno.",
        "Tra le novità figurano 2,4 milioni per la manutenzione delle scuole, un nuovo piano per "
        "le piste ciclabili e l'aumento dei fondi destinati ai servizi sociali per gli anziani soli.",
        "L'opposizione ha criticato l'aumento dell'addizionale comunale e ha annunciato un ricorso. "
        "«Si tratta di una scelta che pesa sulle famiglie», ha detto il capogruppo Paolo Venturi.",
        "Il sindaco ha replicato che l'aumento serve a coprire il calo dei trasferimenti statali e "
        "che le tariffe della mensa scolastica resteranno invariate anche per il prossimo anno. "
        "La seduta si è chiusa poco prima di mezzanotte con il voto sugli emendamenti presentati.",
    ]
    source = "\n\n".join(paragraphs)
    kept = [paragraphs[0], paragraphs[2], paragraphs[3]]
    target = "\n\n".join(kept).replace("'", "’").replace("«", "“").replace("»", "”")
    passages = compare(source, target).passages
    assert [p.label for p in passages] == ["verbatim", "verbatim"] or (
        len(passages) == 1 and passages[0].label == "verbatim"
    )
    covered = sum(p.target_span[1] - p.target_span[0] for p in passages)
    assert covered >= 0.95 * len(target)
    dropped = source.index(paragraphs[1])
    for p in passages:  # no passage claims the dropped paragraph as copied
        assert not p.source_span[0] < dropped + 20 < p.source_span[1] or len(passages) == 1


def test_copy_resuming_on_a_paragraph_that_opens_like_the_dropped_one_keeps_both_runs() -> None:
    """The dropped paragraph and the one after it open with the same words: the run before the
    cut and the run after it both claim them; neither run is lost (the later one was)."""
    paragraphs = [
        "The regional council of Vallerana approved the budget on Tuesday night with eighteen votes "
        "in favour and seven against, after a session that lasted more than six hours.",
        "The mayor said the new school buildings would open in September and thanked the staff of "
        "the technical office for their work over the summer months.",
        "The mayor also replied to the opposition that the higher local tax was needed to cover the "
        "fall in transfers from the state, and that school canteen fees would not change next year. "
        "The session closed shortly before midnight with the vote on the amendments.",
    ]
    source = "\n\n".join(paragraphs)
    target = "\n\n".join([paragraphs[0], paragraphs[2]])
    passages = compare(source, target).passages
    assert passages and all(p.label == "verbatim" for p in passages)
    later = target.index(paragraphs[2])
    for paragraph in ((0, len(paragraphs[0])), (later, len(target))):  # each kept paragraph copied
        covering = _covering(passages, paragraph)
        covered = sum(min(p.target_span[1], paragraph[1]) - max(p.target_span[0], paragraph[0]) for p in covering)
        assert covered >= 0.95 * (paragraph[1] - paragraph[0])


# A wire story and a light copy (a word or two changed per sentence) that adds a sentence of
# its own in the middle: Italian, as the outlets write it.
FRANA = (
    "Una frana di grandi dimensioni si è staccata nella notte dal versante nord del "
    "monte Calvario, sopra l'abitato di Serralta.",
    "I vigili del fuoco hanno evacuato per precauzione ventidue famiglie che vivono "
    "nelle case più vicine alla zona del distacco.",
    "La strada provinciale 18 è stata chiusa al traffico in entrambe le direzioni fino a nuovo ordine.",
    "Il sindaco Michele Ardito ha convocato in mattinata il centro operativo "
    "comunale insieme ai tecnici della Regione.",
    "Secondo i geologi il movimento del terreno è stato innescato dalle piogge abbondanti delle ultime due settimane.",
    "I tecnici installeranno nei prossimi giorni sensori per misurare in continuo gli spostamenti del versante.",
    "Le famiglie evacuate sono state ospitate in un albergo del paese e nella palestra della scuola media.",
)
FRANA_COPY = (
    "Una grossa frana si è staccata nella notte dal versante nord del monte Calvario, sopra l'abitato di Serralta.",
    "I vigili del fuoco hanno evacuato per precauzione 22 famiglie che vivono nelle "
    "case più vicine alla zona del distacco.",
    "La strada provinciale 18 è stata chiusa al traffico in entrambe le direzioni fino a nuovo ordine.",
    "Il sindaco Michele Ardito ha riunito in mattinata il centro operativo comunale insieme ai tecnici della Regione.",
)
FRANA_OWN = (
    "Chi abita in paese da sempre ricorda che già negli anni Settanta il torrente aveva trascinato a valle "
    "massi e alberi durante un inverno molto piovoso."
)
FRANA_REST = (
    "Secondo i geologi lo smottamento è stato innescato dalle piogge abbondanti delle ultime due settimane.",
    "I tecnici installeranno nei prossimi giorni sensori per misurare in continuo gli spostamenti del versante.",
    "Le famiglie evacuate sono state accolte in un albergo del paese e nella palestra della scuola media.",
)


def _covering(passages: tuple[Passage, ...], span: tuple[int, int]) -> list[Passage]:
    return [p for p in passages if p.target_span[0] < span[1] and span[0] < p.target_span[1]]


def test_own_sentence_inside_a_copy_is_not_part_of_a_passage() -> None:
    source = " ".join(FRANA)
    target = " ".join((*FRANA_COPY, FRANA_OWN, *FRANA_REST))
    own = (target.index(FRANA_OWN), target.index(FRANA_OWN) + len(FRANA_OWN))
    comparison = compare(source, target)
    assert not _covering(comparison.passages, own)
    assert own in comparison.original
    # Every copied sentence is still aligned, on both sides of the own sentence.
    for sentence in FRANA_COPY + FRANA_REST:
        start = target.index(sentence)
        assert _covering(comparison.passages, (start, start + len(sentence))), sentence
    # Left in the passage, the own sentence would be claimed as reuse (the cut is what keeps it out).
    kept = compare(source, target, AlignParams(own_cosine=0.0))
    assert _covering(kept.passages, own)


def test_own_sentence_inside_an_english_copy_is_not_part_of_a_passage() -> None:
    source = " ".join(FLOOD)
    changes = (("heavy ", ""), ("almost ", "nearly "), ("stay closed", "remain shut"))
    edited = list(FLOOD)
    for old, new in changes:
        edited = [s.replace(old, new) for s in edited]
    own = (
        "Older residents still talk about the winter of 1987, when the ice jammed the river for a week "
        "and the mill burned."
    )
    target = " ".join([*edited[:4], own, *edited[4:]])
    span = (target.index(own), target.index(own) + len(own))
    comparison = compare(source, target)
    assert not _covering(comparison.passages, span)
    assert sum(len(p.links) for p in comparison.passages) == len(FLOOD)


GRANDINE = (
    "Grandinata nelle Langhe e nel Roero: chicchi grandi come noci hanno colpito ieri sera le colline "
    "tra Alba e Bra, con danni ai vigneti. I tecnici della Coldiretti stimano perdite fino al quaranta per "
    "cento nelle vigne più esposte della zona. Il sindaco di La Morra ha chiesto lo stato di calamità naturale "
    "per tutti i comuni colpiti dalla grandine."
)


def test_a_byline_under_the_headline_changes_no_link() -> None:
    """The headline and the first sentence of the copy restate one source sentence; the byline
    between them is neither part of a sentence nor of the link's words (label and score)."""
    headline = "Grandinata nelle Langhe e nel Roero, colpite le colline tra Alba e Bra\n"
    body = (
        "Chicchi grandi come noci ieri sera, con danni ai vigneti.\n"
        "I tecnici Coldiretti stimano perdite fino al 40 per cento nelle vigne più esposte. "
        "Il sindaco di La Morra chiede lo stato di calamità per tutti i comuni colpiti."
    )
    plain = compare(GRANDINE, headline + body)
    signed = compare(GRANDINE, headline + "di Marta Zanin\n" + body)
    plain_links = [link for p in plain.passages for link in p.links]
    signed_links = [link for p in signed.passages for link in p.links]
    assert plain_links[0].target_sentences == (0, 1)  # the headline and the first sentence: one link
    assert signed_links[0].target_sentences == (0, 2)  # the byline (sentence 1) between them
    assert [(x.label, x.score) for x in signed_links] == [(x.label, x.score) for x in plain_links]
    assert [x.source_sentences for x in signed_links] == [x.source_sentences for x in plain_links]


WIRE_IT = (
    "Roma, 12 mar. (Adnkronos) - Il consiglio comunale di Viterbo ha approvato nella notte il nuovo piano per la "
    "gestione dei rifiuti urbani dopo un lungo dibattito. «È una scelta che cambierà il volto della città nei "
    "prossimi anni», ha detto il sindaco Marco Ferretti al termine della seduta straordinaria. Il piano prevede "
    "investimenti per 14 milioni di euro in cinque anni e l'apertura di due nuovi centri di raccolta nella zona "
    "industriale. Le opposizioni hanno votato contro, giudicando troppo alti i costi per le famiglie e troppo "
    "lunghi i tempi di realizzazione."
)


def test_verbatim_is_word_for_word_and_a_passage_says_what_all_of_it_is() -> None:
    # A copy under a byline, without the dateline: one sentence kept word for word, one with a
    # verb swapped, one with a number changed, one kept.
    kept = WIRE_IT.split(" - ", 1)[1]
    copy = "Di Anna Neri\n" + kept.replace("ha detto", "ha dichiarato").replace("per 14 milioni", "per 41 milioni")
    passages = compare(WIRE_IT, copy).passages
    labels = [(p.label, [link.label for link in p.links]) for p in passages]
    assert labels == [
        ("verbatim", ["verbatim"]),  # the byline and the dateline outside the link's spans are not edits
        ("rewritten", ["rewritten", "rewritten"]),  # a swapped verb, a changed number: not verbatim
        ("verbatim", ["verbatim"]),
    ]
    assert [(d.source, d.target) for p in passages for d in p.drift] == [("14", "41")]
    # The pieces follow each other: each starts where white space after the one before ends.
    for before, after in itertools.pairwise(passages):
        assert not copy[before.target_span[1] : after.target_span[0]].strip()
    assert passages[0].target_span[0] == copy.index("Il consiglio") and passages[-1].target_span[1] == len(copy)
    # Typography alone (quotes, apostrophes) keeps a sentence verbatim.
    typed = kept.replace("«", '"').replace("»", '"').replace("l'apertura", "l’apertura")
    assert {p.label for p in compare(WIRE_IT, typed).passages} == {"verbatim"}
