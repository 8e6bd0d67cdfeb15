"""Value cards from phones in the real window: the board panel starts the brainstorm
server, a real HTTP post adds a card at the end of the board, the panel counts it, and
while the board's texts are hidden the room sees only that a card arrived."""

from __future__ import annotations

import http.client
import re
from urllib.parse import urlencode, urlsplit

from test_phones import refused
from test_votes_from_phones import open_values

NONCE = re.compile(r'name="nonce" value="([^"]+)"')


def send_card(url: str, name: str, meaning: str = "") -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        form = connection.getresponse().read().decode()
        fields = {"nonce": NONCE.search(form).group(1), "name": name, "meaning": meaning}
        connection.request(
            "POST", parts.path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_a_card_from_a_phone_lands_on_the_board_hidden_while_the_texts_are(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    board = page.board_panel
    before = len(window.session.workshop.value_cards)
    board.hide_texts.setChecked(True)
    board.cards_from_phones.click()
    qtbot.waitUntil(lambda: board.card_phones.is_running)
    panel = board.card_phone_panel
    assert panel.windowTitle() == "Value cards from phones"
    assert panel.count.text() == "0 cards from phones so far"
    assert not panel.close_survey.isVisibleTo(panel)
    # Nothing is drawn over the QR code, in the language with the longer texts either.
    window.switch_language("tr")
    qtbot.waitUntil(lambda: "kart" in panel.count.text())
    card = panel.card
    qtbot.waitUntil(lambda: card.qr.geometry().bottom() < card.scan_hint.geometry().top())
    window.switch_language("en")
    qtbot.waitUntil(lambda: panel.count.text() == "0 cards from phones so far")
    url = board.card_phones.url
    assert "/c/" in url

    assert send_card(url, "Sabır", "We let them finish") == 200
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == before + 1)
    added = window.session.workshop.value_cards[-1]
    assert (added.name, added.description) == ("Sabır", "We let them finish")
    qtbot.waitUntil(lambda: panel.count.text() == "1 card from phones so far")
    shown = [board.board.item(row).text() for row in range(board.board.count())]
    # Hidden: the projected board says a card is there, not what it says.
    assert not any("Sabır" in text for text in shown)
    board.hide_texts.setChecked(False)
    qtbot.waitUntil(
        lambda: any("Sabır" in board.board.item(row).text() for row in range(board.board.count()))
    )

    panel.stop_button.click()
    qtbot.waitUntil(lambda: not board.card_phones.is_running)
    assert refused(url)


def test_the_projector_shows_how_to_add_cards_while_the_brainstorm_runs(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    board = page.board_panel
    board.cards_from_phones.click()
    qtbot.waitUntil(lambda: board.card_phones.is_running)
    # The phones' panel stays open behind the projector (closing it ends the brainstorm).
    page.open_presentation()
    presentation = page.presentation
    try:
        assert presentation.card.scan_hint.text() == "Scan with your phone's camera to add a value"
        # The room is asked for cards, not for its dots.
        assert presentation.prompt.text().startswith("What should every customer feel from us")
        assert presentation.count.text() == "0 cards from phones so far"
        assert send_card(board.card_phones.url, "Sabır") == 200
        qtbot.waitUntil(lambda: presentation.count.text() == "1 card from phones so far")
        presentation.show_results.click()
        assert "Sabır" in [word for word, _count in presentation.cloud._words]
        cards = len(window.session.workshop.value_cards)
        assert presentation.top.text() == f"{cards} value cards on the board"

        # The board's texts hidden from the room: the projector counts the cards only.
        presentation.close()
        board.hide_texts.setChecked(True)
        page.open_presentation()
        assert presentation.results.isVisible() and presentation.cloud._words == ()
        assert presentation.top.text() == f"{cards} value cards on the board"

        # The brainstorm over, the projector shows the ballot's card again.
        presentation.close()
        board.card_phones.stop()
        qtbot.waitUntil(lambda: not board.card_phones.is_running)
        page.open_presentation()
        assert presentation.card.scan_hint.text() == "Scan with your phone's camera to vote"
        assert "Place your dots" in presentation.prompt.text()
        assert presentation.chart.isVisibleTo(presentation)
    finally:
        presentation.close()
