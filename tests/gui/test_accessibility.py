"""Every interactive control on every screen has an accessible name: its own, its
button text, or a label that names it as buddy. Screen readers say nothing useful
about a control without one."""

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from widget_walk import INTERACTIVE, is_qt_internal

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if is_qt_internal(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            )
    return missing


def test_the_start_page_names_its_controls(make_window) -> None:
    window = make_window()
    QApplication.processEvents()
    assert unnamed_controls(window) == []


def test_every_step_page_names_its_controls(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    problems = {}
    for step in STEP_ORDER:
        window.workshop_view.navigator.select_step(step)
        QApplication.processEvents()
        missing = unnamed_controls(window)
        if missing:
            problems[step.value] = missing
    assert problems == {}
