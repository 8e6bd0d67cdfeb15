"""Example answers to the five guideline questions that fit the value being worked on:
one set per kind of value (honesty, first-contact resolution, empathy, …), in
resources/guideline_examples/, written in our own words."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import GuidelineQuestion
from philosophy_studio.domain.text import fold
from philosophy_studio.resources import resource_path

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# The name decides; the description only speaks when the name says nothing.
NAME_WEIGHT = 10


@dataclass(frozen=True)
class ExampleSet:
    key: str
    stems: tuple[str, ...]
    not_stems: tuple[str, ...]
    names: dict[str, str]
    answers: dict[str, dict[GuidelineQuestion, str]]

    def name(self, language: Language) -> str:
        return self.names[language.value]

    def answer(self, question: GuidelineQuestion, language: Language) -> str:
        return self.answers[language.value][question]


@dataclass(frozen=True)
class ExampleChoice:
    examples: ExampleSet
    # False when nothing in the value points at a set: the examples then say which
    # kind of value they were written for.
    fits_the_value: bool


@cache
def example_sets() -> tuple[ExampleSet, ...]:
    document = json.loads(resource_path("guideline_examples", "examples.json").read_text(encoding="utf-8"))
    return tuple(
        ExampleSet(
            key=theme["key"],
            stems=tuple(theme["stems"]),
            not_stems=tuple(theme.get("not_stems", ())),
            names=theme["name"],
            answers={
                language.value: {
                    question: theme[language.value][question.value] for question in GuidelineQuestion
                }
                for language in Language
            },
        )
        for theme in document["themes"]
    )


def _folded_words(text: str) -> list[str]:
    # Either case rule: the value may be written in Turkish (İ/ı) or English (I/i).
    return [fold(word, turkish) for word in _WORD.findall(text) for turkish in (True, False)]


def _best_set_for(word: str, sets: tuple[ExampleSet, ...]) -> ExampleSet | None:
    """The set whose longest stem begins ``word``."""
    matches = [
        (len(stem), index) for index, each in enumerate(sets) for stem in each.stems if word.startswith(stem)
    ]
    return sets[max(matches)[1]] if matches else None


def examples_for(value_name: str, description: str = "") -> ExampleChoice:
    sets = example_sets()
    scores = [0] * len(sets)
    for text, weight in ((value_name, NAME_WEIGHT), (description, 1)):
        folded = _folded_words(text)
        joined = f" {' '.join(folded)} "
        for word in set(folded):
            found = _best_set_for(word, sets)
            if found is not None:
                scores[sets.index(found)] += weight
        for index, each in enumerate(sets):
            scores[index] += weight * sum(1 for stem in each.stems if " " in stem and f" {stem} " in joined)
    name_words = _folded_words(value_name)
    for index, each in enumerate(sets):
        if any(word.startswith(each.not_stems) for word in name_words):
            scores[index] = 0
    best = max(range(len(sets)), key=lambda index: (scores[index], -index))
    return ExampleChoice(sets[best], fits_the_value=scores[best] > 0)
