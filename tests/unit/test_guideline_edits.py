"""Steps 5 and 6: every edit and its inverse restore the stored workshop exactly, on
both backends, and an edit never overwrites a change another facilitator stored."""

import dataclasses

import pytest
from tests_support import assert_exact_undo, stored_document

from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import (
    AddBehaviour,
    AddMetric,
    AddSharingItem,
    DeleteBehaviour,
    DeleteMetric,
    DeleteSharingItem,
    SetGuidelineAnswer,
    SetLeaderCommitment,
    UpdateBehaviour,
    UpdateMetric,
    UpdateSharingItem,
)
from philosophy_studio.domain.model import (
    Behaviour,
    BehaviourKind,
    GuidelineQuestion,
    Language,
    Metric,
    SharingChannel,
    SharingItem,
)
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH))
    yield created
    created.close()


@pytest.fixture
def other(service, workshop_location: str):
    """A second facilitator's connection to the same workshop (another app window on
    the team server, or another program on the same file)."""
    opened = WorkshopService.open(workshop_location, workshop_id=service.workshop_id)
    yield opened
    opened.close()


def test_answers_and_commitments(service) -> None:
    card = service.load().chosen_values[0]
    assert_exact_undo(service, SetGuidelineAnswer(card.id, GuidelineQuestion.MEANING, "We say what we know."))
    assert_exact_undo(service, SetLeaderCommitment(card.id, "Leads share the numbers every Monday."))
    with pytest.raises(EditConflictError):
        service.execute(
            SetGuidelineAnswer(card.id, GuidelineQuestion.EFFECT, "x", expected="not what is stored")
        )


def test_an_unanswered_question_gets_its_first_answer(service) -> None:
    card = next(c for c in service.load().value_cards if c.selected_rank is None and not c.guidelines)
    assert_exact_undo(service, SetGuidelineAnswer(card.id, GuidelineQuestion.MEASUREMENT, "Monthly review."))
    assert service.load().value_cards[[c.id for c in service.load().value_cards].index(card.id)].guidelines


def test_metrics_keep_their_ids_and_positions_through_delete_and_undo(service) -> None:
    card = service.load().chosen_values[0]
    assert_exact_undo(service, AddMetric(card.id, Metric(id=0, name="CSAT", target="4.6"), 0))
    metrics = service.load().chosen_values[0].metrics
    assert metrics[0].name == "CSAT"
    assert_exact_undo(
        service, UpdateMetric(Metric(id=metrics[0].id, name="NPS", method="survey", target="50"))
    )
    before = service.load().chosen_values[0].metrics
    outcome = service.execute(DeleteMetric(before[0].id))
    assert [m.id for m in service.load().chosen_values[0].metrics] == [m.id for m in before[1:]]
    service.execute(outcome.inverse)
    assert service.load().chosen_values[0].metrics == before


def test_behaviours(service) -> None:
    card = service.load().chosen_values[1]
    assert_exact_undo(
        service, AddBehaviour(card.id, Behaviour(id=0, kind=BehaviourKind.DONT, text="Hide bad news"), 1)
    )
    behaviour = service.load().chosen_values[1].behaviours[0]
    assert_exact_undo(service, UpdateBehaviour(behaviour.id, "Say it plainly"))
    assert_exact_undo(service, DeleteBehaviour(behaviour.id))


def test_sharing_plan(service) -> None:
    item = SharingItem(id=0, channel=SharingChannel.WEBSITE, what="A page", who="Marketing", when="March")
    assert_exact_undo(service, AddSharingItem(item, 2))
    plan = service.load().sharing_plan
    assert_exact_undo(
        service, UpdateSharingItem(SharingItem(plan[0].id, SharingChannel.OTHER, "x", "y", "z", "Vitrin"))
    )
    assert_exact_undo(
        service, AddSharingItem(SharingItem(0, SharingChannel.OTHER, "w", place="Fatura zarfı"), 0)
    )
    assert service.load().sharing_plan[0].place == "Fatura zarfı"
    assert_exact_undo(service, DeleteSharingItem(plan[1].id))
    positions = [i.id for i in service.load().sharing_plan]
    assert len(positions) == len(set(positions))


def test_hostile_text_in_metrics(service) -> None:
    card = service.load().chosen_values[0]
    service.execute(AddMetric(card.id, Metric(id=0, name="=cmd|' /C calc'!A0\x00", target="<b>5</b>"), 0))
    metric = service.load().chosen_values[0].metrics[0]
    assert metric.name == "=cmd|' /C calc'!A0" and metric.target == "<b>5</b>"


def assert_stale_edit_is_refused(service, other, theirs_edit, stale_edit, keep_mine) -> None:
    """``theirs_edit`` is stored through ``service``; ``stale_edit``, made through
    ``other`` from what was stored before it, must be refused with both versions and
    change nothing. ``keep_mine(theirs)`` is the same edit made knowingly, which must
    then be stored, exactly undoable, and the first edit's undo refused in turn."""
    first = service.execute(theirs_edit)
    before = stored_document(other)
    with pytest.raises(EditConflictError) as caught:
        other.execute(stale_edit)
    assert stored_document(other) == before
    conflict = caught.value
    assert conflict.command == stale_edit
    assert conflict.theirs != conflict.mine
    # "Keep mine" expects what is stored now, so it goes through.
    assert_exact_undo(other, keep_mine(conflict.theirs))
    # The first facilitator's undo would now wipe out the second one's choice: refused.
    with pytest.raises(EditConflictError):
        service.execute(first.inverse)
    return conflict


