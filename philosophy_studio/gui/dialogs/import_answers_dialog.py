"""Importing answers from a file or the clipboard: a preview first, then one transaction.

The file is parsed off the GUI thread (progress and Cancel). The preview shows the first
rows of the columns that may hold answers; a column that identifies people appears only
by its heading, as left out: none of its cells is put in any widget, since the preview
may be on a projector. The user picks the answers column and, for a file that is not
UTF-8 or UTF-16, the encoding, with the preview following each choice. The summary says
how many rows an earlier import of the same form took; when many answers are in the
workshop already but the file does not start with an earlier import, Import becomes
"Import all rows" and the summary asks. Only Import writes, all answers at once or none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from philosophy_studio.gui.dialogs.import_file_dialog import ImportFileDialog, note_label
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.answer_files import PREVIEW_ROWS, AnswerTable, read_file, read_text
from philosophy_studio.work import CancelledError, WorkControl

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.survey import ImportPlan
    from philosophy_studio.services.workshop_service import WorkshopService


class ImportAnswersDialog(ImportFileDialog):
    # (answers imported, empty cells skipped, rows that were in the workshop already)
    imported = Signal(int, int, int)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.table: AnswerTable | None = None
        self._text: str | None = None
        self._storing = False
        # What the import would store, worked out off the GUI thread (a hundred thousand
        # rows take a fifth of a second) whenever the file, the column or the workshop's
        # answers change; None while that runs.
        self._current_plan: ImportPlan | None = None
        self._planning: WorkControl | None = None
        self.setMinimumSize(760, 520)

        self.encoding.setObjectName("importEncoding")
        self.column = QComboBox()
        self.column.setObjectName("importColumn")
        self.column_label = QLabel()
        self.column_label.setBuddy(self.column)
        self.form.addRow(self.column_label, self.column)

        self.identifying_note.setObjectName("identifyingNote")
        # The question an import of familiar answers asks, apart so it is not missed.
        self.question = note_label()
        self.question.setObjectName("importQuestion")
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.summary = note_label()
        self.summary.setObjectName("importSummary")
        self.problem.setObjectName("importProblem")
        self.import_button.setEnabled(False)

        session.changed.connect(self._on_workshop_changed)
        self.column.currentIndexChanged.connect(lambda _index: self._replan())
        self.column.currentIndexChanged.connect(lambda _index: self._fit_columns())
        self._lay_out(self.question, self.summary)

    # --- loading ---------------------------------------------------------------------

    def load_file(self, path: Path) -> None:
        self._text = None
        super().load_file(path)

    def load_text(self, text: str) -> None:
        self._path, self._text = None, text
        self.source.setText(self.tr("Text from the clipboard"))
        self._show_encoding(False)
        self._read()

    @property
    def is_planning(self) -> bool:
        return self._planning is not None

    def _reading_job(self, encoding: str | None) -> Callable[[WorkControl], AnswerTable]:
        path, text = self._path, self._text
        name = path.name if path is not None else self.tr("the clipboard")

        def job(control: WorkControl) -> AnswerTable:
            if path is not None:
                return read_file(path, encoding=encoding, control=control)
            return read_text(text or "", name, control=control)

        return job

    def _cancelled_text(self) -> str:
        return self.tr("Reading was cancelled. Nothing was imported.")

    def _describe(self, error: BaseException) -> str:
        return error_message(error, unexpected=True) or str(error)

    # --- the preview -----------------------------------------------------------------

    def _show_read(self, table: AnswerTable | None) -> None:
        self.table = table
        self.column.blockSignals(True)
        self.column.clear()
        self._clear_preview()
        if table is None:
            self.column.blockSignals(False)
            self._replan()
            return
        headers = list(table.headers)
        if table.kind.value == "text":
            headers = [self.tr("Answer (one per line)")]
        self._show_rows(headers, table.identifying, table.preview)
        labels = self._column_labels(headers, table.identifying, table.looks_identifying)
        for index, label in enumerate(labels):
            self.column.addItem(label, index)
            if index in table.identifying and index not in table.looks_identifying:
                # Listed so the user sees it exists, but it cannot be chosen.
                model_item = self.column.model().item(index)  # type: ignore[attr-defined]
                model_item.setEnabled(False)
        self.column.setCurrentIndex(table.suggested if table.suggested is not None else -1)
        self.column.blockSignals(False)
        notes = self._identifying_notes(headers, table.identifying, table.looks_identifying)
        self.identifying_note.setText("\n".join(notes))
        self._fit_columns()
        self._replan()

    def _fit_columns(self) -> None:
        self._fit_preview(self.chosen_column())

    def chosen_column(self) -> int | None:
        table = self.table
        index = self.column.currentData()
        if table is None or index is None:
            return None
        if index in table.identifying and index not in table.looks_identifying:
            return None
        return int(index)

    def set_column(self, index: int) -> None:
        """Choose the answers column, as the list does; columns that identify people by
        their heading cannot be."""
        table = self.table
        if table is not None and (index not in table.identifying or index in table.looks_identifying):
            self.column.setCurrentIndex(self.column.findData(index))

    def _replan(self) -> None:
        if self._planning is not None:
            self._planning.cancel()
            self._planning = None
        self._current_plan = None
        table, index, workshop = self.table, self.chosen_column(), self.session.workshop
        if table is None or index is None or workshop is None:
            self._update_summary()
            return

        def job(_control: WorkControl) -> ImportPlan:
            # The services load on first use, not with the window.
            from philosophy_studio.services.survey import ImportHistory, plan_from_table

            return plan_from_table(table, index, ImportHistory.of(workshop))

        def done(plan: ImportPlan) -> None:
            if control is self._planning:
                self._planning = None
                self._current_plan = plan
                self._update_summary()

        def failed(error: BaseException) -> None:
            if control is self._planning:
                self._planning = None
                if not isinstance(error, CancelledError):
                    self.problem.setText(self._describe(error))
                self._update_summary()

        control = self.session.runner.run_heavy(job, done, failed)
        self._planning = control
        self._update_summary()

    def _on_workshop_changed(self, _workshop: object, _changes: object) -> None:
        # Another import (a colleague on a team server) changes what is new.
        if self.isVisible():
            self._replan()

    def _update_summary(self) -> None:
        plan = self._current_plan
        self.import_button.setText(self.tr("&Import"))
        self.question.clear()
        self.question.setVisible(False)
        self._mark_imported_rows(plan.already_imported if plan is not None else 0)
        if plan is None:
            if self._planning is not None:
                self.summary.setText(self.tr("Checking which rows are new…"))
            else:
                self.summary.clear()
            self.import_button.setEnabled(False)
            return
        locale = QLocale()
        lines = []
        if plan.looks_identifying:
            lines.append(
                self.tr(
                    "This column looks like names, e-mail addresses, phone or ID numbers, so its cells are "
                    "not shown. Import it only if it really holds the answers."
                )
            )
        if plan.nothing_new:
            lines.append(
                self.tr(
                    "Every row of this file (%Ln row(s)) is in the workshop already, imported before: "
                    "there is nothing new to import.",
                    "",
                    plan.already_imported,
                )
            )
        elif plan.already_imported:
            lines.append(
                self.tr(
                    "Already in the workshop: %Ln row(s), from an earlier import of this form; "
                    "only the rows after them are new.",
                    "",
                    plan.already_imported,
                )
            )
        if plan.needs_confirmation:
            self.question.setVisible(True)
            self.question.setText(
                self.tr(
                    "%1 of the %2 answers are in the workshop already, but this file does not start with an "
                    "earlier import (responses edited or deleted, or the rows sorted differently). Import "
                    "all rows only if these are not the same people; otherwise cancel."
                )
                .replace("%1", locale.toString(plan.overlap))
                .replace("%2", locale.toString(len(plan.answers)))
            )
            self.import_button.setText(self.tr("Import &all rows"))
        if not plan.nothing_new:
            lines.append(self.tr("%Ln answer(s) will be imported.", "", len(plan.answers)))
        if plan.empty:
            lines.append(self.tr("%Ln empty answer(s) will be skipped.", "", plan.empty))
        # Answers cut to the length limit, formulas without a result: never silently.
        lines += [
            note.render(QCoreApplication.translate("ImportSummary", note.template), locale.toString)
            for note in plan.notes
        ]
        if self.table is not None and self.table.row_count > PREVIEW_ROWS:
            lines.append(
                self.tr("The preview shows the first %1 of %2 rows.")
                .replace("%1", locale.toString(PREVIEW_ROWS))
                .replace("%2", locale.toString(self.table.row_count))
            )
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(bool(plan.answers) and not plan.nothing_new and not self._storing)

    def _mark_imported_rows(self, count: int) -> None:
        """Grey the preview's rows that an earlier import of the form took."""
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        for row in range(self.preview.rowCount()):
            for column in range(self.preview.columnCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(muted if row < count else normal)

    # --- importing -------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self._current_plan
        if plan is None or not plan.answers or self._storing:
            return
        name = self._path.name if self._path is not None else ""
        self._storing = True
        self.import_button.setEnabled(False)

        def job(service: WorkshopService) -> tuple[ImportPlan, Changes]:
            from philosophy_studio.services.survey import import_answers

            # The user saw the question and chose "Import all rows".
            return import_answers(service, plan, name=name, all_rows=plan.needs_confirmation)

        self.session.call(job, self._on_imported, self._on_import_failed)

    def _on_imported(self, plan: ImportPlan) -> None:
        self._storing = False
        self.imported.emit(len(plan.answers), plan.empty, plan.already_imported)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self._storing = False
        self.problem.setText(self._describe(error))
        self._replan()

    def reject(self) -> None:
        self.cancel()
        if self._planning is not None:
            self._planning.cancel()
            self._planning = None
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if busy:
            self.import_button.setEnabled(False)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import answers"))
        self.column_label.setText(self.tr("Answers &column:"))
        self.column.setAccessibleName(self.tr("Column that holds the answers"))
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.stop.setText(self.tr("&Stop reading"))
        # The summary and the Import button's label follow the plan.
        self._update_summary()
