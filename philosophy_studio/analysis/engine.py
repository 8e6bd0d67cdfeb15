"""The word-frequency analysis of the survey answers.

Counting is vectorised (counting.py): one tokenising pass per chunk of answers, then
numpy. The distinct forms (a few thousand, not millions of occurrences) are grouped
into words (grouping.py), and respondents per word come from one sparse product with
the forms × words indicator. Phrases are two- and three-word sequences used by at least
two respondents, ranked with nltk's collocation association measures (likelihood
ratio) and counted exactly over all answers."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from philosophy_studio.analysis.counting import ID_BITS, Counts, count
from philosophy_studio.analysis.grouping import group_forms
from philosophy_studio.analysis.stopwords import shipped_stopwords
from philosophy_studio.analysis.tokens import MAX_WORD_LENGTH, normalise_word, tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    pass

# Sequences scored per length (the most used ones), and phrases kept per length.
PHRASE_POOL = 2_000
PHRASE_CANDIDATES = 100
MIN_PHRASE_RESPONDENTS = 2


class ExclusionReason(StrEnum):
    STOPWORD = "stopword"
    QUESTION = "question"
    EXCLUDED = "excluded"


@dataclass(frozen=True)
class AnalysisOptions:
    language: Language
    question: str = ""
    keep_stopwords: bool = False
    keep_question_words: bool = False
    added_stopwords: frozenset[str] = frozenset()
    removed_stopwords: frozenset[str] = frozenset()
    # Each: surface forms whose groups become one.
    merges: tuple[tuple[str, ...], ...] = ()
    # A form taken out of its group, to stand alone. Splits apply before merges, so a
    # merge that names a split form takes that form alone into the merged group.
    splits: tuple[str, ...] = ()
    # A form whose whole group is left out.
    exclusions: tuple[str, ...] = ()
    top: int | None = None
    themes: int = 0
    # Value card id -> its evidence (survey words or phrases): how many answers support
    # each card comes back in AnalysisResult.support.
    evidence: tuple[tuple[int, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class TermCount:
    key: str
    term: str
    respondents: int
    count: int
    forms: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ExcludedTerm:
    term: TermCount
    reason: ExclusionReason


@dataclass(frozen=True)
class PhraseCount:
    phrase: str
    respondents: int
    count: int


@dataclass(frozen=True)
class Theme:
    terms: tuple[str, ...]
    answers: int


@dataclass(frozen=True)
class AnalysisResult:
    language: Language
    respondents: int
    terms: tuple[TermCount, ...]
    phrases: tuple[PhraseCount, ...]
    excluded: tuple[ExcludedTerm, ...]
    question_words: tuple[str, ...]
    themes: tuple[Theme, ...] = ()
    support: dict[int, int] = field(default_factory=dict)


def _progress(control: WorkControl | None, fraction: float) -> None:
    if control is not None:
        control.progress(fraction)


def _apply_rules(groups: dict[str, str], options: AnalysisOptions, language: Language) -> dict[str, str]:
    """The facilitator's splits, then merges, over the automatic groups."""
    groups = dict(groups)
    for form in options.splits:
        word = normalise_word(form, language)
        if word in groups:
            groups[word] = "=" + word  # no word starts with "=", so no group shares the key
    for merge in options.merges:
        named = [normalise_word(form, language) for form in merge]
        keys = {groups[word] for word in named if word in groups}
        if len(keys) > 1:
            target = min(keys, key=lambda key: (len(key), key))
            for form, key in groups.items():
                if key in keys:
                    groups[form] = target
    return groups


def _sorted_terms(terms: list[TermCount]) -> list[TermCount]:
    return sorted(terms, key=lambda t: (-t.respondents, -t.count, t.term))


