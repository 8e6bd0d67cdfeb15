"""The WSGI application: a join page, one form, and nothing that reads back.

Routes: ``GET /`` and ``POST /join`` (the join code, for people who type it),
``GET /a/<token>`` and ``POST /a/<token>`` (the answer form, reached from the QR code).
Every other path is 404. The application stores nothing itself: it hands each answer
to the injected ``SurveySink`` and answers "thank you" only after the sink returned,
that is after the answer was committed. ``survey_server.ballots`` serves a dot-voting
ballot the same way, under ``/v/<token>``.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import Any, Protocol
from urllib.parse import parse_qs

from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server import pages
from philosophy_studio.survey_server.pages import Text
from philosophy_studio.survey_server.security import (
    JoinGuard,
    JoinResult,
    NonceBook,
    NonceState,
    SignedTokens,
    host_allowed,
    origin_allowed,
)

log = logging.getLogger(__name__)

# Request bodies are refused unread above body_limit(). An answer of the longest allowed
# length must fit in any script: form-encoded, a letter takes up to 12 bytes (an
# emoji's four UTF-8 bytes as %XX each; Arabic or Cyrillic letters take 6).
ENCODED_BYTES_PER_LETTER = 12
OTHER_FIELDS_BYTES = 4 * 1024


def body_limit(max_answer_length: int) -> int:
    return max_answer_length * ENCODED_BYTES_PER_LETTER + OTHER_FIELDS_BYTES


# The form has two fields; a post with many is not ours.
MAX_FORM_FIELDS = 8

ANSWER_PREFIX = "/a/"
JOIN_PATH = "/join"

StartResponse = Callable[..., Any]


def page_headers(body: bytes) -> list[tuple[str, str]]:
    """The headers of an HTML page ``body`` that no page goes without."""
    return [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(body))),
        ("Content-Security-Policy", pages.CONTENT_SECURITY_POLICY),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
    ]


class Closed(Enum):
    """Why a survey's window keeps it from taking answers (see a sink's ``why_closed``)."""

    ENDED = "ended"
    NOT_YET = "not_yet"


class SurveySink(Protocol):
    """What the server needs from the app: the question, and a way to store answers."""

    def question(self) -> str: ...

    def language(self) -> Language: ...

    def is_open(self) -> bool: ...

    # Optional: ``why_closed() -> tuple[Closed, datetime] | None`` lets the closed page
    # say when the survey ended or when it opens.

    def submit(self, text: str, token: str) -> bool | None:
        """Store ``text`` and commit before returning. The same ``token`` twice stores
        one answer (a retried post, or a replay to another process of the service):
        False then says that it was stored before. Raises WorkshopError subclasses for
        answers that cannot be stored (empty: an InvalidValueError; survey closed)."""
        ...


@dataclass(frozen=True)
class Response:
    status: HTTPStatus
    body: str = ""
    headers: tuple[tuple[str, str], ...] = ()


class Refused(Exception):  # noqa: N818 - a response, not an error
    """Ends the handling of a request early with ``response``."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status.phrase)
        self.response = response


