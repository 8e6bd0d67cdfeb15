"""What the two import dialogs (staff answers, customers' feedback) have in common: the
file named on top, the encoding asked for only when the file needs it, a preview of the
first rows that never shows a column identifying people, reading off the GUI thread
with progress and Stop, and the problem said in the interface's language.

A dialog adds its own column lists to ``form`` and notes between the preview and the
problem, says what to read (``_reading_job``) and shows what was read (``_show_read``).
The texts here are translated under this class's name, given explicitly, as in
kiosk/locked_window.py: one entry in the catalogue serves both dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.dialogs.import_preview_table import ImportPreviewTable
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.answer_files import CHOICES, EncodingNeededError, WrongEncodingError
from philosophy_studio.work import CancelledError, WorkControl

# Preview cells show the start of long texts; the import takes them whole.
PREVIEW_CHARACTERS = 200


class ImportFileDialog(QDialog):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._path: Path | None = None
        self._reading: WorkControl | None = None
        # Shown only for a file that is neither UTF-8 nor UTF-16; then the user chooses.
        self._encoding_shown = False

        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.encoding = QComboBox()
        for code, name in CHOICES:
            self.encoding.addItem(QCoreApplication.translate("Encodings", name), code)
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding)
        self.form = QFormLayout()
        self.form.addRow(self.encoding_label, self.encoding)

        self.preview = ImportPreviewTable()
        self._shown_columns: list[int] = []
        self.identifying_note = note_label()
        self.problem = note_label()

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.stop = QPushButton()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.encoding.activated.connect(lambda _index: self._read())
        self.stop.clicked.connect(self.cancel)

    def _lay_out(self, *notes: QWidget) -> None:
        """Place the widgets, ``notes`` below the identifying note, once the dialog's own
        are made: the order they are placed in is the order Tab takes."""
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.identifying_note)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        self._show_encoding(False)
        self._set_busy(False)
        self.retranslate_ui()

    # --- what each dialog says and does ------------------------------------------------

    def _reading_job(self, encoding: str | None) -> Callable[[WorkControl], Any] | None:
        """The job that reads the source as ``encoding`` (None: as it says); None while
        there is nothing to read."""
        raise NotImplementedError

    def _show_read(self, result: Any) -> None:
        """Show what the reading job returned; None: nothing read (yet)."""
        raise NotImplementedError

    def _cancelled_text(self) -> str:
        raise NotImplementedError

    def _describe(self, error: BaseException) -> str:
        raise NotImplementedError

    def start_import(self) -> None:
        raise NotImplementedError

    # --- reading -----------------------------------------------------------------------

    def load_file(self, path: Path) -> None:
        self._path = path
        self.source.setText(
            QCoreApplication.translate("ImportFileDialog", "File: %1").replace("%1", str(path))
        )
        self._show_encoding(False)
        self._read()

    @property
    def is_parsing(self) -> bool:
        return self._reading is not None

    def cancel_parsing(self) -> None:
        if self._reading is not None:
            self._reading.cancel()

    def cancel(self) -> None:
        """Stop what runs (Stop does)."""
        self.cancel_parsing()

    def _read(self) -> None:
        self.cancel()
        self._show_read(None)
        self.problem.clear()
        encoding = self.encoding.currentData() if self._encoding_shown else None
        if self._encoding_shown and encoding is None:
            return  # waiting for the user's choice
        job = self._reading_job(encoding)
        if job is None:
            return

        def done(result: object) -> None:
            if control is self._reading:
                self._reading = None
                self._set_busy(False)
                self._show_read(result)

        def failed(error: BaseException) -> None:
            if control is self._reading:
                self._reading = None
                self._set_busy(False)
                self._show_problem(error)

        self._set_busy(True)
        # The session's runner: shut down with the window.
        control = self.session.runner.run_heavy(job, done, failed, self._show_progress)
        self._reading = control

    def _show_progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _show_problem(self, error: BaseException) -> None:
        if isinstance(error, CancelledError):
            self.problem.setText(self._cancelled_text())
            return
        if isinstance(error, (EncodingNeededError, WrongEncodingError)):
            self._show_encoding(True)
        self.problem.setText(self._describe(error))

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
        self._read()

    # --- the preview -------------------------------------------------------------------

    def _clear_preview(self) -> None:
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.identifying_note.clear()

    def _show_rows(
        self, headers: Sequence[str], identifying: Set[int], rows: Sequence[Sequence[str]]
    ) -> None:
        """Only columns that may hold answers have their cells shown."""
        shown = [index for index in range(len(headers)) if index not in identifying]
        self._shown_columns = shown
        self.preview.setColumnCount(len(shown))
        self.preview.setHorizontalHeaderLabels([short(headers[index]) for index in shown])
        rows = rows if shown else ()
        self.preview.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column_number, index in enumerate(shown):
                self.preview.setItem(row_number, column_number, QTableWidgetItem(short(row[index])))

    def _column_labels(
        self, headers: Sequence[str], identifying: Set[int], looks_identifying: Set[int]
    ) -> list[str]:
        """Each column's entry in the lists, with why its cells are not shown."""
        looks = QCoreApplication.translate("ImportFileDialog", "looks like names or contact details")
        left_out = QCoreApplication.translate("ImportFileDialog", "left out")
        labels = []
        for index, heading in enumerate(headers):
            if index in looks_identifying:
                label = f"{heading} ({looks})"
            elif index in identifying:
                label = f"{heading} ({left_out})"
            else:
                label = heading
            labels.append(short(label))
        return labels

    def _identifying_notes(
        self, headers: Sequence[str], identifying: Set[int], looks_identifying: Set[int]
    ) -> list[str]:
        notes = []
        by_heading = sorted(identifying - looks_identifying)
        if by_heading:
            notes.append(
                QCoreApplication.translate(
                    "ImportFileDialog",
                    "Left out because they identify people (never imported, their contents not shown): %1.",
                ).replace("%1", ", ".join(short(headers[index], 60) for index in by_heading))
            )
        if looks_identifying:
            notes.append(
                QCoreApplication.translate(
                    "ImportFileDialog",
                    "Not shown because their cells look like names or contact details: %1.",
                ).replace("%1", ", ".join(short(headers[index], 60) for index in sorted(looks_identifying)))
            )
        return notes

    def _fit_preview(self, chosen: int | None) -> None:
        """Give the chosen column (the answers, the comments) the room it needs."""
        self.preview.fit(self._shown_columns.index(chosen) if chosen in self._shown_columns else None)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop.setVisible(busy)
        self.progress.setValue(0)

    def retranslate_ui(self) -> None:
        self.encoding_label.setText(QCoreApplication.translate("ImportFileDialog", "&Encoding:"))
        self.encoding.setPlaceholderText(
            QCoreApplication.translate("ImportFileDialog", "Choose the encoding…")
        )
        self.encoding.setAccessibleName(
            QCoreApplication.translate("ImportFileDialog", "Text encoding of the file")
        )
        self.preview.setAccessibleName(
            QCoreApplication.translate("ImportFileDialog", "Preview of the first rows")
        )


def note_label() -> QLabel:
    """A label for what the dialog says: plain text (file contents are never markup), wrapped."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def short(text: str, limit: int = PREVIEW_CHARACTERS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
