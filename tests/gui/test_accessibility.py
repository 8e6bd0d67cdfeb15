"""Every interactive control on every screen has an accessible name: its own, its
button text, or a label that names it as buddy. Screen readers say nothing useful
about a control without one."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from widget_walk import INTERACTIVE, is_qt_internal

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step


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
    qtbot.waitUntil(lambda: window.session.is_open)
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
    qtbot.waitUntil(lambda: window.session.is_open)
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
        qtbot.waitUntil(lambda count=count: len(inspected) > count)
    assert len(set(inspected)) == 6
    assert problems == {}


def _shown_label(text: str) -> str:
    """What a voice-control user reads off a button: no accelerator mark, no trailing
    ellipsis or shortcut hint in parentheses."""
    label = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    label = re.sub(r"\s*\([^)]*\)$", "", label).rstrip("…").strip()
    return label.casefold()


def names_that_hide_their_label(root: QWidget) -> list[str]:
    """Buttons whose accessible name does not start with their visible label: voice
    control ("click Export PDF") cannot find them, and a screen reader says something
    else than the screen shows. The explanation belongs in the description."""
    hiding = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or is_qt_internal(button):
            continue
        label, name = _shown_label(button.text()), button.accessibleName().casefold()
        if label and name and not name.startswith(label):
            hiding.append(f"{button.text()!r} is announced as {button.accessibleName()!r}")
    return hiding


def focusable_unnamed_scroll_areas(root: QWidget) -> list[str]:
    """A page's scroll area that takes Tab focus says nothing to a screen reader (and
    Ctrl+4 lands on it); the fields inside take the focus instead."""
    return [
        f"scroll area in {type(area.parent()).__name__}"
        for area in root.findChildren(QScrollArea)
        if type(area) is QScrollArea
        and area.isVisibleTo(root)
        and area.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not area.accessibleName()
    ]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.TURKISH])
def test_every_step_announces_what_it_shows(make_window, qtbot, language: Language) -> None:
    window = make_window(language=language.value)
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    problems: dict[str, list[str]] = {}
    for step in STEP_ORDER:
        window.workshop_view.navigator.select_step(step)
        if step is Step.SURVEY:
            # The word analysis's own buttons are there once it has run: checked every time.
            qtbot.waitUntil(
                lambda: window.analysis.analysis is not None and not window.analysis.is_running,
                timeout=30_000,
            )
        QApplication.processEvents()
        found = names_that_hide_their_label(window) + focusable_unnamed_scroll_areas(window)
        if found:
            problems[step.value] = found
    assert problems == {}


def _owner_of(iface) -> str:  # type: ignore[no-untyped-def]
    """The widget a node belongs to: its own, or its nearest ancestor's."""
    node = iface
    while node is not None and node.object() is None:
        node = node.parent()
    widget = node.object() if node is not None else None
    return f"{type(widget).__name__} {widget.objectName()!r}" if widget is not None else "no widget"


def focused_nodes(root: QWidget) -> list[str]:
    """The nodes of the accessible tree that a screen reader hears as focused: those
    reporting the state, with no hidden ancestor (a closed combo box's list is not
    announced)."""
    from PySide6.QtGui import QAccessible

    found: list[str] = []

    def walk(iface) -> None:  # type: ignore[no-untyped-def]
        if iface is None or not iface.isValid():
            return
        state = iface.state()
        if state.invisible:
            return
        if state.focused:
            found.append(
                f"{iface.role().name} {iface.text(QAccessible.Text.Name)[:40]!r} in {_owner_of(iface)}"
            )
        for index in range(iface.childCount()):
            walk(iface.child(index))

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def _focus_problem(window: QWidget, where: str) -> str | None:
    found = focused_nodes(window)
    focus = QApplication.focusWidget()
    if len(found) > 1:
        return f"{where}: {len(found)} nodes report focus: {found}"
    if focus is None:
        return f"{where}: nothing has the focus, but {found} report it" if found else None
    expected = f"{type(focus).__name__} {focus.objectName()!r}"
    if not found:
        return f"{where}: focus is on {expected}, but no node reports it"
    if not found[0].endswith(f"in {expected}"):
        return f"{where}: focus is on {expected}, but {found[0]} reports it"
    return None


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.TURKISH])
def test_one_node_reports_the_focus_on_every_step(make_window, qtbot, language: Language) -> None:
    """Qt marks each list's and tab bar's current item focused, focus or not (and a tab
    widget or a text box's viewport with the control they hand the focus to): a screen
    reader heard of two to five focused nodes per step. Only the control with the
    keyboard focus (its current item, for a list) may say so, wherever the focus is."""
    from PySide6.QtWidgets import QAbstractItemView, QTabBar

    from philosophy_studio.gui.accessible_views import install_accessible_views

    install_accessible_views()  # as create_application() does
    window = make_window(language=language.value)
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    navigator = window.workshop_view.navigator
    problems: list[str] = []
    for step in STEP_ORDER:
        navigator.select_step(step)
        if step is Step.SURVEY:
            qtbot.waitUntil(
                lambda: window.analysis.analysis is not None and not window.analysis.is_running,
                timeout=30_000,
            )
        # Background work a step starts (the Values page's analysis, its similar cards)
        # rebuilds its lists when it ends: on a loaded machine that landed between
        # leaving a list and coming back to it, and the list came back rebuilt.
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
        navigator.setFocus()
        QApplication.processEvents()
        problems.append(_focus_problem(window, f"{step.value}, steps list focused"))
        # Every control of the page in turn; a tab widget's bar is Qt's part, but it
        # takes the focus and has a current tab.
        controls = [
            widget
            for widget in window.workshop_view.current_page().findChildren(QWidget)
            if widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and (isinstance(widget, QTabBar) or not is_qt_internal(widget))
        ]
        lists = [widget for widget in controls if isinstance(widget, QAbstractItemView | QTabBar)]
        announced = []
        for widget in controls:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            problems.append(_focus_problem(window, f"{step.value}, {type(widget).__name__} focused"))
            if widget in lists:
                announced.append(focused_nodes(window))
        # Back in each list, the focus is on the item it was on.
        for widget, before in zip(lists, announced, strict=True):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            if focused_nodes(window) != before:
                problems.append(f"{step.value}: back in {type(widget).__name__}, {focused_nodes(window)}")
        navigator.setFocus()
    assert [problem for problem in problems if problem] == []
