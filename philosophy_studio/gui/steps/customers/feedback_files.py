"""Customer feedback in from a help desk's or a survey tool's export, through the import
dialog; what happened is reported on the page's status line (like survey/answer_files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog

from philosophy_studio.gui.dialogs.file_choice import start_folder
from philosophy_studio.gui.steps.page_files import PageFiles

if TYPE_CHECKING:
    from philosophy_studio.gui.dialogs.import_feedback_dialog import ImportFeedbackDialog
    from philosophy_studio.services.feedback import FeedbackImport


class FeedbackFiles(PageFiles):
    # Rows were stored: the page counts the feedback again.
    added = Signal()

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Import customer feedback"),
            str(start_folder(self.session)),
            self.tr("Feedback exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> ImportFeedbackDialog:
        """The import dialog for ``path``, open (returned for tests)."""
        from philosophy_studio.gui.dialogs.import_feedback_dialog import ImportFeedbackDialog

        dialog = ImportFeedbackDialog(self.session, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_imported)
        dialog.load_file(path)
        dialog.open()
        return dialog

    def _on_imported(self, result: FeedbackImport) -> None:
        def message() -> str:
            if result.nothing_new:
                return self.tr("Nothing new in %1: every row is in the workshop already.").replace(
                    "%1", result.name
                )
            parts = [self.tr("%Ln row(s) imported from %1", "", result.imported).replace("%1", result.name)]
            if result.already_imported:
                parts.append(
                    self.tr("%Ln row(s) were there from an earlier import", "", result.already_imported)
                )
            if result.personal_data:
                parts.append(self.tr("%Ln personal detail(s) replaced", "", result.personal_data))
            if result.left_out:
                parts.append(self.tr("left out: %1").replace("%1", ", ".join(result.left_out)))
            return " · ".join(parts)

        if not result.nothing_new:
            self.added.emit()
        self._show_status(message)
