"""Normalisation with offsets, tokenisation, segmentation, language detection."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.text import analyse, detect_language, fold_char, normalize, split_sentences, tokenize


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


def test_tokenize_folds_case_accents_and_splits_elisions() -> None:
    words, spans = tokenize("Dell’Ucraina, PERCHÉ l'unica Città")
    assert words == ("dell", "ucraina", "perche", "l", "unica", "citta")
    assert [("Dell’Ucraina, PERCHÉ l'unica Città")[a:b] for a, b in spans] == [
        "Dell",
        "Ucraina",
        "PERCHÉ",
        "l",
        "unica",
        "Città",
    ]


def test_fold_char_quotes_dashes_apostrophes() -> None:
    assert [fold_char(c) for c in "’‘ʼ“”«»–—\u00a0É"] == [
        "'",
        "'",
        "'",
        '"',
        '"',
        '"',
        '"',
        "-",
        "-",
        " ",
        "e",
    ]


def test_normalize_maps_back_to_original() -> None:
    text = "  L’«Unità»  —  città\n\nperché "
    norm = normalize(text)
    assert norm.text == 'l\'"unita" - citta perche'
    start = norm.text.index("citta")
    assert norm.original_span(start, start + 5) == (text.index("città"), text.index("città") + 5)


def test_detect_language() -> None:
    assert detect_language("Il presidente russo si recherà oggi in visita ufficiale in Corea del Nord.") == "it"
    assert detect_language("The Russian president will travel today to North Korea on an official visit.") == "en"
    assert detect_language("12345 !!!") == "und"


def test_analyse_stems_per_language() -> None:
    it = analyse("I presidenti russi visitano.", "it")
    en = analyse("The presidents visited.", "en")
    assert it.words[1] != it.surface[1]  # stemmed
    assert en.words[1] == "presid"
    und = analyse("xyz abc", "und")
    assert und.words == und.surface


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


@given(text_st)
def test_normalized_offsets_point_into_original(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    for i, ch in enumerate(norm.text):
        original = text[norm.offsets[i]]
        assert ch in fold_char(original) or (ch == " " and original.isspace())
    assert list(norm.offsets[:-1]) == sorted(norm.offsets[:-1])


@given(text_st)
def test_word_spans_slice_to_their_words(text: str) -> None:
    analysed = analyse(text, "it")
    for surface, (a, b) in zip(analysed.surface, analysed.word_spans, strict=True):
        assert surface == "".join(fold_char(c) for c in text[a:b])
    for (w0, w1), sentence in zip(analysed.sentence_words, analysed.sentences, strict=True):
        s0, s1 = sentence.span
        assert all(s0 <= analysed.word_spans[w][0] and analysed.word_spans[w][1] <= s1 for w in range(w0, w1))


def _same_analysis(text: str) -> None:
    import numpy as np

    plain, compiled = analyse(text), analyse(text, compiled=True)
    for name in plain.__dataclass_fields__:
        left, right = getattr(plain, name), getattr(compiled, name)
        if isinstance(left, np.ndarray):
            assert np.array_equal(left, right) and left.dtype == right.dtype, name
        else:
            assert left == right, name


@settings(max_examples=300, deadline=None)  # the first example loads numba
@given(st.text(alphabet="ab1.,2 \n\t'’É_-àß9Ω", max_size=80))
def test_compiled_word_pass_equals_numpy_pass(text: str) -> None:
    """lineage.wordkernel finds, hashes and numbers the same words as the numpy path
    (digits joined across "." and ",", accents, underscores, edges of the text)."""
    _same_analysis(text)


def test_compiled_word_pass_on_articles(seed_docs: dict[str, object]) -> None:
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    for text in [*texts, "", "1.200,5 euro", "𝐀𝐁 ab"]:  # the last one: beyond the BMP (numpy path)
        _same_analysis(text)
    assert len(analyse(texts[0], compiled=True).word_starts) > 100


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


def _compiled_sentences_are_split_sentences(text: str) -> None:
    from lineage.sentkernel import split_sentences_compiled

    assert split_sentences_compiled(text) == split_sentences(text)


def _compiled_analysis_has_the_same_sentences(text: str) -> None:
    plain, compiled = analyse(text, "it"), analyse(text, "it", compiled=True)
    assert compiled.sentences == plain.sentences
    assert compiled.sentence_words == plain.sentence_words


def test_sentence_kernel_reads_the_classes_of_the_regex() -> None:
    """The kernel's tables are made with the character classes of ``text._END`` itself."""
    from lineage.sentkernel import CLOSING_CLASS, TERMINAL_CLASS
    from lineage.text import _END

    assert _END.pattern == rf"(?:{TERMINAL_CLASS}+{CLOSING_CLASS}*(?=\s)|\n[ \t]*\n\s*|\n)(?=\s*(\S?))"


