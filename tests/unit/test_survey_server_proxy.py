"""Behind a reverse proxy: the per-phone limits key on the client the configured proxy
reports; forwarded headers from anyone else are ignored, and never reach the app."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server.security import (
    MAX_ATTEMPTS_PER_CLIENT,
    ForwardedFor,
    forwarded_client,
    proxy_networks,
)
from philosophy_studio.survey_server.server import SharedSurveyServer

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
LOCAL = proxy_networks(["127.0.0.1"])


@pytest.mark.parametrize(
    ("environ", "client"),
    [
        ({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "10.1.2.3"}, "10.1.2.3"),
        # Earlier entries are what the phone claimed; the proxy's own is the last.
        ({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 10.1.2.3"}, "10.1.2.3"),
        (
            {"REMOTE_ADDR": "127.0.0.1", "HTTP_FORWARDED": 'for="[2001:db8::7]:4711";proto=https'},
            "2001:db8::7",
        ),
        ({"REMOTE_ADDR": "127.0.0.1", "HTTP_FORWARDED": "for=6.6.6.6, for=192.0.2.60:80"}, "192.0.2.60"),
        ({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "unknown"}, None),
        ({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "<script>"}, None),
        ({"REMOTE_ADDR": "127.0.0.1"}, None),
        # Not a trusted proxy: whatever it says is ignored.
        ({"REMOTE_ADDR": "192.0.2.1", "HTTP_X_FORWARDED_FOR": "10.1.2.3"}, None),
        ({"REMOTE_ADDR": "192.0.2.1", "HTTP_FORWARDED": "for=10.1.2.3"}, None),
    ],
)
def test_the_client_is_the_one_a_trusted_proxy_reports(environ, client) -> None:
    assert forwarded_client(environ, LOCAL) == client


def test_a_proxy_can_be_named_by_its_network() -> None:
    networks = proxy_networks(["10.0.0.0/24", "::1"])
    assert forwarded_client({"REMOTE_ADDR": "10.0.0.77", "HTTP_X_FORWARDED_FOR": "172.16.0.9"}, networks) == (
        "172.16.0.9"
    )
    assert (
        forwarded_client({"REMOTE_ADDR": "::1", "HTTP_X_FORWARDED_FOR": "172.16.0.9"}, networks)
        == "172.16.0.9"
    )
    with pytest.raises(ValueError, match=r"proxy\.example"):
        proxy_networks(["proxy.example"])


def test_forwarded_headers_never_reach_the_application() -> None:
    seen: list[dict] = []
    middleware = ForwardedFor(lambda environ, _start: seen.append(dict(environ)) or [b""], LOCAL)
    for peer in ("127.0.0.1", "192.0.2.1"):
        middleware(
            {"REMOTE_ADDR": peer, "HTTP_X_FORWARDED_FOR": "10.1.2.3", "HTTP_FORWARDED": "for=10.1.2.3"},
            lambda *_: None,
        )
    assert [environ["REMOTE_ADDR"] for environ in seen] == ["10.1.2.3", "192.0.2.1"]
    assert not any("HTTP_X_FORWARDED_FOR" in environ or "HTTP_FORWARDED" in environ for environ in seen)


class OpenSurvey:
    def question(self) -> str:
        return "What should customers feel?"

    def language(self) -> Language:
        return Language.ENGLISH

    def is_open(self) -> bool:
        return True

    def submit(self, text: str, token: str) -> None:
        pass


@pytest.fixture
def serve() -> Iterator:
    servers: list[SharedSurveyServer] = []

    def start(proxies: tuple[str, ...]) -> tuple[SharedSurveyServer, str]:
        server = SharedSurveyServer(
            lambda: {"status": "ok"}, host="127.0.0.1", max_answer_length=5000, trusted_proxies=proxies
        )
        servers.append(server)
        served = server.add(OpenSurvey(), at_root=True)
        return server, served.join_code

    yield start
    for server in servers:
        server.stop()


def wrong_code(port: int, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        base = {"Host": f"127.0.0.1:{port}", **headers}
        connection.request("GET", "/", headers=base)
        page = connection.getresponse().read().decode()
        connection.request(
            "POST",
            "/join",
            urlencode({"nonce": NONCE.search(page).group(1), "code": "00000000"}),
            {**base, "Content-Type": "application/x-www-form-urlencoded"},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_behind_the_trusted_proxy_each_reported_phone_has_its_own_limit(serve) -> None:
    server, _code = serve(("127.0.0.1",))
    first = {"X-Forwarded-For": "10.0.0.1"}
    for _ in range(MAX_ATTEMPTS_PER_CLIENT):
        assert wrong_code(server.port, first) == 403
    assert wrong_code(server.port, first) == 429
    # Another phone behind the same proxy is not locked out by the first.
    assert wrong_code(server.port, {"X-Forwarded-For": "10.0.0.2"}) == 403
    assert wrong_code(server.port, {"Forwarded": "for=10.0.0.3"}) == 403


def test_a_phone_cannot_escape_its_limit_by_claiming_other_addresses(serve) -> None:
    """The test client is not the configured proxy: its headers are ignored, so every
    attempt counts against the one address it really has."""
    server, _code = serve(("10.9.9.9",))
    for attempt in range(MAX_ATTEMPTS_PER_CLIENT):
        spoofed = {"X-Forwarded-For": f"10.0.1.{attempt}", "Forwarded": f"for=10.0.2.{attempt}"}
        assert wrong_code(server.port, spoofed) == 403
    assert wrong_code(server.port, {"X-Forwarded-For": "10.0.3.1"}) == 429
    assert wrong_code(server.port, {"Forwarded": "for=10.0.3.2"}) == 429


def test_without_proxies_forwarded_headers_are_ignored(serve) -> None:
    server, _code = serve(())
    for attempt in range(MAX_ATTEMPTS_PER_CLIENT):
        assert wrong_code(server.port, {"X-Forwarded-For": f"10.0.1.{attempt}"}) == 403
    assert wrong_code(server.port, {"X-Forwarded-For": "10.0.3.1"}) == 429
