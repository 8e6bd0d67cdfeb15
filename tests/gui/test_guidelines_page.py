import dataclasses

import pytest
from PySide6.QtCore import Qt
from qt_fixtures import change_unannounced

from philosophy_studio.domain.guideline_commands import SetGuidelineAnswer, UpdateBehaviour, UpdateMetric
from philosophy_studio.domain.model import GuidelineQuestion, Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.guidelines.guidelines_page import GuidelinesPage
from philosophy_studio.gui.steps.guidelines.metrics_box import is_speed_metric


def open_page(make_window, qtbot, language=Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.GUIDELINES)
    page = window.workshop_view.page_for[Step.GUIDELINES]
    assert isinstance(page, GuidelinesPage)
    return window, page


def test_the_chosen_values_are_listed_with_their_progress(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    chosen = window.session.workshop.chosen_values
    assert page.values.count() == len(chosen) == 5
    assert page.values.item(0).text().startswith(chosen[0].name)
    assert page.values.item(0).text().endswith("5/5")
    assert (
        page.questions[GuidelineQuestion.MEANING].editor.toPlainText()
        == chosen[0].guidelines[GuidelineQuestion.MEANING]
    )


def test_a_value_picked_in_the_navigator_opens_its_questions(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    window.workshop_view.navigator.select_step(Step.PERSONAS)
    third = window.session.workshop.chosen_values[2]
    navigator = window.workshop_view.navigator
    row = next(r for r in range(navigator.count()) if navigator.item(r).text().strip().startswith(third.name))
    navigator.setCurrentRow(row)
    assert window.workshop_view.current_page() is page
    assert page.values.currentRow() == 2
    assert page.value_name.text() == third.name


def test_answering_is_stored_and_undoable(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(2)
    card_id = window.session.workshop.chosen_values[2].id
    editor = page.questions[GuidelineQuestion.MISREADINGS].editor
    original = editor.toPlainText()
    editor.setPlainText("Ownership is not doing everything alone.")
    page.commit_pending()

    def stored():
        card = next(c for c in window.session.workshop.value_cards if c.id == card_id)
        return card.guidelines.get(GuidelineQuestion.MISREADINGS, "")

    qtbot.waitUntil(lambda: stored() == "Ownership is not doing everything alone.")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: stored() == original)
    assert editor.toPlainText() == original


def test_metrics_from_the_catalogue_and_the_speed_warning(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(0)
    card_id = window.session.workshop.chosen_values[0].id
    before = len(window.session.workshop.chosen_values[0].metrics)
    speed_action = next(a for a in page.metrics.menu.actions() if a.text().startswith("First response time"))
    speed_action.trigger()
    qtbot.waitUntil(lambda: page.metrics.table.rowCount() == before + 1)
    assert page.metrics.speed_warning.isVisible()
    assert "First response time" in page.metrics.speed_warning.text()
    page.metrics.table.item(before, 2).setText("under 2 hours")
    qtbot.waitUntil(
        lambda: (
            next(c for c in window.session.workshop.value_cards if c.id == card_id).metrics[before].target
            == "under 2 hours"
        )
    )
    page.metrics.table.setCurrentCell(before, 0)
    page.metrics.remove.click()
    qtbot.waitUntil(lambda: page.metrics.table.rowCount() == before)


def test_speed_metrics_are_recognised_in_both_languages() -> None:
    assert is_speed_metric("Average handle time")
    assert is_speed_metric("İlk yanıt süresi")
    assert not is_speed_metric("Customer satisfaction (CSAT)")
    assert not is_speed_metric("Müşteri memnuniyeti")


def test_do_and_dont_lists(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(1)
    listing = page.behaviours.lists[BehaviourKind.DONT]
    count = listing.count()
    page.behaviours.add[BehaviourKind.DONT].click()
    qtbot.waitUntil(lambda: listing.count() == count + 1)
    listing.item(count).setText("Promise what we cannot keep")
    qtbot.waitUntil(
        lambda: any(
            b.text == "Promise what we cannot keep"
            for b in window.session.workshop.chosen_values[1].behaviours
        )
    )
    listing.setCurrentRow(count)
    page.behaviours.remove[BehaviourKind.DONT].click()
    qtbot.waitUntil(lambda: listing.count() == count)


def shown_card(window, card_id):
    return next(c for c in window.session.workshop.value_cards if c.id == card_id)


def stored_card(window, card_id):
    """The card as the workshop file holds it, read by another connection."""
    from philosophy_studio.services.workshop_service import WorkshopService

    service = WorkshopService.open(window.session.path)
    try:
        return next(c for c in service.load().value_cards if c.id == card_id)
    finally:
        service.close()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_metric_someone_else_changed_meanwhile_offers_the_choice(make_window, qtbot, choice: str) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(0)
    card_id = window.session.workshop.chosen_values[0].id
    seen = window.session.workshop.chosen_values[0].metrics[0]
    theirs = dataclasses.replace(seen, target="4.9 of 5")
    change_unannounced(window, qtbot, UpdateMetric(theirs, expected=seen))

    page.metrics.table.item(0, 3).setText("Every Friday")
    qtbot.waitUntil(lambda: page.metrics.conflict is not None and page.metrics.conflict.isVisible())
    dialog = page.metrics.conflict
    assert "Target: 4.9 of 5" in dialog.theirs.toPlainText()
    assert f"Target: {seen.target}" in dialog.mine.toPlainText()
    assert "How often: Every Friday" in dialog.mine.toPlainText()
    assert stored_card(window, card_id).metrics[0] == theirs  # nothing was overwritten
    mine = dataclasses.replace(seen, frequency="Every Friday")
    if choice == "mine":
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda: shown_card(window, card_id).metrics[0] == mine)
        # Undo takes back the choice, to their version; redo makes it again.
        window.actions.undo.trigger()
        qtbot.waitUntil(lambda: shown_card(window, card_id).metrics[0] == theirs)
        assert page.metrics.table.item(0, 2).text() == "4.9 of 5"
        window.actions.redo.trigger()
        qtbot.waitUntil(lambda: shown_card(window, card_id).metrics[0] == mine)
    else:
        dialog.take_theirs.click()
        qtbot.waitUntil(lambda: page.metrics.table.item(0, 2).text() == "4.9 of 5")
        assert page.metrics.table.item(0, 3).text() == seen.frequency
        assert shown_card(window, card_id).metrics[0] == theirs
    # Later edits expect what is stored now: no further conflict.
    page.metrics.table.item(0, 0).setText("CSAT, renamed")
    qtbot.waitUntil(lambda: shown_card(window, card_id).metrics[0].name == "CSAT, renamed")
    assert not page.metrics.conflict.isVisible()


def test_quick_edits_of_one_row_do_not_conflict_with_each_other(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(0)
    card_id = window.session.workshop.chosen_values[0].id
    # Three cells edited before the first edit's result reaches the page.
    for column, text in ((1, "Survey after each chat"), (2, "4.7"), (3, "Weekly")):
        page.metrics.table.item(0, column).setText(text)
    qtbot.waitUntil(lambda: not window.session.is_saving)
    metric = shown_card(window, card_id).metrics[0]
    assert (metric.method, metric.target, metric.frequency) == ("Survey after each chat", "4.7", "Weekly")
    assert page.metrics.conflict is None


def test_a_behaviour_and_an_answer_someone_else_changed_offer_the_choice(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(1)
    card = window.session.workshop.chosen_values[1]
    behaviour = card.behaviours[0]
    change_unannounced(
        window, qtbot, UpdateBehaviour(behaviour.id, "Theirs: reply the same day", behaviour.text)
    )
    listing = page.behaviours.lists[behaviour.kind]
    item = next(listing.item(r) for r in range(listing.count()) if listing.item(r).text() == behaviour.text)
    item.setText("Mine: reply within the hour")
    qtbot.waitUntil(lambda: page.behaviours.conflict is not None and page.behaviours.conflict.isVisible())
    assert page.behaviours.conflict.theirs.toPlainText() == "Theirs: reply the same day"
    assert page.behaviours.conflict.mine.toPlainText() == "Mine: reply within the hour"
    page.behaviours.conflict.keep_mine.click()
    qtbot.waitUntil(
        lambda: any(b.text == "Mine: reply within the hour" for b in shown_card(window, card.id).behaviours)
    )

    question = GuidelineQuestion.EFFECT
    change_unannounced(
        window, qtbot, SetGuidelineAnswer(card.id, question, "Their answer.", card.guidelines[question])
    )
    editor = page.questions[question].editor
    editor.setPlainText("My answer.")
    page.commit_pending()
    qtbot.waitUntil(lambda: page.conflict is not None and page.conflict.isVisible())
    assert (page.conflict.theirs.toPlainText(), page.conflict.mine.toPlainText()) == (
        "Their answer.",
        "My answer.",
    )
    page.conflict.take_theirs.click()
    assert editor.toPlainText() == "Their answer."
    qtbot.waitUntil(lambda: shown_card(window, card.id).guidelines[question] == "Their answer.")


def open_editor(view):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLineEdit

    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert view.isAncestorOf(editor)
    return editor


def test_add_opens_an_empty_behaviour_for_typing_and_stores_it_once_written(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView

    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    page.values.setCurrentRow(1)
    card_id = window.session.workshop.chosen_values[1].id
    stored = shown_card(window, card_id).behaviours
    listing = page.behaviours.lists[BehaviourKind.DO]
    count = listing.count()
    page.behaviours.add[BehaviourKind.DO].click()
    assert listing.count() == count + 1
    assert listing.state() == QAbstractItemView.State.EditingState
    editor = open_editor(listing)
    assert editor.text() == ""
    editor.setText("Call back when we promised")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown_card(window, card_id).behaviours) == len(stored) + 1)
    added = [b for b in shown_card(window, card_id).behaviours if b not in stored]
    assert [(b.kind, b.text) for b in added] == [(BehaviourKind.DO, "Call back when we promised")]
    qtbot.waitUntil(lambda: listing.count() == count + 1)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: shown_card(window, card_id).behaviours == stored)


@pytest.mark.parametrize("leave", ["escape", "enter", "elsewhere"])
def test_a_behaviour_left_empty_is_never_stored(make_window, qtbot, leave: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    card_id = window.session.workshop.chosen_values[0].id
    stored = shown_card(window, card_id).behaviours
    listing = page.behaviours.lists[BehaviourKind.DONT]
    count = listing.count()
    page.behaviours.add[BehaviourKind.DONT].click()
    editor = open_editor(listing)
    if leave == "escape":
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    elif leave == "enter":
        editor.setText("   ")
        QTest.keyClick(editor, Qt.Key.Key_Return)
    else:
        page.questions[GuidelineQuestion.MEANING].editor.setFocus()
    qtbot.waitUntil(lambda: listing.count() == count)
    assert all(listing.item(row).text().strip() for row in range(listing.count()))
    # Nothing was sent to be stored: the undo stack has nothing new either.
    assert not window.session.undo_stack.canUndo()
    assert shown_card(window, card_id).behaviours == stored


def test_a_metric_of_our_own_opens_an_empty_name_and_is_stored_once_named(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    card_id = window.session.workshop.chosen_values[0].id
    stored = shown_card(window, card_id).metrics
    table = page.metrics.table
    own = page.metrics.menu.actions()[-1]
    assert own.text() == "A metric of our own"
    own.trigger()
    assert table.rowCount() == len(stored) + 1
    editor = open_editor(table)
    assert editor.text() == ""
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.rowCount() == len(stored))
    assert not window.session.undo_stack.canUndo()

    own.trigger()
    editor = open_editor(table)
    editor.setText("Geri arama sözü tutuldu mu")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown_card(window, card_id).metrics) == len(stored) + 1)
    assert shown_card(window, card_id).metrics[-1].name == "Geri arama sözü tutuldu mu"


def test_the_metric_cell_under_the_pointer_stays_while_a_name_is_edited(make_window, qtbot) -> None:
    from PySide6.QtCore import QPoint

    window, page = open_page(make_window, qtbot)
    table = page.metrics.table
    card_id = window.session.workshop.chosen_values[0].id
    # Near the left edge of the method cell, where a wider name column would reach.
    pointer = table.visualRect(table.model().index(0, 1)).topLeft() + QPoint(4, 4)
    assert (table.indexAt(pointer).row(), table.indexAt(pointer).column()) == (0, 1)
    table.item(0, 0).setText(
        "Müşterinin bir sonraki adımı bildiği görüşmelerin payı, aylık kalite örnekleminde"
    )
    qtbot.waitUntil(lambda: shown_card(window, card_id).metrics[0].name.startswith("Müşterinin"))
    assert (table.indexAt(pointer).row(), table.indexAt(pointer).column()) == (0, 1)


def test_the_value_list_and_the_navigator_follow_each_other(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    navigator = window.workshop_view.navigator
    chosen = window.session.workshop.chosen_values
    page.values.setCurrentRow(3)
    assert navigator.currentItem().data(Qt.ItemDataRole.UserRole + 1) == chosen[3].id
    assert window.workshop_view.current_page() is page
    row = next(
        r for r in range(navigator.count()) if navigator.item(r).text().strip().startswith(chosen[1].name)
    )
    navigator.setCurrentRow(row)
    assert page.values.currentRow() == 1
    assert page.value_name.text() == chosen[1].name


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_value_list_tells_a_screen_reader_how_many_questions_are_answered(
    make_window, qtbot, language: str
) -> None:
    window = make_window(language=language)
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.GUIDELINES)
    page = window.workshop_view.page_for[Step.GUIDELINES]
    card = window.session.workshop.chosen_values[0]
    spoken = page.values.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(card.name)
    expected = {"en": "5 of 5 questions answered", "tr": "5 sorudan 5 tanesi yanıtlandı"}[language]
    assert spoken.endswith(expected)


def test_a_change_stored_while_another_step_is_shown_leaves_the_navigator_there(make_window, qtbot) -> None:
    from philosophy_studio.domain.guideline_commands import AddBehaviour
    from philosophy_studio.domain.model import Behaviour, BehaviourKind

    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(2)
    navigator = window.workshop_view.navigator
    navigator.select_step(Step.CHARTER)
    card = window.session.workshop.chosen_values[2]
    window.session.execute(AddBehaviour(card.id, Behaviour(0, BehaviourKind.DO, "Ring back on time"), 0))
    qtbot.waitUntil(lambda: shown_card(window, card.id).behaviours[0].text == "Ring back on time")
    assert navigator.current_step() is Step.CHARTER
    assert navigator.currentItem().data(Qt.ItemDataRole.UserRole + 1) is None
    assert window.workshop_view.current_page() is window.workshop_view.page_for[Step.CHARTER]


def test_an_item_being_typed_survives_the_answer_stored_on_the_way_to_add(make_window, qtbot) -> None:
    """Typing an answer, then Add: the answer is stored as focus leaves it, and the
    snapshot that follows must not take away the new item's editor."""
    from PySide6.QtWidgets import QAbstractItemView

    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    card_id = window.session.workshop.chosen_values[0].id
    answer = page.questions[GuidelineQuestion.EFFECT].editor
    answer.setFocus()
    answer.setPlainText("Customers hear a plain answer the first time.")
    page.behaviours.add[BehaviourKind.DO].click()
    page.commit_pending()
    qtbot.waitUntil(
        lambda: (
            shown_card(window, card_id).guidelines[GuidelineQuestion.EFFECT]
            == "Customers hear a plain answer the first time."
        )
    )
    listing = page.behaviours.lists[BehaviourKind.DO]
    assert listing.state() == QAbstractItemView.State.EditingState
    open_editor(listing).setText("Say what happens next")

    own = page.metrics.menu.actions()[-1]
    answer.setFocus()
    answer.setPlainText("Customers hear a plain answer every time.")
    own.trigger()
    page.commit_pending()
    qtbot.waitUntil(
        lambda: (
            shown_card(window, card_id).guidelines[GuidelineQuestion.EFFECT]
            == "Customers hear a plain answer every time."
        )
    )
    assert page.metrics.table.state() == QAbstractItemView.State.EditingState
    assert page.metrics.table.rowCount() == len(shown_card(window, card_id).metrics) + 1


def test_add_twice_leaves_one_empty_item_open_for_typing(make_window, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    listing = page.behaviours.lists[BehaviourKind.DO]
    count = listing.count()
    page.behaviours.add[BehaviourKind.DO].click()
    page.behaviours.add[BehaviourKind.DO].click()
    assert listing.count() == count + 1
    assert listing.state() == QAbstractItemView.State.EditingState
    assert open_editor(listing).text() == ""


@pytest.mark.parametrize(
    "case",
    [
        ("en", Language.TURKISH, "Customer satisfaction (CSAT)", "Müşteri memnuniyeti (CSAT)"),
        ("tr", Language.ENGLISH, "Müşteri memnuniyeti (CSAT)", "Customer satisfaction (CSAT)"),
    ],
)
def test_a_metric_from_the_list_is_named_in_the_workshops_language(make_window, qtbot, case) -> None:
    """The charter speaks the workshop's language, whatever the interface's."""
    interface, workshop, offered, stored = case
    window = make_window(language=interface)
    window.open_demo(workshop)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.GUIDELINES)
    page = window.workshop_view.page_for[Step.GUIDELINES]
    page.values.setCurrentRow(1)
    card_id = window.session.workshop.chosen_values[1].id
    before = len(shown_card(window, card_id).metrics)
    next(a for a in page.metrics.menu.actions() if a.text() == offered).trigger()
    qtbot.waitUntil(lambda: len(shown_card(window, card_id).metrics) == before + 1)
    assert shown_card(window, card_id).metrics[-1].name == stored
