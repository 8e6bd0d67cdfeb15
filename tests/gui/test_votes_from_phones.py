"""Votes from phones in the real window, and the results in presentation mode: the
ballot server the Values page starts, a real HTTP ballot, the live voter count, the
reveal of the dots, and the survey's words shown only above the threshold."""

from __future__ import annotations

import http.client
import re
from urllib.parse import urlencode, urlsplit

from test_phones import open_page as open_survey_page
from test_phones import refused

from philosophy_studio.domain.model import Language, VotingStatus
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.survey.page import SurveyPage
from philosophy_studio.gui.steps.values.values_page import ValuesPage

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
ROUND = re.compile(r'name="round" value="(\d+)"')


def send_ballot(url: str, dots: dict[int, int]) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        form = connection.getresponse().read().decode()
        fields = {"nonce": NONCE.search(form).group(1), "round": ROUND.search(form).group(1)}
        fields.update({f"c{card_id}": str(count) for card_id, count in dots.items()})
        connection.request(
            "POST", parts.path, urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def open_values(make_window, qtbot, language=Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    assert isinstance(page, ValuesPage)
    return window, page


def test_phones_vote_the_room_sees_the_count_then_the_dots(make_window, qtbot) -> None:
    window, page = open_values(make_window, qtbot)
    assert not page.voting.voting_phones.isEnabled()  # only an open round can be voted in
    page.voting.open_round.click()
    qtbot.waitUntil(page.voting.voting_phones.isEnabled)
    page.voting.voting_phones.click()
    qtbot.waitUntil(lambda: page.voting.phones.is_running)
    panel = page.voting.phone_panel
    assert panel.windowTitle() == "Votes from phones"
    assert panel.count.text() == "0 voters so far"
    assert "/v/" in page.voting.phones.url
    card = next(c for c in window.session.workshop.value_cards if c.merged_into is None)
    assert send_ballot(page.voting.phones.url, {card.id: 2}) == 200
    qtbot.waitUntil(lambda: panel.count.text() == "1 voter so far")

    panel.present.click()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    assert "Place your dots" in view.prompt.text() and "3 dots each" in view.prompt.text()
    assert view.count.text() == "1 voter so far"
    assert view.card.isVisibleTo(view) and not view.results.isVisibleTo(view)
    # Showing the results is the round's own reveal: the Values page follows.
    view.show_results.click()
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].revealed)
    assert view.results.isVisibleTo(view) and not view.card.isVisibleTo(view)
    assert view.top.text().replace("\u200b", "").splitlines() == [f"{card.name}: 2 dots"]
    assert page.voting.reveal.isChecked()
    page.voting.reveal.click()  # hidden again from the page: the projector hides them too
    qtbot.waitUntil(lambda: not view.results.isVisibleTo(view))
    assert view.card.isVisibleTo(view)
    view.close()

    url = page.voting.phones.url
    panel.close_survey.click()
    qtbot.waitUntil(lambda: not page.voting.phones.is_running)
    qtbot.waitUntil(lambda: window.session.workshop.voting_rounds[-1].status is VotingStatus.CLOSED)
    assert refused(url)


def test_closing_the_round_on_the_page_stops_the_ballot_server(make_window, qtbot) -> None:
    _window, page = open_values(make_window, qtbot, Language.TURKISH)
    page.voting.open_round.click()
    qtbot.waitUntil(page.voting.voting_phones.isEnabled)
    page.voting.voting_phones.click()
    qtbot.waitUntil(lambda: page.voting.phones.is_running)
    url = page.voting.phones.url
    page.voting.close_round.click()
    qtbot.waitUntil(lambda: not page.voting.phones.is_running)
    assert refused(url)


def test_the_survey_presentation_shows_the_words_only_above_the_threshold(
    make_window, qtbot, tmp_path
) -> None:
    _window, page, _path = open_survey_page(make_window, qtbot, tmp_path)
    page.present.click()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    view.show_results.click()
    assert view.results.isVisibleTo(view)
    qtbot.waitUntil(lambda: "appear from 5 respondents" in view.top.text())
    view.close()


def test_the_survey_presentation_shows_the_cloud_and_top_words(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    assert isinstance(page, SurveyPage)
    page.present.click()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    view.show_results.click()
    qtbot.waitUntil(lambda: window.analysis.analysis is not None, timeout=30_000)
    qtbot.waitUntil(lambda: "respondent" in view.top.text())
    terms = window.analysis.analysis.result.terms
    assert view.top.text().splitlines()[0].startswith(f"{terms[0].term}: ")
    assert len(view.top.text().splitlines()) == 5
    assert terms[0].term in view.cloud.placed_words
    view.show_results.click()
    assert not view.results.isVisibleTo(view)
    view.close()
