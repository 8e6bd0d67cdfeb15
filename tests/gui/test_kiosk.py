"""Kiosk mode: an answer is stored before the thanks appear, the form empties for the
next person, nothing of earlier answers is ever on screen, and only the PIN leaves."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.kiosk.kiosk_window import KioskWindow
from philosophy_studio.gui.steps.survey.page import SurveyPage
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

PIN = "4071"


def stored_answers(path: Path) -> list[str]:
    service = WorkshopService.open(path)
    try:
        return [answer.text for answer in service.load().answers]
    finally:
        service.close()


def start_kiosk(make_window, qtbot, tmp_path: Path, expected: int = 0):
    path = tmp_path / "kiosk.pstudio"
    WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Kiosk", language=Language.TURKISH))
    ).close()
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    assert isinstance(page, SurveyPage)
    page.open_kiosk()
    page.pin_dialog.pin.setText(PIN)
    page.pin_dialog.repeat.setText(PIN)
    page.pin_dialog.expected.setValue(expected)
    page.pin_dialog.accept()
    kiosk = page.kiosk
    assert isinstance(kiosk, KioskWindow)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return window, page, kiosk, path


def all_text(root: QWidget) -> str:
    """Every piece of text any widget of the kiosk holds or could say."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            parts += [widget.toPlainText(), widget.placeholderText()]
    return "\n".join(parts)


def leave(qtbot, kiosk: KioskWindow, pin: str) -> None:
    kiosk.request_leave()
    kiosk.pin_dialog.field.setText(pin)
    kiosk.pin_dialog.accept()


