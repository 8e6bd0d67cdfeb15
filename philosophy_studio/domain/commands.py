"""Edits to a workshop, as values.

A command says what to change; the workshop service applies it in one transaction and
returns the command that undoes it (computed from the state it replaced), so undo and
redo are just more commands. The GUI's undo stack only stores and replays them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.steps import Step


class WorkshopField(StrEnum):
    TEAM_NAME = "team_name"
    ORGANISATION = "organisation"
    FACILITATOR = "facilitator"
    DATE = "date"
    LANGUAGE = "language"
    APPROACH = "approach"
    APPROACH_NOTES = "approach_notes"
    VALUE_SET_NAME = "value_set_name"
    SURVEY_QUESTION = "survey_question"
    SURVEY_OPEN = "survey_open"
    MIN_RESPONDENTS = "min_respondents"
    KEEP_QUESTION_WORDS = "keep_question_words"


FIELD_ASPECTS: dict[WorkshopField, Aspect] = {
    WorkshopField.TEAM_NAME: Aspect.INFO,
    WorkshopField.ORGANISATION: Aspect.INFO,
    WorkshopField.FACILITATOR: Aspect.INFO,
    WorkshopField.DATE: Aspect.INFO,
    WorkshopField.LANGUAGE: Aspect.INFO,
    WorkshopField.APPROACH: Aspect.PERSONAS,
    WorkshopField.APPROACH_NOTES: Aspect.PERSONAS,
    WorkshopField.VALUE_SET_NAME: Aspect.VALUES,
    WorkshopField.SURVEY_QUESTION: Aspect.SURVEY,
    WorkshopField.SURVEY_OPEN: Aspect.SURVEY,
    WorkshopField.MIN_RESPONDENTS: Aspect.SURVEY,
    WorkshopField.KEEP_QUESTION_WORDS: Aspect.ANALYSIS,
}

FieldValue = str | bool | int | dt.date | None


@dataclass(frozen=True)
class Command:
    """Base of all workshop edits. ``label`` is English source text for the undo menu,
    translated by the GUI under the ``Commands`` context."""

    label = QT_TRANSLATE_NOOP("Commands", "Edit")

    def merge_key(self) -> tuple[object, ...] | None:
        """Commands with equal non-None keys that follow each other quickly merge into
        one undo step (a burst of typing)."""
        return None

    def merged_with(self, later: Command) -> Command:
        """The one command that does what this one and ``later`` (same merge key) did."""
        return later


class _Unchecked:
    """``expected`` of an edit that overwrites whatever is stored (undo, redo, a
    conscious "keep mine")."""

    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Any = _Unchecked()


@dataclass(frozen=True)
class CheckedEdit(Command):
    """An edit of one value that refuses to overwrite a change it has not seen.

    ``expected`` is the value the editor last saw stored. When the store holds something
    else (another facilitator on a shared server changed it meanwhile), the service
    raises EditConflictError with both versions instead of overwriting. A burst merged
    into one undo step keeps the expectation of its first edit."""

    def merged_with(self, later: Command) -> Command:
        assert isinstance(later, CheckedEdit)
        return dataclasses.replace(later, expected=self.expected)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SetWorkshopField(CheckedEdit):
    field: WorkshopField
    value: FieldValue
    expected: FieldValue = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit workshop details")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("workshop-field", self.field)


# The longest countdown the presentation offers: a half-day session.
MAX_STEP_TIMER_SECONDS = 180 * 60


@dataclass(frozen=True)
class SetStepTimer(Command):
    """How long the room gets for a step on the projector's countdown; 0 goes back to
    the default."""

    step: Step
    seconds: int
    label = QT_TRANSLATE_NOOP("Commands", "Set the step's timer")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("step-timer", self.step)


@dataclass(frozen=True)
class SetVisionText(CheckedEdit):
    draft_id: int
    text: str
    expected: str = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit vision")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("vision-text", self.draft_id)


@dataclass(frozen=True)
class AddVisionDraft(Command):
    """Adds a draft at ``position``; ``draft_id`` 0 gets a new id, another id brings a
    deleted draft back as it was (``chosen`` too)."""

    text: str
    position: int
    draft_id: int = 0
    chosen: bool = False
    label = QT_TRANSLATE_NOOP("Commands", "Add a vision draft")


@dataclass(frozen=True)
class DeleteVisionDraft(Command):
    draft_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a vision draft")


@dataclass(frozen=True)
class ChooseVision(Command):
    """Marks one draft as the team's vision (None: no draft chosen)."""

    draft_id: int | None
    label = QT_TRANSLATE_NOOP("Commands", "Choose the vision")
