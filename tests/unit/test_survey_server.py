"""The phone survey server over real HTTP on 127.0.0.1, with an in-memory sink: tokens,
join codes and their limits, single-use nonces, Host and Origin checks, body caps,
escaping, security headers, closing, and that nothing reads answers back."""

from __future__ import annotations

import http.client
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server import pages, security
from philosophy_studio.survey_server.app import body_limit
from philosophy_studio.survey_server.security import (
    JoinGuard,
    JoinResult,
    NonceBook,
    NonceState,
    format_join_code,
)
from philosophy_studio.survey_server.server import SurveyServer, lan_address

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
FORM = "application/x-www-form-urlencoded"
HOSTILE = '<script>alert("x")</script> & =SUM(A1) \u202eevil\u202c 🙂 ' + "w" * 20_000


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    @property
    def nonce(self) -> str:
        found = NONCE.search(self.body)
        assert found, self.body
        return found.group(1)


class Phone:
    """One phone: each request on its own connection, as a browser might."""

    def __init__(self, server: SurveyServer, timeout: float = 30.0, source: str | None = None) -> None:
        self.server = server
        self.timeout = timeout
        # Another loopback address (127.0.0.2, …) to be a different phone to the server.
        self.source = (source, 0) if source else None

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Reply:
        connection = http.client.HTTPConnection(
            self.server.endpoint.host,
            self.server.endpoint.port,
            timeout=self.timeout,
            source_address=self.source,
        )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Reply(
                response.status,
                {name.lower(): value for name, value in response.getheaders()},
                response.read().decode("utf-8"),
            )
        finally:
            connection.close()

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, headers=headers)

    def post(self, path: str, fields: dict[str, str], headers: dict[str, str] | None = None) -> Reply:
        body = urlencode(fields).encode("utf-8")
        return self.request("POST", path, body, {"Content-Type": FORM, **(headers or {})})

    def answer(self, text: str) -> tuple[Reply, str]:
        """Open the form and send ``text``: the reply and the form's nonce."""
        path = self.server.app.answer_path
        nonce = self.get(path).nonce
        return self.post(path, {"nonce": nonce, "answer": text}), nonce


@dataclass
class MemorySink:
    asked: str = "What should customers think of us?"
    lang: Language = Language.ENGLISH
    open_: bool = True
    stored: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def question(self) -> str:
        return self.asked

    def language(self) -> Language:
        return self.lang

    def is_open(self) -> bool:
        return self.open_

    def submit(self, text: str, token: str) -> None:
        if not text.strip():
            raise InvalidValueError()
        with self.lock:
            self.stored.setdefault(token, text)


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture
def server(sink: MemorySink) -> Iterator[SurveyServer]:
    running = SurveyServer.start(sink, max_answer_length=5000, host="127.0.0.1")
    yield running
    running.stop()


@pytest.fixture
def phone(server: SurveyServer) -> Phone:
    return Phone(server)


# --- the round trip --------------------------------------------------------------------


def test_an_answer_round_trip_says_thanks_after_storing(server, phone, sink) -> None:
    form = phone.get(server.app.answer_path)
    assert form.status == 200
    assert '<html lang="en">' in form.body
    assert '<label for="answer">Your answer</label>' in form.body
    assert 'maxlength="5000"' in form.body
    assert "<script" not in form.body
    reply = phone.post(server.app.answer_path, {"nonce": form.nonce, "answer": "Kind and quick"})
    assert reply.status == 200
    assert "Thank you!" in reply.body
    assert list(sink.stored.values()) == ["Kind and quick"]
    assert list(sink.stored) == [form.nonce]  # the form's nonce is the submission token


def test_the_pages_follow_the_workshop_language(server, phone, sink) -> None:
    sink.lang = Language.TURKISH
    form = phone.get(server.app.answer_path)
    assert '<html lang="tr">' in form.body
    assert "Yanıtı gönder" in form.body
    reply = phone.post(server.app.answer_path, {"nonce": form.nonce, "answer": "Güler yüzlü"})
    assert "Teşekkürler!" in reply.body


