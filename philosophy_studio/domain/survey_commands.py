"""Edits of the survey's answers: the facilitator hides an answer from the analysis, or
shows it again. Answers are never edited or attributed, only hidden. And the survey's
window: when an open survey takes answers on its own."""

from __future__ import annotations

import datetime as dt
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


@dataclass(frozen=True)
class SetSurveyWindow(Command):
    """From when (inclusive) until when (exclusive) an open survey takes answers; None
    leaves that side open. Kept in UTC, to the minute (model.window_minute).
    ``survey_open`` also sets the survey's switch (True: scheduling a survey means it
    should open on time); None leaves it as it is."""

    open_from: dt.datetime | None
    open_until: dt.datetime | None
    survey_open: bool | None = None
    label = QT_TRANSLATE_NOOP("Commands", "Set when the survey is open")


@dataclass(frozen=True)
class SetSurveyRound(Command):
    """New answers join the round of the check-in on ``day`` (the survey asked again
    there), or with None the workshop's own round. The survey's page, phones, kiosk and
    analysis then show that round's answers."""

    day: dt.date | None
    label = QT_TRANSLATE_NOOP("Commands", "Ask the survey again")
