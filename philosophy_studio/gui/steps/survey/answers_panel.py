"""The survey's answers on its page: how many there are, the answers themselves once
enough people answered, and hiding one from the analysis."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import SurveyAnswer, Workshop
from philosophy_studio.domain.survey_commands import HideAnswer, ShowAnswer
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.models.answer_list_model import AnswerListModel
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import READING, scale_font

# Up to this many answers each shows whole, wrapped over as many lines as it needs.
WRAPPED_ANSWERS = 2_000


class AnswersPanel(FollowsLanguage, QGroupBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count = QLabel()
        self.count.setObjectName("answerCount")
        scale_font(self.count, READING, bold=True)
        self.withheld = QLabel()
        self.withheld.setObjectName("answersWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.setFrameShape(QFrame.Shape.StyledPanel)
        self.withheld.setMargin(12)
        scale_font(self.withheld, READING)
        self.answer_model = AnswerListModel(self)
        self.answer_list = QListView()
        self.answer_list.setObjectName("answerList")
        self.answer_list.setModel(self.answer_model)
        self.answer_list.setWordWrap(True)
        self.answer_list.setSpacing(2)
        # Wrapped rows of a long survey are laid out a batch at a time, between events.
        self.answer_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.answer_list.setBatchSize(200)
        self.toggle_hidden = QPushButton()
        self.toggle_hidden.setObjectName("toggleHidden")
        self.toggle_hidden.setEnabled(False)
        scale_font(self.answer_list, READING)
        layout = QVBoxLayout(self)
        count_row = QHBoxLayout()
        layout.addLayout(count_row)
        layout.addWidget(self.withheld)
        layout.addWidget(self.answer_list, 1)
        # The button acts on the answer chosen in the list, so Tab reaches it after the
        # list (choosing an answer is what enables it): Tab follows the order widgets join
        # the panel, so the row above the list is filled after the list has joined.
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.toggle_hidden)

        self.toggle_hidden.clicked.connect(self.toggle_current)
        self.answer_list.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._update_toggle()
        )
        self.answer_list.activated.connect(lambda _index: self.toggle_current())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Answers"))
        self.answer_list.setAccessibleName(self.tr("Survey answers"))
        workshop = self.session.workshop
        if workshop is not None:
            self.show_answers(workshop)
        else:
            self._update_toggle()

    def show_answers(self, workshop: Workshop) -> None:
        from philosophy_studio.services.survey import results_visible

        total = len(workshop.answers)
        hidden = total - workshop.visible_answer_count
        count = self.tr("%Ln answer(s) so far", "", total)
        if hidden:
            count += " · " + self.tr("%Ln hidden from the analysis", "", hidden)
        self.count.setText(count)
        visible = results_visible(workshop)
        self.withheld.setVisible(not visible)
        self.answer_list.setVisible(visible)
        self.toggle_hidden.setVisible(visible)
        self.withheld.setText(self._withheld_text(workshop))
        current = self._current_answer()
        if not visible:
            self.answer_model.set_answers(())
            self._update_toggle()
            return
        # A long survey is read through the analysis, not row by row: one line per
        # answer (full text in the tooltip) keeps the list from laying out every row,
        # each a call into Python competing with the analysis thread.
        long_survey = total > WRAPPED_ANSWERS
        self.answer_list.setUniformItemSizes(long_survey)
        self.answer_list.setWordWrap(not long_survey)
        self.answer_model.set_answers(workshop.answers)
        row = self.answer_model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.answer_list.setCurrentIndex(self.answer_model.index(row))
        self._update_toggle()

    def _current_answer(self) -> SurveyAnswer | None:
        index = self.answer_list.currentIndex()
        return self.answer_model.answer(index.row()) if index.isValid() else None

    def _withheld_text(self, workshop: Workshop) -> str:
        needed = workshop.survey.min_respondents
        have = workshop.visible_answer_count
        return (
            self.tr(
                "The answers stay hidden until at least %1 people have answered (%2 so far), so that "
                "nobody can be recognised by their words. Only the count is shown meanwhile."
            )
            .replace("%1", QLocale().toString(needed))
            .replace("%2", QLocale().toString(have))
        )

    def _update_toggle(self) -> None:
        answer = self._current_answer()
        hidden = answer is not None and answer.hidden
        self.toggle_hidden.setEnabled(answer is not None)
        self.toggle_hidden.setText(
            self.tr("Sho&w in the analysis again") if hidden else self.tr("&Hide from the analysis")
        )

    def toggle_current(self) -> None:
        """Hide the selected answer from the analysis, or show it again (undoable)."""
        answer = self._current_answer()
        if answer is None:
            return
        command = ShowAnswer(answer.id) if answer.hidden else HideAnswer(answer.id)
        self.session.execute(command)
