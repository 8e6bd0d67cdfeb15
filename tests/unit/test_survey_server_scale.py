"""Several processes of the survey service behind one proxy: a form given by one is taken
by another, a replay is refused by any, the join code is the same everywhere, and what
the database keeps of it tells nothing about a phone or a moment (issue #25)."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator

import pytest
from phone_crowd import send

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server.security import (
    MAX_FAILURES,
    NONCE_LIFETIME_SECONDS,
    JoinGuard,
    JoinResult,
    NonceState,
    SharedForm,
    SignedTokens,
    _CodeInMemory,
)
from philosophy_studio.survey_server.server import SharedSurveyServer

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
KEY = bytes(range(32))


def test_a_signed_token_is_taken_by_any_holder_of_the_key_and_by_nobody_else() -> None:
    giver, taker = SignedTokens(KEY), SignedTokens(KEY)
    token = giver.issue("answer")
    assert SignedTokens(bytes(32)).take(token, "answer") is NonceState.UNKNOWN
    assert taker.take(token, "join") is NonceState.UNKNOWN
    assert taker.take(token, "answer") is NonceState.FRESH
    # In flight or spent here: a second post to the same process is refused at once.
    assert taker.take(token, "answer") is NonceState.SPENT
    taker.give_back(token)
    assert taker.take(token, "answer") is NonceState.FRESH
    taker.spend(token)
    assert taker.take(token, "answer") is NonceState.SPENT


@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token.replace(token.split(".")[1], "ffffffff"),  # a later expiry
        lambda token: "A" + token[1:],  # another random part
        lambda token: token.rsplit(".", 1)[0] + ".",
        lambda token: token.replace(".", ""),
        lambda token: token + "\u00e9",
        lambda _token: "",
    ],
)
def test_a_changed_token_is_unknown(forge) -> None:
    tokens = SignedTokens(KEY)
    assert tokens.take(forge(tokens.issue("answer")), "answer") is NonceState.UNKNOWN


def test_a_signed_token_expires() -> None:
    now = [1_000_000.0]
    tokens = SignedTokens(KEY, clock=lambda: now[0])
    token = tokens.issue("answer")
    now[0] += NONCE_LIFETIME_SECONDS + 1
    assert tokens.take(token, "answer") is NonceState.UNKNOWN


def test_what_marks_a_submission_is_the_random_part_alone() -> None:
    """The expiry would tell when the form was given; the store never sees it."""
    now = [1_000_000.0]
    tokens = SignedTokens(KEY, clock=lambda: now[0])
    first = tokens.issue("answer")
    now[0] += 3600
    second = tokens.issue("answer")
    ids = [tokens.submission_id(token) for token in (first, second)]
    assert all(len(i) == 22 and "." not in i for i in ids)
    assert all(format(int(1_000_000 + NONCE_LIFETIME_SECONDS), "x") not in i for i in ids)
    assert ids[0] != ids[1]


def test_issuing_signed_tokens_keeps_nothing() -> None:
    """Loading the join page or the form over and over uses up nobody's forms (#21)."""
    tokens = SignedTokens(KEY)
    kept = SignedTokens(KEY)
    earlier = kept.issue("answer")
    for _ in range(30_000):
        tokens.issue("join", "10.0.0.1")
    assert kept.take(earlier, "answer") is NonceState.FRESH
    assert not tokens._taken and not tokens._spent


def test_guards_sharing_a_code_accept_it_and_the_one_that_changes_it_says_so() -> None:
    code = _CodeInMemory()
    shown: list[str] = []
    first = JoinGuard(shown.append, clock=lambda: 0.0, shared=code)
    second = JoinGuard(lambda new: pytest.fail("the other process changed no code"), shared=code)
    assert first.code == second.code
    assert second.check(first.code, "10.0.0.2") is JoinResult.ACCEPTED
    for attempt in range(MAX_FAILURES - 1):
        assert first.check("0", f"10.1.{attempt // 250}.{attempt % 250}") is JoinResult.WRONG
    assert first.check("0", "10.9.9.9") is JoinResult.ROTATED
    assert shown == [code.read()] and second.code == shown[0]
    assert second.check(shown[0], "10.0.0.2") is JoinResult.ACCEPTED


def test_a_code_changed_by_another_process_first_is_kept() -> None:
    code = _CodeInMemory()
    old = code.read()
    assert code.replace(old, "11112222") == "11112222"
    # The slower process tried to replace the same old code: the first change stands.
    assert code.replace(old, "33334444") == "11112222"


# --- two servers, one shared form ---------------------------------------------------


class OnceOnly:
    """A store of answers shared by two servers, as the database is: a token once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stored: dict[str, str] = {}

    def question(self) -> str:
        return "What should customers feel?"

    def language(self) -> Language:
        return Language.ENGLISH

    def is_open(self) -> bool:
        return True

    def submit(self, text: str, token: str) -> bool:
        with self.lock:
            if token in self.stored:
                return False
            self.stored[token] = text
            return True


@pytest.fixture
def two_servers() -> Iterator[tuple[SharedSurveyServer, SharedSurveyServer, OnceOnly, SharedForm]]:
    sink = OnceOnly()
    shared = SharedForm("T" * 22, "/w/" + "M" * 22, KEY, _CodeInMemory())
    servers = []
    for _ in range(2):
        server = SharedSurveyServer(lambda: {"status": "ok"}, host="127.0.0.1", max_answer_length=5000)
        server.add(sink, at_root=False, shared=shared)
        servers.append(server)
    yield servers[0], servers[1], sink, shared
    for server in servers:
        server.stop()


def request(
    server: SharedSurveyServer, method: str, path: str, fields: dict[str, str] | None = None
) -> tuple[int, str, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        response = send(connection, server.port, method, path, fields)
        return response.status, response.read().decode(), response.getheader("Location") or ""
    finally:
        connection.close()


def test_a_form_given_by_one_process_is_taken_by_the_other_once(two_servers) -> None:
    first, second, sink, shared = two_servers
    form = shared.mount + "/a/" + shared.token
    status, page, _ = request(first, "GET", form)
    assert status == 200
    nonce = NONCE.search(page).group(1)
    assert request(second, "POST", form, {"nonce": nonce, "answer": "Calm"})[0] == 200
    # The replay, to the process that gave the form and has never seen it posted.
    status, page, _ = request(first, "POST", form, {"nonce": nonce, "answer": "Calm again"})
    assert status == 409 and "already been sent" in page
    assert request(second, "POST", form, {"nonce": nonce, "answer": "Calm again"})[0] == 409
    assert list(sink.stored.values()) == ["Calm"]
    assert list(sink.stored) == [nonce.split(".")[0]]


def test_the_join_page_of_one_process_leads_through_the_other(two_servers) -> None:
    first, second, _sink, shared = two_servers
    _status, page, _ = request(first, "GET", shared.mount + "/")
    nonce = NONCE.search(page).group(1)
    status, _page, location = request(
        second, "POST", shared.mount + "/join", {"nonce": nonce, "code": shared.code.read()}
    )
    assert status == 303 and location == shared.mount + "/a/" + shared.token


def test_a_form_of_another_workshop_is_not_taken(two_servers) -> None:
    first, _second, sink, shared = two_servers
    other = SignedTokens(bytes(32)).issue("answer")
    form = shared.mount + "/a/" + shared.token
    assert request(first, "POST", form, {"nonce": other, "answer": "Calm"})[0] == 400
    assert not sink.stored
