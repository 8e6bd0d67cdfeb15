"""Nothing moves under the pointer on the Survey page: the analysis's progress, Cancel
and Analyse again take a place kept for them, so the word table stays where it is."""

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.survey.analysis_view import AnalysisView


def test_the_word_table_stays_in_place_while_the_analysis_runs(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1280, 720)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    model = view._model
    qtbot.waitUntil(lambda: model.analysis is not None and not model.is_running, timeout=30_000)
    QApplication.processEvents()
    table = view.words.viewport()
    pointer = table.mapTo(window, QPoint(table.width() // 2, 10))

    def in_place() -> bool:
        QApplication.processEvents()
        return (
            window.childAt(pointer) is table
            and table.mapTo(window, QPoint(table.width() // 2, 10)) == pointer
        )

    assert in_place()
    model.run_again()
    assert model.is_running and view.status.progress.isVisible()
    assert in_place()
    model.cancel()
    qtbot.waitUntil(lambda: not model.is_running, timeout=30_000)
    assert in_place()
    if model.cancelled:  # the run may have finished before the cancel reached it
        assert view.status.run_button.isVisible()
        view.status.run_button.click()
        assert in_place()
    qtbot.waitUntil(lambda: not model.is_running, timeout=30_000)
    assert in_place()
