"""Words that set two groups of texts apart: staff answers and customers' comments,
promoters and detractors, one channel and the rest.

Counting is the staff survey's (engine.py): the same tokens and vectorised counts
(counting.py), the same word groups (grouping.py: hızlıydı and hızlı are one word),
the shipped stopwords, light verbs and the facilitator's edits (stopwords added or
removed, merges, splits, exclusions), and a word counts once per text that uses it
(respondents; here a comment is a respondent). Collocations are not made here: a
distinctive word list compares words, and a collocation found in one group only would
not exist in the other.

The statistic is the log-odds ratio with an informative Dirichlet prior (Monroe,
Colaresi & Quinn 2008, "Fightin' Words", eq. 22). With y_a, y_b the texts of each group
using a word, n_a, n_b the sums of those counts over all words of each group, and the
prior α_w = α_0 · (y_a + y_b) / (n_a + n_b), the word's pooled share of a prior total α_0,

    δ = log((y_a + α_w) / (n_a + α_0 − y_a − α_w)) − log((y_b + α_w) / (n_b + α_0 − y_b − α_w))
    σ² ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w),      z = δ / σ.

δ > 0 leans to the first group. The prior pulls both groups' rates towards the pooled
one with the weight of α_0 words: a word seen twice in one group and never in the other
gets a small z, where a plain ratio would call it infinitely distinctive.

Monroe et al. take the prior from a larger corpus at its full weight. The largest
corpus at hand is the two groups pooled, and at full weight it would swamp the smaller
group: against a million comments, a workshop's few hundred staff answers would read
as the customers' words. So α_0 defaults to the smaller group's total (min(n_a, n_b)):
the prior weighs as much as the smaller group's own words, which steadies its rare
words and still lets what it says often stand out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from philosophy_studio.analysis.counting import count
from philosophy_studio.analysis.engine import AnalysisOptions, _apply_rules
from philosophy_studio.analysis.grouping import group_forms, headwords
from philosophy_studio.analysis.stopwords import light_verbs, shipped_stopwords
from philosophy_studio.analysis.tokens import MAX_WORD_LENGTH, normalise_word, tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csc_matrix, csr_matrix

# Texts counted at a time (see _count_forms).
USAGE_CHUNK = 100_000


@dataclass(frozen=True)
class WordUsage:
    """Which texts use which words. ``usage`` is texts × words (1 where a text uses a
    form of the word, by column in ``keys`` order); ``terms`` are the words as the word
    list shows them, ``forms`` their forms with counts (most used first), ``groups``
    every form's word key (the forms of ``extra_words`` included)."""

    language: Language
    keys: tuple[str, ...]
    terms: tuple[str, ...]
    forms: tuple[tuple[tuple[str, int], ...], ...]
    usage: csc_matrix
    groups: dict[str, str]
    column_of: dict[str, int]

    def column(self, form: str) -> int | None:
        """The column of the word ``form`` (lower case, as tokens.tokenize makes it)
        belongs to; None when the texts never use it."""
        key = self.groups.get(form)
        return self.column_of.get(key) if key is not None else None


def _count_forms(
    texts: Sequence[str], language: Language, control: WorkControl | None
) -> tuple[list[str], list[bool], csr_matrix]:
    """Every form met, whether it is a word, and the texts × forms counts, made by the
    staff survey's counting (counting.count) USAGE_CHUNK texts at a time. The counting
    also keeps every token's place and the word sequences for phrases, which a word
    list of a million comments does not need and which would take gigabytes at once."""
    import numpy as np
    from scipy.sparse import coo_matrix

    column_of: dict[str, int] = {}
    is_word: list[bool] = []
    rows, columns, values = [], [], []
    for start in range(0, len(texts), USAGE_CHUNK):
        if control is not None:
            control.progress(0.8 * start / len(texts))
        counts = count(list(texts[start : start + USAGE_CHUNK]), language)
        for form, word in zip(counts.forms, counts.is_word.tolist(), strict=True):
            if form not in column_of:
                column_of[form] = len(column_of)
                is_word.append(word)
        to_column = np.array([column_of[form] for form in counts.forms], dtype=np.int32)
        block = counts.matrix.tocoo()
        del counts
        rows.append(block.row.astype(np.int32) + start)
        columns.append(to_column[block.col])
        values.append(block.data)
    shape = (len(texts), len(column_of))
    if not rows:
        return list(column_of), is_word, coo_matrix(shape, dtype=np.int32).tocsr()
    matrix = coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(columns))), shape=shape
    )
    return list(column_of), is_word, matrix.tocsr()


