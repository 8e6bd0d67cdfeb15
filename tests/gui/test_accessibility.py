"""Every interactive control on every screen has an accessible name: its own, its
button text, or a label that names it as buddy. Screen readers say nothing useful
about a control without one."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        # Parts Qt builds inside composite widgets (spin box editors, a combo's list,
        # scroll bars and table headers, which Qt's accessibility layer names itself).
        if (
            widget.objectName().startswith("qt_")
            or isinstance(widget, (QScrollBar, QHeaderView))
            or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
        ):
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
