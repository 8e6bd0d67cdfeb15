"""The "Open to phones" panel and the presentation view, driven in the real window with
real HTTP submissions to the server it starts."""

from __future__ import annotations

import http.client
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.phones.countdown import Countdown
from philosophy_studio.gui.phones.qr import QUIET_ZONE, qr_image
from philosophy_studio.gui.phones.room_style import contrast_palette
from philosophy_studio.gui.steps.survey.page import SurveyPage
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop
from philosophy_studio.survey_server import security

NONCE = re.compile(r'name="nonce" value="([^"]+)"')


def open_page(make_window, qtbot, tmp_path: Path, question: str | None = None):
    path = tmp_path / "phones.pstudio"
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="P", language=Language.ENGLISH))
    )
    if question is not None:
        service.execute(SetWorkshopField(WorkshopField.SURVEY_QUESTION, question))
    service.close()
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    assert isinstance(page, SurveyPage)
    return window, page, path


def send_answer(url: str, text: str) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        nonce = NONCE.search(connection.getresponse().read().decode()).group(1)
        connection.request(
            "POST",
            parts.path,
            urlencode({"nonce": nonce, "answer": text}),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def refused(url: str) -> bool:
    parts = urlsplit(url)
    try:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        connection.request("GET", parts.path)
        status = connection.getresponse().status
        connection.close()
    except OSError:
        return True
    return status >= 400


def start_phones(page: SurveyPage, qtbot) -> None:
    page.open_phones.click()
    qtbot.waitUntil(lambda: page.phones.is_running)


def test_open_to_phones_shows_the_qr_and_counts_a_real_submission(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    assert not window.session.workshop.survey.is_open
    start_phones(page, qtbot)
    panel = page.phone_panel
    assert panel is not None and panel.isVisible()
    # Opening to phones opened the survey.
    qtbot.waitUntil(lambda: window.session.workshop.survey.is_open)
    assert page.is_open.isChecked()
    pixmap = panel.card.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 300
    assert re.fullmatch(r"\d{4} \d{4}", panel.card.code.text())
    assert page.phones.url.startswith("http://") and "/a/" in page.phones.url
    assert page.phones.join_url in panel.card.type_hint.text()
    assert panel.count.text() == "0 answers so far"

    assert send_answer(page.phones.url, "Warm <and> quick") == 200
    qtbot.waitUntil(lambda: panel.count.text() == "1 answer so far")
    assert page.answers.count.text() == "1 answer so far"
    (answer,) = window.session.workshop.answers
    assert (answer.text, answer.source) == ("Warm <and> quick", AnswerSource.LAN)


def test_forty_phones_answering_at_once_are_all_stored_and_counted(make_window, qtbot, tmp_path) -> None:
    # How long the GUI pauses meanwhile is measured by tests/benchmarks/bench_phones_gui.py.
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    url = page.phones.url
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda n=n: statuses.append(send_answer(url, f"Answer {n}")))
        for n in range(40)
    ]
    try:
        for thread in threads:
            thread.start()
        qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=60_000)
        qtbot.waitUntil(lambda: page.phone_panel.count.text() == "40 answers so far")
    finally:
        for thread in threads:
            thread.join()
    assert statuses == [200] * 40
    assert len(window.session.workshop.answers) == 40


