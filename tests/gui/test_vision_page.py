"""The Vision editor end to end: typing is stored without a Save, undo and redo go
through the workshop, the language switches at runtime, and a reopen shows the text."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.vision.draft_editor import count_words_and_sentences
from philosophy_studio.gui.steps.vision.vision_page import VisionPage
from philosophy_studio.gui.widgets.stored_typing import DEBOUNCE_MS
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop
from philosophy_studio.settings import load_settings


def stored_vision(path: Path) -> str:
    service = WorkshopService.open(path)
    try:
        return service.load().chosen_vision.text
    finally:
        service.close()


def open_new_workshop(make_window, qtbot, tmp_path: Path, language: str = "en"):
    path = tmp_path / "vision.pstudio"
    WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Vizyon", language=Language.TURKISH))
    ).close()
    window = make_window(language=language)
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    assert isinstance(page, VisionPage)
    return window, page, path


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, one key event per character (works for non-ASCII
    text, unlike QTest.keyClicks)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def test_typing_is_stored_within_a_second_without_saving(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.setFocus()
    type_text(page.editor, "Müşterilerimiz İlk seferde çözüm bulur.")
    assert page.editor.toPlainText() == "Müşterilerimiz İlk seferde çözüm bulur."
    qtbot.waitUntil(
        lambda: stored_vision(path) == "Müşterilerimiz İlk seferde çözüm bulur.", timeout=DEBOUNCE_MS + 1000
    )
    qtbot.waitUntil(lambda: window.save_state.text() == "All changes saved")


def test_closing_the_window_stores_typing_still_waiting(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("Typed just before closing")
    window.close()
    assert stored_vision(path) == "Typed just before closing"


def test_undo_and_redo_across_the_workshop(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("First draft.")
    page.commit_pending()
    qtbot.waitUntil(lambda: not window.runner.busy)
    # A pause longer than the merge window makes the next burst its own undo step.
    window.session.undo_stack.command(0)._last_edit -= 10
    page.editor.insertPlainText(" Second sentence.")
    page.commit_pending()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert stored_vision(path) == "First draft. Second sentence."
    assert window.actions.undo.isEnabled()
    assert window.actions.undo.text() == "&Undo: Edit vision"

    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "First draft.")
    assert stored_vision(path) == "First draft."
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "")
    assert not window.actions.undo.isEnabled()
    window.actions.redo.trigger()
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "First draft. Second sentence.")
    assert stored_vision(path) == "First draft. Second sentence."


def test_a_burst_of_typing_is_one_undo_step(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    for word in ("We ", "listen ", "first."):
        page.editor.insertPlainText(word)
        page.commit_pending()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.session.undo_stack.count() == 1
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "")
    assert stored_vision(path) == ""


def test_a_burst_whose_first_words_were_stored_alone_undoes_whole(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("We ")
    page.commit_pending()
    qtbot.waitUntil(lambda: stored_vision(path) == "We ")  # stored before the rest arrives
    page.editor.insertPlainText("listen first.")
    page.commit_pending()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.session.undo_stack.count() == 1
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "")
    assert stored_vision(path) == ""


def test_ctrl_z_in_the_editor_undoes_the_workshop_edit(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    window.activateWindow()
    page.editor.setFocus()
    page.editor.insertPlainText("Pending words")
    # Ctrl+Z stores the pending typing first, then undoes it as one step.
    qtbot.keyClick(page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert page.editor.toPlainText() == ""
    assert stored_vision(path) == ""
    qtbot.keyClick(
        page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "Pending words")


def test_reopening_shows_the_text(make_window, qtbot, tmp_path: Path) -> None:
    window, page, _path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("Güvenilir, hızlı ve samimi.")
    window.close()
    again = make_window()
    again.start_page.recent.itemActivated.emit(again.start_page.recent.item(0))
    qtbot.waitUntil(lambda: again.session.is_open)
    assert again.workshop_view.page_for[Step.VISION].editor.toPlainText() == "Güvenilir, hızlı ve samimi."


def test_switching_language_at_runtime_is_remembered(make_window, qtbot, tmp_path: Path) -> None:
    window, page, _path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("Bir cümle.")
    english_guidance = page.guidance.toPlainText()
    assert page.title.text() == "Vision"
    window.actions.language["tr"].trigger()
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: page.title.text() == "Vizyon")
    assert window.file_menu.title() == "&Dosya"
    assert page.guidance.toPlainText() != english_guidance
    assert "vizyon" in page.guidance.toPlainText().lower()
    assert page.counts.text() == "2 kelime · 1 cümle"
    assert page.editor.toPlainText() == "Bir cümle."
    assert load_settings().ui_language == "tr"
    # Switching twice is harmless and returns every text.
    window.actions.language["en"].trigger()
    window.actions.language["en"].trigger()
    qtbot.waitUntil(lambda: page.title.text() == "Vision")
    assert page.guidance.toPlainText() == english_guidance
    assert window.file_menu.title() == "&File"


def test_the_window_remembers_its_geometry(make_window, qtbot) -> None:
    window = make_window()
    window.resize(760, 600)
    window.close()
    assert load_settings().window_geometry
    again = make_window()
    assert (again.width(), again.height()) == (760, 600)


def test_counts() -> None:
    assert count_words_and_sentences("") == (0, 0)
    assert count_words_and_sentences("Bir. İki! Üç") == (3, 3)
    assert count_words_and_sentences("Hizmet… sonra") == (2, 2)


def test_a_failed_save_keeps_the_typing_and_retry_stores_it(make_window, qtbot, tmp_path: Path) -> None:
    from philosophy_studio.domain.errors import DiskFullError

    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    service = window.session._service
    real_execute = service.execute
    failures = iter([DiskFullError()])

    def execute_failing_once(command):
        for error in failures:
            raise error
        return real_execute(command)

    service.execute = execute_failing_once
    page.editor.insertPlainText("Do not lose this.")
    page.commit_pending()
    qtbot.waitUntil(window.message_bar.isVisible)
    assert window.message_bar.message.text().startswith(
        "The workshop could not be saved because the disk is full"
    )
    assert window.message_bar.retry.isVisible()
    assert page.editor.toPlainText() == "Do not lose this."
    assert stored_vision(path) == ""
    window.message_bar.retry.click()
    qtbot.waitUntil(lambda: stored_vision(path) == "Do not lose this.")
    assert not window.message_bar.isVisible()
    # The failed attempt and the retry are one undo step, and it still undoes.
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "")
    assert stored_vision(path) == ""


def test_text_past_the_limit_is_refused_visibly(make_window, qtbot, tmp_path: Path) -> None:
    _window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.insertPlainText("ğ" * 60_000)
    assert len(page.editor.toPlainText()) == 50_000
    assert "limit of 50,000 characters" in page.counts.text()
    page.commit_pending()
    qtbot.waitUntil(lambda: stored_vision(path) == "ğ" * 50_000)
    page.editor.setPlainText("short again")
    assert "limit" not in page.counts.text()


def test_drafts_side_by_side_and_choosing_the_vision(make_window, qtbot, tmp_path: Path) -> None:
    window, page, path = open_new_workshop(make_window, qtbot, tmp_path)
    page.editor.setPlainText("İlk taslak.")
    page.new_draft.click()
    qtbot.waitUntil(lambda: len(page._drafts) == 2)
    second = list(page._drafts.values())[1]
    second.editor.setPlainText("Müşterilerimiz bize güvenir.")
    second.choose.click()
    qtbot.waitUntil(lambda: window.session.workshop.chosen_vision_id == second.draft_id)
    assert page.editor is second.editor
    qtbot.waitUntil(lambda: stored_vision(path) == "Müşterilerimiz bize güvenir.")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.chosen_vision_id != second.draft_id)
    first = next(iter(page._drafts.values()))
    assert first.choose.isChecked()
    second.delete.click()
    qtbot.waitUntil(lambda: len(page._drafts) == 1)
    assert not page.editor.parent().delete.isEnabled()  # the last draft stays


def test_the_coach_follows_the_text(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    page.editor.setPlainText("We never make customers wait.")
    coach = page.coach.advice.text()
    assert "Reads as negative: never" in coach
    assert "Customers are in it." in coach
    assert "words: aim for 12 to 45" in coach
    missing = ", ".join(card.name for card in window.session.workshop.chosen_values)
    # The values are a suggestion, marked as a question rather than a fault.
    assert f"○ Could it carry {missing} too?" in coach
    assert "✘ Could it carry" not in coach
    chip = page.chips.chips()[0]
    chip.click()
    assert chip.text() in page.editor.toPlainText()


def test_a_draft_can_start_from_an_example(make_window, qtbot, tmp_path: Path) -> None:
    window, page, _path = open_new_workshop(make_window, qtbot, tmp_path)
    page.show_examples.click()
    dialog = page.examples
    assert dialog is not None and dialog.list.count() == 3
    dialog.list.setCurrentRow(1)
    assert "customer-centred" in dialog.text.toPlainText()
    dialog.use.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.vision_drafts) == 2)
    assert window.session.workshop.vision_drafts[1].text.startswith("Amazon wants to be")


def test_the_staffs_top_survey_words_are_chips_and_the_coach_checks_them(make_window, qtbot) -> None:
    window = make_window(language="tr")
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    qtbot.waitUntil(lambda: len(page.survey_chips.chips()) > 0, timeout=30_000)
    top = [term.term for term in window.analysis.analysis.result.terms[:8]]
    chips = page.survey_chips.chips()
    assert [chip.text() for chip in chips] == top
    assert page.survey_chips.isVisibleTo(page)
    page.editor.setPlainText("Her abonemize saygıyla yaklaşırız.")
    assert "○ Ekibin kendi anket kelimelerinden biri" in page.coach.advice.text()
    chips[0].click()
    assert top[0] in page.editor.toPlainText()
    assert f"anket kelimelerini taşıyor: {top[0]}" in page.coach.advice.text()
