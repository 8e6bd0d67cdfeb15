"""One server for several workshops' forms, and the health endpoint of the survey service.

Each workshop's form is mounted under its own unguessable prefix (``/w/<secret>``): its
link, join page and join code are its own, and nobody who knows one workshop's link can
reach another's. ``GET /healthz`` says whether the service works (for a container's
health check or a monitor); it names no workshop and counts no answers. A form served
alone (one workshop, as the room's server does) is mounted at the root.
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
from philosophy_studio.survey_server.app import SurveyApp
from philosophy_studio.survey_server.pages import Text

MOUNT_PREFIX = "/w/"
HEALTH_PATH = "/healthz"

StartResponse = Callable[..., Any]


def new_mount() -> str:
    """A workshop's path on a shared server: 128 random bits, like the form's token."""
    return MOUNT_PREFIX + secrets.token_urlsafe(16)


class Router:
    """The WSGI application of a survey service: forms by mount, and ``/healthz``.

    ``health()`` returns the fields of the health answer; ``status`` "ok" gives 200, any
    other 503. Mounting and unmounting may happen while requests are served."""

    def __init__(self, health: Callable[[], dict[str, object]]) -> None:
        self._health = health
        self._lock = threading.Lock()
        self._apps: dict[str, SurveyApp] = {}

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
            start_response(
                f"{HTTPStatus.NOT_FOUND.value} {HTTPStatus.NOT_FOUND.phrase}",
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Content-Security-Policy", pages.CONTENT_SECURITY_POLICY),
                    ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "no-referrer"),
                    ("Cache-Control", "no-store"),
                ],
            )
            return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
        app, rest = found
        inner = dict(environ)
        inner["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + app.mount
        inner["PATH_INFO"] = rest
        return app(inner, start_response)

    def _answer_health(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
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
            ],
        )
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
