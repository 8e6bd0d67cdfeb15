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
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
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
