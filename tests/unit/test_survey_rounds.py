"""The survey asked again at a check-in: answers join the round being asked, the
survey's page and analysis see that round, the rounds' words are compared, and the
rounds travel with the workshop and with a moved check-in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.checkin_commands import MoveCheckIn, SetCheckInDays
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.interchange import from_document, to_document
from philosophy_studio.domain.model import AnswerSource, Language
from philosophy_studio.domain.survey_commands import SetSurveyRound
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.survey import submit_answer
from philosophy_studio.services.survey_rounds import asked_rounds, compare_rounds, round_answers
from philosophy_studio.services.workshop_service import WorkshopService

DAYS = (dt.date(2026, 7, 15), dt.date(2026, 10, 14))
AT_THE_WORKSHOP = [
    "Hızlı çözüm ve hızlı dönüş",
    "Hızlı olmak",
    "Müşteriyi bekletmeden hızlı yanıt",
    "Hızlı ve net",
    "Çabuk ve hızlı",
    "Güler yüzlü ve hızlı",
]
AT_THE_CHECKIN = [
    "Sabırla dinlemek",
    "Sabırlı ve güler yüzlü",
    "Dinlemek ve sabırlı olmak",
    "Güler yüzlü dinlemek",
    "Sabırlı anlatmak",
    "Dürüst ve sabırlı",
]


@pytest.fixture
def service(workshop_location: str):  # type: ignore[no-untyped-def]
    demo = demo_workshop(Language.TURKISH)
    demo = dataclasses.replace(demo, answers=(), other_rounds=(), checkin_days=DAYS)
    created = WorkshopService.create(workshop_location, demo)
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    for text in AT_THE_WORKSHOP:
        submit_answer(created, text)
    yield created
    created.close()


def test_answers_join_the_round_being_asked_and_the_workshop_shows_that_round(service) -> None:  # type: ignore[no-untyped-def]
    assert_exact_undo(service, SetSurveyRound(DAYS[0]))
    workshop = service.load()
    assert workshop.survey.round_day == DAYS[0]
    # The survey's page starts empty for the new round; the workshop's answers wait.
    assert workshop.answers == ()
    assert sorted(a.text for a in workshop.other_rounds) == sorted(AT_THE_WORKSHOP)
    for text in AT_THE_CHECKIN:
        submit_answer(service, text, AnswerSource.LAN)
    workshop = service.load()
    assert sorted(a.text for a in workshop.answers) == sorted(AT_THE_CHECKIN)
    assert {a.round_day for a in workshop.answers} == {DAYS[0]}
    assert asked_rounds(workshop) == (DAYS[0],)
    service.execute(SetSurveyRound(None))
    back = service.load()
    assert sorted(a.text for a in back.answers) == sorted(AT_THE_WORKSHOP)
    assert sorted(a.text for a in round_answers(back, DAYS[0])) == sorted(AT_THE_CHECKIN)
    with pytest.raises(NotAWorkshopError):
        service.execute(SetSurveyRound(dt.date(2026, 9, 1)))  # no check-in that day


def test_the_rounds_words_are_compared_and_hidden_below_the_minimum(service) -> None:  # type: ignore[no-untyped-def]
    service.execute(SetSurveyRound(DAYS[0]))
    for text in AT_THE_CHECKIN[:2]:
        submit_answer(service, text)
    too_few = compare_rounds(service.load(), DAYS[0])
    assert too_few.hidden and too_few.rose == too_few.fell == ()
    assert (too_few.earlier_respondents, too_few.later_respondents) == (6, 2)
    for text in AT_THE_CHECKIN[2:]:
        submit_answer(service, text)
    compared = compare_rounds(service.load(), DAYS[0])
    assert not compared.hidden
    rose = {word.word: word for word in compared.rose}
    fell = {word.word: word for word in compared.fell}
    assert "sabırlı" in rose and "hızlı" in fell
    assert (rose["sabırlı"].earlier, rose["sabırlı"].later) == (0, 4)
    assert fell["hızlı"].earlier_share == 1.0 and fell["hızlı"].later_share == 0.0
    # A word both rounds use about as often is neither.
    assert "güler yüzlü" not in rose and "güler yüzlü" not in fell


def test_rounds_travel_in_the_interchange_json(service) -> None:  # type: ignore[no-untyped-def]
    service.execute(SetSurveyRound(DAYS[1]))
    for text in AT_THE_CHECKIN:
        submit_answer(service, text)
    workshop = service.load()
    document = json.loads(json.dumps(to_document(workshop, "test")))
    assert document["workshop"]["survey"]["round"] == "2026-10-14"
    assert sum(1 for a in document["survey_answers"] if a.get("round") == "2026-10-14") == len(AT_THE_CHECKIN)
    back = from_document(document)
    assert back.survey.round_day == DAYS[1]
    assert sorted(a.text for a in back.answers) == sorted(AT_THE_CHECKIN)
    assert sorted(a.text for a in back.other_rounds) == sorted(AT_THE_WORKSHOP)
    assert to_document(back, "test") == to_document(workshop, "test")


def test_a_moved_check_in_takes_its_round_along(service) -> None:  # type: ignore[no-untyped-def]
    service.execute(SetSurveyRound(DAYS[0]))
    for text in AT_THE_CHECKIN:
        submit_answer(service, text)
    later = dt.date(2026, 7, 22)
    outcome = service.execute(MoveCheckIn(DAYS[0], later))
    moved = service.load()
    assert moved.survey.round_day == later
    assert {a.round_day for a in moved.answers} == {later}
    service.execute(outcome.inverse)
    assert service.load().survey.round_day == DAYS[0]
    # Removing the check-in keeps its round's answers (an undo brings the day back).
    service.execute(SetCheckInDays((DAYS[1],)))
    assert sorted(a.text for a in service.load().answers) == sorted(AT_THE_CHECKIN)


def test_a_word_one_person_brought_is_not_named() -> None:
    from philosophy_studio.domain.model import SurveyAnswer

    demo = demo_workshop(Language.ENGLISH)
    again = [
        "Patient with every caller",
        "Honest about delays, and patient",
        "Listening first, patiently",
        "Owning the problem until it is solved",
        "Calm and patient on long calls",
        "Straight talk, no scripts",
        "Patient and kind",
        "We call back when we promise",
    ]
    day = demo.checkin_days[1]
    workshop = dataclasses.replace(
        demo,
        other_rounds=tuple(
            SurveyAnswer(f"r{n}", text, AnswerSource.LAN, round_day=day) for n, text in enumerate(again)
        ),
    )
    rose = {word.word: word for word in compare_rounds(workshop, day).rose}
    assert "patient" in rose
    # "talk" leans to the check-in (2 of 41 people, then 1 of 8) but is one person's word.
    assert "talk" not in rose and "straight" not in rose
    assert all(word.later >= 2 for word in rose.values())
