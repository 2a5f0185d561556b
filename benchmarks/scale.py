"""Corpus-scale benchmark: a synthetic Italian-like news corpus with known derivations.

Generates N articles (Zipfian vocabulary, 300-800 words, stories that share
names and topic words) where some articles derive from earlier ones:
verbatim copies, light edits, heavy rewrites, partial reuse inside new
articles and second-generation copies (a copy of a copy). Then it measures,
on a fresh store: ingest rate, peak RSS, store size, query latency, trace
time, and candidate recall/precision against the known derivations; it also
times the plain datasketch path (``MinHash.update`` per shingle) on the same
articles and prints the ratio.

    .venv/bin/python benchmarks/scale.py --n 10000 --n 100000
    .venv/bin/python benchmarks/scale.py --n 1000000 --trace-sample 3000

Generated corpora are cached under ``--work`` (default ``/tmp/lineage-scale``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

KINDS = ("verbatim", "light", "heavy", "partial", "second")
# Share of the corpus per derivation kind; the rest are original articles.
MIX = {"verbatim": 0.05, "light": 0.06, "heavy": 0.06, "partial": 0.06, "second": 0.05}

FUNCTION_WORDS = (
    "di e il la che a in per un del non è una da le si con al i della dei gli ha sono "
    "più come anche ma alla nel delle dal lo se su nella questo o ad sul tra fra degli ci "
    "già stato ancora quando essere dopo sulla cui loro tutti ogni molto oggi stata dalla "
    "hanno può prima contro secondo mentre però sua suo nei alle negli sia quindi tutto "
    "così poi dove ne nelle quali quello questa fatto cosa ora solo sempre anni tre due"
).split()
_SYLLABLES = (
    "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu "
    "ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu "
    "va ve vi vo za zo bra pre tri pro stra cle gli gno sce chi"
).split()
_ENDINGS = "o a i e are ato ata ione ioni ità mente ista isti ale ali ore ori ente enti ezza".split()
OUTLETS = tuple(f"Outlet{k:02d}" for k in range(40))
AGENCIES = ("ANSA", "Adnkronos", "askanews", "AGI", "LaPresse", "Italpress")
CITIES = ("ROMA", "MILANO", "NAPOLI", "TORINO", "FIRENZE", "BOLOGNA", "PALERMO", "GENOVA", "BARI", "VENEZIA")
MONTHS = ("gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic.")

Sentence = list[str]


@dataclass(frozen=True, slots=True)
class Article:
    """A generated article as sentences of tokens (punctuation tokens included)."""

    id: str
    story: int
    sentences: tuple[tuple[str, ...], ...]
    outlet: str
    published: float  # seconds since the corpus epoch
    dateline: str | None


class Generator:
    """Deterministic generator of an Italian-like news corpus with known derivations."""

    def __init__(self, seed: int = 7, vocabulary: int = 60_000, exponent: float = 1.05) -> None:
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        syllables = np.array(_SYLLABLES, dtype=object)
        endings = np.array(_ENDINGS, dtype=object)
        words: set[str] = set()
        while len(words) < vocabulary:
            m = vocabulary * 2
            parts = syllables[self.np.integers(0, len(_SYLLABLES), (m, 3))]
            count = self.np.choice((1, 2, 2, 3), m)
            stems = np.where(count == 1, parts[:, 0], parts[:, 0] + parts[:, 1])
            stems = np.where(count == 3, stems + parts[:, 2], stems)
            for w in (stems + endings[self.np.integers(0, len(_ENDINGS), m)]).tolist():
                if len(words) < vocabulary:
                    words.add(w)
        self.content = sorted(words)
        self.rng.shuffle(self.content)
        ranks = np.arange(1, vocabulary + 1, dtype=np.float64)
        weights = (ranks + 50.0) ** -exponent  # Zipf-Mandelbrot: the head is in FUNCTION_WORDS
        self.cdf = np.cumsum(weights / weights.sum())
        fw = np.arange(1, len(FUNCTION_WORDS) + 1, dtype=np.float64) ** -0.9
        self.fcdf = np.cumsum(fw / fw.sum())
        self.stories: dict[int, tuple[list[str], list[str]]] = {}
        self.vocabulary = self.content + list(FUNCTION_WORDS)
        pool = np.minimum(np.searchsorted(self.fcdf, self.np.random(1 << 16)), len(FUNCTION_WORDS) - 1)
        self.function_pool = [FUNCTION_WORDS[i] for i in pool.tolist()]

    # -- words ----------------------------------------------------------------------------------
    def synonym(self, word: str) -> str:
        """Another word of similar frequency (a rewrite's word choice)."""
        return self.content[self.rng.randrange(len(self.content) // 4)]

    def function_word(self) -> str:
        """A function word drawn by frequency."""
        return self.function_pool[int(self.rng.random() * len(self.function_pool))]

    def story(self, story: int) -> tuple[list[str], list[str]]:
        """Topic words and proper names shared by every article of a story."""
        found = self.stories.get(story)
        if found is None:
            topic = [self.content[self.rng.randrange(100, 20_000)] for _ in range(25)]
            names = [self.content[self.rng.randrange(5000)].capitalize() for _ in range(6)]
            found = (topic, names)
            self.stories[story] = found
            if len(self.stories) > 20_000:
                self.stories.pop(next(iter(self.stories)))
        return found

    def sentence(self, story: int) -> Sentence:
        """One new sentence of a story."""
        return self.body(story, 1)[0]

    def body(self, story: int, words: int) -> list[Sentence]:
        """New sentences of a story totalling about ``words`` words: function and content
        words, the story's topic words and names, numbers and commas."""
        topic, names = self.story(story)
        lengths = self.np.integers(8, 33, words // 8 + 2)
        lengths = lengths[: int(np.searchsorted(np.cumsum(lengths), words)) + 1]
        n = int(lengths.sum())
        r = self.np.random(n)
        ids = np.minimum(np.searchsorted(self.cdf, self.np.random(n)), len(self.content) - 1)
        func = r < 0.45
        ids[func] = len(self.content) + np.minimum(
            np.searchsorted(self.fcdf, self.np.random(int(func.sum()))), len(FUNCTION_WORDS) - 1
        )
        words_list = [self.vocabulary[i] for i in ids.tolist()]
        special = np.flatnonzero((r >= 0.45) & (r < 0.59)).tolist()
        rs = r.tolist()
        for k in special:
            if rs[k] < 0.53:
                words_list[k] = topic[k % len(topic)]
            elif rs[k] < 0.57:
                words_list[k] = names[k % len(names)]
            else:
                words_list[k] = str(k * 37 % 1999 + 2)
        for k in np.flatnonzero(self.np.random(n) < 0.05).tolist():
            words_list[k] += ","
        out: list[Sentence] = []
        at = 0
        for length in lengths.tolist():
            s = words_list[at : at + length]
            at += length
            s[0] = s[0].capitalize()
            s[-1] = s[-1].rstrip(",")
            out.append(s)
        return out

    # -- derivations -----------------------------------------------------------------------------
    def light_edit(self, sentences: list[Sentence], story: int) -> list[Sentence]:
        """A few words changed in some sentences, a sentence dropped or added."""
        out = []
        for s in sentences:
            s = list(s)
            if self.rng.random() < 0.35:
                for _ in range(self.rng.randint(1, 2)):
                    k = self.rng.randrange(len(s))
                    if s[k] not in FUNCTION_WORDS:
                        s[k] = self.synonym(s[k])
                    elif len(s) > 6:
                        del s[k]
            out.append(s)
        if len(out) > 6 and self.rng.random() < 0.5:
            del out[self.rng.randrange(1, len(out))]
        if self.rng.random() < 0.5:
            out.append(self.sentence(story))
        return out

    def heavy_rewrite(self, sentences: list[Sentence], story: int) -> list[Sentence]:
        """Most sentences reworded: 40% of content words and 30% of function words changed,
        clauses swapped, sentences merged, split, reordered, dropped and added."""
        out: list[Sentence] = []
        for s in sentences:
            if self.rng.random() < 0.15:
                continue
            new: Sentence = []
            for w in s:
                r = self.rng.random()
                if w.lower() in FUNCTION_WORDS:
                    if r < 0.15:
                        continue
                    new.append(self.function_word() if r < 0.3 else w.lower())
                    if r > 0.9:
                        new.append(self.function_word())
                elif r < 0.4:
                    new.append(self.synonym(w))
                else:
                    new.append(w)
            if len(new) > 10 and self.rng.random() < 0.3:
                cut = len(new) // 2
                new = [*new[cut:-1], new[-1] + ",", *new[:cut]]
            new = [w for w in new if w] or ["notizia"]
            new[0] = new[0].capitalize()
            out.append(new)
        merged: list[Sentence] = []
        for s in out:
            if merged and self.rng.random() < 0.12:
                first = s[0].lower() if s[0].lower() in FUNCTION_WORDS else s[0]
                merged[-1] = [*merged[-1], "e", first, *s[1:]]
            elif len(s) > 20 and self.rng.random() < 0.1:
                cut = len(s) // 2
                tail = s[cut:]
                tail[0] = tail[0].capitalize()
                merged.extend([s[:cut], tail])
            else:
                merged.append(s)
        for k in range(len(merged) - 1):
            if self.rng.random() < 0.15:
                merged[k], merged[k + 1] = merged[k + 1], merged[k]
        for _ in range(max(1, len(merged) // 4)):
            merged.insert(self.rng.randrange(len(merged) + 1), self.sentence(story))
        return merged

    def partial(self, sentences: list[Sentence], story: int) -> list[Sentence]:
        """A new article embedding a block of 30-60% of the source's sentences, some edited."""
        share = self.rng.uniform(0.3, 0.6)
        k = max(3, int(len(sentences) * share))
        start = self.rng.randrange(max(1, len(sentences) - k + 1))
        block = sentences[start : start + k]
        block = [s if self.rng.random() < 0.5 else self.light_edit([s], story)[0] for s in block]
        own = self.body(story, self.rng.randint(200, 450))
        cut = self.rng.randint(1, max(1, len(own) - 1))
        return own[:cut] + block + own[cut:]


def render(article: Article) -> str:
    """The article's text: dateline, paragraphs of 2-4 sentences, sometimes a footer."""
    parts: list[str] = []
    for s in article.sentences:
        parts.append(" ".join(s).rstrip(",") + ".")
    paragraphs = []
    k = 0
    while k < len(parts):
        step = 2 + (k + len(article.id)) % 3
        paragraphs.append(" ".join(parts[k : k + step]))
        k += step
    text = "\n\n".join(paragraphs)
    if article.dateline:
        text = f"{article.dateline} {text}"
    return text


def _iso(seconds: float) -> str:
    day = 1 + int(seconds // 86_400)
    rest = int(seconds % 86_400)
    month, dom = 1 + (day - 1) // 28 % 12, 1 + (day - 1) % 28
    year = 2024 + (day - 1) // 336
    return f"{year:04d}-{month:02d}-{dom:02d}T{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}+00:00"


def generate(n: int, seed: int = 7) -> Iterator[tuple[dict[str, Any], tuple[str, str, str] | None]]:
    """Yield ``(record, truth)`` for ``n`` articles; truth is ``(parent, child, kind)`` or None."""
    gen = Generator(seed)
    rng = gen.rng
    recent: list[Article] = []  # candidate parents (a sliding window keeps memory bounded)
    derived: list[Article] = []
    clock = 0.0
    thresholds = []
    acc = 0.0
    for kind in KINDS:
        acc += MIX[kind]
        thresholds.append((acc, kind))
    story = 0
    for i in range(n):
        clock += 40.0
        doc_id = f"a{i:07d}"
        r = rng.random()
        kind = next((k for t, k in thresholds if r < t), None)
        if kind == "second" and not derived:
            kind = "verbatim"
        if kind is not None and not recent:
            kind = None
        truth = None
        outlet = rng.choice(OUTLETS)
        if kind is None:
            if rng.random() < 0.3 or story == 0:
                story += 1
            s = rng.randint(max(1, story - 50), story)
            agency = rng.random() < 0.4
            dateline = None
            if agency:
                outlet = rng.choice(AGENCIES)
                dateline = f"{rng.choice(CITIES)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} ({outlet}) –"
            art = Article(doc_id, s, tuple(map(tuple, gen.body(s, rng.randint(300, 780)))), outlet, clock, dateline)
            recent.append(art)
            if len(recent) > 3000:
                recent.pop(0)
        else:
            parent = rng.choice(derived[-2000:]) if kind == "second" else rng.choice(recent)
            sents = [list(x) for x in parent.sentences]
            if kind == "verbatim":
                new = sents
            elif kind == "light":
                new = gen.light_edit(sents, parent.story)
            elif kind == "heavy":
                new = gen.heavy_rewrite(sents, parent.story)
            elif kind == "partial":
                new = gen.partial(sents, parent.story)
            else:
                new = gen.light_edit(sents, parent.story) if rng.random() < 0.5 else sents
            art = Article(doc_id, parent.story, tuple(map(tuple, new)), outlet, clock, None)
            derived.append(art)
            if len(derived) > 4000:
                derived.pop(0)
            truth = (parent.id, doc_id, kind)
        record = {
            "story": art.story,
            "id": doc_id,
            "text": render(art),
            "outlet": art.outlet,
            "published": _iso(art.published),
            "title": f"Notizia {doc_id}",
        }
        yield record, truth
