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

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import sys
import time
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
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


def fanout(
    copies: int = 30, second: int = 5, seed: int = 5
) -> Iterator[tuple[dict[str, Any], tuple[str, str, str] | None]]:
    """One agency wire story picked up by ``copies`` outlets (verbatim copies that cut a sentence of
    their choice, light edits with their own small changes) and ``second`` copies of the light copies
    (each carrying its parent's edits plus its own), in publication order; yields ``(record, truth)``
    as :func:`generate` does. The attribution test and ``--fanout`` use it: a correct graph has one
    edge per copy, from the article it was copied from."""
    gen = Generator(seed)
    rng = gen.rng
    story = 1
    agency = rng.choice(AGENCIES)
    wire = Article(
        "w000",
        story,
        tuple(map(tuple, gen.body(story, 420))),
        agency,
        0.0,
        f"{rng.choice(CITIES)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} ({agency}) –",
    )
    made: list[tuple[Article, str | None, str | None]] = [(wire, None, None)]
    light: list[Article] = []
    for k in range(copies):
        sents = [list(x) for x in wire.sentences]
        if k % 2 == 0:
            del sents[rng.randrange(1, len(sents))]  # a verbatim copy cuts a sentence of its choice
            kind = "verbatim"
        else:
            sents = gen.light_edit(sents, story)
            kind = "light"
        art = Article(f"c{k:03d}", story, tuple(map(tuple, sents)), rng.choice(OUTLETS), 600.0 * (k + 1), None)
        made.append((art, wire.id, kind))
        if kind == "light":
            light.append(art)
    for k in range(second):
        parent = light[k % len(light)]
        sents = gen.light_edit([list(x) for x in parent.sentences], story)
        art = Article(f"s{k:03d}", story, tuple(map(tuple, sents)), rng.choice(OUTLETS), parent.published + 300.0, None)
        made.append((art, parent.id, "second"))
    made.sort(key=lambda m: (m[0].published, m[0].id))
    for art, parent_id, kind in made:
        record = {
            "story": art.story,
            "id": art.id,
            "text": render(art),
            "outlet": art.outlet,
            "published": _iso(art.published),
            "title": f"Notizia {art.id}",
        }
        yield record, (parent_id, art.id, kind) if parent_id is not None and kind is not None else None


# -- the benchmark -------------------------------------------------------------------------------------


