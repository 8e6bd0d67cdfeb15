"""Handlers for step 1 (domain/persona_commands.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import UNCHECKED
from philosophy_studio.domain.errors import EditConflictError, NotAWorkshopError
from philosophy_studio.domain.model import Availability, Channel, CustomerType, Segment
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    MovePersona,
    PersonaField,
    SetPersonaField,
)
from philosophy_studio.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import PersonaRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome, reposition

PERSONAS = Changes.of(Aspect.PERSONAS)


def _line(value: Any) -> str:
    return clean_text(str(value or ""), SHORT_TEXT_LIMIT, single_line=True)


def _text(value: Any) -> str:
    return clean_text(str(value or ""))


def _optional(kind: type) -> Callable[[Any], str | None]:
    return lambda value: kind(str(value)).value if value else None


def _channels(value: Any) -> list[str]:
    channels = [Channel(str(item)).value for item in value or ()]
    return list(dict.fromkeys(channels))  # each channel once, in preference order


def _items(value: Any) -> list[str]:
    return [
        item
        for item in (clean_text(str(entry), LONG_TEXT_LIMIT, single_line=True) for entry in value or ())
        if item
    ]


# Each field: how a new value is checked and stored (the row attribute has the same name).
_FIELDS: dict[PersonaField, Callable[[Any], Any]] = {
    PersonaField.NAME: _line,
    PersonaField.DESCRIPTION: _text,
    PersonaField.SEGMENT: _optional(Segment),
    PersonaField.CUSTOMER_TYPE: _optional(CustomerType),
    PersonaField.DEMOGRAPHICS: _text,
    PersonaField.AVAILABILITY: _optional(Availability),
    PersonaField.CUSTOM_HOURS: _line,
    PersonaField.FIRST_RESPONSE: _line,
    PersonaField.TONE: lambda value: min(100, max(0, int(value))),
    PersonaField.CHANNELS: _channels,
    PersonaField.NEEDS: _items,
    PersonaField.PAINS: _items,
    PersonaField.OPPORTUNITIES: _items,
}


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
    for field, parse in _FIELDS.items():
        setattr(row, field.value, parse(getattr(command.persona, field.value)))
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
    parse = _FIELDS[command.field]
    old = getattr(row, command.field.value)
    new = parse(command.value)
    if command.expected is not UNCHECKED and parse(command.expected) != old:
        raise EditConflictError(theirs=old, mine=new, command=command)
    setattr(row, command.field.value, new)
    return Outcome(SetPersonaField(row.id, command.field, old, expected=new), PERSONAS)


HANDLERS: HandlerTable = {
    AddPersona: add_persona,
    DeletePersona: delete_persona,
    MovePersona: move_persona,
    SetPersonaField: set_persona_field,
}
