"""Removing a customer type that personas have, with a choice for them: moved to
another type or left without one, in one undo step, on a workshop file and on a team
database. Without a choice the removal is still refused."""

from __future__ import annotations

import pytest
from tests_support import assert_exact_undo, stored_document

from philosophy_studio.domain.customer_types import (
    CustomerTypeInUseError,
    UnknownCustomerTypeError,
    personas_of_type,
)
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import Language, Workshop
from philosophy_studio.domain.persona_commands import SetCustomerTypes
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):  # type: ignore[no-untyped-def]
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


def used_type(workshop: Workshop) -> str:
    key = workshop.personas[0].customer_type
    assert key is not None
    return key


def without(workshop: Workshop, key: str) -> tuple:  # type: ignore[type-arg]
    return tuple(kind for kind in workshop.customer_types if kind.key != key)


@pytest.mark.parametrize("to_another", [True, False])
def test_the_personas_of_a_removed_type_move_and_undo_brings_them_back(service, to_another: bool) -> None:  # type: ignore[no-untyped-def]
    workshop = service.load()
    removed = used_type(workshop)
    kept = without(workshop, removed)
    target = kept[0].key if to_another else None
    users = personas_of_type(workshop.personas, removed)
    others = {p.id: p.customer_type for p in workshop.personas if p not in users}
    command = SetCustomerTypes(
        kept, expected=workshop.customer_types, retype=tuple((p.id, target) for p in users)
    )
    assert_exact_undo(service, command)
    after = service.load()
    assert [kind.key for kind in after.customer_types] == [kind.key for kind in kept]
    moved = {p.id: p.customer_type for p in after.personas}
    assert all(moved[p.id] == target for p in users)
    # The other personas keep theirs.
    assert {key: moved[key] for key in others} == others


def test_the_undo_of_a_move_is_one_step_of_its_own(service) -> None:  # type: ignore[no-untyped-def]
    workshop = service.load()
    removed = used_type(workshop)
    users = personas_of_type(workshop.personas, removed)
    outcome = service.execute(
        SetCustomerTypes(without(workshop, removed), retype=tuple((p.id, None) for p in users))
    )
    inverse = outcome.inverse
    assert isinstance(inverse, SetCustomerTypes)
    assert {persona_id for persona_id, _key in inverse.retype} == {p.id for p in users}
    # A burst of list edits keeps only its first inverse: an edit that retypes never merges.
    assert inverse.merge_key() is None and SetCustomerTypes(()).merge_key() is not None


def test_without_a_choice_the_removal_is_still_refused(service) -> None:  # type: ignore[no-untyped-def]
    workshop = service.load()
    removed = used_type(workshop)
    before = stored_document(service)
    with pytest.raises(CustomerTypeInUseError):
        service.execute(SetCustomerTypes(without(workshop, removed)))
    # Moving only some of its personas leaves the others with it: refused too.
    users = personas_of_type(workshop.personas, removed)
    if len(users) > 1:
        with pytest.raises(CustomerTypeInUseError):
            service.execute(SetCustomerTypes(without(workshop, removed), retype=((users[0].id, None),)))
    assert stored_document(service) == before


def test_personas_move_only_to_a_type_the_list_keeps(service) -> None:  # type: ignore[no-untyped-def]
    workshop = service.load()
    removed = used_type(workshop)
    users = personas_of_type(workshop.personas, removed)
    kept = without(workshop, removed)
    before = stored_document(service)
    with pytest.raises(UnknownCustomerTypeError):
        service.execute(SetCustomerTypes(kept, retype=tuple((p.id, removed) for p in users)))
    with pytest.raises(NotAWorkshopError):
        service.execute(SetCustomerTypes(kept, retype=((10_000, None),)))
    assert stored_document(service) == before
