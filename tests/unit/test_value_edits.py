"""The values board: every edit and its inverse restore the stored workshop exactly,
on both backends, including a deleted card with everything that hung on it."""

import pytest
from tests_support import assert_exact_undo, stored_document

from philosophy_studio.domain.model import Language, ValueCard
from philosophy_studio.domain.rules.values import EmptyValueNameError, TooManyValuesError
from philosophy_studio.domain.value_commands import (
    AddValueCard,
    DeleteValueCard,
    MoveValueCard,
    SetChosenValues,
    UpdateValueCard,
)
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


def test_add_update_move(service) -> None:
    assert_exact_undo(
        service, AddValueCard(ValueCard(id=0, name="Sabır", description="Acele ettirmeyiz."), 2)
    )
    card = service.load().value_cards[2]
    assert card.name == "Sabır"
    assert_exact_undo(service, UpdateValueCard(card.id, "Sabırlı olmak", "Her soruyu dinleriz."))
    assert_exact_undo(service, MoveValueCard(card.id, 0))
    assert service.load().value_cards[0].id == card.id


def test_deleting_a_chosen_card_and_undoing_brings_everything_back(service) -> None:
    workshop = service.load()
    chosen = workshop.chosen_values[1]
    assert chosen.guidelines and chosen.metrics
    assert any(chosen.id in r.tallies for r in workshop.voting_rounds)
    before = stored_document(service)
    outcome = service.execute(DeleteValueCard(chosen.id))
    after = service.load()
    assert chosen.id not in {c.id for c in after.value_cards}
    assert [c.selected_rank for c in after.chosen_values] == [1, 2, 3, 4]
    service.execute(outcome.inverse)
    assert stored_document(service) == before
    restored = next(c for c in service.load().value_cards if c.id == chosen.id)
    assert restored == chosen


def test_a_card_others_were_merged_into_gets_them_back(service) -> None:
    workshop = service.load()
    target = next(c for c in workshop.value_cards if any(o.merged_into == c.id for o in workshop.value_cards))
    assert_exact_undo(service, DeleteValueCard(target.id))


def test_five_or_fewer(service) -> None:
    ids = [card.id for card in service.load().value_cards]
    assert_exact_undo(service, SetChosenValues(tuple(ids[-3:])))
    assert [c.id for c in service.load().chosen_values] == ids[-3:]
    with pytest.raises(TooManyValuesError, match="five values or fewer"):
        service.execute(SetChosenValues(tuple(ids[:6])))
    assert_exact_undo(service, SetChosenValues(()))


def test_a_value_needs_a_name(service) -> None:
    with pytest.raises(EmptyValueNameError):
        service.execute(AddValueCard(ValueCard(id=0, name=" \t "), 0))


def test_merging_and_splitting_cards_undo_exactly_and_keep_to_the_rules(service) -> None:
    from philosophy_studio.domain.rules.values import BadMergeError, ChosenMergeError
    from philosophy_studio.domain.value_commands import MergeValueCard

    workshop = service.load()
    targets = {c.merged_into for c in workshop.value_cards}
    free = [
        c
        for c in workshop.value_cards
        if c.merged_into is None and c.selected_rank is None and c.id not in targets
    ]
    chosen = workshop.chosen_values[0]
    assert_exact_undo(service, MergeValueCard(free[0].id, free[1].id))
    assert next(c for c in service.load().value_cards if c.id == free[0].id).merged_into == free[1].id
    assert_exact_undo(service, MergeValueCard(free[0].id, None))
    before = stored_document(service)
    with pytest.raises(ChosenMergeError):
        service.execute(MergeValueCard(chosen.id, free[1].id))
    with pytest.raises(BadMergeError):
        service.execute(MergeValueCard(free[1].id, free[1].id))
    service.execute(MergeValueCard(free[2].id, free[1].id))
    with pytest.raises(BadMergeError):
        service.execute(MergeValueCard(free[1].id, free[3].id))  # has cards merged into it
    with pytest.raises(BadMergeError):
        service.execute(MergeValueCard(free[3].id, free[2].id))  # into a merged card
    service.execute(MergeValueCard(free[2].id, None))
    assert stored_document(service) == before


def test_colour_cluster_and_moving_into_a_cluster_undo_exactly(service) -> None:
    from philosophy_studio.domain.rules.values import BadColourError
    from philosophy_studio.domain.value_commands import CARD_COLOURS, SetCardCluster, SetCardColour

    card = service.load().value_cards[1]
    for colour in (*CARD_COLOURS, ""):
        if colour != card.colour:
            assert_exact_undo(service, SetCardColour(card.id, colour))
    for bad in ("red", "#12345", "#1234567", "<b>"):
        with pytest.raises(BadColourError):
            service.execute(SetCardColour(card.id, bad))
    assert_exact_undo(service, SetCardCluster(card.id, "  Hız\tve <takip>  "))
    assert next(c for c in service.load().value_cards if c.id == card.id).cluster == "Hız ve <takip>"
    assert_exact_undo(service, SetCardCluster(card.id, ""))
    # Dragged to the top, into another group: one undo step puts both back.
    other = service.load().value_cards[-1]
    assert other.cluster != "Yeni grup"
    after = assert_exact_undo(service, MoveValueCard(other.id, 0, "Yeni grup"))
    assert after["value_cards"][0]["name"] == other.name
    assert after["value_cards"][0]["cluster"] == "Yeni grup"


def test_an_edit_does_not_overwrite_what_another_facilitator_stored(service) -> None:
    from philosophy_studio.domain.errors import EditConflictError

    card = service.load().value_cards[0]
    # Someone else renames the card...
    service.execute(UpdateValueCard(card.id, "Hız", card.description, expected=(card.name, card.description)))
    before = stored_document(service)
    # ...while this facilitator, who still saw the old name, edits the description.
    with pytest.raises(EditConflictError) as caught:
        service.execute(UpdateValueCard(card.id, card.name, "Yeni", expected=(card.name, card.description)))
    assert caught.value.theirs == ("Hız", card.description)
    assert stored_document(service) == before
    # Undo of the rename is refused as well once a third edit changed it again.
    outcome = service.execute(
        UpdateValueCard(card.id, "Hızlı", card.description, expected=("Hız", card.description))
    )
    service.execute(
        UpdateValueCard(card.id, "Çok hızlı", card.description, expected=("Hızlı", card.description))
    )
    with pytest.raises(EditConflictError):
        service.execute(outcome.inverse)
    assert_exact_undo(
        service, UpdateValueCard(card.id, "Sabır", "Dinleriz.", expected=("Çok hızlı", card.description))
    )