def test_security_headers_on_every_page(server, phone) -> None:
    for reply in (phone.get("/"), phone.get(server.app.answer_path), phone.get("/nothing")):
        headers = reply.headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp
        assert f"style-src '{pages.STYLE_HASH}'" in csp
        assert "form-action 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert "waitress" not in headers.get("server", "").lower()


def test_the_inline_style_is_the_one_the_policy_allows(phone) -> None:
    import base64
    import hashlib

    body = phone.get("/").body
    style = re.search(r"<style>(.*?)</style>", body, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"sha256-{digest}" == pages.STYLE_HASH
    assert "http" not in style and "@import" not in style and "url(" not in style


def test_hostile_question_and_answer_are_escaped_and_stored_verbatim(server, phone, sink) -> None:
    sink.asked = '"><script>alert(1)</script><img src=x onerror=alert(2)> & \u202ertl 🙂'
    form = phone.get(server.app.answer_path)
    assert "<script>" not in form.body and "<img" not in form.body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in form.body
    assert "&quot;&gt;" in form.body
    reply, nonce = phone.answer(HOSTILE[:4000])
    assert reply.status == 200
    assert sink.stored[nonce] == HOSTILE[:4000]


# --- tokens and join codes -------------------------------------------------------------


def test_tokens_are_128_random_bits_and_differ_per_server(sink) -> None:
    tokens = {security.new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(token) == 22 for token in tokens)  # 16 bytes, URL-safe base64


def test_a_wrong_token_is_refused_without_storing(server, phone, sink) -> None:
    wrong = "/a/" + security.new_token()
    assert phone.get(wrong).status == 404
    form = phone.get(server.app.answer_path)
    reply = phone.post(wrong, {"nonce": form.nonce, "answer": "sneaky"})
    assert reply.status == 404
    assert "does not work" in reply.body
    assert sink.stored == {}


def test_the_join_code_leads_to_the_form(server, phone) -> None:
    code = server.join_code
    assert len(code) >= 8 and code.isdigit()
    page = phone.get("/")
    assert 'inputmode="numeric"' in page.body
    reply = phone.post("/join", {"nonce": page.nonce, "code": format_join_code(code)})
    assert reply.status == 303
    assert reply.headers["location"] == server.app.answer_path


def test_join_codes_are_grouped_for_reading() -> None:
    assert format_join_code("77249102") == "7724 9102"


def test_wrong_codes_from_one_phone_throttle_that_phone_and_keep_the_code(server, phone) -> None:
    first = server.join_code
    replies = []
    for _ in range(security.MAX_ATTEMPTS_PER_CLIENT):
        page = phone.get("/")
        replies.append(phone.post("/join", {"nonce": page.nonce, "code": "00000000"}))
    assert [r.status for r in replies] == [403] * security.MAX_ATTEMPTS_PER_CLIENT
    assert "not right" in replies[0].body
    page = phone.get("/")
    throttled = phone.post("/join", {"nonce": page.nonce, "code": first})
    assert throttled.status == 429 and "Wait a minute" in throttled.body
    # The projected code did not change, and another phone gets in with it.
    assert server.join_code == first
    assert server.app.guard.check(first, "192.0.2.7") is JoinResult.ACCEPTED


def test_join_limits_are_per_client_and_in_memory() -> None:
    now = [0.0]
    rotations: list[str] = []
    guard = JoinGuard(rotations.append, clock=lambda: now[0])
    # Eighty wrong codes from one device in a moment: that device waits...
    results = [guard.check("1", "10.0.0.66") for _ in range(80)]
    assert results.count(JoinResult.WRONG) == security.MAX_ATTEMPTS_PER_CLIENT
    assert guard.check(guard.code, "10.0.0.66") is JoinResult.THROTTLED
    # ...everyone else gets in with the same code...
    assert rotations == [] and guard.check(guard.code, "10.0.0.12") is JoinResult.ACCEPTED
    # ...and the device may try again a minute later.
    now[0] += security.ATTEMPT_WINDOW_SECONDS
    assert guard.check(guard.code, "10.0.0.66") is JoinResult.ACCEPTED


def test_many_devices_guessing_together_change_the_code() -> None:
    rotations: list[str] = []
    guard = JoinGuard(rotations.append, clock=lambda: 0.0)
    first = guard.code
    results = [guard.check("1", f"10.0.{n // 250}.{n % 250}") for n in range(security.MAX_FAILURES)]
    assert results[-1] is JoinResult.ROTATED and rotations == [guard.code] and guard.code != first


def test_loading_the_join_page_does_not_expire_answer_forms(server, phone) -> None:
    form = phone.get(server.app.answer_path).nonce
    for _ in range(50):
        server.app.join_nonces.issue("join", "10.0.0.66")
    for _ in range(security.MAX_OUTSTANDING_NONCES + 1):
        server.app.join_nonces.issue("join", "")
    assert phone.post(server.app.answer_path, {"nonce": form, "answer": "Still here"}).status == 200


def test_one_client_loading_forms_expires_only_its_own() -> None:
    book = NonceBook()
    theirs = book.issue("answer", "10.0.0.12")
    mine = [book.issue("answer", "10.0.0.66") for _ in range(security.MAX_NONCES_PER_CLIENT + 5)]
    assert book.take(theirs, "answer") is NonceState.FRESH
    assert book.take(mine[0], "answer") is NonceState.UNKNOWN
    assert book.take(mine[-1], "answer") is NonceState.FRESH


def test_a_throttled_join_gets_a_clear_page(server, phone) -> None:
    for _ in range(security.MAX_ATTEMPTS_PER_CLIENT):
        server.app.guard.check("x", "127.0.0.1")
    page = phone.get("/")
    reply = phone.post("/join", {"nonce": page.nonce, "code": server.join_code})
    assert reply.status == 429
    assert "Wait a minute" in reply.body


# --- nonces ------------------------------------------------------------------------------


def test_a_replayed_nonce_stores_nothing_more(server, phone, sink) -> None:
    reply, nonce = phone.answer("Once")
    assert reply.status == 200
    again = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "Twice"})
    assert again.status == 409
    assert "Already sent" in again.body
    assert list(sink.stored.values()) == ["Once"]


