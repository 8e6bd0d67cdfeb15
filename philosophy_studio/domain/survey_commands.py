"""Edits of the survey's answers: the facilitator hides an answer from the analysis, or
shows it again. Answers are never edited or attributed, only hidden."""

from __future__ import annotations

from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class HideAnswer(Command):
    answer_id: str
    label = QT_TRANSLATE_NOOP("Commands", "Hide an answer")


@dataclass(frozen=True)
class ShowAnswer(Command):
    answer_id: str
    label = QT_TRANSLATE_NOOP("Commands", "Show an answer again")
