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


def test_the_dialogs_name_their_controls(make_window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    actions = window.actions
    problems: dict[str, list[str]] = {}
    inspected: list[str] = []

    def inspect_and_close() -> None:
        # Runs inside a dialog's own event loop when the action calls exec().
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, inspect_and_close)
            return
        for dialog in dialogs:
            inspected.append(type(dialog).__name__)
            missing = unnamed_controls(dialog)
            if missing:
                problems[type(dialog).__name__] = missing
            dialog.reject()

    for action in (
        actions.facilitator_guide,
        actions.tour,
        actions.shortcuts,
        actions.about,
        actions.backups,
        actions.connect_team_database,
    ):
        count = len(inspected)
        QTimer.singleShot(0, inspect_and_close)
        action.trigger()
        qtbot.waitUntil(lambda count=count: len(inspected) > count, timeout=5_000)
    assert len(set(inspected)) == 6
    assert problems == {}
