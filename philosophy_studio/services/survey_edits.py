"""Hiding and showing survey answers, when the survey is open and which round it asks
(undoable edits)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.rules.workshop import survey_window
from philosophy_studio.domain.survey_commands import HideAnswer, SetSurveyRound, SetSurveyWindow, ShowAnswer
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import SurveyAnswerRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome


def _answer(context: EditContext, answer_id: str) -> SurveyAnswerRow:
    return context.owned(SurveyAnswerRow, answer_id, "answer")


def hide_answer(context: EditContext, command: HideAnswer) -> Outcome:
    row = _answer(context, command.answer_id)
    # Undo restores what was stored, so hiding an already hidden answer undoes to hidden.
    inverse = ShowAnswer(command.answer_id) if not row.hidden else HideAnswer(command.answer_id)
    row.hidden = True
    return Outcome(inverse, Changes.of(Aspect.ANSWERS))


def show_answer(context: EditContext, command: ShowAnswer) -> Outcome:
    row = _answer(context, command.answer_id)
    inverse = HideAnswer(command.answer_id) if row.hidden else ShowAnswer(command.answer_id)
    row.hidden = False
    return Outcome(inverse, Changes.of(Aspect.ANSWERS))


def set_survey_window(context: EditContext, command: SetSurveyWindow) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    start, end = survey_window(command.open_from, command.open_until)
    inverse = SetSurveyWindow(
        *repository.survey_window_of(row),
        survey_open=None if command.survey_open is None else row.survey_open,
    )
    repository.set_survey_window(row, start, end)
    if command.survey_open is not None:
        row.survey_open = command.survey_open
    return Outcome(inverse, Changes.of(Aspect.SURVEY))


def set_survey_round(context: EditContext, command: SetSurveyRound) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    if command.day is not None and command.day not in {checkin.day for checkin in row.checkins}:
        raise NotAWorkshopError(path=f"check-in {command.day.isoformat()}")
    inverse = SetSurveyRound(row.survey_round)
    row.survey_round = command.day
    # Which answers the workshop holds changes with the round.
    return Outcome(inverse, Changes.of(Aspect.SURVEY, Aspect.ANSWERS, Aspect.CHECKINS))


HANDLERS: HandlerTable = {
    HideAnswer: hide_answer,
    ShowAnswer: show_answer,
    SetSurveyWindow: set_survey_window,
    SetSurveyRound: set_survey_round,
}
