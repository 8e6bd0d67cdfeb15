"""Two facilitators at the same moment, 40 times over, on SQLite and PostgreSQL: one
removes a customer type while the other gives it to a persona. Both take the workshop
row's lock, so one edit is stored and the other refused with its rule's message: no
persona is ever left with a type the workshop no longer has."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.model import CustomerType, Language, Persona, WorkshopInfo
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    PersonaField,
    SetCustomerTypes,
    SetPersonaField,
)
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ROUNDS = 40


@pytest.fixture
def two_facilitators(workshop_location: str):  # type: ignore[no-untyped-def]
    info = WorkshopInfo(team_name="Yarış", language=Language.TURKISH)
    first = WorkshopService.create(workshop_location, new_workshop(info))
    second = WorkshopService.open(workshop_location, workshop_id=first.workshop_id)
    yield first, second
    second.close()
    first.close()


def at_once(first: Callable[[], object], second: Callable[[], object]) -> list[BaseException]:
    barrier = threading.Barrier(2)
    refused: list[BaseException] = []

    def run(edit: Callable[[], object]) -> None:
        barrier.wait()
        try:
            edit()
        except InvalidValueError as error:
            refused.append(error)

    threads = [threading.Thread(target=run, args=(edit,)) for edit in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return refused


def test_a_type_removed_while_a_persona_takes_it(two_facilitators) -> None:
    first, second = two_facilitators
    first.execute(AddPersona(Persona(id=0, name="Ayla"), 0))
    persona_id = first.load().personas[0].id
    for attempt in range(ROUNDS):
        first.execute(SetPersonaField(persona_id, PersonaField.CUSTOMER_TYPE, None))
        retail = first.load().customer_types[:5]
        key = f"own-{attempt + 1}"
        first.execute(SetCustomerTypes((*retail, CustomerType(key, f"Esnaf {attempt}"))))
        refused = at_once(
            lambda retail=retail: first.execute(SetCustomerTypes(retail)),
            lambda key=key: second.execute(SetPersonaField(persona_id, PersonaField.CUSTOMER_TYPE, key)),
        )
        workshop = first.load()
        keys = {kind.key for kind in workshop.customer_types}
        assert len(refused) == 1, attempt
        assert workshop.personas[0].customer_type in keys | {None}, attempt
