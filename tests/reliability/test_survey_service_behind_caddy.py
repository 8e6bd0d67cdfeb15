"""The survey service behind Caddy, as deploy/Caddyfile configures it (issue #25): TLS
from Caddy's own certificate authority, two ``serve-survey`` processes on one team
database, phones answering through it. Every answer stored once, a form replayed to the
other process refused, the forwarded address believed only from the proxy."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_survey_service_scale import open_survey, stored_answers

PHONES = 60


@pytest.fixture(scope="session")
def caddy() -> str:
    """Debian's caddy; skipped where it is missing, except under CI, where it is a failure."""
    from phone_crowd import caddy_binary

    found = caddy_binary()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test the survey service behind a real Caddy: caddy is not installed")
        pytest.skip("caddy is not installed")
    return found


def test_phones_answer_over_tls_through_caddy_to_two_processes(caddy, team_database, tmp_path: Path) -> None:
    from phone_crowd import NONCE, Caddy, ServiceProcess, call, free_port

    workshop = open_survey(team_database)
    ports = [free_port(), free_port()]
    proxy_port = free_port()
    public = f"https://127.0.0.1:{proxy_port}"
    started: list = []
    try:
        processes = [
            ServiceProcess(team_database, workshop, port, public, tmp_path / f"service-{n}.log")
            for n, port in enumerate(ports)
        ]
        started += processes
        links = [process.wait_started() for process in processes]
        assert links[0] == links[1]
        path = links[0][0].removeprefix(public)
        proxy = Caddy(caddy, ports, proxy_port)
        started.append(proxy)

        # A form given by process A, sent through Caddy, then replayed to B directly.
        status, page, headers = proxy.call("GET", path)
        assert status == 200
        assert headers.get("Strict-Transport-Security") == "max-age=63072000"
        nonce = NONCE.search(page).group(1)
        assert proxy.call("POST", path, {"nonce": nonce, "answer": "Through Caddy"})[0] == 200
        assert call(ports[1], "POST", path, {"nonce": nonce, "answer": "Replayed to B"})[0] == 409

        def phone(number: int) -> int:
            status, page, _headers = proxy.call("GET", path)
            if status != 200:
                return status
            form = NONCE.search(page).group(1)
            return proxy.call("POST", path, {"nonce": form, "answer": f"Phone {number}: calm & <kind>"})[0]

        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(phone, range(PHONES)))
        assert statuses == [200] * PHONES
        answers = stored_answers(team_database)
        assert len(answers) == PHONES + 1 and len(set(answers)) == PHONES + 1
        assert "Phone 7: calm & <kind>" in answers
        # The body limit is Caddy's first: far more than an answer may hold is refused there
        # (Caddy 2.6 says 413, or 502 when it had begun passing the body on), and nothing
        # of it is stored.
        big = proxy.call("POST", path, {"nonce": "x", "answer": "a" * 200_000})[0]
        assert big in (413, 502)
        assert len(stored_answers(team_database)) == PHONES + 1
    finally:
        for thing in reversed(started):
            thing.stop()
