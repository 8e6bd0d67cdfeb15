"""Handlers for step 1 (domain/persona_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    MovePersona,
    PersonaField,
    SetPersonaField,
)
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.personas import persona_field_value
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import PersonaRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome, reposition

PERSONAS = Changes.of(Aspect.PERSONAS)


def _personas(context: EditContext) -> tuple[WorkshopRow, list[PersonaRow]]:
    row = repository.workshop_row(context.session, context.workshop_id)
    return row, sorted(row.personas, key=lambda persona: persona.position)


def _owned(context: EditContext, persona_id: int) -> PersonaRow:
    row = context.session.get(PersonaRow, persona_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"persona {persona_id}")
    return row


def add_persona(context: EditContext, command: AddPersona) -> Outcome:
    workshop, personas = _personas(context)
    position = max(0, min(command.position, len(personas)))
    for later in personas[position:]:
        later.position += 1
    row = repository.persona_row(command.persona, position)
    row.workshop_id = workshop.id
    # Each field is stored in the persona row's attribute of the same name.
    for field in PersonaField:
        setattr(row, field.value, persona_field_value(field, getattr(command.persona, field.value)))
    if command.persona.id:
        row.id = command.persona.id
    context.session.add(row)
    context.session.flush()
    return Outcome(DeletePersona(row.id), PERSONAS)


def delete_persona(context: EditContext, command: DeletePersona) -> Outcome:
    workshop, personas = _personas(context)
    row = _owned(context, command.persona_id)
    inverse = AddPersona(repository.persona_value(row), row.position)
    for other in personas:
        if other.position > row.position:
            other.position -= 1
    workshop.personas.remove(row)
    return Outcome(inverse, PERSONAS)


def move_persona(context: EditContext, command: MovePersona) -> Outcome:
    _workshop, personas = _personas(context)
    row = _owned(context, command.persona_id)
    old = reposition(personas, row, command.position)
    return Outcome(MovePersona(row.id, old), PERSONAS)


def set_persona_field(context: EditContext, command: SetPersonaField) -> Outcome:
    row = _owned(context, command.persona_id)
    old = getattr(row, command.field.value)
    new = persona_field_value(command.field, command.value)
    check_expected(command, old, new, clean=lambda seen: persona_field_value(command.field, seen))
    setattr(row, command.field.value, new)
    return Outcome(SetPersonaField(row.id, command.field, old, expected=new), PERSONAS)


HANDLERS: HandlerTable = {
    AddPersona: add_persona,
    DeletePersona: delete_persona,
    MovePersona: move_persona,
    SetPersonaField: set_persona_field,
}
