import pytest

from philosophy_studio.domain.steps import STEP_ORDER
from philosophy_studio.gui.dialogs.help_dialogs import (
    AboutDialog,
    ShortcutsDialog,
    WelcomeDialog,
    without_accelerator,
)
from philosophy_studio.settings import load_settings


def test_the_shortcuts_dialog_lists_what_the_keys_really_do(make_window, qtbot) -> None:
    window = make_window()
    window.actions.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    assert rows["Next step"] == "Ctrl+PgDown"
    assert "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    assert all(keys for keys in rows.values())
    dialog.close()


def test_about_names_the_licences(make_window, qtbot) -> None:
    window = make_window()
    window.actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.licences.toPlainText()
    assert "GNU General Public License" in text
    for part in ("PySide6", "SQLAlchemy", "reportlab", "DejaVu"):
        assert part in text
    dialog.close()


def test_the_first_start_welcome_tours_the_steps_and_offers_the_demo(make_window, qtbot) -> None:
    window = make_window()
    assert not load_settings().welcomed
    window.welcome()
    assert load_settings().welcomed
    dialog = window.findChild(WelcomeDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.back.isEnabled()
    for _ in range(dialog.pages.count() - 1):
        dialog.next.click()
    assert not dialog.next.isEnabled()
    dialog.demo.click()
    qtbot.waitUntil(lambda: window.session.is_open)
    assert not dialog.isVisible()


def test_accelerators_are_removed_for_reading() -> None:
    assert without_accelerator("&Open…") == "Open…"
    assert without_accelerator("Walk the talk && share") == "Walk the talk & share"


def test_f1_hides_the_guidance_on_every_step_and_it_stays_hidden(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import Language

    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    pages = window.workshop_view.page_for.values()
    assert all(page.guidance.isVisibleTo(page) for page in pages)
    assert window.actions.show_guidance.shortcuts()[0].toString() == "F1"
    window.actions.show_guidance.trigger()
    assert not any(page.guidance.isVisibleTo(page) for page in pages)
    assert load_settings().show_guidance is False
    window.close()

    again = make_window()
    assert not again.actions.show_guidance.isChecked()
    again.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: again.session.is_open)
    assert not any(page.guidance.isVisibleTo(page) for page in again.workshop_view.page_for.values())
    again.actions.show_guidance.trigger()
    assert all(page.guidance.isVisibleTo(page) for page in again.workshop_view.page_for.values())
    assert load_settings().show_guidance is True


def test_the_facilitators_guide_plans_the_day_and_follows_the_step(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import Language
    from philosophy_studio.domain.steps import STEP_ORDER, Step
    from philosophy_studio.gui.dialogs.facilitator_guide_dialog import FacilitatorGuideDialog

    window = make_window()
    # Readable before any workshop is open: the planning page with the agenda.
    window.actions.facilitator_guide.trigger()
    dialog = window.findChild(FacilitatorGuideDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.contents.count() == 1 + len(STEP_ORDER)
    assert dialog.contents.item(2).text() == "2. Values · 55 min"
    page = dialog.page.toPlainText()
    assert "Planning the workshop" in page
    assert "Total, without breaks" in page and "5 h 5 min" in page
    assert not dialog.isModal()

    dialog.close()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    window.actions.facilitator_guide.trigger()
    assert window.findChildren(FacilitatorGuideDialog) == [dialog]
    assert dialog.contents.currentRow() == 1 + STEP_ORDER.index(Step.VISION)
    assert dialog.page.toPlainText().startswith("Step 4")

    window.actions.language["tr"].trigger()
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Kolaylaştırıcı rehberi")
    assert dialog.contents.item(2).text() == "2. Değerler · 55 dk"
    assert "Sessiz yazma" not in dialog.page.toPlainText()
    dialog.show_step(2)
    assert "Sessiz yazma" in dialog.page.toPlainText()
    dialog.show_step(0)
    assert "5 sa 5 dk" in dialog.page.toPlainText()
    dialog.close()


def test_the_tour_can_be_taken_again_from_the_help_menu(make_window, qtbot) -> None:
    window = make_window()
    window.actions.tour.trigger()
    dialog = window.findChild(WelcomeDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_step_of_the_tour_shows_a_picture_of_it(make_window, language: str) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(language=language)
    dialog = WelcomeDialog(window)
    pictures = [
        label
        for index in range(1, dialog.pages.count())
        for label in dialog.pages.widget(index).findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
    assert len(pictures) == dialog.pages.count() - 1 == len(STEP_ORDER)
    assert all(picture.accessibleName() for picture in pictures)
    dialog.deleteLater()
