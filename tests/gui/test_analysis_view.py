"""The word analysis on the Survey page: filled off the GUI thread from the demo
workshop, keyword in context, the facilitator's corrections with undo, "Make this a
value", cancelling, and hiding below the respondent threshold."""

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from tests_support import workshop_with_answers

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.widgets.analysis_view import AnalysisView, highlighted_html
from philosophy_studio.services import survey
from philosophy_studio.services.survey_evidence import Snippet
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


def analysed(view: AnalysisView, qtbot) -> None:
    qtbot.waitUntil(lambda: view._model.analysis is not None and not view._model.is_running, timeout=30_000)


def open_view(make_window, qtbot, language: Language = Language.TURKISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    assert view is not None, "the Survey page shows the analysis"
    analysed(view, qtbot)
    return window, view


def table_terms(view: AnalysisView) -> list[str]:
    return [view.words.item(row, 0).text() for row in range(view.words.rowCount())]


def select(view: AnalysisView, *terms: str) -> None:
    view.tabs.setCurrentWidget(view.words)
    view.words.clearSelection()
    selection = view.words.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(view.words.rowCount()):
        if view.words.item(row, 0).text() in terms:
            selection.select(view.words.model().index(row, 0), flags)


def test_the_demo_answers_fill_the_table_without_the_question_words(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    terms = table_terms(view)
    assert len(terms) > 10
    assert "müşteri" not in terms and "hizmet" not in terms
    excluded = [view.excluded.item(row, 0).text() for row in range(view.excluded.rowCount())]
    assert any(word.startswith("müşteri") for word in excluded)
    # Sorted by respondents, the headline figure, highest first.
    respondents = [int(view.words.item(row, 1).text()) for row in range(view.words.rowCount())]
    assert respondents == sorted(respondents, reverse=True)
    result = view._model.analysis.result
    assert view.words.item(0, 0).text() == result.terms[0].term
    assert view.chart.bars[0] == (result.terms[0].term, result.terms[0].respondents)
    assert view.cloud.placed_words[0] == result.terms[0].term
    assert "analysed" in view.summary.text()


def test_selecting_a_word_shows_the_answers_that_use_it(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    select(view, term.term)
    qtbot.waitUntil(lambda: "is used in" in view.context_heading.text())
    assert f"in {term.respondents} answer" in view.context_heading.text()
    # Every form and its count, one click away.
    form, uses = term.forms[0]
    assert view.context_heading.text().startswith(f"Forms: {form} ({uses})")
    html = view.context.toHtml()
    assert html.count("<u>") or "underline" in html
    assert view.context.toPlainText().count("\n") + 1 >= term.respondents


def test_keyword_in_context_escapes_markup() -> None:
    text = "<script>x</script> & hızlı"
    html = highlighted_html((Snippet(text, ((text.index("hızlı"), len(text)),)),))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b><u>hızlı</u></b>" in html


def test_merge_and_exclude_are_undoable(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    first_term, second_term = view._model.analysis.result.terms[:2]
    first, second = first_term.term, second_term.term
    before = table_terms(view)
    select(view, first, second)
    assert view.merge_button.isEnabled()
    view.merge_button.click()
    qtbot.waitUntil(lambda: len(table_terms(view)) == len(before) - 1, timeout=30_000)
    # The merged group holds every form of both (the rule names them by their forms).
    merged = next(t for t in view._model.analysis.result.terms if first_term.form in dict(t.forms))
    assert set(dict(second_term.forms)) <= set(dict(merged.forms))
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: sorted(table_terms(view)) == sorted(before), timeout=30_000)

    select(view, first)
    view.exclude_button.click()
    qtbot.waitUntil(lambda: first not in table_terms(view), timeout=30_000)
    view.tabs.setCurrentIndex(5)
    row = next(r for r in range(view.excluded.rowCount()) if view.excluded.item(r, 0).text() == first)
    view.excluded.selectRow(row)
    view.restore_button.click()
    qtbot.waitUntil(lambda: first in table_terms(view), timeout=30_000)
    assert window.session.workshop.analysis_rules == ()


def test_a_stopword_of_the_team_is_left_out_and_can_be_counted_again(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    word = view._model.analysis.result.terms[-1].term
    view.stopword.setText(word)
    view.add_stopword_button.click()
    qtbot.waitUntil(lambda: word not in table_terms(view), timeout=30_000)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: word in table_terms(view), timeout=30_000)


def test_make_this_a_value_adds_a_card_with_its_survey_support(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    cards_before = len(window.session.workshop.value_cards)
    select(view, term.term)
    view.make_value(term.term)
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == cards_before + 1, timeout=10_000)
    card = window.session.workshop.value_cards[-1]
    assert card.evidence_terms == (term.term,)
    assert card.name.casefold() != term.term or card.name[0].isupper()
    qtbot.waitUntil(lambda: card.id in view._model.analysis.support, timeout=30_000)
    assert view._model.analysis.support[card.id] == term.respondents
    # Evidence for an existing card, undoable.
    other = window.session.workshop.value_cards[0]
    phrase_or_word = view._model.analysis.result.terms[1].term
    view.add_evidence(other.id, phrase_or_word)
    qtbot.waitUntil(
        lambda: phrase_or_word in window.session.workshop.value_cards[0].evidence_terms, timeout=10_000
    )
    window.session.undo_stack.undo()
    qtbot.waitUntil(
        lambda: phrase_or_word not in window.session.workshop.value_cards[0].evidence_terms, timeout=10_000
    )


def test_the_question_words_switch_counts_them(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    view.keep_question_words.setChecked(True)
    qtbot.waitUntil(lambda: window.session.workshop.survey.keep_question_words, timeout=10_000)
    analysed(view, qtbot)
    qtbot.waitUntil(lambda: any(t.startswith("müşteri") for t in table_terms(view)), timeout=30_000)


def test_cancel_keeps_the_page_usable_and_it_can_run_again(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    model = view._model
    model.run_again()
    model.cancel()
    qtbot.waitUntil(lambda: not model.is_running, timeout=30_000)
    if model.cancelled:
        assert view.run_button.isVisibleTo(view)
        view.run_button.click()
        analysed(view, qtbot)
    assert view.words.rowCount() > 0


@pytest.fixture
def few_answers(tmp_path: Path) -> Path:
    path = tmp_path / "few.pstudio"
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="F", language=Language.ENGLISH))
    )
    survey.import_answers(service, survey.plan_import(("Kind people", "Fast help", "Kind and fast")))
    service.close()
    return path


def test_below_the_threshold_nothing_is_analysed(make_window, qtbot, few_answers: Path) -> None:
    window = make_window()
    window.open_location(str(few_answers))
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.withheld)
    assert "5 answers" in view.withheld.text() and "So far: 3" in view.withheld.text()
    assert view._model.analysis is None and view.words.rowCount() == 0


def test_a_word_group_can_be_renamed_and_the_rename_undone(make_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    select(view, term.term)
    assert view.rename_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("İlgi ve özen", True))
    view.rename_button.click()
    qtbot.waitUntil(lambda: "İlgi ve özen" in table_terms(view), timeout=30_000)
    renamed = next(t for t in view._model.analysis.result.terms if t.term == "İlgi ve özen")
    assert (renamed.respondents, renamed.forms) == (term.respondents, term.forms)
    assert view.cloud.placed_words.count("İlgi ve özen") == 1
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: term.term in table_terms(view), timeout=30_000)