def write_corpus(n: int, extra: int, work: Path, seed: int = 7) -> tuple[Path, Path]:
    """Write ``n + extra`` articles (JSONL) and their known derivations (TSV), once."""
    corpus = work / f"corpus-{n}-{extra}-{seed}.jsonl"
    truth = work / f"truth-{n}-{extra}-{seed}.tsv"
    if corpus.exists() and truth.exists():
        return corpus, truth
    work.mkdir(parents=True, exist_ok=True)
    tmp_c, tmp_t = corpus.with_suffix(".tmp"), truth.with_suffix(".tmp")
    start = time.perf_counter()
    with tmp_c.open("w", encoding="utf-8") as out, tmp_t.open("w", encoding="utf-8") as known:
        for k, (record, link) in enumerate(generate(n + extra, seed), start=1):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if link:
                known.write("\t".join(link) + "\n")
            if k % 50_000 == 0:
                print(f"  generated {k:,} articles ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    tmp_c.rename(corpus)
    tmp_t.rename(truth)
    return corpus, truth


def memory_of(pids: Iterable[int]) -> tuple[int, int]:
    """The summed PSS and RSS (bytes) of processes ``pids`` (those gone meanwhile are left out)."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return pss, rss


class PeakRSS:
    """Samples the memory of this process plus its children (worker processes) every second (reading smaps_rollup
    of a large process takes its memory map lock: sampling five times a second slowed ingest by ~20%).

    ``peak`` is the largest sum of PSS (proportional set size: a page shared by k processes
    counts 1/k in each, so forked workers sharing the parent's index are not counted twice);
    ``peak_rss`` the largest sum of RSS, which counts shared pages once per process.
    """

    def __init__(self) -> None:
        import threading

        self.peak = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> tuple[int, int]:
        me = os.getpid()
        family = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if int(entry) == me or ppid == me:
                family.append(int(entry))
        return memory_of(family)

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            pss, rss = self._sample()
            self.peak = max(self.peak, pss)
            self.peak_rss = max(self.peak_rss, rss)

    def __enter__(self) -> PeakRSS:
        self.peak, self.peak_rss = self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def datasketch_rate(texts: list[str], num_perm: int, seed: int, window: int, batch: bool = False) -> float:
    """Articles/s of the plain datasketch path on one core: the same sentences, content words and
    word-bigram shingles, one ``MinHash.update`` per shingle (``update_batch`` per sentence when
    ``batch``), windows merged from sentences."""
    import re

    from datasketch import MinHash

    from lineage.candidates.signing import PREFIX, STOPWORDS

    empty = MinHash(num_perm=num_perm, seed=seed)  # permutations made once, copied per sentence
    sentence_end = re.compile(r"(?<=[.!?])[\"'”’»)]*\s+|\n")
    word = re.compile(r"\w+")
    start = time.perf_counter()
    for text in texts:
        sentences = []
        for s in sentence_end.split(text):
            words = [w[:PREFIX] for w in word.findall(s.lower()) if len(w) > 1 and w not in STOPWORDS]
            if len(words) < 2:
                continue
            m = empty.copy()
            if batch:
                m.update_batch([f"{a} {b}".encode() for a, b in itertools.pairwise(words)])
            else:
                for a, b in itertools.pairwise(words):
                    m.update(f"{a} {b}".encode())
            sentences.append(m)
        for k in range(max(len(sentences) - window + 1, 0)):
            w = sentences[k].copy()
            for other in sentences[k + 1 : k + window]:
                w.merge(other)
    return len(texts) / (time.perf_counter() - start)


def fast_rate(texts: list[str], signer: Any) -> float:
    """Articles/s of lineage's batch signer on one core (same articles)."""
    from lineage.candidates.signing import sign_texts

    start = time.perf_counter()
    for lo in range(0, len(texts), 2000):
        sign_texts(texts[lo : lo + 2000], signer)
    return len(texts) / (time.perf_counter() - start)


def ingest(n: int, db: Path, head: Path, workers: int, out: dict[str, Any]) -> list[str]:
    """Ingest ``head`` into a fresh store ``db`` and time the datasketch path (figures into ``out``);
    returns the sample of texts used."""
    from lineage.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    # Ingest, end to end: read JSONL, parse, sign, store, commit.
    with PeakRSS() as rss, open_store(db) as store:
        result = store.add_paths([head], workers=workers)
    with open_store(db, readonly=True) as store:
        stats = store.stats()
    out.update(
        ingest_seconds=result.seconds,
        ingest_rate=result.added / result.seconds,
        ingest_peak_pss=rss.peak,
        ingest_peak_rss_sum=rss.peak_rss,
        added=result.added,
        store_bytes=stats.file_bytes,
        text_bytes=stats.text_bytes,
        store_bytes_per_article_beyond_text=stats.bytes_per_document,
        band_entries_per_article=stats.band_entries / max(stats.documents, 1),
        segments=stats.segments,
    )
    beyond = out["store_bytes_per_article_beyond_text"]
    print(f"  ingest {out['ingest_rate']:,.0f} articles/s, store {beyond:,.0f} B/article beyond text", file=sys.stderr)

    # The plain datasketch path and the batch signer on the same articles (one core each).
    sample = []
    with head.open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k >= 3000:
                break
            sample.append(json.loads(line)["text"])
    with open_store(db, readonly=True) as store:
        signer = store.signer
        params = store.params
    datasketch_rate(sample[:10], params.num_perm, params.seed, params.window)  # imports, warm-up
    out["datasketch_rate_1core"] = datasketch_rate(sample[:600], params.num_perm, params.seed, params.window)
    out["datasketch_update_batch_rate_1core"] = datasketch_rate(
        sample[:1500], params.num_perm, params.seed, params.window, batch=True
    )
    out["fast_sign_rate_1core"] = fast_rate(sample, signer)
    out["ratio_ingest_vs_datasketch"] = out["ingest_rate"] / out["datasketch_rate_1core"]
    out["ratio_sign_vs_datasketch_1core"] = out["fast_sign_rate_1core"] / out["datasketch_rate_1core"]
    out["ratio_ingest_vs_datasketch_update_batch"] = out["ingest_rate"] / out["datasketch_update_batch_rate_1core"]
    return sample


def run(
    n: int,
    work: Path,
    queries: int,
    trace_sample: int | None,
    workers: int,
    seed: int,
    ingest_only: bool = False,
    query_only: bool = False,
) -> dict[str, Any]:
    """Ingest, measure, query and trace one corpus size (only ingest and the datasketch path with
    ``ingest_only``; only candidates and queries of the store of an earlier run with
    ``query_only``); returns the figures."""
    from lineage.models import Document
    from lineage.store import open_store

    corpus, truth_path = write_corpus(n, queries, work, seed)
    head = work / f"head-{n}-{seed}.jsonl"
    if not head.exists():
        with corpus.open("rb") as src, head.with_suffix(".tmp").open("wb") as dst:
            for k, line in enumerate(src):
                if k >= n:
                    break
                dst.write(line)
        head.with_suffix(".tmp").rename(head)
    db = work / f"store-{n}.db"
    out: dict[str, Any] = {"n": n, "workers": workers, "load_before": os.getloadavg()[0]}
    if query_only:
        if not db.exists():
            raise SystemExit(f"{db}: no store of an earlier run: run without --query-only first")
        with open_store(db, readonly=True) as store:
            sample = [store.document(f"a{k:07d}").text for k in range(3)]
    else:
        sample = ingest(n, db, head, workers, out)

    if ingest_only:
        out["load_after"] = os.getloadavg()[0]
        return out

    # Known derivations and families (articles sharing an ancestor).
    truth = [line.rstrip("\n").split("\t") for line in truth_path.open(encoding="utf-8")]
    parent_of = {c: p for p, c, _ in truth}

    def root(x: str) -> str:
        while x in parent_of:
            x = parent_of[x]
        return x

    stored_truth = [(p, c, k) for p, c, k in truth if int(c[1:]) < n]
    rng = random.Random(1)
    probe_truth = stored_truth if len(stored_truth) <= 5000 else rng.sample(stored_truth, 5000)
    texts: dict[str, str] = {}
    wanted = {c for _, c, _ in probe_truth}
    precision_ids = {f"a{rng.randrange(n):07d}" for _ in range(min(n, 3000))}
    wanted |= precision_ids
    in_truth = {x for p, c, _ in stored_truth for x in (p, c)}
    keys: dict[str, str] = {}  # body_key of every article of a known derivation
    with head.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["text"]
            if record["id"] in in_truth:
                keys[record["id"]] = body_key(record["text"])
    queries_docs = []
    with corpus.open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k >= n:
                record = json.loads(line)
                queries_docs.append(Document(record["id"], record["text"], published=record["published"]))

    with PeakRSS() as rss, open_store(db, readonly=True) as store:
        store.candidates(Document("warm", sample[0]))
        cold_sample = []
        for doc in queries_docs[:200]:
            t0 = time.perf_counter()
            store.candidates(doc)
            cold_sample.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        store.preload()
        out["preload_seconds"] = time.perf_counter() - t0
        # Candidate recall per derivation kind.
        found: dict[str, list[bool]] = {}
        for p, c, kind in probe_truth:
            ids = {x.id for x in store.candidates(Document(c, texts[c]))}
            found.setdefault(kind, []).append(p in ids)
        out["recall"] = {k: sum(v) / len(v) for k, v in sorted(found.items())}
        out["recall_pairs"] = {k: len(v) for k, v in sorted(found.items())}
        # Candidate precision on random articles: direct derivations, and pairs of one family.
        direct = related = total = 0
        for doc_id in sorted(precision_ids):
            for cand in store.candidates(Document(doc_id, texts[doc_id])):
                total += 1
                pair_direct = parent_of.get(doc_id) == cand.id or parent_of.get(cand.id) == doc_id
                direct += pair_direct
                related += pair_direct or root(doc_id) == root(cand.id)
        out["candidates_per_article"] = total / len(precision_ids)
        out["precision_direct"] = direct / total if total else 1.0
        out["precision_family"] = related / total if total else 1.0
        # Latency of new articles: candidate lookup reading only the blocks needed (a one-shot
        # `lineage query`), then with the index held in memory (a service, a trace), then the
        # full query (lookup and alignment with every candidate).
        cold = cold_sample
        lookup, full = [], []
        for doc in queries_docs:
            t0 = time.perf_counter()
            store.candidates(doc)
            lookup.append(time.perf_counter() - t0)
        # The first query with candidates loads the compiled screen and scoring kernels (numba): once a process.
        warm = Document("warm-query", texts[next(iter(sorted(precision_ids)))])
        t0 = time.perf_counter()
        store.query(warm)
        out["first_query_ms"] = 1000 * (time.perf_counter() - t0)
        for doc in queries_docs[: min(len(queries_docs), 200)]:
            t0 = time.perf_counter()
            store.query(doc)
            full.append(time.perf_counter() - t0)
        # The same queries with their candidates aligned in worker processes (a query service).
        parallel = []
        if workers > 1:
            store.start_query_workers(workers)
            store.query(warm)
            for doc in queries_docs[: min(len(queries_docs), 200)]:
                t0 = time.perf_counter()
                store.query(doc)
                parallel.append(time.perf_counter() - t0)
    out["cold_lookup_ms_p50"] = 1000 * float(np.percentile(cold, 50))
    out["cold_lookup_ms_p99"] = 1000 * float(np.percentile(cold, 99))
    out["query_peak_pss"] = rss.peak
    out["query_peak_rss_sum"] = rss.peak_rss
    out["lookup_ms_p50"] = 1000 * float(np.percentile(lookup, 50))
    out["lookup_ms_p99"] = 1000 * float(np.percentile(lookup, 99))
    out["query_ms_p50"] = 1000 * float(np.percentile(full, 50))
    out["query_ms_p99"] = 1000 * float(np.percentile(full, 99))
    if parallel:
        out["query_workers_ms_p50"] = 1000 * float(np.percentile(parallel, 50))
        out["query_workers_ms_p99"] = 1000 * float(np.percentile(parallel, 99))
    print(f"  recall {out['recall']}, lookup p99 {out['lookup_ms_p99']:.1f} ms", file=sys.stderr)
    if query_only:
        out["load_after"] = os.getloadavg()[0]
        return out

    # Trace: every article (or, with --trace-sample, the last K as new articles against the rest).
    import sqlite3

    if trace_sample is not None and trace_sample < n:
        conn = sqlite3.connect(db)
        conn.execute("UPDATE documents SET traced = 1 WHERE num <= ?", (n - trace_sample,))
        conn.commit()
        conn.close()
    with PeakRSS() as rss, open_store(db) as store:
        traced = store.trace(workers=workers)
        stats = store.stats()
    if trace_sample is None or trace_sample >= n:
        t0 = time.perf_counter()
        with open_store(db, readonly=True) as store:
            graph = store.graph()
        out["graph_seconds"] = time.perf_counter() - t0  # reading the edges and attributing every child
        out["attribution"] = attribution_report(
            {(e.source, e.target) for e in graph.edges}, stored_truth, keys, undetermined_names(graph.edges)
        )
        print(f"  attribution {out['attribution']}", file=sys.stderr)
    out.update(
        trace_articles=traced.documents,
        trace_pairs=traced.pairs,
        trace_edges=traced.edges,
        trace_seconds=traced.seconds,
        trace_peak_pss=rss.peak,
        trace_peak_rss_sum=rss.peak_rss,
        store_bytes_after_trace=stats.file_bytes,
        store_bytes_per_article_beyond_text_after_trace=stats.bytes_per_document,
        load_after=os.getloadavg()[0],
    )
    print(f"  trace {traced.documents:,} articles, {traced.pairs:,} pairs in {traced.seconds:.0f} s", file=sys.stderr)
    return out


_DATELINE = re.compile(r"^[^\n(),]{1,40}, \d{1,2} [^\s()]+ \([^()\n]{1,40}\) – ")  # as generate() writes it


def body_key(text: str) -> str:
    """A text without the agency dateline :func:`render` puts first (copies drop it): two articles
    with the same key carry the same text as far as a copy of either could show."""
    return hashlib.blake2b(_DATELINE.sub("", text, count=1).encode("utf-8"), digest_size=16).hexdigest()


def undetermined_names(edges: Iterable[Any]) -> dict[tuple[str, str], tuple[str, ...]]:
    """For each edge whose attribution is ``undetermined``, the other candidates it names (the
    tied parents drawn too and the set-aside candidates carrying the same text): lineage's own
    statement that the text cannot tell which of them the child copied."""
    return {
        (e.source, e.target): (*e.attribution.alternatives, *e.attribution.equivalent)
        for e in edges
        if e.attribution is not None and e.attribution.status == "undetermined"
    }


def attribution_report(
    edges: set[tuple[str, str]],
    truth: Sequence[Sequence[str]],
    keys: Mapping[str, str] | None = None,
    named: Mapping[tuple[str, str], Collection[str]] | None = None,
) -> dict[str, Any]:
    """Edges against the known derivations: recall per kind, and the edges that are not derivations:
    ``sibling`` (the two share an ancestor, neither descends from the other), ``skipped`` (an
    ancestor to a descendant two or more generations down, or the reverse), ``reversed`` and
    ``unrelated``.

    With ``keys`` (:func:`body_key` of every article of the truth): a skipped edge whose
    intermediate articles each carry exactly their parent's text (a copy of an unchanged copy)
    is counted apart as ``skipped_undecidable``: no text can tell which of them the descendant
    copied, so the grandparent is as right as the parent; ``skipped_decidable`` are the others,
    and ``recall_decidable`` is recall over the derivations whose parent is not an unchanged
    copy of its own parent. The key is computed here from the corpus, not from lineage's output.

    With ``named`` (:func:`undetermined_names` of lineage's edges): a skipped edge whose attribution
    is ``undetermined`` and names the child's true parent is counted apart as
    ``skipped_undetermined`` (lineage says which candidates it cannot tell apart, the right one
    among them); ``skipped_asserted`` are the skipped edges lineage attributes outright;
    ``recall_drawn_or_named`` counts a derivation found when its edge is drawn or an undetermined
    attribution into the child names its parent."""
    parent_of = {c: p for p, c, _ in truth}

    def ancestors(x: str) -> list[str]:
        chain = []
        while x in parent_of:
            x = parent_of[x]
            chain.append(x)
        return chain

    def unchanged(x: str) -> bool:  # x carries exactly its parent's text
        if keys is None or x not in parent_of:
            return False
        mine, theirs = keys.get(x), keys.get(parent_of[x])
        return mine is not None and mine == theirs

    known = {(p, c) for p, c, _ in truth}
    found: dict[str, list[bool]] = {}
    decidable: dict[str, list[bool]] = {}
    for p, c, kind in truth:
        found.setdefault(kind, []).append((p, c) in edges)
        if not unchanged(p):
            decidable.setdefault(kind, []).append((p, c) in edges)
    counts = {"sibling": 0, "skipped": 0, "reversed": 0, "unrelated": 0}
    undecidable = 0
    undetermined = 0
    for a, b in edges - known:
        if (b, a) in known:
            counts["reversed"] += 1
        elif a in ancestors(b) or b in ancestors(a):
            counts["skipped"] += 1
            undetermined += named is not None and parent_of.get(b) in named.get((a, b), ())
            older, younger = (a, b) if a in ancestors(b) else (b, a)
            chain = ancestors(younger)
            undecidable += all(unchanged(m) for m in chain[: chain.index(older)])
        elif {*ancestors(a), a} & {*ancestors(b), b}:
            counts["sibling"] += 1
        else:
            counts["unrelated"] += 1
    out: dict[str, Any] = {
        "edges": len(edges),
        "recall": {k: round(sum(v) / len(v), 4) for k, v in sorted(found.items())},
        **counts,
    }
    if keys is not None:
        out["skipped_undecidable"] = undecidable
        out["skipped_decidable"] = counts["skipped"] - undecidable
        out["recall_decidable"] = {k: round(sum(v) / len(v), 4) for k, v in sorted(decidable.items())}
    if named is not None:
        out["undetermined_edges"] = len(named)
        out["skipped_undetermined"] = undetermined
        out["skipped_asserted"] = counts["skipped"] - undetermined
        naming = {(x, c) for (_, c), others in named.items() for x in others}
        drawn_or_named: dict[str, list[bool]] = {}
        for p, c, kind in truth:
            drawn_or_named.setdefault(kind, []).append((p, c) in edges or (p, c) in naming)
        out["recall_drawn_or_named"] = {k: round(sum(v) / len(v), 4) for k, v in sorted(drawn_or_named.items())}
    return out


def fanout_report(copies: int = 30, second: int = 5) -> dict[str, Any]:
    """The fan-out case (:func:`fanout`) traced at once and with the wire stored after its copies."""
    import tempfile

    from lineage import trace
    from lineage.models import Document
    from lineage.store import open_store, trace_store

    made = list(fanout(copies, second))
    docs = [Document(r["id"], r["text"], outlet=r["outlet"], published=r["published"]) for r, _ in made]
    truth = [t for _, t in made if t]
    keys = {r["id"]: body_key(r["text"]) for r, _ in made}
    t0 = time.perf_counter()
    once = trace(docs, workers=1)
    seconds = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fanout.db"
        with open_store(db) as store:
            store.add_documents(docs[1:], workers=1)
            store.trace(workers=1)
            store.add_documents(docs[:1], workers=1)
            store.trace(workers=1)
        late = trace_store(db)
    return {
        "articles": len(docs),
        "seconds": round(seconds, 2),
        "one_shot": attribution_report(
            {(e.source, e.target) for e in once.edges}, truth, keys, undetermined_names(once.edges)
        ),
        "wire_stored_last": attribution_report(
            {(e.source, e.target) for e in late.edges}, truth, keys, undetermined_names(late.edges)
        ),
    }


def retrace(n: int, work: Path, trace_sample: int, workers: int) -> dict[str, Any]:
    """Trace again the last ``trace_sample`` articles of an existing store (their edges removed)."""
    import sqlite3

    from lineage.store import open_store

    db = work / f"store-{n}.db"
    conn = sqlite3.connect(db)
    first = n - trace_sample
    conn.execute("DELETE FROM edges WHERE source > ? OR target > ?", (first, first))
    conn.execute("UPDATE documents SET traced = (num <= ?)", (first,))
    conn.commit()
    conn.close()
    with PeakRSS() as rss, open_store(db) as store:
        traced = store.trace(workers=workers)
    return {
        "n": n,
        "trace_articles": traced.documents,
        "trace_pairs": traced.pairs,
        "trace_edges": traced.edges,
        "trace_seconds": traced.seconds,
        "trace_peak_pss": rss.peak,
        "trace_peak_rss_sum": rss.peak_rss,
        "load": os.getloadavg()[0],
    }


def main() -> None:
    """Command line: sizes to run, where to keep corpora and stores."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 10000)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/lineage-scale"))
    parser.add_argument("--queries", type=int, default=1000, help="new articles queried against the store")
    parser.add_argument("--trace-sample", type=int, help="trace only the last K articles (the rest counted as traced)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--generate-only", action="store_true", help="only write the corpora")
    parser.add_argument("--fanout", action="store_true", help="only the fan-out case (one wire, 30 copies, 5 second)")
    parser.add_argument("--retrace", action="store_true", help="only trace the last --trace-sample articles again")
    parser.add_argument("--ingest-only", action="store_true", help="only ingest and time the datasketch path")
    parser.add_argument(
        "--query-only", action="store_true", help="only candidates and queries, on the store of an earlier run"
    )
    args = parser.parse_args()
    if args.fanout:
        print(json.dumps(fanout_report(), indent=2))
        return
    for n in args.n or [10_000]:
        if args.generate_only:
            print(write_corpus(n, args.queries, args.work, args.seed))
            continue
        if args.retrace:
            print(json.dumps(retrace(n, args.work, args.trace_sample or n, args.workers), indent=2))
            continue
        print(f"N = {n:,}", file=sys.stderr)
        figures = run(
            n, args.work, args.queries, args.trace_sample, args.workers, args.seed, args.ingest_only, args.query_only
        )
        name = f"ingest-{n}.json" if args.ingest_only else f"query-{n}.json" if args.query_only else f"results-{n}.json"
        (args.work / name).write_text(json.dumps(figures, indent=2), encoding="utf-8")
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
