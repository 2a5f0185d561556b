"""Fact drift: numbers, dates, proper names and quotations that changed between a passage and its copy.

The two sides of an alignment are diffed word by word (rapidfuzz Levenshtein
opcodes over normalised words). A replaced number that occurs nowhere on the
other side is a number (or date) drift; a replaced capitalised name that
occurs nowhere in the other document is a name drift. Facts written in words
count as numbers and dates: month names and weekdays, cardinal number words and
scale words ("trenta", "due mesi", "milioni" → "miliardi", "August" →
"September"), from a table per language (:data:`FACT_WORDS`), the document's
detected language choosing it. A name moved by the rewording (no longer in a replaced run)
still drifts when it is spelt like exactly one name the source has and the copy lacks
(``Venturoli`` → ``Venturini``). A quotation (between « », “ ” or straight double quotes)
drifts when the copy quotes it with other words in it: the words replaced inside it are the
drift (``«salari fermi»`` → ``«salari in calo»``); typography, a shortened quote and the
facts already reported are not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel, Levenshtein

from ..models import Drift, DriftKind
from ..text import AnalysedText
from ..text.months import ALL_MONTH_NAMES, MONTH_NAMES

# Month names and abbreviations (it, en, fr, es, de, pt): a number next to one is a date.
MONTHS = ALL_MONTH_NAMES | frozenset(
    "gen feb mar apr mag giu lug ago set ott nov dic jan jun jul aug sep oct dec".split()
)


# Facts written in words, per language (normalised: lower case, accents folded), by class. Words
# that are also common function words (Italian "uno"/"una", English "one", Italian "secondo",
# "according to") and vague quantities ("centinaia", "dozens") are left out: a rewrite changes those
# freely. A fact in words drifts only into another of its class (a month into a month, a number word
# before the same word into another: "trenta mesi" -> "quaranta mesi", not "novanta giorni" ->
# "tre mesi"), never into digits ("tre" and "3" may be the same fact).
_MONTHS = {  # not English "may", a verb
    lang: " ".join(m for m in names if (lang, m) != ("en", "may")) for lang, names in MONTH_NAMES.items()
}
_WEEKDAYS = {
    "it": "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miercoles jueves viernes sabado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "pt": "segunda terca quarta quinta sexta sabado domingo",
}
_NUMBER_WORDS = {
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta "
    "novanta cento mille duemila tremila milione milioni miliardo miliardi",
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million millions billion billions",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante "
    "soixante cent mille million millions milliard milliards",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta "
    "cien mil millon millones",
    "de": "zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig vierzig funfzig "
    "hundert tausend million millionen milliarde milliarden",
    "pt": "dois duas tres quatro cinco seis sete oito nove dez onze doze vinte trinta quarenta cinquenta "
    "cem mil milhao milhoes",
}
# Languages that write every noun with a capital: there a capital does not make a name. A word
# the text writes right after one of these (articles, determiners, a preposition joined to an
# article) or after a number is a noun, not a name ("die Polizei", "im Landkreis", "45.000
# Fahrzeuge"; a person is "Katrin Vollmer").
NOUN_CAPITALS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines "
        "dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner "
        "seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer im am vom zum zur "
        "beim ins ans aufs".split()
    ),
}
MIN_NOUN_CHARS = 4  # a noun inside another ("Fahrzeit", "Fahrzeiten"; "Angaben", "Bahnangaben") ...
FactClass = str  # "month", "weekday" or "number"
FACT_WORDS: dict[str, dict[str, FactClass]] = {
    lang: {
        **dict.fromkeys(_NUMBER_WORDS[lang].split(), "number"),
        **dict.fromkeys(_WEEKDAYS[lang].split(), "weekday"),
        **dict.fromkeys(_MONTHS[lang].split(), "month"),
    }
    for lang in _MONTHS
}


def _comparable(
    s_words: tuple[str, ...], i: int, t_words: tuple[str, ...], j: int, facts: Mapping[str, FactClass]
) -> bool:
    """Whether number/date words ``s_words[i]`` and ``t_words[j]`` state the same kind of fact.

    Two numbers in digits do when they have as many digits (a figure changed: "212" → "221",
    "14.000" → "16.000") or a word beside them in common (the same unit or lead: "9 feriti" →
    "12 feriti", "alle 10.40" → "alle 9.40"); otherwise a rewording merely put two unrelated
    figures where each other stood ("47 anni" against "gru numero 7")."""
    a, b = facts.get(s_words[i]), facts.get(t_words[j])
    if a is None and b is None:
        if _digits(s_words[i]) == _digits(t_words[j]):
            return True
        same_before = i > 0 and j > 0 and s_words[i - 1] == t_words[j - 1]
        same_after = i + 1 < len(s_words) and j + 1 < len(t_words) and s_words[i + 1] == t_words[j + 1]
        return same_before or same_after
    if a is None or b is None or a != b:
        return False
    if a != "number":
        return True
    following = s_words[i + 1 : i + 2], t_words[j + 1 : j + 2]
    return following[0] == following[1]


def _digits(word: str) -> int:
    return sum(ch.isdigit() for ch in word)


def _is_number(word: str) -> bool:
    return word[:1].isdigit() and word.replace(".", "").replace(",", "").isdigit()


def _separators(word: str) -> str:
    """A number with every separator the same (``6,1`` and ``6.1`` agree; ``15,00`` and ``1.500``
    do not: their digits are grouped otherwise); any other word unchanged."""
    return _SEPARATOR.sub(".", word) if _is_number(word) else word


def _percentage(doc: AnalysedText, word: int) -> bool:
    """Whether word ``word`` of ``doc`` is followed by a percent sign."""
    return _PERCENT.match(doc.text, int(doc.word_ends[word])) is not None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2199


def _kind(
    words: tuple[str, ...], i: int, facts: Mapping[str, FactClass] | None = None, percent: bool = False
) -> DriftKind:
    """A changed number's kind: a date (a year, a month or weekday word, a number beside a month,
    a time of day after a word such as "alle" or "at") or a number (``percent``: the number is a
    percentage, never a date, "al 6,1% a febbraio")."""
    word = words[i]
    if percent:
        return "number"
    if facts and word in facts:
        return "number" if facts[word] == "number" else "date"
    if _is_year(word) or (i > 0 and words[i - 1] in TIME_WORDS and _CLOCK.fullmatch(word) is not None):
        return "date"  # a year, or a time of day ("alle 21.45", "at 9.30")
    neighbours = {words[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(words)}
    return "date" if neighbours & MONTHS else "number"


# Words before a time of day written with a full stop or a colon ("alle 21.45", "at 9:30").
TIME_WORDS = frozenset("alle ore dalle verso entro at by until from around a vers las um gegen".split())
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def _is_name(doc: AnalysedText, word: int, first_in_sentence: bool) -> bool:
    token = doc.text[int(doc.word_starts[word]) : int(doc.word_ends[word])]
    return not first_in_sentence and token[:1].isupper() and not token.isdigit() and len(token) > 1


@dataclass(frozen=True, slots=True)
class DriftFacts:
    """What drift needs of one document, whatever it is paired with."""

    vocabulary: frozenset[str]  # its normalised words
    firsts: frozenset[int]  # the index of the first word of every sentence
    numbers: frozenset[str]  # the words of its vocabulary that are numbers or facts in words
    words: tuple[str, ...]  # the normalised form of every word, in order
    facts: Mapping[str, FactClass]  # its language's facts in words (empty: none known)
    nouns: frozenset[str] = frozenset()  # in a language of NOUN_CAPITALS, words it writes as nouns


def drift_facts(doc: AnalysedText) -> DriftFacts:
    """The facts of ``doc`` :func:`drift_context` combines (a text aligned with several others
    needs them once)."""
    facts = FACT_WORDS.get(doc.language or "", {})
    determiners = NOUN_CAPITALS.get(doc.language or "")
    words = doc.surface
    nouns = (
        frozenset(words[k] for k in range(1, len(words)) if words[k - 1] in determiners or words[k - 1][:1].isdigit())
        if determiners
        else None
    )
    return DriftFacts(
        frozenset(doc.surface_vocabulary),
        frozenset(w0 for w0, _ in doc.sentence_words),
        frozenset(w for w in doc.surface_vocabulary if (w[:1].isdigit() and _is_number(w)) or w in facts),
        words,
        facts,
        frozenset() if nouns is None else nouns,
    )


@dataclass(frozen=True, slots=True)
class DriftContext:
    """What drift needs of a whole document pair, computed once for all its aligned ranges."""

    source_vocabulary: frozenset[str]  # normalised words of the source document
    target_vocabulary: frozenset[str]
    source_firsts: frozenset[int]  # index of the first word of every source sentence
    target_firsts: frozenset[int]
    numbers: frozenset[str]  # the words of either vocabulary that are numbers or facts in words
    source_words: tuple[str, ...]  # the normalised form of every source word
    target_words: tuple[str, ...]
    facts: Mapping[str, FactClass]  # the facts in words of the two languages
    nouns: frozenset[str] = frozenset()  # words either writes as a noun (NOUN_CAPITALS)
    capitals: bool = False  # either is in a language that capitalises its nouns


def drift_context(
    source: AnalysedText, target: AnalysedText, facts: tuple[DriftFacts, DriftFacts] | None = None
) -> DriftContext:
    """The document-wide facts :func:`find_drift` checks, for one source/target pair
    (``facts``: the two documents' :func:`drift_facts`, when already made)."""
    s, t = facts or (drift_facts(source), drift_facts(target))
    words = {**t.facts, **s.facts} if s.facts is not t.facts else s.facts
    capitals = (source.language or "") in NOUN_CAPITALS or (target.language or "") in NOUN_CAPITALS
    return DriftContext(
        s.vocabulary,
        t.vocabulary,
        s.firsts,
        t.firsts,
        s.numbers | t.numbers,
        s.words,
        t.words,
        words,
        s.nouns | t.nouns,
        capitals,
    )


def find_drift(
    source: AnalysedText,
    source_words: WordRanges,
    target: AnalysedText,
    target_words: WordRanges,
    context: DriftContext | None = None,
) -> tuple[Drift, ...]:
    """Numbers, dates and names that differ between two aligned word ranges.

    Args:
        source: the analysed source document.
        source_words: ``(first, last + 1)`` word ranges of the source side, in order (one, or
            several: a link's sentences, leaving out a byline between two of them).
        target: the analysed target document.
        target_words: the same for the target side.
        context: :func:`drift_context` of the two documents (computed when None; pass it
            when diffing many ranges of the same pair).

    Returns:
        Drift items in target order, spans into the original texts.
    """
    s_ranges, t_ranges = _ranges(source_words), _ranges(target_words)
    ctx = context or drift_context(source, target)
    s_idx, s_words = _indexed(s_ranges, ctx.source_words)
    t_idx, t_words = _indexed(t_ranges, ctx.target_words)
    s_set, t_set = set(s_words), set(t_words)

    def s_kind(i: int) -> DriftKind:
        return _kind(s_words, i, ctx.facts, _percentage(source, s_idx[i]))

    def t_kind(j: int) -> DriftKind:
        return _kind(t_words, j, ctx.facts, _percentage(target, t_idx[j]))

    def s_key(i: int) -> Key:
        return s_kind(i), ctx.facts.get(s_words[i])

    def t_key(j: int) -> Key:
        return t_kind(j), ctx.facts.get(t_words[j])

    # A drift pairs a number of one side missing from the other side with one of the other
    # side, or a word of one side missing from the other document with one of the other (a name).
    s_numbers, t_numbers = _changed_numbers(s_words, t_words, ctx.numbers, s_kind, t_kind)
    if s_numbers and t_numbers:  # "6,1" and "6.1", "1.500" and "1,500": one number typed otherwise
        s_typed = {_separators(s_words[i]) for i in s_numbers}
        t_typed = {_separators(t_words[j]) for j in t_numbers}
        s_numbers = {i for i in s_numbers if _separators(s_words[i]) not in t_typed}
        t_numbers = {j for j in t_numbers if _separators(t_words[j]) not in s_typed}
    s_new, t_new = s_set - ctx.target_vocabulary - ctx.nouns, t_set - ctx.source_vocabulary - ctx.nouns
    numbers, names = bool(s_numbers and t_numbers), bool(s_new and t_new)
    quoted = any(
        _QUOTE_MARK.search(target.text, max(0, start - 2), end) for start, end in (_chars(target, r) for r in t_ranges)
    )
    if not (numbers or names or quoted):
        return ()
    s_firsts, t_firsts = ctx.source_firsts, ctx.target_firsts

    found: list[Drift] = []
    used_s: set[int] = set()
    used_t: set[int] = set()
    for op in Levenshtein.opcodes(s_words, t_words):
        if op.tag != "replace":
            continue
        src_idx = range(op.src_start, op.src_end)
        tgt_idx = range(op.dest_start, op.dest_end)
        if numbers:
            s_nums = [i for i in src_idx if i in s_numbers]
            t_nums = [j for j in tgt_idx if j in t_numbers]
            for i, j in _paired(s_nums, t_nums, s_key, t_key):
                if not _comparable(s_words, i, t_words, j, ctx.facts):
                    continue
                found.append(_drift(s_kind(i), source, s_idx[i], target, t_idx[j]))
                used_s.add(i)
                used_t.add(j)
        if not names:
            continue
        s_names = [
            i
            for i in src_idx
            if s_words[i] in s_new and i not in used_s and _is_name(source, s_idx[i], s_idx[i] in s_firsts)
        ]
        t_names = [
            j
            for j in tgt_idx
            if t_words[j] in t_new and j not in used_t and _is_name(target, t_idx[j], t_idx[j] in t_firsts)
        ]
        if s_names and len(s_names) == len(t_names):
            for i, j in zip(s_names, t_names, strict=True):
                if not (ctx.capitals and _one_noun(s_words[i], t_words[j])) and not _acronym_of(
                    source, s_idx[i], target, t_idx[j]
                ):
                    found.append(_drift("name", source, s_idx[i], target, t_idx[j]))
    if names:
        found.extend(
            _moved_name(
                source,
                s_idx,
                s_words,
                s_new,
                used_s,
                ctx.source_firsts,
                target,
                t_idx,
                t_words,
                t_new,
                found,
                ctx.capitals,
            )
        )
    found.extend(_quote_drift(source, s_ranges, target, t_ranges, ctx, found))
    # Numbers moved by reordering: one unmatched number of a kind and class on each side.
    if numbers:
        rest_s = [i for i in sorted(s_numbers) if i not in used_s]
        rest_t = [j for j in sorted(t_numbers) if j not in used_t]
        for (kind, _), (one_s, one_t) in _by_kind(rest_s, rest_t, s_key, t_key).items():
            if len(one_s) == len(one_t) == 1 and _comparable(s_words, one_s[0], t_words, one_t[0], ctx.facts):
                found.append(_drift(kind, source, s_idx[one_s[0]], target, t_idx[one_t[0]]))
    found.sort(key=lambda d: (d.target_span, d.source_span))
    return tuple(found)


WordRanges = Sequence[tuple[int, int]]  # ``(first, last + 1)`` word ranges, in order


def _ranges(words: WordRanges) -> tuple[tuple[int, int], ...]:
    """``words`` with the ranges that touch joined."""
    out: list[tuple[int, int]] = []
    for first, last in words:
        if out and out[-1][1] == first:
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return tuple(out)


def _indexed(ranges: tuple[tuple[int, int], ...], words: tuple[str, ...]) -> tuple[Sequence[int], tuple[str, ...]]:
    """The word indices of ``ranges`` and the normalised words at them."""
    if len(ranges) == 1:
        first, last = ranges[0]
        return range(first, last), words[first:last]
    idx = [k for first, last in ranges for k in range(first, last)]
    return idx, tuple(words[k] for k in idx)


def _changed_numbers(
    s_words: tuple[str, ...],
    t_words: tuple[str, ...],
    numbers: frozenset[str],
    s_kind: Callable[[int], DriftKind],
    t_kind: Callable[[int], DriftKind],
) -> tuple[set[int], set[int]]:
    """The positions of each side's numbers the other side lacks: a number the other side never
    writes, or writes less often and never as that kind ("venerdì 10 ottobre ... alle 10" against
    "venerdì 17 ottobre ... alle 10": the date 10 is gone, the hour stays)."""
    s_count = Counter(w for w in s_words if w in numbers)
    t_count = Counter(w for w in t_words if w in numbers)
    fewer = {w for w in s_count.keys() & t_count.keys() if s_count[w] != t_count[w]}
    s_keys = {(w, s_kind(i)) for i, w in enumerate(s_words) if w in fewer}
    t_keys = {(w, t_kind(j)) for j, w in enumerate(t_words) if w in fewer}

    def lacking(
        words: tuple[str, ...],
        count: Counter[str],
        other: Counter[str],
        kind: Callable[[int], DriftKind],
        other_keys: set[tuple[str, DriftKind]],
    ) -> set[int]:
        return {
            i
            for i, w in enumerate(words)
            if w in count and (w not in other or (other[w] < count[w] and (w, kind(i)) not in other_keys))
        }

    return lacking(s_words, s_count, t_count, s_kind, t_keys), lacking(t_words, t_count, s_count, t_kind, s_keys)


Key = tuple[DriftKind, FactClass | None]  # a changed number's kind and its class as a word, if one


def _paired(
    s_nums: list[int], t_nums: list[int], s_key: Callable[[int], Key], t_key: Callable[[int], Key]
) -> list[tuple[int, int]]:
    """The changed numbers of a replaced run paired in order within their kind: a date with a
    date, a quantity with a quantity (a dateline's day is not the figure the rewording moved),
    a weekday word with a weekday word, a number in digits with one in digits."""
    groups = _by_kind(s_nums, t_nums, s_key, t_key).values()
    return sorted(pair for s_of, t_of in groups for pair in zip(s_of, t_of, strict=False))


def _by_kind(
    s_nums: list[int], t_nums: list[int], s_key: Callable[[int], Key], t_key: Callable[[int], Key]
) -> dict[Key, tuple[list[int], list[int]]]:
    """The numbers of each side grouped by kind and class ("18" and "sabato" are both dates, one
    in digits, one a weekday), each group in order."""
    groups: dict[Key, tuple[list[int], list[int]]] = {}
    for i in s_nums:
        groups.setdefault(s_key(i), ([], []))[0].append(i)
    for j in t_nums:
        groups.setdefault(t_key(j), ([], []))[1].append(j)
    return groups


def _drift(kind: DriftKind, source: AnalysedText, si: int, target: AnalysedText, ti: int) -> Drift:
    s_span = (int(source.word_starts[si]), int(source.word_ends[si]))
    t_span = (int(target.word_starts[ti]), int(target.word_ends[ti]))
    return Drift(
        kind=kind,
        source=source.text[s_span[0] : s_span[1]],
        target=target.text[t_span[0] : t_span[1]],
        source_span=s_span,
        target_span=t_span,
    )


NAME_LIKENESS = 0.75  # normalised Indel similarity of two names that are one name spelt differently
NAME_PREFIX = 3  # ... or beginning with the same letters (Deiana, Deidda; Zanolli, Zanotti) ...
NAME_PREFIX_LIKENESS = 0.6  # ... and this alike
QUOTE_LIKENESS = 0.6  # word-level similarity of two quotations that are one quotation changed
_SEPARATOR = re.compile(r"[.,]")
_PERCENT = re.compile(r"\s?%")
_QUOTE_MARK = re.compile('[«“"]')
# A quotation: « », “ ”, „ “ or straight double quotes around at least one character.
_QUOTATION = re.compile('«([^«»]+)»|[“„]([^“”„]+)”|"([^"]+)"')


def _chars(doc: AnalysedText, words: tuple[int, int]) -> tuple[int, int]:
    """The character range of a word range (empty when it holds no word)."""
    first, last = words
    if last <= first:
        return (0, 0)
    return int(doc.word_starts[first]), int(doc.word_ends[last - 1])


def _moved_name(
    source: AnalysedText,
    s_idx: Sequence[int],
    s_words: tuple[str, ...],
    s_new: set[str],
    used_s: set[int],
    s_firsts: frozenset[int],
    target: AnalysedText,
    t_idx: Sequence[int],
    t_words: tuple[str, ...],
    t_new: set[str],
    found: list[Drift],
    capitals: bool = False,
) -> list[Drift]:
    """Names the rewording moved out of a replaced run: a new name of the target spelt like
    exactly one new name of the source (the copy may drop other names); with ``capitals`` (a
    language capitalising its nouns), not one noun inflected or compounded (:func:`_one_noun`)."""
    done_s = {d.source_span for d in found}
    done_t = {d.target_span for d in found}
    left_s = [
        i
        for i, w in enumerate(s_words)
        if w in s_new
        and i not in used_s
        and _is_name(source, s_idx[i], s_idx[i] in s_firsts)
        and (int(source.word_starts[s_idx[i]]), int(source.word_ends[s_idx[i]])) not in done_s
    ]
    left_t = [
        j
        for j, w in enumerate(t_words)
        if w in t_new
        and _is_name(target, t_idx[j], False)
        and (int(target.word_starts[t_idx[j]]), int(target.word_ends[t_idx[j]])) not in done_t
    ]
    drifts = []
    for j in left_t:
        alike = [
            i
            for i in left_s
            if _spelt_alike(s_words[i], t_words[j]) and not (capitals and _one_noun(s_words[i], t_words[j]))
        ]
        if len(alike) == 1:
            drifts.append(_drift("name", source, s_idx[alike[0]], target, t_idx[j]))
            left_s.remove(alike[0])
    return drifts


def _acronym_of(source: AnalysedText, si: int, target: AnalysedText, ti: int) -> bool:
    """Whether one side's word is the acronym of the name the other side writes from its word on:
    "National" (Transportation Safety Board) and "NTSB" are one name, not a changed one."""

    def token(doc: AnalysedText, k: int) -> str:
        return doc.text[int(doc.word_starts[k]) : int(doc.word_ends[k])]

    for (short, k), (long, m) in (((source, si), (target, ti)), ((target, ti), (source, si))):
        letters = token(short, k)
        if len(letters) < 2 or not (letters.isalpha() and letters.isupper()) or m + len(letters) > len(long.word_ids):
            continue
        initials = "".join(token(long, m + n)[:1] for n in range(len(letters)))
        if initials == letters and not token(long, m).isupper():
            return True
    return False


def _one_noun(a: str, b: str) -> bool:
    """Whether two capitalised words of a language capitalising its nouns are one noun: the
    longer begins with the shorter (inflected: "Pfeiler", "Pfeilern") or ends with it (a compound
    of it: "Angaben", "Bahnangaben"), the shorter at least :data:`MIN_NOUN_CHARS` long."""
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_NOUN_CHARS and (long.startswith(short) or long.endswith(short))


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two names may be one name spelt differently: alike as strings, or beginning with
    the same letters and still mostly alike (a changed surname keeps its first letters)."""
    likeness = Indel.normalized_similarity(a, b)
    return likeness >= NAME_LIKENESS or (a[:NAME_PREFIX] == b[:NAME_PREFIX] and likeness >= NAME_PREFIX_LIKENESS)


def _quotations(doc: AnalysedText, words: tuple[int, int]) -> list[tuple[int, int]]:
    """The word ranges of the quotations inside a word range."""
    start, end = _chars(doc, words)
    found = []
    # the marks sit just outside the range's first and last words
    for m in _QUOTATION.finditer(doc.text, max(0, start - 2), min(len(doc.text), end + 2)):
        a, b = m.span(m.lastindex or 0)
        first = int(np.searchsorted(doc.word_starts, a))
        last = int(np.searchsorted(doc.word_starts, b))
        if last > first:
            found.append((first, last))
    return found


def _changed_runs(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[int, int, int, int]]:
    """The runs of words changed between two word sequences, as ``(a0, a1, b0, b1)``: adjacent
    edits joined; runs only dropped or only added left out."""
    runs: list[list[int]] = []
    last_end = -1
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        if runs and op.src_start == last_end and op.dest_start == runs[-1][3]:
            runs[-1][1], runs[-1][3] = op.src_end, op.dest_end
        else:
            runs.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
        last_end = op.src_end
    return [(r[0], r[1], r[2], r[3]) for r in runs if r[1] > r[0] and r[3] > r[2]]


def _quote_drift(
    source: AnalysedText,
    source_words: tuple[tuple[int, int], ...],
    target: AnalysedText,
    target_words: tuple[tuple[int, int], ...],
    ctx: DriftContext,
    found: list[Drift],
) -> list[Drift]:
    """The quotations of the target range that quote one of the source range with words replaced:
    one drift per replaced run, from the source's words to the target's (runs holding a fact
    already reported are left out)."""
    drifts: list[Drift] = []
    reported = [d.target_span for d in found]
    sources = [q for r in source_words for q in _quotations(source, r)]
    if not sources:
        return drifts
    for t_first, t_last in (q for r in target_words for q in _quotations(target, r)):
        t_quote = ctx.target_words[t_first:t_last]
        likeness, s_first, s_last = max(
            (Indel.normalized_similarity(ctx.source_words[a:b], t_quote), a, b) for a, b in sources
        )
        s_quote = ctx.source_words[s_first:s_last]
        if likeness < QUOTE_LIKENESS or s_quote == t_quote:
            continue
        for a0, a1, b0, b1 in _changed_runs(s_quote, t_quote):
            span_s = _chars(source, (s_first + a0, s_first + a1))
            span_t = _chars(target, (t_first + b0, t_first + b1))
            if any(a < span_t[1] and span_t[0] < b for a, b in reported):
                continue
            drifts.append(
                Drift(
                    kind="quote",
                    source=source.text[span_s[0] : span_s[1]],
                    target=target.text[span_t[0] : span_t[1]],
                    source_span=span_s,
                    target_span=span_t,
                )
            )
    return drifts
