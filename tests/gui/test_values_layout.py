"""The Values page at 1200 pixels: the board beside one of the selected value, the
voting and the examples at a time, each with the column's height; and none of the
Personas, Values and Survey pages widens the window."""

import pytest
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step

MY_STEPS = (Step.PERSONAS, Step.VALUES, Step.SURVEY)


def settled(window) -> None:  # type: ignore[no-untyped-def]
    window.runner.wait_idle()
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_steps_leave_the_window_its_width(make_window, qtbot, language) -> None:
    window = make_window(language=language)
    window.resize(1200, 720)
    window.open_demo(Language(language))
    qtbot.waitUntil(lambda: window.session.is_open)
    settled(window)
    needed = window.minimumSizeHint().width()
    for step in MY_STEPS:
        window.workshop_view.navigator.select_step(step)
        settled(window)
        assert window.width() == 1200, step
        assert window.minimumSizeHint().width() <= needed, f"{step.value} asks for more width"


def test_the_examples_stay_inside_their_tab(make_window, qtbot) -> None:
    window = make_window(language="tr")
    window.resize(1200, 720)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    page.side_tabs.setCurrentWidget(page.inspiration)
    settled(window)
    examples = page.inspiration.examples
    assert examples.isVisible() and examples.count() > 0
    bottom = examples.mapTo(window, examples.rect().bottomLeft()).y()
    assert bottom < window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y()
    # The other tabs hold the card editor and the voting, each on its own.
    page.side_tabs.setCurrentIndex(0)
    settled(window)
    assert page.card_editor.isVisible() and not page.voting.isVisible()
    page.side_tabs.setCurrentIndex(1)
    settled(window)
    assert page.voting.isVisible() and not page.card_editor.isVisible() and not examples.isVisible()
