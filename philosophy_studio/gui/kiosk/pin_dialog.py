"""The facilitator's PIN: chosen when the kiosk starts, asked for when it is left."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
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

from philosophy_studio.gui.theme import SUBHEADING, scale_font

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
# The facilitator's way out when wrong PINs typed by someone else have paused the PIN:
# a code of this many digits, shown once on the facilitator's screen before the kiosk
# starts. 10^12 codes need no pause of their own (a machine typing 50 a second would
# need centuries on average), so nobody at the kiosk can lock this way out too, and the
# PIN's own pause stays as it is.
RECOVERY_DIGITS = 12


def new_recovery_code() -> str:
    return f"{secrets.randbelow(10**RECOVERY_DIGITS):0{RECOVERY_DIGITS}d}"


def spaced(code: str) -> str:
    """The code in groups of four, as it is shown and may be typed."""
    return " ".join(code[start : start + 4] for start in range(0, len(code), 4))


class Pin:
    """A PIN kept only as a salted hash in memory, compared in constant time. After
    FREE_ATTEMPTS wrong tries it refuses every try for a pause that doubles with each
    further wrong one; the right PIN resets the count. A ``recovery`` code, kept the
    same way, leaves at any time and is never paused."""

    def __init__(
        self, digits: str, clock: Callable[[], float] = time.monotonic, *, recovery: str | None = None
    ) -> None:
        self._salt = os.urandom(16)
        self._hash = self._digest(digits)
        self._recovery_hash = None if recovery is None else self._digest(recovery)
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def _digest(self, digits: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", digits.encode("ascii"), self._salt, 20_000)

    def matches(self, digits: str) -> bool:
        return digits.isascii() and hmac.compare_digest(self._digest(digits), self._hash)

    def recover(self, typed: str) -> bool:
        """Whether ``typed`` is the recovery code (spaces and dashes ignored)."""
        code = typed.replace(" ", "").replace("-", "")
        if self._recovery_hash is None or not (code.isascii() and code.isdigit()):
            return False
        if len(code) != RECOVERY_DIGITS:
            return False
        return hmac.compare_digest(self._digest(code), self._recovery_hash)

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
        # Made anew for every kiosk and kept nowhere but as a hash in the Pin: this
        # dialog, on the facilitator's screen before the kiosk starts, is the only
        # place it is ever seen. The label cannot be selected, so the code never
        # reaches the clipboard or the X11 selection a person at the kiosk could paste.
        self._recovery_code = new_recovery_code()
        self.recovery_code = QLabel(spaced(self._recovery_code))
        self.recovery_code.setObjectName("kioskRecoveryCode")
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        scale_font(self.recovery_code, SUBHEADING, bold=True)
        recovery_note = QLabel(
            self.tr(
                "Write this recovery code down now: it is shown only here. If wrong PINs typed "
                "at the kiosk make it refuse your PIN for a while, the code leaves the kiosk at once."
            )
        )
        recovery_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("People &expected:"), self.expected)
        form.addRow(self.tr("Recovery code:"), self.recovery_code)
        form.addRow(recovery_note)
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
        return Pin(self.pin.text(), recovery=self._recovery_code)

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
        # Offered only once the PIN is paused: until then staff see nothing of it.
        self.recovery = QLineEdit()
        self.recovery.setObjectName("kioskRecovery")
        self.recovery.setMaxLength(RECOVERY_DIGITS + 4)
        self.recovery.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 -]*")))
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.problem = QLabel()
        self.problem.setObjectName("pinProblem")
        self.problem.setWordWrap(True)
        self._form = QFormLayout()
        self._form.addRow(self.tr("Facilitator &PIN:"), self.field)
        self._form.addRow(self.tr("Re&covery code:"), self.recovery)
        self._form.setRowVisible(self.recovery, False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Leave kiosk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if self._pin.seconds_locked():
            self._say_locked()

    def _say_locked(self) -> None:
        self.problem.setText(
            self.tr(
                "Too many wrong PINs. Try again in %Ln second(s), or type the recovery code "
                "shown when the kiosk started.",
                "",
                self._pin.seconds_locked(),
            )
        )
        self._form.setRowVisible(self.recovery, True)
        self.recovery.setFocus()

    def accept(self) -> None:
        if self.recovery.text().strip():
            if self._pin.recover(self.recovery.text()):
                super().accept()
                return
            self.recovery.clear()
            self.problem.setText(self.tr("Wrong recovery code."))
            self.recovery.setFocus()
            return
        if not self._pin.attempt(self.field.text()):
            self.field.clear()
            if self._pin.seconds_locked():
                self._say_locked()
            else:
                self.problem.setText(self.tr("Wrong PIN."))
                self.field.setFocus()
            return
        super().accept()