def _phrases(counts: Counts, counted: set[str], stop: Collection[str]) -> list[PhraseCount]:
    """Recurring two- and three-word expressions: used by MIN_PHRASE_RESPONDENTS answers
    or more, with a counted word in them, not starting or ending with a stopword; the
    PHRASE_CANDIDATES most associated of each length (nltk's likelihood ratio, over the
    most used PHRASE_POOL sequences), counted by respondents."""
    import numpy as np
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    forms = counts.forms
    is_word = counts.is_word
    unigram = np.asarray(counts.matrix.sum(axis=0)).ravel()
    total = max(int(unigram[is_word].sum()), 1)
    # Distinct bigrams come sorted by their packed key, so a pair is found by bisection.
    bigram_keys = (counts.bigrams.ids[:, 0] << ID_BITS) | counts.bigrams.ids[:, 1]

    def pair_count(first: int, second: int, fallback: int) -> int:
        key = (first << ID_BITS) | second
        at = int(np.searchsorted(bigram_keys, key))
        found = at < len(bigram_keys) and bigram_keys[at] == key
        return int(counts.bigrams.counts[at]) if found else fallback

    stopping = np.array([form in stop for form in forms], dtype=bool)
    useful_word = np.array([form in counted for form in forms], dtype=bool)
    found: list[PhraseCount] = []
    for sequences, measure in (
        (counts.bigrams, BigramAssocMeasures),
        (counts.trigrams, TrigramAssocMeasures),
    ):
        ids = sequences.ids
        if not len(ids):
            continue
        keep = (
            (sequences.respondents >= MIN_PHRASE_RESPONDENTS)
            & ~stopping[ids[:, 0]]
            & ~stopping[ids[:, -1]]
            & useful_word[ids].any(axis=1)
        )
        chosen = np.flatnonzero(keep)
        chosen = chosen[np.argsort(-sequences.respondents[chosen], kind="stable")][:PHRASE_POOL]
        scored = []
        for index in chosen:
            gram = [int(i) for i in ids[index]]
            n = int(sequences.counts[index])
            if len(gram) == 2:
                score = measure.likelihood_ratio(n, (int(unigram[gram[0]]), int(unigram[gram[1]])), total)
            else:
                first, middle, last = (int(unigram[i]) for i in gram)
                pairs = (pair_count(gram[0], gram[1], n), n, pair_count(gram[1], gram[2], n))
                score = measure.likelihood_ratio(n, pairs, (first, middle, last), total)
            scored.append((score, index))
        scored.sort(key=lambda item: -item[0])
        for _score, index in scored[:PHRASE_CANDIDATES]:
            phrase = " ".join(forms[int(i)] for i in ids[index])
            found.append(PhraseCount(phrase, int(sequences.respondents[index]), int(sequences.counts[index])))
    return sorted(found, key=lambda p: (-p.respondents, -p.count, p.phrase))


def _themes(matrix: Any, terms: list[TermCount], columns: list[int], wanted: int) -> list[Theme]:
    """NMF on TF-IDF over the counted words: each theme's most telling words and how
    many answers lean most to it."""
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    if len(columns) < 3 or matrix.shape[0] < 3:
        return []
    sub = matrix[:, columns]
    answered = np.asarray(sub.sum(axis=1)).ravel() > 0
    sub = sub[answered]
    components = min(wanted, len(columns) - 1, sub.shape[0] - 1)
    if components < 2:
        return []
    weights = TfidfTransformer().fit_transform(sub)
    model = NMF(n_components=components, init="nndsvd", random_state=0, max_iter=400)
    strengths = model.fit_transform(weights)
    leaning = Counter(np.argmax(strengths, axis=1).tolist())
    themes = []
    for index, component in enumerate(model.components_):
        top = [terms[columns[j]].term for j in np.argsort(-component)[:6] if component[j] > 0]
        if top:
            themes.append(Theme(tuple(top), leaning.get(index, 0)))
    return sorted(themes, key=lambda theme: (-theme.answers, theme.terms))


