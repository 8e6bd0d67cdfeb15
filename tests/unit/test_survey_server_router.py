"""The router of a survey service: forms by unguessable prefix, the root's join page,
and /healthz, driven as a WSGI application."""

from __future__ import annotations

import io
import json

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server.app import SurveyApp
from philosophy_studio.survey_server.router import MOUNT_PREFIX, RootJoinApp, Router, new_mount
from philosophy_studio.survey_server.security import new_token

HOST = "survey.test"


class OpenSurvey:
    def question(self) -> str:
        return "What should customers feel?"

    def language(self) -> Language:
        return Language.ENGLISH

    def is_open(self) -> bool:
        return True

    def submit(self, text: str, token: str) -> None:
        pass


def call(router: Router, path: str, method: str = "GET", **headers: str) -> tuple[str, dict[str, str], bytes]:
    answer: dict[str, object] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        answer["status"], answer["headers"] = status, dict(response_headers)

    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "HTTP_HOST": HOST,
        "REMOTE_ADDR": "192.0.2.10",
        "wsgi.input": io.BytesIO(b""),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    body = b"".join(router(environ, start_response))
    return str(answer["status"]), answer["headers"], body  # type: ignore[return-value]


def mounted(router: Router) -> SurveyApp:
    app = SurveyApp(OpenSurvey(), new_token(), [HOST], max_answer_length=5000, mount=new_mount())
    router.mount(app)
    return app


def test_health_answers_get_and_head_only() -> None:
    router = Router(lambda: {"status": "ok", "workshops": 0, "database": "reachable"})
    status, headers, body = call(router, "/healthz")
    assert status.startswith("200") and headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"status": "ok", "workshops": 0, "database": "reachable"}
    assert call(router, "/healthz", "HEAD")[2] == b""
    status, headers, _body = call(router, "/healthz", "POST")
    assert status.startswith("405") and headers["Allow"] == "GET, HEAD"
    broken = Router(lambda: {"status": "unavailable", "database": "unreachable", "workshops": 1})
    assert call(broken, "/healthz")[0].startswith("503")


def test_each_form_is_reached_under_its_own_prefix_only() -> None:
    router = Router(lambda: {"status": "ok"})
    first, second = mounted(router), mounted(router)
    assert first.mount.startswith(MOUNT_PREFIX) and first.mount != second.mount
    status, _headers, page = call(router, first.answer_path)
    assert status.startswith("200") and b"What should customers feel?" in page
    # The join page of a mounted form posts to its own prefix.
    status, _headers, page = call(router, first.mount + "/")
    assert status.startswith("200") and f'action="{first.mount}/join"'.encode() in page
    assert call(router, first.mount)[0].startswith("200")
    # One form's token under another's prefix, an unknown prefix, or no prefix: nothing.
    for path in (
        second.mount + "/a/" + first.token,
        MOUNT_PREFIX + "A" * 22 + "/a/" + first.token,
        "/a/" + first.token,
        "/",
        "/join",
        MOUNT_PREFIX,
    ):
        assert call(router, path)[0].startswith("404"), path
    router.unmount(first)
    assert call(router, first.answer_path)[0].startswith("404")


def test_the_root_join_page_is_there_only_when_asked_for() -> None:
    router = Router(lambda: {"status": "ok"})
    app = mounted(router)
    router.root = RootJoinApp(lambda: router.apps, frozenset({HOST}), frozenset())
    status, _headers, page = call(router, "/", accept_language="tr-TR,tr;q=0.9,en;q=0.5")
    assert status.startswith("200") and b'action="/join"' in page and b'lang="tr"' in page
    assert call(router, "/join")[0].startswith("405")  # GET of the post target
    # A foreign Host (DNS rebinding) is refused here too.
    assert call(router, "/", host="evil.test")[0].startswith("400")
    assert call(router, app.answer_path)[0].startswith("200")
