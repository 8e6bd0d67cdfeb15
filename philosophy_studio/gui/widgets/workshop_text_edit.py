"""A plain-text editor whose typing is saved, and undone, through the workshop.

Qt's own per-widget undo is off: Ctrl+Z belongs to the workshop's undo stack, so the
editor lets those shortcuts through to the window's actions. Typing is debounced and
reported by ``edited``; ``show_stored`` puts stored text back without echoing it, and
never over typing that is not stored yet (see StoredTyping).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from philosophy_studio.domain.text import LONG_TEXT_LIMIT
from philosophy_studio.gui.widgets.stored_typing import StoredTyping


class WorkshopTextEdit(QPlainTextEdit):
    # (new text, the text it replaces as this editor last saw it stored)
    edited = Signal(str, str)
    # Typing or pasting went past max_length; the excess was not taken.
    limit_reached = Signal(int)

    def __init__(self, parent: QWidget | None = None, max_length: int = LONG_TEXT_LIMIT) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self.setUndoRedoEnabled(False)
        # Nobody writes a tab character into a value or a vision; Tab moves on, so the
        # keyboard never gets stuck in a text box.
        self.setTabChangesFocus(True)
        self.typing = StoredTyping(self, self.toPlainText, self._show_text, self.edited.emit)
        self.textChanged.connect(self._on_text_changed)

    @property
    def has_unsaved_typing(self) -> bool:
        return self.typing.has_unsaved_typing

    def show_stored(self, text: str) -> None:
        """Show text that is already stored, unless the user has typing that is not
        stored yet."""
        self.typing.show_stored(text)

    def replace_with_stored(self, text: str) -> None:
        """Show ``text`` as stored, dropping typing that is not stored (the user chose
        another version over it)."""
        self.typing.replace_with_stored(text)

    def hold_typing(self) -> None:
        """Do not store the typing on its own: the user is choosing between it and
        someone else's version, and the choice stores it (or drops it)."""
        self.typing.debounce.stop()

    def forget_stored(self, stored_text: str) -> None:
        """``stored_text`` is what storage really holds, so the next commit sends the
        typing again."""
        self.typing.forget_stored(stored_text)

    def commit(self) -> None:
        self.typing.commit()

    def _show_text(self, text: str) -> None:
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(cursor)

    def _on_text_changed(self) -> None:
        if len(self.toPlainText()) > self.max_length:
            # Storage keeps at most max_length characters; cutting here, visibly, beats
            # a silent cut later.
            cursor = self.textCursor()
            cursor.setPosition(self.max_length)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.limit_reached.emit(self.max_length)
        self.typing.debounce.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            self.commit()
            event.ignore()
            return True
        return super().event(event)
