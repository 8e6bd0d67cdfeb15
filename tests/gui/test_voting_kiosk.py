"""Dot voting from the Values step: open a round, staff vote one after another in the
locked kiosk, the tallies stay hidden until the facilitator shows them."""

from philosophy_studio.domain.model import Language, VotingStatus
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.kiosk.voting_kiosk import VotingKioskWindow
from philosophy_studio.gui.steps.values.values_page import ValuesPage

PIN = "97531"


def open_values(make_window, qtbot):
    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    assert isinstance(page, ValuesPage)
    return window, page


def test_staff_vote_in_the_kiosk_and_the_tallies_wait_for_the_reveal(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    rounds_before = len(window.session.workshop.voting_rounds)
    page.voting.dots_per_person.setValue(3)
    page.voting.max_per_card.setValue(2)
    page.voting.open_round.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.voting_rounds) == rounds_before + 1)
    latest = window.session.workshop.voting_rounds[-1]
    assert latest.status is VotingStatus.OPEN and not latest.revealed
    assert not page.voting.open_round.isEnabled() and page.voting.start_voting_kiosk.isEnabled()
    # Hidden: the new round is not revealed.
    assert not any(
        "dot" in page.board_panel.board.item(row).text() for row in range(page.board_panel.board.count())
    )

    page.voting.open_voting_kiosk()
    page.voting.pin_dialog.pin.setText(PIN)
    page.voting.pin_dialog.repeat.setText(PIN)
    page.voting.pin_dialog.accept()
    kiosk = page.voting.voting_kiosk
    assert isinstance(kiosk, VotingKioskWindow)
    assert not window.isVisible()
    first, second, *_ = kiosk.dots
    kiosk.dots[first].setValue(2)
    # Only one dot is left, so the second card cannot take two.
    kiosk.dots[second].setValue(2)
    assert kiosk.dots[second].value() == 1
    assert "0 dots left" in kiosk.remaining.text()
    kiosk.submit.click()
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
    kiosk.show_form()
    assert all(spin.value() == 0 for spin in kiosk.dots.values())
    kiosk.submit.click()
    assert kiosk.problem.isVisibleTo(kiosk)  # an empty ballot is not sent
    kiosk.dots[second].setValue(1)
    kiosk.submit.click()
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].voters == 2)
    assert window.session.workshop.voting_rounds[-1].tallies == {first: 2, second: 2}

    kiosk.request_leave()
    kiosk.pin_dialog.field.setText(PIN)
    kiosk.pin_dialog.accept()
    assert page.voting.voting_kiosk is None and window.isVisible()

    page.voting.reveal.click()
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].revealed)
    assert "2 dots" in page.board_panel.board.item(page.board_panel.board.row_of(first)).text()
    page.voting.close_round.click()
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].status is VotingStatus.CLOSED)
    assert page.voting.open_round.isEnabled() and "closed" in page.voting.voting_status.text()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].status is VotingStatus.OPEN)


def open_kiosk(window, page, qtbot) -> VotingKioskWindow:  # type: ignore[no-untyped-def]
    rounds_before = len(window.session.workshop.voting_rounds)
    page.voting.dots_per_person.setValue(3)
    page.voting.max_per_card.setValue(2)
    page.voting.open_round.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.voting_rounds) == rounds_before + 1)
    page.voting.open_voting_kiosk()
    page.voting.pin_dialog.pin.setText(PIN)
    page.voting.pin_dialog.repeat.setText(PIN)
    page.voting.pin_dialog.accept()
    kiosk = page.voting.voting_kiosk
    assert isinstance(kiosk, VotingKioskWindow)
    return kiosk


def leave(kiosk: VotingKioskWindow) -> None:
    kiosk.request_leave()
    kiosk.pin_dialog.field.setText(PIN)
    kiosk.pin_dialog.accept()


def test_the_ballot_has_large_buttons_not_spin_box_arrows(make_window, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox

    window, page = open_values(make_window, qtbot)
    kiosk = open_kiosk(window, page, qtbot)
    assert kiosk.findChildren(QAbstractSpinBox) == []
    first, second, *_ = kiosk.dots
    counter = kiosk.dots[first]
    for button in (counter.fewer, counter.more):
        assert button.width() >= 56 and button.height() >= 56, "a finger's width"
        assert button.accessibleName()
    assert not counter.fewer.isEnabled()
    counter.more.click()
    counter.more.click()
    assert counter.value() == 2 and not counter.more.isEnabled()  # at most two on one value
    kiosk.dots[second].more.click()
    assert "0 dots left" in kiosk.remaining.text()
    assert not kiosk.dots[second].more.isEnabled()  # no dots left
    counter.fewer.click()
    assert counter.value() == 1 and kiosk.dots[second].more.isEnabled()
    leave(kiosk)


def test_the_ballot_shows_the_cards_in_their_groups_as_the_board_does(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    board = page.board_panel.board
    on_board = [board.card_id_at(row) for row in board.card_rows()]
    merged = {card.id for card in window.session.workshop.value_cards if card.merged_into is not None}
    kiosk = open_kiosk(window, page, qtbot)
    assert list(kiosk.dots) == [card_id for card_id in on_board if card_id not in merged]
    clusters = list(
        dict.fromkeys(card.cluster for card in window.session.workshop.value_cards if card.cluster)
    )
    assert [heading.text() for heading in kiosk.group_headings] == [*clusters, "Not grouped yet"]
    leave(kiosk)


def test_the_dots_follow_the_keyboard_too(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window, page = open_values(make_window, qtbot)
    kiosk = open_kiosk(window, page, qtbot)
    counter = next(iter(kiosk.dots.values()))
    counter.setFocus()
    qtbot.keyClick(counter, Qt.Key.Key_Up)
    qtbot.keyClick(counter, Qt.Key.Key_Plus)
    assert counter.value() == 2 and not counter.more.isEnabled()
    qtbot.keyClick(counter, Qt.Key.Key_Down)
    assert counter.value() == 1
    qtbot.keyClick(counter, Qt.Key.Key_Minus)
    qtbot.keyClick(counter, Qt.Key.Key_Minus)
    assert counter.value() == 0
    leave(kiosk)


def test_the_voting_kiosk_is_left_with_the_recovery_code_when_wrong_pins_pause_it(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    kiosk = open_kiosk(window, page, qtbot)
    code = page.voting.pin_dialog.recovery_code.text()
    for _ in range(3):
        kiosk.request_leave()
        kiosk.pin_dialog.field.setText("0000")
        kiosk.pin_dialog.accept()
    # Paused: the dialog offers the recovery code (read from the screen, not the clock).
    assert kiosk.pin_dialog.recovery.isVisibleTo(kiosk.pin_dialog)
    kiosk.pin_dialog.recovery.setText(code)
    kiosk.pin_dialog.accept()
    assert page.voting.voting_kiosk is None and window.isVisible()
