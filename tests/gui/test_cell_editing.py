"""Every editable table and list of the Guidelines and Share steps: a cell entered from
the keyboard (F2, or Tab from the cell before) has its whole text selected, so typing
replaces it rather than adding to its end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from philosophy_studio.domain.model import BehaviourKind, Language
from philosophy_studio.domain.steps import Step


def focused_text_editor(view: QAbstractItemView) -> QLineEdit:
    editor = QApplication.focusWidget()
    if isinstance(editor, QComboBox) and editor.isEditable():
        editor = editor.lineEdit()
    assert isinstance(editor, QLineEdit), editor
    assert view.isAncestorOf(editor)
    return editor


def views(window):  # type: ignore[no-untyped-def]
    guidelines = window.workshop_view.page_for[Step.GUIDELINES]
    share = window.workshop_view.page_for[Step.SHARE]
    return {
        "sharing plan": (Step.SHARE, share.plan, 4),
        "metrics": (Step.GUIDELINES, guidelines.metrics.table, 4),
        "do's": (Step.GUIDELINES, guidelines.behaviours.lists[BehaviourKind.DO], 1),
        "don'ts": (Step.GUIDELINES, guidelines.behaviours.lists[BehaviourKind.DONT], 1),
    }


@pytest.mark.parametrize("name", ["sharing plan", "metrics", "do's", "don'ts"])
def test_a_cell_entered_from_the_keyboard_has_its_text_selected(make_window, qtbot, name: str) -> None:
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    step, view, columns = views(window)[name]
    window.workshop_view.navigator.select_step(step)
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_F2)
    entered = []
    for _cell in range(columns + 1):
        editor = focused_text_editor(view)
        assert editor.text()
        assert editor.selectedText() == editor.text()
        entered.append(view.currentIndex())
        # Tab moves on to the next cell (the next row after the last column).
        QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert entered[-1].row() == 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.session.undo_stack.canUndo()


def test_escape_leaves_a_place_unchanged(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SHARE)
    plan = window.workshop_view.page_for[Step.SHARE].plan
    window.activateWindow()
    plan.setFocus()
    plan.setCurrentCell(0, 0)
    shown = plan.item(0, 0).text()
    QTest.keyClick(plan, Qt.Key.Key_F2)
    editor = focused_text_editor(plan)
    editor.setText("Shop window")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert plan.state() != QAbstractItemView.State.EditingState
    assert plan.item(0, 0).text() == shown
    assert not window.session.undo_stack.canUndo()
