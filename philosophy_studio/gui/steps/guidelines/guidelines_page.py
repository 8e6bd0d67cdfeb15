"""Step 5: Amelia Friedman's five questions for every chosen value, with metrics and
do's and don'ts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import SetGuidelineAnswer
from philosophy_studio.domain.model import GuidelineQuestion, ValueCard, Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.guidelines.behaviours_box import BehavioursBox
from philosophy_studio.gui.steps.guidelines.metrics_box import MetricsBox
from philosophy_studio.gui.steps.guidelines.question_box import QuestionBox
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel


class GuidelinesPage(StepPage):
    step = Step.GUIDELINES
    # The user picked a value in the page's own list: its card id (the navigator,
    # which lists the same values, follows).
    value_picked = Signal(int)

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._card_id: int | None = None
        self._cards: list[ValueCard] = []
        self._filling = False
        self.conflict: ConflictDialog | None = None

        self.values = QListWidget()
        self.values.setObjectName("guidelineValues")
        scale_font(self.values, SUBHEADING)
        self.values.setSpacing(4)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.value_name = QLabel()
        scale_font(self.value_name, SUBHEADING, bold=True)
        self.value_name.setWordWrap(True)
        self.value_line = QLabel()
        self.value_line.setWordWrap(True)
        # The card's name and text as typed, never rendered as markup.
        for typed in (self.value_name, self.value_line):
            typed.setTextFormat(Qt.TextFormat.PlainText)
        self.removed_note = QLabel()
        self.removed_note.setWordWrap(True)
        self.delete_answers = QPushButton()
        self.questions = {q: QuestionBox(q) for q in GuidelineQuestion}
        self.metrics = MetricsBox(session)
        self.behaviours = BehavioursBox(session)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.value_name)
        form_layout.addWidget(self.value_line)
        form_layout.addWidget(self.removed_note)
        form_layout.addWidget(self.delete_answers, 0, Qt.AlignmentFlag.AlignLeft)
        for box in self.questions.values():
            form_layout.addWidget(box)
        form_layout.addWidget(self.metrics)
        form_layout.addWidget(self.behaviours)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields inside take Tab; the area scrolls to whichever has it.
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.values, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.values.currentRowChanged.connect(self._on_value_selected)
        for box in self.questions.values():
            box.editor.edited.connect(
                lambda text, previous, question=box.question: self._on_answer_edited(question, text, previous)
            )
        self.delete_answers.clicked.connect(self._delete_removed_answers)
        session.on_conflict((SetGuidelineAnswer,), self._on_conflict)
        self.retranslate_ui()

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.VALUES, Aspect.GUIDELINES):
            return
        self.metrics.refreshed()
        self.metrics.language = workshop.info.language
        self.behaviours.refreshed()
        chosen = list(workshop.chosen_values)
        # A value dropped from the selection keeps its answers, greyed, until deleted.
        dropped = [c for c in workshop.value_cards if c.selected_rank is None and c.guidelines]
        self._cards = chosen + dropped
        self._filling = True
        current = self._card_id
        self.values.clear()
        for card in self._cards:
            item = QListWidgetItem(f"{card.name}   {card.answered_questions}/{len(GuidelineQuestion)}")
            if card.selected_rank is None:
                item.setForeground(
                    self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                )
            self.values.addItem(item)
        self._describe_values()
        ids = [card.id for card in self._cards]
        if ids:
            # Still filling: a refresh is no pick of the user's (see value_picked).
            self.values.setCurrentRow(ids.index(current) if current in ids else 0)
        self._filling = False
        self.empty.setVisible(not chosen)
        self.form_scroll.setVisible(bool(self._cards))
        if ids:
            self._show_card(self._cards[self.values.currentRow()])

    def _describe_values(self) -> None:
        for row, card in enumerate(self._cards):
            item = self.values.item(row)
            # "5/5" is read out as a date or a fraction: say what it counts.
            answered = (
                self.tr("%1 of %2 questions answered", "a chosen value's guideline questions")
                .replace("%1", str(card.answered_questions))
                .replace("%2", str(len(GuidelineQuestion)))
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{card.name}, {answered}")
            if card.selected_rank is None:
                item.setToolTip(self.tr("No longer among the chosen values"))

    def select_value(self, card_id: int) -> None:
        """Shows the questions of ``card_id`` (as when it is picked in the navigator)."""
        ids = [card.id for card in self._cards]
        if card_id in ids:
            self.values.setCurrentRow(ids.index(card_id))

    def _on_value_selected(self, row: int) -> None:
        if self._filling or row < 0 or row >= len(self._cards):
            return
        self.commit_pending()
        self._show_card(self._cards[row])
        self.value_picked.emit(self._cards[row].id)

    def _show_card(self, card: ValueCard) -> None:
        switching = card.id != self._card_id
        self._card_id = card.id
        self.value_name.setText(card.name)
        self.value_line.setText(card.description)
        dropped = card.selected_rank is None
        self.removed_note.setVisible(dropped)
        self.delete_answers.setVisible(dropped)
        for question, box in self.questions.items():
            box.show_examples_for(card.name, card.description)
            if switching:
                box.editor.replace_with_stored(card.guidelines.get(question, ""))
            else:
                box.editor.show_stored(card.guidelines.get(question, ""))
        self.metrics.show_card(card)
        self.behaviours.show_card(card)

    def _card(self) -> ValueCard | None:
        return next((card for card in self._cards if card.id == self._card_id), None)

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        for box in self.questions.values():
            box.editor.commit()

    def _on_answer_edited(self, question: GuidelineQuestion, text: str, previous: str) -> None:
        if self._card_id is not None:
            self.session.execute(SetGuidelineAnswer(self._card_id, question, text, expected=previous))

    def _delete_removed_answers(self) -> None:
        card = self._card()
        if card is None or card.selected_rank is not None:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete the answers of %1").replace("%1", card.name))
        for question, text in card.guidelines.items():
            self.session.execute(SetGuidelineAnswer(card.id, question, "", expected=text))
        stack.endMacro()

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator stored another answer meanwhile: show both versions and
        let the user keep one. Nothing was stored by the refused edit. (The metrics and
        behaviours boxes handle the conflicts of their own edits.)"""
        command = error.command
        if not isinstance(command, SetGuidelineAnswer):
            return
        theirs = str(error.theirs)
        editor = self.questions[command.question].editor
        showing = command.card_id == self._card_id
        # Typing may have gone on after the refused edit: then the screen holds mine.
        mine = editor.toPlainText() if showing and editor.has_unsaved_typing else command.text
        if showing:
            editor.hold_typing()
            editor.forget_stored(theirs)

        def take_theirs() -> None:
            if command.card_id == self._card_id:
                editor.replace_with_stored(theirs)

        self.conflict = offer_choice(
            self,
            theirs,
            mine,
            session=self.session,
            reread=Aspect.GUIDELINES,
            keep_mine=lambda: self.session.execute(
                SetGuidelineAnswer(command.card_id, command.question, mine, expected=theirs)
            ),
            take_theirs=take_theirs,
        )

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.values.setAccessibleName(self.tr("Chosen values"))
        self.empty.setText(
            self.tr("Choose up to five values in the Values step first; their questions appear here.")
        )
        self.removed_note.setText(
            self.tr(
                "This value is no longer among the chosen ones. Its answers are kept until you delete them."
            )
        )
        self.delete_answers.setText(self.tr("&Delete these answers"))
        self._describe_values()
        for box in self.questions.values():
            box.retranslate_ui()
        self.metrics.retranslate_ui()
        self.behaviours.retranslate_ui()
