"""The facilitator's corrections to the words counted: merge, split, rename or exclude
the selected words, and whether the question's own words count. Each is an undoable
edit stored in the workshop; the analysis runs again from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from philosophy_studio.domain.analysis_commands import AddAnalysisRule, DeleteAnalysisRule
from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import RuleKind, Workshop
from philosophy_studio.domain.rules.analysis import has_term
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.steps.survey.word_table import forms_text

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import TermCount
    from philosophy_studio.gui.models.workshop_session import WorkshopSession


class WordCorrections(FollowsLanguage, QWidget):
    """The buttons that act on the word groups selected in the words table."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._groups: list[TermCount] = []
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeWords")
        self.split_button = QPushButton()
        self.split_button.setObjectName("splitWord")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameWord")
        self.exclude_button = QPushButton()
        self.exclude_button.setObjectName("excludeWord")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            layout.addWidget(button)
        # Added to the words table by the view, so Delete works where the words are.
        self.exclude_action = QAction(self)
        self.exclude_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.exclude_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.exclude_action.triggered.connect(self.exclude_selected)
        self.retranslate_ui()
        self.show_selection([])

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.merge_button, self.split_button, self.rename_button, self.exclude_button)

    def retranslate_ui(self) -> None:
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Count the selected words as one word"))
        self.merge_button.setAccessibleDescription(self.tr("Merge the selected words"))
        self.split_button.setText(self.tr("S&plit"))
        self.split_button.setToolTip(self.tr("Count each form of the selected word on its own"))
        self.split_button.setAccessibleDescription(self.tr("Split the selected word into its forms"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.rename_button.setToolTip(
            self.tr("Show the selected word or collocation under a name you choose")
        )
        self.rename_button.setAccessibleDescription(self.tr("Rename the selected word"))
        self.exclude_button.setText(self.tr("E&xclude"))
        self.exclude_button.setToolTip(self.tr("Leave the selected words out of the counts (Delete)"))
        self.exclude_button.setAccessibleDescription(self.tr("Exclude the selected words"))
        self.exclude_action.setText(self.tr("Exclude"))

    def show_selection(self, groups: list[TermCount]) -> None:
        """The word groups the buttons now act on (none: the words are not shown)."""
        self._groups = groups
        group = groups[0] if len(groups) == 1 else None
        self.merge_button.setEnabled(len(groups) >= 2)
        self.split_button.setEnabled(group is not None and (group.is_collocation or len(group.forms) > 1))
        self.rename_button.setEnabled(group is not None)
        self.exclude_button.setEnabled(bool(groups))
        self.exclude_action.setEnabled(bool(groups))

    def _forms(self) -> tuple[str, ...]:
        """The selected groups by their most used form: labels (a dictionary form, a name
        the facilitator gave) need not be forms the rules can find."""
        return tuple(group.form for group in self._groups)

    def merge_selected(self) -> None:
        forms = self._forms()
        if len(forms) >= 2:
            self.session.execute(AddAnalysisRule(RuleKind.MERGE, forms))

    def exclude_selected(self) -> None:
        forms = self._forms()
        if forms:
            self.session.execute(AddAnalysisRule(RuleKind.EXCLUDE, forms))

    def rename_selected(self) -> None:
        if len(self._groups) != 1:
            return
        group = self._groups[0]
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("Show “%1” (%2) as:")
            .replace("%1", group.term)
            .replace("%2", forms_text(group.forms, QLocale())),
            text=group.term,
        )
        if accepted and has_term(name) and name.strip() != group.term:
            self.session.execute(AddAnalysisRule(RuleKind.RENAME, (group.form, name.strip())))

    def split_selected(self) -> None:
        if len(self._groups) != 1:
            return
        group = self._groups[0]
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


class QuestionWordsSwitch(FollowsLanguage, QCheckBox):
    """Whether the words of the survey question count: stored in the workshop."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keepQuestionWords")
        self.session = session
        self.toggled.connect(self._on_toggled)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._show_stored()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Count the &question's own words"))
        self.setToolTip(
            self.tr(
                "Words of the survey question (such as customer or service) appear in most "
                "answers because the question put them there. They are left out unless you tick this."
            )
        )
        self.setAccessibleName(self.tr("Count the question's own words"))

    def _on_changed(self, _workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.ANALYSIS, Aspect.SURVEY):
            self._show_stored()

    def _show_stored(self) -> None:
        workshop = self.session.workshop
        if workshop is None:
            return
        self.blockSignals(True)
        self.setChecked(workshop.survey.keep_question_words)
        self.blockSignals(False)

    def _on_toggled(self, checked: bool) -> None:
        workshop = self.session.workshop
        expected = workshop.survey.keep_question_words if workshop else None
        self.session.execute(SetWorkshopField(WorkshopField.KEEP_QUESTION_WORDS, checked, expected=expected))
