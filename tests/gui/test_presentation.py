"""Presentation mode for every step (View → Present this step, F5) and the countdown
length each step keeps in the workshop."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step


def open_demo(make_window, qtbot, language: str = "en"):
    window = make_window(language=language)
    window.open_demo(Language(language))
    qtbot.waitUntil(lambda: window.session.is_open)
    return window


def present(window, qtbot, step: Step):
    window.workshop_view.navigator.select_step(step)
    window.actions.present.trigger()
    view = window.workshop_view.page_for[step].presentation
    assert view is not None
    # A window shown again takes its full-screen state from the event loop.
    qtbot.waitUntil(lambda: view.isVisible() and bool(view.windowState() & Qt.WindowState.WindowFullScreen))
    return view


def test_every_step_can_be_presented_with_its_prompt(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot)
    workshop = window.session.workshop
    prompts = set()
    for step in STEP_ORDER:
        view = present(window, qtbot, step)
        assert view.prompt.text().strip(), step
        prompts.add(view.prompt.text())
        # The demo's facilitator set a length for most steps; the rest have five minutes.
        minutes = workshop.step_timers.get(step.value, 300) // 60
        assert view.clock.text() == f"{minutes}:00"
        # Only the survey and the voting have something arriving to count and reveal.
        collects = step in (Step.SURVEY, Step.VALUES)
        assert view.count.isVisibleTo(view) is collects
        assert view.show_results.isVisibleTo(view) is collects
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        assert not view.isVisible()
    assert len(prompts) == len(STEP_ORDER)
    # What the steps build on is on the screen, so the room need not remember it.
    chosen = [card.name for card in workshop.chosen_values]
    for step in (Step.VISION, Step.GUIDELINES, Step.SHARE):
        context = window.workshop_view.page_for[step].presentation.context.text()
        assert all(name in context for name in chosen)
        assert workshop.value_set_name in context
    personas = window.workshop_view.page_for[Step.PERSONAS].presentation.context.text()
    assert all(persona.name in personas for persona in workshop.personas)
    charter = window.workshop_view.page_for[Step.CHARTER].presentation.context.text()
    assert charter.replace("\u200b", "") == workshop.chosen_vision.text
    checkins = window.workshop_view.page_for[Step.CHECKINS].presentation.context.text()
    assert all(name in checkins for name in chosen)
    # And where the metrics stand, and the staff pulse: the demo's second check-in.
    assert checkins.replace("\u200b", "").endswith(
        "5 of 11 metrics on target\nSince the reading before: 7 better, 2 worse\n"
        "Staff pulse (14 answered): lived our values 3.7 of 5, leaders model them 3.5 of 5"
    )


def test_the_prompts_follow_the_interface_language(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot, language="tr")
    view = present(window, qtbot, Step.VISION)
    assert "Bir iki cümleyle" in view.prompt.text()
    assert view.minutes_label.text().replace("&", "").startswith("Süre")
    view.close()


def test_each_step_keeps_its_timer_length_in_the_workshop(make_window, qtbot, tmp_path) -> None:
    window = open_demo(make_window, qtbot)
    path = tmp_path / "timers.pstudio"
    shutil.copy(window.session.location, path)
    window.close()

    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    view = present(window, qtbot, Step.VISION)
    assert view.clock.text() == "20:00"
    view.minutes.setValue(12)
    assert view.clock.text() == "12:00"
    qtbot.waitUntil(lambda: window.session.workshop.step_timers.get("vision") == 720)
    view.close()
    # Another step has its own length.
    other = present(window, qtbot, Step.GUIDELINES)
    assert other.clock.text() == "40:00"
    other.close()
    window.close()

    reopened = make_window()
    reopened.open_location(str(path))
    qtbot.waitUntil(lambda: reopened.session.is_open)
    view = present(reopened, qtbot, Step.VISION)
    assert view.minutes.value() == 12
    assert view.clock.text() == "12:00"
    # Setting the length is an edit like any other: undo takes it back.
    view.minutes.setValue(15)
    qtbot.waitUntil(lambda: reopened.session.workshop.step_timers.get("vision") == 900)
    reopened.actions.undo.trigger()
    qtbot.waitUntil(lambda: reopened.session.workshop.step_timers.get("vision") == 720)
    assert view.minutes.value() == 12
    view.close()


def test_the_countdown_runs_on_while_the_facilitator_leaves_the_presentation(make_window, qtbot) -> None:
    window = open_demo(make_window, qtbot)
    view = present(window, qtbot, Step.PERSONAS)
    view.start_pause.click()
    assert view.countdown.is_running
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.countdown.is_running
    again = present(window, qtbot, Step.PERSONAS)
    assert again is view
    view.start_pause.click()
    assert not view.countdown.is_running
    view.close()