def test_an_unknown_or_missing_nonce_is_refused(server, phone, sink) -> None:
    for fields in ({"nonce": "made-up", "answer": "x"}, {"answer": "x"}):
        reply = phone.post(server.app.answer_path, fields)
        assert reply.status == 400
        assert "expired" in reply.body
    assert sink.stored == {}


def test_a_join_nonce_does_not_open_the_answer_form(server, phone, sink) -> None:
    join_nonce = phone.get("/").nonce
    reply = phone.post(server.app.answer_path, {"nonce": join_nonce, "answer": "x"})
    assert reply.status == 400
    assert sink.stored == {}


def test_an_empty_answer_keeps_the_form_usable(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "  \r\n "})
    assert reply.status == 200
    assert 'role="alert"' in reply.body and "Please write an answer" in reply.body
    assert reply.nonce == nonce
    assert phone.post(server.app.answer_path, {"nonce": nonce, "answer": "Now"}).status == 200
    assert list(sink.stored.values()) == ["Now"]


def test_a_failed_store_gives_the_nonce_back_for_a_retry(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    original = sink.submit

    def busy(text: str, token: str) -> None:
        from philosophy_studio.domain.errors import StorageBusyError

        raise StorageBusyError()

    sink.submit = busy  # type: ignore[method-assign]
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "Retry me"})
    assert reply.status == 503
    assert "could not be saved" in reply.body
    sink.submit = original  # type: ignore[method-assign]
    assert phone.post(server.app.answer_path, {"nonce": nonce, "answer": "Retry me"}).status == 200
    assert sink.stored == {nonce: "Retry me"}


