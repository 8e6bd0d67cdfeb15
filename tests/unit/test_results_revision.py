"""The fingerprint another facilitator's app polls notices every change to the survey's
answers and the check-ins' pulse responses through the workshop's results revision
(persistence/revision.py), without reading those rows: on a file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import event, select

from philosophy_studio.domain.checkin_commands import MoveCheckIn, SetCheckInDays
from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.model import AnswerSource, Language, PulseRating
from philosophy_studio.domain.survey_commands import HideAnswer, SetSurveyRound, ShowAnswer
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import WorkshopRevisionRow
from philosophy_studio.services import survey
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.pulse import submit_pulse
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

DAYS = (dt.date(2027, 1, 6), dt.date(2027, 2, 3))


@pytest.fixture
def service(workshop_location: str) -> Iterator[WorkshopService]:
    with WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH)) as made:
        yield made


def _results(service: WorkshopService) -> int:
    with service.store.read() as session:
        return session.scalar(
            select(WorkshopRevisionRow.results).where(WorkshopRevisionRow.workshop_id == service.workshop_id)
        )


def _open_survey(service: WorkshopService) -> None:
    with service.store.write() as session:
        repository.workshop_row(session, service.workshop_id).survey_open = True


def test_every_change_to_answers_and_pulse_moves_the_fingerprint(service: WorkshopService) -> None:
    _open_survey(service)
    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    seen = {service.fingerprint()}

    def changed(what: str) -> None:
        fingerprint = service.fingerprint()
        assert fingerprint not in seen, what
        seen.add(fingerprint)

    survey.submit_answer(service, "Kapıda güler yüz")
    changed("an answer from a phone")
    survey.import_answers(service, survey.plan_import(["Hızlı yanıt", "Sabırlı dinleme"]))
    changed("imported answers")
    answer = next(a for a in service.load().answers if a.text == "Hızlı yanıt")
    hidden = service.execute(HideAnswer(answer.id))
    changed("an answer hidden")
    # Hiding one answer and showing another keeps the hidden count the counting
    # fingerprint saw; the revision still moves.
    other = next(a for a in service.load().answers if a.text == "Sabırlı dinleme")
    service.execute(hidden.inverse)
    changed("an answer shown")
    service.execute(HideAnswer(other.id))
    changed("another hidden")
    service.execute(ShowAnswer(other.id))
    changed("shown again")
    service.execute(SetSurveyRound(DAYS[1]))
    changed("the survey asked again")
    survey.submit_answer(service, "Ertesi gün aradılar")
    changed("an answer of the check-in's round")
    submit_pulse(service, DAYS[1], [PulseRating(card, 4, 3, "")])
    changed("a pulse response")
    service.execute(SetSurveyRound(None))
    changed("back to the workshop's round")
    service.execute(MoveCheckIn(DAYS[1], dt.date(2027, 3, 3)))
    changed("a check-in moved with its round and pulse")
    service.execute(SetCheckInDays(DAYS[:1]))
    changed("a check-in removed with its round and pulse")


def test_writes_that_change_no_answer_leave_the_revision_alone(service: WorkshopService) -> None:
    service.execute(SetCheckInDays(DAYS))
    before = _results(service)
    workshop = service.load()
    assert workshop.chosen_vision_id is not None
    service.execute(SetVisionText(workshop.chosen_vision_id, "Her müşteriye söz verdiğimizi tutarız."))
    # A check-in without a round or pulse moves nothing of theirs.
    service.execute(MoveCheckIn(DAYS[0], dt.date(2027, 1, 9)))
    # Hiding an answer that is hidden already changes no row.
    answer = next(a for a in workshop.answers if not a.hidden)
    service.execute(HideAnswer(answer.id))
    after_hiding = _results(service)
    service.execute(HideAnswer(answer.id))
    assert _results(service) == after_hiding == before + 1


def test_a_failed_write_moves_nothing(service: WorkshopService) -> None:
    before = _results(service), service.fingerprint()
    with pytest.raises(RuntimeError), service.store.write() as session:
        repository.add_answers(session, service.workshop_id, [("Geri alınacak", AnswerSource.KIOSK, False)])
        session.flush()
        raise RuntimeError("rolled back")
    assert (_results(service), service.fingerprint()) == before


def test_the_fingerprint_reads_no_answer_pulse_or_comment(service: WorkshopService) -> None:
    """Its cost does not grow with the survey: none of those tables is in its SQL."""
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement.lower())

    event.listen(service.store.engine, "before_cursor_execute", seen)
    try:
        service.fingerprint()
    finally:
        event.remove(service.store.engine, "before_cursor_execute", seen)
    read = " ".join(statements)
    assert "workshop_revision" in read
    for table in ("survey_answer", "pulse_response", "feedback_comment"):
        assert table not in read


def test_a_stored_workshop_has_its_counter(workshop_location: str) -> None:
    with WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH)) as made:
        # Stored with its answers, in one transaction that moved it once.
        assert _results(made) == 1
        info = made.load().info
    with WorkshopService.create(
        workshop_location + "2" if "://" not in workshop_location else workshop_location, new_workshop(info)
    ) as empty:
        assert _results(empty) == 0


def test_each_of_many_concurrent_submissions_moves_it_once(service: WorkshopService) -> None:
    """Phones answering at once (on PostgreSQL, writers that do not queue for one lock):
    every transaction that stored answers moved the counter, none lost another's move."""
    _open_survey(service)
    before = _results(service)
    errors: list[BaseException] = []

    def phone(number: int) -> None:
        try:
            for turn in range(5):
                survey.submit_answer(service, f"Yanıt {number}-{turn}", submission_token=f"t{number}-{turn}")
        except BaseException as error:  # noqa: BLE001 - reported by the assertions
            errors.append(error)

    phones = [threading.Thread(target=phone, args=(number,)) for number in range(6)]
    for thread in phones:
        thread.start()
    for thread in phones:
        thread.join()
    assert errors == []
    assert len(service.load().answers) == len(demo_workshop(Language.ENGLISH).answers) + 30
    if service.store.is_sqlite:
        # Writers of one file that arrive together share a transaction (combined_writes):
        # it moves once for all of them.
        assert before < _results(service) <= before + 30
    else:
        assert _results(service) == before + 30


