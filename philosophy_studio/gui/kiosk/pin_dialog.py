"""The facilitator's PIN: chosen when the kiosk starts, asked for when it is left."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 8
# A team, not a town: a larger number is a typing mistake.
MAX_EXPECTED_PEOPLE = 999


# Wrong PINs allowed before a pause, the first pause, and the longest one (seconds). A
# four-digit PIN would otherwise fall to someone at the kiosk trying them all.
FREE_ATTEMPTS = 3
FIRST_LOCKOUT = 30
# Capped low: anyone at the kiosk can type wrong PINs, and the facilitator must not be
# locked out of their own workshop for long. Two minutes a try still keeps a four-digit
# PIN out of reach for days.
LONGEST_LOCKOUT = 2 * 60


class Pin:
    """A PIN kept only as a salted hash in memory, compared in constant time. After
    FREE_ATTEMPTS wrong tries it refuses every try for a pause that doubles with each
    further wrong one; the right PIN resets the count."""

    def __init__(self, digits: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._salt = os.urandom(16)
        self._hash = self._digest(digits)
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def _digest(self, digits: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", digits.encode("ascii"), self._salt, 20_000)

    def matches(self, digits: str) -> bool:
        return digits.isascii() and hmac.compare_digest(self._digest(digits), self._hash)

    def seconds_locked(self) -> int:
        """How long tries are refused from now (0: a try may be made)."""
        return max(0, math.ceil(self._locked_until - self._clock()))

    def attempt(self, digits: str) -> bool:
        """A try to leave: False while locked, whatever was typed."""
        if self.seconds_locked():
            return False
        if self.matches(digits):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= FREE_ATTEMPTS:
            pause = min(LONGEST_LOCKOUT, FIRST_LOCKOUT * 2 ** (self._failures - FREE_ATTEMPTS))
            self._locked_until = self._clock() + pause
        return False


def valid_pin(digits: str) -> bool:
    return digits.isascii() and digits.isdigit() and MIN_PIN_DIGITS <= len(digits) <= MAX_PIN_DIGITS


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN_DIGITS)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}")))
    return field


class SetPinDialog(QDialog):
    """Asks for a new PIN twice before the survey kiosk, or with ``voting`` the voting
    kiosk, starts."""

    def __init__(self, parent: QWidget | None = None, *, voting: bool = False) -> None:
        super().__init__(parent)
        self.pin = _pin_field()
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.repeat = _pin_field()
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        if voting:
            self.setWindowTitle(self.tr("Start the voting kiosk"))
            what = self.tr("Staff will place their dots on this screen one after another.")
        else:
            self.setWindowTitle(self.tr("Start the kiosk"))
            what = self.tr("Staff will answer on this screen one after another.")
        explanation = QLabel(
            what
            + " "
            + self.tr(
                "Without this PIN the kiosk cannot be closed from its own screen, and the app's "
                "other windows stay hidden. Choose %1 to %2 digits and keep them to yourself. In a "
                "public place, also use your computer's kiosk mode: keyboard shortcuts of the "
                "operating system can still reach other programs."
            )
            .replace("%1", str(MIN_PIN_DIGITS))
            .replace("%2", str(MAX_PIN_DIGITS))
        )
        explanation.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("pinProblem")
        self.problem.setWordWrap(True)
        # How many people should use the kiosk: more answers (or ballots) than that, and
        # the kiosk says so on its screen, where someone giving many is seen.
        self.expected = QSpinBox()
        self.expected.setObjectName("kioskExpectedPeople")
        self.expected.setRange(0, MAX_EXPECTED_PEOPLE)
        self.expected.setSpecialValueText(self.tr("not set"))
        self.expected.setAccessibleName(self.tr("People expected at the kiosk"))
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("People &expected:"), self.expected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(self.tr("&Start kiosk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not valid_pin(self.pin.text()):
            self.problem.setText(
                self.tr("The PIN must have %1 to %2 digits.")
                .replace("%1", str(MIN_PIN_DIGITS))
                .replace("%2", str(MAX_PIN_DIGITS))
            )
            self.pin.setFocus()
            return
        if self.pin.text() != self.repeat.text():
            self.problem.setText(self.tr("The two PINs differ; type the same PIN twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        super().accept()

    def chosen_pin(self) -> Pin:
        return Pin(self.pin.text())

    def expected_people(self) -> int:
        """How many people the facilitator expects at the kiosk; 0 when not said."""
        return self.expected.value()


class EnterPinDialog(QDialog):
    """Asks for the PIN to leave the kiosk; accepted only with the right one."""

    def __init__(self, pin: Pin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        # No minimise button: a minimised PIN dialog would leave its kiosk behind it.
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.field = _pin_field()
        self.field.setAccessibleName(self.tr("Facilitator PIN"))
        self.problem = QLabel()
        self.problem.setObjectName("pinProblem")
        form = QFormLayout()
        form.addRow(self.tr("Facilitator &PIN:"), self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Leave kiosk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self._pin.attempt(self.field.text()):
            locked = self._pin.seconds_locked()
            self.problem.setText(
                self.tr("Too many wrong PINs. Try again in %Ln second(s).", "", locked)
                if locked
                else self.tr("Wrong PIN.")
            )
            self.field.clear()
            self.field.setFocus()
            return
        super().accept()
