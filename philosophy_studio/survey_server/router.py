"""One server for several workshops' forms, and the health endpoint of the survey service.

Each workshop's form is mounted under its own unguessable prefix (``/w/<secret>``): its
link, join page and join code are its own, and nobody who knows one workshop's link can
reach another's. The root's join page (``RootJoinApp``) takes the code of any of them
and leads to that workshop's form, so a person who cannot scan the QR code types a
short address and the code on the screen. ``GET /healthz`` says whether the service
works (for a container's health check or a monitor); it names no workshop and counts
no answers. A form served alone (one workshop, as the room's server does) is mounted
at the root.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server import pages
from philosophy_studio.survey_server.app import JOIN_PATH, Refused, Response, SurveyApp, page_headers
from philosophy_studio.survey_server.pages import Text
from philosophy_studio.survey_server.security import AttemptLimit, NonceState, SignedTokens

MOUNT_PREFIX = "/w/"
HEALTH_PATH = "/healthz"

StartResponse = Callable[..., Any]


def new_mount() -> str:
    """A workshop's path on a shared server: 128 random bits, like the form's token."""
    return MOUNT_PREFIX + secrets.token_urlsafe(16)


class _NoSink:
    """The root's join page stores nothing: it only leads to a workshop's form."""

    def language(self) -> Language:
        return Language.ENGLISH

    def is_open(self) -> bool:
        return False


def _language_asked(accept_language: str) -> Language:
    """The phone's first choice of language, among the two the pages speak."""
    first = accept_language.split(",", 1)[0].split(";", 1)[0].strip().lower()
    return Language.TURKISH if first.split("-", 1)[0] == "tr" else Language.ENGLISH


class RootJoinApp(SurveyApp):
    """``GET /`` and ``POST /join`` of a server of several workshops: the code typed is
    compared with every served workshop's code, and the right one leads to that
    workshop's form. Attempts are limited per client; a wrong code counts as a wrong
    guess for every workshop (their codes change when a room's worth of guesses
    arrives), a right one for none."""

    # No path is a form here: every other path is the router's or 404.
    form_prefix = "\0"

    def __init__(
        self,
        apps: Callable[[], tuple[SurveyApp, ...]],
        allowed_hosts: frozenset[str],
        allowed_origins: frozenset[str],
        nonces: SignedTokens | None = None,
    ) -> None:
        super().__init__(
            _NoSink(),  # type: ignore[arg-type]
            "",
            allowed_hosts,
            max_answer_length=64,
            join_nonces=nonces,
        )
        self.allowed_origins = allowed_origins
        self._apps = apps
        self.limit = AttemptLimit()

    def handle(self, environ: dict[str, Any]) -> Response:
        self._request.language = _language_asked(str(environ.get("HTTP_ACCEPT_LANGUAGE", "")))
        return super().handle(environ)

    def _language(self) -> Language:
        return getattr(self._request, "language", Language.ENGLISH)

    def _join(self, language: Language, fields: dict[str, str]) -> Response:
        nonce = fields.get("nonce", "")
        if self.join_nonces.take(nonce, "join") is not NonceState.FRESH:
            return self._join_form(language, None, HTTPStatus.BAD_REQUEST)
        self.join_nonces.spend(nonce)
        if not self.limit.allow(self.client):
            page = pages.message(language, Text.THROTTLED_TITLE, Text.THROTTLED)
            raise Refused(Response(HTTPStatus.TOO_MANY_REQUESTS, page, (("Retry-After", "60"),)))
        typed = fields.get("code", "")
        apps = self._apps()
        # Every code is compared, so the time taken does not tell which one was close.
        matched = [app for app in apps if app.guard.matches(typed)]
        if matched:
            return Response(HTTPStatus.SEE_OTHER, "", (("Location", matched[0].answer_path),))
        rotated = [app.guard.count_failure() for app in apps]
        return self._join_form(
            language, Text.ROTATED if any(rotated) else Text.WRONG_CODE, HTTPStatus.FORBIDDEN
        )


class Router:
    """The WSGI application of a survey service: forms by mount, and ``/healthz``.

    ``health()`` returns the fields of the health answer; ``status`` "ok" gives 200, any
    other 503. Mounting and unmounting may happen while requests are served."""

    def __init__(self, health: Callable[[], dict[str, object]]) -> None:
        self._health = health
        self._lock = threading.Lock()
        self._apps: dict[str, SurveyApp] = {}
        # The join page for all mounted workshops, on a server of several.
        self.root: SurveyApp | None = None

    def mount(self, app: SurveyApp) -> None:
        with self._lock:
            self._apps = {**self._apps, app.mount: app}

    def unmount(self, app: SurveyApp) -> None:
        with self._lock:
            self._apps = {mount: other for mount, other in self._apps.items() if other is not app}

    @property
    def apps(self) -> tuple[SurveyApp, ...]:
        return tuple(self._apps.values())

    def _find(self, path: str) -> tuple[SurveyApp, str] | None:
        apps = self._apps
        if "" in apps:
            return apps[""], path
        if self.root is not None and path in ("/", JOIN_PATH):
            return self.root, path
        if not path.startswith(MOUNT_PREFIX):
            return None
        end = path.find("/", len(MOUNT_PREFIX))
        mount, rest = (path, "/") if end < 0 else (path[:end], path[end:])
        app = apps.get(mount)
        return (app, rest) if app is not None else None

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == HEALTH_PATH:
            return self._answer_health(environ, start_response)
        found = self._find(path)
        if found is None:
            body = pages.message(Language.ENGLISH, Text.NOT_FOUND_TITLE, Text.NOT_FOUND).encode("utf-8")
            start_response(f"{HTTPStatus.NOT_FOUND.value} {HTTPStatus.NOT_FOUND.phrase}", page_headers(body))
            return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
        app, rest = found
        inner = dict(environ)
        inner["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + app.mount
        inner["PATH_INFO"] = rest
        return app(inner, start_response)

    def _answer_health(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        extra: list[tuple[str, str]] = []
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            fields: dict[str, object] = {"status": "method not allowed"}
            status = HTTPStatus.METHOD_NOT_ALLOWED
            extra.append(("Allow", "GET, HEAD"))
        else:
            fields = self._health()
            status = HTTPStatus.OK if fields.get("status") == "ok" else HTTPStatus.SERVICE_UNAVAILABLE
        body = (json.dumps(fields, sort_keys=True) + "\n").encode("utf-8")
        start_response(
            f"{status.value} {status.phrase}",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Cache-Control", "no-store"),
                ("X-Content-Type-Options", "nosniff"),
                *extra,
            ],
        )
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
