"""Edits of the workshop's own details and settings, and of the vision text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import (
    FIELD_ASPECTS,
    MAX_STEP_TIMER_SECONDS,
    UNCHECKED,
    AddVisionDraft,
    ChooseVision,
    DeleteVisionDraft,
    FieldValue,
    SetStepTimer,
    SetVisionText,
    SetWorkshopField,
    WorkshopField,
)
from philosophy_studio.domain.errors import EditConflictError, InvalidValueError, NotAWorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import DEFAULT_SURVEY_QUESTION, LOWEST_MIN_RESPONDENTS, Approach, Language
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import VisionDraftRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome


class EmptyTeamNameError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "The team name cannot be empty.")


class MinRespondentsTooLowError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Results need at least {lowest} respondents to stay anonymous.")


def set_workshop_field(context: EditContext, command: SetWorkshopField) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    attribute, parse = _FIELDS[command.field]
    old = getattr(row, attribute)
    new = parse(command.value)
    if command.expected is not UNCHECKED and parse(command.expected) != old:
        raise EditConflictError(theirs=old, mine=new, command=command)
    changes = Changes.of(FIELD_ASPECTS[command.field])
    if command.field is WorkshopField.LANGUAGE:
        new_language = Language(str(command.value))
        # A question nobody edited follows the workshop language.
        if row.survey_question == DEFAULT_SURVEY_QUESTION[Language(row.language)]:
            row.survey_question = DEFAULT_SURVEY_QUESTION[new_language]
            changes = changes | Changes.of(Aspect.SURVEY)
    setattr(row, attribute, new)
    # Undo expects what this edit stored: it refuses to wipe out a later change by
    # someone else, too.
    return Outcome(SetWorkshopField(command.field, old, expected=new), changes)


def set_step_timer(context: EditContext, command: SetStepTimer) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    timers = dict(row.step_timers or {})
    old = timers.get(command.step.value, 0)
    seconds = max(0, min(int(command.seconds), MAX_STEP_TIMER_SECONDS))
    if seconds:
        timers[command.step.value] = seconds
    else:
        timers.pop(command.step.value, None)
    # A new dict, not an edit in place: SQLAlchemy only notices a replaced JSON value.
    row.step_timers = timers
    return Outcome(SetStepTimer(command.step, old), Changes.of(Aspect.TIMERS))


def set_vision_text(context: EditContext, command: SetVisionText) -> Outcome:
    draft = context.session.get(VisionDraftRow, command.draft_id)
    if draft is None or draft.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"vision draft {command.draft_id}")
    old, new = draft.text, clean_text(command.text)
    if command.expected is not UNCHECKED and clean_text(command.expected) != old:
        raise EditConflictError(theirs=old, mine=new, command=command)
    draft.text = new
    return Outcome(SetVisionText(command.draft_id, old, expected=new), Changes.of(Aspect.VISION))


def _drafts(context: EditContext) -> tuple[WorkshopRow, list[VisionDraftRow]]:
    row = repository.workshop_row(context.session, context.workshop_id)
    return row, sorted(row.vision_drafts, key=lambda draft: draft.position)


def add_vision_draft(context: EditContext, command: AddVisionDraft) -> Outcome:
    row, drafts = _drafts(context)
    position = max(0, min(command.position, len(drafts)))
    for later in drafts[position:]:
        later.position += 1
    draft = VisionDraftRow(workshop_id=row.id, position=position, text=clean_text(command.text))
    if command.draft_id:
        draft.id = command.draft_id
    context.session.add(draft)
    context.session.flush()
    if command.chosen:
        row.chosen_vision_id = draft.id
    return Outcome(DeleteVisionDraft(draft.id), Changes.of(Aspect.VISION))


def delete_vision_draft(context: EditContext, command: DeleteVisionDraft) -> Outcome:
    row, drafts = _drafts(context)
    draft = next((d for d in drafts if d.id == command.draft_id), None)
    if draft is None:
        raise NotAWorkshopError(path=f"vision draft {command.draft_id}")
    chosen = row.chosen_vision_id == draft.id
    inverse = AddVisionDraft(draft.text, draft.position, draft_id=draft.id, chosen=chosen)
    if chosen:
        row.chosen_vision_id = None
    for later in drafts:
        if later.position > draft.position:
            later.position -= 1
    row.vision_drafts.remove(draft)
    return Outcome(inverse, Changes.of(Aspect.VISION))


def choose_vision(context: EditContext, command: ChooseVision) -> Outcome:
    row, drafts = _drafts(context)
    if command.draft_id is not None and command.draft_id not in {d.id for d in drafts}:
        raise NotAWorkshopError(path=f"vision draft {command.draft_id}")
    old = row.chosen_vision_id
    row.chosen_vision_id = command.draft_id
    return Outcome(ChooseVision(old), Changes.of(Aspect.VISION))


HANDLERS: HandlerTable = {
    SetWorkshopField: set_workshop_field,
    SetStepTimer: set_step_timer,
    SetVisionText: set_vision_text,
    AddVisionDraft: add_vision_draft,
    DeleteVisionDraft: delete_vision_draft,
    ChooseVision: choose_vision,
}


def _line(value: FieldValue) -> str:
    return clean_text(str(value or ""), SHORT_TEXT_LIMIT, single_line=True)


def _team_name(value: FieldValue) -> str:
    text = _line(value)
    if not text:
        raise EmptyTeamNameError()
    return text


def _long_line(value: FieldValue) -> str:
    return clean_text(str(value or ""), single_line=True)


def _long_text(value: FieldValue) -> str:
    return clean_text(str(value or ""))


def _date(value: FieldValue) -> dt.date | None:
    if value is not None and not isinstance(value, dt.date):
        raise TypeError("date must be a datetime.date")
    return value


def _min_respondents(value: FieldValue) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < LOWEST_MIN_RESPONDENTS:
        raise MinRespondentsTooLowError(lowest=LOWEST_MIN_RESPONDENTS)
    return value


# Each field: the workshop row's attribute and how a new value is checked and stored.
_FIELDS: dict[WorkshopField, tuple[str, Callable[[FieldValue], object]]] = {
    WorkshopField.TEAM_NAME: ("team_name", _team_name),
    WorkshopField.ORGANISATION: ("organisation", _line),
    WorkshopField.FACILITATOR: ("facilitator", _line),
    WorkshopField.DATE: ("date", _date),
    WorkshopField.LANGUAGE: ("language", lambda value: Language(str(value)).value),
    WorkshopField.APPROACH: ("approach", lambda value: Approach(str(value)).value if value else None),
    WorkshopField.APPROACH_NOTES: ("approach_notes", _long_text),
    WorkshopField.VALUE_SET_NAME: ("value_set_name", _line),
    WorkshopField.SURVEY_QUESTION: ("survey_question", _long_line),
    WorkshopField.SURVEY_OPEN: ("survey_open", bool),
    WorkshopField.MIN_RESPONDENTS: ("min_respondents", _min_respondents),
    WorkshopField.KEEP_QUESTION_WORDS: ("keep_question_words", bool),
}
