"""The word analysis of the survey: which words and phrases recur in the answers, how
many people used them, where, and which of them become values.

Words, a bar chart, a word cloud, phrases, themes and what is excluded, each a tab; the
answers containing the selected word beside them with the word highlighted. The
facilitator's corrections (merge, split, exclude, restore, stopwords) are undoable
edits stored in the workshop. The analysis itself runs off the GUI thread
(``session.analysis``); nothing here computes more than a table fill.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.analysis_commands import AddAnalysisRule, AddValueEvidence, DeleteAnalysisRule
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language, RuleKind, ValueCard, Workshop
from philosophy_studio.domain.text import capitalised
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.theme import READING, SUBHEADING, scale_font
from philosophy_studio.gui.widgets.bar_chart import BarChart
from philosophy_studio.gui.widgets.word_cloud import WordCloud

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import ExcludedTerm, PhraseCount, TermCount
    from philosophy_studio.gui.models.workshop_session import WorkshopSession
    from philosophy_studio.gui.tasks import TaskRunner
    from philosophy_studio.services.survey_evidence import Snippet, WorkshopAnalysis
    from philosophy_studio.work import WorkControl

# How many words the chart and the cloud show: what a room can read at once.
CHART_WORDS = 15
CLOUD_WORDS = 60
TERM_ROLE = Qt.ItemDataRole.UserRole
# The table shows this many groups at most; the CLI lists them all.
TABLE_LIMIT = 500
# A theme is titled by this many of its most telling words.
THEME_TITLE_WORDS = 3


class _NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number, not its text."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole + 1, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return float(self.data(Qt.ItemDataRole.UserRole + 1)) < float(
            other.data(Qt.ItemDataRole.UserRole + 1)
        )


def highlighted_html(snippets: tuple[Snippet, ...]) -> str:
    """The answers as escaped HTML with the matching words marked."""
    parts = []
    for snippet in snippets:
        text, cursor, pieces = snippet.text, 0, []
        for start, end in snippet.spans:
            pieces.append(html.escape(text[cursor:start]))
            pieces.append(f"<b><u>{html.escape(text[start:end])}</u></b>")
            cursor = end
        pieces.append(html.escape(text[cursor:]))
        body = "".join(pieces).replace("\n", "<br>")
        parts.append(f'<p style="margin-bottom:10px">{body}</p>')
    return "".join(parts)


class AnalysisView(QWidget):
    def __init__(self, session: WorkshopSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisView")
        self.session = session
        self._runner = runner
        self._model = session.analysis
        self._analysis: WorkshopAnalysis | None = None
        self._terms: dict[str, TermCount] = {}
        self._phrases: dict[str, PhraseCount] = {}
        self._excluded: list[ExcludedTerm] = []
        self._context_term: str | None = None
        self._context_control: WorkControl | None = None
        self._filling = False

        self.heading = QLabel()
        scale_font(self.heading, SUBHEADING, bold=True)
        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_question_words = QCheckBox()
        self.keep_question_words.setObjectName("keepQuestionWords")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.hide()
        self.run_button = QPushButton()
        self.run_button.setObjectName("runAnalysis")
        self.run_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.keep_question_words)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.run_button)

        self.withheld = QLabel()
        self.withheld.setObjectName("analysisWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.withheld.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.withheld, READING)

        self.words = self._table("analysisWords", 5)
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chart = BarChart()
        self.chart.setObjectName("analysisChart")
        self.cloud = WordCloud()
        self.cloud.setObjectName("analysisCloud")
        self.phrases = self._table("analysisPhrases", 4)
        self.themes = QTextBrowser()
        self.themes.setObjectName("analysisThemes")
        scale_font(self.themes, READING)
        self.excluded = self._table("analysisExcluded", 4)
        self.excluded.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreWord")
        self.stopword = QLineEdit()
        self.stopword.setObjectName("stopwordInput")
        self.stopword.setMaxLength(100)
        self.add_stopword_button = QPushButton()
        self.add_stopword_button.setObjectName("addStopword")
        self.count_stopword_button = QPushButton()
        self.count_stopword_button.setObjectName("countStopword")
        self.keep_auxiliaries = QCheckBox()
        self.keep_auxiliaries.setObjectName("keepAuxiliaries")
        excluded_page = QWidget()
        excluded_layout = QVBoxLayout(excluded_page)
        self.excluded_note = QLabel()
        self.excluded_note.setWordWrap(True)
        excluded_layout.addWidget(self.excluded_note)
        excluded_layout.addWidget(self.keep_auxiliaries)
        excluded_layout.addWidget(self.excluded, 1)
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.restore_button)
        stop_row.addStretch(1)
        self.stopword_label = QLabel()
        self.stopword_label.setBuddy(self.stopword)
        stop_row.addWidget(self.stopword_label)
        stop_row.addWidget(self.stopword)
        stop_row.addWidget(self.add_stopword_button)
        stop_row.addWidget(self.count_stopword_button)
        excluded_layout.addLayout(stop_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        for widget in (self.words, self.chart, self.cloud, self.phrases, self.themes, excluded_page):
            self.tabs.addTab(widget, "")

        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeWords")
        self.split_button = QPushButton()
        self.split_button.setObjectName("splitWord")
        self.exclude_button = QPushButton()
        self.exclude_button.setObjectName("excludeWord")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameWord")
        self.make_value_button = QToolButton()
        self.make_value_button.setObjectName("makeValue")
        self.make_value_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.make_value_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.make_value_menu = QMenu(self.make_value_button)
        self.make_value_button.setMenu(self.make_value_menu)
        actions = QHBoxLayout()
        for button in (
            self.merge_button,
            self.split_button,
            self.rename_button,
            self.exclude_button,
            self.make_value_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.exclude_action = QAction(self)
        self.exclude_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.exclude_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.words.addAction(self.exclude_action)

        self.context_heading = QLabel()
        self.context_heading.setWordWrap(True)
        self.context_heading.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.context_heading, READING, bold=True)
        self.context = QTextBrowser()
        self.context.setObjectName("keywordInContext")
        self.context.setOpenLinks(False)
        scale_font(self.context, READING)
        context_panel = QWidget()
        context_layout = QVBoxLayout(context_panel)
        context_layout.setContentsMargins(0, 0, 0, 0)
        context_layout.addWidget(self.context_heading)
        context_layout.addWidget(self.context, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(context_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.withheld)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.keep_question_words.toggled.connect(self._on_keep_question_words)
        self.keep_auxiliaries.toggled.connect(self._model.set_keep_auxiliaries)
        self.cancel_button.clicked.connect(self._model.cancel)
        self.run_button.clicked.connect(self._model.run_again)
        self.words.itemSelectionChanged.connect(self._on_word_selected)
        self.words.customContextMenuRequested.connect(self._word_menu)
        self.phrases.itemSelectionChanged.connect(self._on_phrase_selected)
        self.cloud.word_clicked.connect(self.select_term)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.exclude_action.triggered.connect(self.exclude_selected)
        self.make_value_menu.aboutToShow.connect(self._fill_make_value_menu)
        self.restore_button.clicked.connect(self.restore_selected)
        self.excluded.itemSelectionChanged.connect(self._update_actions)
        self.stopword.returnPressed.connect(self.add_stopword)
        self.add_stopword_button.clicked.connect(self.add_stopword)
        self.count_stopword_button.clicked.connect(self.count_stopword)
        self.stopword.textChanged.connect(lambda _text: self._update_actions())
        self.tabs.currentChanged.connect(lambda _index: self._on_selection_source_changed())
        self._model.updated.connect(self._show)
        self._model.running_changed.connect(self._on_running)
        self._model.progressed.connect(lambda fraction: self.progress.setValue(round(fraction * 100)))
        self._model.failed.connect(self._on_failed)
        session.changed.connect(self._on_session_changed)

        self.retranslate_ui()
        self._show_settings()
        self._on_running(self._model.is_running)
        self._show(self._model.analysis)

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only rows are walked with the arrow keys; Tab moves on to the next control.
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        scale_font(table, READING)
        return table

    # --- language --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Words in the answers"))
        self.keep_question_words.setText(self.tr("Count the &question's own words"))
        self.keep_question_words.setToolTip(
            self.tr(
                "Words of the survey question (such as customer or service) appear in most "
                "answers because the question put them there. They are left out unless you tick this."
            )
        )
        self.keep_question_words.setAccessibleName(self.tr("Count the question's own words"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the analysis"))
        self.run_button.setText(self.tr("Analyse again"))
        self.run_button.setAccessibleName(self.tr("Analyse the answers again"))
        self.progress.setAccessibleName(self.tr("Analysis progress"))
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
        self.words.setHorizontalHeaderLabels(
            [self.tr("Word"), self.tr("Respondents"), self.tr("%"), self.tr("Occurrences"), self.tr("Forms")]
        )
        self.words.setAccessibleName(self.tr("Words used in the answers"))
        self.words.setAccessibleDescription(
            self.tr(
                "Each row is one word with its inflected forms. Select rows to merge, split or exclude them."
            )
        )
        self.phrases.setHorizontalHeaderLabels(
            [self.tr("Phrase"), self.tr("Respondents"), self.tr("%"), self.tr("Occurrences")]
        )
        self.phrases.setAccessibleName(self.tr("Recurring phrases"))
        self.excluded.setHorizontalHeaderLabels(
            [self.tr("Word"), self.tr("Why"), self.tr("Respondents"), self.tr("Forms")]
        )
        self.excluded.setAccessibleName(self.tr("Words left out of the analysis"))
        self.excluded_note.setText(
            self.tr(
                "These words occur in the answers but are not counted. Restore one to count it again, "
                "or name a word that should never, or always, count."
            )
        )
        self.chart.setAccessibleName(self.tr("Bar chart of the most used words"))
        self.cloud.setAccessibleName(self.tr("Word cloud of the most used words"))
        self.cloud.setAccessibleDescription(
            self.tr("The same words as the Words table; bigger means more respondents.")
        )
        self.themes.setAccessibleName(self.tr("Themes in the answers"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Count the selected words as one word"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected words"))
        self.split_button.setText(self.tr("S&plit"))
        self.split_button.setToolTip(self.tr("Count each form of the selected word on its own"))
        self.split_button.setAccessibleName(self.tr("Split the selected word into its forms"))
        self.exclude_button.setText(self.tr("E&xclude"))
        self.exclude_button.setToolTip(self.tr("Leave the selected words out of the counts (Delete)"))
        self.exclude_button.setAccessibleName(self.tr("Exclude the selected words"))
        self.exclude_action.setText(self.tr("Exclude"))
        self.make_value_button.setText(self.tr("Make this a &value"))
        self.make_value_button.setToolTip(
            self.tr("Turn the selected word or phrase into a value card, or add it as evidence to a card")
        )
        self.make_value_button.setAccessibleName(self.tr("Make this a value"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.rename_button.setToolTip(
            self.tr("Show the selected word or collocation under a name you choose")
        )
        self.rename_button.setAccessibleName(self.tr("Rename the selected word"))
        self.keep_auxiliaries.setText(self.tr("Count &auxiliaries and light verbs"))
        self.keep_auxiliaries.setToolTip(
            self.tr(
                "Verbs such as olmak, etmek, vermek or be, have, make mostly carry grammar "
                "(yardım etmek, destek vermek): the word beside them says what the answer is about."
            )
        )
        self.keep_auxiliaries.setAccessibleName(self.tr("Count auxiliaries and light verbs"))
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Count the selected excluded words again"))
        self.stopword_label.setText(self.tr("&Word:"))
        self.stopword.setAccessibleName(self.tr("A word to never or always count"))
        self.stopword.setPlaceholderText(self.tr("for example: bence"))
        self.add_stopword_button.setText(self.tr("Never count"))
        self.add_stopword_button.setAccessibleName(self.tr("Never count this word"))
        self.count_stopword_button.setText(self.tr("Always count"))
        self.count_stopword_button.setAccessibleName(
            self.tr("Always count this word, even if it is a stopword")
        )
        self.context.setAccessibleName(self.tr("Answers containing the selected word"))
        self.withheld.setAccessibleName(self.tr("Why the analysis is not shown"))
        if self._analysis is not None:
            self._show(self._analysis)
        else:
            self._show_withheld()
        self._show_context_heading(None)

    # --- showing ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._model.want()

    def _on_session_changed(self, workshop: Workshop, changes) -> None:
        from philosophy_studio.domain.changes import Aspect

        if changes.touches(Aspect.ANALYSIS, Aspect.SURVEY):
            self._show_settings()
        if changes.touches(Aspect.ANSWERS, Aspect.SURVEY) and self._model.withheld:
            self._show_withheld()

    def _show_settings(self) -> None:
        workshop = self.session.workshop
        if workshop is None:
            return
        self.keep_question_words.blockSignals(True)
        self.keep_question_words.setChecked(workshop.survey.keep_question_words)
        self.keep_question_words.blockSignals(False)

    def _on_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setValue(0)
            self.run_button.hide()
        else:
            self.run_button.setVisible(self._model.cancelled)
            if self._model.cancelled and self._analysis is None:
                self.withheld.setText(self.tr("The analysis was cancelled. Analyse again to see the words."))
            elif self._model.cancelled:
                self.summary.setText(
                    self.tr("The analysis was cancelled; the figures below may be out of date.")
                )

    def _on_failed(self, message: str) -> None:
        self.summary.setText(self.tr("The analysis failed: %1").replace("%1", message))
        self.run_button.show()

    def _show_withheld(self) -> None:
        workshop = self.session.workshop
        if workshop is None:
            self.withheld.setText("")
        elif not self._model.withheld:
            # Not withheld, just not analysed yet (the first run is under way).
            self.withheld.setText(self.tr("Analysing the answers…"))
        else:
            have, need = workshop.visible_answer_count, workshop.survey.min_respondents
            self.withheld.setText(
                self.tr(
                    "The word analysis appears from %Ln answer(s) on, "
                    "so that no answer can be traced to a person.",
                    "",
                    need,
                )
                + " "
                + self.tr("So far: %Ln.", "", have)
            )
        self.stack.setCurrentWidget(self.withheld)
        self.summary.setText("")

    def _show(self, analysis: WorkshopAnalysis | None) -> None:
        self._analysis = analysis
        if analysis is None:
            self._terms, self._phrases, self._excluded = {}, {}, []
            self._show_withheld()
            self._update_actions()
            return
        self.stack.setCurrentWidget(self.splitter)
        result = analysis.result
        locale = QLocale()
        self.summary.setText(
            self.tr("%Ln answer(s) analysed", "", result.respondents)
            + " · "
            + self.tr("%Ln different word(s)", "", len(result.terms))
        )
        selected = self.selected_terms()
        self._terms = {term.term: term for term in result.terms}
        self._phrases = {phrase.phrase: phrase for phrase in result.phrases}
        self._excluded = list(result.excluded)
        total = max(result.respondents, 1)
        self._filling = True
        self._fill(
            self.words,
            [
                (term.term, term.respondents, term.count, self._forms_text(term, locale))
                for term in result.terms[:TABLE_LIMIT]
            ],
            total,
            locale,
        )
        self._fill(
            self.phrases,
            [(phrase.phrase, phrase.respondents, phrase.count, None) for phrase in result.phrases],
            total,
            locale,
        )
        self._fill_excluded(locale)
        self._filling = False
        top = [(term.term, term.respondents) for term in result.terms[:CHART_WORDS]]
        self.chart.show_bars(top, self.tr("Respondents per word (top %Ln)", "", len(top)))
        self.cloud.show_words([(term.term, term.respondents) for term in result.terms[:CLOUD_WORDS]])
        self._show_themes(analysis)
        self._reselect(selected)
        self._update_actions()

    @staticmethod
    def _forms_text(term: TermCount, locale: QLocale) -> str:
        return ", ".join(f"{form} ({locale.toString(count)})" for form, count in term.forms)

    def _fill(
        self,
        table: QTableWidget,
        rows: list[tuple[str, int, int, str | None]],
        total: int,
        locale: QLocale,
    ) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for row, (label, respondents, count, forms) in enumerate(rows):
            item = QTableWidgetItem(label)
            item.setData(TERM_ROLE, label)
            share = 100.0 * respondents / total
            cells = [
                item,
                _NumberItem(respondents, locale.toString(respondents)),
                _NumberItem(share, locale.toString(share, "f", 0)),
                _NumberItem(count, locale.toString(count)),
            ]
            if forms is not None:
                forms_item = QTableWidgetItem(forms)
                forms_item.setToolTip(forms)
                cells.append(forms_item)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        # Re-sorts by the column the user chose (respondents at first); ties keep the
        # analysis's own order.
        table.setSortingEnabled(True)

    def _fill_excluded(self, locale: QLocale) -> None:
        reasons = {
            "stopword": self.tr("your stopword"),
            "question": self.tr("word of the question"),
            "excluded": self.tr("excluded by you"),
            "auxiliary": self.tr("auxiliary or light verb"),
        }
        table = self.excluded
        table.setSortingEnabled(False)
        table.setRowCount(len(self._excluded))
        for row, excluded in enumerate(self._excluded):
            term = excluded.term
            item = QTableWidgetItem(term.term)
            item.setData(TERM_ROLE, row)
            forms = ", ".join(form for form, _count in term.forms)
            table.setItem(row, 0, item)
            table.setItem(row, 1, QTableWidgetItem(reasons.get(str(excluded.reason), str(excluded.reason))))
            table.setItem(row, 2, _NumberItem(term.respondents, locale.toString(term.respondents)))
            table.setItem(row, 3, QTableWidgetItem(forms))
        table.setSortingEnabled(True)

    def _show_themes(self, analysis: WorkshopAnalysis) -> None:
        themes = analysis.result.themes
        if not themes:
            self.themes.setPlainText(
                self.tr(
                    "Themes are looked for once there are enough answers to tell them apart (twelve or more)."
                )
            )
            return
        parts = [
            "<p>"
            + html.escape(
                self.tr("Answers that use similar words, grouped. Each theme lists its most telling words.")
            )
            + "</p>"
        ]
        for theme in themes:
            # Named by its most telling words, so the room can refer to it.
            title = " · ".join(theme.terms[:THEME_TITLE_WORDS])
            answers = self.tr("%Ln answer(s)", "", theme.answers)
            more = theme.terms[THEME_TITLE_WORDS:]
            also = self.tr("Also: %1").replace("%1", ", ".join(more)) if more else ""
            parts.append(f"<h3>{html.escape(title)} <small>({html.escape(answers)})</small></h3>")
            if also:
                parts.append(f"<p>{html.escape(also)}</p>")
        self.themes.setHtml("".join(parts))

    # --- selection and keyword in context --------------------------------------------

    def selected_terms(self) -> list[str]:
        rows = sorted({index.row() for index in self.words.selectionModel().selectedRows()})
        return [self.words.item(row, 0).data(TERM_ROLE) for row in rows if self.words.item(row, 0)]

    def _selected_phrase(self) -> str | None:
        rows = self.phrases.selectionModel().selectedRows()
        if not rows:
            return None
        return self.phrases.item(rows[0].row(), 0).data(TERM_ROLE)

    def _reselect(self, terms: list[str]) -> None:
        if not terms:
            return
        self.words.blockSignals(True)
        for row in range(self.words.rowCount()):
            item = self.words.item(row, 0)
            if item is not None and item.data(TERM_ROLE) in terms:
                self.words.selectRow(row)
        self.words.blockSignals(False)
        self._show_context(self.selected_terms()[0] if self.selected_terms() else None)

    def select_term(self, term: str) -> None:
        """Select ``term`` in the words table (a click in the cloud)."""
        for row in range(self.words.rowCount()):
            item = self.words.item(row, 0)
            if item is not None and item.data(TERM_ROLE) == term:
                self.words.clearSelection()
                self.words.selectRow(row)
                self.words.scrollToItem(item)
                return

    def _on_word_selected(self) -> None:
        if self._filling:
            return
        terms = self.selected_terms()
        self._show_context(terms[0] if len(terms) == 1 else None)
        self._update_actions()

    def _on_phrase_selected(self) -> None:
        if self._filling:
            return
        self._show_context(self._selected_phrase())
        self._update_actions()

    def _on_selection_source_changed(self) -> None:
        if self.tabs.currentWidget() is self.phrases:
            self._show_context(self._selected_phrase())
        else:
            terms = self.selected_terms()
            self._show_context(terms[0] if len(terms) == 1 else None)
        self._update_actions()

    def _show_context_heading(self, found: int | None) -> None:
        term = self._context_term
        if term is None:
            self.context_heading.setText(
                self.tr("Select a word or a phrase to read the answers that use it.")
            )
        elif found is None:
            self.context_heading.setText(self.tr("Looking for “%1” in the answers…").replace("%1", term))
        else:
            heading = self.tr("“%1” is used in %Ln answer(s):", "", found).replace("%1", term)
            group = self._terms.get(term)
            if group is not None:
                # Every form the word takes in the answers, with its count, a click away.
                forms = self.tr("Forms: %1").replace("%1", self._forms_text(group, QLocale()))
                heading = forms + "\n" + heading
            self.context_heading.setText(heading)

    def _show_context(self, term: str | None) -> None:
        from philosophy_studio.services.survey_evidence import contexts

        if self._context_control is not None:
            self._context_control.cancel()
            self._context_control = None
        self._context_term = term
        analysis = self._analysis
        if term is None or analysis is None:
            self.context.clear()
            self._show_context_heading(None)
            return
        self._show_context_heading(None)

        def shown(found_and_snippets: tuple[int, tuple[Snippet, ...]]) -> None:
            if control is not self._context_control:
                return
            self._context_control = None
            found, snippets = found_and_snippets
            self._show_context_heading(found)
            self.context.setHtml(highlighted_html(snippets))

        def failed(error: BaseException) -> None:
            from philosophy_studio.work import CancelledError

            if control is self._context_control:
                self._context_control = None
                if not isinstance(error, CancelledError):
                    self.context.setPlainText(error_message(error, unexpected=True) or str(error))

        control = self._runner.run_heavy(lambda work: contexts(analysis, term, work), shown, failed)
        self._context_control = control

    # --- the facilitator's corrections -----------------------------------------------

    def _current_term(self) -> str | None:
        """The one word or phrase the actions apply to."""
        if self.tabs.currentWidget() is self.phrases:
            return self._selected_phrase()
        terms = self.selected_terms()
        return terms[0] if len(terms) == 1 else None

    def _update_actions(self) -> None:
        on_words = self.tabs.currentWidget() in (self.words, self.chart, self.cloud)
        terms = self.selected_terms() if on_words else []
        self.merge_button.setEnabled(len(terms) >= 2)
        group = self._terms.get(terms[0]) if len(terms) == 1 else None
        splittable = group is not None and (group.is_collocation or len(group.forms) > 1)
        self.split_button.setEnabled(splittable)
        self.rename_button.setEnabled(group is not None)
        self.exclude_button.setEnabled(bool(terms))
        self.exclude_action.setEnabled(bool(terms))
        self.make_value_button.setEnabled(self._current_term() is not None)
        self.restore_button.setEnabled(bool(self.excluded.selectionModel().selectedRows()))
        has_word = bool(self.stopword.text().strip())
        self.add_stopword_button.setEnabled(has_word)
        self.count_stopword_button.setEnabled(has_word)

    def _word_menu(self, position) -> None:
        menu = QMenu(self)
        for button in (self.merge_button, self.split_button, self.rename_button, self.exclude_button):
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        if self._current_term() is not None:
            menu.addSeparator()
            self._fill_make_value_menu(menu)
        menu.exec(self.words.viewport().mapToGlobal(position))

    def _selected_forms(self) -> tuple[str, ...]:
        """The selected groups by their most used form: labels (a dictionary form, a name
        the facilitator gave) need not be forms the rules can find."""
        return tuple(self._terms[term].form for term in self.selected_terms() if term in self._terms)

    def merge_selected(self) -> None:
        forms = self._selected_forms()
        if len(forms) >= 2:
            self.session.execute(AddAnalysisRule(RuleKind.MERGE, forms))

    def rename_selected(self) -> None:
        terms = self.selected_terms()
        if len(terms) != 1 or terms[0] not in self._terms:
            return
        group = self._terms[terms[0]]
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("Show “%1” (%2) as:")
            .replace("%1", group.term)
            .replace("%2", self._forms_text(group, QLocale())),
            text=group.term,
        )
        if accepted and name.strip() and name.strip() != group.term:
            self.session.execute(AddAnalysisRule(RuleKind.RENAME, (group.form, name.strip())))

    def split_selected(self) -> None:
        terms = self.selected_terms()
        if len(terms) != 1 or terms[0] not in self._terms:
            return
        group = self._terms[terms[0]]
        if group.is_collocation:
            # Its words count apart again.
            self.session.execute(AddAnalysisRule(RuleKind.SPLIT, (group.form,)))
            return
        forms = {form for form, _count in group.forms}
        workshop = self.session.workshop
        merges = [
            rule
            for rule in (workshop.analysis_rules if workshop else ())
            if rule.kind is RuleKind.MERGE and forms.intersection(rule.terms)
        ]
        if merges:
            # A group the facilitator merged comes apart by taking back the merge.
            self.session.execute(DeleteAnalysisRule(merges[-1].id))
        else:
            # Every form but the most frequent stands alone; that one keeps the group's name.
            self.session.execute(
                AddAnalysisRule(RuleKind.SPLIT, tuple(form for form, _count in group.forms[1:]))
            )

    def exclude_selected(self) -> None:
        forms = self._selected_forms()
        if forms:
            self.session.execute(AddAnalysisRule(RuleKind.EXCLUDE, forms))

    def restore_selected(self) -> None:
        rows = sorted({index.row() for index in self.excluded.selectionModel().selectedRows()})
        workshop = self.session.workshop
        if workshop is None:
            return
        for row in rows:
            item = self.excluded.item(row, 0)
            excluded = self._excluded[item.data(TERM_ROLE)]
            forms = {form for form, _count in excluded.term.forms} | {excluded.term.term}
            if str(excluded.reason) == "question":
                self.session.execute(SetWorkshopField(WorkshopField.KEEP_QUESTION_WORDS, True))
                continue
            if str(excluded.reason) == "auxiliary":
                self.keep_auxiliaries.setChecked(True)
                continue
            kind = RuleKind.EXCLUDE if str(excluded.reason) == "excluded" else RuleKind.STOPWORD_ADD
            for rule in workshop.analysis_rules:
                if rule.kind is kind and forms.intersection(rule.terms):
                    self.session.execute(DeleteAnalysisRule(rule.id))

    def add_stopword(self) -> None:
        word = self.stopword.text().strip()
        if word:
            self.session.execute(AddAnalysisRule(RuleKind.STOPWORD_ADD, (word,)))
            self.stopword.clear()

    def count_stopword(self) -> None:
        word = self.stopword.text().strip()
        if word:
            self.session.execute(AddAnalysisRule(RuleKind.STOPWORD_REMOVE, (word,)))
            self.stopword.clear()

    def _on_keep_question_words(self, checked: bool) -> None:
        workshop = self.session.workshop
        expected = workshop.survey.keep_question_words if workshop else None
        self.session.execute(SetWorkshopField(WorkshopField.KEEP_QUESTION_WORDS, checked, expected=expected))

    # --- make this a value ----------------------------------------------------------

    def _fill_make_value_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.make_value_menu
        if menu is self.make_value_menu:
            menu.clear()
        term = self._current_term()
        workshop = self.session.workshop
        if term is None or workshop is None:
            return
        name = capitalised(term, workshop.info.language is Language.TURKISH)
        menu.addAction(self.tr("New value card “%1”").replace("%1", name), lambda: self.make_value(term))
        cards = [card for card in workshop.value_cards if card.merged_into is None]
        if cards:
            menu.addSection(self.tr("Add as evidence to"))
            for card in cards:
                label = card.name.replace("&", "&&")
                action = menu.addAction(label, lambda card_id=card.id: self.add_evidence(card_id, term))
                action.setEnabled(term not in card.evidence_terms)

    def make_value(self, term: str) -> None:
        """A new value card named after ``term``, with it as the card's evidence."""
        workshop = self.session.workshop
        if workshop is None:
            return
        name = capitalised(term, workshop.info.language is Language.TURKISH)
        card = ValueCard(id=0, name=name, evidence_terms=(term,))
        self.session.execute(AddValueCard(card, len(workshop.value_cards)))

    def add_evidence(self, card_id: int, term: str) -> None:
        self.session.execute(AddValueEvidence(card_id, term))
