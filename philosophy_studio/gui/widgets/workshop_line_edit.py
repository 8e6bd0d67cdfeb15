"""A one-line field whose typing is stored through the workshop, like WorkshopTextEdit:
debounced, committed on Enter and focus-out, never echoing stored text back."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from philosophy_studio.gui.widgets.workshop_text_edit import DEBOUNCE_MS


class WorkshopLineEdit(QLineEdit):
    # (new text, the text it replaces as this field last saw it stored)
    edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored_text = ""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.commit)
        self.textEdited.connect(lambda _text: self._debounce.start())
        self.returnPressed.connect(self.commit)

    def show_stored(self, text: str) -> None:
        """Show stored text, unless the user has typing in flight."""
        if self._debounce.isActive():
            return
        if self.text() != text:
            self.setText(text)
        self._stored_text = text

    def commit(self) -> None:
        self._debounce.stop()
        if self.text() != self._stored_text:
            previous, self._stored_text = self._stored_text, self.text()
            self.edited.emit(self._stored_text, previous)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit()
        super().focusOutEvent(event)
