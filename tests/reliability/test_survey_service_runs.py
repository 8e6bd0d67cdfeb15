"""The survey service on a team database: one chosen workshop, or every open survey on
one port, each under its own link and join code, picked up while running."""

from __future__ import annotations

import http.client
import io
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.survey_service import ChooseWorkshopError, ServiceOptions, SurveyService
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
LINK = re.compile(
    r"^Survey link for workshop (\d+) \((.*)\): (http://127\.0\.0\.1:\d+(/w/[\w-]{22})/a/[\w-]{22})$"
)
JOIN = re.compile(r"^Join at (http://127\.0\.0\.1:\d+/) with code: (\d{4} \d{4})$")


def add_workshop(location: str, team: str, *, survey_open: bool) -> int:
    service = WorkshopService.create(
        location, new_workshop(WorkshopInfo(team_name=team, language=Language.ENGLISH))
    )
    try:
        if survey_open:
            service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        return service.workshop_id
    finally:
        service.close()


def answers_of(location: str, workshop_id: int) -> list[str]:
    service = WorkshopService.open(location, workshop_id=workshop_id)
    try:
        return sorted(answer.text for answer in service.load().answers)
    finally:
        service.close()


class Lines(io.StringIO):
    """What the service prints, readable while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            return super().write(text)

    def lines(self) -> list[str]:
        with self._lock:
            return self.getvalue().splitlines()

    def wait_for(self, count: int, timeout: float = 30) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.lines()
            if len(lines) >= count:
                return lines
            time.sleep(0.02)
        raise AssertionError(f"expected {count} lines, got {self.lines()}")


@pytest.fixture
def running() -> Iterator:
    """Start a service in a thread; stopped and joined at the end of the test."""
    started: list[tuple[threading.Thread, threading.Event]] = []

    def start(options: ServiceOptions) -> tuple[SurveyService, Lines]:
        out = Lines()
        service = SurveyService(options, out)
        stop = threading.Event()
        result: dict[str, int] = {}
        thread = threading.Thread(target=lambda: result.setdefault("stored", service.run(stop)))
        thread.start()
        started.append((thread, stop))
        service.result = result  # type: ignore[attr-defined]
        return service, out

    yield start
    for thread, stop in started:
        stop.set()
        thread.join(30)


def send_answer(url: str, text: str) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        form = connection.getresponse().read().decode()
        nonce = NONCE.search(form).group(1)
        connection.request(
            "POST",
            parts.path,
            urlencode({"nonce": nonce, "answer": text}),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def get(url: str) -> tuple[int, str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_a_database_of_several_workshops_needs_a_choice_and_lists_them(team_database) -> None:
    first = add_workshop(team_database, "Billing", survey_open=True)
    second = add_workshop(team_database, "Returns", survey_open=False)
    with pytest.raises(ChooseWorkshopError) as refused:
        SurveyService(ServiceOptions(team_database, host="127.0.0.1"), io.StringIO())
    message = str(refused.value)
    assert f"{first} Billing" in message and f"{second} Returns" in message
    assert "--workshop" in message and "--all" in message
    assert "throwaway-secret" not in message


def test_one_workshop_of_a_team_database_is_served_at_the_root(team_database, running) -> None:
    add_workshop(team_database, "Billing", survey_open=True)
    chosen = add_workshop(team_database, "Returns", survey_open=True)
    _service, out = running(ServiceOptions(team_database, workshop_id=chosen, host="127.0.0.1"))
    link, join = out.wait_for(2)[:2]
    assert re.match(r"^Survey link: http://127\.0\.0\.1:\d+/a/[\w-]{22}$", link)
    assert join.startswith("Join at http://127.0.0.1:")
    assert send_answer(link.split(": ", 1)[1], "Calm under pressure") == 200
    assert answers_of(team_database, chosen) == ["Calm under pressure"]


def test_all_serves_every_open_survey_under_its_own_link_and_picks_up_later_ones(
    team_database, running
) -> None:
    billing = add_workshop(team_database, "Billing", survey_open=True)
    returns = add_workshop(team_database, "Returns", survey_open=False)
    _service, out = running(
        ServiceOptions(team_database, every_open=True, host="127.0.0.1", poll_seconds=0.2)
    )
    link = LINK.match(out.wait_for(2)[0])
    assert link and int(link.group(1)) == billing and link.group(2) == "Billing"
    # Returns opens its survey in the app: served without a restart, on the same port.
    opener = WorkshopService.open(team_database, workshop_id=returns)
    try:
        opener.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    finally:
        opener.close()
    lines = out.wait_for(4)
    later = LINK.match(lines[2])
    later_join = JOIN.match(lines[3])
    assert later and int(later.group(1)) == returns
    assert later_join and later_join.group(1) == JOIN.match(lines[1]).group(1)
    assert urlsplit(later.group(3)).port == urlsplit(link.group(3)).port
    assert later.group(4) != link.group(4)
    assert JOIN.match(lines[1]).group(2) != later_join.group(2)
    assert send_answer(link.group(3), "Billing answer") == 200
    assert send_answer(later.group(3), "Returns answer") == 200
    assert answers_of(team_database, billing) == ["Billing answer"]
    assert answers_of(team_database, returns) == ["Returns answer"]
    # Another workshop's prefix with this one's token, or a made-up prefix: nothing.
    base = link.group(3).split("/w/")[0]
    assert get(base + later.group(4) + "/a/" + link.group(3).rsplit("/", 1)[1])[0] == 404
    assert get(base + "/w/" + "A" * 22 + "/")[0] == 404
    assert get(base + "/a/" + link.group(3).rsplit("/", 1)[1])[0] == 404
    status, body = get(base + "/healthz")
    assert status == 200
    assert body.strip() == '{"database": "reachable", "status": "ok", "workshops": 2}'


def test_all_on_a_file_starts_with_nothing_open_and_waits(tmp_path: Path, running) -> None:
    path = str(tmp_path / "w.pstudio")
    add_workshop(path, "Billing", survey_open=False)
    _service, out = running(ServiceOptions(path, every_open=True, host="127.0.0.1", poll_seconds=0.2))
    assert out.wait_for(1)[0].startswith("No workshop takes answers now")


def join_with(join_url: str, code: str, path: str = "/", language: str = "en") -> http.client.HTTPResponse:
    parts = urlsplit(join_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept-Language": language})
        page = connection.getresponse().read().decode()
        action = re.search(r'<form method="post" action="([^"]+)"', page).group(1)
        connection.request(
            "POST",
            action,
            urlencode({"nonce": NONCE.search(page).group(1), "code": code}),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept-Language": language},
        )
        response = connection.getresponse()
        response.body = response.read().decode()  # type: ignore[attr-defined]
        return response
    finally:
        connection.close()


def test_one_join_page_takes_the_code_of_any_served_workshop(tmp_path: Path, running) -> None:
    """People who cannot scan the QR code type the short address and the code on their
    room's screen: it leads to their own workshop's form, and a wrong code to none."""
    from philosophy_studio.survey_server.security import MAX_ATTEMPTS_PER_CLIENT

    path = str(tmp_path / "w.pstudio")
    add_workshop(path, "Billing", survey_open=True)
    service, out = running(ServiceOptions(path, every_open=True, host="127.0.0.1", poll_seconds=0.2))
    lines = out.wait_for(2)
    link, join = LINK.match(lines[0]), JOIN.match(lines[1])
    # A second workshop in the same store opens later.
    from philosophy_studio.persistence import repository

    with service._store.write() as session:
        other = repository.insert_workshop(
            session, new_workshop(WorkshopInfo(team_name="Returns", language=Language.TURKISH))
        )
        repository.workshop_row(session, other).survey_open = True
    lines = out.wait_for(4)
    other_link, other_join = LINK.match(lines[2]), JOIN.match(lines[3])
    assert other_join.group(1) == join.group(1)
    for code, answer_link in ((join.group(2), link), (other_join.group(2), other_link)):
        response = join_with(join.group(1), code)
        assert response.status == 303
        assert response.getheader("Location") == urlsplit(answer_link.group(3)).path
    # The mounted workshop's own join page takes its code too.
    mount = link.group(4)
    response = join_with(join.group(1), join.group(2), path=mount + "/")
    assert response.status == 303 and response.getheader("Location") == urlsplit(link.group(3)).path
    # A wrong code: said in the phone's language; after a few, this phone waits.
    response = join_with(join.group(1), "1234 5678", language="tr-TR,tr;q=0.9")
    assert response.status == 403 and "Bu kod doğru değil" in response.body
    statuses = [join_with(join.group(1), "1234 5678").status for _ in range(MAX_ATTEMPTS_PER_CLIENT)]
    # Three attempts were made above (two right codes, one wrong) within the minute.
    assert statuses == [403] * (MAX_ATTEMPTS_PER_CLIENT - 3) + [429] * 3
    # Even the right code, for this phone, until the minute is over.
    assert join_with(join.group(1), join.group(2)).status == 429


PHONES = 8


def test_a_week_compressed_the_window_closes_while_phones_answer(
    workshop_location, running, monkeypatch
) -> None:
    """open-until passes while phones keep answering over HTTP: every answer a phone was
    thanked for is stored, none after the close, and the late phones read that the
    survey ended. The window is kept to the minute, so the survey's clock is moved to
    reach the end of a minute two seconds after the phones start."""
    import datetime as dt

    from philosophy_studio.domain.survey_commands import SetSurveyWindow
    from philosophy_studio.services import survey

    real_start = dt.datetime.now(dt.UTC)
    close = real_start.replace(second=0, microsecond=0) + dt.timedelta(minutes=2)
    shift = close - real_start - dt.timedelta(seconds=2)
    monkeypatch.setattr(survey, "utc_now", lambda: dt.datetime.now(dt.UTC) + shift)
    workshop_id = add_workshop(workshop_location, "Night shift", survey_open=False)
    setter = WorkshopService.open(workshop_location, workshop_id=workshop_id)
    try:
        setter.execute(SetSurveyWindow(close - dt.timedelta(days=7), close, survey_open=True))
    finally:
        setter.close()
    _service, out = running(ServiceOptions(workshop_location, host="127.0.0.1", poll_seconds=0.2))
    link = out.wait_for(2)[0].split(": ", 1)[1]
    parts = urlsplit(link)
    results: list[tuple[str, int, str, dt.datetime]] = []
    lock = threading.Lock()

    def phone(number: int) -> None:
        for attempt in range(10_000):
            text = f"phone {number} answer {attempt}"
            sent = survey.utc_now()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            try:
                connection.request("GET", parts.path)
                response = connection.getresponse()
                form = response.read().decode()
                if response.status != 200:
                    status, body = response.status, form
                else:
                    connection.request(
                        "POST",
                        parts.path,
                        urlencode({"nonce": NONCE.search(form).group(1), "answer": text}),
                        {"Content-Type": "application/x-www-form-urlencoded"},
                    )
                    response = connection.getresponse()
                    status, body = response.status, response.read().decode()
            finally:
                connection.close()
            with lock:
                results.append((text, status, body, sent))
            if status != 200:
                return

    phones = [threading.Thread(target=phone, args=(number,)) for number in range(PHONES)]
    for thread in phones:
        thread.start()
    for thread in phones:
        thread.join(120)
    thanked = {text for text, status, _body, _sent in results if status == 200}
    refused = [(status, body, sent) for _text, status, body, sent in results if status != 200]
    assert thanked, "the phones answered before the close"
    assert len(refused) == PHONES  # each phone stopped at the closed page
    for status, body, _sent in refused:
        assert status == 403 and "The survey has ended" in body
    # Whatever was sent after the close was refused.
    assert all(status != 200 for _text, status, _body, sent in results if sent >= close)
    assert set(answers_of(workshop_location, workshop_id)) == thanked


def test_health_says_when_the_database_cannot_be_reached(tmp_path: Path, running, monkeypatch) -> None:
    from philosophy_studio.domain.errors import StorageUnavailableError

    path = str(tmp_path / "w.pstudio")
    add_workshop(path, "Billing", survey_open=True)
    service, out = running(ServiceOptions(path, host="127.0.0.1", poll_seconds=0.2))
    base = out.wait_for(2)[0].split(": ", 1)[1].split("/a/")[0]
    assert get(base + "/healthz") == (200, '{"database": "reachable", "status": "ok", "workshops": 1}\n')

    def unreachable() -> list:
        raise StorageUnavailableError(reason="the server went away")

    monkeypatch.setattr(service, "_open_now", unreachable)
    deadline = time.monotonic() + 30
    while get(base + "/healthz")[0] != 503 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert get(base + "/healthz") == (
        503,
        '{"database": "unreachable", "status": "unavailable", "workshops": 1}\n',
    )


def test_all_with_votes_serves_every_open_voting_round(tmp_path: Path, running) -> None:
    from philosophy_studio.domain.model import VotingRound
    from philosophy_studio.domain.voting_commands import AddVotingRound
    from philosophy_studio.services.interchange import demo_workshop

    path = str(tmp_path / "demo.pstudio")
    service = WorkshopService.create(path, demo_workshop(Language.ENGLISH))
    try:
        workshop_id = service.workshop_id
        service.execute(AddVotingRound(VotingRound(id=0)))
    finally:
        service.close()
    _service, out = running(
        ServiceOptions(path, every_open=True, votes=True, host="127.0.0.1", poll_seconds=0.2)
    )
    lines = out.wait_for(2)
    link = re.match(
        r"^Voting link for workshop (\d+) \(.*\): (http://\S+/w/[\w-]{22}/v/[\w-]{22})$", lines[0]
    )
    assert link and int(link.group(1)) == workshop_id
    status, page = get(link.group(2))
    assert status == 200 and 'name="round"' in page


def test_a_survey_whose_window_begins_later_is_announced_with_its_opening(tmp_path: Path, running) -> None:
    import datetime as dt

    from philosophy_studio.domain.survey_commands import SetSurveyWindow

    path = str(tmp_path / "w.pstudio")
    add_workshop(path, "Billing", survey_open=False)
    opens = dt.datetime(2031, 1, 6, 5, 0, tzinfo=dt.UTC)
    setter = WorkshopService.open(path)
    try:
        setter.execute(SetSurveyWindow(opens, None, survey_open=True))
    finally:
        setter.close()
    _service, out = running(ServiceOptions(path, host="127.0.0.1"))
    lines = out.wait_for(3)
    assert lines[2] == (
        f"The survey opens at {opens.astimezone().isoformat(timespec='minutes')}: "
        "until then phones see when it opens."
    )
    status, page = get(lines[0].split(": ", 1)[1])
    assert status == 403 and "The survey has not opened yet" in page


def test_a_service_running_for_days_keeps_shuffling_the_stored_order(team_database, running) -> None:
    """On PostgreSQL the physical order of the rows tells the order of arrival until the
    answers are shuffled; a service that runs for a week does so every few minutes
    (here: at once), not only when it stops."""
    import secrets

    from test_arrival_order import concordance, stored_order

    add_workshop(team_database, "Night shift", survey_open=True)
    service, out = running(ServiceOptions(team_database, host="127.0.0.1", shuffle_seconds=0.2))
    link = out.wait_for(2)[0].split(": ", 1)[1]
    arrival = [f"{secrets.token_hex(4)} answer {n}" for n in range(200)]
    for text in arrival:
        assert send_answer(link, text) == 200
    deadline = time.monotonic() + 60
    while service._shuffled_at < len(arrival) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert service._shuffled_at == len(arrival)
    # Read while the service still runs.
    assert 0.35 < concordance(arrival, stored_order(team_database)) < 0.65


def test_the_app_finds_where_the_service_serves_a_survey(team_database, running) -> None:
    from philosophy_studio.domain.phone_forms import PhoneForm

    chosen = add_workshop(team_database, "Returns", survey_open=True)
    before = WorkshopService.open(team_database, workshop_id=chosen)
    try:
        assert before.load().service_links == ()
        fingerprint = before.fingerprint()
        _service, out = running(ServiceOptions(team_database, workshop_id=chosen, host="127.0.0.1"))
        link, join = out.wait_for(2)[:2]
        (served,) = before.load().service_links
        # What the app polls notices the service starting.
        assert before.fingerprint() != fingerprint
    finally:
        before.close()
    assert served.form is PhoneForm.SURVEY
    assert link == f"Survey link: {served.link}"
    assert join == f"Join at {served.join_link} with code: {served.join_code[:4]} {served.join_code[4:]}"
    assert send_answer(served.link, "Found from the app") == 200


def test_the_service_serves_a_check_ins_staff_pulse(tmp_path: Path, running) -> None:
    from philosophy_studio.domain.model import Language as Lang
    from philosophy_studio.services.interchange import demo_workshop
    from philosophy_studio.services.survey_service import PulseNeedsOneWorkshopError

    location = str(tmp_path / "pulse.pstudio")
    demo = demo_workshop(Lang.ENGLISH)
    WorkshopService.create(location, demo).close()
    with pytest.raises(PulseNeedsOneWorkshopError):
        SurveyService(ServiceOptions(location, every_open=True, pulse=True, host="127.0.0.1"), io.StringIO())
    before = len([r for r in demo.pulse_responses if r.day == demo.checkin_days[0]])
    _service, out = running(ServiceOptions(location, pulse=True, checkin=1, host="127.0.0.1"))
    link, _join = out.wait_for(2)[:2]
    assert re.match(r"^Pulse link: http://127\.0\.0\.1:\d+/", link)
    url = link.split(": ", 1)[1]
    status, form = get(url)
    assert status == 200
    # Every chosen value asked about, as on the phones the app serves.
    chosen = demo.chosen_values
    assert all(card.name in form for card in chosen)
    nonce = NONCE.search(form).group(1)
    fields = {"nonce": nonce}
    field_names = set(re.findall(r'name="([^"]+)"', form)) - {"nonce"}
    # l<card> for living the value and m<card> for the leaders modelling it, 1 to 5.
    fields.update({name: "4" for name in field_names if re.fullmatch(r"[lm]\d+", name)})
    assert len(fields) == 1 + 2 * len(chosen)
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(
            "POST", parts.path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert connection.getresponse().status == 200
    finally:
        connection.close()
    service = WorkshopService.open(location)
    try:
        after = [r for r in service.load().pulse_responses if r.day == demo.checkin_days[0]]
    finally:
        service.close()
    assert len(after) == before + 1
