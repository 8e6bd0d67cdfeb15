"""The survey service scaled out as a company runs it (issue #25): a real nginx in front of
two ``serve-survey`` processes on a real PostgreSQL. A thousand phones answer through it
while one process is killed: every answer stored once, none lost, none twice, and a form
replayed to the other process refused. And a week compressed: the survey's end passes
while phones answer, and nothing after it is stored, nothing before it lost."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, update

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.persistence.tables import SurveyAnswerRow, WorkshopRow
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

PHONES = 1_000
# Phones answering at the same moment (the rest are still writing).
AT_ONCE = 32
# Process A is killed once this many phones were thanked.
KILL_AFTER = PHONES // 3


@pytest.fixture(scope="session")
def nginx() -> str:
    """Debian's nginx; skipped where it is missing, except under CI, where it is a failure."""
    from phone_crowd import nginx_binary

    found = nginx_binary()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test the survey service behind a real nginx: nginx is not installed")
        pytest.skip("nginx is not installed")
    return found


def open_survey(database: str, language: Language = Language.ENGLISH) -> int:
    service = WorkshopService.create(
        database, new_workshop(WorkshopInfo(team_name="Billing", language=language))
    )
    try:
        service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        return service.workshop_id
    finally:
        service.close()


@pytest.fixture
def scaled_out(nginx: str, team_database: str, tmp_path: Path) -> Iterator:
    """Start two service processes on the database for a workshop and nginx before them:
    returns (nginx, [process A, process B], the form's path)."""
    from phone_crowd import Nginx, ServiceProcess, free_port

    started: list = []

    def start(workshop: int):
        ports = [free_port(), free_port()]
        proxy_port = free_port()
        public = f"http://127.0.0.1:{proxy_port}"
        processes = [
            ServiceProcess(team_database, workshop, port, public, tmp_path / f"service-{i}.log")
            for i, port in enumerate(ports)
        ]
        started.extend(processes)
        links = [process.wait_started() for process in processes]
        proxy = Nginx(nginx, ports, proxy_port)
        started.append(proxy)
        # Whichever process prints it, the link and join code are the same.
        assert links[0] == links[1]
        link = links[0][0]
        assert link.startswith(public + "/a/")
        return proxy, processes, link.removeprefix(public), public

    yield start
    for thing in reversed(started):
        thing.stop()


def stored_answers(database: str) -> list[str]:
    engine = create_engine(database)
    try:
        with engine.connect() as connection:
            return list(connection.scalars(select(SurveyAnswerRow.text)))
    finally:
        engine.dispose()


