"""Storing survey answers: one at a time, many at once (all or nothing), hiding, and
the rule that keeps results hidden below the minimum number of respondents."""

import dataclasses
import datetime as dt
from pathlib import Path
from unittest import mock

import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.domain.survey_commands import HideAnswer, ShowAnswer
from philosophy_studio.importing.errors import EncodingNeededError
from philosophy_studio.persistence import repository
from philosophy_studio.services import survey
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH, date=dt.date(2026, 11, 22))
    created = WorkshopService.create(workshop_location, new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    yield created
    created.close()


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    """import_file opens the workshop by its location, as the command line does."""
    path = tmp_path / "anket.pstudio"
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH)
    WorkshopService.create(path, new_workshop(info)).close()
    return path


def test_a_kiosk_answer_is_normalised_and_stored_with_its_source_only(service) -> None:
    result, changes = survey.submit_answer(service, "  Cafe\u0301 gibi\x07 sıcak\r\nbir ekip  ")
    assert result is None
    assert changes.touches(Aspect.ANSWERS)
    (answer,) = service.load().answers
    assert answer.text == "Café gibi sıcak\nbir ekip"
    assert answer.source is AnswerSource.KIOSK
    assert not answer.hidden
    assert len(answer.id) == 32  # random, not a counter that would tell the order


def test_answers_are_capped_at_the_documented_length(service) -> None:
    survey.submit_answer(service, "ş" * (survey.MAX_ANSWER_LENGTH + 500))
    assert len(service.load().answers[0].text) == survey.MAX_ANSWER_LENGTH


def test_an_empty_answer_is_refused(service) -> None:
    with pytest.raises(survey.EmptyAnswerError):
        survey.submit_answer(service, " \n\t\x00 ")
    assert service.load().answers == ()


def test_a_closed_survey_takes_no_kiosk_answers(service) -> None:
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    with pytest.raises(survey.SurveyClosedError):
        survey.submit_answer(service, "Geç kalan cevap")
    assert service.load().answers == ()


def test_plan_reports_empty_answers_and_exact_duplicates() -> None:
    plan = survey.plan_import(["Hızlı", "", "  ", "Hızlı", "hızlı", "Cafe\u0301", "Café", " Hızlı "])
    assert plan.answers == ("Hızlı", "hızlı", "Café")
    assert plan.empty == 2
    assert plan.duplicates == 3


def test_an_import_stores_every_answer_in_one_transaction(service) -> None:
    plan = survey.plan_import([f"Cevap {i}" for i in range(300)])
    result, changes = survey.import_answers(service, plan)
    assert result == plan
    assert changes.touches(Aspect.ANSWERS)
    answers = service.load().answers
    assert len(answers) == 300
    assert {a.source for a in answers} == {AnswerSource.IMPORT}


def test_an_import_that_fails_midway_writes_nothing(service) -> None:
    survey.submit_answer(service, "Önceki cevap")
    real = repository.add_answers

    def add_then_fail(session, workshop_id, answers):
        real(session, workshop_id, answers)
        session.flush()
        raise OSError("disk full")

    with mock.patch.object(repository, "add_answers", add_then_fail), pytest.raises(OSError):
        survey.import_answers(service, survey.plan_import(["Bir", "İki"]))
    assert [a.text for a in service.load().answers] == ["Önceki cevap"]


def test_an_import_without_answers_is_refused(service) -> None:
    with pytest.raises(survey.NoAnswersToImportError):
        survey.import_answers(service, survey.plan_import(["", " "]), name="x.csv")


def test_import_file_takes_only_the_answer_column_of_a_forms_export(workshop_file: Path) -> None:
    location = str(workshop_file)
    plan = survey.import_file(location, FIXTURES / "google_forms.csv")
    assert plan.answers == ("That we keep our promises", "Quick, friendly, honest")
    assert (plan.empty, plan.duplicates) == (1, 1)
    reopened = WorkshopService.open(location)
    try:
        texts = sorted(a.text for a in reopened.load().answers)
    finally:
        reopened.close()
    assert texts == ["Quick, friendly, honest", "That we keep our promises"]
    assert not any("@" in text or "2026" in text for text in texts)


def test_import_file_refuses_to_guess_an_encoding(workshop_file: Path) -> None:
    location = str(workshop_file)
    with pytest.raises(EncodingNeededError):
        survey.import_file(location, FIXTURES / "turkish_excel_1254.csv")
    plan = survey.import_file(location, FIXTURES / "turkish_excel_1254.csv", encoding="cp1254", column="2")
    assert "Müşteri her zaman dinlendiğini hissetsin" in plan.answers
    assert (plan.empty, plan.duplicates) == (1, 1)


def test_hiding_and_showing_undo_exactly(service) -> None:
    survey.import_answers(service, survey.plan_import(["Bir", "İki"]))
    answer = service.load().answers[0]
    assert_exact_undo(service, HideAnswer(answer.id))
    assert service.load().answers[0].hidden
    outcome = service.execute(ShowAnswer(answer.id))
    assert outcome.inverse == HideAnswer(answer.id)
    assert outcome.changes.touches(Aspect.ANSWERS)
    assert not service.load().answers[0].hidden


def test_hiding_an_answer_of_another_workshop_is_refused(service) -> None:
    with pytest.raises(NotAWorkshopError):
        service.execute(HideAnswer("0" * 32))


def test_results_are_visible_only_from_the_minimum_of_visible_answers(service) -> None:
    survey.import_answers(service, survey.plan_import(["a", "b", "c", "d"]))
    workshop = service.load()
    assert workshop.survey.min_respondents == 5
    assert not survey.results_visible(workshop)
    survey.submit_answer(service, "e")
    workshop = service.load()
    assert survey.results_visible(workshop)
    service.execute(HideAnswer(workshop.answers[0].id))
    assert not survey.results_visible(service.load())
    lowered = dataclasses.replace(workshop, survey=dataclasses.replace(workshop.survey, min_respondents=3))
    assert survey.results_visible(lowered)
