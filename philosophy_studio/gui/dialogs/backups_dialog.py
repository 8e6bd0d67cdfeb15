"""File → Backups…: the open workshop's automatic copies, and restoring one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from philosophy_studio.services.backups import Backup

_KIND_NAMES = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("BackupsDialog", "Weekly"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
}


class BackupsDialog(QDialog):
    """Lists the copies newest first; ``chosen`` is the backup to restore once the dialog
    is accepted (the window then asks the session to restore it)."""

    def __init__(self, workshop: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from philosophy_studio.services.backups import backup_folder, list_backups

        self.chosen: Path | None = None
        self._backups: list[Backup] = list_backups(workshop)
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(560, 360)
        self.intro = QLabel(
            self.tr(
                "Philosophy Studio copies this workshop by itself: once a day when you open it, "
                "once a week, before a file from an older version is upgraded, and before imports and "
                "restores. Restoring a copy replaces the "
                "workshop's content; the present content is copied aside first, so a restore "
                "can be undone by restoring that copy."
            )
        )
        self.intro.setWordWrap(True)
        self.location = QLabel(self.tr("Copies are kept in: %1").replace("%1", str(backup_folder(workshop))))
        self.location.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups of this workshop"))
        locale = QLocale()
        for backup in self._backups:
            item = QTreeWidgetItem(
                [
                    locale.toString(backup.made, QLocale.FormatType.ShortFormat),
                    QCoreApplication.translate("BackupsDialog", _KIND_NAMES[backup.kind.value]),
                    locale.formattedDataSize(backup.size),
                ]
            )
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("There are no copies yet; the first is made the next time you open it."))
        self.empty.setVisible(not self._backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this copy…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._confirm_restore)
        self.table.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(bool(current))
        )
        self.table.itemActivated.connect(lambda _item, _column: self._confirm_restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.location)
        layout.addWidget(buttons)
        if self._backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def selected_backup(self) -> Backup | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        return self._backups[row] if row >= 0 else None

    def _confirm_restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this copy?"),
            self.tr("The workshop will show its content as of %1. Undo history ends here.").replace(
                "%1", QLocale().toString(backup.made, QLocale.FormatType.LongFormat)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup.path
            self.accept()
