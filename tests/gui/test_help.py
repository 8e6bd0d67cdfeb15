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
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    assert not dialog.isVisible()


def test_accelerators_are_removed_for_reading() -> None:
    assert without_accelerator("&Open…") == "Open…"
    assert without_accelerator("Walk the talk && share") == "Walk the talk & share"


def test_f1_hides_the_guidance_on_every_step_and_it_stays_hidden(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import Language

    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
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
    qtbot.waitUntil(lambda: again.session.is_open, timeout=10_000)
    assert not any(page.guidance.isVisibleTo(page) for page in again.workshop_view.page_for.values())
    again.actions.show_guidance.trigger()
    assert all(page.guidance.isVisibleTo(page) for page in again.workshop_view.page_for.values())
    assert load_settings().show_guidance is True
