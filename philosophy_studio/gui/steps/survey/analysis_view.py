"""The word analysis of the survey, below its answers: which words and phrases recur in
the answers, how many people used them, where, and which of them become values.

This view composes the parts: a heading with the analysis's progress; tabs of words, a
bar chart, a word cloud, phrases, themes and the excluded words; the corrections below
them; and beside them the answers that use the selected word. The analysis itself runs
off the GUI thread (the AnalysisModel); nothing here computes more than a table fill.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.steps.survey.analysis_status import AnalysisStatus
from philosophy_studio.gui.steps.survey.corrections import WordCorrections
from philosophy_studio.gui.steps.survey.excluded_words import ExcludedWords
from philosophy_studio.gui.steps.survey.keyword_in_context import KeywordInContext
from philosophy_studio.gui.steps.survey.themes_view import ThemesView
from philosophy_studio.gui.steps.survey.value_from_word import MakeValueButton
from philosophy_studio.gui.steps.survey.word_table import CountRow, CountTable
from philosophy_studio.gui.widgets.bar_chart import BarChart
from philosophy_studio.gui.widgets.word_cloud import WordCloud

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import TermCount
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.models.workshop_session import WorkshopSession
    from philosophy_studio.gui.tasks import TaskRunner
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis

# How many words the chart and the cloud show: what a room can read at once.
CHART_WORDS = 15
CLOUD_WORDS = 60
# The table shows this many groups at most; the CLI lists them all.
TABLE_LIMIT = 500


class AnalysisView(FollowsLanguage, QWidget):
    def __init__(
        self,
        model: AnalysisModel,
        session: WorkshopSession,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analysisView")
        self._model = model
        self._analysis: WorkshopAnalysis | None = None
        self._terms: dict[str, TermCount] = {}
        # Set while the tables are refilled: their selection changes are not the user's.
        self._filling = False

        self.status = AnalysisStatus(session, self._model)
        self.words = CountTable(phrases=False, name="analysisWords")
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chart = BarChart()
        self.chart.setObjectName("analysisChart")
        self.cloud = WordCloud()
        self.cloud.setObjectName("analysisCloud")
        self.phrases = CountTable(phrases=True, name="analysisPhrases")
        self.themes = ThemesView()
        self.excluded = ExcludedWords(session, self._model)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        for widget in (self.words, self.chart, self.cloud, self.phrases, self.themes, self.excluded):
            self.tabs.addTab(widget, "")

        self.corrections = WordCorrections(session)
        self.words.addAction(self.corrections.exclude_action)
        self.make_value_button = MakeValueButton(session, self._current_term)
        actions = QHBoxLayout()
        actions.addWidget(self.corrections)
        actions.addWidget(self.make_value_button)
        actions.addStretch(1)

        self.keyword_in_context = KeywordInContext(runner)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.keyword_in_context)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.status.withheld)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

        self.words.selectionModel().selectionChanged.connect(lambda *_args: self._on_selection_changed())
        self.phrases.selectionModel().selectionChanged.connect(lambda *_args: self._on_selection_changed())
        self.tabs.currentChanged.connect(lambda _index: self._on_selection_changed())
        self.words.customContextMenuRequested.connect(self._word_menu)
        self.cloud.word_clicked.connect(self.words.show_label)
        self._model.updated.connect(self._show)

        self.retranslate_ui()
        self._show(self._model.analysis)

    # --- language --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts only: a change of language shows the same analysis and starts nothing
        (it may come as the window closes, its task runner shut down)."""
        titles = (
            self.tr("Words"),
            self.tr("Chart"),
            self.tr("Cloud"),
            self.tr("Phrases"),
            self.tr("Themes"),
            self.tr("Excluded"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(self.tr("Views of the word analysis"))
        self.words.setAccessibleName(self.tr("Words used in the answers"))
        self.words.setAccessibleDescription(
            self.tr(
                "Each row is one word with its inflected forms. Select rows to merge, split or exclude them."
            )
        )
        self.phrases.setAccessibleName(self.tr("Recurring phrases"))
        self.chart.setAccessibleName(self.tr("Bar chart of the most used words"))
        self.cloud.setAccessibleName(self.tr("Word cloud of the most used words"))
        self.cloud.setAccessibleDescription(
            self.tr("The same words as the Words table; bigger means more respondents.")
        )
        if self._analysis is not None:
            self._show_chart(self._analysis)

    # --- showing ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._model.want()

    def _show(self, analysis: WorkshopAnalysis | None) -> None:
        self._analysis = analysis
        if analysis is None:
            self._terms = {}
            self.stack.setCurrentWidget(self.status.withheld)
            self._update_actions()
            return
        result = analysis.result
        self._terms = {term.term: term for term in result.terms}
        words, phrases = self.words.selected_labels(), self.phrases.selected_labels()
        self._filling = True
        self.words.counts.show_rows(
            (
                CountRow(term.term, term.respondents, term.count, term.forms)
                for term in result.terms[:TABLE_LIMIT]
            ),
            result.respondents,
        )
        self.phrases.counts.show_rows(
            (CountRow(phrase.phrase, phrase.respondents, phrase.count) for phrase in result.phrases),
            result.respondents,
        )
        # What was selected stays selected where it still is.
        self.words.select_labels(words)
        self.phrases.select_labels(phrases)
        self._filling = False
        self.excluded.show_excluded(result.excluded)
        self._show_chart(analysis)
        self.cloud.show_words([(term.term, term.respondents) for term in result.terms[:CLOUD_WORDS]])
        self.themes.show_themes(result.themes)
        self.stack.setCurrentWidget(self.splitter)
        # The answers behind the selection are looked for again: their counts may differ.
        self._on_selection_changed()

    def _show_chart(self, analysis: WorkshopAnalysis) -> None:
        top = [(term.term, term.respondents) for term in analysis.result.terms[:CHART_WORDS]]
        self.chart.show_bars(top, self.tr("Respondents per word (top %Ln)", "", len(top)))

    # --- selection -------------------------------------------------------------------

    def _current_term(self) -> str | None:
        """The one word or phrase selected where the user is: what the answers beside
        the tabs show and what "Make this a value" takes."""
        if self.tabs.currentWidget() is self.phrases:
            phrases = self.phrases.selected_labels()
            return phrases[0] if phrases else None
        words = self.words.selected_labels()
        return words[0] if len(words) == 1 else None

    def _on_selection_changed(self) -> None:
        if self._filling:
            return
        term = self._current_term()
        group = self._terms.get(term) if term is not None else None
        self.keyword_in_context.show_term(term, self._analysis, group)
        self._update_actions()

    def _update_actions(self) -> None:
        on_words = self.tabs.currentWidget() in (self.words, self.chart, self.cloud)
        labels = self.words.selected_labels() if on_words else []
        self.corrections.show_selection([self._terms[label] for label in labels if label in self._terms])
        self.make_value_button.setEnabled(self._current_term() is not None)

    def _word_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for button in self.corrections.buttons():
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        if self._current_term() is not None:
            menu.addSeparator()
            self.make_value_button.add_choices(menu)
        menu.exec(self.words.viewport().mapToGlobal(position))
