"""Answers in from a form tool's export or the clipboard (through the import dialog),
and out to a spreadsheet. What happened is reported on the page's status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog

from philosophy_studio.gui.dialogs.file_choice import start_folder
from philosophy_studio.gui.dialogs.import_answers_dialog import ImportAnswersDialog
from philosophy_studio.gui.dialogs.questions import replace_confirmed
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.steps.page_files import PageFiles


class AnswerFiles(PageFiles):
    import_dialog: ImportAnswersDialog | None = None

    def _new_import_dialog(self) -> ImportAnswersDialog:
        self.import_dialog = ImportAnswersDialog(self.session, self._page)
        self.import_dialog.imported.connect(self._on_imported)
        return self.import_dialog

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Import answers"),
            str(start_folder(self.session)),
            self.tr("Answers (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            dialog = self._new_import_dialog()
            dialog.open()
            dialog.load_file(Path(chosen))

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self._show_status(
                lambda: self.tr("The clipboard holds no text. Copy the answers (cells or lines) first.")
            )
            return
        dialog = self._new_import_dialog()
        dialog.open()
        dialog.load_text(text)

    def _on_imported(self, imported: int, empty: int, already: int) -> None:
        self._show_status(
            lambda: (
                self.tr("Imported %Ln answer(s).", "", imported)
                + " "
                + self.tr("Skipped: %1 empty; rows already in the workshop: %2.")
                .replace("%1", QLocale().toString(empty))
                .replace("%2", QLocale().toString(already))
            )
        )

    def choose_export(self) -> None:
        workshop = self.session.workshop
        if workshop is None:
            return
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._page,
            self.tr("Export answers"),
            str(start_folder(self.session) / self.tr("survey answers.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in {".csv", ".xlsx"}:
                path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
                # The dialog asked before replacing the name as typed, not this one.
                if not replace_confirmed(self._page, path):
                    return
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the answers to ``path`` (.csv or .xlsx) off the GUI thread, with
        headings and yes/no in the workshop's language: the file is for its team, whatever
        language the facilitator's interface speaks."""
        from philosophy_studio.services.answer_files import export_answers

        workshop = self.session.workshop
        if workshop is None:
            return
        self._show_status(lambda: self.tr("Exporting the answers…"))
        self.session.runner.run_heavy(  # the session's runner: shut down with the window
            lambda _control: export_answers(workshop, path),
            lambda count: self._show_status(
                lambda: self.tr("Wrote %Ln answer(s) to %1.", "", count).replace("%1", str(path))
            ),
            lambda error: self._show_status(lambda: error_message(error, unexpected=True) or str(error)),
        )