def word_usage(
    texts: Sequence[str],
    options: AnalysisOptions,
    *,
    extra_words: Iterable[str] = (),
    control: WorkControl | None = None,
) -> WordUsage:
    """The counted words of ``texts`` (row n is text n; empty texts use none), as the
    staff analysis counts them with ``options``. ``extra_words`` are grouped with the
    texts' forms so that they find their word (a value's name finds hızlıydı)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    language = options.language
    forms, is_word, matrix = _count_forms(texts, language, control)
    removed = {normalise_word(word, language) for word in options.removed_stopwords}
    stop: set[str] = set() if options.keep_stopwords else set(shipped_stopwords(language)) - removed
    if not options.keep_stopwords:
        stop |= {normalise_word(word, language) for word in options.added_stopwords} - {""}
    columns = [
        column
        for column, form in enumerate(forms)
        if is_word[column] and len(form) <= MAX_WORD_LENGTH and form not in stop
    ]
    counted = [forms[column] for column in columns]
    question = [token.form for token in tokenize(options.question, language) if token.form not in stop]
    extra = [token.form for word in extra_words for token in tokenize(word, language)]
    rules = [normalise_word(word, language) for word in options.exclusions if " " not in word.strip()]
    groups = _apply_rules(group_forms([*counted, *question, *extra, *rules], language), options, language)

    left_out = {groups[form] for form in rules if form in groups}
    if not options.keep_question_words:
        left_out |= {groups[form] for form in question if form in groups}
    if not options.keep_auxiliaries:
        left_out |= light_verbs(language) - removed
    form_totals = np.asarray(matrix.sum(axis=0)).ravel()
    # A form can be known and never counted: met in a web address, which is blanked.
    kept = [
        (column, form)
        for column, form in zip(columns, counted, strict=True)
        if groups[form] not in left_out and form_totals[column]
    ]
    keys = sorted({groups[form] for _column, form in kept})
    index_of = {key: n for n, key in enumerate(keys)}
    indicator = csr_matrix(
        (
            np.ones(len(kept), dtype=np.int32),
            ([column for column, _form in kept], [index_of[groups[form]] for _column, form in kept]),
        ),
        shape=(len(forms), len(keys)),
    )
    per_word = (matrix @ indicator).tocsc()
    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for column, form in kept:
        members[groups[form]].append((form, int(form_totals[column])))
    ordered = {
        key: tuple(sorted(group, key=lambda item: (-item[1], len(item[0]), item[0])))
        for key, group in members.items()
    }
    dictionary = headwords((key for key in keys if not key.startswith("=")), language, ordered)
    per_word.data[:] = 1
    return WordUsage(
        language=language,
        keys=tuple(keys),
        terms=tuple(dictionary.get(key) or ordered[key][0][0] for key in keys),
        forms=tuple(ordered[key] for key in keys),
        usage=per_word,
        groups=groups,
        column_of=index_of,
    )


class Side(StrEnum):
    FIRST = "first"
    SECOND = "second"


@dataclass(frozen=True)
class DistinctiveWord:
    key: str
    term: str
    # Texts of each group that use the word.
    first: int
    second: int
    delta: float
    z: float
    forms: tuple[tuple[str, int], ...]

    @property
    def leans(self) -> Side:
        return Side.FIRST if self.delta > 0 else Side.SECOND


@dataclass(frozen=True)
class Distinctive:
    """``words`` from the most typical of the first group (largest z) to the most
    typical of the second (most negative z)."""

    language: Language
    first_texts: int
    second_texts: int
    prior_total: float  # α_0
    words: tuple[DistinctiveWord, ...]

    def leaning(self, side: Side, top: int | None = None, min_z: float = 1.96) -> tuple[DistinctiveWord, ...]:
        """The words leaning to ``side`` with |z| ≥ ``min_z`` (1.96: the two-sided 5 %
        level the paper's plots use), most distinctive first."""
        found = [w for w in self.words if w.leans is side and abs(w.z) >= min_z]
        if side is Side.SECOND:
            # Not ``reversed``: words of equal z stay in the order of their terms.
            found.sort(key=lambda word: (word.z, word.term))
        return tuple(found[:top] if top is not None else found)


def log_odds(
    first: float, second: float, *, first_total: float, second_total: float, alpha: float, alpha_total: float
) -> tuple[float, float]:
    """(δ, z) of one word (eq. 22 of Monroe et al., see the module docstring)."""
    delta = math.log((first + alpha) / (first_total + alpha_total - first - alpha)) - math.log(
        (second + alpha) / (second_total + alpha_total - second - alpha)
    )
    return delta, delta / math.sqrt(1 / (first + alpha) + 1 / (second + alpha))


def distinctive_words(
    first: Sequence[str],
    second: Sequence[str],
    options: AnalysisOptions,
    *,
    prior_total: float | None = None,
    min_texts: int = 2,
    control: WorkControl | None = None,
) -> Distinctive:
    """The words of ``first`` and ``second`` with their counts, δ and z, counted as the
    staff analysis counts with ``options`` (see compare)."""
    import numpy as np

    texts = [*first, *second]
    usage = word_usage(texts, options, control=control)
    filled = np.fromiter((bool(text.strip()) for text in texts), dtype=bool, count=len(texts))
    in_first = np.zeros(len(texts), dtype=bool)
    in_first[: len(first)] = True
    return compare(usage, filled & in_first, filled & ~in_first, prior_total=prior_total, min_texts=min_texts)


def compare(
    usage: WordUsage,
    first: np.ndarray,
    second: np.ndarray,
    *,
    prior_total: float | None = None,
    min_texts: int = 2,
) -> Distinctive:
    """The distinctive words of two sets of ``usage``'s texts, given as boolean masks
    over them (a channel's comments and the rest's, one month's promoters and
    detractors): counted once, a million comments are compared again after a filter
    changes in a fraction of a second. ``prior_total`` is α_0, by default the smaller
    group's total (see the module docstring). Words used by fewer than ``min_texts``
    texts of both groups together are left out: a word one person used sets no group
    apart. When a group uses no counted word there is nothing to compare and no word
    comes back."""
    import numpy as np

    # The transpose of the texts × words columns is words × texts rows, without a copy;
    # a mask of the matrix's own type keeps the product from copying it to a wider one.
    by_word = usage.usage.T
    in_first = np.asarray(by_word @ first.astype(by_word.dtype)).ravel().astype(np.int64)
    in_second = np.asarray(by_word @ second.astype(by_word.dtype)).ravel().astype(np.int64)
    first_total, second_total = float(in_first.sum()), float(in_second.sum())
    pooled = first_total + second_total
    if prior_total is None:
        prior_total = min(first_total, second_total)
    words = []
    for n, key in enumerate(usage.keys):
        if not first_total or not second_total:
            break
        a, b = int(in_first[n]), int(in_second[n])
        if a + b < min_texts:
            continue
        alpha = prior_total * (a + b) / pooled
        delta, z = log_odds(
            a, b, first_total=first_total, second_total=second_total, alpha=alpha, alpha_total=prior_total
        )
        words.append(DistinctiveWord(key, usage.terms[n], a, b, delta, z, usage.forms[n]))
    words.sort(key=lambda word: (-word.z, word.term))
    return Distinctive(
        language=usage.language,
        first_texts=int(first.sum()),
        second_texts=int(second.sum()),
        prior_total=prior_total,
        words=tuple(words),
    )