class SurveyApp:
    """Serves one survey round under one random token until ``stop``."""

    form_prefix = ANSWER_PREFIX
    # The form's fields: the nonce and the answer; a post with many more is not ours.
    max_form_fields = MAX_FORM_FIELDS
    # The status of a form sent back with a problem; the answer form has always said OK.
    problem_status = HTTPStatus.OK
    # The title and text of the page refusing this form while it is closed; None: the
    # survey's own, which says why when its window does (see _closed).
    closed_texts: tuple[Text, Text] | None = None

    def __init__(
        self,
        sink: SurveySink,
        token: str,
        allowed_hosts: Iterable[str],
        *,
        max_answer_length: int,
        on_code_rotated: Callable[[str], None] | None = None,
        guard: JoinGuard | None = None,
        nonces: NonceBook | SignedTokens | None = None,
        join_nonces: NonceBook | SignedTokens | None = None,
        mount: str = "",
    ) -> None:
        self.sink = sink
        self.token = token
        self.allowed_hosts = frozenset(host.lower() for host in allowed_hosts)
        # Origins of the public address when a reverse proxy serves the pages (https).
        self.allowed_origins: frozenset[str] = frozenset()
        # The path this form is served under when one server serves several workshops
        # (see survey_server.router); "" when it is served at the root.
        self.mount = mount
        self.max_answer_length = max_answer_length
        self.guard = guard or JoinGuard(on_code_rotated)
        # Kept apart: loading the join page over and over must not expire answer forms.
        self.nonces = nonces or NonceBook()
        self.join_nonces = join_nonces or NonceBook()
        self._stopped = threading.Event()
        # The address of the request this thread is answering, for the per-client
        # limits; it lives only while the request does.
        self._request = threading.local()

    @property
    def answer_path(self) -> str:
        """The form's path, which the QR code's link carries."""
        return self.mount + self.form_prefix + self.token

    @property
    def join_path(self) -> str:
        """Where the join page is (the code is posted to ``join_path + "join"``)."""
        return self.mount + "/"

    @property
    def join_code(self) -> str:
        return self.guard.code

    def stop(self) -> None:
        """From now on every request is refused; the token and all forms are dead."""
        self._stopped.set()
        self.nonces.forget_all()
        self.join_nonces.forget_all()

    @property
    def client(self) -> str:
        """Who sent the request being answered on this thread, for the limits only."""
        return getattr(self._request, "client", "")

    # --- WSGI ------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        try:
            response = self.handle(environ)
        except Exception:
            # Logged without the request: a request carries the token and the sender's
            # address, and neither belongs in a log.
            log.exception("the phone survey could not answer a request")
            response = self._refusal(
                Language.ENGLISH, HTTPStatus.INTERNAL_SERVER_ERROR, Text.FAILED_TITLE, Text.FAILED
            ).response
        body = response.body.encode("utf-8")
        headers = [*page_headers(body), ("X-Frame-Options", "DENY"), *response.headers]
        start_response(f"{response.status.value} {response.status.phrase}", headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def handle(self, environ: dict[str, Any]) -> Response:
        self._request.client = environ.get("REMOTE_ADDR", "")
        try:
            return self._route(environ)
        except Refused as refusal:
            return refusal.response
        finally:
            self._request.client = ""

    def _route(self, environ: dict[str, Any]) -> Response:
        if self._stopped.is_set():
            raise self._refusal(Language.ENGLISH, HTTPStatus.GONE, Text.BAD_LINK_TITLE, Text.BAD_LINK)
        if not host_allowed(environ.get("HTTP_HOST"), self.allowed_hosts):
            # Before anything reads the workshop: a foreign Host is a rebinding attempt.
            raise self._refusal(Language.ENGLISH, HTTPStatus.BAD_REQUEST, Text.REFUSED_TITLE, Text.REFUSED)
        language = self._language()
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "")
        is_answer = path.startswith(self.form_prefix)
        if path not in ("/", JOIN_PATH) and not is_answer:
            raise self._refusal(language, HTTPStatus.NOT_FOUND, Text.NOT_FOUND_TITLE, Text.NOT_FOUND)
        given = path[len(self.form_prefix) :].encode()
        if is_answer and not secrets.compare_digest(given, self.token.encode()):
            raise self._refusal(language, HTTPStatus.NOT_FOUND, Text.BAD_LINK_TITLE, Text.BAD_LINK)
        allowed = (
            ("POST",) if path == JOIN_PATH else ("GET", "HEAD", "POST") if is_answer else ("GET", "HEAD")
        )
        if method not in allowed:
            page = pages.message(language, Text.REFUSED_TITLE, Text.REFUSED)
            raise Refused(Response(HTTPStatus.METHOD_NOT_ALLOWED, page, (("Allow", ", ".join(allowed)),)))
        if method != "POST":
            return self._join_form(language) if path == "/" else self._form(language)
        if not origin_allowed(
            environ.get("HTTP_ORIGIN"), environ.get("HTTP_REFERER"), self.allowed_hosts, self.allowed_origins
        ):
            raise self._refusal(language, HTTPStatus.FORBIDDEN, Text.REFUSED_TITLE, Text.REFUSED)
        fields = self._read_form(environ, language)
        return self._join(language, fields) if path == JOIN_PATH else self._submit(language, fields)

    # --- pieces ----------------------------------------------------------------------

    def _language(self) -> Language:
        try:
            return self.sink.language()
        except WorkshopError:
            return Language.ENGLISH

    def _refusal(
        self, language: Language, status: HTTPStatus, title: Text, body: Text, *, link: bool = False
    ) -> Refused:
        return Refused(
            Response(status, pages.message(language, title, body, self.answer_path if link else None))
        )

    def _read_form(self, environ: dict[str, Any], language: Language) -> dict[str, str]:
        if not environ.get("CONTENT_TYPE", "").lower().startswith("application/x-www-form-urlencoded"):
            raise self._refusal(language, HTTPStatus.UNSUPPORTED_MEDIA_TYPE, Text.REFUSED_TITLE, Text.REFUSED)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise self._refusal(language, HTTPStatus.BAD_REQUEST, Text.REFUSED_TITLE, Text.REFUSED) from None
        too_large = self._refusal(
            language, HTTPStatus.REQUEST_ENTITY_TOO_LARGE, Text.TOO_LONG_TITLE, Text.TOO_LONG
        )
        limit = body_limit(self.max_answer_length)
        if length > limit:
            raise too_large
        raw = environ["wsgi.input"].read(min(max(length, 0), limit + 1))
        if len(raw) > limit:
            raise too_large
        try:
            parsed = parse_qs(
                raw.decode("ascii"),
                keep_blank_values=True,
                max_num_fields=self.max_form_fields,
                errors="strict",
            )
        except (UnicodeDecodeError, ValueError):
            raise self._refusal(language, HTTPStatus.BAD_REQUEST, Text.REFUSED_TITLE, Text.REFUSED) from None
        return {name: values[0] for name, values in parsed.items()}

    def _join_form(
        self, language: Language, problem: Text | None = None, status: HTTPStatus = HTTPStatus.OK
    ) -> Response:
        problem_text = pages.text(language, problem) if problem else None
        return Response(
            status,
            pages.join_form(
                language, self.join_nonces.issue("join", self.client), problem_text, self.mount + JOIN_PATH
            ),
        )

    def _form(
        self,
        language: Language,
        nonce: str | None = None,
        problem: Text | None = None,
        fields: dict[str, str] | None = None,
    ) -> Response:
        """The form (again, with ``problem`` and what was sent in ``fields``)."""
        page = self._form_page(language, nonce, problem, fields or {})
        return Response(HTTPStatus.OK if problem is None else self.problem_status, page)

    def _form_page(
        self, language: Language, nonce: str | None, problem: Text | None, fields: dict[str, str]
    ) -> str:
        """The form's page; a new nonce is issued only when ``nonce`` is None and the
        form is open, so that a closed form leaves none behind."""
        if not self.sink.is_open():
            raise self._closed(language)
        return pages.answer_form(
            language,
            action=self.answer_path,
            question=self.sink.question(),
            nonce=nonce or self.nonces.issue("answer", self.client),
            max_length=self.max_answer_length,
            problem=pages.text(language, problem) if problem else None,
        )

    def _join(self, language: Language, fields: dict[str, str]) -> Response:
        nonce = fields.get("nonce", "")
        if self.join_nonces.take(nonce, "join") is not NonceState.FRESH:
            return self._join_form(language, None, HTTPStatus.BAD_REQUEST)
        self.join_nonces.spend(nonce)
        result = self.guard.check(fields.get("code", ""), self.client)
        if result is JoinResult.ACCEPTED:
            return Response(HTTPStatus.SEE_OTHER, "", (("Location", self.answer_path),))
        if result is JoinResult.THROTTLED:
            page = pages.message(language, Text.THROTTLED_TITLE, Text.THROTTLED)
            return Response(HTTPStatus.TOO_MANY_REQUESTS, page, (("Retry-After", "60"),))
        problem = Text.ROTATED if result is JoinResult.ROTATED else Text.WRONG_CODE
        return self._join_form(language, problem, HTTPStatus.FORBIDDEN)

    def _submit(self, language: Language, fields: dict[str, str]) -> Response:
        nonce = fields.get("nonce", "")
        state = self.nonces.take(nonce, "answer")
        if state is NonceState.SPENT:
            raise self._used(language)
        if state is NonceState.UNKNOWN:
            raise self._refusal(language, HTTPStatus.BAD_REQUEST, Text.STALE_TITLE, Text.STALE, link=True)
        # The nonce is ours now: spent once the answer is stored, given back on any
        # failure, so that the same form can be sent again.
        try:
            response = self._store(language, nonce, fields)
        except BaseException:
            self.nonces.give_back(nonce)
            raise
        self.nonces.spend(nonce)
        return response

    def _store(self, language: Language, nonce: str, fields: dict[str, str]) -> Response:
        answer = fields.get("answer", "")
        # Browsers send line breaks as CRLF, which the form's maxlength counted as one.
        answer = answer.replace("\r\n", "\n")
        if not answer.strip():
            raise Refused(self._form(language, nonce, Text.EMPTY))
        if len(answer) > self.max_answer_length:
            raise self._refusal(
                language, HTTPStatus.REQUEST_ENTITY_TOO_LARGE, Text.TOO_LONG_TITLE, Text.TOO_LONG
            )
        if not self.sink.is_open():
            raise self._closed(language)
        token = self.nonces.submission_id(nonce)
        self._hand_over(language, lambda: self.sink.submit(answer, token), nonce, fields, Text.EMPTY)
        return Response(HTTPStatus.OK, pages.message(language, Text.THANKS_TITLE, Text.THANKS_BODY))

    def _hand_over(
        self,
        language: Language,
        submit: Callable[[], bool | None],
        nonce: str,
        fields: dict[str, str],
        refused: Text,
    ) -> None:
        """Runs ``submit`` (the sink's, which commits before it returns) and turns what
        it raises into the page a phone sees: the form again with ``refused`` when the
        sink refuses what was sent, the closed page when the form closed meanwhile, else
        "could not be stored"; a token the sink stored before (False) is "used"."""
        try:
            stored_now = submit()
        except InvalidValueError:
            raise Refused(self._form(language, nonce, refused, fields)) from None
        except WorkshopError as error:
            if not self._still_open():
                raise self._closed(language) from None
            log.warning("a phone answer could not be stored: %s", type(error).__name__)
            raise self._refusal(
                language, HTTPStatus.SERVICE_UNAVAILABLE, Text.FAILED_TITLE, Text.FAILED
            ) from None
        if stored_now is False:
            raise self._used(language)

    def _used(self, language: Language) -> Refused:
        """The form was sent before: to this process, or (a service of several) the
        store knew its token already."""
        return self._refusal(language, HTTPStatus.CONFLICT, Text.USED_TITLE, Text.USED, link=True)

    def _closed(self, language: Language) -> Refused:
        """The closed page; when the survey's window explains why, it says when the
        survey ended or when it opens (a sink may know of no window). A form with
        ``closed_texts`` of its own says those."""
        if self.closed_texts is not None:
            return self._refusal(language, HTTPStatus.FORBIDDEN, *self.closed_texts)
        why_closed = getattr(self.sink, "why_closed", None)
        try:
            reason = why_closed() if why_closed is not None else None
        except WorkshopError:
            reason = None
        if reason is None:
            return self._refusal(language, HTTPStatus.FORBIDDEN, Text.CLOSED_TITLE, Text.CLOSED)
        kind, moment = reason
        if kind is Closed.ENDED:
            title, body, fields = Text.ENDED_TITLE, Text.ENDED, {"until": pages.moment(moment)}
        else:
            title, body, fields = Text.NOT_YET_TITLE, Text.NOT_YET, {"start": pages.moment(moment)}
        return Refused(Response(HTTPStatus.FORBIDDEN, pages.message(language, title, body, fields=fields)))

    def _still_open(self) -> bool:
        try:
            return self.sink.is_open()
        except WorkshopError:
            return True
