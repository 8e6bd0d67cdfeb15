"""The ring around the control that Tab reached: there for the keyboard, not for clicks,
and never left behind by a control or a dialog that goes away."""

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.focus_ring import FocusRingFollower


def press_tab(window: QWidget) -> QWidget:
    tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.focusWidget(), tab)
    return window.focusWidget()


def around(ring: QWidget, control: QWidget) -> bool:
    """The ring encloses the control with its width to spare on every side."""
    control_rect = QRect(control.mapTo(ring.parentWidget(), control.rect().topLeft()), control.size())
    return ring.geometry().contains(control_rect) and ring.geometry() != control_rect and ring.isVisible()


def form(qtbot) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for name in ("first", "second"):
        edit = QLineEdit(dialog)
        edit.setObjectName(name)
        layout.addWidget(edit)
    layout.addWidget(QPushButton("OK", dialog))
    dialog.show()
    # Focus changes are announced only in the active window.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.findChild(QLineEdit, "first").setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog


def test_tab_puts_the_ring_round_the_control_it_reached(
    qtbot, focus_ring_as_in_the_app: FocusRingFollower
) -> None:  # type: ignore[no-untyped-def]
    dialog = form(qtbot)
    second = press_tab(dialog)
    assert second.objectName() == "second"
    ring = focus_ring_as_in_the_app.ring()
    assert ring is not None and around(ring, second)
    button = press_tab(dialog)
    assert isinstance(button, QPushButton)
    assert ring.widget() is button and around(ring, button)


def test_a_click_shows_no_ring(qtbot, focus_ring_as_in_the_app: FocusRingFollower) -> None:  # type: ignore[no-untyped-def]
    dialog = form(qtbot)
    second = press_tab(dialog)
    ring = focus_ring_as_in_the_app.ring()
    assert ring is not None and around(ring, second)
    first = dialog.findChild(QLineEdit, "first")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is first
    assert not ring.isVisible()


def test_the_ring_goes_with_the_dialog_it_was_in(qtbot, focus_ring_as_in_the_app: FocusRingFollower) -> None:  # type: ignore[no-untyped-def]
    dialog = form(qtbot)
    press_tab(dialog)
    assert focus_ring_as_in_the_app.ring() is not None
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: focus_ring_as_in_the_app.ring() is None)
    again = form(qtbot)
    second = press_tab(again)
    ring = focus_ring_as_in_the_app.ring()
    assert ring is not None and around(ring, second)


def test_the_ring_follows_tab_through_a_step_page(
    make_window, qtbot, focus_ring_as_in_the_app: FocusRingFollower
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workshop_view.navigator.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(12):
        control = press_tab(window)
        ring = focus_ring_as_in_the_app.ring()
        assert ring is not None and ring.widget() is control and around(ring, control)
