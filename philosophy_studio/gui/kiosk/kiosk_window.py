"""The kiosk: a full-screen form where staff answer the survey one after another.

It shows the question, one answer box and a promise of anonymity; nothing else of the
workshop, no earlier answer and no count. An answer is stored (on the storage thread)
before the thank-you screen appears; if storing fails the answer stays in the box.
Only the facilitator's PIN closes it: Esc, Alt+F4 and the window's close button do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, AnswerSource
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.kiosk.locked_window import LockedWindow
from philosophy_studio.gui.kiosk.pin_dialog import Pin
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.workshop_service import WorkshopService

KIOSK_TYPE = 1.6


def add_send_row(layout: QVBoxLayout, problem: QLabel, submit: QPushButton, promise: QLabel) -> None:
    """Below a kiosk's form: what is wrong with it, Send across the middle half, and
    the promise of anonymity."""
    layout.addWidget(problem)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(submit, 2)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(promise)


class KioskAnswerEdit(QPlainTextEdit):
    """The answer box: no undo history (it would bring the previous person's words
    back), nothing copied out of it (the next person could paste it), at most as long as
    an answer may be, Tab moves on, Ctrl+Enter submits."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._keep_to_the_limit)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        # Copy, cut, dragging and the X11 selection all take their text from here.
        return QMimeData()

    def _keep_to_the_limit(self) -> None:
        if len(self.toPlainText()) > MAX_ANSWER_LENGTH:
            cursor = self.textCursor()
            cursor.setPosition(MAX_ANSWER_LENGTH)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def forget(self) -> None:
        """Empty the box so that nothing of the last answer can be recovered from it."""
        self.setUndoRedoEnabled(False)
        self.clear()
        self.document().clearUndoRedoStacks()


class KioskWindow(LockedWindow):
    def __init__(self, session: WorkshopSession, question: str, pin: Pin) -> None:
        super().__init__(pin)
        self.setObjectName("kioskWindow")
        self.session = session
        self._storing = False

        self.question = QLabel(question)
        self.question.setObjectName("kioskQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.question, HEADING, bold=True)
        self.answer = KioskAnswerEdit()
        self.answer.setObjectName("kioskAnswer")
        scale_font(self.answer, KIOSK_TYPE)
        self.submit = QPushButton()
        self.submit.setObjectName("kioskSubmit")
        scale_font(self.submit, KIOSK_TYPE, bold=True)
        self.submit.setMinimumHeight(64)
        self.promise = QLabel()
        self.promise.setWordWrap(True)
        self.promise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.promise, SUBHEADING)
        self.problem = QLabel()
        self.problem.setObjectName("kioskProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.problem, SUBHEADING, bold=True)
        self.problem.hide()

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addStretch(1)
        form_layout.addWidget(self.question)
        form_layout.addSpacing(24)
        form_layout.addWidget(self.answer, 3)
        add_send_row(form_layout, self.problem, self.submit, self.promise)
        form_layout.addStretch(1)

        self.frame(form, "kiosk")
        self.watch_typing(self.answer)
        self.submit.clicked.connect(self.submit_answer)
        self.answer.submitted.connect(self.submit_answer)
        self.retranslate_ui()

    # --- answering ---------------------------------------------------------------------

    def submit_answer(self) -> None:
        text = self.answer.toPlainText()
        if self._storing:
            return
        if not text.strip():
            self._show_problem(self.tr("Please write your answer first."))
            return
        self._storing = True
        self.submit.setEnabled(False)
        self.answer.setReadOnly(True)

        def job(service: WorkshopService) -> tuple[None, Changes]:
            from philosophy_studio.services.survey import submit_answer

            return submit_answer(service, text, AnswerSource.KIOSK)

        self.session.call(job, self._on_stored, self._on_store_failed)

    def _on_stored(self, _result: object) -> None:
        self._storing = False
        self.answer.setReadOnly(False)
        self.submit.setEnabled(True)
        self.answer.forget()
        self.problem.hide()
        self.show_thanks()

    def _on_store_failed(self, error: BaseException) -> None:
        self._storing = False
        self.answer.setReadOnly(False)
        self.submit.setEnabled(True)
        reason = error_message(error, unexpected=True) or ""
        self._show_problem(
            self.tr("Your answer could not be stored; it is still in the box. Please call the facilitator.")
            + "\n"
            + reason
        )
        self.answer.setFocus()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def forget(self) -> None:
        self.answer.forget()
        self.problem.hide()

    def has_draft(self) -> bool:
        return bool(self.answer.toPlainText().strip()) and not self._storing

    def show_form(self) -> None:
        super().show_form()
        self.answer.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Survey"))
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setPlaceholderText(self.tr("Write your answer here…"))
        self.submit.setText(self.tr("&Submit"))
        self.submit.setAccessibleName(self.tr("Submit your answer"))
        self.promise.setText(
            self.tr(
                "Your answer is anonymous: no name, time or device is stored with it, and "
                "nobody sees it on this screen after you. Ctrl+Enter also submits."
            )
        )
        self.thanks.setText(self.tr("Thank you! Your answer is saved.\n\nPress any key for the next person."))
        self.thanks.setAccessibleName(self.tr("Thank you"))
