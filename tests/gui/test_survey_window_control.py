"""The Survey step's window control: the facilitator sets when the open survey takes
answers, in this computer's time; an end before the start is refused on the page;
undo and edits from elsewhere show; both languages."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime
from tests_support import workshop_with_answers

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.survey_commands import SetSurveyWindow
from philosophy_studio.gui.steps.survey.page import SurveyPage


def open_page(make_window, qtbot, tmp_path: Path):
    path = workshop_with_answers(tmp_path / "survey.pstudio", Language.ENGLISH, ())
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    assert isinstance(page, SurveyPage)
    return window, page


def local(year: int, month: int, day: int, hour: int, minute: int) -> QDateTime:
    return QDateTime(dt.datetime(year, month, day, hour, minute))


def as_stored(moment: QDateTime) -> dt.datetime:
    return moment.toPython().astimezone().astimezone(dt.UTC)


def test_the_window_is_set_on_the_page_and_stored(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)
    assert not page.opens.isChecked() and not page.opens_at.isEnabled()
    assert not page.closes.isChecked() and not page.closes_at.isEnabled()
    page.closes_at.setDateTime(local(2031, 3, 7, 18, 0))
    page.closes.setChecked(True)
    qtbot.waitUntil(lambda: window.session.workshop.survey.open_until is not None)
    assert window.session.workshop.survey.open_until == as_stored(local(2031, 3, 7, 18, 0))
    assert window.session.workshop.survey.open_from is None
    assert page.closes_at.isEnabled()

    page.opens_at.setDateTime(local(2031, 3, 1, 8, 30))
    page.opens.setChecked(True)
    qtbot.waitUntil(lambda: window.session.workshop.survey.open_from == as_stored(local(2031, 3, 1, 8, 30)))
    # The switch is the facilitator's own: the window alone does not open the survey.
    assert not window.session.workshop.survey.is_open

    # An end before the start: said on the page, nothing stored.
    page.closes_at.setDateTime(local(2031, 2, 1, 8, 0))
    page.closes_at.editingFinished.emit()
    assert page.status.isVisibleTo(page)
    assert "close after it opens" in page.status.text()
    assert window.session.workshop.survey.open_until == as_stored(local(2031, 3, 7, 18, 0))

    # Undo brings the page back to the stored window.
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: window.session.workshop.survey.open_from is None)
    assert not page.opens.isChecked()
    assert page.closes.isChecked()


def test_a_window_set_elsewhere_shows_in_local_time(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)
    opens = dt.datetime(2031, 5, 4, 6, 15, tzinfo=dt.UTC)
    window.session.execute(SetSurveyWindow(opens, None, survey_open=True))
    qtbot.waitUntil(page.opens.isChecked)
    assert page.is_open.isChecked()
    assert page.opens_at.dateTime().toPython() == opens.astimezone().replace(tzinfo=None)
    assert not page.closes.isChecked() and not page.closes_at.isEnabled()


def test_the_window_control_speaks_both_languages(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)
    english = (page.opens.text(), page.closes.text(), page.opens_at.accessibleName())
    assert english == ("Op&ens at", "Clo&ses at", "When the survey starts taking answers")
    window.switch_language(Language.TURKISH.value)
    qtbot.waitUntil(lambda: page.opens.text() != english[0])
    turkish = (page.opens.text(), page.closes.text(), page.opens_at.accessibleName())
    assert turkish == ("Açılış ta&rihi", "Kapanış tari&hi", "Anketin yanıt almaya başlayacağı an")
    window.switch_language(Language.ENGLISH.value)
    qtbot.waitUntil(lambda: page.opens.text() == english[0])