def test_closing_the_survey_on_the_page_stops_the_server(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    url = page.phones.url
    page.is_open.setChecked(False)
    qtbot.waitUntil(lambda: not page.phones.is_running)
    assert not page.phone_panel.isVisible()
    assert refused(url)


def test_the_panel_can_close_the_survey(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    url = page.phones.url
    page.phone_panel.close_survey.click()
    assert not page.phones.is_running
    assert refused(url)
    qtbot.waitUntil(lambda: not window.session.workshop.survey.is_open)
    assert not page.is_open.isChecked()


def test_closing_the_panel_stops_serving_but_keeps_the_survey_open(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    url = page.phones.url
    page.phone_panel.close()
    assert not page.phones.is_running
    assert refused(url)
    assert window.session.workshop.survey.is_open
    # Opening again serves a new link; the old one stays dead.
    start_phones(page, qtbot)
    assert page.phones.url != url
    assert refused(url)
    page.phone_panel.close()


def test_closing_the_workshop_stops_the_server(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    url = page.phones.url
    window.session.close()
    assert not page.phones.is_running
    assert refused(url)


# --- presentation ------------------------------------------------------------------------


def test_presentation_opens_full_screen_and_esc_leaves(make_window, qtbot, tmp_path) -> None:
    hostile = '<b>Bold?</b> & "quotes" \u202eRTL 🙂 ' + "x" * 20_000
    _window, page, _path = open_page(make_window, qtbot, tmp_path, question=hostile)
    start_phones(page, qtbot)
    page.present.click()
    view = page.presentation
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    assert view.prompt.textFormat() == Qt.TextFormat.PlainText
    assert view.prompt.text().replace("\u200b", "") == hostile
    # The 20,000-character word wraps: nothing is pushed beyond the screen.
    assert view.prompt.minimumSizeHint().width() < view.width()
    assert view.layout().minimumSize().width() <= view.width()
    assert view.count.text() == "0 answers so far"
    assert view.card.isVisibleTo(view)
    assert not view.card.qr.pixmap().isNull()
    assert view.card.code.text() == page.phone_panel.card.code.text()
    assert send_answer(page.phones.url, "Patient") == 200
    qtbot.waitUntil(lambda: view.count.text() == "1 answer so far")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    page.phone_panel.close()


def test_presentation_without_phones_has_no_qr(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path)
    page.present.click()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    assert not view.card.isVisibleTo(view)
    assert view.clock.text() == "5:00"
    view.close()


def test_the_timer_counts_down_pauses_and_signals_the_end(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path)
    page.present.click()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    view.minutes.setValue(2)
    assert view.clock.text() == "2:00"
    assert view.start_pause.text() == "&Start"
    view.start_pause.click()
    assert view.start_pause.text() == "&Pause"
    qtbot.waitUntil(lambda: view.clock.text() == "1:59")
    view.start_pause.click()
    paused = view.clock.text()
    qtbot.wait(1200)
    assert view.clock.text() == paused
    view.extend.click()
    assert view.clock.text() == "2:59"
    view.reset.click()
    assert view.clock.text() == "2:00"
    # The end: a short countdown, run to zero.
    view.countdown.set_duration(1)
    with qtbot.waitSignal(view.countdown.finished, timeout=3000):
        view.countdown.start()
    assert view.clock.text() == "0:00"
    assert view.clock_note.text() == "Time is up"
    assert not view.countdown.is_running
    assert view.start_pause.text() == "&Start"
    view.close()


def test_the_countdown_measures_time_not_ticks(qtbot) -> None:
    countdown = Countdown()
    countdown.set_duration(10)
    countdown.start()
    time.sleep(1.1)  # the event loop is blocked: no ticks at all
    assert countdown.remaining() == 9
    countdown.pause()
    assert not countdown.is_running
    countdown.reset()
    assert countdown.remaining() == 10


@pytest.mark.parametrize("window_colour", ["#202124", "#f5f5f5"])
def test_the_presentation_palette_is_full_contrast(window_colour) -> None:
    base = QPalette(QApplication.palette())
    base.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    palette = contrast_palette(base)
    paper = palette.color(QPalette.ColorRole.Window).name()
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    dark = QColor(window_colour).lightness() < 128
    assert (paper, ink) == (("#000000", "#ffffff") if dark else ("#ffffff", "#000000"))


def test_the_qr_image_is_segnos_matrix_with_a_quiet_zone() -> None:
    import segno

    url = "http://192.168.1.20:50123/a/abcdefghijklmnopqrstuv"
    image = qr_image(url, 400)
    matrix = segno.make(url, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = image.width() // modules
    assert image.width() == image.height() == modules * scale <= 400
    for row in range(len(matrix)):
        for column in range(len(matrix)):
            x = (column + QUIET_ZONE) * scale + scale // 2
            y = (row + QUIET_ZONE) * scale + scale // 2
            dark = QColor(image.pixel(x, y)).lightness() < 128
            assert dark == bool(matrix[row][column]), (row, column)
    assert QColor(image.pixel(1, 1)).lightness() == 255


def test_a_rotated_join_code_reaches_the_panel_and_the_presentation(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path)
    start_phones(page, qtbot)
    page.present.click()
    view = page.presentation
    before = page.phone_panel.card.code.text()
    # Many devices guessing together (one alone is only slowed down).
    guard = page.phones.server.app.guard
    for n in range(security.MAX_FAILURES):
        guard.check("not the code", f"10.0.{n // 250}.{n % 250}")
    qtbot.waitUntil(lambda: page.phone_panel.card.code.text() != before)
    assert page.phone_panel.card.code.text() == page.phones.join_code
    assert view.card.code.text() == page.phones.join_code
    view.close()
    page.phone_panel.close()


def test_the_phone_panel_opens_wholly_on_screen(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    screen = window.screen().availableGeometry()
    # The window pushed to the screen's corner: centred on it, the panel would hang off.
    window.move(screen.right() - 200, screen.bottom() - 150)
    start_phones(page, qtbot)
    page.open_to_phones()
    panel = page.phone_panel
    qtbot.waitUntil(panel.isVisible)
    assert screen.contains(panel.geometry())
