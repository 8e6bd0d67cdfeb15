"""Importing customers' feedback: the start of the file first, the columns chosen by the
user, then the whole file stored in one background job with progress and Cancel.

The preview follows the staff import (import_answers_dialog.py): a column that
identifies people appears only by its heading, none of its cells is put in a widget
(the screen may be on a projector), and the comments' personal data is shown as the
import will store it, replaced by a placeholder. The text column is required; score,
date and channel are optional. The import reads, scrubs and stores on the storage
thread, so a million comments never hold up the window, and Cancel leaves the
workshop as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

from philosophy_studio.domain.changes import Changes
from philosophy_studio.gui.dialogs.import_preview_table import ImportPreviewTable
from philosophy_studio.gui.garbage import (
    loading_long_lived_finished,
    loading_long_lived_goes_on,
    loading_long_lived_started,
)
from philosophy_studio.gui.i18n import describe_failure
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.answer_files import CHOICES, EncodingNeededError, WrongEncodingError
from philosophy_studio.work import CancelledError, WorkControl

if TYPE_CHECKING:
    from philosophy_studio.domain.feedback import ScoreScale
    from philosophy_studio.services.feedback import FeedbackColumns, FeedbackImport, FeedbackPreview
    from philosophy_studio.services.workshop_service import WorkshopService

# Preview cells show the start of long comments; the import takes them whole.
PREVIEW_CHARACTERS = 200


class ImportFeedbackDialog(QDialog):
    # What the import did (services.feedback.FeedbackImport).
    imported = Signal(object)
    # The import's progress, sent from the storage thread (queued to this one).
    _progressed = Signal(float)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview_table: FeedbackPreview | None = None
        self._path: Path | None = None
        self._reading: WorkControl | None = None
        self._importing: WorkControl | None = None
        self._encoding_shown = False
        self.setMinimumSize(820, 560)

        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.encoding = QComboBox()
        self.encoding.setObjectName("feedbackEncoding")
        for code, name in CHOICES:
            self.encoding.addItem(QCoreApplication.translate("Encodings", name), code)
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding)
        self.text_column = QComboBox()
        self.text_column.setObjectName("feedbackTextColumn")
        self.score_column = QComboBox()
        self.score_column.setObjectName("feedbackScoreColumn")
        self.date_column = QComboBox()
        self.date_column.setObjectName("feedbackDateColumn")
        self.channel_column = QComboBox()
        self.channel_column.setObjectName("feedbackChannelColumn")
        self.column_labels = [QLabel() for _ in range(4)]
        # Read from the scores unless chosen: a small NPS sample of low scores reads as CSAT.
        self.scale = QComboBox()
        self.scale.setObjectName("feedbackScale")
        self.scale_label = QLabel()
        self.scale_label.setBuddy(self.scale)
        form = QFormLayout()
        form.addRow(self.encoding_label, self.encoding)
        for label, combo in zip(self.column_labels, self._combos(), strict=True):
            label.setBuddy(combo)
            form.addRow(label, combo)
        form.addRow(self.scale_label, self.scale)

        self.preview = ImportPreviewTable()
        self._shown_columns: list[int] = []
        self.identifying_note = QLabel()
        self.identifying_note.setObjectName("feedbackIdentifyingNote")
        self.identifying_note.setTextFormat(Qt.TextFormat.PlainText)
        self.identifying_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("feedbackImportProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.stop = QPushButton()
        self.stop.setObjectName("feedbackStop")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("feedbackImport")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.identifying_note)
        layout.addWidget(self.problem)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

        self.encoding.activated.connect(lambda _index: self._read())
        self.text_column.currentIndexChanged.connect(lambda _index: self._on_columns_changed())
        self.stop.clicked.connect(self.cancel)
        self._progressed.connect(self._on_progress)
        self._show_encoding(False)
        self._set_busy(False)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return self.text_column, self.score_column, self.date_column, self.channel_column

    # --- reading the start of the file ---------------------------------------------

    def load_file(self, path: Path) -> None:
        self._path = path
        self.source.setText(self.tr("File: %1").replace("%1", str(path)))
        self._show_encoding(False)
        self._read()

    @property
    def is_busy(self) -> bool:
        return self._reading is not None or self._importing is not None

    def _read(self) -> None:
        self.cancel()
        self.preview_table = None
        self._show_preview(None)
        self.problem.clear()
        path, workshop = self._path, self.session.workshop
        encoding = self.encoding.currentData() if self._encoding_shown else None
        if path is None or workshop is None or (self._encoding_shown and encoding is None):
            return  # waiting for the user's choice of encoding
        language = workshop.info.language

        def done(preview: FeedbackPreview) -> None:
            if control is self._reading:
                self._reading = None
                self._set_busy(False)
                self.preview_table = preview
                self._show_preview(preview)

        def failed(error: BaseException) -> None:
            if control is self._reading:
                self._reading = None
                self._set_busy(False)
                self._show_problem(error)

        self._set_busy(True)

        def job(_work: WorkControl) -> FeedbackPreview:
            from philosophy_studio.services.feedback import preview_feedback_file

            return preview_feedback_file(path, language, encoding=encoding)

        control = self.session.runner.run_heavy(job, done, failed)
        self._reading = control

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

    def _show_problem(self, error: BaseException) -> None:
        if isinstance(error, CancelledError):
            self.problem.setText(self.tr("The import was cancelled. Nothing was imported."))
            return
        if isinstance(error, (EncodingNeededError, WrongEncodingError)):
            self._show_encoding(True)
        self.problem.setText(describe_failure(error))

    def _show_preview(self, preview: FeedbackPreview | None) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.identifying_note.clear()
        if preview is None:
            for combo in self._combos():
                combo.blockSignals(False)
            self._update_button()
            return
        headers = list(preview.headers)
        if preview.delimiter is None and len(headers) == 1:
            headers = [self.tr("Comment (one per line)")]
        shown = [index for index in range(len(headers)) if index not in preview.identifying]
        self._shown_columns = shown
        self.preview.setColumnCount(len(shown))
        self.preview.setHorizontalHeaderLabels([_short(headers[index]) for index in shown])
        rows = preview.rows if shown else ()
        self.preview.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column_number, index in enumerate(shown):
                self.preview.setItem(row_number, column_number, QTableWidgetItem(_short(row[index])))
        looks = self.tr("looks like names or contact details")
        left_out = self.tr("left out")
        for combo in self._combos()[1:]:
            combo.addItem(self.tr("(none)"), None)
        for index, heading in enumerate(headers):
            if index in preview.looks_identifying:
                label = f"{heading} ({looks})"
            elif index in preview.identifying:
                label = f"{heading} ({left_out})"
            else:
                label = heading
            for combo in self._combos():
                combo.addItem(_short(label), index)
                # A column that identifies people by its heading is listed, so the user
                # sees it exists, but only a date can be taken from it (the day alone).
                if index in preview.identifying - preview.looks_identifying and combo is not self.date_column:
                    combo.model().item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
        self.text_column.setCurrentIndex(preview.suggested if preview.suggested is not None else -1)
        for combo in self._combos():
            combo.blockSignals(False)
        notes = []
        by_heading = sorted(preview.identifying - preview.looks_identifying)
        if by_heading:
            notes.append(
                self.tr(
                    "Left out because they identify people (never imported, their contents not shown): %1."
                ).replace("%1", ", ".join(_short(headers[index], 60) for index in by_heading))
            )
        if preview.looks_identifying:
            notes.append(
                self.tr("Not shown because their cells look like names or contact details: %1.").replace(
                    "%1", ", ".join(_short(headers[index], 60) for index in sorted(preview.looks_identifying))
                )
            )
        notes.append(
            self.tr(
                "E-mail addresses, phone, ID, IBAN and card numbers in the comments are replaced before "
                "anything is stored, as the preview shows."
            )
        )
        self.identifying_note.setText("\n".join(notes))
        self._on_columns_changed()

    def _on_columns_changed(self) -> None:
        chosen = self.text_column.currentData()
        self.preview.fit(self._shown_columns.index(chosen) if chosen in self._shown_columns else None)
        self._update_button()

    def set_columns(
        self, text: int, score: int | None = None, date: int | None = None, channel: int | None = None
    ) -> None:
        """Choose the columns by their index, as the lists do."""
        for combo, index in zip(self._combos(), (text, score, date, channel), strict=True):
            combo.setCurrentIndex(combo.findData(index))

    def columns(self) -> FeedbackColumns | None:
        """The columns chosen, by heading (or by number where a heading is not unique)."""
        from philosophy_studio.services.feedback import FeedbackColumns

        preview = self.preview_table
        if preview is None or self.text_column.currentData() is None:
            return None
        headings = [heading.strip() for heading in preview.headers]

        def name(combo: QComboBox) -> str | None:
            index = combo.currentData()
            if index is None:
                return None
            return headings[index] if headings.index(headings[index]) == index else str(index + 1)

        text = name(self.text_column)
        assert text is not None
        return FeedbackColumns(
            text=text,
            score=name(self.score_column),
            date=name(self.date_column),
            channel=name(self.channel_column),
        )

    # --- importing -------------------------------------------------------------------

    def start_import(self) -> None:
        columns, path = self.columns(), self._path
        if columns is None or path is None or self.is_busy:
            return
        encoding = self.preview_table.encoding if self.preview_table is not None else None
        scale = self.chosen_scale()
        control = WorkControl(lambda fraction, _message: self._progressed.emit(fraction))

        def job(service: WorkshopService) -> tuple[FeedbackImport, Changes]:
            from philosophy_studio.services.feedback import import_feedback

            # The workshop's comments are read on demand by the Customers page, not with
            # the workshop: nothing of the snapshot changes.
            return import_feedback(
                service, path, columns, scale=scale, encoding=encoding, control=control
            ), Changes()

        def done(result: FeedbackImport) -> None:
            loading_long_lived_finished()
            self._importing = None
            self._set_busy(False)
            self.imported.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            loading_long_lived_finished()
            self._importing = None
            self._set_busy(False)
            self._show_problem(error)

        self._importing = control
        self.problem.clear()
        self._set_busy(True)
        # A million rows make millions of short-lived objects on the storage thread:
        # meanwhile the GUI thread's garbage collections look only at the youngest, so
        # the progress bar keeps moving (gui/garbage.py).
        loading_long_lived_started()
        self.session.call(job, done, failed)

    def chosen_scale(self) -> ScoreScale | None:
        from philosophy_studio.domain.feedback import ScoreScale

        value = self.scale.currentData()
        return ScoreScale(value) if value else None

    def choose_scale(self, value: str | None) -> None:
        """ "nps", "csat" or None (read from the scores), as the list does."""
        self.scale.setCurrentIndex(max(self.scale.findData(value or ""), 0))

    def cancel(self) -> None:
        """Stop reading or importing; an import stopped stores nothing."""
        for control in (self._reading, self._importing):
            if control is not None:
                control.cancel()

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        loading_long_lived_goes_on()

    def reject(self) -> None:
        if self._importing is not None:
            # Closing while storing cancels; the dialog closes once nothing was stored.
            self.cancel()
            return
        self.cancel()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop.setVisible(busy)
        self.progress.setValue(0)
        for combo in (*self._combos(), self.scale):
            combo.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(not self.is_busy and self.columns() is not None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customer feedback"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.encoding.setPlaceholderText(self.tr("Choose the encoding…"))
        self.encoding.setAccessibleName(self.tr("Text encoding of the file"))
        labels = (
            (self.tr("&Comments column:"), self.tr("Column that holds the customers' comments")),
            (self.tr("&Score column:"), self.tr("Column with the NPS (0-10) or CSAT (1-5) score, if any")),
            (self.tr("&Date column:"), self.tr("Column with the day of the comment, if any")),
            (self.tr("C&hannel column:"), self.tr("Column with the channel (phone, e-mail, store), if any")),
        )
        for label, combo, (text, accessible) in zip(self.column_labels, self._combos(), labels, strict=True):
            label.setText(text)
            combo.setAccessibleName(accessible)
        chosen_scale = self.scale.currentData()
        self.scale.clear()
        self.scale.addItem(self.tr("Read from the scores"), "")
        self.scale.addItem(self.tr("NPS (0-10)"), "nps")
        self.scale.addItem(self.tr("CSAT (1-5)"), "csat")
        self.scale.setCurrentIndex(max(self.scale.findData(chosen_scale or ""), 0))
        self.scale_label.setText(self.tr("Score sc&ale:"))
        self.scale.setAccessibleName(self.tr("The scale of the scores"))
        self.text_column.setPlaceholderText(self.tr("Choose the comments column…"))
        if self.preview_table is not None:
            # The list's "(none)" and the column notes are in the interface's language;
            # the user's choices stay.
            chosen = [combo.currentData() for combo in self._combos()]
            self._show_preview(self.preview_table)
            if chosen[0] is not None:
                self.set_columns(*chosen)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.progress.setAccessibleName(self.tr("Importing the feedback"))
        self.stop.setText(self.tr("&Stop"))
        self.import_button.setText(self.tr("&Import"))


def _short(text: str, limit: int = PREVIEW_CHARACTERS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