def test_sentence_kernel_reads_abbreviations_exactly() -> None:
    """Abbreviations are numbers in the kernel: one per abbreviation, no overflow, and no lower
    case of several characters that an abbreviation could hold."""
    from lineage.sentkernel import tables
    from lineage.text import _ALL_ABBREVIATIONS, _BMP

    t = tables()
    alphabet = set("".join(_ALL_ABBREVIATIONS))
    assert t.base == len(alphabet) + 1 and t.base ** (max(map(len, _ALL_ABBREVIATIONS)) + 1) < 2**63
    assert len(set(t.abbreviations.tolist())) == len(_ALL_ABBREVIATIONS)
    for c in range(_BMP):
        low = chr(c).lower()
        assert len(low) == 1 or not set(low) <= alphabet, hex(c)


def test_compiled_sentences_on_articles_and_tricky_strings(seed_docs: dict[str, object]) -> None:
    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    assert sum(len(split_sentences(t)) for t in texts) > 50
    for text in [*texts, *TRICKY_SENTENCES, "𝐀. B. 𝐂\n𝐃"]:  # the last one: beyond the BMP (fallback)
        _compiled_sentences_are_split_sentences(text)
        _compiled_analysis_has_the_same_sentences(text)


# Pieces drawn from five kinds alike, so that words, punctuation and white space meet often (the
# last kind: the joints where sentences end or run on, and lines around 120 characters).
sentence_st = st.lists(
    st.one_of(
        st.sampled_from([*"aAbBzZàÀéÉßΣσςωΩİı0123456789", "x" * 60, "X" * 60]),
        st.sampled_from(["sig", "dott", "Mr", "s.p.a", "J", "e.g", "Roma", "pág", "ecc", "Dott", "MR"]),
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
            ]
        ),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=600, deadline=None)  # the first example loads numba
@given(sentence_st)
def test_compiled_sentences_equal_split_sentences(text: str) -> None:
    """lineage.sentkernel finds split_sentences's spans: abbreviations, initials, quotes after the
    period, line breaks and headings, every kind of white space."""
    _compiled_sentences_are_split_sentences(text)
    _compiled_analysis_has_the_same_sentences(text)


def test_language_identifier_scores_as_py3langid_does(seed_docs: dict[str, object]) -> None:
    """The identifier with widened weights gives py3langid's own answers and scores, exactly."""
    import py3langid

    from lineage.text import _identifier

    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    samples = [t[k : k + 300] for t in texts for k in range(0, len(t), 250)]
    samples += ["The president signed the agreement in Moscow.", "Le président a signé l'accord.", "x", "123"]
    for sample in samples:
        assert _identifier().classify(sample) == py3langid.classify(sample)
    assert {_identifier().classify(s)[0] for s in samples[-4:-2]} == {"en", "fr"}


