"""The word-frequency analysis of the survey answers.

Counting is vectorised (counting.py): one tokenising pass per chunk of answers, then
numpy. The distinct forms (a few thousand, not millions of occurrences) are grouped
into words (grouping.py), and respondents per word come from one sparse product with
the forms × words indicator. Phrases are two- to four-word sequences used by at least
two respondents, ranked by the log-likelihood ratio of their words (association.py;
four-word ones by respondents) and counted exactly over all answers.

Collocations, sequences whose every word is used mostly inside them (güler yüzlü,
above and beyond), are counted as one term: their words count only where they are used
outside them. Auxiliaries and light verbs (olmak, etmek, be, have) are left out, visibly,
unless asked for."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sized
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from philosophy_studio.analysis.association import bigram_likelihood_ratio, trigram_likelihood_ratio
from philosophy_studio.analysis.counting import ID_BITS, Counts, Sequences, count
from philosophy_studio.analysis.grouping import group_forms, headwords, quality_root
from philosophy_studio.analysis.stopwords import light_verbs, shipped_stopwords
from philosophy_studio.analysis.tokens import MAX_WORD_LENGTH, normalise_word, tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

# Sequences scored per length (the most used ones), and phrases kept per length.
PHRASE_POOL = 2_000
PHRASE_CANDIDATES = 100
MIN_PHRASE_RESPONDENTS = 2
PHRASE_LENGTHS = (2, 3, 4)
# A sequence becomes one term when this many answers use it and each of its counted
# words is used inside it at least COHESION of the times it is used at all.
MIN_COLLOCATION_RESPONDENTS = 3
COHESION = 0.75
MAX_COLLOCATIONS = 30


class ExclusionReason(StrEnum):
    STOPWORD = "stopword"
    QUESTION = "question"
    EXCLUDED = "excluded"
    AUXILIARY = "auxiliary"


@dataclass(frozen=True)
class CardEvidence:
    """What ties a value card to the answers: the names of the card and of the cards
    merged into it (an answer using every counted word of one name supports the card),
    and the words or phrases linked to it by hand (an answer using any one does)."""

    card_id: int
    names: tuple[str, ...] = ()
    linked: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnalysisOptions:
    language: Language
    question: str = ""
    keep_stopwords: bool = False
    keep_question_words: bool = False
    keep_auxiliaries: bool = False
    added_stopwords: frozenset[str] = frozenset()
    removed_stopwords: frozenset[str] = frozenset()
    # Each: surface forms whose groups become one.
    merges: tuple[tuple[str, ...], ...] = ()
    # A form taken out of its group, to stand alone. Splits apply before merges, so a
    # merge that names a split form takes that form alone into the merged group.
    splits: tuple[str, ...] = ()
    # A form (or a collocation) whose whole group is left out.
    exclusions: tuple[str, ...] = ()
    # Each: (a form of the group, the name the facilitator gave the group).
    renames: tuple[tuple[str, str], ...] = ()
    top: int | None = None
    themes: int = 0
    # How many answers support each card comes back in AnalysisResult.support.
    evidence: tuple[CardEvidence, ...] = ()


@dataclass(frozen=True)
class TermCount:
    """A word with all its inflected forms, or a collocation with its variants. ``term``
    is its label: the name the facilitator gave it, else its dictionary form (a
    collocation: its most used variant)."""

    key: str
    term: str
    respondents: int
    count: int
    # Lower-case forms (a collocation: its word sequences), most used first.
    forms: tuple[tuple[str, int], ...]

    @property
    def form(self) -> str:
        """The most used form: what the facilitator's rules name the group by."""
        return self.forms[0][0]

    @property
    def is_collocation(self) -> bool:
        return " " in self.key


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
class CardSupport:
    """How many answers support a value card: all of them, those using the card's own
    words (``name_words``, in any form), and those using a word or phrase linked by
    hand. An answer can be in both, so the parts may add up to more than the whole."""

    respondents: int
    from_name: int
    from_links: int
    name_words: tuple[str, ...]