def test_nonces_expire_and_are_single_use() -> None:
    now = [0.0]
    book = NonceBook(clock=lambda: now[0])
    nonce = book.issue("answer")
    assert book.take(nonce, "join") is NonceState.UNKNOWN
    assert book.take(nonce, "answer") is NonceState.FRESH
    assert book.take(nonce, "answer") is NonceState.SPENT  # still being stored
    book.spend(nonce)
    assert book.take(nonce, "answer") is NonceState.SPENT
    old = book.issue("answer")
    now[0] += security.NONCE_LIFETIME_SECONDS + 1
    assert book.take(old, "answer") is NonceState.UNKNOWN


# --- requests that are not ours ---------------------------------------------------------


def test_a_foreign_host_header_is_refused(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    evil = {"Host": f"evil.example:{server.endpoint.port}"}
    assert phone.get(server.app.answer_path, evil).status == 400
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "x"}, evil)
    assert reply.status == 400
    assert "refused" in reply.body
    assert sink.stored == {}


def test_a_foreign_origin_or_referer_is_refused(server, phone, sink) -> None:
    for headers in (
        {"Origin": "http://evil.example"},
        {"Referer": "http://evil.example/page"},
        {"Origin": f"http://{server.endpoint.authority}", "Referer": "https://evil.example/"},
    ):
        nonce = phone.get(server.app.answer_path).nonce
        reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "x"}, headers)
        assert reply.status == 403, headers
    assert sink.stored == {}
    # Our own page's post: browsers send "null" under no-referrer, or our own origin.
    for origin in ("null", f"http://{server.endpoint.authority}"):
        reply, _nonce = phone.answer("ok") if origin == "null" else phone.answer("ok too")
        assert reply.status == 200
    assert sorted(sink.stored.values()) == ["ok", "ok too"]


def test_an_oversized_body_is_refused_unread(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    reply = phone.post(
        server.app.answer_path,
        {"nonce": nonce, "answer": "x" * (body_limit(server.app.max_answer_length) + 10)},
    )
    assert reply.status == 413
    assert "Too long" in reply.body
    assert sink.stored == {}
    # The same nonce still works for a shorter answer: nothing was taken.
    assert phone.post(server.app.answer_path, {"nonce": nonce, "answer": "short"}).status == 200


def test_the_longest_answer_fits_in_any_script(server, phone, sink) -> None:
    # Form-encoded, an emoji takes 12 bytes and an Arabic letter 6: the body cap must
    # not refuse what the answer cap allows.
    longest = server.app.max_answer_length
    for text in ("😀" * longest, "ع" * longest, "ğ" * longest):
        reply, _nonce = phone.answer(text)
        assert reply.status == 200
    assert sorted(len(text) for text in sink.stored.values()) == [longest] * 3


def test_an_answer_longer_than_the_cap_is_refused(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "y" * 5001})
    assert reply.status == 413
    assert sink.stored == {}
    # CRLF line breaks count as one character, as the form's maxlength counted them.
    assert phone.post(server.app.answer_path, {"nonce": nonce, "answer": "y\r\n" * 2000}).status == 200


def test_chunked_oversized_body_is_refused(server, sink) -> None:
    connection = http.client.HTTPConnection(server.endpoint.host, server.endpoint.port, timeout=30)
    try:
        pieces = body_limit(server.app.max_answer_length) // 4096 + 4
        chunks = (b"answer=" + b"z" * 4096 for _ in range(pieces))
        connection.request(
            "POST", server.app.answer_path, body=chunks, headers={"Content-Type": FORM}, encode_chunked=True
        )
        response = connection.getresponse()
        assert response.status == 413
        response.read()
    finally:
        connection.close()
    assert sink.stored == {}


