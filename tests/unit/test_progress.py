import dataclasses

from philosophy_studio.domain.model import (
    AnswerSource,
    Approach,
    Availability,
    Channel,
    GuidelineQuestion,
    Language,
    Persona,
    SurveyAnswer,
    ValueCard,
    VisionDraft,
    WorkshopInfo,
)
from philosophy_studio.domain.progress import progress
from philosophy_studio.domain.steps import Step
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import new_workshop


def empty():
    return new_workshop(WorkshopInfo(team_name="T", language=Language.ENGLISH))


def test_a_new_workshop_has_nothing_complete() -> None:
    workshop = empty()
    assert not any(progress(workshop, step).complete for step in Step)


def test_both_demo_workshops_are_complete_in_every_step() -> None:
    for language in Language:
        workshop = demo_workshop(language)
        assert all(progress(workshop, step).complete for step in Step if step is not Step.CUSTOMERS), language


def test_the_customers_step_is_optional() -> None:
    # Its feedback is read on demand, never with the workshop: there is nothing to complete.
    for workshop in (empty(), demo_workshop(Language.TURKISH)):
        found = progress(workshop, Step.CUSTOMERS)
        assert found.optional and not found.complete
    assert not progress(demo_workshop(Language.TURKISH), Step.CHECKINS).optional


def test_personas_need_a_described_persona_and_an_approach() -> None:
    persona = Persona(
        id=1,
        name="Selin",
        customer_type="new",
        availability=Availability.ALWAYS,
        channels=(Channel.PHONE,),
    )
    workshop = dataclasses.replace(empty(), personas=(persona,))
    assert progress(workshop, Step.PERSONAS).done == 1
    assert not progress(workshop, Step.PERSONAS).complete
    workshop = dataclasses.replace(workshop, approach=Approach.CUSTOMER_CENTRED)
    assert progress(workshop, Step.PERSONAS).complete
    without_channels = dataclasses.replace(workshop, personas=(dataclasses.replace(persona, channels=()),))
    assert not progress(without_channels, Step.PERSONAS).complete


def test_survey_counts_only_visible_answers_up_to_the_minimum() -> None:
    answers = tuple(
        SurveyAnswer(id=str(i), text="x", source=AnswerSource.KIOSK, hidden=i == 0) for i in range(5)
    )
    workshop = dataclasses.replace(empty(), answers=answers)
    assert progress(workshop, Step.SURVEY).done == 4
    assert not progress(workshop, Step.SURVEY).complete


def test_vision_needs_text_in_the_chosen_draft() -> None:
    workshop = empty()
    assert not progress(workshop, Step.VISION).complete
    filled = dataclasses.replace(workshop, vision_drafts=(VisionDraft(id=1, text="We listen."),))
    assert progress(filled, Step.VISION).complete


def test_guidelines_count_answers_of_chosen_values_only() -> None:
    answered = {q: "yes" for q in GuidelineQuestion}
    cards = (
        ValueCard(id=1, name="Trust", selected_rank=1, guidelines=answered),
        ValueCard(id=2, name="Speed", selected_rank=2, guidelines={GuidelineQuestion.MEANING: "fast"}),
        ValueCard(id=3, name="Not chosen"),
    )
    workshop = dataclasses.replace(empty(), value_cards=cards)
    state = progress(workshop, Step.GUIDELINES)
    assert (state.done, state.total) == (6, 10)
    assert progress(workshop, Step.VALUES).complete
