"""Explicit parameters of every stage, passed around instead of globals.

Sketch parameters are saved with any index and checked when it is reopened:
signatures made with other parameters cannot be compared.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .errors import ParamsError


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ParamsError(f"parameter {name}={value!r} is out of range: use a value from {low} to {high}")


@dataclass(frozen=True, slots=True)
class SketchParams:
    """How documents are shingled and signed (MinHash) for candidate search."""

    shingle_size: int = 2  # words per shingle
    num_perm: int = 16  # MinHash permutations per sentence window
    seed: int = 1  # MinHash seed (datasketch-compatible)
    window: int = 2  # sentences per signed window
    lsh_threshold: float = 0.3  # Jaccard threshold of the LSH banding (16 permutations: 8 bands of 2 rows)

    def __post_init__(self) -> None:
        _check_range("shingle_size", self.shingle_size, 1, 8)
        _check_range("num_perm", self.num_perm, 8, 1024)
        _check_range("window", self.window, 1, 10)
        _check_range("lsh_threshold", self.lsh_threshold, 0.05, 0.95)

    def to_dict(self) -> dict[str, Any]:
        """The parameters as a plain dict (stored with an index)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CandidateParams:
    """Which documents sharing band keys are aligned."""

    min_hits: int = 2  # band keys a document must share with another to be its candidate
    max_postings: int = 1000  # band keys shared by more documents than this are stock text, ignored
    max_candidates: int = 30  # candidates aligned per document, best first

    def __post_init__(self) -> None:
        _check_range("min_hits", self.min_hits, 1, 1000)
        _check_range("max_postings", self.max_postings, 2, 10**9)
        _check_range("max_candidates", self.max_candidates, 1, 10**6)


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Thresholds of sentence seeding, passage extension and labelling."""

    seed_cosine: float = 0.33  # tf-isf cosine a sentence pair needs to seed
    seed_dice: float = 0.33  # word-set Dice a sentence pair needs to seed
    min_shared_weight: float = 2.5  # shared words, weighted by rarity in the pair (isf / log N)
    max_unit_words: int = 40  # a longer sentence is aligned as several units of at most this many words
    min_unit_words: int = 4  # shorter consecutive sentences are aligned joined into one unit
    max_gap: int = 4  # sentences a passage may skip on either side while extending
    verbatim_ratio: float = 100.0  # rapidfuzz ratio (0-100) of a link's folded words for "verbatim": word for word
    min_passage_words: int = 6  # passages with fewer target words are dropped
    min_share: float = 0.08  # an edge needs this share of the smaller text reused
    min_passage_chars: int = 150  # passages with a shorter target span are dropped
    passage_cosine: float = 0.34  # tf-isf cosine of a whole passage pair (else re-clustered, smaller gap)
    extend_cosine: float = 0.25  # a passage grows over the next unit pair as alike as this
    refine_gain: float = 0.003  # cosine gain that moves a passage end by one sentence (1: never)
    single_cosine: float = 0.6  # cosine a passage of one target sentence needs (unless verbatim or strong)
    strong_shared_weight: float = 10.0  # a seed sharing this much rare-word weight passes any length check
    summary_cosine: float = 0.2  # looser seeding of the summary pass (cosine and Dice)
    summary_dice: float = 0.2
    summary_sentences: int = 3  # target sentences a summary must seed
    summary_gap: int = 24  # source sentences a summary may skip
    summary_ratio: float = 3.0  # a summary's source span is this many times its target span
    summary_whole: float = 0.3  # a summary drawing on this share of the source summarises all of it
    summary_join_chars: int = 300  # neighbouring passages this close may form one passage or summary
    summary_join_ratio: float = 2.0  # ... a summary when their source span is this many times their target span
    summary_max_run: int = 50  # a passage holding an exact run of this many words is a copy, not a summary
    summary_window: int = 8  # most target sentences of a summary found by its likeness to the whole source
    summary_window_cosine: float = 0.45  # cosine with the whole source such a summary needs
    copy_cosine: float = 0.9  # beside a long verbatim copy, other passages need a sentence pair this close
    own_cosine: float = 0.12  # an unlinked target sentence inside a passage less alike than this to the source
    own_min_words: int = 12  # ... around it (and of this many words) is the outlet's own: the passage is cut there
    own_copy_score: float = 0.65  # ... when the passage is a copy: its links score this on average
    min_run_words: int = 8  # shortest exact word run that sets verbatim boundaries
    min_verbatim_words: int = 20  # shortest exact run reported on its own, outside any seed cluster
    exact_share: float = 0.5  # share of a passage's target in one exact block for exact boundaries
    min_shared_trigrams: int = 3  # candidate pairs of a trace/query sharing fewer word 3-grams are not aligned (0: all)
    # Bounds on one text's alignment work (a crawl's junk page must not stall a batch; what is left
    # out is reported by lineage.align.limits): the sentences starting within the first max_chars
    # characters, at most max_units units, and a sentence repeated more than max_repeats times aligned
    # only at its first max_repeats occurrences.
    max_chars: int = 400_000
    max_units: int = 3_000
    max_repeats: int = 10

    def __post_init__(self) -> None:
        _check_range("seed_cosine", self.seed_cosine, 0.0, 1.0)
        _check_range("seed_dice", self.seed_dice, 0.0, 1.0)
        _check_range("max_gap", self.max_gap, 0, 50)
        _check_range("max_unit_words", self.max_unit_words, 5, 100000)
        _check_range("min_unit_words", self.min_unit_words, 1, 1000)
        if self.min_unit_words > self.max_unit_words:
            raise ParamsError(
                f"min_unit_words={self.min_unit_words} exceeds max_unit_words={self.max_unit_words}: "
                "use a minimum no larger than the maximum"
            )
        _check_range("verbatim_ratio", self.verbatim_ratio, 50.0, 100.0)
        _check_range("min_share", self.min_share, 0.0, 1.0)
        _check_range("passage_cosine", self.passage_cosine, 0.0, 1.0)
        _check_range("refine_gain", self.refine_gain, 0.0, 1.0)
        _check_range("single_cosine", self.single_cosine, 0.0, 1.0)
        _check_range("summary_cosine", self.summary_cosine, 0.0, 1.0)
        _check_range("summary_dice", self.summary_dice, 0.0, 1.0)
        _check_range("summary_gap", self.summary_gap, 0, 200)
        _check_range("summary_ratio", self.summary_ratio, 1.0, 100.0)
        _check_range("summary_whole", self.summary_whole, 0.0, 1.0)
        _check_range("summary_join_ratio", self.summary_join_ratio, 1.0, 100.0)
        _check_range("summary_max_run", self.summary_max_run, 5, 10000)
        _check_range("summary_window", self.summary_window, 1, 100)
        _check_range("summary_window_cosine", self.summary_window_cosine, 0.0, 1.0)
        _check_range("own_cosine", self.own_cosine, 0.0, 1.0)
        _check_range("own_min_words", self.own_min_words, 1, 1000)
        _check_range("own_copy_score", self.own_copy_score, 0.0, 1.0)
        _check_range("min_run_words", self.min_run_words, 5, 1000)
        _check_range("min_verbatim_words", self.min_verbatim_words, 5, 1000)
        _check_range("exact_share", self.exact_share, 0.0, 1.0)
        _check_range("min_shared_trigrams", self.min_shared_trigrams, 0, 1000)
        _check_range("max_chars", self.max_chars, 1000, 10**9)
        _check_range("max_units", self.max_units, 10, 10**7)
        _check_range("max_repeats", self.max_repeats, 1, 10**6)


@dataclass(frozen=True, slots=True)
class AttributionParams:
    """Thresholds of attribution (:mod:`lineage.graph.attribution`); generic, not fitted to a data set.

    ``closer``: a candidate parent explains a sentence of the child better than another when
    the child's sentence is at most this fraction of the other's edit distance away (0.5: at
    least twice as close) and at least one character closer. ``essential_units``: material
    (sentences, each weighted by its squared similarity) that makes a second candidate a
    parent beside the first; half of it is the margin within which two candidates are tied.
    """

    closer: float = 0.5
    essential_units: float = 2.0


@dataclass(frozen=True, slots=True)
class MeaningParams:
    """Finding reuse by meaning (:mod:`lineage.graph.translations`): across languages, and of a
    credited agency's items.

    Candidates: articles in another language published before a child that share at least
    ``min_anchors`` of its facts (numbers, names; :mod:`lineage.candidates.anchors`), the
    ``max_candidates`` best by shared rarity; an anchor held by more than ``max_anchor_share``
    of the articles (and by more than 50) is stock and ignored.
    Alignment: the first ``max_sentences`` sentences of each side are embedded by a
    multilingual sentence encoder; sentence pairs at least ``threshold`` alike (cosine) are
    chained in the order of both texts (:mod:`lineage.align.meaning`). A pair is a translation
    when the chain holds at least ``min_sentences`` of the child's sentences and at least
    ``min_coverage`` of them. An article crediting an agency (in its opening or closing lines)
    is a candidate child of that agency's earlier items sharing its anchors too, in any
    language, and reuses one when the chain holds ``credited_sentences`` of its sentences (the
    credit says it drew on the agency; the chain says which item and which sentences), or, the
    chain holding fewer, when as many are ``threshold`` alike to sentences of the item in any
    order (:func:`lineage.align.meaning.align_credited`).
    ``enabled``: off skips the stage (no encoder is loaded).
    Within a derivation in one language, an unlinked sentence inside a passage is linked to
    the source stretch around it when ``gap_threshold`` alike, and is the outlet's own (the
    passage is cut there) when less than ``own_threshold`` alike (:mod:`lineage.align.gaps`); a
    target sentence under ``own_threshold`` alike is never half of a split either
    (:func:`lineage.align.meaning.bead_chain`).
    Rewrites in one language (``rewrites``): an article is also a candidate child of the earlier
    items of any agency and the earlier press releases (:mod:`lineage.text.releases`) in its
    language sharing its anchors (the ``max_candidates`` best). A
    pair where neither side replaces ``min_reworded`` of the other's vocabulary by synonyms
    (:mod:`lineage.text.synonyms`) is no rewrite and is not embedded. Otherwise the article
    rewrites the item when, along the chain, the share of the item's vocabulary its chained
    sentences keep plus ``synonym_weight`` times the share they replace by synonyms, plus
    ``reworded_weight`` times the share the whole article replaces, reaches ``rewrite_bar``
    (:func:`lineage.align.meaning.rewrite_score`). An independent account of the same event
    chains sentences too and uses synonyms by chance: weights and bar were set on the
    development families' heavy rewrites and hard negatives (benchmarks/README.md, "Rewrites
    judged sentence by sentence"). In a rewrite, a sentence the chain left out is linked to the
    source sentence left out it is most alike, in any order, when at least
    ``restated_threshold`` alike (:func:`lineage.align.meaning.align_rewrite`).
    A trace asks the same test (on the chain by meaning) of a pair the words' alignment joins
    by rewritten sentences only that cover at least ``rewrite_claim`` of either text, a claim
    of a whole rewrite, unless either credits the other's agency (:mod:`lineage.graph.rewrites`);
    the test is not asked across languages, nor of a source whose first content words the
    lexicon knows fewer than ``min_known`` of (a text of words no dictionary holds).
    In a derivation in one language, a sentence left unlinked is linked to the unlinked source
    sentence with which it shares ``anchored_min`` facts that each text writes in that sentence
    only, when the two are ``anchored_threshold`` alike, or one fact the source writes in that
    sentence only, when ``gap_threshold`` alike and the source's words are at least ``min_known``
    words of its language's word list (:mod:`lineage.align.anchored`).
    """

    enabled: bool = True
    min_anchors: int = 3
    max_candidates: int = 3
    max_anchor_share: float = 0.01
    max_sentences: int = 60
    threshold: float = 0.55
    min_sentences: int = 4
    min_coverage: float = 0.45
    credited_sentences: int = 3
    gap_threshold: float = 0.5
    own_threshold: float = 0.45
    rewrites: bool = True
    min_reworded: float = 0.035
    rewrite_bar: float = 0.515
    synonym_weight: float = 4.0
    reworded_weight: float = 3.0
    restated_threshold: float = 0.45
    rewrite_claim: float = 0.5
    anchored_min: int = 2
    anchored_threshold: float = 0.35
    min_known: float = 0.5

    def __post_init__(self) -> None:
        _check_range("min_anchors", self.min_anchors, 1, 1000)
        _check_range("max_candidates", self.max_candidates, 1, 1000)
        _check_range("max_anchor_share", self.max_anchor_share, 0.0, 1.0)
        _check_range("max_sentences", self.max_sentences, 1, 10_000)
        _check_range("threshold", self.threshold, -1.0, 1.0)
        _check_range("min_sentences", self.min_sentences, 1, 10_000)
        _check_range("min_coverage", self.min_coverage, 0.0, 1.0)
        _check_range("credited_sentences", self.credited_sentences, 1, 10_000)
        _check_range("gap_threshold", self.gap_threshold, -1.0, 1.0)
        _check_range("own_threshold", self.own_threshold, -1.0, 1.0)
        _check_range("min_reworded", self.min_reworded, 0.0, 1.0)
        _check_range("rewrite_bar", self.rewrite_bar, 0.0, 100.0)
        _check_range("synonym_weight", self.synonym_weight, 0.0, 1000.0)
        _check_range("reworded_weight", self.reworded_weight, 0.0, 1000.0)
        _check_range("restated_threshold", self.restated_threshold, -1.0, 1.0)
        _check_range("rewrite_claim", self.rewrite_claim, 0.0, 1.0)
        _check_range("anchored_min", self.anchored_min, 1, 1000)
        _check_range("anchored_threshold", self.anchored_threshold, -1.0, 1.0)
        _check_range("min_known", self.min_known, 0.0, 1.0)


@dataclass(frozen=True, slots=True)
class Params:
    """All parameters of a run."""

    sketch: SketchParams = field(default_factory=SketchParams)
    candidates: CandidateParams = field(default_factory=CandidateParams)
    align: AlignParams = field(default_factory=AlignParams)
    attribution: AttributionParams = field(default_factory=AttributionParams)
    meaning: MeaningParams = field(default_factory=MeaningParams)


def field_names(cls: type) -> tuple[str, ...]:
    """Names of a parameters dataclass's fields (for CLI and store checks)."""
    return tuple(f.name for f in fields(cls))