def test_a_stale_metric_edit_is_refused_with_both_versions(service, other) -> None:
    card = service.load().chosen_values[0]
    seen = card.metrics[0]
    alice = dataclasses.replace(seen, target="4.8 or better")
    bob = dataclasses.replace(seen, name="Net Promoter Score", frequency="Quarterly")
    conflict = assert_stale_edit_is_refused(
        service,
        other,
        UpdateMetric(alice, expected=seen),
        UpdateMetric(bob, expected=seen),
        lambda theirs: UpdateMetric(bob, expected=theirs),
    )
    # Theirs is the whole record as stored, mine the whole record as it would be stored.
    assert conflict.theirs == alice and conflict.mine == bob
    stored = other.load().chosen_values[0].metrics[0]
    assert stored == bob  # the choice is the whole record: their target is not mixed in


def test_a_stale_behaviour_edit_is_refused_with_both_versions(service, other) -> None:
    behaviour = service.load().chosen_values[1].behaviours[0]
    conflict = assert_stale_edit_is_refused(
        service,
        other,
        UpdateBehaviour(behaviour.id, "Say it plainly, the same day", expected=behaviour.text),
        UpdateBehaviour(behaviour.id, "Say it\x00 kindly\r\n", expected=behaviour.text),
        lambda theirs: UpdateBehaviour(behaviour.id, "Say it kindly\n", expected=theirs),
    )
    assert (conflict.theirs, conflict.mine) == ("Say it plainly, the same day", "Say it kindly\n")


def test_a_stale_sharing_plan_edit_is_refused_with_both_versions(service, other) -> None:
    seen = service.load().sharing_plan[0]
    alice = dataclasses.replace(seen, who="The team leads", when="By Friday")
    bob = dataclasses.replace(seen, channel=SharingChannel.WORD_OF_MOUTH, what="Tell every new hire")
    conflict = assert_stale_edit_is_refused(
        service,
        other,
        UpdateSharingItem(alice, expected=seen),
        UpdateSharingItem(bob, expected=seen),
        lambda theirs: UpdateSharingItem(bob, expected=theirs),
    )
    assert conflict.theirs == alice and conflict.mine == bob


def test_an_edit_that_saw_the_stored_record_goes_through_after_cleaning(service) -> None:
    # The editor's copy may still hold what cleaning removed (a pasted control
    # character, the rest of a name cut at 200 characters): no false conflict.
    metric = service.load().chosen_values[0].metrics[0]
    typed = dataclasses.replace(metric, name="x" * 199 + " yz", method="a\x00b")
    service.execute(UpdateMetric(typed, expected=metric))
    stored = service.load().chosen_values[0].metrics[0]
    assert (stored.name, stored.method) == ("x" * 199, "ab")
    assert_exact_undo(service, UpdateMetric(dataclasses.replace(stored, name="Short"), expected=typed))
    shown = service.load().chosen_values[0].metrics[0]
    assert_exact_undo(service, UpdateMetric(dataclasses.replace(shown, target="5"), expected=shown))


def test_a_typing_burst_keeps_the_expectation_of_its_first_edit() -> None:
    seen = Metric(id=7, name="CSAT")
    first = UpdateMetric(Metric(id=7, name="CSAT 4"), expected=seen)
    later = UpdateMetric(Metric(id=7, name="CSAT 4.5"), expected=Metric(id=7, name="CSAT 4"))
    assert first.merge_key() == later.merge_key()
    assert first.merged_with(later) == UpdateMetric(Metric(id=7, name="CSAT 4.5"), expected=seen)
    item = SharingItem(id=3, channel=SharingChannel.OTHER)
    assert UpdateSharingItem(item, expected=item).merged_with(
        UpdateSharingItem(dataclasses.replace(item, who="Us"), expected=dataclasses.replace(item, who="U"))
    ) == UpdateSharingItem(dataclasses.replace(item, who="Us"), expected=item)
    assert UpdateBehaviour(1, "a", expected="").merged_with(UpdateBehaviour(1, "ab", expected="a")) == (
        UpdateBehaviour(1, "ab", expected="")
    )


def test_an_edit_racing_another_between_its_read_and_its_write_is_refused_as_a_conflict(
    service, other, monkeypatch
) -> None:
    # On a server, another facilitator's edit can commit after this edit read the record
    # and before it writes it. The row's version catches that; the user must get the
    # usual choice, not an unexpected error.
    import threading

    from philosophy_studio.persistence.tables import BehaviourRow
    from philosophy_studio.services import workshop_service

    if service.store.is_sqlite:
        pytest.skip("SQLite serialises writers from the first read (BEGIN IMMEDIATE): no race")
    behaviour = service.load().chosen_values[1].behaviours[0]
    handlers = dict(workshop_service._HANDLERS)
    real = handlers[UpdateBehaviour]
    raced: list[bool] = []

    def racing(context, command):
        # Read before the other one commits, and held (the session keeps loaded rows only
        # while they are referenced), as the handler holds the row it edits.
        seen = context.session.get(BehaviourRow, command.behaviour_id)
        if not raced:
            raced.append(True)
            elsewhere = threading.Thread(
                target=other.execute, args=(UpdateBehaviour(behaviour.id, "Theirs", expected=behaviour.text),)
            )
            elsewhere.start()
            elsewhere.join(timeout=10)
            assert not elsewhere.is_alive()
        outcome = real(context, command)
        assert seen is not None
        return outcome

    handlers[UpdateBehaviour] = racing
    monkeypatch.setattr(workshop_service, "_HANDLERS", handlers)
    with pytest.raises(EditConflictError) as caught:
        service.execute(UpdateBehaviour(behaviour.id, "Mine", expected=behaviour.text))
    assert raced
    assert (caught.value.theirs, caught.value.mine) == ("Theirs", "Mine")
    assert service.load().chosen_values[1].behaviours[0].text == "Theirs"
