"""Edits of step 1: the personas and their support expectations."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit, Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import CustomerType, Persona


class PersonaField(StrEnum):
    NAME = "name"
    DESCRIPTION = "description"
    SEGMENT = "segment"
    CUSTOMER_TYPE = "customer_type"
    DEMOGRAPHICS = "demographics"
    AVAILABILITY = "availability"
    CUSTOM_HOURS = "custom_hours"
    FIRST_RESPONSE = "first_response"
    TONE = "tone"
    CHANNELS = "channels"
    NEEDS = "needs"
    PAINS = "pains"
    OPPORTUNITIES = "opportunities"


@dataclass(frozen=True)
class AddPersona(Command):
    """Adds ``persona`` at ``position``; id 0 gets a new id, another id brings a deleted
    persona back as it was. ``new_type``, the persona's customer type, joins the end of
    the workshop's list first if the list lacks it (a template from another sector),
    in the same undo step."""

    persona: Persona
    position: int
    new_type: CustomerType | None = None
    label = QT_TRANSLATE_NOOP("Commands", "Add a persona")


@dataclass(frozen=True)
class DeletePersona(Command):
    """Deletes a persona; ``with_type`` (a key) also takes that customer type off the
    list, undoing an AddPersona that brought it."""

    persona_id: int
    with_type: str = ""
    label = QT_TRANSLATE_NOOP("Commands", "Delete a persona")


@dataclass(frozen=True)
class SetCustomerTypes(CheckedEdit):
    """The workshop's whole list of customer types, as the Personas step edits it:
    added, renamed, described, reordered or removed ones, or a sector's set. A type
    that a persona still has cannot go, unless ``retype`` (persona id, the type it gets
    or None for none) gives each of them another in the same undo step; ``expected``
    is the list the editor last saw."""

    types: tuple[CustomerType, ...]
    expected: Any = UNCHECKED
    retype: tuple[tuple[int, str | None], ...] = ()
    label = QT_TRANSLATE_NOOP("Commands", "Edit the customer types")

    def merge_key(self) -> tuple[object, ...] | None:
        # A burst keeps only its first edit's inverse, which would not give the
        # personas back their type.
        return None if self.retype else ("customer-types",)


@dataclass(frozen=True)
class MovePersona(Command):
    persona_id: int
    position: int
    label = QT_TRANSLATE_NOOP("Commands", "Move a persona")


@dataclass(frozen=True)
class SetPersonaField(CheckedEdit):
    persona_id: int
    field: PersonaField
    value: Any
    expected: Any = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit a persona")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("persona", self.persona_id, self.field)
