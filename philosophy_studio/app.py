"""Composition root: settings, language choice, then the GUI.

Kept free of Qt so that the architecture rule "Qt only in gui/" holds for everything
outside that package; ``gui.application`` owns QApplication itself.
"""

from __future__ import annotations

from philosophy_studio.settings import load_settings


def run_gui(
    file: str | None = None,
    language: str | None = None,
    demo: bool = False,
    database: str | None = None,
    workshop: int | None = None,
) -> int:
    from philosophy_studio.gui.application import run

    settings = load_settings()
    if language:
        settings.ui_language = language
    return run(settings, file=file, demo=demo, database=database, workshop=workshop)
