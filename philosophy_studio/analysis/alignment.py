"""How far what customers say today is from what the team wants them to say: for each
value, the comments that speak to it, how many of those come from promoters and from
detractors, and a few of them to read out.

A comment speaks to a value by the rule that ties staff answers to a value card
(engine.py, ``_support``), so both sides of the comparison are counted alike: it uses
every counted word of the value's name, each in any of its forms (hızlı finds
hızlıydı) or as the quality it names (dürüst and dürüstlük), or it uses all the words
of one of the words and phrases the facilitator added to the value. Words are grouped
with the comments' own forms, as in the word list (distinctive.word_usage).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from philosophy_studio.analysis.distinctive import WordUsage, word_usage
from philosophy_studio.analysis.engine import AnalysisOptions
from philosophy_studio.analysis.grouping import quality_root
from philosophy_studio.analysis.tokens import tokenize
from philosophy_studio.domain.feedback import NpsGroup, ScoreScale, score_group
from philosophy_studio.domain.model import ValueCard
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    import numpy as np

EXAMPLES = 3
# An example is read out to the room: long enough to say more than the value's word
# ("hızlı"), short enough to read at a glance on a projector.
MIN_EXAMPLE_WORDS = 5
MAX_EXAMPLE_WORDS = 40


@dataclass(frozen=True)
class ValueWords:
    """A value as alignment looks for it: its name and the words or phrases the
    facilitator added to it."""

    key: int
    name: str
    added: tuple[str, ...] = ()

    @classmethod
    def of_card(cls, card: ValueCard, added: Sequence[str] = ()) -> ValueWords:
        """A card with the words linked to it by hand, and ``added`` beside them."""
        return cls(card.id, card.name, tuple(dict.fromkeys([*card.evidence_terms, *added])))


@dataclass(frozen=True)
class ValueAlignment:
    key: int
    name: str
    # The words the comments were matched by, each with the words of the same quality
    # ("dürüst/dürüstlük"), as the value card's support shows them.
    words: tuple[str, ...]
    comments: int
    # Of ``comments``, those with a score, and from promoters and from detractors (for
    # CSAT: 4–5 and 1–2, see domain.feedback.score_group).
    scored: int
    promoters: int
    detractors: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Alignment:
    comments: int
    values: tuple[ValueAlignment, ...]


def _rank(text: str) -> tuple[bool, int, str]:
    """Examples are taken in this order: comments of a readable length first (see
    MIN_EXAMPLE_WORDS), the shortest of them first, then by their text, so that the same
    comments always come back and a room sees the same three after a re-run."""
    # Words counted by their spaces: a million comments' examples are ranked often
    # enough (on every filter change) that splitting each would show.
    words = text.count(" ") + 1
    return (not MIN_EXAMPLE_WORDS <= words <= MAX_EXAMPLE_WORDS, len(text), text)


def _examples(rows: Sequence[int], texts: Sequence[str], sides: Sequence[NpsGroup | None]) -> tuple[str, ...]:
    """Up to EXAMPLES comments: with scores, the best of the detractors' first, then the
    best of the promoters' (a value shows what hurts and what already works), then the
    best of the rest; without scores the best ones. A text is never shown twice."""
    best: dict[NpsGroup | None, list[tuple[tuple[bool, int, str], str]]] = defaultdict(list)
    by_side: dict[NpsGroup | None, list[int]] = defaultdict(list)
    for row in rows:
        by_side[sides[row]].append(row)
    for side, members in by_side.items():
        # More than EXAMPLES per side, in case of repeated texts.
        best[side] = heapq.nsmallest(EXAMPLES * 3, ((_rank(texts[row]), texts[row]) for row in members))
    chosen: list[str] = []

    def take(candidates: Sequence[tuple[tuple[bool, int, str], str]]) -> None:
        for _rank_key, text in candidates:
            if text not in chosen:
                chosen.append(text)
                return

    if len(best) > 1 or None not in best:
        take(best.get(NpsGroup.DETRACTOR, []))
        take(best.get(NpsGroup.PROMOTER, []))
    rest = sorted(candidate for candidates in best.values() for candidate in candidates)
    while len(chosen) < EXAMPLES and any(text not in chosen for _key, text in rest):
        take(rest)
    return tuple(chosen[:EXAMPLES])


def value_phrases(values: Sequence[ValueWords]) -> list[str]:
    """The names and added words of ``values``: word_usage's ``extra_words`` when one
    count of the comments serves alignment and distinctive words alike."""
    return [phrase for value in values for phrase in (value.name, *value.added)]


def score_sides(scores: Sequence[int | None] | None, scale: ScoreScale | None) -> list[NpsGroup | None]:
    """Each comment's side by its score (None: no score)."""
    if scores is None or scale is None:
        return [None] * (len(scores) if scores is not None else 0)
    return [None if score is None else score_group(score, scale) for score in scores]


