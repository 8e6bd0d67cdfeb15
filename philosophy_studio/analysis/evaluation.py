"""How well the grouping keeps each word's inflections together and unrelated words
apart, measured on a labelled set of (form, lemma) pairs (tests/fixtures/analysis/)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from philosophy_studio.analysis.grouping import group_forms
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