def test_a_thousand_phones_through_nginx_to_two_processes_one_killed(
    team_database, scaled_out, tmp_path: Path
) -> None:
    from phone_crowd import NONCE, answer_like_a_person, call

    workshop = open_survey(team_database)
    proxy, (first, second), path, _public = scaled_out(workshop)

    # A form of process A, sent to A; the same form replayed to B (and through nginx).
    nonce = NONCE.search(call(first.port, "GET", path)[1]).group(1)
    assert call(first.port, "POST", path, {"nonce": nonce, "answer": "Sent to A"})[0] == 200
    status, page = call(second.port, "POST", path, {"nonce": nonce, "answer": "Replayed to B"})
    assert status == 409 and "already been sent" in page
    assert call(proxy.port, "POST", path, {"nonce": nonce, "answer": "Replayed through nginx"})[0] == 409

    thanked = 0
    thanked_lock = threading.Lock()
    acknowledged_before_kill: list[str] = []
    killed = threading.Event()

    def phone(number: int):
        nonlocal thanked
        text = f"Answer {number}: calm & <quick>"
        outcome = answer_like_a_person(proxy.port, path, text)
        if outcome.status == 200:
            with thanked_lock:
                thanked += 1
                if not killed.is_set():
                    acknowledged_before_kill.append(text)
                if thanked == KILL_AFTER:
                    first.kill()
                    killed.set()
        return text, outcome

    started = time.monotonic()
    with ThreadPoolExecutor(AT_ONCE) as pool:
        outcomes = list(pool.map(phone, range(PHONES)))
    took = time.monotonic() - started
    assert killed.is_set()
    sent_again = sum(outcome.posts > 1 for _text, outcome in outcomes)
    print(
        f"\n{PHONES} phones through nginx in {took:.1f} s; process A killed after {KILL_AFTER} thanks; "
        f"{sent_again} pressed send again"
    )
    # The kill came mid-run: the survivor thanked many phones after it.
    assert len(acknowledged_before_kill) < PHONES - 100

    gave_up = [text for text, outcome in outcomes if outcome.status not in (200, 409)]
    assert gave_up == []
    # "Already sent" only for a phone whose earlier post was stored but not answered
    # (it was on its way through the process that was killed).
    assert all(outcome.posts > 1 for _text, outcome in outcomes if outcome.status == 409)
    answers = stored_answers(team_database)
    assert len(answers) == PHONES + 1
    assert sorted(answers) == sorted(["Sent to A", *(text for text, _outcome in outcomes)])
    assert set(acknowledged_before_kill) <= set(answers)
    # The survivor served the rest.
    assert second.healthy() and not first.healthy()
    # The processes' logs name no phone, answer, link or form.
    second.stop()
    logs = "".join(log.read_text() for log in tmp_path.glob("service-*.log"))
    assert '"event": "started"' in logs
    for secret in ("127.0.0.1", "Answer ", "Sent to A", path.rsplit("/", 1)[1], nonce.split(".")[0]):
        assert secret not in logs


def test_a_week_compressed_the_end_passes_while_phones_answer(team_database, scaled_out) -> None:
    """The window keeps minutes; seconds here stand for the last moments of a week."""
    from phone_crowd import answer_like_a_person, call

    workshop = open_survey(team_database, Language.TURKISH)
    proxy, (first, second), path, _public = scaled_out(workshop)
    end = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=4)
    engine = create_engine(team_database)
    try:
        with engine.begin() as connection:
            connection.execute(
                update(WorkshopRow)
                .where(WorkshopRow.id == workshop)
                .values(survey_open_until=end.replace(tzinfo=None))
            )
    finally:
        engine.dispose()
    # time.monotonic() of the end, for comparing with when the phones sent their posts.
    end_monotonic = time.monotonic() + (end - dt.datetime.now(dt.UTC)).total_seconds()

    stop = threading.Event()
    outcomes: list[tuple[str, object]] = []
    lock = threading.Lock()
    counter = iter(range(1_000_000))

    def phones() -> None:
        while not stop.is_set():
            with lock:
                number = next(counter)
            text = f"Yanıt {number}"
            outcome = answer_like_a_person(proxy.port, path, text, patience=20)
            with lock:
                outcomes.append((text, outcome))

    crowd = [threading.Thread(target=phones) for _ in range(16)]
    for thread in crowd:
        thread.start()
    time.sleep(max(0.0, end_monotonic - time.monotonic()) + 2)
    stop.set()
    for thread in crowd:
        thread.join(60)

    thanked = [text for text, outcome in outcomes if outcome.status == 200]
    closed = [outcome for _text, outcome in outcomes if outcome.status == 403]
    assert len(thanked) > 20 and len(closed) > 5
    assert not [outcome for _text, outcome in outcomes if outcome.status not in (200, 403)]
    # Nothing sent after the end was taken; every answer thanked is stored, once.
    assert all(outcome.sent_at < end_monotonic + 0.05 for _text, outcome in outcomes if outcome.status == 200)
    assert sorted(stored_answers(team_database)) == sorted(thanked)
    # A clear page, in the workshop's language, from either process.
    assert all("Anket sona erdi" in outcome.page for outcome in closed)
    for process in (first, second):
        status, page = call(process.port, "GET", path)
        assert status == 403 and "Anket sona erdi" in page
    engine = create_engine(team_database)
    try:
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(SurveyAnswerRow)) == len(thanked)
    finally:
        engine.dispose()
