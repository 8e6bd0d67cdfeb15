from pathlib import Path

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.backups_dialog import BackupsDialog
from philosophy_studio.services.backups import BackupKind, list_backups, make_backup


def test_opening_makes_the_routine_copies_and_a_restore_brings_content_back(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    path = window.session.path
    assert {b.kind for b in list_backups(path)} == {BackupKind.DAILY, BackupKind.WEEKLY}
    assert window.actions.backups.isEnabled()
    original = window.session.workshop.chosen_vision.text

    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    page.editor.setPlainText("An accidental rewrite")
    page.commit_pending()
    qtbot.waitUntil(lambda: window.session.workshop.chosen_vision.text == "An accidental rewrite")

    dialog = BackupsDialog(path, window)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 2
    assert dialog.restore_button.isEnabled()
    daily = next(b for b in list_backups(path) if b.kind is BackupKind.DAILY)
    window.session.restore(daily.path)
    qtbot.waitUntil(lambda: window.session.is_open and window.session.workshop.chosen_vision.text == original)
    window.workshop_view.navigator.select_step(Step.VISION)
    assert window.workshop_view.page_for[Step.VISION].editor.toPlainText() == original
    assert not window.actions.undo.isEnabled()
    safety = next(b for b in list_backups(path) if b.kind is BackupKind.BEFORE_RESTORE)
    assert safety.path.is_file()


def test_a_broken_backup_is_refused_and_the_workshop_stays_open(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    junk = tmp_path / "junk.pstudio"
    junk.write_bytes(b"\x00" * 200)
    window.session.restore(junk)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "is not a Philosophy Studio workshop" in window.message_bar.message.text()
    assert window.session.is_open
    make_backup(window.session.path, BackupKind.BEFORE_IMPORT)
