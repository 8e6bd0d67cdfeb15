"""A real browser on the phone pages: headless Chromium (Debian ``chromium``) loads the
form under the server's real headers (CSP, no referrer), sends an answer and lands on
the thank-you page. Driven over Chrome's DevTools pipe, so no extra package is needed.
Skipped where Chromium is not installed (a failure under CI); PHONE_SCREENSHOTS=DIR keeps the screenshots."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from test_survey_server import MemorySink

from philosophy_studio.domain.language import Language
from philosophy_studio.survey_server.server import SurveyServer


class NavigatedAwayError(Exception):
    """The page an evaluation ran in was replaced by the next one before it answered."""


class Browser:
    """Chromium with --remote-debugging-pipe: JSON messages, NUL-separated, on fds 3/4."""

    def __init__(self, chromium: str, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        self._buffer = b""
        self._next_id = 0
        arguments = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            "--window-size=412,915",
            "about:blank",
        ]
        # Chromium reads its pipe on fd 3 and writes on fd 4; bash puts the ends there
        # (dash cannot name descriptors above 9).
        placing = f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}'
        self.process = subprocess.Popen(
            ["bash", "-c", placing, chromium, *arguments],
            pass_fds=(to_browser_read, from_browser_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                error = reply.get("error")
                if error is not None and "navigated" in error.get("message", ""):
                    raise NavigatedAwayError(error["message"])
                assert error is None, reply
                return reply["result"]

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def evaluate(self, session: str, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
        return result["result"].get("value")

    def wait_for(self, session: str, expression: str, timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # A form submission replaces the document; an evaluation caught in between
            # is simply asked again of the new page.
            try:
                value = self.evaluate(session, expression)
            except NavigatedAwayError:
                value = None
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    def screenshot(self, session: str, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.TURKISH])
def test_a_browser_answers_through_the_real_pages(chromium, tmp_path, language) -> None:
    sink = MemorySink(lang=language, asked='<i>Not italic</i> & "quoted" — ne düşünüyorsunuz?')
    server = SurveyServer.start(sink, max_answer_length=5000, host="127.0.0.1")
    browser = Browser(chromium, tmp_path / "profile")
    shots = Path(os.environ.get("PHONE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    try:
        target = browser.send("Target.createTarget", {"url": server.url})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.send("Runtime.enable", session=session)
        browser.wait_for(session, "document.readyState === 'complete' && !!document.getElementById('answer')")
        # The question is text, not markup; the inline style was allowed by the CSP.
        assert browser.evaluate(session, "document.querySelector('h1').textContent") == sink.asked
        assert browser.evaluate(session, "document.querySelector('h1 i') === null")
        assert (
            browser.evaluate(session, "getComputedStyle(document.querySelector('button')).minHeight")
            != "auto"
        )
        assert browser.evaluate(session, "document.documentElement.lang") == language.value
        browser.screenshot(session, shots / f"phone-form-{language.value}.png")
        answer = "Çabuk, içten ve dürüst 🙂\nİkinci satır <b>"
        form_title = json.dumps(browser.evaluate(session, "document.title"))
        browser.evaluate(
            session,
            f"document.getElementById('answer').value = {json.dumps(answer)};"
            # Clicked after this evaluation has answered, so the navigation cannot
            # overtake the reply.
            "setTimeout(() => document.querySelector('button[type=submit]').click(), 0); true",
        )
        title = browser.wait_for(
            session,
            f"document.readyState === 'complete' && document.title !== {form_title} && document.title",
        )
        assert title == ("Thank you!" if language is Language.ENGLISH else "Teşekkürler!")
        browser.screenshot(session, shots / f"phone-thanks-{language.value}.png")
    finally:
        browser.close()
        server.stop()
    # The browser's own Origin/Referer passed the checks, and the text arrived whole.
    assert list(sink.stored.values()) == [answer]
