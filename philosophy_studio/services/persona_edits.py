"""Handlers for step 1 (domain/persona_commands.py)."""

from __future__ import annotations

import dataclasses

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.customer_types import (
    UnknownCustomerTypeError,
    check_customer_types,
    check_types_in_use,
)
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import CustomerType, Language
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    MovePersona,
    PersonaField,
    SetCustomerTypes,
    SetPersonaField,
)
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.personas import persona_field_value
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import PersonaRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome, reposition

PERSONAS = Changes.of(Aspect.PERSONAS)


def _personas(context: EditContext, *, lock: bool = False) -> tuple[WorkshopRow, list[PersonaRow]]:
    row = repository.workshop_row(context.session, context.workshop_id, lock=lock)
    return row, sorted(row.personas, key=lambda persona: persona.position)


def _types(workshop: WorkshopRow) -> tuple[CustomerType, ...]:
    return repository.customer_types_in(workshop.customer_types)


def _known_type(workshop: WorkshopRow, key: str | None) -> None:
    """A persona's type must be one of the workshop's. The caller holds the workshop
    row's lock, as the list's edits do: on a team database, a type cannot be removed
    between this check and the persona's write."""
    if key is not None and all(kind.key != key for kind in _types(workshop)):
        raise UnknownCustomerTypeError(key=key)


def _owned(context: EditContext, persona_id: int) -> PersonaRow:
    row = context.session.get(PersonaRow, persona_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"persona {persona_id}")
    return row


def add_persona(context: EditContext, command: AddPersona) -> Outcome:
    workshop, personas = _personas(context, lock=True)
    added_type = ""
    wanted = command.persona.customer_type
    if command.new_type is not None and command.new_type.key == wanted:
        types = _types(workshop)
        if all(kind.key != wanted for kind in types):
            language = Language(workshop.language)
            workshop.customer_types = repository.customer_types_out(
                check_customer_types((*types, command.new_type), language)
            )
            added_type = command.new_type.key
    _known_type(workshop, wanted)
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
    return Outcome(DeletePersona(row.id, with_type=added_type), PERSONAS)


def delete_persona(context: EditContext, command: DeletePersona) -> Outcome:
    workshop, personas = _personas(context, lock=bool(command.with_type))
    row = _owned(context, command.persona_id)
    removed_type = None
    if command.with_type:
        types = _types(workshop)
        others = [p for p in personas if p is not row and p.customer_type == command.with_type]
        removed_type = next((kind for kind in types if kind.key == command.with_type), None)
        if removed_type is not None and not others:
            workshop.customer_types = repository.customer_types_out(
                kind for kind in types if kind.key != command.with_type
            )
        else:
            removed_type = None
    inverse = AddPersona(repository.persona_value(row), row.position, new_type=removed_type)
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
    if command.field is PersonaField.CUSTOMER_TYPE:
        _known_type(repository.workshop_row(context.session, context.workshop_id, lock=True), new)
    setattr(row, command.field.value, new)
    return Outcome(SetPersonaField(row.id, command.field, old, expected=new), PERSONAS)


def set_customer_types(context: EditContext, command: SetCustomerTypes) -> Outcome:
    workshop, personas = _personas(context, lock=True)
    language = Language(workshop.language)
    old = _types(workshop)
    new = check_customer_types(command.types, language)
    check_expected(
        command, old, new, clean=lambda seen: check_customer_types(seen, language), clean_stored=True
    )
    retype = _retype(command, personas, new)
    check_types_in_use(
        new,
        old,
        [
            dataclasses.replace(persona, customer_type=retype.get(persona.id, persona.customer_type))
            for persona in map(repository.persona_value, personas)
        ],
    )
    undo = tuple((row.id, row.customer_type) for row in personas if row.id in retype)
    for row in personas:
        if row.id in retype:
            row.customer_type = retype[row.id]
    workshop.customer_types = repository.customer_types_out(new)
    return Outcome(SetCustomerTypes(old, expected=new, retype=undo), PERSONAS)


def _retype(
    command: SetCustomerTypes, personas: list[PersonaRow], types: tuple[CustomerType, ...]
) -> dict[int, str | None]:
    """The types ``command`` gives personas, each persona one of the workshop's and each
    type one of ``types``, the list as it will be."""
    ids = {row.id for row in personas}
    keys = {kind.key for kind in types}
    retype: dict[int, str | None] = {}
    for persona_id, key in command.retype:
        if persona_id not in ids:
            raise NotAWorkshopError(path=f"persona {persona_id}")
        cleaned = persona_field_value(PersonaField.CUSTOMER_TYPE, key)
        if cleaned is not None and cleaned not in keys:
            raise UnknownCustomerTypeError(key=cleaned)
        retype[persona_id] = cleaned
    return retype


HANDLERS: HandlerTable = {
    AddPersona: add_persona,
    DeletePersona: delete_persona,
    MovePersona: move_persona,
    SetPersonaField: set_persona_field,
    SetCustomerTypes: set_customer_types,
}
