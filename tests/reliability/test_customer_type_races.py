"""Two facilitators at the same moment, 40 times over, on SQLite and PostgreSQL: one
removes a customer type while the other gives it to a persona. Both take the workshop
row's lock, so one edit is stored and the other refused with its rule's message: no
persona is ever left with a type the workshop no longer has."""

from __future__ import annotations

from two_facilitators import ROUNDS, at_once

from philosophy_studio.domain.model import CustomerType, Persona
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    PersonaField,
    SetCustomerTypes,
    SetPersonaField,
)


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
