"""Text analysis: sentences and folded, stemmed words of a text, every offset kept.

Nothing here loses the way back to the original text: words and sentences carry
``(start, end)`` offsets into the string they were read from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..models import Sentence, Span
from .fold import fold_word, lowercase
from .language import detect_language
from .sentences import code_points, sentence_bounds
from .stems import stem_table
from .words import vocabulary, word_bounds

IntArray = npt.NDArray[np.int64]

LANGUAGE_WORDS = 25  # most frequent distinct words given to the language identifier


def _gather(vocab: tuple[str, ...], ids: IntArray) -> tuple[str, ...]:
    """``vocab[i]`` for every id (gathered by numpy from an object array: a third of the time of
    mapping the ids one by one)."""
    table = np.empty(len(vocab), dtype=object)
    table[:] = vocab
    return tuple(table[ids].tolist())


@dataclass(frozen=True, slots=True, eq=False)
class AnalysedText:
    """A text segmented into sentences and normalised words, offsets kept.

    Words are stored as arrays: word ``i`` spans ``text[word_starts[i]:word_ends[i]]``;
    its folded form is ``surface_vocabulary[surface_ids[i]]`` and its stemmed form
    (where a stemmer exists for the language) ``vocabulary[word_ids[i]]``.
    ``sentence_words[k]`` is the ``(first, last + 1)`` word index range of sentence ``k``.
    The tuple views :attr:`words`, :attr:`surface` and :attr:`word_spans` are built on demand.
    """

    text: str
    language: str
    sentences: tuple[Sentence, ...]
    sentence_words: tuple[tuple[int, int], ...]
    word_starts: IntArray
    word_ends: IntArray
    word_ids: IntArray
    surface_ids: IntArray
    vocabulary: tuple[str, ...]
    surface_vocabulary: tuple[str, ...]
    vocabulary_hashes: npt.NDArray[np.uint64]  # a 64-bit hash of every vocabulary entry
    surface_hashes: npt.NDArray[np.uint64]  # the same for the surface vocabulary

    @property
    def words(self) -> tuple[str, ...]:
        """The folded (stemmed where possible) form of every word."""
        return _gather(self.vocabulary, self.word_ids)

    @property
    def surface(self) -> tuple[str, ...]:
        """The folded, unstemmed form of every word."""
        return _gather(self.surface_vocabulary, self.surface_ids)

    @property
    def word_spans(self) -> tuple[Span, ...]:
        """The original span of every word."""
        return tuple(zip(self.word_starts.tolist(), self.word_ends.tolist(), strict=True))

    def surface_text(self, first: int, last: int) -> str:
        """Folded words ``first`` to ``last - 1`` joined by spaces."""
        return " ".join(map(self.surface_vocabulary.__getitem__, self.surface_ids[first:last].tolist()))

    def sentence_text(self, index: int) -> str:
        """The original text of sentence ``index``."""
        start, end = self.sentences[index].span
        return self.text[start:end]


def analyse(text: str, language: str | None = None) -> AnalysedText:
    """Segment and fold ``text`` (a pure function of its arguments).

    Words are found and hashed by the compiled word pass; only distinct words are
    folded and stemmed (stems are kept between analyses). When no language is given
    it is identified from the text's most frequent words (a sample that names the
    language well and costs little whatever the length of the text).

    Args:
        text: the original article text.
        language: ISO 639-1 code; identified when None.

    Returns:
        The sentences, folded (stemmed where a stemmer exists) words and offsets.
    """
    low = lowercase(text)
    starts, ends, raw_hashes, first, inverse = word_bounds(code_points(low))
    raw = [low[a:b] for a, b in zip(starts[first].tolist(), ends[first].tolist(), strict=True)]
    lang = language or _frequent_words_language(raw, inverse)
    if low.isascii():
        # Lower case is the folded form of ASCII words: the distinct words are the vocabulary.
        surface_ids, surface_vocabulary, surface_hashes = inverse.astype(np.int64), tuple(raw), raw_hashes
    else:
        forms = [w if w.isascii() else fold_word(w) for w in raw]
        raw_surface, surface_vocabulary, surface_hashes = vocabulary(forms)
        surface_ids = raw_surface[inverse] if len(inverse) else np.zeros(0, dtype=np.int64)
    table = stem_table(lang)
    if table is not None:
        surface_stem, vocab, vocab_hashes = table.vocabulary(surface_vocabulary, surface_hashes)
        word_ids = surface_stem[surface_ids] if len(surface_ids) else surface_ids
    else:
        word_ids, vocab, vocab_hashes = surface_ids, surface_vocabulary, surface_hashes
    sentence_starts, sentence_ends = sentence_bounds(code_points(text))  # case matters to sentence ends
    spans = tuple(zip(sentence_starts.tolist(), sentence_ends.tolist(), strict=True))
    firsts = np.searchsorted(starts, sentence_starts, side="left").tolist()
    lasts = np.searchsorted(ends, sentence_ends, side="right").tolist()
    return AnalysedText(
        text=text,
        language=lang,
        sentences=tuple(map(Sentence, range(len(spans)), spans)),
        sentence_words=tuple(zip(firsts, lasts, strict=True)),
        word_starts=starts,
        word_ends=ends,
        word_ids=word_ids,
        surface_ids=surface_ids,
        vocabulary=vocab,
        surface_vocabulary=surface_vocabulary,
        vocabulary_hashes=vocab_hashes,
        surface_hashes=surface_hashes,
    )


def _frequent_words_language(distinct: list[str], inverse: IntArray) -> str:
    """The language of a text identified from its most frequent words."""
    if not distinct:
        return "und"
    counts = np.bincount(inverse, minlength=len(distinct))
    top = np.argsort(-counts, kind="stable")[:LANGUAGE_WORDS].tolist()
    return detect_language(" ".join(distinct[i] for i in top))
