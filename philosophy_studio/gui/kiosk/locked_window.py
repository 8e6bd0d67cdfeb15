"""A full-screen window for staff that only the facilitator's PIN closes: Esc, Alt+F4,
the window's close button and minimising do not leave it. The survey kiosk and the
voting kiosk are built on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from philosophy_studio.gui.kiosk.pin_dialog import EnterPinDialog, Pin
from philosophy_studio.gui.theme import HEADING, scale_font

# Long enough to read the thanks, short enough that the next person is not kept waiting.
THANKS_MS = 4000


class LockedWindow(QWidget):
    left = Signal()  # the facilitator left with the right PIN

    def __init__(self, pin: Pin) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._pin = pin
        self._may_close = False
        self.pin_dialog: EnterPinDialog | None = None
        self.leave = QPushButton()
        self.leave.setObjectName("kioskLeave")
        self.leave.setFlat(True)
        self.leave.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave.clicked.connect(self.request_leave)
        # The facilitator's way out from the keyboard, without a visible hint to staff.
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self.request_leave)

    def frame(self, form: QWidget, name: str) -> None:
        """Lay the window out: ``form`` for the person at the screen, a thank-you page
        that a key press (or THANKS_MS) turns back into the empty form, and the
        facilitator's discreet way out. ``name`` prefixes the object names."""
        self.thanks = QLabel()
        self.thanks.setObjectName(f"{name}Thanks")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.thanks, HEADING, bold=True)
        self.thanks.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.thanks.installEventFilter(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(form)
        self.pages.addWidget(self.thanks)
        leave_row = QHBoxLayout()
        leave_row.addStretch(1)
        leave_row.addWidget(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 24)
        layout.addWidget(self.pages, 1)
        layout.addLayout(leave_row)
        self._next = QTimer(self)
        self._next.setObjectName(f"{name}NextPerson")
        self._next.setSingleShot(True)
        self._next.setInterval(THANKS_MS)
        self._next.timeout.connect(self.show_form)

    def show_thanks(self) -> None:
        self.pages.setCurrentWidget(self.thanks)
        self.thanks.setFocus()
        self._next.start()

    def show_form(self) -> None:
        """The empty form for the next person."""
        self._next.stop()
        self.forget()
        self.pages.setCurrentIndex(0)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.thanks and event.type() == QEvent.Type.KeyPress:
            self.show_form()
            return True
        return False

    def forget(self) -> None:
        """Drop whatever the last person entered (subclasses); called when leaving."""

    def request_leave(self) -> None:
        self.pin_dialog = EnterPinDialog(self._pin, self)
        self.pin_dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.pin_dialog.accepted.connect(self._leave)
        self.pin_dialog.open()

    def _leave(self) -> None:
        self._next.stop()
        self._may_close = True
        self.forget()
        self.close()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc does not leave the kiosk
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._may_close:
            self._next.stop()
            super().closeEvent(event)
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif (
            event.type() == QEvent.Type.WindowStateChange and not self._may_close and not self.isFullScreen()
        ):
            # Minimising or un-maximising would uncover the workshop behind.
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # An explicit context: self.tr() in a base class would look the text up under
        # the subclass's name at run time.
        self.leave.setText(QCoreApplication.translate("LockedWindow", "Facilitator"))
        self.leave.setAccessibleName(
            QCoreApplication.translate("LockedWindow", "Leave the kiosk (facilitator PIN needed)")
        )
