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

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from philosophy_studio.domain.changes import Changes
from philosophy_studio.gui.dialogs.import_file_dialog import ImportFileDialog
from philosophy_studio.gui.garbage import (
    loading_long_lived_finished,
    loading_long_lived_goes_on,
    loading_long_lived_started,
)
from philosophy_studio.gui.i18n import FollowsLanguage, describe_failure
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    from philosophy_studio.domain.feedback import ScoreScale
    from philosophy_studio.services.feedback import FeedbackColumns, FeedbackImport, FeedbackPreview
    from philosophy_studio.services.workshop_service import WorkshopService


class ImportFeedbackDialog(FollowsLanguage, ImportFileDialog):
    # What the import did (services.feedback.FeedbackImport).
    imported = Signal(object)
    # The import's progress, sent from the storage thread (queued to this one).
    _progressed = Signal(float)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.preview_table: FeedbackPreview | None = None
        self._importing: WorkControl | None = None
        self.setMinimumSize(820, 560)

        self.encoding.setObjectName("feedbackEncoding")
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
        for label, combo in zip(self.column_labels, self._combos(), strict=True):
            label.setBuddy(combo)
            self.form.addRow(label, combo)
        self.form.addRow(self.scale_label, self.scale)

        self.identifying_note.setObjectName("feedbackIdentifyingNote")
        self.problem.setObjectName("feedbackImportProblem")
        self.stop.setObjectName("feedbackStop")
        self.import_button.setObjectName("feedbackImport")

        self.text_column.currentIndexChanged.connect(lambda _index: self._on_columns_changed())
        self._progressed.connect(self._on_progress)
        self._lay_out()

    def _combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return self.text_column, self.score_column, self.date_column, self.channel_column

    # --- reading the start of the file ---------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._reading is not None or self._importing is not None

    def _reading_job(self, encoding: str | None) -> Callable[[WorkControl], FeedbackPreview] | None:
        path, workshop = self._path, self.session.workshop
        if path is None or workshop is None:
            return None
        language = workshop.info.language

        def job(_work: WorkControl) -> FeedbackPreview:
            from philosophy_studio.services.feedback import preview_feedback_file

            return preview_feedback_file(path, language, encoding=encoding)

        return job

    def _cancelled_text(self) -> str:
        return self.tr("The import was cancelled. Nothing was imported.")

    def _describe(self, error: BaseException) -> str:
        return describe_failure(error)

    def _show_read(self, preview: FeedbackPreview | None) -> None:
        self.preview_table = preview
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
        self._clear_preview()
        if preview is None:
            for combo in self._combos():
                combo.blockSignals(False)
            self._update_button()
            return
        headers = list(preview.headers)
        if preview.delimiter is None and len(headers) == 1:
            headers = [self.tr("Comment (one per line)")]
        self._show_rows(headers, preview.identifying, preview.rows)
        for combo in self._combos()[1:]:
            combo.addItem(self.tr("(none)"), None)
        labels = self._column_labels(headers, preview.identifying, preview.looks_identifying)
        for index, label in enumerate(labels):
            for combo in self._combos():
                combo.addItem(label, index)
                # A column that identifies people by its heading is listed, so the user
                # sees it exists, but only a date can be taken from it (the day alone).
                if index in preview.identifying - preview.looks_identifying and combo is not self.date_column:
                    combo.model().item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
        self.text_column.setCurrentIndex(preview.suggested if preview.suggested is not None else -1)
        for combo in self._combos():
            combo.blockSignals(False)
        notes = self._identifying_notes(headers, preview.identifying, preview.looks_identifying)
        notes.append(
            self.tr(
                "E-mail addresses, phone, ID, IBAN and card numbers in the comments are replaced before "
                "anything is stored, as the preview shows."
            )
        )
        self.identifying_note.setText("\n".join(notes))
        self._on_columns_changed()

    def _on_columns_changed(self) -> None:
        self._fit_preview(self.text_column.currentData())
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
        # A million rows make columns of a million items on the storage thread:
        # meanwhile the GUI thread's garbage collections freeze rather than look at
        # them, so the progress bar keeps moving (gui/garbage.py).
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
        self.cancel_parsing()
        if self._importing is not None:
            self._importing.cancel()

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
        super()._set_busy(busy)
        for combo in (*self._combos(), self.scale):
            combo.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(not self.is_busy and self.columns() is not None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import customer feedback"))
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
            self._show_read(self.preview_table)
            if chosen[0] is not None:
                self.set_columns(*chosen)
        self.progress.setAccessibleName(self.tr("Importing the feedback"))
        self.stop.setText(self.tr("&Stop"))
        self.import_button.setText(self.tr("&Import"))
