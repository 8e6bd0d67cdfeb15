from PySide6.QtCore import Qt

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.values_page import ValuesPage, initials


def open_page(make_window, qtbot, language=Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    assert isinstance(page, ValuesPage)
    return window, page


def test_type_and_enter_adds_a_card_and_undo_removes_it(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    count = page.board.count()
    page.new_value.setText("Sabır & <Patience>")
    page.new_value.returnPressed.emit()
    qtbot.waitUntil(lambda: page.board.count() == count + 1)
    # The demo's votes are shown, so the board adds the new card's dots (none).
    assert page.board.item(count).text() == "Sabır & <Patience>   · 0 dots"
    assert page.new_value.text() == ""
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.board.count() == count)


def test_editing_moving_and_deleting_a_card(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.board.setCurrentRow(3)
    card_id = page._card_id
    page.name.setText("Empathy for riders")
    page.name.commit()
    qtbot.waitUntil(lambda: any(c.name == "Empathy for riders" for c in window.session.workshop.value_cards))
    page.up.click()
    qtbot.waitUntil(lambda: window.session.workshop.value_cards[2].id == card_id)
    page.board.setCurrentRow(2)
    page.delete.click()
    qtbot.waitUntil(lambda: card_id not in {c.id for c in window.session.workshop.value_cards})
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: card_id in {c.id for c in window.session.workshop.value_cards})


def test_a_sixth_value_is_refused_with_the_reason(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    chosen_before = [c.id for c in window.session.workshop.chosen_values]
    assert len(chosen_before) == 5
    row = next(
        row
        for row in range(page.board.count())
        if page.board.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
        and page.board.item(row).checkState() == Qt.CheckState.Unchecked
    )
    page.board.item(row).setCheckState(Qt.CheckState.Checked)
    assert page.limit_note.isVisible()
    assert "five values or fewer" in page.limit_note.text()
    assert page.board.item(row).checkState() == Qt.CheckState.Unchecked
    assert [c.id for c in window.session.workshop.chosen_values] == chosen_before
    first_chosen = next(
        r for r in range(page.board.count()) if page.board.item(r).checkState() == Qt.CheckState.Checked
    )
    page.board.item(first_chosen).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(window.session.workshop.chosen_values) == 4)
    assert "4 of 5" in page.chosen.text()
    assert window.workshop_view.page_for[Step.GUIDELINES].values.count() == 5  # the dropped one stays, greyed


def test_the_set_name_and_initials(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot, Language.TURKISH)
    assert page.initials.text().endswith("SEZGİ")
    page.set_name.setText("SEZGİ+")
    page.set_name.commit()
    qtbot.waitUntil(lambda: window.session.workshop.value_set_name == "SEZGİ+")
    assert initials(("ılık", "İnce", "Straight")) == "ıİS"


def test_a_card_with_survey_evidence_shows_how_many_respondents_support_it(make_window, qtbot) -> None:
    from philosophy_studio.domain.analysis_commands import AddValueEvidence

    window, page = open_page(make_window, qtbot)
    card = window.session.workshop.value_cards[0]
    model = window.session.analysis
    before = model.analysis.support.get(card.id) if model.analysis else None
    window.session.execute(AddValueEvidence(card.id, "listened"))
    # The demo card has evidence already: wait for the analysis that includes the new word.
    qtbot.waitUntil(
        lambda: (
            "listened" in window.session.workshop.value_cards[0].evidence_terms
            and not model.is_running
            and model.analysis is not None
            and model.analysis.support.get(card.id) != before
        ),
        timeout=30_000,
    )
    expected = model.analysis.support[card.id]
    dots = window.session.workshop.voting_rounds[-1].tallies.get(card.id, 0)
    assert page.board.item(0).text() == f"{card.name}   · {dots} dots   · {expected} respondents"
    page.board.setCurrentRow(0)
    assert page.support.text().startswith("Survey evidence: ")
    assert f"listened. Used by {expected} respondents." in page.support.text()
    page.new_value.setText("Curiosity")
    page.new_value.returnPressed.emit()
    qtbot.waitUntil(lambda: window.session.workshop.value_cards[-1].name == "Curiosity")
    page.board.setCurrentRow(page.board.count() - 1)
    assert page.board.currentItem().text() == "Curiosity   · 0 dots"
    assert "No survey evidence yet" in page.support.text()


def test_a_card_others_were_merged_into_counts_their_dots_and_evidence(make_window, qtbot) -> None:
    window, page = open_values_with_analysis(make_window, qtbot)
    workshop = window.session.workshop
    target = next(c for c in workshop.value_cards if any(o.merged_into == c.id for o in workshop.value_cards))
    merged = [o for o in workshop.value_cards if o.merged_into == target.id]
    tallies = workshop.voting_rounds[-1].tallies
    dots = tallies.get(target.id, 0) + sum(tallies.get(o.id, 0) for o in merged)
    row = next(i for i, c in enumerate(page._cards) if c.id == target.id)
    assert f"   · {dots} dot" in page.board.item(row).text()
    support = window.session.analysis.analysis.support
    assert target.id in support and all(o.id not in support for o in merged)


def open_values_with_analysis(make_window, qtbot):
    window, page = open_page(make_window, qtbot)
    qtbot.waitUntil(
        lambda: window.session.analysis.analysis is not None and not window.session.analysis.is_running,
        timeout=30_000,
    )
    return window, page


def test_merge_a_card_into_another_and_split_it_off_again(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    workshop = window.session.workshop
    targets = {c.merged_into for c in workshop.value_cards}
    free = [
        row
        for row, c in enumerate(page._cards)
        if c.merged_into is None and c.selected_rank is None and c.id not in targets
    ]
    page.board.setCurrentRow(free[0])
    card, into = page._cards[free[0]], page._cards[free[1]]
    assert page.merge.isEnabled() and not page.split.isEnabled()
    page._fill_merge_menu()
    labels = [action.text() for action in page.merge_menu.actions()]
    assert into.name.replace("&", "&&") in labels and card.name not in labels
    page.merge_into(into.id)
    qtbot.waitUntil(lambda: next(c for c in page._cards if c.id == card.id).merged_into == into.id)
    page.board.setCurrentRow(next(i for i, c in enumerate(page._cards) if c.id == card.id))
    assert "merged into" in page.board.currentItem().text()
    assert page.split.isEnabled() and not page.merge.isEnabled()
    page.split.click()
    qtbot.waitUntil(lambda: next(c for c in page._cards if c.id == card.id).merged_into is None)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: next(c for c in page._cards if c.id == card.id).merged_into == into.id)


def test_hiding_the_cards_shows_only_that_they_exist_and_adding_still_works(make_window, qtbot) -> None:
    _window, page = open_page(make_window, qtbot)
    count = page.board.count()
    page.hide_texts.click()
    texts = [page.board.item(row).text() for row in range(page.board.count())]
    assert set(texts) == {"• • •"}
    assert not page.card_group.isVisibleTo(page)
    assert all(not page.board.item(row).toolTip() for row in range(count))
    page.new_value.setText("Curiosity")
    page.new_value.returnPressed.emit()
    qtbot.waitUntil(lambda: page.board.count() == count + 1)
    assert page.board.item(count).text() == "• • •"
    page.hide_texts.click()
    assert "Curiosity" in page.board.item(count).text()
    assert page.card_group.isVisibleTo(page)


def test_dragging_a_card_moves_it(make_window, qtbot) -> None:
    from PySide6.QtCore import QModelIndex

    window, page = open_page(make_window, qtbot)
    third = window.session.workshop.value_cards[2]
    assert page.board.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: window.session.workshop.value_cards[0].id == third.id)
    assert page._cards[0].id == third.id


