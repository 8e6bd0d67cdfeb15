"""The phone survey over the real services, on SQLite and PostgreSQL: answers are
committed before the thank-you, stored once per form, anonymously, with source LAN."""

from __future__ import annotations

import threading

import pytest
from test_survey_server import HOSTILE, Phone

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.persistence import snapshots
from philosophy_studio.persistence.database import Store
from philosophy_studio.persistence.tables import SurveyAnswerRow
from philosophy_studio.services import survey
from philosophy_studio.services.phone_survey import WorkshopSurveySink, start_phone_form
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH)
    created = WorkshopService.create(workshop_location, new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    yield created
    created.close()


@pytest.fixture
def stored_signals():
    return []


@pytest.fixture
def server(service, stored_signals):
    running = start_phone_form(
        PhoneForm.SURVEY, service, host="127.0.0.1", on_stored=lambda: stored_signals.append(1)
    )
    yield running
    running.stop()


def test_a_phone_answer_is_committed_before_the_thanks(server, service, stored_signals) -> None:
    phone = Phone(server)
    form = phone.get(server.app.answer_path)
    assert '<html lang="tr">' in form.body
    assert "Müşterilerimizin sunduğumuz hizmet" in form.body
    reply = phone.post(
        server.app.answer_path, {"nonce": form.nonce, "answer": "Güvenilir ve sıcak\r\nbir ekip"}
    )
    assert reply.status == 200
    # A separate engine sees it at once: it was committed before the reply.
    other = Store(service.store.url)
    try:
        with other.read() as session:
            (answer,) = snapshots.load_workshop(session, service.workshop_id).answers
    finally:
        other.dispose()
    assert answer.text == "Güvenilir ve sıcak\nbir ekip"
    assert answer.source is AnswerSource.LAN
    assert stored_signals == [1]


def test_the_same_submission_token_is_stored_once(service) -> None:
    stored = []
    sink = WorkshopSurveySink(service, on_stored=lambda: stored.append(1))
    sink.submit("Bir kez", "token-1")
    sink.submit("Bir kez", "token-1")
    assert [a.text for a in service.load().answers] == ["Bir kez"]
    assert stored == [1]  # the retry changed nothing, so nothing is announced


def test_racing_copies_of_one_submission_store_one_answer(service) -> None:
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def send() -> None:
        barrier.wait()
        try:
            survey.submit_answer(service, "Aynı form", AnswerSource.LAN, submission_token="same")
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [a.text for a in service.load().answers] == ["Aynı form"]


def test_the_only_thing_stored_is_text_source_and_hidden_flag(server, service) -> None:
    Phone(server).answer("Sade bir cevap")
    with service.store.read() as session:
        (row,) = session.query(SurveyAnswerRow).all()
        columns = {column.key: getattr(row, column.key) for column in SurveyAnswerRow.__table__.columns}
    assert set(columns) == {"id", "workshop_id", "text", "source", "hidden", "submission_token", "round_day"}
    assert columns["source"] == "lan"
    # At the workshop there is no round to name; at a check-in only its day, not a time.
    assert columns["round_day"] is None
    # The token is the random form nonce, not anything about the phone.
    assert len(columns["submission_token"]) == 22


def test_hostile_text_is_stored_verbatim_and_never_echoed(server, service) -> None:
    phone = Phone(server)
    reply, _nonce = phone.answer(HOSTILE[:4000])
    assert reply.status == 200
    assert "<script>" not in reply.body
    assert service.load().answers[0].text == HOSTILE[:4000]


def test_a_closed_survey_stores_nothing(server, service) -> None:
    phone = Phone(server)
    nonce = phone.get(server.app.answer_path).nonce
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "Geç"})
    assert reply.status == 403
    assert "Anket kapalı" in reply.body
    assert service.load().answers == ()


def test_the_question_and_language_follow_the_workshop(server, service) -> None:
    service.execute(SetWorkshopField(WorkshopField.SURVEY_QUESTION, "Yeni <soru> & fikir?"))
    body = Phone(server).get(server.app.answer_path).body
    assert "<h1>Yeni &lt;soru&gt; &amp; fikir?</h1>" in body
