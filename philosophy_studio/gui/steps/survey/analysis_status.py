"""The heading row of the word analysis: how far a run has got (progress, Cancel,
Analyse again), what the last one found in a line, and the switch for the question's
own words; and, while there is no analysis to show, why not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedWidget, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.steps.survey.corrections import QuestionWordsSwitch
from philosophy_studio.gui.theme import READING, SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.models.workshop_session import WorkshopSession
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis


class AnalysisStatus(FollowsLanguage, QWidget):
    def __init__(self, session: WorkshopSession, model: AnalysisModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._model = model
        self._analysis: WorkshopAnalysis | None = None
        # The last run's error, shown until an analysis arrives.
        self._failure: str | None = None

        self.heading = QLabel()
        scale_font(self.heading, SUBHEADING, bold=True)
        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_question_words = QuestionWordsSwitch(session)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelAnalysis")
        self.run_button = QPushButton()
        self.run_button.setObjectName("runAnalysis")
        self.run_button.hide()
        # A run's progress and Cancel take the summary's place, which is as large as
        # the larger of the two at all times: the heading keeps its width and height,
        # and the word table below stays under the pointer as a run starts and ends.
        summary_page, running_page = QWidget(), QWidget()
        summary_row = QHBoxLayout(summary_page)
        summary_row.setContentsMargins(0, 0, 0, 0)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.run_button)
        running_row = QHBoxLayout(running_page)
        running_row.setContentsMargins(0, 0, 0, 0)
        running_row.addWidget(self.progress, 1)
        running_row.addWidget(self.cancel_button)
        running_row.addStretch(1)
        self.state = QStackedWidget()
        self.state.addWidget(summary_page)
        self.state.addWidget(running_page)
        self._reserve_height()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.keep_question_words)
        # Shown by the view in place of the results.
        self.withheld = QLabel()
        self.withheld.setObjectName("analysisWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.withheld.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.withheld, READING)

        self.cancel_button.clicked.connect(model.cancel)
        self.run_button.clicked.connect(model.run_again)
        model.updated.connect(self._on_updated)
        model.running_changed.connect(self._on_running)
        model.progressed.connect(lambda fraction: self.progress.setValue(round(fraction * 100)))
        model.failed.connect(self._on_failed)
        session.changed.connect(self._on_session_changed)
        self.retranslate_ui()
        self._on_running(model.is_running)
        self._on_updated(model.analysis)

    def _reserve_height(self) -> None:
        """Room for two lines of summary (a cancelled run says so at some length) or a
        button, whichever is taller, whether or not they are shown."""
        lines = 2 * self.summary.fontMetrics().lineSpacing()
        buttons = max(
            widget.sizeHint().height() for widget in (self.run_button, self.cancel_button, self.progress)
        )
        self.state.setMinimumHeight(max(lines, buttons))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Words in the answers"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Cancel the analysis"))
        self.run_button.setText(self.tr("Analyse again"))
        self.run_button.setAccessibleDescription(self.tr("Analyse the answers again"))
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.withheld.setAccessibleName(self.tr("Why the analysis is not shown"))
        self._reserve_height()
        self._show()

    def _on_updated(self, analysis: WorkshopAnalysis | None) -> None:
        self._analysis = analysis
        self._failure = None
        self._show()

    def _on_session_changed(self, _workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.ANSWERS, Aspect.SURVEY) and self._model.withheld:
            # Too few answers still: the count so far has changed.
            self._show()

    def _on_running(self, running: bool) -> None:
        self.state.setCurrentIndex(1 if running else 0)
        if running:
            self.progress.setValue(0)
            self.run_button.hide()
        else:
            self.run_button.setVisible(self._model.cancelled)
            self._show()

    def _on_failed(self, message: str) -> None:
        self._failure = message
        self._show()
        self.run_button.show()

    def _show(self) -> None:
        """Worked out from the analysis's state each time, so that a change of language
        shows the same state."""
        analysis = self._analysis
        cancelled = self._model.cancelled and not self._model.is_running
        if analysis is None:
            self.withheld.setText(self._withheld_text(cancelled))
        if self._failure is not None:
            self.summary.setText(self.tr("The analysis failed: %1").replace("%1", self._failure))
        elif analysis is None:
            self.summary.setText("")
        elif cancelled:
            self.summary.setText(self.tr("The analysis was cancelled; the figures below may be out of date."))
        else:
            result = analysis.result
            self.summary.setText(
                self.tr("%Ln answer(s) analysed", "", result.respondents)
                + " · "
                + self.tr("%Ln different word(s)", "", len(result.terms))
            )

    def _withheld_text(self, cancelled: bool) -> str:
        workshop = self.session.workshop
        if workshop is None:
            return ""
        if self._model.withheld:
            have, need = workshop.visible_answer_count, workshop.survey.min_respondents
            return (
                self.tr(
                    "The word analysis appears from %Ln answer(s) on, "
                    "so that no answer can be traced to a person.",
                    "",
                    need,
                )
                + " "
                + self.tr("So far: %Ln.", "", have)
            )
        if cancelled:
            return self.tr("The analysis was cancelled. Analyse again to see the words.")
        # Not withheld, just not analysed yet (the first run is under way).
        return self.tr("Analysing the answers…")
