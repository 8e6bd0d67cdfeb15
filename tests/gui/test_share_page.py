from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from qt_fixtures import change_unannounced

from philosophy_studio.domain.model import Language, SharingChannel
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.share_page import SharePage


def open_page(make_window, qtbot):
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SHARE)
    page = window.workshop_view.page_for[Step.SHARE]
    assert isinstance(page, SharePage)
    return window, page


def test_commitments_per_chosen_value(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    chosen = window.session.workshop.chosen_values
    assert list(page._commitments) == [card.id for card in chosen]
    editor = page._commitments[chosen[0].id]
    assert editor.toPlainText() == chosen[0].leader_commitment
    editor.setPlainText("Liderler her pazartesi rakamları açıkça paylaşır.")
    page.commit_pending()
    qtbot.waitUntil(
        lambda: (
            window.session.workshop.chosen_values[0].leader_commitment
            == "Liderler her pazartesi rakamları açıkça paylaşır."
        )
    )
    window.actions.undo.trigger()
    qtbot.waitUntil(
        lambda: window.session.workshop.chosen_values[0].leader_commitment == chosen[0].leader_commitment
    )


def choose_channel(page, row: int, channel: SharingChannel) -> None:  # type: ignore[no-untyped-def]
    """As a user does: open the Where cell's list (F2 or a double click) and pick one."""
    page.plan.setCurrentCell(row, 0)
    page.plan.editItem(page.plan.item(row, 0))
    combo = page.plan.viewport().findChild(QComboBox)
    assert combo is not None
    assert combo.currentData() == page.plan.item(row, 0).data(Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(combo.findData(channel.value))
    combo.activated.emit(combo.currentIndex())


def test_the_sharing_plan_is_edited_in_its_table(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    count = page.plan.rowCount()
    assert count == len(window.session.workshop.sharing_plan)
    word_of_mouth = next(a for a in page.channel_menu.actions() if a.text() == "Word of mouth")
    word_of_mouth.trigger()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count + 1)
    page.plan.item(count, 2).setText("Müşteri ilişkileri ekibi")
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[-1].who == "Müşteri ilişkileri ekibi")
    choose_channel(page, count, SharingChannel.ADVERTISING)
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[-1].channel is SharingChannel.ADVERTISING)
    page.plan.setCurrentCell(count, 1)
    page.remove_item.click()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count + 1)
    assert window.session.workshop.sharing_plan[-1].who == "Müşteri ilişkileri ekibi"


def test_a_plan_item_and_a_commitment_someone_else_changed_offer_the_choice(make_window, qtbot) -> None:
    import dataclasses

    from philosophy_studio.domain.guideline_commands import SetLeaderCommitment, UpdateSharingItem

    window, page = open_page(make_window, qtbot)
    seen = window.session.workshop.sharing_plan[0]
    theirs = dataclasses.replace(seen, who="Onların ekibi", when="Cuma")
    change_unannounced(window, qtbot, UpdateSharingItem(theirs, expected=seen))
    choose_channel(page, 0, SharingChannel.WORD_OF_MOUTH)
    qtbot.waitUntil(lambda: page.conflict is not None and page.conflict.isVisible())
    assert "Who: Onların ekibi" in page.conflict.theirs.toPlainText()
    assert "Where: Word of mouth" in page.conflict.mine.toPlainText()
    assert f"Who: {seen.who}" in page.conflict.mine.toPlainText()
    page.conflict.take_theirs.click()
    qtbot.waitUntil(lambda: page.plan.item(0, 2).text() == "Onların ekibi")
    assert page.plan.item(0, 0).data(Qt.ItemDataRole.UserRole) == seen.channel.value
    assert window.session.workshop.sharing_plan[0] == theirs

    card = window.session.workshop.chosen_values[0]
    change_unannounced(window, qtbot, SetLeaderCommitment(card.id, "Onların sözü.", card.leader_commitment))
    editor = page._commitments[card.id]
    editor.setPlainText("Benim sözüm.")
    page.commit_pending()
    # The earlier dialog is closed: this is a new one.
    qtbot.waitUntil(lambda: page.conflict.isVisible() and page.conflict.mine.toPlainText() == "Benim sözüm.")
    assert page.conflict.theirs.toPlainText() == "Onların sözü."
    page.conflict.keep_mine.click()
    qtbot.waitUntil(lambda: window.session.workshop.chosen_values[0].leader_commitment == "Benim sözüm.")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.chosen_values[0].leader_commitment == "Onların sözü.")
    assert editor.toPlainText() == "Onların sözü."


def open_cell_editor(view):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLineEdit

    editor = QApplication.focusWidget()
    if isinstance(editor, QComboBox) and editor.isEditable():
        editor = editor.lineEdit()
    assert isinstance(editor, QLineEdit), editor
    assert view.isAncestorOf(editor)
    return editor


