"""The workshop's own details and settings: what each field accepts and how it is
stored, and the length of a step's countdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from philosophy_studio.domain.commands import MAX_STEP_TIMER_SECONDS, FieldValue, WorkshopField
from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import (
    LOWEST_MIN_RESPONDENTS,
    MAX_MIN_RESPONDENTS,
    Approach,
    Language,
    window_minute,
)
from philosophy_studio.domain.text import clean_line, clean_text


class EmptyTeamNameError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "The team name cannot be empty.")


class SurveyWindowError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The survey must close after it opens: choose an end later than the start."
    )


class MinRespondentsTooLowError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Results need at least {lowest} respondents to stay anonymous.")


class MinRespondentsTooHighError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The results can wait for at most {highest} respondents; a team is never larger."
    )


def has_team_name(text: str) -> bool:
    """Whether ``text`` names the team once cleaned: the name is on every page, file
    name and charter."""
    return bool(clean_line(text))


def team_name(value: FieldValue) -> str:
    """The team name as it is stored; EmptyTeamNameError when there is none."""
    text = str(value or "")
    if not has_team_name(text):
        raise EmptyTeamNameError()
    return clean_line(text)


def min_respondents(value: FieldValue) -> int:
    """The fewest answers the results are shown for: below LOWEST_MIN_RESPONDENTS a
    result could point at one person (MinRespondentsTooLowError)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < LOWEST_MIN_RESPONDENTS:
        raise MinRespondentsTooLowError(lowest=LOWEST_MIN_RESPONDENTS)
    if value > MAX_MIN_RESPONDENTS:
        raise MinRespondentsTooHighError(highest=MAX_MIN_RESPONDENTS)
    return value


def _line(value: FieldValue) -> str:
    return clean_line(str(value or ""))


def _long_line(value: FieldValue) -> str:
    return clean_text(str(value or ""), single_line=True)


def _long_text(value: FieldValue) -> str:
    return clean_text(str(value or ""))


def _date(value: FieldValue) -> dt.date | None:
    if value is not None and not isinstance(value, dt.date):
        raise TypeError("date must be a datetime.date")
    return value


# Each field: how a new value is checked and turned into what is stored.
_FIELDS: dict[WorkshopField, Callable[[FieldValue], object]] = {
    WorkshopField.TEAM_NAME: team_name,
    WorkshopField.ORGANISATION: _line,
    WorkshopField.FACILITATOR: _line,
    WorkshopField.DATE: _date,
    WorkshopField.LANGUAGE: lambda value: Language(str(value)).value,
    WorkshopField.APPROACH: lambda value: Approach(str(value)).value if value else None,
    WorkshopField.APPROACH_NOTES: _long_text,
    WorkshopField.VALUE_SET_NAME: _line,
    WorkshopField.SURVEY_QUESTION: _long_line,
    WorkshopField.SURVEY_OPEN: bool,
    WorkshopField.MIN_RESPONDENTS: min_respondents,
    WorkshopField.KEEP_QUESTION_WORDS: bool,
}


def field_value(field: WorkshopField, value: FieldValue) -> object:
    """``value`` of ``field`` as it is stored: cleaned text, an enum's value, a date, a
    flag or a number, or the field's error when it cannot be stored."""
    return _FIELDS[field](value)


def step_timer_seconds(seconds: int) -> int:
    """A step's countdown as it is stored: 0 (the default) to a half-day session."""
    return max(0, min(int(seconds), MAX_STEP_TIMER_SECONDS))


def survey_window(
    open_from: dt.datetime | None, open_until: dt.datetime | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """A survey window as it is kept (UTC, whole minutes); SurveyWindowError when it
    would close before, or as, it opens."""
    start, end = window_minute(open_from), window_minute(open_until)
    if start is not None and end is not None and end <= start:
        raise SurveyWindowError()
    return start, end