def test_upgrading_gives_every_workshop_its_counter_and_downgrading_drops_it(workshop_location: str) -> None:
    """Schema revision 0016 on a database of 0015 with two workshops, on either backend."""
    from alembic import command
    from sqlalchemy import inspect

    from philosophy_studio.persistence.database import Store, to_url
    from philosophy_studio.persistence.migrate import _alembic_config

    with WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH)) as first:
        ids = [first.workshop_id]
    if "://" in workshop_location:  # a team database holds several workshops
        with WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH)) as second:
            ids.append(second.workshop_id)
    store = Store(to_url(workshop_location))
    try:
        with store.engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0015")
        with store.engine.connect() as connection:
            assert "workshop_revision" not in inspect(connection).get_table_names()
    finally:
        store.dispose()
    for workshop_id in ids:
        with WorkshopService.open(workshop_location, workshop_id=workshop_id) as service:
            assert _results(service) == 0
            seen = service.fingerprint()
            survey.import_answers(service, survey.plan_import(["Sonradan gelen yanıt"]))
            assert _results(service) == 1
            assert service.fingerprint() != seen


def test_a_row_changed_after_the_session_forgot_it_still_moves_it(service: WorkshopService) -> None:
    from philosophy_studio.persistence.tables import SurveyAnswerRow

    answer = next(a for a in service.load().answers if not a.hidden)
    before = _results(service)
    with service.store.write() as session:
        row = session.get(SurveyAnswerRow, answer.id)
        session.expire(row)
        row.hidden = True
    assert _results(service) == before + 1
