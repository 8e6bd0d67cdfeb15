"""Writes that arrive together on a workshop file share one transaction (group commit):
each is stored once and acknowledged only after that transaction committed, one that is
refused leaves the others in, a failed commit acknowledges none, and a writer that
cannot begin in time hears that storage is busy."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from tests_support import Refusal

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import DiskFullError, StorageBusyError
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import SurveyAnswerRow
from philosophy_studio.services import survey
from philosophy_studio.services.survey import SurveyClosedError
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


@pytest.fixture
def service(tmp_path: Path):
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH)
    created = WorkshopService.create(tmp_path / "room.pstudio", new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    yield created
    created.close()


def stored_texts(service: WorkshopService) -> list[str]:
    with service.store.read() as session:
        return sorted(session.scalars(select(SurveyAnswerRow.text)))


def commits(service: WorkshopService) -> list[int]:
    counted: list[int] = []
    event.listen(service.store.engine, "commit", lambda _connection: counted.append(1))
    return counted


def run_together(service: WorkshopService, works: list[Callable[[], object]]) -> list[object]:
    """Run each of ``works`` on a thread of its own while this thread holds the file's
    write lock, and let go only once all of them wait, in order: the first is then
    written alone and the others together in one batch, in order, whatever the
    machine's speed. Returns each one's result or exception."""
    outcomes: list[object] = [None] * len(works)

    def call(number: int) -> None:
        try:
            outcomes[number] = works[number]()
        except Exception as error:  # noqa: BLE001 - the test looks at it
            outcomes[number] = error

    threads = [threading.Thread(target=call, args=(number,)) for number in range(len(works))]
    combined = service.store._combined
    with service.store.write():
        for number, thread in enumerate(threads):
            thread.start()
            # The first writer waits for this lock; the others wait for it, in line.
            while not combined._writing or len(combined._waiting) < number:
                time.sleep(0.005)
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_answers_sent_together_are_stored_once_each_in_one_transaction(service) -> None:
    tokens = [secrets.token_hex(16) for _ in range(40)]
    counted = commits(service)
    sent = [
        lambda token=token, number=number: survey.submit_answer(
            service, f"Cevap {number}", AnswerSource.LAN, submission_token=token, wait_seconds=20
        )
        for number, token in enumerate(tokens)
    ]
    outcomes = run_together(service, sent)
    assert all(changes for _result, changes in outcomes)
    assert stored_texts(service) == sorted(f"Cevap {number}" for number in range(40))
    # The test's own hold on the lock, the first writer's transaction, then one for all
    # who waited behind it.
    assert len(counted) == 3
    again = run_together(service, sent)
    assert not any(changes for _result, changes in again)
    assert len(stored_texts(service)) == 40


def test_one_refused_write_leaves_the_others_of_its_batch_in(service) -> None:
    def add(text: str, refuse: bool = False) -> Callable[[], object]:
        def work(session) -> str:  # type: ignore[no-untyped-def]
            repository.add_answers(session, service.workshop_id, [(text, AnswerSource.KIOSK, False)])
            session.flush()
            if refuse:
                raise SurveyClosedError()
            return text

        return lambda: service.store.write_together(work, wait_seconds=20)

    outcomes = run_together(service, [add("bir"), add("iki", refuse=True), add("üç"), add("dört")])
    assert outcomes[0] == "bir" and outcomes[2:] == ["üç", "dört"]
    assert isinstance(outcomes[1], SurveyClosedError)
    assert stored_texts(service) == sorted(["bir", "üç", "dört"])


def test_a_full_disk_in_one_write_acknowledges_none_of_its_batch(service) -> None:
    """SQLite rolls back the whole transaction on a full disk: a short answer written
    before the long one that fills the disk was lost with it, and must not be thanked."""
    refusal = Refusal(service.store.engine, full=True)
    service.store.engine.dispose()
    texts = ["kısa bir", "kısa iki", "uzun " * 1000, "kısa üç"]
    sent = [
        lambda text=text: survey.submit_answer(service, text, AnswerSource.LAN, wait_seconds=20)
        for text in texts
    ]
    outcomes = run_together(service, sent)
    refusal.lift()
    service.store.engine.dispose()
    assert outcomes[0][1]
    assert all(isinstance(outcome, DiskFullError) for outcome in outcomes[1:]), outcomes
    assert stored_texts(service) == ["kısa bir"]


def test_a_failed_commit_acknowledges_no_write_of_its_batch(service) -> None:
    refusal = Refusal(service.store.engine, full=True)
    service.store.engine.dispose()
    big = "x" * 4000
    sent = [
        lambda number=number: survey.submit_answer(
            service, f"{big} {number}", AnswerSource.LAN, submission_token=f"token-{number}", wait_seconds=20
        )
        for number in range(6)
    ]
    outcomes = run_together(service, sent)
    assert all(isinstance(outcome, DiskFullError) for outcome in outcomes), outcomes
    refusal.lift()
    service.store.engine.dispose()
    assert stored_texts(service) == []
    retried = [outcome() for outcome in sent]
    assert all(changes for _result, changes in retried)
    with service.store.read() as session:
        assert session.scalar(select(func.count()).select_from(SurveyAnswerRow)) == 6


def test_a_writer_that_cannot_begin_in_time_hears_storage_is_busy(service) -> None:
    outcomes: list[object] = []

    def send(number: int) -> None:
        try:
            outcomes.append(
                survey.submit_answer(service, f"Cevap {number}", AnswerSource.LAN, wait_seconds=0.3)
            )
        except StorageBusyError as error:
            outcomes.append(error)

    with service.store.write():
        threads = [threading.Thread(target=send, args=(number,)) for number in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(outcomes) == 3 and all(isinstance(outcome, StorageBusyError) for outcome in outcomes)
    assert stored_texts(service) == []
    assert survey.submit_answer(service, "Sonra", AnswerSource.LAN, wait_seconds=1)[1]
