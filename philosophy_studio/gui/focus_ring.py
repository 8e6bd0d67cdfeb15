"""A focus ring that can be found from across the room.

Fusion marks the focused control with a one-pixel line in the highlight colour, which a
keyboard user at a projector loses the moment they look up. This ring is two pixels
wide, drawn just outside the control (so it covers no text), and appears only for
focus that arrived from the keyboard: someone who clicks sees nothing new.

QFocusFrame does the tracking (moves, resizes, hiding, the control's destruction); only
its painting is ours, as Fusion paints no focus frame of its own.

The follower is made before the first window shows, so this module names at import
time only what it needs to exist: PySide6 builds the Python enums of the Qt namespace
(~25 ms), QStyle (~9 ms) and the painting classes when they are first touched, and
the Start page must appear at once. They are touched on the first keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class FocusRing(QFocusFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.widget() is None:
            return
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QPainter, QPalette, QPen
        from PySide6.QtWidgets import QStyle, QStyleOption

        option = QStyleOption()
        option.initFrom(self)
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


class FocusRingFollower(QObject):
    """Puts the ring around whichever control takes keyboard focus."""

    def __init__(self, app: QApplication, *, follow_from_the_loop: bool = True) -> None:
        super().__init__(app)
        self.setObjectName("focusRingFollower")
        self._app = app
        self._ring: FocusRing | None = None
        self._following = False
        # Focus given before the event loop runs (the first window's) cannot come from
        # the keyboard, and judging it would touch the Qt namespace before the first
        # paint: following starts with the loop, or when follow() says (the app's
        # start: after the first window's first paint, as its activation in the loop's
        # first turn moves the focus too).
        if follow_from_the_loop:
            QTimer.singleShot(0, self, self.follow)

    def follow(self) -> None:
        """Follows the focus from now on."""
        if not self._following:
            self._following = True
            self._app.focusChanged.connect(self._follow)

    def ring(self) -> FocusRing | None:
        """The ring, while it exists; hidden when focus last came from a click."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def _follow(self, _previous: QWidget | None, focused: QWidget | None) -> None:
        ring = self.ring()
        if focused is None or not _from_the_keyboard(focused):
            if ring is not None:
                ring.setWidget(None)
            return
        # The ring is made among the control's siblings, so that it scrolls with the
        # control and dies with them (a closed dialog). Qt would otherwise move one
        # ring from parent to parent behind Python's back.
        if ring is None or ring.parentWidget() is not focused.parentWidget():
            if ring is not None:
                ring.setWidget(None)
                ring.deleteLater()
            ring = self._ring = FocusRing(focused.parentWidget())
        ring.setWidget(focused)


def _from_the_keyboard(widget: QWidget) -> bool:
    if widget.isWindow():
        return False
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = widget.window()
    if window.windowType() == Qt.WindowType.Popup:
        return False
    # Focus taken by a click arrives while the button is still down; the window's
    # attribute is Qt's own record that Tab or a shortcut has moved focus in it.
    return QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton and window.testAttribute(
        Qt.WidgetAttribute.WA_KeyboardFocusChange
    )