def value_alignment(
    texts: Sequence[str],
    values: Sequence[ValueWords],
    options: AnalysisOptions,
    *,
    scores: Sequence[int | None] | None = None,
    scale: ScoreScale | None = None,
    control: WorkControl | None = None,
) -> Alignment:
    """For each of ``values``, the comments of ``texts`` that speak to it (``scores``
    beside them, on ``scale``), counted as the staff analysis counts with ``options``."""
    usage = word_usage(texts, options, extra_words=value_phrases(values), control=control)
    sides = score_sides(scores, scale) if scores is not None else [None] * len(texts)
    return align(usage, texts, values, sides)


def align(
    usage: WordUsage,
    texts: Sequence[str],
    values: Sequence[ValueWords],
    sides: Sequence[NpsGroup | None],
    within: np.ndarray | None = None,
) -> Alignment:
    """Value alignment from counts already made (``usage`` of ``texts``, with
    value_phrases(``values``) among its extra words), each text's side beside it; only
    the texts ``within`` (a boolean mask: a channel, a month) when given, so that a
    filter is applied without counting again."""
    import numpy as np

    language = usage.language
    family: dict[str, list[int]] = defaultdict(list)
    for column, key in enumerate(usage.keys):
        family[quality_root(key, language)].append(column)
    by_column = usage.usage

    def relatives(form: str) -> list[int]:
        key = usage.groups.get(form)
        return family.get(quality_root(key, language), []) if key is not None else []

    def rows_of(columns: list[int]) -> np.ndarray:
        """The texts (within the filter) using any of ``columns``, in order."""
        found = [by_column.indices[by_column.indptr[c] : by_column.indptr[c + 1]] for c in columns]
        if not found:
            return np.zeros(0, dtype=np.int32)
        if within is not None:
            found = [rows[within[rows]] for rows in found]
        # A column's rows are sorted and distinct already.
        return found[0] if len(found) == 1 else np.unique(np.concatenate(found))

    def rows_using_all(phrase: str) -> tuple[np.ndarray | None, list[str]]:
        """The comments using every counted word of ``phrase`` (None: it has none), and
        those words as shown (each with its relatives)."""
        forms = [
            form for form in dict.fromkeys(t.form for t in tokenize(phrase, language)) if relatives(form)
        ]
        if not forms:
            return None, []
        rows = rows_of(relatives(forms[0]))
        for form in forms[1:]:
            rows = np.intersect1d(rows, rows_of(relatives(form)))
        shown = ["/".join(dict.fromkeys(usage.terms[c] for c in relatives(form))) for form in forms]
        return rows, shown

    results = []
    for value in values:
        found: list[np.ndarray] = []
        shown: list[str] = []
        for phrase in (value.name, *value.added):
            rows, words = rows_using_all(phrase)
            if rows is not None:
                found.append(rows)
                shown += words
        if not found:
            rows = np.zeros(0, dtype=np.int32)
        else:
            rows = found[0] if len(found) == 1 else np.unique(np.concatenate(found))
        counted = [sides[row] for row in rows.tolist()]
        results.append(
            ValueAlignment(
                key=value.key,
                name=value.name,
                words=tuple(dict.fromkeys(shown)),
                comments=len(counted),
                scored=sum(1 for side in counted if side is not None),
                promoters=counted.count(NpsGroup.PROMOTER),
                detractors=counted.count(NpsGroup.DETRACTOR),
                examples=_examples(rows.tolist(), texts, sides),
            )
        )
    chosen = range(len(texts)) if within is None else np.flatnonzero(within).tolist()
    return Alignment(comments=sum(1 for row in chosen if texts[row].strip()), values=tuple(results))
