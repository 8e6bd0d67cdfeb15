"""Nothing moves under the pointer on the Values board: typing a card's group leaves
the board as it is; the board regroups once the user leaves the field or presses Enter."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.values.values_page import ValuesPage
from philosophy_studio.gui.widgets.stored_typing import DEBOUNCE_MS
from philosophy_studio.gui.widgets.value_board import CARD_ID


def open_page(make_window, qtbot):
    window = make_window()
    window.resize(1280, 720)
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    assert isinstance(page, ValuesPage)
    QApplication.processEvents()
    return window, page


def card_under(board, point: QPoint) -> int | None:
    QApplication.processEvents()
    item = board.itemAt(point)
    return None if item is None else item.data(CARD_ID)


def test_typing_a_group_leaves_the_board_in_place_until_the_field_is_left(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    board = page.board_panel.board
    rows = board.card_rows()
    board.setCurrentRow(rows[0])
    card_id = board.current_card_id()
    # The pointer rests on the card below, where the next click would go.
    pointer = board.visualItemRect(board.item(rows[1])).center()
    aimed = card_under(board, pointer)
    assert aimed is not None and aimed != card_id
    cluster = page.card_editor.cluster
    cluster.setFocus()
    cluster.selectAll()
    qtbot.keyClicks(cluster, "Quick fixes")
    # Longer than typing waits to be stored.
    qtbot.wait(DEBOUNCE_MS + 400)
    window.runner.wait_idle()
    assert card_under(board, pointer) == aimed

    def stored_group() -> str:
        return next(c for c in window.session.workshop.value_cards if c.id == card_id).cluster

    assert stored_group() != "Quick fixes"
    # Enter is the explicit action: the card joins its new group.
    qtbot.keyClick(cluster, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_group() == "Quick fixes")
    qtbot.waitUntil(lambda: any(board.item(r).text() == "Quick fixes" for r in range(board.count())))