_LANGUAGE_SAMPLES = [
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


def test_compiled_language_walk_scores_as_py3langid_does(seed_docs: dict[str, object]) -> None:
    """The kernel's feature walk gives py3langid's scores bit for bit, and so its answers."""
    import py3langid

    from lineage.text import _compiled_language, _compiled_scores, _identifier

    texts = [d.text for d in seed_docs.values()]  # type: ignore[attr-defined]
    samples = [t[k : k + 300] for t in texts for k in range(0, len(t), 250)] + _LANGUAGE_SAMPLES
    for sample in samples:
        assert np.array_equal(_compiled_scores(sample), _identifier()._decide(sample))
        assert _compiled_language(sample) == py3langid.classify(sample)[0]
    assert detect_language(texts[0], compiled=True) == detect_language(texts[0]) == "it"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_compiled_language_walk_on_any_text(sample: str) -> None:
    from lineage.text import _compiled_scores, _identifier

    assert np.array_equal(_compiled_scores(sample), _identifier()._decide(sample))


def test_stems_kept_between_analyses_are_the_stemmers(monkeypatch: object) -> None:
    """Stems come from the memo or the stemmer alike, also when the memo is emptied mid-way."""
    import Stemmer

    from lineage import text

    monkeypatch.setattr(text, "_STEMS_KEPT", 5)  # type: ignore[attr-defined]
    text._STEMS.pop("it", None)
    stemmer = Stemmer.Stemmer("italian", 0)
    for words in (("presidente", "firmato", "accordi"), ("accordi", "mosca", "visita", "presidenti"), ("a", "b")):
        assert text._stems("it", stemmer, words) == stemmer.stemWords(words)
    assert len(text._STEMS["it"]) <= 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30))
def test_compiled_string_hashes_are_the_numpy_ones(strings: list[str]) -> None:
    """Any strings (empty ones, separators inside, beyond the BMP): the kernel's hashes are the
    prefix-sum ones, which do not depend on a string's neighbours."""
    from lineage.text import string_hashes

    words = tuple(strings)
    hashes = string_hashes(words)
    assert np.array_equal(string_hashes(words, compiled=True), hashes)
    assert [int(h) for h in hashes] == [int(string_hashes((w,))[0]) for w in words]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["di", "il", "Mosca", "mosca", "accordo", "", "città", "𝐀"]), max_size=40))
def test_compiled_vocabulary_is_the_python_one(forms: list[str]) -> None:
    """Distinct forms numbered in order of first use, whether by a dict or by the kernel."""
    from lineage.text import _vocabulary

    ids, vocabulary, hashes = _vocabulary(forms, compiled=False)
    c_ids, c_vocabulary, c_hashes = _vocabulary(forms, compiled=True)
    assert vocabulary == c_vocabulary == tuple(dict.fromkeys(forms))
    assert np.array_equal(ids, c_ids) and np.array_equal(hashes, c_hashes)
    assert [vocabulary[i] for i in c_ids.tolist()] == forms


def test_stem_table_gives_the_stems_dict_answers(monkeypatch: object, seed_docs: dict[str, object]) -> None:
    """Stems found by hash in the compiled table are those of the dict path, in the same order
    with the same hashes: while the table grows and after it is emptied mid-way."""
    import Stemmer

    from lineage import text

    stemmer = Stemmer.Stemmer("italian", 0)
    batches = [analyse(d.text).surface_vocabulary for d in seed_docs.values()]  # type: ignore[attr-defined]
    batches += [("presidenti", "firmato", "accordi"), (), ("accordi", "mosca", "visita", "presidente")]
    batches.append(tuple(f"parolona{k}" for k in range(3000)))  # more than the table's first size
    for kept in (1 << 19, 300):  # the second empties the table between articles
        monkeypatch.setattr(text, "_STEMS_KEPT", kept)  # type: ignore[attr-defined]
        text._STEMS.pop("it", None)
        table = text._StemTable(stemmer)
        largest = 0
        for words in batches + batches[:2]:
            expected = text._vocabulary(text._stems("it", stemmer, words), compiled=False)
            got = table.vocabulary(words, text.string_hashes(words))
            assert got[1] == expected[1]
            assert np.array_equal(got[0], expected[0]) and np.array_equal(got[2], expected[2])
            largest = max(largest, len(table._keys))
        assert largest > 1 << 12  # the table grew past its first size
