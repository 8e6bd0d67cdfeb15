"""The word analysis on the Survey page: filled off the GUI thread from the demo
workshop, keyword in context, the facilitator's corrections with undo, "Make this a
value", cancelling, and hiding below the respondent threshold."""

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QTableView
from tests_support import workshop_with_answers

from philosophy_studio.analysis.keyword_context import Snippet
from philosophy_studio.domain.analysis_commands import AddAnalysisRule
from philosophy_studio.domain.model import Language, RuleKind, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.survey.analysis_view import AnalysisView
from philosophy_studio.gui.steps.survey.keyword_in_context import highlighted_html
from philosophy_studio.gui.steps.survey.word_table import CountRow, CountTable
from philosophy_studio.services import survey
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


def analysed(view: AnalysisView, qtbot) -> None:
    qtbot.waitUntil(lambda: view._model.analysis is not None and not view._model.is_running, timeout=30_000)


def open_view(make_window, qtbot, language: Language = Language.TURKISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    assert view is not None, "the Survey page shows the analysis"
    analysed(view, qtbot)
    return window, view


def column(table: QTableView, number: int) -> list[str]:
    """A column's texts in the order the table shows them."""
    model = table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def table_terms(view: AnalysisView) -> list[str]:
    return column(view.words, 0)


def select(view: AnalysisView, *terms: str) -> None:
    view.tabs.setCurrentWidget(view.words)
    view.words.clearSelection()
    selection = view.words.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, term in enumerate(table_terms(view)):
        if term in terms:
            selection.select(view.words.model().index(row, 0), flags)


def test_the_demo_answers_fill_the_table_without_the_question_words(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    terms = table_terms(view)
    assert len(terms) > 10
    assert "müşteri" not in terms and "hizmet" not in terms
    excluded = column(view.excluded.table, 0)
    assert any(word.startswith("müşteri") for word in excluded)
    # Sorted by respondents, the headline figure, highest first.
    respondents = [int(text) for text in column(view.words, 1)]
    assert respondents == sorted(respondents, reverse=True)
    result = view._model.analysis.result
    assert table_terms(view)[0] == result.terms[0].term
    assert view.chart.bars[0] == (result.terms[0].term, result.terms[0].respondents)
    assert view.cloud.placed_words[0] == result.terms[0].term
    assert "analysed" in view.status.summary.text()


def test_selecting_a_word_shows_the_answers_that_use_it(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    select(view, term.term)
    context = view.keyword_in_context
    qtbot.waitUntil(lambda: "is used in" in context.heading.text())
    assert f"in {term.respondents} answer" in context.heading.text()
    # Every form and its count, one click away.
    form, uses = term.forms[0]
    assert context.heading.text().startswith(f"Forms: {form} ({uses})")
    html = context.answers.toHtml()
    assert html.count("<u>") or "underline" in html
    assert context.answers.toPlainText().count("\n") + 1 >= term.respondents


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
    assert view.corrections.merge_button.isEnabled()
    view.corrections.merge_button.click()
    qtbot.waitUntil(lambda: len(table_terms(view)) == len(before) - 1, timeout=30_000)
    # The merged group holds every form of both (the rule names them by their forms).
    merged = next(t for t in view._model.analysis.result.terms if first_term.form in dict(t.forms))
    assert set(dict(second_term.forms)) <= set(dict(merged.forms))
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: sorted(table_terms(view)) == sorted(before), timeout=30_000)

    select(view, first)
    view.corrections.exclude_button.click()
    qtbot.waitUntil(lambda: first not in table_terms(view), timeout=30_000)
    view.tabs.setCurrentIndex(5)
    view.excluded.table.selectRow(column(view.excluded.table, 0).index(first))
    view.excluded.restore_button.click()
    qtbot.waitUntil(lambda: first in table_terms(view), timeout=30_000)
    assert window.session.workshop.analysis_rules == ()


def test_a_stopword_of_the_team_is_left_out_and_can_be_counted_again(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    word = view._model.analysis.result.terms[-1].term
    view.excluded.stopword.setText(word)
    view.excluded.add_stopword_button.click()
    qtbot.waitUntil(lambda: word not in table_terms(view), timeout=30_000)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: word in table_terms(view), timeout=30_000)


def test_make_this_a_value_adds_a_card_with_its_survey_support(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    cards_before = len(window.session.workshop.value_cards)
    select(view, term.term)
    view.make_value_button.make_value(term.term)
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == cards_before + 1)
    card = window.session.workshop.value_cards[-1]
    assert card.evidence_terms == (term.term,)
    assert card.name.casefold() != term.term or card.name[0].isupper()
    qtbot.waitUntil(lambda: card.id in view._model.analysis.support, timeout=30_000)
    assert view._model.analysis.support[card.id] == term.respondents
    # Evidence for an existing card, undoable.
    other = window.session.workshop.value_cards[0]
    phrase_or_word = view._model.analysis.result.terms[1].term
    view.make_value_button.add_evidence(other.id, phrase_or_word)
    qtbot.waitUntil(lambda: phrase_or_word in window.session.workshop.value_cards[0].evidence_terms)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: phrase_or_word not in window.session.workshop.value_cards[0].evidence_terms)


def test_the_question_words_switch_counts_them(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    view.status.keep_question_words.setChecked(True)
    qtbot.waitUntil(lambda: window.session.workshop.survey.keep_question_words)
    analysed(view, qtbot)
    qtbot.waitUntil(lambda: any(t.startswith("müşteri") for t in table_terms(view)), timeout=30_000)


def test_cancel_keeps_the_page_usable_and_it_can_run_again(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot)
    model = view._model
    model.run_again()
    model.cancel()
    qtbot.waitUntil(lambda: not model.is_running, timeout=30_000)
    if model.cancelled:
        assert view.status.run_button.isVisibleTo(view)
        view.status.run_button.click()
        analysed(view, qtbot)
    assert view.words.model().rowCount() > 0


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
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    withheld = view.status.withheld
    qtbot.waitUntil(lambda: view.stack.currentWidget() is withheld)
    assert "5 answers" in withheld.text() and "So far: 3" in withheld.text()
    assert view._model.analysis is None and view.words.model().rowCount() == 0


def test_a_word_group_can_be_renamed_and_the_rename_undone(make_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    select(view, term.term)
    assert view.corrections.rename_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("İlgi ve özen", True))
    view.corrections.rename_button.click()
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
    reasons = column(view.excluded.table, 1)
    assert "yardımcı ya da hafif fiil" in reasons or "auxiliary or light verb" in reasons
    view.excluded.keep_auxiliaries.setChecked(True)
    qtbot.waitUntil(lambda: auxiliaries[0].term in table_terms(view), timeout=30_000)
    view.excluded.keep_auxiliaries.setChecked(False)
    qtbot.waitUntil(lambda: auxiliaries[0].term not in table_terms(view), timeout=30_000)


def test_a_collocation_is_one_row_and_split_counts_its_words_apart(
    make_window, qtbot, tmp_path: Path
) -> None:
    answers = ["Hızlı ve güler yüzlü"] * 4 + ["Güler yüzlü bir ekip", "Sabırlı ve güler yüzlü", "Sabırlı"]
    path = workshop_with_answers(tmp_path / "friendly.pstudio", Language.TURKISH, answers)
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    view = window.findChild(AnalysisView)
    analysed(view, qtbot)
    assert "güler yüzlü" in table_terms(view) and "güler" not in table_terms(view)
    select(view, "güler yüzlü")
    assert view.corrections.split_button.isEnabled()
    view.corrections.split_button.click()
    qtbot.waitUntil(lambda: "güler" in table_terms(view), timeout=30_000)
    assert "güler yüzlü" not in table_terms(view)


def test_themes_are_titled_by_their_words(make_window, qtbot) -> None:
    _window, view = open_view(make_window, qtbot, Language.ENGLISH)
    themes = view._model.analysis.result.themes
    assert themes, "the demo has enough answers for themes"
    text = view.themes.toPlainText()
    assert "Theme 1" not in text
    assert " · ".join(themes[0].terms[:3]) in text


def test_switching_language_only_changes_texts(make_window, qtbot, monkeypatch) -> None:
    # A retranslation used to look for the selected word's answers again, which failed
    # with "the task runner is shut down" when the language was reset as a window closed.
    window, view = open_view(make_window, qtbot)
    term = view._model.analysis.result.terms[0]
    select(view, term.term)
    context = view.keyword_in_context
    qtbot.waitUntil(lambda: "is used in" in context.heading.text())
    qtbot.waitUntil(lambda: not window.session.runner.busy)
    answers = context.answers.toPlainText()
    jobs: list[object] = []
    runner = window.session.runner
    for name in ("run_heavy", "run_db"):
        monkeypatch.setattr(runner, name, lambda *args, name=name, **kwargs: jobs.append(name))

    window.switch_language("tr")
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Kelimeler")
    assert view.words.model().headerData(0, Qt.Orientation.Horizontal) == "Kelime"
    assert context.heading.text().startswith("Biçimleri:")
    window.switch_language("en")
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Words")
    assert jobs == [] and not view._model.is_running
    # Still showing what it showed, in English again.
    assert context.heading.text().startswith("Forms:") and f"in {term.respondents} answer" in (
        context.heading.text()
    )
    assert context.answers.toPlainText() == answers
    assert view.words.selected_labels() == [term.term]
    assert "analysed" in view.status.summary.text()


def test_tables_sort_numbers_as_numbers_and_words_alphabetically_in_turkish(qapp) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    try:
        table = CountTable(phrases=False, name="words")
        rows = [("zaman", 9), ("çay", 10), ("ılık", 2), ("inanç", 100)]
        table.counts.show_rows([CountRow(word, people, people, ()) for word, people in rows], 100)
        assert column(table, 0) == ["inanç", "çay", "zaman", "ılık"]
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert column(table, 0) == ["çay", "ılık", "inanç", "zaman"]
    finally:
        QLocale.setDefault(previous)


def test_selected_words_stay_selected_while_they_are_in_the_analysis(make_window, qtbot) -> None:
    window, view = open_view(make_window, qtbot)
    kept, dropped, other = view._model.analysis.result.terms[:3]
    select(view, kept.term, dropped.term)
    # Another word leaves the analysis: the selection stays.
    window.session.execute(AddAnalysisRule(RuleKind.EXCLUDE, (other.form,)))
    qtbot.waitUntil(lambda: other.term not in table_terms(view), timeout=30_000)
    assert set(view.words.selected_labels()) == {kept.term, dropped.term}
    # A selected word that leaves is no longer selected; the answers beside follow the
    # one still selected.
    window.session.execute(AddAnalysisRule(RuleKind.EXCLUDE, (dropped.form,)))
    qtbot.waitUntil(lambda: dropped.term not in table_terms(view), timeout=30_000)
    assert view.words.selected_labels() == [kept.term]
    qtbot.waitUntil(lambda: f"“{kept.term}” is used in" in view.keyword_in_context.heading.text())
