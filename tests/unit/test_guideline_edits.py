"""Steps 5 and 6: every edit and its inverse restore the stored workshop exactly, on
both backends."""

import pytest
from tests_support import assert_exact_undo

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
        service, UpdateSharingItem(SharingItem(plan[0].id, SharingChannel.OTHER, "x", "y", "z"))
    )
    assert_exact_undo(service, DeleteSharingItem(plan[1].id))
    positions = [i.id for i in service.load().sharing_plan]
    assert len(positions) == len(set(positions))


def test_hostile_text_in_metrics(service) -> None:
    card = service.load().chosen_values[0]
    service.execute(AddMetric(card.id, Metric(id=0, name="=cmd|' /C calc'!A0\x00", target="<b>5</b>"), 0))
    metric = service.load().chosen_values[0].metrics[0]
    assert metric.name == "=cmd|' /C calc'!A0" and metric.target == "<b>5</b>"