@dataclass(frozen=True)
class AnalysisResult:
    language: Language
    respondents: int
    terms: tuple[TermCount, ...]
    phrases: tuple[PhraseCount, ...]
    excluded: tuple[ExcludedTerm, ...]
    question_words: tuple[str, ...]
    themes: tuple[Theme, ...] = ()
    card_support: dict[int, CardSupport] = field(default_factory=dict)

    @property
    def support(self) -> dict[int, int]:
        """Value card id -> respondents supporting it."""
        return {card_id: found.respondents for card_id, found in self.card_support.items()}


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
    """Recurring two- to four-word expressions: used by MIN_PHRASE_RESPONDENTS answers
    or more, with a counted word in them, not starting or ending with a stopword; the
    PHRASE_CANDIDATES most associated of each length (the log-likelihood ratio over the
    most used PHRASE_POOL sequences; four-word ones by respondents), counted by
    respondents. A phrase inside a longer one that every one of its users also used
    (hızlı ve güler, inside hızlı ve güler yüzlü) is left out."""
    import numpy as np

    forms = counts.forms
    unigram = np.asarray(counts.matrix.sum(axis=0)).ravel()
    total = max(int(unigram[counts.is_word].sum()), 1)
    bigrams = counts.sequences[2]
    # Distinct bigrams come sorted by their packed key, so pairs are found by bisection.
    bigram_keys = (bigrams.ids[:, 0] << ID_BITS) | bigrams.ids[:, 1]

    def pair_counts(first: np.ndarray, second: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        keys = (first << ID_BITS) | second
        at = np.minimum(np.searchsorted(bigram_keys, keys), max(len(bigram_keys) - 1, 0))
        found = bigram_keys[at] == keys if len(bigram_keys) else np.zeros(len(keys), dtype=bool)
        return np.where(found, bigrams.counts[at] if len(bigram_keys) else 0, fallback)

    def scores(ids: np.ndarray, n: np.ndarray) -> np.ndarray:
        if ids.shape[1] == 2:
            return bigram_likelihood_ratio(n, unigram[ids[:, 0]], unigram[ids[:, 1]], total)
        if ids.shape[1] == 3:
            pairs = (pair_counts(ids[:, 0], ids[:, 1], n), n, pair_counts(ids[:, 1], ids[:, 2], n))
            singles = (unigram[ids[:, 0]], unigram[ids[:, 1]], unigram[ids[:, 2]])
            return trigram_likelihood_ratio(n, pairs, singles, total)
        # Four-word sequences keep their order by respondents.
        return np.zeros(len(ids))

    stopping = np.array([form in stop for form in forms], dtype=bool)
    useful_word = np.array([form in counted for form in forms], dtype=bool)
    found: list[tuple[tuple[int, ...], PhraseCount]] = []
    for length in PHRASE_LENGTHS:
        sequences = counts.sequences[length]
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
        ranked = chosen[np.argsort(-scores(ids[chosen], sequences.counts[chosen]), kind="stable")]
        for index in ranked[:PHRASE_CANDIDATES]:
            gram = tuple(int(i) for i in ids[index])
            phrase = " ".join(forms[i] for i in gram)
            found.append(
                (gram, PhraseCount(phrase, int(sequences.respondents[index]), int(sequences.counts[index])))
            )
    covered: dict[tuple[int, ...], int] = {}
    for gram, phrase in found:
        for size in range(2, len(gram)):
            for at in range(len(gram) - size + 1):
                inner = gram[at : at + size]
                covered[inner] = max(covered.get(inner, 0), phrase.respondents)
    kept = [phrase for gram, phrase in found if covered.get(gram, 0) < phrase.respondents]
    return sorted(kept, key=lambda p: (-p.respondents, -p.count, p.phrase))


@dataclass(frozen=True)
class _Collocation:
    key: str
    variants: tuple[tuple[str, ...], ...]


def _collocations(
    counts: Counts,
    counted: set[str],
    stop: Collection[str],
    groups: dict[str, str],
    splits: Collection[str],
) -> list[_Collocation]:
    """Collocations, found over word groups so that their variants count together
    (güler yüzlü, güler yüzlüydü): sequences of groups used by MIN_COLLOCATION_RESPONDENTS
    answers or more, not starting or ending with a stopword, with two different counted
    words or more, each used inside the sequence at least COHESION of its uses; chosen
    greedily by respondents (shorter first on a tie: güler yüzlü, not hızlı ve güler
    yüzlü, when every answer says the latter), no two sharing a counted word. A sequence
    the facilitator split is not one."""
    import numpy as np

    forms = counts.forms
    unigram = np.asarray(counts.matrix.sum(axis=0)).ravel().astype(np.float64)
    stopping = np.array([form in stop for form in forms], dtype=bool)
    useful = np.array([form in counted for form in forms], dtype=bool)
    # A counted form's code is its word group's; any other form is its own code.
    group_of = {key: n for n, key in enumerate(sorted({groups[form] for form in counted}))}
    offset = len(group_of)
    code = np.array(
        [group_of[groups[form]] if useful[n] else offset + n for n, form in enumerate(forms)], dtype=np.int64
    )
    code_total = np.bincount(code, weights=unigram, minlength=offset + len(forms))
    bits = max(int(code.max()).bit_length(), 1) if len(code) else 1
    candidates: list[tuple[int, int, tuple[str, ...], list[tuple[int, ...]]]] = []
    for length in PHRASE_LENGTHS:
        sequences: Sequences = counts.sequences[length]
        ids = sequences.ids
        if not len(ids):
            continue
        codes = code[ids]
        rows = np.flatnonzero(
            ~stopping[ids[:, 0]]
            & ~stopping[ids[:, -1]]
            & (useful[ids].sum(axis=1) >= 2)
            # Different groups: occurrences of one sequence can then never overlap.
            & (np.diff(np.sort(codes, axis=1), axis=1) != 0).all(axis=1)
        )
        if not len(rows):
            continue
        if bits * length <= 63:
            packed = np.zeros(len(rows), dtype=np.int64)
            for k in range(length):
                packed = (packed << bits) | codes[rows, k]
            _distinct_keys, first, inverse = np.unique(packed, return_index=True, return_inverse=True)
        else:
            _distinct_rows, first, inverse = np.unique(
                codes[rows], axis=0, return_index=True, return_inverse=True
            )
        inverse = inverse.ravel()
        users = np.bincount(inverse, weights=sequences.respondents[rows])
        total = np.bincount(inverse, weights=sequences.counts[rows])
        example = rows[first]
        inside = np.where(
            useful[ids[example]], total[:, None] / np.maximum(code_total[codes[example]], 1), np.inf
        )
        chosen = np.flatnonzero((users >= MIN_COLLOCATION_RESPONDENTS) & (inside.min(axis=1) >= COHESION))
        if not len(chosen):
            continue
        order = np.argsort(inverse, kind="stable")
        starts = np.searchsorted(inverse[order], chosen)
        ends = np.searchsorted(inverse[order], chosen, side="right")
        for number, start, end in zip(chosen, starts, ends, strict=True):
            variants = [tuple(int(i) for i in ids[rows[at]]) for at in order[start:end]]
            words = tuple(forms[i] for i in ids[example[number]])
            candidates.append((int(users[number]), length, words, variants))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    taken: set[int] = set()
    chosen_collocations = []
    for _users, _length, words, variants in candidates:
        content = {int(code[i]) for i in variants[0] if useful[i]}
        phrases = [tuple(forms[i] for i in variant) for variant in variants]
        if content & taken or any(" ".join(phrase) in splits for phrase in phrases):
            continue
        taken |= content
        key = " ".join(groups.get(word, word) for word in words)
        chosen_collocations.append(_Collocation(key, tuple(sorted(phrases))))
        if len(chosen_collocations) == MAX_COLLOCATIONS:
            break
    return sorted(chosen_collocations, key=lambda collocation: collocation.key)


def _separate_collocations(
    counts: Counts, collocations: list[_Collocation]
) -> tuple[csr_matrix, csr_matrix, dict[str, int]]:
    """The answers × forms counts with the words used inside a collocation taken out,
    the answers × collocations counts, and how often each variant occurs."""
    import numpy as np
    from scipy.sparse import coo_matrix

    matrix = counts.matrix
    column_of = {form: column for column, form in enumerate(counts.forms)}
    taken_rows, taken_columns, found_rows, found_columns = [], [], [], []
    occurrences: dict[str, int] = {}
    for number, collocation in enumerate(collocations):
        for words in collocation.variants:
            gram = [column_of[word] for word in words]
            rows = counts.rows_using(gram)
            occurrences[" ".join(words)] = len(rows)
            found_rows.append(rows)
            found_columns.append(np.full(len(rows), number))
            taken_rows += [rows] * len(gram)
            taken_columns += [np.full(len(rows), column) for column in gram]

    def build(rows: list[np.ndarray], columns: list[np.ndarray], width: int) -> csr_matrix:
        # Repeated (answer, column) entries add up: one per occurrence.
        where = (np.concatenate(rows), np.concatenate(columns)) if rows else ([], [])
        data = np.ones(len(where[0]), dtype=matrix.dtype)
        return coo_matrix((data, where), shape=(matrix.shape[0], width)).tocsr()

    outside = matrix - build(taken_rows, taken_columns, matrix.shape[1])
    outside.eliminate_zeros()
    return outside, build(found_rows, found_columns, len(collocations)), occurrences


def _themes(matrix: Any, terms: list[TermCount], columns: list[int], wanted: int) -> list[Theme]:
    """NMF on TF-IDF over the counted words: each theme's most telling words and how
    many answers lean most to it."""
    import numpy as np

    from philosophy_studio.analysis.factorisation import nmf, tf_idf

    if len(columns) < 3 or matrix.shape[0] < 3:
        return []
    sub = matrix[:, columns]
    answered = np.asarray(sub.sum(axis=1)).ravel() > 0
    sub = sub[answered]
    components = min(wanted, len(columns) - 1, sub.shape[0] - 1)
    if components < 2:
        return []
    strengths, words = nmf(tf_idf(sub), components, max_iterations=400)
    leaning = Counter(np.argmax(strengths, axis=1).tolist())
    themes = []
    for index, component in enumerate(words):
        top = [terms[columns[j]].term for j in np.argsort(-component)[:6] if component[j] > 0]
        if top:
            themes.append(Theme(tuple(top), leaning.get(index, 0)))
    return sorted(themes, key=lambda theme: (-theme.answers, theme.terms))


def run_analysis(
    answers: Iterable[str], options: AnalysisOptions, control: WorkControl | None = None
) -> AnalysisResult:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    language = options.language
    _progress(control, 0.0)
    # Read as counted, never kept: a caller may stream a million comments from storage.
    texts = (answer for answer in answers if answer.strip())
    counts = count(texts, language, control, expected=len(answers) if isinstance(answers, Sized) else None)
    answered = counts.matrix.shape[0]
    matrix, forms = counts.matrix, counts.forms
    keep = [i for i, form in enumerate(forms) if counts.is_word[i] and len(form) <= MAX_WORD_LENGTH]

    stop: set[str] = set()
    removed = {normalise_word(word, language) for word in options.removed_stopwords}
    if not options.keep_stopwords:
        stop = set(shipped_stopwords(language)) - removed
    added = {normalise_word(word, language) for word in options.added_stopwords} - {""}
    if options.keep_stopwords:
        added = set()
    question_forms = [
        token.form for token in tokenize(options.question, language) if token.form not in stop | added
    ]
    # The cards' words are grouped with the answers' forms, so "empati" on a card finds
    # "empatiyle" in an answer.
    card_forms = [
        token.form
        for evidence in options.evidence
        for text in (*evidence.names, *evidence.linked)
        for token in tokenize(text, language)
    ]

    # The facilitator's rules name words by a form or by their dictionary form (görmek):
    # grouped with the rest, both find their group.
    rule_forms = [
        normalise_word(word, language)
        for word in (*options.exclusions, *(form for form, _name in options.renames))
        if " " not in word.strip()
    ]
    counted_columns = [i for i in keep if forms[i] not in stop and forms[i] not in added]
    counted_forms = [forms[i] for i in counted_columns]
    groups = group_forms([*counted_forms, *question_forms, *card_forms, *rule_forms], language)
    groups = _apply_rules(groups, options, language)
    _progress(control, 0.65)

    splits = {normalise_word(form, language) for form in options.splits}
    collocations = _collocations(counts, set(counted_forms), stop | added, groups, splits) if answered else []
    outside, collocation_matrix, variant_counts = _separate_collocations(counts, collocations)

    word_keys = sorted({groups[form] for form in counted_forms})
    index_of = {key: n for n, key in enumerate(word_keys)}
    indicator = csr_matrix(
        (
            np.ones(len(counted_columns), dtype=np.int32),
            (counted_columns, [index_of[groups[form]] for form in counted_forms]),
        ),
        shape=(len(forms), len(word_keys)),
    )
    group_keys = word_keys + [collocation.key for collocation in collocations]
    form_counts = np.asarray(outside.sum(axis=0)).ravel()
    # Answers × groups, in compressed columns, words and collocations apart: each
    # part is let go of as soon as the next is built, and the two are stacked only for
    # themes. A million comments' matrices are 150 MB each.
    per_word = outside @ indicator
    del outside
    parts = (per_word.tocsc(), collocation_matrix.tocsc())
    del per_word, collocation_matrix
    respondents = np.concatenate([np.diff(part.indptr) for part in parts])
    occurrences = np.concatenate([np.asarray(part.sum(axis=0)).ravel() for part in parts])

    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for column, form in zip(counted_columns, counted_forms, strict=True):
        if form_counts[column]:
            members[groups[form]].append((form, int(form_counts[column])))
    for collocation in collocations:
        for words in collocation.variants:
            phrase = " ".join(words)
            members[collocation.key].append((phrase, variant_counts[phrase]))
    # The newest rename of a group wins.
    key_of = {form: key for key, group in members.items() for form, _count in group}
    key_of.update((form, key) for form, key in groups.items() if form not in key_of)
    names = {}
    for form, name in options.renames:
        word = normalise_word(form, language)
        if word in key_of and name.strip():
            names[key_of[word]] = name.strip()
    # Most used first; on a tie the shorter form (sabır before sabrımızla).
    ordered = {
        key: sorted(group, key=lambda item: (-item[1], len(item[0]), item[0]))
        for key, group in members.items()
    }
    # Words are shown by their dictionary form (görmek, sorun), collocations and forms
    # the facilitator split off (their key starts with "=") as they are written.
    dictionary = headwords((key for key in word_keys if not key.startswith("=")), language, ordered)
    all_terms = []
    for n, key in enumerate(group_keys):
        if not respondents[n]:
            continue
        all_terms.append(
            TermCount(
                key=key,
                term=names.get(key) or dictionary.get(key) or ordered[key][0][0],
                respondents=int(respondents[n]),
                count=int(occurrences[n]),
                forms=tuple(ordered[key]),
            )
        )

    question_keys = {groups[form] for form in question_forms if form in groups}
    excluded_forms = {normalise_word(form, language) for form in options.exclusions}
    excluded_keys = {groups[form] for form in excluded_forms if form in groups}
    auxiliaries = set() if options.keep_auxiliaries else light_verbs(language) - removed
    terms, excluded = [], []
    for term in all_terms:
        if term.key in excluded_keys or any(form in excluded_forms for form, _count in term.forms):
            excluded.append(ExcludedTerm(term, ExclusionReason.EXCLUDED))
        elif term.key in question_keys and not options.keep_question_words:
            excluded.append(ExcludedTerm(term, ExclusionReason.QUESTION))
        elif term.key in auxiliaries:
            excluded.append(ExcludedTerm(term, ExclusionReason.AUXILIARY))
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

    counted_words = {form for term in terms if not term.is_collocation for form, _count in term.forms}
    counted_words |= {word for term in terms if term.is_collocation for word in term.form.split()}
    _progress(control, 0.85)
    phrases = _phrases(counts, counted_words, stop | added) if answered else []
    themes: list[Theme] = []
    if options.themes and terms:
        _progress(control, 0.9)
        position = {term.key: n for n, term in enumerate(all_terms)}
        column_of_key = {key: n for n, key in enumerate(group_keys)}
        # Words used by one person cannot tie answers together.
        shared_terms = [position[term.key] for term in terms if term.respondents >= 2]
        # Stacked as columns: scipy stacks compressed columns directly, where stacking
        # rows side by side goes through coordinates (400 MB more for a million comments).
        per_group = hstack(parts, format="csc")
        compact = per_group[:, [column_of_key[term.key] for term in all_terms]].tocsr()
        del per_group
        themes = _themes(compact, all_terms, shared_terms, options.themes)
    support: dict[int, CardSupport] = {}
    if options.evidence:
        counted_keys = {term.key for term in terms}
        support = _support(
            options.evidence,
            counts,
            groups,
            collocations=collocations,
            counted_keys=counted_keys,
            language=language,
        )
    _progress(control, 1.0)
    top = options.top
    return AnalysisResult(
        language=language,
        respondents=answered,
        terms=tuple(terms[:top] if top is not None else terms),
        phrases=tuple(phrases[:top] if top is not None else phrases),
        excluded=tuple(excluded),
        question_words=tuple(dict.fromkeys(question_forms)),
        themes=tuple(themes),
        card_support=support,
    )


def _support(
    evidence: tuple[CardEvidence, ...],
    counts: Counts,
    groups: dict[str, str],
    *,
    collocations: list[_Collocation],
    counted_keys: set[str],
    language: Language,
) -> dict[int, CardSupport]:
    """Answers supporting each card (see CardEvidence). A name's words count only when
    they are counted words (not stopwords, words of the question or auxiliaries), each
    standing for its group and the groups of the same quality (quality_root); a linked
    word stands for its whole group, a linked phrase for itself (or for every variant of
    the collocation it names)."""
    import numpy as np

    by_column = counts.matrix.tocsc()
    column_of = {form: column for column, form in enumerate(counts.forms)}
    members: dict[str, list[int]] = defaultdict(list)
    for form, key in groups.items():
        if form in column_of:
            members[key].append(column_of[form])

    def rows_of_keys(keys: list[str]) -> np.ndarray:
        """Answers that use any form of the groups ``keys``."""
        columns = [column for key in keys for column in members.get(key, [])]
        found = [by_column.indices[by_column.indptr[c] : by_column.indptr[c + 1]] for c in columns]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int32)

    def rows_of_sequence(words: tuple[str, ...]) -> set[int]:
        if not all(word in column_of for word in words):
            return set()
        return set(counts.rows_using([column_of[word] for word in words]).tolist())

    variants_of = {
        " ".join(words): collocation.variants
        for collocation in collocations
        for words in collocation.variants
    }
    # A name's word stands for its own group and the counted groups of the same quality
    # (dürüstlük and dürüst, kindness and kind).
    family: dict[str, list[str]] = defaultdict(list)
    for key in sorted(counted_keys):
        family[quality_root(key, language)].append(key)

    def relatives(word: str) -> list[str]:
        key = groups.get(word, word)
        return family.get(quality_root(key, language), [])

    support = {}
    for card in evidence:
        by_name: set[int] = set()
        required: list[str] = []
        for name in card.names:
            words = [
                word for word in dict.fromkeys(t.form for t in tokenize(name, language)) if relatives(word)
            ]
            if words:
                required += ["/".join(dict.fromkeys([word, *relatives(word)])) for word in words]
                rows = rows_of_keys(relatives(words[0]))
                for word in words[1:]:
                    rows = np.intersect1d(rows, rows_of_keys(relatives(word)))
                by_name.update(rows.tolist())
        by_link: set[int] = set()
        for term in card.linked:
            words = tuple(token.form for token in tokenize(term, language))
            if len(words) == 1:
                by_link.update(rows_of_keys([groups[words[0]]]).tolist())
            elif words:
                for variant in variants_of.get(" ".join(words), (words,)):
                    by_link |= rows_of_sequence(variant)
        support[card.card_id] = CardSupport(
            respondents=len(by_name | by_link),
            from_name=len(by_name),
            from_links=len(by_link),
            name_words=tuple(dict.fromkeys(required)),
        )
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
