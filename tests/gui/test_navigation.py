from PySide6.QtCore import Qt

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step
from philosophy_studio.gui.steps.vision.vision_page import VisionPage


def open_demo(make_window, qtbot, language=Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    return window


def test_every_step_has_its_page_and_guidance(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot)
    pages = window.workshop_view.page_for
    assert list(pages) == list(STEP_ORDER)
    assert isinstance(pages[Step.VISION], VisionPage)
    for step in STEP_ORDER:
        page = pages[step]
        assert page.guidance.toPlainText().strip(), step


def test_keyboard_moves_between_steps(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot)
    navigator = window.workshop_view.navigator
    assert navigator.current_step() is Step.PERSONAS
    window.actions.next_step.trigger()
    assert navigator.current_step() is Step.VALUES
    assert window.workshop_view.pages.currentWidget() is window.workshop_view.page_for[Step.VALUES]
    window.actions.previous_step.trigger()
    window.actions.previous_step.trigger()
    assert navigator.current_step() is Step.PERSONAS
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Down)
    qtbot.keyClick(navigator, Qt.Key.Key_Down)
    assert navigator.current_step() is Step.SURVEY
    qtbot.keyClick(navigator, Qt.Key.Key_End)
    assert navigator.current_step() is Step.CUSTOMERS
    window.actions.go_to_step[STEP_ORDER.index(Step.VISION)].trigger()
    assert navigator.current_step() is Step.VISION


def test_shortcuts_are_bound(make_window) -> None:
    window = make_window()
    assert window.actions.next_step.shortcut().toString() == "Ctrl+PgDown"
    assert window.actions.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [key.toString() for key in window.actions.redo.shortcuts()]


def test_workshop_actions_are_off_without_a_workshop(make_window, qtbot) -> None:
    window = make_window()
    assert not window.actions.next_step.isEnabled()
    assert not window.actions.close_workshop.isEnabled()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    assert window.actions.next_step.isEnabled()


def test_each_chosen_value_shows_its_answered_questions_under_guidelines(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot)
    navigator = window.workshop_view.navigator
    chosen = window.session.workshop.chosen_values
    rows = [navigator.item(row).text().strip() for row in range(navigator.count())]
    guidelines = next(i for i, text in enumerate(rows) if text.startswith("5."))
    expected = [f"{card.name}  {card.answered_questions}/5" for card in chosen]
    assert rows[guidelines + 1 : guidelines + 1 + len(chosen)] == expected
    assert rows[guidelines + 1 + len(chosen)].startswith("6.")
    # Choosing a value's row opens Guidelines; the arrow keys still walk the steps.
    navigator.setCurrentRow(guidelines + 2)
    assert navigator.current_step() is Step.GUIDELINES
    assert window.workshop_view.pages.currentWidget() is window.workshop_view.page_for[Step.GUIDELINES]
    window.actions.next_step.trigger()
    assert navigator.current_step() is Step.SHARE
    window.actions.previous_step.trigger()
    window.actions.previous_step.trigger()
    assert navigator.current_step() is Step.VISION
