"""Sentence segmentation: Italian first (abbreviations, quotes, elisions), any script, linear."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text.sentences import ALL_ABBREVIATIONS, BMP, CLOSING_CLASS, TERMINAL_CLASS, split_sentences, tables
from tests.oracles import text as oracle


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_italian_abbreviations_and_initials_do_not_split() -> None:
    text = (
        "Il sig. Rossi e il dott. Bianchi hanno incontrato J. F. Kennedy a Roma. "
        "La S.p.A. ha chiuso il 21 mag. con un utile, ecc. Poi è arrivato l'on. Verdi."
    )
    assert sentences(text) == [
        "Il sig. Rossi e il dott. Bianchi hanno incontrato J. F. Kennedy a Roma.",
        "La S.p.A. ha chiuso il 21 mag. con un utile, ecc. Poi è arrivato l'on. Verdi.",
    ]


def test_quotes_and_question_marks() -> None:
    text = "«Andremo avanti», ha detto. “Perché?” chiese lui. ''Il presidente è pronto'', disse Peskov."
    assert sentences(text) == [
        "«Andremo avanti», ha detto.",
        "“Perché?” chiese lui.",
        "''Il presidente è pronto'', disse Peskov.",
    ]


def test_numbers_with_periods_do_not_split() -> None:
    text = "Sono 2.000 soldati, 3.5 per cento in più. Il resto è noto."
    assert sentences(text) == ["Sono 2.000 soldati, 3.5 per cento in più.", "Il resto è noto."]


def test_english_abbreviations() -> None:
    text = "Mr. Smith met Dr. Jones at 5 p.m. on Friday. They talked for an hour. U.S. officials agreed."
    got = sentences(text)
    assert got[0].startswith("Mr. Smith met Dr. Jones")
    assert "They talked for an hour." in got


def test_line_breaks_split_headings_but_not_wrapped_lines() -> None:
    text = "Titolo dell'articolo\nMag 21, 2025\n\nIl governo lavora alla\nvisita del leader. Poi parte."
    assert sentences(text) == [
        "Titolo dell'articolo",
        "Mag 21, 2025",
        "Il governo lavora alla\nvisita del leader.",
        "Poi parte.",
    ]


def test_a_byline_under_the_opening_heading_is_a_sentence_of_its_own() -> None:
    text = "Biometano a Sant'Elena di Piave, tra speranze e timori\ndi Giada Pavan\n\nIn piazza se ne parla."
    assert sentences(text) == [
        "Biometano a Sant'Elena di Piave, tra speranze e timori",
        "di Giada Pavan",
        "In piazza se ne parla.",
    ]
    assert sentences("Storm hits the coast\nby Helen Marsh\nThe storm came at night.")[1] == "by Helen Marsh"
    assert sentences("Titolo\ndi Marta Zanin e Luca Bassi\n\nTesto.")[1] == "di Marta Zanin e Luca Bassi"
    # Not a byline: a wrapped line, a byline-like line the text runs on after, one far into the text.
    assert sentences("Il governo lavora alla\nvisita di Kim Jong Un\nche arriva domani.") == [
        "Il governo lavora alla\nvisita di Kim Jong Un\nche arriva domani."
    ]
    assert sentences("Titolo\ndi Marta Zanin\ne altri colleghi.") == ["Titolo\ndi Marta Zanin\ne altri colleghi."]
    far = "Una frase lunga quanto basta. " * 40 + "\nTitolo\ndi Marta Zanin\nAltro testo."
    assert "di Marta Zanin" not in sentences(far)


text_st = st.lists(
    st.sampled_from([*"abcàèéìòù ABCÉ.,;:!?'’\"“”«»-–—\n\t0123456789ﬁß", "sig.", "J.", " dott. ", "\n\n"]),
    max_size=120,
).map("".join)


@given(text_st)
def test_sentence_spans_are_ordered_trimmed_slices(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    # Nothing but white space is left out.
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


# Strings that reach every rule of split_sentences and the edges of its regex.
TRICKY_SENTENCES = [
    "",
    " ",
    "\n\n\n",
    ".",
    "!? ",
    " \t Una frase. Un'altra.\t\n",
    "... Inizio con punti. Fine",
    "Fine con punti...",
    "Ah… Davvero? Sì! «Certo.» Poi (forse.) [Sì.] Basta.",
    "Ha detto: \"Basta.\" Poi: 'Ok.' E ”così.” Infine ’sì.’ Fine.",
    'Disse.» Quindi.) Altro.] Poi." Fine."x',
    "Riga uno\r\nRiga due\r\n\r\nParagrafo.\r\n",
    "Tab\t\n\t\nDopo tab. \n \n \nTre righe vuote.",
    "a\n \t \nb\n\t\tc\n\x0b\nd\n\x1c\ne\u2028\nf\n\u0085\ng",
    "Il sig. Rossi, la sig.ra Bianchi, la dott.ssa Verdi e la S.p.A. Alfa. La s.p.a. Beta.",
    "Per es. Roma, cfr. Tab. 3, e.g. Rome, i.e. That, z.B. Berlin, d.h. Das. Fine.",
    "J. F. Kennedy e A. Moro. X. Y. Z. Poi è. Ok. Ma Σ. Ω. İ. İİ. K. Fine.",
    "Nel 2024. 5 persone. Il 3. 4 e 5.6 e 7. 8 ma ² e ٣. Ok.",
    "Mr. Smith. Mrs. Jones. MR. X. mr. y. Dr. Who? Prof. No. Vol. Ii. St. Paul.",
    "Pág. Uno, núm. Dos, PÁG. Tres, \u212ao. Quattro, Co. Cinque, ecc. Sei.",
    "Parola...Attaccata. Punto.Nessuno spazio. Punto.\u00a0Spazio duro. Punto.\u3000Ideogramma.",
    "Frase. «Citazione.» “Virgolette.” ‘Singole.’ (Parentesi.) – Trattino. - Meno. — Lineetta. ¿Qué? ¡Sí!",
    "Frase. minuscola. , virgola. ; punto e virgola. : due punti.",
    "Titolo\nSottotitolo\nIl testo continua\nsu più righe, come questa\n; e questa\n, e quella.",
    "Riga che finisce con due punti:\nRiga dopo.\nRiga con virgolette»\nDopo.\nRiga)\nDopo.",
    "x" * 119 + "\nDopo la riga di 119.\n" + "y" * 120 + "\nDopo la riga di 120.\n" + "z" * 121 + "\nFine.",
    " " * 5 + "w" * 118 + "\nDopo.\n" + "v" * 200 + "\n\nDopo una riga vuota.",
    "Fine \n",
    "\nInizio",
    "a \n\nb",
    "a.\nB",
    "a\n\nB. C",
    "\x1c. A\x1c.\x1cB\x1f.\x1f",
    "Testo\n\n",
    "1.200,5 euro. 3,5 per cento. L'on. Verdi.",
    "Vedi ..sig. Rossi e .J. Kennedy e ..Mr.. Smith. Fine.",
    "Fine. . Poi. E? ! Poi. Ah… … Poi.",
    "a\n\r\nb\n\x0b\nc.\n\r\nd\n\u2028\nE",
]


def test_kernel_reads_the_classes_of_the_reference_regex() -> None:
    """The kernel's tables are made with the character classes of the reference's regex."""
    assert oracle._END.pattern == rf"(?:{TERMINAL_CLASS}+{CLOSING_CLASS}*(?=\s)|\n[ \t]*\n\s*|\n)(?=\s*(\S?))"


def test_kernel_reads_abbreviations_exactly() -> None:
    """Abbreviations are numbers in the kernel: one per abbreviation, no overflow, and no lower
    case of several characters that an abbreviation could hold."""
    t = tables()
    alphabet = set("".join(ALL_ABBREVIATIONS))
    assert t.base == len(alphabet) + 1 and t.base ** (max(map(len, ALL_ABBREVIATIONS)) + 1) < 2**63
    assert len(set(t.abbreviations.tolist())) == len(ALL_ABBREVIATIONS)
    for c in range(BMP):
        low = chr(c).lower()
        assert len(low) == 1 or not set(low) <= alphabet, hex(c)


def test_kernel_splits_as_the_reference_on_articles_and_tricky_strings(seed_docs: dict[str, object]) -> None:
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    assert sum(len(split_sentences(t)) for t in texts) > 50
    for text in [*texts, *TRICKY_SENTENCES]:
        assert split_sentences(text) == oracle.split_sentences(text)


def test_text_beyond_the_basic_plane_is_split_by_its_characters() -> None:
    """Characters beyond the BMP are classified as the reference classifies them: an upper-case
    mathematical letter opens a sentence, an emoji does not, a lone surrogate is a character."""
    for text in ["𝐀. B. 𝐂\n𝐃", "Fine. 𝐀nche qui. 😀 no. Poi \U0001d41a.", "Sì.\ud800 No. \ud800Ma sì. Ok"]:
        assert split_sentences(text) == oracle.split_sentences(text)
    assert sentences("Primo. 𝐒econdo. 😀 terzo.") == ["Primo.", "𝐒econdo. 😀 terzo."]


def test_a_day_before_its_month_ends_no_sentence() -> None:
    """German writes the day as an ordinal ("am 30. April"): a period after one or two digits
    before a month name ends no sentence; before another word, or after a year, it may."""
    text = (
        "Die Strecke bleibt bis zum 30. April gesperrt. Am 6. März fanden Prüfer Risse. "
        "Gezählt wurden 30. Dann kam der Mai. Im Jahr 2020. April war kalt.\n\nBis 12.\nMai\n\n"
        "Am 1. Mai 2025 streikten sie. See page 10. October 6, 1999 was the day."
    )
    assert sentences(text) == [
        "Die Strecke bleibt bis zum 30. April gesperrt.",
        "Am 6. März fanden Prüfer Risse.",
        "Gezählt wurden 30.",
        "Dann kam der Mai.",
        "Im Jahr 2020.",
        "April war kalt.",
        "Bis 12.",
        "Mai",
        "Am 1. Mai 2025 streikten sie.",  # a year after the month: the German date
        "See page 10.",  # a day after the month: an English date opens a sentence
        "October 6, 1999 was the day.",
    ]


def test_long_runs_of_line_breaks_are_crossed_once() -> None:
    """Linear in the text: white space with many line breaks (quadratic in the reference) is split
    in one pass."""
    text = "a" + "\n\r" * 200_000 + "B."
    assert sentences(text) == ["a", "B."]
    spans = split_sentences("Sì. " * 100_000)
    assert len(spans) == 100_000 and spans[-1] == (399_996, 399_999)


# Pieces drawn from five kinds alike, so that words, punctuation and white space meet often (the
# last kind: the joints where sentences end or run on, and lines around 120 characters).
sentence_st = st.lists(
    st.one_of(
        st.sampled_from([*"aAbBzZàÀéÉßΣσςωΩİı0123456789", "x" * 60, "X" * 60]),
        st.sampled_from(["sig", "dott", "Mr", "s.p.a", "J", "e.g", "Roma", "pág", "ecc", "Dott", "MR"]),
        st.sampled_from(["30", "6", "123", "April", "März", "Mai", "Maibaum", "MÄRZ", "août", "Dez", "30. April"]),
        st.sampled_from([*".!?…\"'”’»)]:;,(«“‘–-—¿¡", "...", ".»", ".”)", "?!"]),
        st.sampled_from([*" \t\n\r\x0b\x1c\u2028\u00a0\u3000", "\n\n", "\r\n", " \n", "\n\t\n", "\n\r\n", "\n\x0b\n"]),
        st.sampled_from(
            [
                ". ",
                ". A",
                ". a",
                ".» B",
                ".\n",
                "\nA",
                "\nb",
                ",\n",
                "\n,",
                "\n;",
                "J. ",
                "x" * 119 + "\nA",
                "x" * 120 + "\nA",
                "\ndi Marta Zanin\n",
                "\ndi A e B\n",
                "\nby A and b",
                "\nby A B",
                "\nda X, Y",
                "x" * 60 + "\ndi A B",
            ]
        ),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=600, deadline=None)  # the first example loads numba
@given(sentence_st)
def test_kernel_splits_as_the_reference(text: str) -> None:
    """Abbreviations, initials, quotes after the period, line breaks and headings, every kind of
    white space."""
    assert split_sentences(text) == oracle.split_sentences(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_kernel_splits_any_text_as_the_reference(text: str) -> None:
    assert split_sentences(text) == oracle.split_sentences(text)