def run_analysis(
    answers: Sequence[str], options: AnalysisOptions, control: WorkControl | None = None
) -> AnalysisResult:
    import numpy as np
    from scipy.sparse import csr_matrix

    language = options.language
    _progress(control, 0.0)
    texts = [answer for answer in answers if answer.strip()]
    counts = count(texts, language, control)
    matrix, forms = counts.matrix, counts.forms
    keep = [i for i, form in enumerate(forms) if counts.is_word[i] and len(form) <= MAX_WORD_LENGTH]

    stop: set[str] = set()
    if not options.keep_stopwords:
        removed = {normalise_word(word, language) for word in options.removed_stopwords}
        stop = set(shipped_stopwords(language)) - removed
    added = {normalise_word(word, language) for word in options.added_stopwords} - {""}
    if options.keep_stopwords:
        added = set()
    question_forms = [
        token.form for token in tokenize(options.question, language) if token.form not in stop | added
    ]

    counted_columns = [i for i in keep if forms[i] not in stop and forms[i] not in added]
    counted_forms = [forms[i] for i in counted_columns]
    groups = group_forms([*counted_forms, *question_forms], language)
    groups = _apply_rules(groups, options, language)
    _progress(control, 0.65)

    group_keys = sorted({groups[form] for form in counted_forms})
    index_of = {key: n for n, key in enumerate(group_keys)}
    indicator = csr_matrix(
        (
            np.ones(len(counted_columns), dtype=np.int32),
            (counted_columns, [index_of[groups[form]] for form in counted_forms]),
        ),
        shape=(len(forms), len(group_keys)),
    )
    per_group = (matrix @ indicator).tocsc()
    respondents = np.diff(per_group.indptr) if per_group.shape[1] else np.zeros(0, dtype=np.int64)
    occurrences = np.asarray(per_group.sum(axis=0)).ravel()
    form_counts = np.asarray(matrix.sum(axis=0)).ravel()

    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for column, form in zip(counted_columns, counted_forms, strict=True):
        members[groups[form]].append((form, int(form_counts[column])))
    all_terms = []
    for n, key in enumerate(group_keys):
        # Most used first; on a tie the shorter form (sabır before sabrımızla).
        group_forms_counted = sorted(members[key], key=lambda item: (-item[1], len(item[0]), item[0]))
        all_terms.append(
            TermCount(
                key=key,
                term=group_forms_counted[0][0],
                respondents=int(respondents[n]),
                count=int(occurrences[n]),
                forms=tuple(group_forms_counted),
            )
        )

    question_keys = {groups[form] for form in question_forms if form in groups}
    excluded_forms = {normalise_word(form, language) for form in options.exclusions}
    excluded_keys = {groups[form] for form in excluded_forms if form in groups}
    terms, excluded = [], []
    for term in all_terms:
        if term.key in excluded_keys:
            excluded.append(ExcludedTerm(term, ExclusionReason.EXCLUDED))
        elif term.key in question_keys and not options.keep_question_words:
            excluded.append(ExcludedTerm(term, ExclusionReason.QUESTION))
        else:
            terms.append(term)
    for column in keep:
        form = forms[column]
        if form in added and form_counts[column]:
            users = int(matrix.getcol(column).count_nonzero())
            total = int(form_counts[column])
            excluded.append(
                ExcludedTerm(TermCount(form, form, users, total, ((form, total),)), ExclusionReason.STOPWORD)
            )
    terms = _sorted_terms(terms)
    excluded.sort(key=lambda e: (e.reason.value, -e.term.respondents, e.term.term))

    counted_words = {form for term in terms for form, _count in term.forms}
    _progress(control, 0.85)
    phrases = _phrases(counts, counted_words, stop | added) if texts else []
    themes: list[Theme] = []
    if options.themes and terms:
        _progress(control, 0.9)
        position = {key: n for n, key in enumerate(group_keys)}
        # Words used by one person cannot tie answers together.
        shared_terms = [position[term.key] for term in terms if term.respondents >= 2]
        themes = _themes(per_group.tocsr(), all_terms, shared_terms, options.themes)
    support = _support(options.evidence, texts, counts, groups, language) if options.evidence else {}
    _progress(control, 1.0)
    top = options.top
    return AnalysisResult(
        language=language,
        respondents=len(texts),
        terms=tuple(terms[:top] if top is not None else terms),
        phrases=tuple(phrases[:top] if top is not None else phrases),
        excluded=tuple(excluded),
        question_words=tuple(dict.fromkeys(question_forms)),
        themes=tuple(themes),
        support=support,
    )


def _support(
    evidence: tuple[tuple[int, tuple[str, ...]], ...],
    texts: Sequence[str],
    counts: Counts,
    groups: dict[str, str],
    language: Language,
) -> dict[int, int]:
    """Answers supporting each card: those using any form of an evidence word's group,
    or an evidence phrase word for word (checked only in answers that have all its
    words)."""
    import numpy as np

    by_column = counts.matrix.tocsc()
    column_of = {form: column for column, form in enumerate(counts.forms)}
    members: dict[str, list[int]] = defaultdict(list)
    for form, key in groups.items():
        if form in column_of:
            members[key].append(column_of[form])

    def rows(columns: Iterable[int]) -> np.ndarray:
        found = [by_column.indices[by_column.indptr[c] : by_column.indptr[c + 1]] for c in columns]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)

    support = {}
    for card_id, terms in evidence:
        supporting: set[int] = set()
        for term in terms:
            words = [token.form for token in tokenize(term, language)]
            if len(words) == 1:
                key = groups.get(words[0])
                columns = members.get(key, []) if key is not None else [column_of.get(words[0], -1)]
                supporting.update(rows(c for c in columns if c >= 0).tolist())
            elif words and all(word in column_of for word in words):
                candidates = rows([column_of[words[0]]])
                for word in words[1:]:
                    candidates = np.intersect1d(candidates, rows([column_of[word]]))
                for row in candidates.tolist():
                    forms = [token.form for token in tokenize(texts[row], language)]
                    size = len(words)
                    if any(forms[i : i + size] == words for i in range(len(forms) - size + 1)):
                        supporting.add(row)
        support[card_id] = len(supporting)
    return support


def result_json(result: AnalysisResult, top: int | None = None) -> dict[str, Any]:
    """The command line's JSON contract, keys in their documented order."""
    terms = result.terms[:top] if top is not None else result.terms
    phrases = result.phrases[:top] if top is not None else result.phrases
    return {
        "respondents": result.respondents,
        "language": result.language.value,
        "terms": [
            {"term": t.term, "respondents": t.respondents, "count": t.count, "forms": dict(t.forms)}
            for t in terms
        ],
        "phrases": [{"phrase": p.phrase, "respondents": p.respondents, "count": p.count} for p in phrases],
    }
