"""Importing answers from a file or the clipboard: a preview first, then one transaction.

The file is parsed off the GUI thread (progress and Cancel). The preview shows the first
rows, greys out the columns that identify people (never imported), lets the user pick
the answers column and, for a file that is not UTF-8 or UTF-16, the encoding, with the
preview following each choice. Only Import writes, all answers at once or none.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.importing.decoding import CHOICES
from philosophy_studio.importing.errors import EncodingNeededError, WrongEncodingError
from philosophy_studio.importing.reader import PREVIEW_ROWS, AnswerTable, read_file, read_text
from philosophy_studio.work import CancelledError, WorkControl

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.survey import ImportPlan
    from philosophy_studio.services.workshop_service import WorkshopService

# Preview cells show the start of long answers; the import takes them whole.
PREVIEW_CHARACTERS = 200


class ImportAnswersDialog(QDialog):
    # (imported, empty skipped, duplicates skipped)
    imported = Signal(int, int, int)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: AnswerTable | None = None
        self._path: Path | None = None
        self._text: str | None = None
        self._control: WorkControl | None = None
        self._storing = False
        # Shown only for a file that is neither UTF-8 nor UTF-16; then the user chooses.
        self._encoding_shown = False
        self.setMinimumSize(760, 520)

        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        for code, name in CHOICES:
            self.encoding.addItem(QCoreApplication.translate("Encodings", name), code)
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding)
        self.column = QComboBox()
        self.column.setObjectName("importColumn")
        self.column_label = QLabel()
        self.column_label.setBuddy(self.column)
        form = QFormLayout()
        form.addRow(self.encoding_label, self.encoding)
        form.addRow(self.column_label, self.column)

        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.setWordWrap(True)
        self.identifying_note = QLabel()
        self.identifying_note.setObjectName("identifyingNote")
        self.identifying_note.setTextFormat(Qt.TextFormat.PlainText)
        self.identifying_note.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.stop = QPushButton()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.identifying_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

        self.encoding.activated.connect(lambda _index: self._parse())
        self.column.currentIndexChanged.connect(lambda _index: self._update_summary())
        self.stop.clicked.connect(self.cancel_parsing)
        self._show_encoding(False)
        self._set_busy(False)
        self.retranslate_ui()

    # --- loading ---------------------------------------------------------------------

    def load_file(self, path: Path) -> None:
        self._path, self._text = path, None
        self.source.setText(self.tr("File: %1").replace("%1", str(path)))
        self._show_encoding(False)
        self._parse()

    def load_text(self, text: str) -> None:
        self._path, self._text = None, text
        self.source.setText(self.tr("Text from the clipboard"))
        self._show_encoding(False)
        self._parse()

    @property
    def is_parsing(self) -> bool:
        return self._control is not None

    def _parse(self) -> None:
        self.cancel_parsing()
        self.table = None
        self._show_table(None)
        self.problem.clear()
        path, text = self._path, self._text
        encoding = self.encoding.currentData() if self._encoding_shown else None
        if self._encoding_shown and encoding is None:
            return  # waiting for the user's choice
        name = path.name if path is not None else self.tr("the clipboard")

        def job(control: WorkControl) -> AnswerTable:
            if path is not None:
                return read_file(path, encoding=encoding, control=control)
            return read_text(text or "", name, control=control)

        self._set_busy(True)
        control = self.session.runner.run_heavy(  # the session's runner: shut down with the window
            job, self._on_parsed, self._on_parse_failed, self._on_progress
        )
        self._control = control

    def cancel_parsing(self) -> None:
        if self._control is not None:
            self._control.cancel()

    def _on_progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _on_parsed(self, table: AnswerTable) -> None:
        self._control = None
        self._set_busy(False)
        self.table = table
        self._show_table(table)

    def _on_parse_failed(self, error: BaseException) -> None:
        self._control = None
        self._set_busy(False)
        if isinstance(error, CancelledError):
            self.problem.setText(self.tr("Reading was cancelled. Nothing was imported."))
            return
        if isinstance(error, (EncodingNeededError, WrongEncodingError)):
            self._show_encoding(True)
        self.problem.setText(error_message(error, unexpected=True) or str(error))

    # --- the preview -----------------------------------------------------------------

    def _show_encoding(self, shown: bool) -> None:
        if shown and not self._encoding_shown:
            # No encoding is preselected: the user looks at the preview of each one.
            self.encoding.setCurrentIndex(-1)
        self._encoding_shown = shown
        self.encoding.setVisible(shown)
        self.encoding_label.setVisible(shown)

    def choose_encoding(self, code: str) -> None:
        """Read the file again as ``code`` (what choosing in the list does)."""
        self.encoding.setCurrentIndex(self.encoding.findData(code))
        self._parse()

    def _show_table(self, table: AnswerTable | None) -> None:
        self.column.blockSignals(True)
        self.column.clear()
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.identifying_note.clear()
        if table is None:
            self.column.blockSignals(False)
            self._update_summary()
            return
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        not_imported = self.tr("not imported")
        headers = [
            f"{heading} ({not_imported})" if index in table.identifying else heading
            for index, heading in enumerate(table.headers)
        ]
        if table.kind.value == "text":
            headers = [self.tr("Answer (one per line)")]
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels([_short(h) for h in headers])
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row_number, row in enumerate(shown):
            for column_number, value in enumerate(row):
                item = QTableWidgetItem(_short(value))
                if column_number in table.identifying:
                    item.setForeground(muted)
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.preview.setItem(row_number, column_number, item)
        for index, heading in enumerate(headers):
            self.column.addItem(_short(heading), index)
            if index in table.identifying:
                # Listed so the user sees it exists, but it cannot be chosen.
                model_item = self.column.model().item(index)  # type: ignore[attr-defined]
                model_item.setEnabled(False)
        if table.suggested is not None:
            self.column.setCurrentIndex(table.suggested)
        self.column.blockSignals(False)
        if table.identifying:
            names = ", ".join(_short(table.headers[index], 60) for index in sorted(table.identifying))
            self.identifying_note.setText(
                self.tr("Columns that identify people are never imported: %1.").replace("%1", names)
            )
        self._update_summary()

    def chosen_column(self) -> int | None:
        table = self.table
        index = self.column.currentData()
        if table is None or index is None or index in table.identifying:
            return None
        return int(index)

    def set_column(self, index: int) -> None:
        """Choose the answers column, as the list does; identifying columns cannot be."""
        if self.table is not None and index not in self.table.identifying:
            self.column.setCurrentIndex(self.column.findData(index))

    def _plan(self) -> ImportPlan | None:
        # The services load on first use, not with the window.
        from philosophy_studio.services.survey import plan_from_table

        index = self.chosen_column()
        if self.table is None or index is None:
            return None
        return plan_from_table(self.table, index)

    def _update_summary(self) -> None:
        plan = self._plan()
        if plan is None:
            self.summary.clear()
            self.import_button.setEnabled(False)
            return
        locale = QLocale()
        lines = [self.tr("%Ln answer(s) will be imported.", "", len(plan.answers))]
        if plan.empty:
            lines.append(self.tr("%Ln empty answer(s) will be skipped.", "", plan.empty))
        if plan.duplicates:
            lines.append(
                self.tr("%Ln exact duplicate(s) within this file will be skipped.", "", plan.duplicates)
            )
        if self.table is not None and len(self.table.rows) > PREVIEW_ROWS:
            lines.append(
                self.tr("The preview shows the first %1 of %2 rows.")
                .replace("%1", locale.toString(PREVIEW_ROWS))
                .replace("%2", locale.toString(len(self.table.rows)))
            )
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(bool(plan.answers) and not self._storing)

    # --- importing -------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self._plan()
        if plan is None or not plan.answers or self._storing:
            return
        name = self._path.name if self._path is not None else ""
        self._storing = True
        self.import_button.setEnabled(False)

        def job(service: WorkshopService) -> tuple[ImportPlan, Changes]:
            from philosophy_studio.services.survey import import_answers

            return import_answers(service, plan, name=name)

        self.session.call(job, self._on_imported, self._on_import_failed)

    def _on_imported(self, plan: ImportPlan) -> None:
        self._storing = False
        self.imported.emit(len(plan.answers), plan.empty, plan.duplicates)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self._storing = False
        self.problem.setText(error_message(error, unexpected=True) or str(error))
        self._update_summary()

    def reject(self) -> None:
        self.cancel_parsing()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self.import_button.setEnabled(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import answers"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.encoding.setPlaceholderText(self.tr("Choose the encoding…"))
        self.encoding.setAccessibleName(self.tr("Text encoding of the file"))
        self.column_label.setText(self.tr("Answers &column:"))
        self.column.setAccessibleName(self.tr("Column that holds the answers"))
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.stop.setText(self.tr("&Stop reading"))
        self.import_button.setText(self.tr("&Import"))


def _short(text: str, limit: int = PREVIEW_CHARACTERS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
