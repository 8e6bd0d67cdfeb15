"""The staff pulse of a check-in in the window: the kiosk stores each person's answers
before its thanks and empties the form, a failed save keeps everything on it, and the
Check-ins step shows the results only from the survey's minimum number of respondents
on, staff's examples as plain text; phones answer the pulse over real HTTP."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.client
import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from phone_crowd import ServiceProcess, free_port
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from tests_support import Refusal

from philosophy_studio.domain.model import Language, PulseRating, PulseResponse
from philosophy_studio.domain.pulse import pulse_response
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.kiosk.pulse_kiosk import PulseKioskWindow
from philosophy_studio.gui.phones.join_card import JoinCard
from philosophy_studio.gui.steps.checkins.checkins_page import CheckInsPage
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

PIN = "4071"
NONCE = re.compile(r'name="nonce" value="([^"]+)"')
HOSTILE = '<img src="x"> =HYPERLINK("http://x") \u202eevil\u202c 🙂\x07 <b>bold</b>'


def pulse_file(tmp_path: Path, responses: tuple[PulseResponse, ...] = (), minimum: int = 5) -> str:
    workshop = demo_workshop(Language.ENGLISH)
    workshop = dataclasses.replace(
        workshop,
        pulse_responses=responses,
        survey=dataclasses.replace(workshop.survey, min_respondents=minimum),
    )
    location = str(tmp_path / "pulse.pstudio")
    WorkshopService.create(location, workshop).close()
    return location


def open_page(make_window, qtbot, location: str, row: int = 0):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_location(location)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHECKINS)
    page = window.workshop_view.page_for[Step.CHECKINS]
    assert isinstance(page, CheckInsPage)
    page.plan.table.selectRow(row)
    return window, page


def stored(path: str) -> tuple[PulseResponse, ...]:
    with WorkshopService.open(path) as service:
        return service.load().pulse_responses


def start_kiosk(window, page, qtbot) -> PulseKioskWindow:  # type: ignore[no-untyped-def]
    page.pulse.start_kiosk.click()
    page.pulse.pin_dialog.pin.setText(PIN)
    page.pulse.pin_dialog.repeat.setText(PIN)
    page.pulse.pin_dialog.accept()
    kiosk = page.pulse.kiosk
    assert isinstance(kiosk, PulseKioskWindow)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return kiosk


def leave(kiosk: PulseKioskWindow) -> None:
    kiosk.request_leave()
    kiosk.pin_dialog.field.setText(PIN)
    kiosk.pin_dialog.accept()


def test_the_kiosk_stores_each_persons_pulse_before_the_thanks_and_empties_the_form(
    make_window, qtbot, tmp_path: Path
) -> None:
    location = pulse_file(tmp_path)
    window, page = open_page(make_window, qtbot, location)
    day = page.plan.chosen_checkin().day
    kiosk = start_kiosk(window, page, qtbot)
    assert kiosk.isFullScreen() and not window.isVisible()
    chosen = window.session.workshop.chosen_values
    assert [part.name.text() for part in kiosk.values] == [card.name for card in chosen]
    first, second = kiosk.values[0], kiosk.values[1]
    # Touching the chosen number again takes it back: that question is skipped.
    qtbot.mouseClick(first.lived.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.lived.buttons[4], Qt.MouseButton.LeftButton)
    assert first.lived.value() == 4 and not first.lived.buttons[2].isChecked()
    qtbot.mouseClick(first.leaders.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.leaders.buttons[3], Qt.MouseButton.LeftButton)
    assert first.leaders.value() is None
    qtbot.mouseClick(second.leaders.buttons[5], Qt.MouseButton.LeftButton)
    first.example.setPlainText("Ayşe called the customer back")
    shown_thanks_with: list[tuple[PulseResponse, ...]] = []
    kiosk.pages.currentChanged.connect(lambda _index: shown_thanks_with.append(stored(location)))
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
    assert shown_thanks_with[0] == (
        PulseResponse(
            day,
            (
                PulseRating(chosen[0].id, 4, None, "Ayşe called the customer back"),
                PulseRating(chosen[1].id, None, 5, ""),
            ),
        ),
    )
    assert all(part.lived.value() is None and part.leaders.value() is None for part in kiosk.values)
    assert first.example.toPlainText() == ""
    kiosk._next.timeout.emit()
    # Nothing answered, nothing sent.
    kiosk.send()
    assert kiosk.problem.isVisibleTo(kiosk) and kiosk.pages.currentIndex() == 0
    leave(kiosk)
    qtbot.waitUntil(window.isVisible)
    qtbot.waitUntil(lambda: len(window.session.workshop.pulse_responses) == 1)
    assert "1 answered so far" in page.pulse.summary.text() and "4 more needed" in page.pulse.summary.text()


def test_a_failed_save_keeps_the_answers_on_the_kiosk_form(make_window, qtbot, tmp_path: Path) -> None:
    location = pulse_file(tmp_path)
    window, page = open_page(make_window, qtbot, location)
    kiosk = start_kiosk(window, page, qtbot)
    refusal = Refusal(window.session._service.store.engine, full=False)
    part = kiosk.values[0]
    qtbot.mouseClick(part.lived.buttons[2], Qt.MouseButton.LeftButton)
    part.example.setPlainText("Kaybolmamalı")
    kiosk.send()
    qtbot.waitUntil(lambda: kiosk.problem.isVisibleTo(kiosk))
    assert "call the facilitator" in kiosk.problem.text()
    assert kiosk.pages.currentIndex() == 0
    assert part.lived.value() == 2 and part.example.toPlainText() == "Kaybolmamalı"
    refusal.lift()
    kiosk.send()
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
    assert [r.ratings[0].example for r in stored(location)] == ["Kaybolmamalı"]
    leave(kiosk)


def responses(day: dt.date, card_ids: list[int], count: int, example: str = "") -> tuple[PulseResponse, ...]:
    """As a kiosk or a phone would have stored them (examples cleaned)."""
    return tuple(
        pulse_response(day, [PulseRating(card_id, 1 + n % 5, 3, example) for card_id in card_ids], card_ids)
        for n in range(count)
    )


def labels_text(root) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root))


def test_results_are_hidden_below_the_minimum_and_examples_shown_as_plain_text(
    make_window, qtbot, tmp_path: Path
) -> None:
    workshop = demo_workshop(Language.ENGLISH)
    day = workshop.checkin_days[0]
    chosen = [card.id for card in workshop.chosen_values]
    location = pulse_file(tmp_path, responses(day, chosen, 5, HOSTILE), minimum=6)
    window, page = open_page(make_window, qtbot, location)
    box = page.pulse
    assert box.pulse is not None and box.pulse.hidden
    text = labels_text(box)
    assert "5 answered so far" in text and "1 more needed" in text
    assert "HYPERLINK" not in text and "mean" not in text
    assert not box.results.findChildren(QLabel)

    window.session.call(lambda service: _submit(service, day, chosen))
    # New result rows show once the event loop has laid them out.
    qtbot.waitUntil(lambda: "mean" in labels_text(box))
    text = labels_text(box)
    assert "6 answered this check-in's pulse." in text
    assert "mean 2.8 · 33% chose 4 or 5" in text
    examples = box.results.findChildren(QLabel, "pulseExamples")
    assert examples and all(label.textFormat() == Qt.TextFormat.PlainText for label in examples)
    shown = HOSTILE.replace("\x07", "")
    assert examples[0].text() == f"• {shown} (×5)"
    # The examples through the survey's word analysis, off the GUI thread.
    words = box.results.findChildren(QLabel, "pulseWords")
    qtbot.waitUntil(lambda: words[0].isVisibleTo(box), timeout=30_000)
    assert words[0].textFormat() == Qt.TextFormat.PlainText
    assert words[0].text().startswith("Words more than one person used:") and "bold (5)" in words[0].text()


def _submit(service, day: dt.date, chosen: list[int]):  # type: ignore[no-untyped-def]
    from philosophy_studio.services.pulse import submit_pulse

    return submit_pulse(service, day, [PulseRating(card_id, 2, 2) for card_id in chosen])


def post(url: str, fields: dict[str, str] | None = None, path: str | None = None) -> tuple[int, str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        form = connection.getresponse().read().decode()
        if fields is None:
            return 200, form
        sent = {"nonce": NONCE.search(form).group(1), **fields}
        connection.request(
            "POST", path or parts.path, urlencode(sent), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_phones_answer_the_pulse_over_http_once_per_form(make_window, qtbot, tmp_path: Path) -> None:
    location = pulse_file(tmp_path)
    window, page = open_page(make_window, qtbot, location, row=1)
    day = page.plan.chosen_checkin().day
    page.pulse.open_phones.click()
    controller = page.pulse.phones
    qtbot.waitUntil(lambda: controller.is_running)
    panel = page.pulse.phone_panel
    assert panel.windowTitle() == "Staff pulse from phones" and "/p/" in controller.url
    assert panel.count.text() == "0 answers so far"
    chosen = window.session.workshop.chosen_values
    _status, form = post(controller.url)
    assert "How well did we live this value in the last month?" in form
    assert all(card.name in form for card in chosen)
    first = chosen[0].id
    status, body = post(controller.url, {f"l{first}": "5", f"m{first}": "", f"e{first}": HOSTILE})
    assert status == 200 and "Your answers are saved" in body
    qtbot.waitUntil(lambda: panel.count.text() == "1 answer so far")
    (response,) = window.session.workshop.pulse_responses
    assert response == PulseResponse(day, (PulseRating(first, 5, None, HOSTILE.replace("\x07", "")),))
    # A choice the form does not offer, and a form with nothing chosen, store nothing.
    status, _body = post(controller.url, {f"l{first}": "6"})
    assert status == 400
    status, body = post(controller.url, {f"l{first}": ""})
    assert status == 422 and "at least one value" in body
    # The same form sent twice is stored once.
    parts = urlsplit(controller.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path)
    nonce = NONCE.search(connection.getresponse().read().decode()).group(1)
    statuses = []
    for _attempt in range(2):
        connection.request(
            "POST",
            parts.path,
            urlencode({"nonce": nonce, f"l{first}": "3"}),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        reply = connection.getresponse()
        reply.read()
        statuses.append(reply.status)
    connection.close()
    assert statuses == [200, 409]
    qtbot.waitUntil(lambda: len(window.session.workshop.pulse_responses) == 2)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not controller.is_running)


@pytest.mark.parametrize(("first", "then"), [("en", "tr"), ("tr", "en")])
def test_a_language_switch_leaves_no_text_of_the_other_language_in_the_pulse(
    make_window, qtbot, first: str, then: str
) -> None:
    from test_languages_whole import catalogue_patterns, content_words, other_language, shown_texts

    window = make_window(language=first)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHECKINS)
    page = window.workshop_view.page_for[Step.CHECKINS]
    page.plan.table.selectRow(1)  # the demo's second check-in: its pulse is shown
    qtbot.waitUntil(lambda: "mean" in labels_text(page.pulse) or "ortalama" in labels_text(page.pulse))
    kiosk = start_kiosk(window, page, qtbot)

    def left() -> list[tuple[str, str]]:
        patterns, content = catalogue_patterns(first), content_words(window)
        texts = shown_texts(page.pulse) + shown_texts(kiosk)
        return other_language(texts, patterns, content, first)

    assert left(), "the check finds nothing: it cannot fail"
    window.languages.apply(then)
    QApplication.processEvents()
    assert not left(), left()
    leave(kiosk)


def test_the_pulse_served_by_the_survey_service_shows_its_link_and_qr_code(
    make_window, qtbot, tmp_path: Path
) -> None:
    """serve-survey --pulse keeps its link in the workshop: the Check-ins step of any
    laptop that opens it shows the link and the QR code to project or print."""
    location = pulse_file(tmp_path)
    with WorkshopService.open(location) as opened:
        workshop_id = opened.workshop_id
    port = free_port()
    service = ServiceProcess(
        location, workshop_id, port, f"http://127.0.0.1:{port}", tmp_path / "service.log", extra=("--pulse",)
    )
    try:
        link, _join = service.wait_started()
    finally:
        service.stop()
    window, page = open_page(make_window, qtbot, location)
    row = page.pulse.service_link
    qtbot.waitUntil(lambda: row.isVisibleTo(page))
    assert link in row.note.text() and "staff pulse" in row.note.text()
    row.show_card.click()
    card = row.card.findChild(JoinCard)
    assert card.qr.accessibleDescription() == link
    row.card.close()
    # The survey is not what that link serves.
    survey = window.workshop_view.page_for[Step.SURVEY]
    assert not survey.service_link.isVisibleTo(survey)