def test_light_verbs_are_listed_as_excluded_and_the_switch_counts_them(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    excluded = view._model.analysis.result.excluded
    auxiliaries = [e.term for e in excluded if str(e.reason) == "auxiliary"]
    assert auxiliaries, "the demo answers use olmak, etmek or vermek"
    reasons = [view.excluded.item(row, 1).text() for row in range(view.excluded.rowCount())]
    assert "yardımcı ya da hafif fiil" in reasons or "auxiliary or light verb" in reasons
    view.keep_auxiliaries.setChecked(True)
    qtbot.waitUntil(lambda: auxiliaries[0].term in table_terms(view), timeout=30_000)
    view.keep_auxiliaries.setChecked(False)
    qtbot.waitUntil(lambda: auxiliaries[0].term not in table_terms(view), timeout=30_000)


def test_a_collocation_is_one_row_and_split_counts_its_words_apart(
    make_window, qtbot, tmp_path: Path
) -> None:
    answers = ["Hızlı ve güler yüzlü"] * 4 + ["Güler yüzlü bir ekip", "Sabırlı ve güler yüzlü", "Sabırlı"]
    path = workshop_with_answers(tmp_path / "friendly.pstudio", Language.TURKISH, answers)
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    analysed(view, qtbot)
    assert "güler yüzlü" in table_terms(view) and "güler" not in table_terms(view)
    select(view, "güler yüzlü")
    assert view.split_button.isEnabled()
    view.split_button.click()
    qtbot.waitUntil(lambda: "güler" in table_terms(view), timeout=30_000)
    assert "güler yüzlü" not in table_terms(view)


def test_themes_are_titled_by_their_words(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot, Language.ENGLISH)
    themes = view._model.analysis.result.themes
    assert themes, "the demo has enough answers for themes"
    text = view.themes.toPlainText()
    assert "Theme 1" not in text
    assert " · ".join(themes[0].terms[:3]) in text
