"""Two survey services on one workshop file or team database, as behind a proxy: the
same link and join code, a form of one taken by the other, a replay refused by either,
and nothing kept in the database that tells about a phone or a moment (issue #25)."""

from __future__ import annotations

import http.client
import io
import re
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import pytest
from sqlalchemy import DateTime, Integer, create_engine, func, inspect, select

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.persistence.database import to_url
from philosophy_studio.persistence.tables import PhoneFormSecretRow, SurveyAnswerRow
from philosophy_studio.services.survey_service import ServiceOptions, SurveyService
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

NONCE = re.compile(r'name="nonce" value="([^"]+)"')


class Lines(io.StringIO):
    """What a service prints, readable while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            return super().write(text)

    def wait_for(self, count: int, timeout: float = 30) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                lines = self.getvalue().splitlines()
            if len(lines) >= count:
                return lines
            time.sleep(0.02)
        raise AssertionError(f"expected {count} lines, got {lines}")


@pytest.fixture
def services() -> Iterator:
    started: list[tuple[threading.Thread, threading.Event]] = []

    def start(options: ServiceOptions) -> tuple[SurveyService, Lines]:
        out = Lines()
        service = SurveyService(options, out)
        stop = threading.Event()
        thread = threading.Thread(target=service.run, args=(stop,))
        thread.start()
        started.append((thread, stop))
        return service, out

    yield start
    for thread, stop in started:
        stop.set()
        thread.join(30)


def open_workshop(location: str, team: str = "Billing") -> int:
    service = WorkshopService.create(
        location, new_workshop(WorkshopInfo(team_name=team, language=Language.ENGLISH))
    )
    try:
        service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        return service.workshop_id
    finally:
        service.close()


def call(url: str, fields: dict[str, str] | None = None) -> tuple[int, str, str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        if fields is None:
            connection.request("GET", parts.path)
        else:
            connection.request(
                "POST", parts.path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
            )
        response = connection.getresponse()
        return response.status, response.read().decode(), response.getheader("Location") or ""
    finally:
        connection.close()


def on_port(url: str, port: int) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.hostname}:{port}").geturl()


def test_two_services_serve_one_form_and_refuse_a_replay_across(workshop_location, services) -> None:
    workshop = open_workshop(workshop_location)
    options = ServiceOptions(workshop_location, workshop_id=workshop, host="127.0.0.1")
    first, first_out = services(options)
    second, second_out = services(options)
    first_lines, second_lines = first_out.wait_for(2), second_out.wait_for(2)
    # The same link (but for the port) and the same join code, whichever serves.
    link = first_lines[0].split(": ", 1)[1]
    assert on_port(second_lines[0].split(": ", 1)[1], first.server.port) == link
    assert first_lines[1].rsplit(": ", 1)[1] == second_lines[1].rsplit(": ", 1)[1]
    other = on_port(link, second.server.port)

    nonce = NONCE.search(call(link)[1]).group(1)
    assert call(other, {"nonce": nonce, "answer": "Calm under pressure"})[0] == 200
    status, page, _ = call(link, {"nonce": nonce, "answer": "Calm, replayed"})
    assert status == 409 and "already been sent" in page
    assert call(other, {"nonce": nonce, "answer": "Calm, replayed"})[0] == 409

    engine = create_engine(to_url(workshop_location))
    try:
        with engine.connect() as connection:
            stored = connection.execute(select(SurveyAnswerRow.text, SurveyAnswerRow.submission_token)).all()
            # Only the token's random part: its expiry would date the form.
            assert stored == [("Calm under pressure", nonce.split(".")[0])]
            secrets = connection.execute(
                select(PhoneFormSecretRow.scope, PhoneFormSecretRow.workshop_id)
            ).all()
            assert secrets == [(f"survey:{workshop}", workshop)]
            # Nothing that could date or count anything: no time, no counter.
            columns = inspect(connection).get_columns("phone_form_secret")
            assert not [c for c in columns if isinstance(c["type"], DateTime)]
            assert [c["name"] for c in columns if isinstance(c["type"], Integer)] == ["workshop_id"]
    finally:
        engine.dispose()


def test_a_join_page_of_one_service_leads_through_the_other(workshop_location, services) -> None:
    open_workshop(workshop_location, "Billing")
    # A file holds one workshop; a team database serves two.
    teams = 1 if "://" not in workshop_location else 2
    if teams == 2:
        open_workshop(workshop_location, "Returns")
    options = ServiceOptions(workshop_location, every_open=True, host="127.0.0.1", poll_seconds=0.2)
    first, first_out = services(options)
    second, second_out = services(options)
    first_lines = first_out.wait_for(2 * teams)
    second_lines = [
        line.replace(str(second.server.port), str(first.server.port))
        for line in second_out.wait_for(2 * teams)
    ]
    assert sorted(first_lines) == sorted(second_lines)
    join_url = first_lines[1].split(" with code")[0].removeprefix("Join at ")
    for at in range(0, 2 * teams, 2):
        link_line, join_line = first_lines[at], first_lines[at + 1]
        code = join_line.rsplit(": ", 1)[1]
        page = call(join_url)[1]
        status, _page, location = call(
            on_port(join_url + "join", second.server.port),
            {"nonce": NONCE.search(page).group(1), "code": code},
        )
        assert status == 303 and location == urlsplit(link_line.rsplit(": ", 1)[1]).path


def test_a_join_code_changed_by_one_service_is_shown_by_the_other(tmp_path, services) -> None:
    from philosophy_studio.survey_server.security import MAX_FAILURES

    location = str(tmp_path / "w.pstudio")
    workshop = open_workshop(location)
    options = ServiceOptions(location, workshop_id=workshop, host="127.0.0.1", poll_seconds=0.2)
    first, _first_out = services(options)
    second, second_out = services(options)
    old = second_out.wait_for(2)[1].rsplit(": ", 1)[1]
    guard = first.server.router.apps[0].guard
    for attempt in range(MAX_FAILURES):
        guard.check("0", f"10.0.{attempt // 200}.{attempt % 200}")
    new = guard.code
    assert new != old.replace(" ", "")
    assert second_out.wait_for(3)[2] == f"New join code: {new[:4]} {new[4:]}"
    assert second.server.router.apps[0].guard.matches(new)


def test_the_survey_switched_off_in_the_app_stores_nothing_more_at_once(workshop_location, services) -> None:
    """The service reads the open switch at most once a second; the transaction that
    stores checks it itself, so a form posted right after the switch stores nothing."""
    workshop = open_workshop(workshop_location)
    _service, out = services(ServiceOptions(workshop_location, workshop_id=workshop, host="127.0.0.1"))
    link = out.wait_for(2)[0].split(": ", 1)[1]
    nonces = [NONCE.search(call(link)[1]).group(1) for _ in range(2)]
    assert call(link, {"nonce": nonces[0], "answer": "Before"})[0] == 200
    app = WorkshopService.open(workshop_location, workshop_id=workshop)
    try:
        app.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    finally:
        app.close()
    status, page, _ = call(link, {"nonce": nonces[1], "answer": "After"})
    assert status == 403 and "closed" in page
    time.sleep(1.1)
    assert call(link)[0] == 403
    engine = create_engine(to_url(workshop_location))
    try:
        with engine.connect() as connection:
            assert list(connection.scalars(select(SurveyAnswerRow.text))) == ["Before"]
    finally:
        engine.dispose()


def test_a_workshop_picked_up_while_the_database_fails_is_served_on_the_next_poll(
    tmp_path, monkeypatch
) -> None:
    from philosophy_studio.domain.errors import StorageBusyError
    from philosophy_studio.services import survey_service

    location = str(tmp_path / "w.pstudio")
    open_workshop(location)
    out = Lines()
    service = SurveyService(ServiceOptions(location, every_open=True, host="127.0.0.1"), out)
    real = survey_service.shared_form
    failures = iter([StorageBusyError()])

    def failing_once(*args):
        for error in failures:
            raise error
        return real(*args)

    monkeypatch.setattr(survey_service, "shared_form", failing_once)
    try:
        service.poll()
        assert service.health()["status"] == "unavailable" and not service.server.router.apps
        service.poll()
        assert service.health()["status"] == "ok" and len(service.server.router.apps) == 1
        assert out.wait_for(2)[1].startswith("Join at ")
    finally:
        service.server.stop()
        service.close()


def test_a_ballot_replayed_to_the_other_service_is_counted_once(workshop_location, services) -> None:
    from philosophy_studio.domain.model import VotingRound
    from philosophy_studio.domain.voting_commands import AddVotingRound
    from philosophy_studio.persistence.tables import BallotRow, VoteTallyRow
    from philosophy_studio.services.interchange import demo_workshop

    created = WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH))
    try:
        workshop = created.workshop_id
        created.execute(AddVotingRound(VotingRound(id=0, dots_per_person=3, max_per_card=2)))
    finally:
        created.close()
    options = ServiceOptions(workshop_location, workshop_id=workshop, votes=True, host="127.0.0.1")
    first, first_out = services(options)
    second, second_out = services(options)
    link = first_out.wait_for(2)[0].split(": ", 1)[1]
    assert on_port(second_out.wait_for(2)[0].split(": ", 1)[1], first.server.port) == link
    page = call(link)[1]
    card = re.search(r'name="(c\d+)"', page).group(1)
    ballot = {
        "nonce": NONCE.search(page).group(1),
        "round": re.search(r'name="round" value="(\d+)"', page).group(1),
        card: "2",
    }
    assert call(on_port(link, second.server.port), ballot)[0] == 200
    status, page, _ = call(link, ballot)
    assert status == 409 and "already been sent" in page
    engine = create_engine(to_url(workshop_location))
    try:
        with engine.connect() as connection:
            this_round = int(ballot["round"])
            assert connection.scalar(select(func.count()).where(BallotRow.round_id == this_round)) == 1
            dots = select(func.sum(VoteTallyRow.dots)).where(VoteTallyRow.round_id == this_round)
            assert connection.scalar(dots) == 2
    finally:
        engine.dispose()


def test_after_a_shuffle_no_transaction_id_tells_the_order_of_answers(postgres_admin_url) -> None:
    """PostgreSQL stamps each row with the transaction that wrote it (xmin), and CLUSTER
    keeps that stamp: the service's shuffle must leave one stamp for all answers."""
    from postgres_server import create_database, drop_database
    from sqlalchemy import text

    from philosophy_studio.domain.model import AnswerSource
    from philosophy_studio.domain.survey_commands import HideAnswer
    from philosophy_studio.services import survey

    database = create_database(postgres_admin_url)
    try:
        workshop = open_workshop(database)
        writer = WorkshopService.open(database, workshop_id=workshop)
        try:
            for number in range(20):
                survey.submit_answer(
                    writer, f"Answer {number}", AnswerSource.LAN, submission_token=f"t{number}"
                )
            hidden = writer.load().answers[0]
            writer.execute(HideAnswer(hidden.id))
        finally:
            writer.close()  # shuffles, as the service does every few minutes
        engine = create_engine(database)
        try:
            with engine.connect() as connection:
                stamps = connection.execute(
                    text("SELECT count(DISTINCT xmin::text) FROM survey_answer")
                ).scalar()
                kept = connection.execute(select(SurveyAnswerRow.text).where(SurveyAnswerRow.hidden)).all()
        finally:
            engine.dispose()
        assert stamps == 1
        assert kept == [(hidden.text,)]
    finally:
        drop_database(postgres_admin_url, database)