def test_an_inspiration_example_in_the_workshop_language_becomes_a_card(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot, Language.TURKISH)
    assert page.inspiration.count() >= 20
    assert "Kişiye özel karşılama" in page.inspiration.item(0).text()
    count = len(window.session.workshop.value_cards)
    page.inspiration.setCurrentRow(0)
    page.copy_example.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == count + 1)
    card = window.session.workshop.value_cards[-1]
    assert card.name == "Kişiye özel karşılama" and card.description.startswith("Her görüşmeye")
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == count)


def test_similar_cards_are_suggested_and_merged_only_on_request(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import ValueCard
    from philosophy_studio.domain.value_commands import AddValueCard

    window, page = open_page(make_window, qtbot, Language.TURKISH)
    count = len(window.session.workshop.value_cards)
    window.session.execute(AddValueCard(ValueCard(id=0, name="Hızlı yanıt"), count))
    window.session.execute(AddValueCard(ValueCard(id=0, name="Çabuk cevap verme"), count + 1))
    qtbot.waitUntil(
        lambda: any("Çabuk cevap verme" in page.similar.item(i).text() for i in range(page.similar.count())),
        timeout=30_000,
    )
    assert page.similar_group.isVisibleTo(page)
    row = next(i for i in range(page.similar.count()) if "Çabuk cevap verme" in page.similar.item(i).text())
    cards = {c.name: c.id for c in window.session.workshop.value_cards}
    # Suggested, not merged.
    assert all(c.merged_into is None for c in window.session.workshop.value_cards if c.name == "Hızlı yanıt")
    page.similar.setCurrentRow(row)
    page.merge_similar.click()
    qtbot.waitUntil(
        lambda: any(c.merged_into is not None and c.id in (cards["Hızlı yanıt"], cards["Çabuk cevap verme"])
                    for c in window.session.workshop.value_cards)
    )  # fmt: skip
    page.hide_texts.click()
    assert not page.similar_group.isVisibleTo(page)