def test_other_content_types_methods_and_junk_are_refused(server, phone, sink) -> None:
    path = server.app.answer_path
    nonce = phone.get(path).nonce
    assert phone.request("POST", path, b'{"answer": "x"}', {"Content-Type": "application/json"}).status == 415
    assert phone.request("PUT", path, b"answer=x", {"Content-Type": FORM}).status == 405
    assert phone.request("DELETE", "/").status == 405
    assert (
        phone.request(
            "POST", path, b"nonce=" + nonce.encode() + b"&answer=%ff", {"Content-Type": FORM}
        ).status
        == 400
    )
    many = "&".join(f"f{i}=1" for i in range(20)).encode()
    assert phone.request("POST", path, many, {"Content-Type": FORM}).status == 400
    assert sink.stored == {}


@pytest.mark.parametrize(
    "path",
    ["/answers", "/results", "/a", "/a/", "/api/answers", "/export.csv", "/favicon.ico", "/../etc/passwd"],
)
def test_there_is_no_read_back_endpoint(server, phone, sink, path) -> None:
    phone.answer("A private thought")
    reply = phone.get(path)
    assert reply.status == 404
    assert "A private thought" not in reply.body


def test_no_page_shows_stored_answers(server, phone) -> None:
    phone.answer("Secret words")
    for path in ("/", server.app.answer_path):
        assert "Secret words" not in phone.get(path).body


# --- closing -----------------------------------------------------------------------------


def test_a_closed_survey_gets_a_clear_page_and_stores_nothing(server, phone, sink) -> None:
    nonce = phone.get(server.app.answer_path).nonce
    sink.open_ = False
    assert phone.get(server.app.answer_path).status == 403
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "answer": "late"})
    assert reply.status == 403
    assert "The survey is closed" in reply.body
    assert sink.stored == {}
    # Reopened, the same form still works: it was never used.
    sink.open_ = True
    assert phone.post(server.app.answer_path, {"nonce": nonce, "answer": "late"}).status == 200


def test_stopping_kills_the_token_and_frees_the_port(sink) -> None:
    server = SurveyServer.start(sink, max_answer_length=5000, host="127.0.0.1")
    phone = Phone(server, timeout=5)
    nonce = phone.get(server.app.answer_path).nonce
    # A connection opened before the stop, used after it.
    early = http.client.HTTPConnection(server.endpoint.host, server.endpoint.port, timeout=5)
    early.connect()
    server.stop()
    server.stop()  # idempotent
    assert not server.is_running
    with pytest.raises(OSError):
        phone.post(server.app.answer_path, {"nonce": nonce, "answer": "after"})
    with pytest.raises((OSError, http.client.HTTPException)):
        early.request("GET", server.app.answer_path)
        early.getresponse()
    early.close()
    assert server.app.handle({"HTTP_HOST": server.endpoint.authority, "PATH_INFO": "/"}).status == 410
    assert sink.stored == {}


def test_the_lan_address_is_an_ip() -> None:
    address = lan_address()
    parts = address.split(".")
    assert len(parts) == 4 and all(part.isdigit() for part in parts)


def test_nothing_about_the_phones_is_logged(server, phone, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    phone.answer("quiet")
    phone.get("/nope")
    Phone(server).post("/join", {"nonce": "x", "code": "1"})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "127.0.0.1" not in text
    assert server.app.token not in text


def test_stopping_closes_the_sockets_even_when_the_loop_cannot_be_woken(sink: MemorySink) -> None:
    """Seen once under load: the loop's wake-up pipe was already closed when the server
    was stopped. Stopping must still end the link rather than raise and leave it open."""
    import errno

    running = SurveyServer.start(sink, max_answer_length=5000, host="127.0.0.1")
    phone = Phone(running)
    assert phone.get("/").status == 200

    def gone(_thunk: object = None) -> None:
        raise OSError(errno.EBADF, "Bad file descriptor")

    running._server.server.trigger.pull_trigger = gone  # type: ignore[attr-defined]
    running.stop()
    with pytest.raises(OSError):
        phone.get("/")
