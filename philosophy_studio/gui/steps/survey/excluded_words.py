"""The Excluded tab: the words the answers use that are not counted, and why; restoring
them, the team's own stopwords, and whether auxiliaries and light verbs count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.analysis_commands import AddAnalysisRule, DeleteAnalysisRule
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import RuleKind
from philosophy_studio.domain.rules.analysis import has_term
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.steps.survey.sorted_table import NUMBER_ALIGNMENT, SORT_ROLE, SortedTable

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import ExcludedTerm
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.models.workshop_session import WorkshopSession

WORD, REASON, RESPONDENTS, FORMS = range(4)

_Index = QModelIndex | QPersistentModelIndex


class ExcludedTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._excluded: tuple[ExcludedTerm, ...] = ()
        # Each reason in the interface language, by ExclusionReason value: looked up for
        # every comparison while the table sorts by reason.
        self._reasons: dict[str, str] = {}

    def show_excluded(self, excluded: Sequence[ExcludedTerm]) -> None:
        self.beginResetModel()
        self._excluded = tuple(excluded)
        self.endResetModel()

    def excluded(self, row: int) -> ExcludedTerm:
        return self._excluded[row]

    def retranslate(self) -> None:
        """Headings and reasons in the interface language, numbers in its format."""
        self._reasons = {
            "stopword": self.tr("your stopword"),
            "question": self.tr("word of the question"),
            "excluded": self.tr("excluded by you"),
            "auxiliary": self.tr("auxiliary or light verb"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, FORMS)
        if self._excluded:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._excluded) - 1, FORMS))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._excluded)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else FORMS + 1

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Word"), self.tr("Why"), self.tr("Respondents"), self.tr("Forms"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        excluded, column = self._excluded[index.row()], index.column()
        if role == SORT_ROLE and column == RESPONDENTS:
            return excluded.term.respondents
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(excluded, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RESPONDENTS:
            return NUMBER_ALIGNMENT
        return None

    def _text(self, excluded: ExcludedTerm, column: int) -> str:
        term = excluded.term
        if column == WORD:
            return term.term
        if column == REASON:
            return self._reasons.get(str(excluded.reason), str(excluded.reason))
        if column == RESPONDENTS:
            return QLocale().toString(term.respondents)
        return ", ".join(form for form, _count in term.forms)


class ExcludedWords(FollowsLanguage, QWidget):
    def __init__(
        self, session: WorkshopSession, analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.keep_auxiliaries = QCheckBox()
        self.keep_auxiliaries.setObjectName("keepAuxiliaries")
        self.left_out = ExcludedTableModel()
        self.table = SortedTable(self.left_out, "analysisExcluded")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreWord")
        self.stopword = QLineEdit()
        self.stopword.setObjectName("stopwordInput")
        self.stopword.setMaxLength(100)
        self.stopword_label = QLabel()
        self.stopword_label.setBuddy(self.stopword)
        self.add_stopword_button = QPushButton()
        self.add_stopword_button.setObjectName("addStopword")
        self.count_stopword_button = QPushButton()
        self.count_stopword_button.setObjectName("countStopword")

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.keep_auxiliaries)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        for widget in (
            self.stopword_label,
            self.stopword,
            self.add_stopword_button,
            self.count_stopword_button,
        ):
            row.addWidget(widget)
        layout.addLayout(row)

        self.keep_auxiliaries.toggled.connect(analysis.set_keep_auxiliaries)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.restore_button.clicked.connect(self.restore_selected)
        self.stopword.returnPressed.connect(self.add_stopword)
        self.stopword.textChanged.connect(lambda _text: self._update_buttons())
        self.add_stopword_button.clicked.connect(self.add_stopword)
        self.count_stopword_button.clicked.connect(self.count_stopword)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.left_out.retranslate()
        self.table.setAccessibleName(self.tr("Words left out of the analysis"))
        self.note.setText(
            self.tr(
                "These words occur in the answers but are not counted. Restore one to count it again, "
                "or name a word that should never, or always, count."
            )
        )
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

    def show_excluded(self, excluded: Sequence[ExcludedTerm]) -> None:
        """Show a new analysis's left-out words; those selected stay selected."""
        selected = {self.left_out.excluded(row).term.term for row in self.table.selected_rows()}
        self.left_out.show_excluded(excluded)
        self.table.select_rows(
            [row for row, left_out in enumerate(excluded) if left_out.term.term in selected]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selected_rows()))
        has_word = has_term(self.stopword.text())
        self.add_stopword_button.setEnabled(has_word)
        self.count_stopword_button.setEnabled(has_word)

    def restore_selected(self) -> None:
        """Count the selected words again, each by taking back what left it out."""
        workshop = self.session.workshop
        if workshop is None:
            return
        for row in self.table.selected_rows():
            excluded = self.left_out.excluded(row)
            reason = str(excluded.reason)
            if reason == "question":
                self.session.execute(SetWorkshopField(WorkshopField.KEEP_QUESTION_WORDS, True))
                continue
            if reason == "auxiliary":
                self.keep_auxiliaries.setChecked(True)
                continue
            forms = {form for form, _count in excluded.term.forms} | {excluded.term.term}
            kind = RuleKind.EXCLUDE if reason == "excluded" else RuleKind.STOPWORD_ADD
            for rule in workshop.analysis_rules:
                if rule.kind is kind and forms.intersection(rule.terms):
                    self.session.execute(DeleteAnalysisRule(rule.id))

    def add_stopword(self) -> None:
        self._add_rule(RuleKind.STOPWORD_ADD)

    def count_stopword(self) -> None:
        self._add_rule(RuleKind.STOPWORD_REMOVE)

    def _add_rule(self, kind: RuleKind) -> None:
        word = self.stopword.text().strip()
        if has_term(word):
            self.session.execute(AddAnalysisRule(kind, (word,)))
            self.stopword.clear()
