"""The charter's kept versions on the Charter step: which version the charter is (or
that it changed since the last), keeping it as the next one with a note, and comparing
two versions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.charter_commands import KeepCharterVersion
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.dialogs.charter_diff_dialog import CharterDiffDialog
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.charter import changed_since_kept


class CharterVersionsBox(FollowsLanguage, QGroupBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._workshop: Workshop | None = None
        self._changed = True
        self.state = QLabel()
        self.state.setObjectName("charterVersionState")
        self.state.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setObjectName("charterVersions")
        self.versions.setWordWrap(True)
        # Room for two versions with their notes: the charter's preview below needs the
        # height more.
        self.versions.setMaximumHeight(self.fontMetrics().height() * 5)
        self.keep = QPushButton()
        self.compare = QPushButton()
        self.diff_dialog: CharterDiffDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.compare)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.versions, 1)
        layout.addLayout(buttons)
        self.keep.clicked.connect(self._on_keep)
        self.compare.clicked.connect(self._on_compare)
        self.versions.itemDoubleClicked.connect(lambda _item: self._on_compare())
        self.versions.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Versions"))
        self.keep.setText(self.tr("&Keep as a version…"))
        self.keep.setAccessibleDescription(
            self.tr("Keep the charter as it stands now as its next version, with a note of what changed")
        )
        self.compare.setText(self.tr("Co&mpare…"))
        self.compare.setAccessibleDescription(
            self.tr("See what changed between the selected version and the charter now, or another version")
        )
        self.versions.setAccessibleName(self.tr("Kept versions of the charter"))
        self._show()

    def show_workshop(self, workshop: Workshop) -> None:
        self._workshop = workshop
        # A few milliseconds: the charter's Markdown, compared with the latest version.
        self._changed = changed_since_kept(workshop)
        self._show()
        if self.diff_dialog is not None and self.diff_dialog.isVisible():
            self.diff_dialog.show_workshop(workshop)

    def _day(self, day: dt.date) -> str:
        return QLocale().toString(day, QLocale.FormatType.LongFormat)

    def _show(self) -> None:
        workshop = self._workshop
        kept = workshop.charter_versions if workshop is not None else ()
        if not kept:
            self.state.setText(
                self.tr(
                    "No version kept yet. Keep the charter once the team has signed it; keep it again "
                    "whenever you revise it after a check-in, so its history stays."
                )
            )
        elif self._changed:
            self.state.setText(
                self.tr("Changed since version %1 of %2: the charter prints as a draft of version %3.")
                .replace("%1", str(kept[-1].number))
                .replace("%2", self._day(kept[-1].day))
                .replace("%3", str(kept[-1].number + 1))
            )
        else:
            self.state.setText(
                self.tr("The charter is version %1, kept on %2.")
                .replace("%1", str(kept[-1].number))
                .replace("%2", self._day(kept[-1].day))
            )
        row = self.versions.currentRow()
        self.versions.clear()
        for version in reversed(kept):
            text = (
                self.tr("Version %1 · %2")
                .replace("%1", str(version.number))
                .replace("%2", self._day(version.day))
            )
            if version.note:
                text += f"\n{version.note}"
            # QListWidgetItem text is never taken for markup: a note shows as typed.
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            self.versions.addItem(item)
        if kept:
            self.versions.setCurrentRow(min(max(row, 0), len(kept) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.keep.setEnabled(self._workshop is not None and self._changed)
        self.compare.setEnabled(self.versions.currentItem() is not None)

    def selected_number(self) -> int | None:
        item = self.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_keep(self) -> None:
        if self._workshop is None:
            return
        number = self._workshop.charter_versions[-1].number + 1 if self._workshop.charter_versions else 1
        note, accepted = QInputDialog.getText(
            self,
            self.tr("Keep version %1").replace("%1", str(number)),
            self.tr("What changed, and why (for example: after check-in 2, the meaning of Honesty):"),
            QLineEdit.EchoMode.Normal,
        )
        if accepted:
            self.session.execute(KeepCharterVersion(dt.date.today(), note))

    def _on_compare(self) -> None:
        number = self.selected_number()
        if self._workshop is None or number is None:
            return
        if self.diff_dialog is None:
            self.diff_dialog = CharterDiffDialog(self)
        self.diff_dialog.show_workshop(self._workshop, first=number)
        self.diff_dialog.show()
        self.diff_dialog.raise_()