def test_adding_to_the_plan_opens_an_empty_what_for_typing(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    plan = window.session.workshop.sharing_plan
    count = page.plan.rowCount()
    website = next(a for a in page.channel_menu.actions() if a.text() == "Website and platforms")
    website.trigger()
    assert page.plan.rowCount() == count + 1
    assert (page.plan.currentRow(), page.plan.currentColumn()) == (count, 1)
    editor = open_cell_editor(page.plan)
    assert editor.text() == ""
    editor.setText("Değerlerimiz sayfası")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.session.workshop.sharing_plan) == len(plan) + 1)
    added = window.session.workshop.sharing_plan[-1]
    assert (added.channel, added.what, added.who) == (SharingChannel.WEBSITE, "Değerlerimiz sayfası", "")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan == plan)
    assert page.plan.rowCount() == count


def test_a_plan_item_left_empty_is_never_stored(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    count = page.plan.rowCount()
    for leave in ("escape", "tab through", "elsewhere"):
        page.channel_menu.actions()[0].trigger()
        editor = open_cell_editor(page.plan)
        if leave == "escape":
            QTest.keyClick(editor, Qt.Key.Key_Escape)
        elif leave == "tab through":
            # From What to Who to When, typing nothing; then out of the table.
            QTest.keyClick(editor, Qt.Key.Key_Tab)
            assert page.plan.rowCount() == count + 1
            QTest.keyClick(open_cell_editor(page.plan), Qt.Key.Key_Tab)
            QTest.keyClick(open_cell_editor(page.plan), Qt.Key.Key_Escape)
        else:
            page.add_item.setFocus()
        qtbot.waitUntil(lambda: page.plan.rowCount() == count)
    assert not window.session.undo_stack.canUndo()


def test_where_takes_a_place_of_the_teams_own(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from philosophy_studio.services.charter import CharterFormat, build_charter

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    original = window.session.workshop.sharing_plan[0]
    page.plan.setFocus()
    page.plan.setCurrentCell(0, 0)
    QTest.keyClick(page.plan, Qt.Key.Key_F2)
    editor = open_cell_editor(page.plan)
    # Entering the cell by keyboard selects its text, so typing replaces it.
    assert editor.selectedText() == editor.text() == "Customer interactions"
    editor.setText("Fatura zarfı")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[0].place == "Fatura zarfı")
    assert window.session.workshop.sharing_plan[0].channel is SharingChannel.OTHER
    assert page.plan.item(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Fatura zarfı"
    markdown = build_charter(window.session.workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    assert "Fatura zarfı" in markdown

    # A channel's own name, typed, is that channel again.
    page.plan.setCurrentCell(0, 0)
    QTest.keyClick(page.plan, Qt.Key.Key_F2)
    editor = open_cell_editor(page.plan)
    editor.setText("word of mouth")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[0].channel is SharingChannel.WORD_OF_MOUTH)
    assert window.session.workshop.sharing_plan[0].place == ""
    # Quick edits of one item merge into one step to undo.
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[0] == original)


def test_the_row_under_the_pointer_stays_while_the_plan_is_edited(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    page.plan.setFocus()
    page.plan.setCurrentCell(0, 1)
    pointer = page.plan.visualRect(page.plan.model().index(1, 2)).center()
    before = page.plan.indexAt(pointer)
    widget_before = page.plan.viewport().childAt(pointer)
    assert (before.row(), before.column()) == (1, 2)
    long_text = " ".join(["Her görüşmede vizyonumuzu ve geri arama sözümüzü anlatırız."] * 6)
    page.plan.item(0, 1).setText(long_text)
    place = "Fatura zarfı ve mahalle duyuru panoları"
    roles = {
        Qt.ItemDataRole.DisplayRole: place,
        Qt.ItemDataRole.UserRole: "other",
        Qt.ItemDataRole.UserRole + 1: place,
    }
    page.plan.model().setItemData(page.plan.model().index(0, 0), roles)
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[0].place.startswith("Fatura"))
    qtbot.wait(50)
    after = page.plan.indexAt(pointer)
    assert (after.row(), after.column()) == (1, 2)
    assert page.plan.viewport().childAt(pointer) is widget_before
    # Leaving the table gives each row the height its text needs.
    height = page.plan.rowHeight(0)
    page.add_item.setFocus()
    qtbot.waitUntil(lambda: page.plan.rowHeight(0) > height)


def test_a_plan_row_being_typed_survives_the_commitment_stored_on_the_way_to_add(make_window, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    window, page = open_page(make_window, qtbot)
    window.activateWindow()
    card = window.session.workshop.chosen_values[0]
    editor = page._commitments[card.id]
    editor.setFocus()
    editor.setPlainText("Liderler her sabah ilk aramayı kendileri karşılar.")
    page.channel_menu.actions()[1].trigger()
    page.commit_pending()
    qtbot.waitUntil(
        lambda: (
            window.session.workshop.chosen_values[0].leader_commitment
            == "Liderler her sabah ilk aramayı kendileri karşılar."
        )
    )
    assert page.plan.state() == QAbstractItemView.State.EditingState
    assert page.plan.rowCount() == len(window.session.workshop.sharing_plan) + 1
    open_cell_editor(page.plan).setText("Kampanya afişi")
