"""How well the grouping keeps each word's inflections together and unrelated words
apart: on a labelled set of (form, lemma) pairs (tests/fixtures/analysis/), and on the
tokens of treebank sentences with their annotators' lemmas (tests/fixtures/ud/), by
token-weighted B-cubed scores and by the respondent counts of the most used words."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from philosophy_studio.analysis.grouping import group_forms
from philosophy_studio.analysis.stopwords import shipped_stopwords
from philosophy_studio.analysis.tokens import lower, prepare, words
from philosophy_studio.domain.language import Language


@dataclass(frozen=True)
class GroupingQuality:
    forms: int
    lemmas: int
    # Share of forms grouped with most of their lemma's forms.
    recall: float
    # Of all pairs of forms the grouping put together, the share that are one word.
    precision: float
    false_merges: tuple[tuple[str, str], ...]
    missed: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LabelledSet:
    pairs: tuple[tuple[str, str], ...]
    # Lemmas derived from one another (help, helpful): grouping them together is
    # allowed, apart too; neither counts against the grouping.
    related: frozenset[frozenset[str]]


def read_labelled(path: Path) -> LabelledSet:
    """``form<TAB>lemma`` lines; ``# related: a b`` declares lemmas a and b related."""
    pairs, related = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# related:"):
            related.add(frozenset(line.removeprefix("# related:").split()))
        elif line.strip() and not line.startswith("#"):
            form, lemma = line.split("\t")
            pairs.append((form.strip(), lemma.strip()))
    return LabelledSet(tuple(pairs), frozenset(related))


def grouping_quality(labelled: LabelledSet, language: Language) -> GroupingQuality:
    pairs = list(dict.fromkeys(labelled.pairs))
    lemma_of = dict(pairs)
    groups = group_forms(lemma_of, language)
    by_lemma: dict[str, list[str]] = defaultdict(list)
    for form, lemma in pairs:
        by_lemma[lemma].append(form)
    recalled, missed = 0, []
    for lemma, forms in by_lemma.items():
        # Ties go to the group of the lemma's own form, then the first key: deterministic.
        tally = Counter(groups[form] for form in forms)
        best = max(tally.values())
        homes = sorted(key for key, size in tally.items() if size == best)
        home = groups[lemma] if groups.get(lemma) in homes else homes[0]
        size = best
        recalled += size
        missed += [(form, lemma) for form in forms if groups[form] != home]
    together: dict[str, list[str]] = defaultdict(list)
    for form, key in groups.items():
        together[key].append(form)
    right = wrong = 0
    false_merges = []
    for members in together.values():
        for first, second in combinations(sorted(members), 2):
            lemmas = {lemma_of[first], lemma_of[second]}
            if len(lemmas) == 1:
                right += 1
            elif frozenset(lemmas) in labelled.related:
                continue
            else:
                wrong += 1
                false_merges.append((first, second))
    return GroupingQuality(
        forms=len(pairs),
        lemmas=len(by_lemma),
        recall=recalled / len(pairs) if pairs else 1.0,
        precision=right / (right + wrong) if right + wrong else 1.0,
        false_merges=tuple(false_merges),
        missed=tuple(missed),
    )


# Punctuation before or after a lemma: Dr., etc., "Türkiye.
_AROUND = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class GoldToken:
    """A word of a treebank sentence (a respondent) as the analysis counts it, with the
    lemma the annotators gave it."""

    sentence: int
    form: str
    lemma: str


def read_treebank_extract(path: Path, language: Language) -> list[GoldToken]:
    """The tokens of an extract of tests/fixtures/ud/ that the analysis would count:
    a treebank token that our tokenizer reads as exactly one word (so not punctuation,
    numbers or hyphenated pairs), lower-cased by the language's rules, and not a shipped
    stopword. The lemma is lower-cased the same way, and punctuation around it is left
    out as it is around a form (Dr. → dr, "Türkiye → türkiye). A token the annotators left without
    a lemma (``_``: a few in EWT and Tourism) is not scored: it has no gold class."""
    import gzip

    stop = shipped_stopwords(language)
    tokens: list[GoldToken] = []
    sentence = -1
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("# "):
                sentence += 1
                continue
            form, lemma, _upos = line.rstrip("\n").split("\t")
            if lemma == "_":
                continue
            found = words(prepare(form, language))
            if len(found) == 1 and found[0] not in stop:
                gold = _AROUND.sub("", lemma) or lemma
                tokens.append(GoldToken(sentence, found[0], lower(gold, language)))
    return tokens


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """Token-weighted B-cubed precision, recall and F1 of a clustering of tokens
    (``predicted``: each token's group) against the gold classes (``gold``: each
    token's lemma). A token's precision is the share of its group that has its lemma;
    its recall the share of its lemma's tokens in its group; both are averaged over
    tokens, so frequent words weigh as they do in a count."""
    if not gold:
        return 1.0, 1.0, 1.0
    cells = Counter(zip(gold, predicted, strict=True))
    gold_sizes, group_sizes = Counter(gold), Counter(predicted)
    precision = sum(n * n / group_sizes[group] for (_lemma, group), n in cells.items()) / len(gold)
    recall = sum(n * n / gold_sizes[lemma] for (lemma, _group), n in cells.items()) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class TopWord:
    lemma: str
    # The lemma's most used form: the group a facilitator would look it up by.
    form: str
    respondents: int
    # Respondents of the group ``form`` is in.
    counted: int


def top_word_counts(tokens: Sequence[GoldToken], group_of: Mapping[str, str], top: int = 30) -> list[TopWord]:
    """The ``top`` lemmas used by most respondents (sentences), each with the number of
    respondents the grouping ``group_of`` (form → group) gives the group of its most used
    form. The count is exact when ``counted == respondents``.

    A respondent uses a lemma when they use one of its forms, a form being the lemma's
    when the annotators gave most of its tokens that lemma (ties: the first in
    alphabetical order). A grouping of forms cannot tell one token of a form from
    another, so a lemma given to a single token against the rest of its form (an
    annotator's slip, or a reading only the context decides) does not count against
    it."""
    readings: dict[str, Counter[str]] = defaultdict(Counter)
    for token in tokens:
        readings[token.form][token.lemma] += 1
    lemma_of = {
        form: min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        for form, counts in readings.items()
    }
    by_lemma: dict[str, set[int]] = defaultdict(set)
    by_group: dict[str, set[int]] = defaultdict(set)
    form_uses: dict[str, Counter[str]] = defaultdict(Counter)
    for token in tokens:
        lemma = lemma_of[token.form]
        by_lemma[lemma].add(token.sentence)
        by_group[group_of[token.form]].add(token.sentence)
        form_uses[lemma][token.form] += 1
    ranked = sorted(by_lemma, key=lambda lemma: (-len(by_lemma[lemma]), lemma))[:top]
    found = []
    for lemma in ranked:
        form = min(form_uses[lemma].items(), key=lambda item: (-item[1], item[0]))[0]
        found.append(TopWord(lemma, form, len(by_lemma[lemma]), len(by_group[group_of[form]])))
    return found
