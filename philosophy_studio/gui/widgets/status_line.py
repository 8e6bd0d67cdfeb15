"""A line under a part of a page that says what just happened ("Saved …", "Nothing was
imported: …"), in the interface's language even after the language is switched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # Kept as a function, not as text, so that it can be said again in the new
        # language.
        self._message: Callable[[], str] | None = None

    def say(self, message: Callable[[], str] | None) -> None:
        """Show what ``message`` returns (it translates); None clears the line."""
        self._message = message
        self.setText(message() if message is not None else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(self._message() if self._message is not None else "")
        super().changeEvent(event)
