"""200 phones answering at the same moment, over real HTTP, on SQLite and PostgreSQL:
every one gets a thank-you only after its answer is committed, nothing is lost, and
retried posts of the same form store nothing twice."""

from __future__ import annotations

import http.client
import logging
import re
import threading
import time
from urllib.parse import urlencode

import pytest

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.persistence import snapshots
from philosophy_studio.persistence.database import Store
from philosophy_studio.services.phone_survey import start_phone_form
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

PHONES = 200
# Every tenth phone's browser sends its form twice (a flaky Wi-Fi retry).
RETRY_EVERY = 10
NONCE = re.compile(r'name="nonce" value="([^"]+)"')
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def request(port: int, method: str, path: str, body: str | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=FORM if body is not None else {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Kalabalık", language=Language.TURKISH)
    created = WorkshopService.create(workshop_location, new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    yield created
    created.close()


def test_two_hundred_phones_at_once(service, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    stored_events = []
    server = start_phone_form(
        PhoneForm.SURVEY, service, host="127.0.0.1", on_stored=lambda: stored_events.append(1)
    )
    port = server.endpoint.port
    path = server.app.answer_path
    # A second engine, as another program would see the file or database.
    observer = Store(service.store.url)
    start = threading.Barrier(PHONES)
    results: dict[int, tuple[int, int | None, bool]] = {}
    failures: list[BaseException] = []

    def phone(number: int) -> None:
        try:
            status, form = request(port, "GET", path)
            assert status == 200
            nonce = NONCE.search(form).group(1)
            text = f"Yanıt {number}: güler yüz & <hız>"
            body = urlencode({"nonce": nonce, "answer": text})
            start.wait(timeout=60)
            status, page = request(port, "POST", path, body)
            committed = False
            if status == 200 and "Teşekkürler!" in page:
                with observer.read() as session:
                    texts = {a.text for a in snapshots.load_workshop(session, service.workshop_id).answers}
                committed = text in texts
            retry_status = request(port, "POST", path, body)[0] if number % RETRY_EVERY == 0 else None
            results[number] = (status, retry_status, committed)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    began = time.perf_counter()
    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        server.stop()
        observer.dispose()
    elapsed = time.perf_counter() - began

    assert failures == []
    assert len(results) == PHONES
    assert all(status == 200 for status, _retry, _committed in results.values())
    # The thank-you came only once the answer could be read back from elsewhere.
    assert all(committed for _status, _retry, committed in results.values())
    assert {retry for _s, retry, _c in results.values() if retry is not None} == {409}
    answers = service.load().answers
    assert len(answers) == PHONES
    assert sorted(a.text for a in answers) == sorted(f"Yanıt {n}: güler yüz & <hız>" for n in range(PHONES))
    assert {a.source for a in answers} == {AnswerSource.LAN}
    assert len(stored_events) == PHONES
    log_text = "\n".join(record.getMessage() for record in caplog.records)
    assert "127.0.0.1" not in log_text
    print(f"\n{PHONES} phones answered in {elapsed:.2f} s")


def test_a_new_phone_gets_the_form_while_the_room_holds_connections(service) -> None:
    # 500 phones keep their connection after loading the form and 300 devices send
    # headers that never end; phones arriving now must still get the form (how fast:
    # tests/benchmarks/bench_phone_room.py).
    from phone_crowd import Crowd, load_form

    server = start_phone_form(PhoneForm.SURVEY, service, host="127.0.0.1")
    crowd = Crowd(server.endpoint.port, server.app.answer_path)
    try:
        crowd.gather(holding=500, slow=300)
        arrivals = [load_form(server.endpoint.port, server.app.answer_path) for _ in range(10)]
    finally:
        crowd.disperse()
        server.stop()
    assert [status for status, _seconds in arrivals] == [200] * 10


class WriteLock:
    """Another program holding the workshop's write lock: sqlite3's BEGIN IMMEDIATE on
    the file, or on PostgreSQL a transaction that locked the answers table."""

    def __init__(self, service) -> None:  # type: ignore[no-untyped-def]
        url = service.store.url
        if url.get_backend_name() == "sqlite":
            import sqlite3

            self.connection = sqlite3.connect(url.database, isolation_level=None)
            self.connection.execute("BEGIN IMMEDIATE")
        else:
            import psycopg

            plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self.connection = psycopg.connect(plain)
            self.connection.execute("LOCK TABLE survey_answer IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        self.connection.rollback()
        self.connection.close()


def test_posts_fail_fast_while_another_program_holds_the_write_lock(service) -> None:
    server = start_phone_form(PhoneForm.SURVEY, service, host="127.0.0.1")
    port, path = server.endpoint.port, server.app.answer_path
    nonces = [NONCE.search(request(port, "GET", path)[1]).group(1) for _ in range(8)]
    lock = WriteLock(service)
    replies: list[tuple[int, str]] = []
    try:
        # As many posts as the server has workers: none may hold its worker for the
        # storage's full wait, and phones must get a page they understand.
        posts = [
            threading.Thread(
                target=lambda nonce=nonce: replies.append(
                    request(port, "POST", path, urlencode({"nonce": nonce, "answer": "Bekliyorum"}))
                )
            )
            for nonce in nonces
        ]
        for post in posts:
            post.start()
        status, form = request(port, "GET", path)
        for post in posts:
            post.join(timeout=25)
        assert status == 200 and 'name="nonce"' in form
        assert sorted(status for status, _page in replies) == [503] * 8
        assert all("birazdan yeniden gönderin" in page for _status, page in replies)
    finally:
        lock.release()
    # The forms are still good once the lock is gone: nothing was stored, nothing lost.
    retried = [
        request(port, "POST", path, urlencode({"nonce": nonce, "answer": "Bekliyorum"}))[0]
        for nonce in nonces
    ]
    server.stop()
    assert retried == [200] * 8
    assert len(service.load().answers) == 8
