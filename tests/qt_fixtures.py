"""Fixtures shared by the test folders that drive the real window offscreen."""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from philosophy_studio.gui.accessible_views import install_accessible_views
from philosophy_studio.gui.application import build_window
from philosophy_studio.gui.focus_ring import FocusRingFollower
from philosophy_studio.gui.main_window import MainWindow
from philosophy_studio.gui.widgets.message_bar import MessageBar
from philosophy_studio.settings import Settings, load_settings

# pytest-qt gives up on a condition after 5 s. On a loaded 2-core CI machine a file read
# in the background while the analysis warms up took longer, and a test failed that
# only waited; the conditions are the same, the wait for them longer.
PATIENT_WAIT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def patient_waits() -> Iterator[None]:
    original = QtBot.waitUntil

    def wait_until(self: QtBot, callback: Callable[[], object], *, timeout: int = PATIENT_WAIT_MS) -> None:
        polls: list[float] = []

        def polled() -> object:
            polls.append(time.monotonic())
            return callback()

        try:
            original(self, polled, timeout=timeout)
        except WaitTimedOut as timed_out:
            raise WaitTimedOut(f"{timed_out}\n{_why_still_waiting(polls)}") from None

    QtBot.waitUntil = wait_until  # type: ignore[method-assign]
    try:
        yield
    finally:
        QtBot.waitUntil = original  # type: ignore[method-assign]


def _why_still_waiting(polls: list[float]) -> str:
    """What a condition that never came true leaves to go on in a CI log, where the
    test cannot be run again: whether the GUI thread was held (long gaps between the
    checks), what the windows say, and what every thread was doing."""
    gaps = [later - earlier for earlier, later in pairwise(polls)]
    lines = [f"checked {len(polls)} times; the longest gap between checks {max(gaps, default=0):.2f} s"]
    for widget in QApplication.allWidgets():
        if isinstance(widget, MessageBar | QMessageBox) and widget.isVisible():
            texts = [label.text() for label in widget.findChildren(QLabel) if label.text()]
            lines.append(f"shown {type(widget).__name__}: {texts}")
    frames = sys._current_frames()
    for thread in threading.enumerate():
        frame = frames.get(thread.ident or -1)
        if frame is not None and thread is not threading.current_thread():
            lines.append(f"thread {thread.name}:\n{''.join(traceback.format_stack(frame)[-8:])}")
    return "\n".join(lines)


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_on_the_gui_thread(qapp: QApplication) -> None:
    """As in the app (gui/garbage.py): worker threads never collect Qt objects."""
    from philosophy_studio.gui.application import install_garbage_collector

    install_garbage_collector(qapp)


@pytest.fixture(scope="session", autouse=True)
def focus_ring_as_in_the_app(qapp: QApplication) -> FocusRingFollower:
    return FocusRingFollower(qapp)


@pytest.fixture(scope="session", autouse=True)
def accessible_views_as_in_the_app(qapp: QApplication) -> None:
    """Every GUI test meets the accessible interfaces the app installs, whichever test
    runs first."""
    install_accessible_views()


@pytest.fixture(autouse=True)
def no_active_timers(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.processEvents()
    active = [
        f"{type(widget).__name__}.{timer.objectName() or 'timer'}"
        for widget in QApplication.allWidgets()
        for timer in widget.findChildren(QTimer)
        if timer.isActive()
    ]
    assert not active, f"the test left timers running: {active}"


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Build main windows like the app does; each is closed (which stores pending edits
    and stops its worker) when the test ends."""
    windows: list[MainWindow] = []

    def make(settings: Settings | None = None, language: str = "en") -> MainWindow:
        chosen = settings or load_settings()
        chosen.ui_language = chosen.ui_language or language
        window = build_window(chosen)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        # A test that closed and dropped a window may have seen it deleted already
        # (closing waits for background work in a nested event loop, which also runs
        # deferred deletions).
        if shiboken6.isValid(window):
            # The catalogues are the application's: a test in Turkish must not leave
            # the next one in Turkish.
            window.languages.apply("en")
            window.close()
            window.deleteLater()
    QApplication.processEvents()
    # The windows' reference cycles go now, on this thread, not in a later test's worker.
    gc.collect()


def change_unannounced(window: MainWindow, qtbot, command) -> None:  # type: ignore[no-untyped-def]
    """Another facilitator's edit: it reaches the window's workshop, not yet its screens
    (as on a team database between two polls)."""
    session = window.session

    def elsewhere(service):  # type: ignore[no-untyped-def]
        return None, service.execute(command).changes

    done: list[object] = []
    # The snapshot is taken in, but no page is told.
    session._show = lambda snapshot: setattr(session, "workshop", snapshot.workshop)
    try:
        session.call(elsewhere, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    finally:
        del session._show
