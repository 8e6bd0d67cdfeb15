"""The pulse kiosk: at a check-in, staff rate each chosen value one after another, how
well the team lived it and how well its leaders modelled it, with an example they saw.

Each person sees an empty form and never anyone's answers or the results. A response
is stored (on the storage thread) before the thank-you screen appears; a failed save
keeps everything on the form. Only the facilitator's PIN leaves it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import PulseRating, ValueCard
from philosophy_studio.gui.kiosk.form_kiosk import FormKioskWindow
from philosophy_studio.gui.kiosk.kiosk_window import KIOSK_TYPE, KioskAnswerEdit
from philosophy_studio.gui.kiosk.pin_dialog import Pin
from philosophy_studio.gui.kiosk.voting_kiosk import TAP_TARGET
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.workshop_service import WorkshopService

SCORES = (1, 2, 3, 4, 5)


class ScoreChoice(QWidget):
    """A question's answer: five large buttons, 1 to 5, for a finger as much as a mouse.
    Touching the chosen one again takes the choice back (the question is skipped)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, QPushButton] = {}
        for score in SCORES:
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setFixedSize(TAP_TARGET, TAP_TARGET)
            scale_font(button, KIOSK_TYPE, bold=True)
            # The chosen number must stand out at a glance from a step away, in any theme.
            button.setStyleSheet(
                "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
            )
            self.group.addButton(button, score)
            layout.addWidget(button)
            self.buttons[score] = button
        layout.addStretch(1)
        self.group.idToggled.connect(self._on_toggled)

    def value(self) -> int | None:
        return next((score for score, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: int | None) -> None:
        for score, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(score == value)
            button.blockSignals(False)

    def _on_toggled(self, score: int, checked: bool) -> None:
        if checked:
            # One choice at a time, while the chosen one can still be taken back.
            for other, button in self.buttons.items():
                if other != score and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.changed.emit()

    def name_buttons(self, question: str) -> None:
        for score, button in self.buttons.items():
            button.setAccessibleName(f"{question} {score}")


class _ValueForm:
    """One chosen value's part of the form."""

    def __init__(self, card: ValueCard) -> None:
        self.card = card
        self.name = QLabel(card.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        scale_font(self.name, HEADING, bold=True)
        self.lived_label, self.leaders_label, self.example_label = QLabel(), QLabel(), QLabel()
        for label in (self.lived_label, self.leaders_label, self.example_label):
            label.setWordWrap(True)
            scale_font(label, SUBHEADING)
        self.lived = ScoreChoice()
        self.leaders = ScoreChoice()
        self.example = KioskAnswerEdit()
        self.example.setFixedHeight(96)
        self.example_label.setBuddy(self.example)

    def rating(self) -> PulseRating:
        return PulseRating(self.card.id, self.lived.value(), self.leaders.value(), self.example.toPlainText())

    def touched(self) -> bool:
        rating = self.rating()
        return rating.lived is not None or rating.leaders is not None or bool(rating.example.strip())

    def forget(self) -> None:
        self.lived.set_value(None)
        self.leaders.set_value(None)
        self.example.forget()


class PulseKioskWindow(FormKioskWindow):
    def __init__(
        self, session: WorkshopSession, day: dt.date, number: int, cards: list[ValueCard], pin: Pin
    ) -> None:
        super().__init__(session, pin, "pulse")
        self.day = day
        self._number = number

        self.values = [_ValueForm(card) for card in cards]
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for index, part in enumerate(self.values):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                body_layout.addWidget(line)
            body_layout.addWidget(part.name)
            body_layout.addWidget(part.lived_label)
            body_layout.addWidget(part.lived)
            body_layout.addWidget(part.leaders_label)
            body_layout.addWidget(part.leaders)
            body_layout.addWidget(part.example_label)
            body_layout.addWidget(part.example)
        body_layout.addStretch(1)
        self._lay_out(body)
        for part in self.values:
            for widget in (*part.lived.buttons.values(), *part.leaders.buttons.values(), part.example):
                self.watch_typing(widget)
        self.submit.clicked.connect(self.send)
        for part in self.values:
            part.example.submitted.connect(self.send)
        self.retranslate_ui()

    def has_draft(self) -> bool:
        return any(part.touched() for part in self.values) and not self._storing

    def send(self) -> None:
        if self._storing:
            return
        if not any(part.touched() for part in self.values):
            self._show_problem(self.tr("Choose a number for at least one value first."))
            return
        ratings = [part.rating() for part in self.values]
        day = self.day

        def job(service: WorkshopService, token: str) -> tuple[bool, Changes]:
            from philosophy_studio.services.pulse import submit_pulse

            return submit_pulse(service, day, ratings, submission_token=token)

        self._store(job)

    def _not_stored_text(self) -> str:
        return self.tr(
            "Your answers could not be stored; they are still on the form. Please call the facilitator."
        )

    def forget(self) -> None:
        super().forget()
        for part in self.values:
            part.forget()

    def show_form(self) -> None:
        super().show_form()
        if self.values:
            self.values[0].lived.buttons[SCORES[0]].setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Staff pulse"))
        self.heading.setText(
            self.tr("Check-in %1: how are we doing with our values?").replace("%1", str(self._number))
        )
        lived = self.tr("How well did we live this value in the last month?")
        leaders = self.tr("How well do our leaders model it?")
        for part in self.values:
            part.lived_label.setText(lived + " " + self.tr("(1 = not at all, 5 = fully)"))
            part.leaders_label.setText(leaders)
            part.example_label.setText(self.tr("An example you saw (optional)"))
            part.lived.name_buttons(f"{part.card.name}: {lived}")
            part.leaders.name_buttons(f"{part.card.name}: {leaders}")
            part.example.setAccessibleName(f"{part.card.name}: " + self.tr("An example you saw (optional)"))
        self.submit.setText(self.tr("&Send my answers"))
        self.submit.setAccessibleName(self.tr("Send my answers"))
        self.promise.setText(
            self.tr(
                "Anonymous: no name, time or device is stored with your answers, and the results "
                "are shown only when enough people have answered. Skip what you cannot judge."
            )
        )
        self.thanks.setText(
            self.tr("Thank you! Your answers are saved.\n\nPress any key for the next person.")
        )
        self.thanks.setAccessibleName(self.tr("Thank you"))
