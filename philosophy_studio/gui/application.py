"""The QApplication, its translators and the first window."""

from __future__ import annotations

import sys
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from philosophy_studio import APP_ID, APP_NAME, ORG_NAME, __version__
from philosophy_studio.domain.language import Language
from philosophy_studio.gui.accessible_views import install_accessible_views
from philosophy_studio.gui.focus_ring import FocusRingFollower
from philosophy_studio.gui.i18n import LanguageManager, system_language
from philosophy_studio.gui.main_window import MainWindow
from philosophy_studio.gui.theme import RoomForAccents
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
    app.setStyle(RoomForAccents())
    install_garbage_collector(app)
    FocusRingFollower(app)
    # Screen readers hear of one focused control, not of every list's current row.
    install_accessible_views()
    return app


WARM_UP_AFTER_MS = 300


def install_garbage_collector(app: QApplication) -> None:
    from philosophy_studio.gui.garbage import GuiThreadGarbageCollector

    GuiThreadGarbageCollector(app)


def build_window(settings: Settings) -> MainWindow:
    """The main window with the interface language applied: the remembered choice, or
    the system's on first start."""
    languages = LanguageManager()
    languages.apply(settings.ui_language or system_language())
    return MainWindow(settings, languages)


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
