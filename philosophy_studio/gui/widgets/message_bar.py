"""A non-blocking bar for problems: it says what happened and, where it helps, offers
to try again, without a modal dialog in the middle of a workshop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.theme import use_tooltip_colours


class MessageBar(FollowsLanguage, QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        use_tooltip_colours(self)
        self.message = QLabel()
        self.message.setObjectName("messageText")
        self.message.setWordWrap(True)
        self.retry = QPushButton()
        self.dismiss = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.dismiss)
        self.retry.clicked.connect(self.retry_requested)
        self.retry.clicked.connect(self.hide)
        self.dismiss.clicked.connect(self.hide)
        self._render: Callable[[], str] = str
        self.retranslate_ui()
        self.hide()

    def show_message(self, render: Callable[[], str], *, can_retry: bool = False) -> None:
        """``render`` gives the message in the current language; it is asked again when
        the language changes, so a message still on screen follows the switch."""
        self._render = render
        self._show_text()
        self.retry.setVisible(can_retry)
        self.show()

    def _show_text(self) -> None:
        text = self._render()
        self.message.setText(text)
        self.setAccessibleDescription(text)

    def retranslate_ui(self) -> None:
        self.retry.setText(self.tr("&Retry"))
        self.dismiss.setText(self.tr("Dismiss"))
        self.setAccessibleName(self.tr("Message"))
        self._show_text()