def test_a_submission_is_stored_before_the_thanks_then_the_form_is_empty(
    make_window, qtbot, tmp_path
) -> None:
    window, _page, kiosk, path = start_kiosk(make_window, qtbot, tmp_path)
    assert kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.session.workshop.survey.is_open  # starting the kiosk opened the survey
    assert kiosk.question.text() == "Müşterilerimizin sunduğumuz hizmet hakkında ne düşünmesini istiyorsunuz?"
    kiosk.answer.setPlainText("Güvenilir ve sıcak bir ekip <b>olduğumuzu</b>")
    shown_thanks_with: list[list[str]] = []
    kiosk.pages.currentChanged.connect(lambda _index: shown_thanks_with.append(stored_answers(path)))
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
    assert shown_thanks_with[0] == ["Güvenilir ve sıcak bir ekip <b>olduğumuzu</b>"]
    assert kiosk.answer.toPlainText() == ""
    # Keys do nothing during a short pause (nobody answers again and again at once);
    # after it a key press brings the empty form for the next person.
    space = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
    QApplication.sendEvent(kiosk.thanks, space)
    assert kiosk.pages.currentWidget() is kiosk.thanks
    qtbot.waitUntil(lambda: not kiosk._pause.isActive())
    QApplication.sendEvent(kiosk.thanks, space)
    assert kiosk.pages.currentIndex() == 0
    assert kiosk.answer.toPlainText() == ""
    kiosk.answer.setPlainText("İkinci kişi")
    kiosk.answer.setFocus()
    qtbot.keyClick(kiosk.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
    assert sorted(stored_answers(path)) == ["Güvenilir ve sıcak bir ekip <b>olduğumuzu</b>", "İkinci kişi"]
    # The thank-you screen returns by itself after a few seconds as well.
    kiosk._next.timeout.emit()
    assert kiosk.pages.currentIndex() == 0
    text = all_text(kiosk)
    assert "Güvenilir" not in text and "İkinci" not in text and "2" not in kiosk.question.text()
    # Undo in the answer box cannot bring an earlier answer back.
    kiosk.answer.undo()
    assert kiosk.answer.toPlainText() == ""
    leave(qtbot, kiosk, PIN)


def test_an_empty_answer_is_not_sent(make_window, qtbot, tmp_path) -> None:
    window, _page, kiosk, path = start_kiosk(make_window, qtbot, tmp_path)
    kiosk.answer.setPlainText("   ")
    kiosk.submit_answer()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert kiosk.problem.isVisibleTo(kiosk)
    assert stored_answers(path) == []
    leave(qtbot, kiosk, PIN)


def test_a_failed_store_keeps_the_answer_and_says_to_call_the_facilitator(
    make_window, qtbot, tmp_path
) -> None:
    window, _page, kiosk, path = start_kiosk(make_window, qtbot, tmp_path)
    # The facilitator closed the survey behind the kiosk: storing is refused.
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField

    window.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    kiosk.answer.setPlainText("Kaybolmamalı")
    kiosk.submit_answer()
    qtbot.waitUntil(lambda: kiosk.problem.isVisibleTo(kiosk))
    assert "call the facilitator" in kiosk.problem.text()
    assert kiosk.answer.toPlainText() == "Kaybolmamalı"
    assert kiosk.pages.currentIndex() == 0
    assert stored_answers(path) == []
    leave(qtbot, kiosk, PIN)


def test_escape_and_closing_do_not_leave_and_a_wrong_pin_does_not_either(
    make_window, qtbot, tmp_path
) -> None:
    window, page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    left = []
    kiosk.left.connect(lambda: left.append(True))
    # Nothing to Alt+Tab to: the workshop's window is hidden while the kiosk runs.
    assert not window.isVisible()
    qtbot.keyClick(kiosk.answer, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.close() is False
    assert kiosk.isVisible()
    leave(qtbot, kiosk, "0000")
    assert kiosk.isVisible()
    assert kiosk.pin_dialog.problem.text() == "Wrong PIN."
    # A minimised PIN dialog would take the kiosk down with it: it names its buttons
    # (otherwise the window manager chooses, and most add a minimise button) without one.
    flags = kiosk.pin_dialog.windowFlags()
    assert flags & Qt.WindowType.CustomizeWindowHint and not flags & Qt.WindowType.WindowMinimizeButtonHint
    kiosk.pin_dialog.reject()
    assert not left
    leave(qtbot, kiosk, PIN)
    assert left == [True]
    assert page.kiosk is None
    assert window.isVisible()


def test_the_pin_must_have_four_to_eight_digits_and_match(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "p.pstudio"
    WorkshopService.create(path, new_workshop(WorkshopInfo(team_name="P", language=Language.ENGLISH))).close()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    page = window.workshop_view.page_for[Step.SURVEY]
    page.open_kiosk()
    dialog = page.pin_dialog
    # It claims no more than the app can keep: the system's kiosk mode is named for
    # what the operating system's own shortcuts reach.
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "kiosk mode" in said and "nobody can leave" not in said.lower()
    dialog.pin.setText("123")
    dialog.repeat.setText("123")
    dialog.accept()
    assert dialog.isVisible() and "4 to 8 digits" in dialog.problem.text()
    dialog.pin.setText("12345")
    dialog.repeat.setText("12346")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "12ab")
    assert dialog.pin.text() == "12"  # only digits can be typed
    dialog.reject()
    assert page.kiosk is None


def test_guessing_the_pin_is_slowed_down_and_the_right_pin_resets_it() -> None:
    from philosophy_studio.gui.kiosk.pin_dialog import FIRST_LOCKOUT, FREE_ATTEMPTS, Pin

    now = [1000.0]
    pin = Pin("2468", clock=lambda: now[0])
    for _ in range(FREE_ATTEMPTS):
        assert not pin.attempt("0000")
    assert pin.seconds_locked() == FIRST_LOCKOUT
    # Even the right PIN is refused during the pause: guessing gains nothing.
    assert not pin.attempt("2468")
    now[0] += FIRST_LOCKOUT
    assert not pin.attempt("1111")
    assert pin.seconds_locked() == 2 * FIRST_LOCKOUT
    now[0] += 2 * FIRST_LOCKOUT
    assert pin.attempt("2468")
    assert pin.seconds_locked() == 0
    assert not pin.attempt("0000") and pin.seconds_locked() == 0


def test_the_kiosk_says_when_it_refuses_pins_for_a_while(make_window, qtbot, tmp_path) -> None:
    _window, _page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    for _ in range(3):
        leave(qtbot, kiosk, "0000")
    assert kiosk.isVisible()
    assert kiosk.pin_dialog.problem.text() == (
        "Too many wrong PINs. Try again in 30 seconds, "
        "or type the recovery code shown when the kiosk started."
    )
    leave(qtbot, kiosk, PIN)
    assert kiosk.isVisible()
    kiosk.pin_dialog.reject()
    kiosk._pin._locked_until = 0.0
    leave(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()


def test_the_recovery_code_leaves_while_the_pin_is_paused_and_is_never_paused_itself() -> None:
    from philosophy_studio.gui.kiosk.pin_dialog import FREE_ATTEMPTS, Pin

    now = [1000.0]
    pin = Pin("2468", clock=lambda: now[0], recovery="902418375561")
    for _ in range(FREE_ATTEMPTS):
        assert not pin.attempt("0000")
    paused = pin.seconds_locked()
    assert paused and not pin.attempt("2468")
    # Wrong codes cost nothing and change nothing: nobody can lock this way out too,
    # and it does not shorten or lengthen the PIN's pause.
    for wrong in ("902418375560", "2468", "", "9024 1837 556", "٩٠٢٤١٨٣٧٥٥٦١", "902418375561 0"):
        assert not pin.recover(wrong)
    assert pin.seconds_locked() == paused
    assert pin.recover("9024 1837 5561") and pin.recover("9024-1837-5561")
    # The code is no PIN, and a kiosk started without a code has no second way out.
    assert not Pin("2468").recover("902418375561")
    now[0] += paused
    assert not pin.attempt("902418375561")


def test_a_facilitator_locked_out_by_wrong_pins_leaves_with_the_code_shown_at_the_start(
    make_window, qtbot, tmp_path
) -> None:
    window, page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    shown = page.pin_dialog.recovery_code
    code = shown.text()
    assert len(code.split()) == 3 and code.replace(" ", "").isdigit() and len(code) == 14
    # Seen only on the facilitator's screen before the kiosk: it cannot be selected
    # (the X11 selection would hand it to the kiosk) and the kiosk never says it.
    assert shown.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert code not in all_text(kiosk) and code.replace(" ", "") not in all_text(kiosk)
    kiosk.request_leave()
    assert not kiosk.pin_dialog.recovery.isVisibleTo(kiosk.pin_dialog)
    kiosk.pin_dialog.reject()
    for _ in range(3):
        leave(qtbot, kiosk, "0000")
    dialog = kiosk.pin_dialog
    assert dialog.recovery.isVisibleTo(dialog) and "recovery code" in dialog.problem.text()
    dialog.recovery.setText("1234 5678 9012")
    dialog.accept()
    assert kiosk.isVisible() and dialog.problem.text() == "Wrong recovery code."
    # Still paused: a wrong code neither ends the pause nor hides the way out.
    assert dialog.recovery.isVisibleTo(dialog)
    dialog.reject()
    # Coming back later, the facilitator is offered the code at once.
    kiosk.request_leave()
    assert kiosk.pin_dialog.recovery.isVisibleTo(kiosk.pin_dialog)
    qtbot.keyClicks(kiosk.pin_dialog.recovery, code)
    kiosk.pin_dialog.accept()
    assert not kiosk.isVisible()
    assert page.kiosk is None and window.isVisible()


def test_nothing_typed_leaves_the_box_for_the_next_person(make_window, qtbot, tmp_path) -> None:
    _window, _page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    clipboard = QApplication.clipboard()
    clipboard.setText("before the kiosk")
    kiosk.answer.setPlainText("Yöneticimiz bizi dinlemiyor")
    kiosk.answer.selectAll()
    kiosk.answer.copy()
    kiosk.answer.cut()
    # Copy, cut, drag and the X11 selection all come from here: nothing.
    assert not kiosk.answer.createMimeDataFromSelection().hasText()
    assert "Yöneticimiz" not in clipboard.text()
    # What the app itself put on the clipboard is gone for the next person (where the
    # platform says whose it is: the offscreen test platform does not).
    clipboard.setText("Yöneticimiz bizi dinlemiyor")
    if clipboard.ownsClipboard():
        kiosk.show_form()
        assert "Yöneticimiz" not in clipboard.text()
    leave(qtbot, kiosk, PIN)


def test_an_answer_box_holds_at_most_an_answer_and_an_abandoned_draft_is_cleared(
    make_window, qtbot, tmp_path
) -> None:
    from philosophy_studio.domain.model import MAX_ANSWER_LENGTH

    _window, _page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    kiosk.answer.setPlainText("x" * (MAX_ANSWER_LENGTH + 500))
    assert len(kiosk.answer.toPlainText()) == MAX_ANSWER_LENGTH
    kiosk._idle.setInterval(200)
    kiosk.answer.setFocus()
    qtbot.keyClicks(kiosk.answer, " left half done")
    qtbot.waitUntil(lambda: kiosk.answer.toPlainText() == "")
    assert kiosk.pages.currentIndex() == 0
    leave(qtbot, kiosk, PIN)


def test_the_app_s_other_windows_are_hidden_while_the_kiosk_runs(make_window, qtbot, tmp_path) -> None:
    window, _page, kiosk, _path = start_kiosk(make_window, qtbot, tmp_path)
    assert not window.isVisible()
    # Minimising (a dialog's button, Alt+Space) does not uncover the desktop.
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isFullScreen() and not kiosk.isMinimized())
    leave(qtbot, kiosk, PIN)
    assert window.isVisible()


def test_the_voting_kiosk_s_pin_dialog_speaks_of_dots_not_answers(make_window, qtbot) -> None:
    from philosophy_studio.gui.steps.values.values_page import ValuesPage

    window = make_window(language="tr")
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    assert isinstance(page, ValuesPage)
    page.voting.open_voting_kiosk()
    dialog = page.voting.pin_dialog
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.windowTitle() == "Oylama kioskunu başlat"
    assert "noktalarını" in texts and "yanıt" not in texts
    dialog.reject()
    window.workshop_view.navigator.select_step(Step.SURVEY)
    survey = window.workshop_view.page_for[Step.SURVEY]
    survey.open_kiosk()
    assert survey.pin_dialog.windowTitle() == "Kiosku başlat"
    assert "yanıt" in " ".join(label.text() for label in survey.pin_dialog.findChildren(QLabel))
    survey.pin_dialog.reject()


def test_more_answers_than_people_expected_are_said_on_screen(make_window, qtbot, tmp_path) -> None:
    window, _page, kiosk, path = start_kiosk(make_window, qtbot, tmp_path, expected=2)

    def answer(text: str) -> None:
        kiosk.answer.setPlainText(text)
        kiosk.submit_answer()
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.thanks)
        kiosk.show_form()

    answer("Bir")
    answer("İki")
    assert not kiosk.over_count.isVisibleTo(kiosk)
    answer("Üç")
    # Said where the room sees it; every answer is stored all the same.
    assert kiosk.over_count.isVisibleTo(kiosk)
    assert "3" in kiosk.over_count.text() and "2" in kiosk.over_count.text()
    assert sorted(stored_answers(path)) == ["Bir", "Üç", "İki"]
    window.switch_language("tr")
    qtbot.waitUntil(lambda: "kişiden" in kiosk.over_count.text())
    leave(qtbot, kiosk, PIN)
