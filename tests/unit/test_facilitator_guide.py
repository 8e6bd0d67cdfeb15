"""The facilitator's guide reads its agenda from the steps' own guidance."""

import re

import pytest

from philosophy_studio.content.facilitator_guide import (
    activities,
    planning_guide,
    step_guide,
    step_minutes,
    workshop_minutes,
)
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import STEP_ORDER, WORKSHOP_DAY, Step


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("step", STEP_ORDER)
def test_every_step_runs_as_timed_activities(step: Step, language: Language) -> None:
    timed = activities(step, language)
    assert len(timed) >= 3
    assert all(activity.name and not activity.name.startswith("*") for activity in timed)
    assert all(5 <= activity.minutes <= 30 for activity in timed)


@pytest.mark.parametrize("step", STEP_ORDER)
def test_both_languages_give_a_step_the_same_time(step: Step) -> None:
    assert step_minutes(step, Language.TURKISH) == step_minutes(step, Language.ENGLISH)
    assert len(activities(step, Language.TURKISH)) == len(activities(step, Language.ENGLISH))


def test_the_values_step_adds_up_its_activities() -> None:
    names = [activity.name for activity in activities(Step.VALUES, Language.ENGLISH)]
    assert names[:2] == ["Inspiration", "Silent writing"]
    assert step_minutes(Step.VALUES, Language.ENGLISH) == 5 + 10 + 15 + 10 + 15
    assert [a.name for a in activities(Step.VALUES, Language.TURKISH)][1] == "Sessiz yazma"


def test_the_method_fits_a_working_day() -> None:
    total = workshop_minutes(Language.ENGLISH)
    assert total == sum(step_minutes(step, Language.ENGLISH) for step in WORKSHOP_DAY)
    assert 4 * 60 <= total <= 7 * 60


def test_the_check_ins_are_not_part_of_the_day_but_fit_an_hour() -> None:
    assert Step.CHECKINS not in WORKSHOP_DAY
    assert step_minutes(Step.CHECKINS, Language.ENGLISH) <= 60


@pytest.mark.parametrize("language", list(Language))
def test_planning_the_day_is_written_in_both_languages(language: Language) -> None:
    text = planning_guide(language)
    assert text.startswith("## ")
    assert 300 <= len(text.split()) <= 700
    # The planning page points at things the app really has.
    assert "F5" in text and "F1" in text and "Ctrl+Z" in text


@pytest.mark.parametrize("language", list(Language))
def test_no_bullet_opens_with_a_number_that_markdown_would_turn_into_a_list(language: Language) -> None:
    texts = [planning_guide(language)] + [step_guide(step, language) for step in STEP_ORDER]
    for text in texts:
        assert re.search(r"^\s*- \d+\. ", text, re.MULTILINE) is None
