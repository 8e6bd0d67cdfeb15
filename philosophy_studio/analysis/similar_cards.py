"""Value cards that say nearly the same thing, suggested for merging (never merged
automatically): *Hızlı yanıt* and *hızlı cevap verme*, *Saygı* and *saygılı olmak*,
*Fast* and *Speedy responses*.

Each card name becomes its content words (the analysis's words, without stopwords and
light verbs such as *olmak*, *being*), with a few service synonyms mapped to one
word. Two words match when they are equal, when one is the other plus a suffix, or
when their character n-grams are nearly the same (TF-IDF, cosine), which
also catches sound changes such as *dürüstlük / dürüstlüğü*. Two cards are similar
when most words of the shorter name match a word of the other. The threshold is tuned
on the labelled pairs in tests/fixtures/values/similar_pairs.tsv (see
tests/benchmarks/bench_similar_cards.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from philosophy_studio.analysis.stopwords import shipped_stopwords
from philosophy_studio.analysis.tokens import tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import ValueCard

if TYPE_CHECKING:
    import numpy as np

THRESHOLD = 0.6
# Words whose character n-grams are this alike are taken for the same word.
SPELLING = 0.75
MIN_PREFIX = 4
SHARED_STEM = 5
SHARED_SHARE = 0.7
TURKISH_SUFFIX_LETTERS = 7
ENGLISH_SUFFIXES = (
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "ly",
    "ness",
    "ful",
    "ity",
    "ty",
    "y",
    "ive",
    "ent",
    "ence",
    "ance",
)

# Verbs that only carry a noun ("saygılı olmak", "being kind") say nothing themselves.
_LIGHT_WORDS = {
    Language.TURKISH: frozenset(
        {"olmak", "olma", "olması", "etmek", "etme", "kurmak", "kurma", "vermek", "verme", "yapmak", "yapma"}
    ),
    Language.ENGLISH: frozenset({"being", "be", "making", "make", "giving", "give", "doing", "do"}),
}
# Service words with one meaning; each maps to the first of its set.
_SYNONYMS = {
    Language.TURKISH: (("hızlı", "çabuk", "süratli", "seri"), ("yanıt", "cevap")),
    Language.ENGLISH: (
        ("fast", "quick", "speedy", "rapid", "prompt"),
        ("answer", "response", "reply", "responses", "answers", "replies"),
        ("fix", "fixing", "fixed", "solve", "solving"),
    ),
}


@dataclass(frozen=True)
class Suggestion:
    first: int  # card ids; ``second`` is the one to merge into ``first``
    second: int
    score: float


def _content_words(name: str, language: Language) -> list[str]:
    skip = shipped_stopwords(language) | _LIGHT_WORDS[language]
    synonyms = {word: group[0] for group in _SYNONYMS[language] for word in group}
    return [synonyms.get(t.form, t.form) for t in tokenize(name, language) if t.form not in skip]


def _suffix_of(shorter: str, longer: str, language: Language) -> bool:
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter) :]
    if language is Language.TURKISH:
        # Three-letter roots take only short suffixes (yüz-lü), longer ones any chain.
        return (len(shorter) >= MIN_PREFIX and len(rest) <= TURKISH_SUFFIX_LETTERS) or len(rest) <= 3
    return len(shorter) >= MIN_PREFIX and rest in ENGLISH_SUFFIXES


def _shared_stem(a: str, b: str) -> bool:
    """Derivations of one stem (patient / patience, reliable / reliability): a long
    common beginning that covers most of the shorter word."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= SHARED_STEM and common >= SHARED_SHARE * min(len(a), len(b))


def _char_ngrams(text: str) -> list[str]:
    """The two- to four-letter sequences of each word of ``text``, the word padded with
    a space on each side (scikit-learn's "char_wb" analyser); a padded word no longer
    than n is its one n-gram of that length, and none longer are taken from it."""
    grams = []
    # scikit-learn first folds runs of white space into one space: split() ignores them.
    for word in text.split():
        padded = f" {word} "
        for n in range(2, 5):
            grams.extend(padded[start : start + n] for start in range(max(len(padded) - n + 1, 1)))
            if len(padded) <= n:
                break
    return grams


def spelling_similarity(words: Sequence[str]) -> np.ndarray:
    """The cosine similarity of each pair of ``words`` by their character n-grams,
    TF-IDF weighted: scikit-learn's TfidfVectorizer(analyzer="char_wb",
    ngram_range=(2, 4)) with cosine_similarity, which this replaced to spare the app
    its import (see factorisation.py). Words are lower-cased with str.lower, as there."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from philosophy_studio.analysis.factorisation import tf_idf

    columns: dict[str, int] = {}
    rows, grams = [], []
    for row, word in enumerate(words):
        for gram in _char_ngrams(word.lower()):
            rows.append(row)
            grams.append(columns.setdefault(gram, len(columns)))
    # Repeated n-grams of a word add up into its count.
    counts = csr_matrix((np.ones(len(rows)), (rows, grams)), shape=(len(words), len(columns)))
    vectors = tf_idf(counts)
    return (vectors @ vectors.T).toarray()


class _Matcher:
    def __init__(self, words: Sequence[str], language: Language) -> None:
        self.language = language
        self.index = {word: n for n, word in enumerate(sorted(set(words)))}
        self.alike = spelling_similarity(list(self.index)) if len(self.index) > 1 else None

    def same(self, a: str, b: str) -> bool:
        if a == b:
            return True
        shorter, longer = sorted((a, b), key=len)
        if _suffix_of(shorter, longer, self.language) or _shared_stem(a, b):
            return True
        return self.alike is not None and self.alike[self.index[a], self.index[b]] >= SPELLING


def similarity(first: list[str], second: list[str], matcher: _Matcher) -> float:
    """The share of the shorter name's words that have a match in the other name."""
    if not first or not second:
        return 0.0
    shorter, longer = sorted((first, second), key=len)
    matched = sum(1 for word in shorter if any(matcher.same(word, other) for other in longer))
    return matched / len(shorter)


def name_similarity(first: str, second: str, language: Language) -> float:
    a, b = _content_words(first, language), _content_words(second, language)
    return similarity(a, b, _Matcher([*a, *b], language))


def suggestions(
    cards: Sequence[ValueCard], language: Language, threshold: float = THRESHOLD
) -> list[Suggestion]:
    """Pairs of cards worth merging, most alike first. Only cards not merged already;
    a chosen card is never the one suggested to be merged away."""
    open_cards = [card for card in cards if card.merged_into is None]
    words = {card.id: _content_words(card.name, language) for card in open_cards}
    matcher = _Matcher([word for card_words in words.values() for word in card_words], language)
    found = []
    for i, first in enumerate(open_cards):
        for second in open_cards[i + 1 :]:
            score = similarity(words[first.id], words[second.id], matcher)
            if score < threshold:
                continue
            if second.selected_rank is not None and first.selected_rank is not None:
                continue
            keep, merge = (
                (second, first) if first.selected_rank is None and second.selected_rank else (first, second)
            )
            found.append(Suggestion(keep.id, merge.id, round(score, 3)))
    return sorted(found, key=lambda s: -s.score)
