"""What the voting and pulse kiosks share: a heading over a scrolling form, the problem
and a large Send button below it, the promise of anonymity at the bottom, and the
storing: one random token per form, so that a retry after a storage hiccup counts
once, the thank-you screen only once it is stored, and the form kept as it is when
storing fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.kiosk.kiosk_window import KIOSK_TYPE, add_send_row
from philosophy_studio.gui.kiosk.locked_window import LockedWindow
from philosophy_studio.gui.kiosk.pin_dialog import Pin
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.workshop_service import WorkshopService


class FormKioskWindow(LockedWindow):
    def __init__(self, session: WorkshopSession, pin: Pin, name: str) -> None:
        """``name`` prefixes the object names."""
        super().__init__(pin)
        self.setObjectName(f"{name}Kiosk")
        self.session = session
        self._name = name
        self._storing = False
        self._token = uuid.uuid4().hex

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.heading, HEADING, bold=True)
        self.submit = QPushButton()
        self.submit.setObjectName(f"{name}Submit")
        self.submit.setMinimumHeight(64)
        scale_font(self.submit, KIOSK_TYPE, bold=True)
        self.promise = QLabel()
        self.promise.setWordWrap(True)
        self.promise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName(f"{name}Problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.problem, SUBHEADING, bold=True)
        self.problem.hide()

    def _lay_out(self, body: QWidget, *below_heading: QWidget) -> None:
        """The form: the heading, ``below_heading``, ``body`` scrolling, the problem,
        Send and the promise."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.heading)
        for widget in below_heading:
            form_layout.addWidget(widget)
        form_layout.addWidget(scroll, 1)
        add_send_row(form_layout, self.problem, self.submit, self.promise)
        self.frame(form, self._name)

    def _store(self, job: Callable[[WorkshopService, str], tuple[bool, Changes]]) -> None:
        """Store the form with ``job(service, token)`` on the storage thread."""
        self._storing = True
        self.submit.setEnabled(False)
        token = self._token
        self.session.call(lambda service: job(service, token), self._on_stored, self._on_failed)

    def _on_stored(self, _result: object) -> None:
        self._storing = False
        self.submit.setEnabled(True)
        self.forget()
        self.show_thanks()

    def _on_failed(self, error: BaseException) -> None:
        # Everything stays on the form, to be sent again once the storage is back.
        self._storing = False
        self.submit.setEnabled(True)
        self._show_problem(self._not_stored_text() + "\n" + (error_message(error, unexpected=True) or ""))

    def _not_stored_text(self) -> str:
        """What the person is told when storing failed (subclasses)."""
        raise NotImplementedError

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def forget(self) -> None:
        self._token = uuid.uuid4().hex
        self.problem.hide()
