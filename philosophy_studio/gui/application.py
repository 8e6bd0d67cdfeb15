"""The QApplication, its translators and the first window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from philosophy_studio import APP_ID, APP_NAME, ORG_NAME, __version__
from philosophy_studio.domain.language import Language
from philosophy_studio.gui.accessible_views import install_accessible_views
from philosophy_studio.gui.focus_ring import FocusRingFollower
from philosophy_studio.gui.i18n import LanguageManager, system_language
from philosophy_studio.gui.main_window import MainWindow
from philosophy_studio.gui.theme import make_room_for_accents
from philosophy_studio.settings import Settings


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    install_garbage_collector(app)
    # Both of these would cost the first window ~25 ms before it is painted (see
    # accent_style.py and focus_ring.py): they start once it is (see build_window), or
    # after SETTLE_AT_THE_LATEST_MS if it is not (minimised, or not built).
    _after_first_paint[:] = [use_accent_style, FocusRingFollower(app, follow_from_the_loop=False).follow]
    QTimer.singleShot(SETTLE_AT_THE_LATEST_MS, _settle)
    # Screen readers hear of one focused control, not of every list's current row.
    install_accessible_views()
    return app


WARM_UP_AFTER_MS = 300
SETTLE_AT_THE_LATEST_MS = 1500

# What create_application leaves for after the first window's first paint.
_after_first_paint: list[Callable[[], object]] = []


def install_garbage_collector(app: QApplication) -> None:
    from philosophy_studio.gui.garbage import GuiThreadGarbageCollector

    GuiThreadGarbageCollector(app)


def build_window(settings: Settings) -> MainWindow:
    """The main window with the interface language applied: the remembered choice, or
    the system's on first start."""
    languages = LanguageManager()
    languages.apply(settings.ui_language or system_language())
    window = MainWindow(settings, languages)
    if _after_first_paint:
        # The style comes after the first paint: until then, the labels shown get from
        # here the room it would give them.
        for label in (*window.start_page.all_labels(), window.save_state):
            make_room_for_accents(label)
        AfterFirstPaint(window, _settle)
    return window


def _settle() -> None:
    while _after_first_paint:
        _after_first_paint.pop(0)()


def use_accent_style() -> None:
    """RoomForAccents becomes the application's style: every widget is polished again."""
    from philosophy_studio.gui.accent_style import RoomForAccents

    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), RoomForAccents):
        app.setStyle(RoomForAccents())


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``window`` has been painted, in the event loop's next turn."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def run(
    settings: Settings,
    *,
    file: str | None = None,
    demo: bool = False,
    database: str | None = None,
    workshop: int | None = None,
) -> NoReturn:
    app = create_application()
    window = build_window(settings)
    window.show()
    # Opening waits for the event loop, so the window is on screen first.
    if demo:
        language = Language(window.languages.language)
        QTimer.singleShot(0, lambda: window.open_demo(language))
    elif database:
        QTimer.singleShot(0, lambda: window.connect_team_database(database, workshop))
    elif file:
        QTimer.singleShot(0, lambda: window.open_location(file))
    elif not settings.welcomed:
        QTimer.singleShot(0, window.welcome)
    # Once the first window is painted and settled: the libraries' loading holds the
    # interpreter in steps of up to ~50 ms, which must not delay that first paint.
    QTimer.singleShot(WARM_UP_AFTER_MS, window.prepare_analysis_on_start)
    code = app.exec()
    # Closing the window stored every edit, saved the settings and cancelled the work
    # that only shows something. Python's own teardown of the analysis libraries, the
    # lemma table and any thread still loading them takes most of a second and keeps
    # nothing, so the process ends here.
    import logging
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
