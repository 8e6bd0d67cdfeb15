"""The log file a user can send: errors with where they happened, never what anyone
typed (an exception's message may hold an answer or an SQL statement's parameters)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from philosophy_studio.logs import log_path, start_logging

SECRET = "Ayşe Yılmaz yazdı: müdürümüz hiç dinlemiyor"


def fail_with_the_text() -> None:
    raise ValueError(f"could not store {SECRET!r}")


@pytest.fixture
def app_log(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("philosophy_studio")
    handlers, level = list(logger.handlers), logger.level
    path = start_logging()
    yield path
    for handler in logger.handlers[len(handlers) :]:
        handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_errors_are_logged_with_their_place_but_without_what_was_typed(app_log) -> None:
    assert app_log == log_path() and app_log.parent.name == "logs"
    log = logging.getLogger("philosophy_studio.gui.models.workshop_session")
    try:
        try:
            fail_with_the_text()
        except ValueError as error:
            raise RuntimeError(f"saving failed: {error}") from error
    except RuntimeError as error:
        log.error("unexpected error in a workshop task", exc_info=error)
        log.info("could not check the team server for changes: %s", error)
    written = app_log.read_text(encoding="utf-8")
    assert "unexpected error in a workshop task" in written
    assert "fail_with_the_text" in written and "builtins.ValueError (message withheld)" in written
    assert "could not check the team server for changes: builtins.RuntimeError" in written
    assert "Ayşe" not in written and "dinlemiyor" not in written


def test_an_uncaught_error_in_a_slot_reaches_the_log(app_log, capsys) -> None:
    try:
        fail_with_the_text()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    written = app_log.read_text(encoding="utf-8")
    assert "uncaught error" in written and "fail_with_the_text" in written
    assert SECRET not in written


def test_the_log_rotates_and_its_library_loads_only_when_something_is_written(
    app_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    starting = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from philosophy_studio.logs import start_logging; start_logging(); "
            "print('logging.handlers' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PHILOSOPHY_STUDIO_DATA_DIR": str(app_log.parent.parent)},
    )
    assert starting.stdout.strip() == "False"
    monkeypatch.setattr("philosophy_studio.logs.MAX_BYTES", 2_000)
    log = logging.getLogger("philosophy_studio.tests")
    for number in range(100):
        log.warning("warning number %d of a hundred", number)
    assert app_log.with_name(app_log.name + ".1").exists()
    assert "warning number 99 of a hundred" in app_log.read_text(encoding="utf-8")
