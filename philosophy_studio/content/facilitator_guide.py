"""The facilitator's guide: each step's guidance (resources/guidance/LANG/STEP.md), the
page on planning the day (planning.md), and the agenda that the timed activities of
the steps add up to. The timings are read from the guidance itself, so the agenda
never disagrees with what each step tells the facilitator."""

from __future__ import annotations

import re
from dataclasses import dataclass

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import WORKSHOP_DAY, Step
from philosophy_studio.resources import resource_path

# "- **Silent writing (10 min).**" in English, "- **Sessiz yazma (10 dk).**" in Turkish.
_TIMED_ACTIVITY = re.compile(r"^- \*\*(?P<name>.+?) \((?P<minutes>\d+) (?:min|dk)\)\.\*\*", re.MULTILINE)


@dataclass(frozen=True)
class Activity:
    name: str
    minutes: int


def _read(language: Language, name: str) -> str:
    try:
        return resource_path("guidance", language.value, f"{name}.md").read_text(encoding="utf-8")
    except OSError:
        return ""


def step_guide(step: Step, language: Language) -> str:
    """The step's guidance as Markdown: how to run it with a room, what a good result
    looks like, and the pitfalls."""
    return _read(language, step.value)


def planning_guide(language: Language) -> str:
    """What to prepare before the workshop and how to split it over the day, as Markdown."""
    return _read(language, "planning")


def activities(step: Step, language: Language) -> tuple[Activity, ...]:
    """The step's timed activities, in the order the guidance runs them."""
    return tuple(
        Activity(match["name"], int(match["minutes"]))
        for match in _TIMED_ACTIVITY.finditer(step_guide(step, language))
    )


def step_minutes(step: Step, language: Language) -> int:
    return sum(activity.minutes for activity in activities(step, language))


def workshop_minutes(language: Language) -> int:
    """The workshop day's running time, breaks not included."""
    return sum(step_minutes(step, language) for step in WORKSHOP_DAY)
