"""When each step of the method counts as complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from philosophy_studio.domain.model import MAX_CHOSEN_VALUES, GuidelineQuestion, Workshop
from philosophy_studio.domain.steps import WORKSHOP_DAY, Step


@dataclass(frozen=True)
class StepProgress:
    done: int
    total: int

    @property
    def optional(self) -> bool:
        """A step with nothing to complete."""
        return self.total == 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


def _personas(workshop: Workshop) -> StepProgress:
    described = any(
        persona.name.strip()
        and persona.customer_type is not None
        and (persona.availability is not None or persona.first_response.strip())
        and persona.channels
        for persona in workshop.personas
    )
    return StepProgress(int(described) + int(workshop.approach is not None), 2)


def _values(workshop: Workshop) -> StepProgress:
    chosen = len(workshop.chosen_values)
    return StepProgress(int(0 < chosen <= MAX_CHOSEN_VALUES), 1)


def _survey(workshop: Workshop) -> StepProgress:
    return StepProgress(
        min(workshop.visible_answer_count, workshop.survey.min_respondents),
        workshop.survey.min_respondents,
    )


def _vision(workshop: Workshop) -> StepProgress:
    vision = workshop.chosen_vision
    return StepProgress(int(vision is not None and bool(vision.text.strip())), 1)


def _guidelines(workshop: Workshop) -> StepProgress:
    chosen = workshop.chosen_values
    per_value = len(GuidelineQuestion)
    return StepProgress(sum(card.answered_questions for card in chosen), len(chosen) * per_value)


def _share(workshop: Workshop) -> StepProgress:
    chosen = workshop.chosen_values
    committed = sum(1 for card in chosen if card.leader_commitment.strip())
    has_plan = any(item.what.strip() for item in workshop.sharing_plan)
    return StepProgress(committed + int(has_plan), len(chosen) + 1 if chosen else 0)


def _charter(workshop: Workshop) -> StepProgress:
    earlier = [step for step in WORKSHOP_DAY if step is not Step.CHARTER]
    return StepProgress(sum(1 for step in earlier if progress(workshop, step).complete), len(earlier))


def _checkins(workshop: Workshop) -> StepProgress:
    # Begun once the team has its own dates, done once a metric has a reading: what
    # the page can hold so far (the pulse and the commitments come later).
    return StepProgress(int(bool(workshop.checkin_days)) + int(bool(workshop.metric_readings)), 2)


def _customers(_workshop: Workshop) -> StepProgress:
    # Optional, and the feedback it shows is read on demand, never with the workshop:
    # nothing to complete (the navigator says the step is optional).
    return StepProgress(0, 0)


_RULES: dict[Step, Callable[[Workshop], StepProgress]] = {
    Step.PERSONAS: _personas,
    Step.VALUES: _values,
    Step.SURVEY: _survey,
    Step.VISION: _vision,
    Step.GUIDELINES: _guidelines,
    Step.SHARE: _share,
    Step.CHARTER: _charter,
    Step.CHECKINS: _checkins,
    Step.CUSTOMERS: _customers,
}


def progress(workshop: Workshop, step: Step) -> StepProgress:
    return _RULES[step](workshop)
