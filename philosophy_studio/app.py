"""Composition root: settings, language choice, then the GUI.

Kept free of Qt so that the architecture rule "Qt only in gui/" holds for everything
outside that package; ``gui.application`` owns QApplication itself.
"""

from __future__ import annotations

import os
import sys

from philosophy_studio.cli.arguments import UsageError
from philosophy_studio.settings import load_settings


class NoDisplayError(UsageError):
    def __init__(self) -> None:
        super().__init__(
            "no display to open the window on; run it on a desktop, or use a sub-command (see --help)"
        )


def run_gui(
    file: str | None = None,
    language: str | None = None,
    demo: bool = False,
    database: str | None = None,
    workshop: int | None = None,
) -> int:
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        # Qt would abort with several lines about platform plugins.
        raise NoDisplayError()
    from philosophy_studio.gui.application import run
    from philosophy_studio.logs import start_logging

    start_logging()
    settings = load_settings()
    if language:
        settings.ui_language = language
    return run(settings, file=file, demo=demo, database=database, workshop=workshop)
