"""A one-line field whose typing is stored through the workshop, like WorkshopTextEdit:
debounced, committed on Enter and focus-out, never echoing stored text back over
typing that is not stored yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from philosophy_studio.gui.widgets.stored_typing import StoredTyping


class WorkshopLineEdit(QLineEdit):
    # (new text, the text it replaces as this field last saw it stored)
    edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing = StoredTyping(self, self.text, self.setText, self.edited.emit)
        self.textEdited.connect(lambda _text: self.typing.debounce.start())
        self.returnPressed.connect(self.commit)

    @property
    def has_unsaved_typing(self) -> bool:
        return self.typing.has_unsaved_typing

    def show_stored(self, text: str) -> None:
        """Show stored text, unless the user has typing that is not stored yet."""
        self.typing.show_stored(text)

    def replace_with_stored(self, text: str) -> None:
        """Show ``text`` as stored, dropping typing that is not stored."""
        self.typing.replace_with_stored(text)

    def commit(self) -> None:
        self.typing.commit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit()
        super().focusOutEvent(event)
