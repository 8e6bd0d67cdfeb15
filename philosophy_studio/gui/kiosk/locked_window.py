"""A full-screen window for staff that only the facilitator's PIN closes: Esc, Alt+F4,
the window's close button and minimising do not leave it. The survey kiosk and the
voting kiosk are built on it.

While it is up, the app's other windows are hidden (Alt+Tab would otherwise reach the
workshop, the presentation's results or the phone panel), it takes the screen back
when something else is brought forward or the window manager hides it (show the
desktop, another desktop), a draft left alone is cleared for the next
person, and nothing typed reaches the clipboard. What an app cannot stop alone (another
program, the operating system's own shortcuts) the facilitator's guide covers: use the
system's kiosk mode in a public place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.kiosk.pin_dialog import EnterPinDialog, Pin
from philosophy_studio.gui.theme import HEADING, scale_font

# Long enough to read the thanks, short enough that the next person is not kept waiting.
THANKS_MS = 4000
# The first part of the thanks no key skips: one person cannot answer again and again
# as fast as they can press keys.
PAUSE_MS = 1500
# A draft nobody touched for this long was left behind: the next person must not find it.
IDLE_RESET_MS = 90_000
# How soon the kiosk takes the screen back when another window was brought forward.
RECLAIM_MS = 300


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
        # The app's windows that were open when the kiosk started, shown again when it ends.
        self._hidden: list[QWidget] = []
        # Answers (or ballots) given at this kiosk, and how many people were expected.
        self._given = 0
        self._expected = 0
        self.over_count = QLabel()
        self.over_count.setObjectName("kioskOverCount")
        self.over_count.setWordWrap(True)
        self.over_count.hide()
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
        leave_row.addWidget(self.over_count, 1)
        leave_row.addWidget(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 24)
        layout.addWidget(self.pages, 1)
        layout.addLayout(leave_row)
        self._next = self._timer(f"{name}NextPerson", THANKS_MS, self.show_form)
        self._pause = self._timer(f"{name}Pause", PAUSE_MS)
        self._idle = self._timer(f"{name}IdleReset", IDLE_RESET_MS, self._on_idle)
        self._reclaim = self._timer(f"{name}Reclaim", RECLAIM_MS, self._take_screen_back)

    def _timer(self, name: str, interval_ms: int, then: Callable[[], None] | None = None) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        if then is not None:
            timer.timeout.connect(then)
        return timer

    def watch_typing(self, widget: QObject) -> None:
        """Typing or clicking in ``widget`` keeps the draft; silence clears it."""
        widget.installEventFilter(self)

    def has_draft(self) -> bool:
        """Whether the form holds something of the person at the screen (subclasses)."""
        return False

    def expect_people(self, expected: int) -> None:
        """Say on the kiosk's screen when more than ``expected`` people (0: not said)
        seem to have used it: one person giving many answers is then seen by the room."""
        self._expected = expected
        self._show_over_count()

    def _show_over_count(self) -> None:
        over = self._expected > 0 and self._given > self._expected
        self.over_count.setVisible(over)
        if over:
            self.over_count.setText(
                QCoreApplication.translate(
                    "LockedWindow",
                    "This kiosk has been used %1 times, more than the %2 people expected. "
                    "The facilitator will check.",
                )
                .replace("%1", str(self._given))
                .replace("%2", str(self._expected))
            )

    def show_thanks(self) -> None:
        self._given += 1
        self._show_over_count()
        self._idle.stop()
        self.pages.setCurrentWidget(self.thanks)
        self.thanks.setFocus()
        self._pause.start()
        self._next.start()

    def show_form(self) -> None:
        """The empty form for the next person."""
        self._next.stop()
        self._pause.stop()
        self.forget()
        _clear_clipboard()
        self.pages.setCurrentIndex(0)

    def _on_idle(self) -> None:
        if self.pages.currentIndex() == 0 and self.has_draft():
            self.show_form()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.pin_dialog:
            # While the PIN dialog is up the kiosk is not the active window, so only
            # the dialog hears that the desktop was shown or another desktop chosen.
            if (
                event.type() == QEvent.Type.ActivationChange
                and not self._may_close
                and not self.pin_dialog.isActiveWindow()
            ):
                self._reclaim.start()
            return False
        if watched is self.thanks and event.type() == QEvent.Type.KeyPress:
            if not self._pause.isActive():
                self.show_form()
            return True
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.InputMethod):
            self._idle.start()
        return False

    # --- holding the screen -------------------------------------------------------------

    def open_over(self, window: QWidget, expected_people: int, on_left: Callable[[], None]) -> None:
        """Take the screen for staff, with ``window`` (the workshop's) hidden until the
        facilitator leaves with the PIN: Alt+Tab or a window manager's task list must
        not lead to the workshop behind the kiosk. On leaving, ``on_left`` runs and
        ``window`` comes forward again."""

        def back() -> None:
            on_left()
            window.show()
            window.activateWindow()

        self.expect_people(expected_people)
        self.left.connect(back)
        self.showFullScreen()
        self.activateWindow()
        window.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._hidden and not self._may_close:
            self._hidden = [
                window
                for window in QApplication.topLevelWidgets()
                if window is not self and window.isVisible() and not window.isAncestorOf(self)
            ]
            for window in self._hidden:
                window.hide()

    def _show_hidden(self) -> None:
        hidden, self._hidden = self._hidden, []
        for window in hidden:
            window.show()

    def _take_screen_back(self) -> None:
        if self._may_close or self.isActiveWindow():
            return
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            if _on_screen(self.pin_dialog):
                return
            # Hidden with the kiosk (the desktop shown, another desktop chosen): the
            # facilitator opens it again once the kiosk is back.
            self.pin_dialog.reject()
        if not _on_screen(self):
            # A window manager that shows the desktop or switches desktops unmaps the
            # window without telling Qt: it still says full screen, not minimised, and
            # asking to activate it does not map it. Mapped anew, it comes back on
            # the desktop in front of the person.
            self.hide()
            self.showFullScreen()
        elif self.isMinimized() or not self.isFullScreen():
            self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def forget(self) -> None:
        """Drop whatever the last person entered (subclasses); called when leaving."""

    def request_leave(self) -> None:
        self.pin_dialog = EnterPinDialog(self._pin, self)
        self.pin_dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.pin_dialog.installEventFilter(self)
        self.pin_dialog.accepted.connect(self._leave)
        self.pin_dialog.open()

    def _leave(self) -> None:
        self._next.stop()
        self._pause.stop()
        self._idle.stop()
        self._reclaim.stop()
        self._may_close = True
        self.forget()
        _clear_clipboard()
        self.close()
        self._show_hidden()
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
            event.type() == QEvent.Type.WindowStateChange
            and not self._may_close
            and (self.isMinimized() or not self.isFullScreen())
        ):
            # Minimising or un-maximising would uncover the desktop; a minimised
            # full-screen window still says isFullScreen(), so both are checked.
            QTimer.singleShot(0, self.showFullScreen)
        elif (
            event.type() == QEvent.Type.ActivationChange and not self._may_close and not self.isActiveWindow()
        ):
            self._reclaim.start()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # An explicit context: self.tr() in a base class would look the text up under
        # the subclass's name at run time.
        self._show_over_count()
        self.leave.setText(QCoreApplication.translate("LockedWindow", "Facilitator"))
        self.leave.setAccessibleName(
            QCoreApplication.translate("LockedWindow", "Leave the kiosk (facilitator PIN needed)")
        )


def _on_screen(widget: QWidget) -> bool:
    """Whether the window system shows ``widget``'s window (Qt's isVisible() says only
    that the app has not hidden it)."""
    handle = widget.windowHandle()
    return handle is not None and handle.isExposed()


def _clear_clipboard() -> None:
    """Forget what the app put on the clipboard or the X11 selection: the next person
    could paste the previous one's words."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
