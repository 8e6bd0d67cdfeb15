"""Edits of the workshop's own details and settings, and of the vision text."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import (
    FIELD_ASPECTS,
    AddVisionDraft,
    ChooseVision,
    DeleteVisionDraft,
    SetStepTimer,
    SetVisionText,
    SetWorkshopField,
    WorkshopField,
)
from philosophy_studio.domain.customer_types import follow_language
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import DEFAULT_SURVEY_QUESTION, Language
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.workshop import field_value, step_timer_seconds
from philosophy_studio.domain.text import clean_text
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import VisionDraftRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome


def set_workshop_field(context: EditContext, command: SetWorkshopField) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    # Each field is stored in the workshop row's attribute of the same name.
    attribute = command.field.value
    old = getattr(row, attribute)
    new = field_value(command.field, command.value)
    check_expected(command, old, new, clean=lambda seen: field_value(command.field, seen))
    changes = Changes.of(FIELD_ASPECTS[command.field])
    if command.field is WorkshopField.LANGUAGE:
        new_language = Language(str(command.value))
        # A question nobody edited follows the workshop language.
        if row.survey_question == DEFAULT_SURVEY_QUESTION[Language(row.language)]:
            row.survey_question = DEFAULT_SURVEY_QUESTION[new_language]
            changes = changes | Changes.of(Aspect.SURVEY)
        # Likewise the customer types nobody renamed.
        old_types = repository.customer_types_in(row.customer_types)
        new_types = follow_language(old_types, Language(row.language), new_language)
        if new_types != old_types:
            row.customer_types = repository.customer_types_out(new_types)
            changes = changes | Changes.of(Aspect.PERSONAS)
    setattr(row, attribute, new)
    # Undo expects what this edit stored: it refuses to wipe out a later change by
    # someone else, too.
    return Outcome(SetWorkshopField(command.field, old, expected=new), changes)


def set_step_timer(context: EditContext, command: SetStepTimer) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    timers = dict(row.step_timers or {})
    old = timers.get(command.step.value, 0)
    seconds = step_timer_seconds(command.seconds)
    if seconds:
        timers[command.step.value] = seconds
    else:
        timers.pop(command.step.value, None)
    # A new dict, not an edit in place: SQLAlchemy only notices a replaced JSON value.
    row.step_timers = timers
    return Outcome(SetStepTimer(command.step, old), Changes.of(Aspect.TIMERS))


def set_vision_text(context: EditContext, command: SetVisionText) -> Outcome:
    draft = context.owned(VisionDraftRow, command.draft_id, "vision draft")
    old, new = draft.text, clean_text(command.text)
    check_expected(command, old, new, clean=clean_text)
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
