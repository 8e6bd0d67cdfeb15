"""Step 2: the values board and the final selection of five or fewer.

The page lays out its parts, passes between them what one needs from another and
translates them; each part (values/*_panel.py, card_editor.py) owns its widgets and
what they do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.selection import selection_after
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.value_commands import SetChosenValues
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.steps.values.board_panel import BoardPanel
from philosophy_studio.gui.steps.values.card_editor import CardEditor
from philosophy_studio.gui.steps.values.inspiration_panel import InspirationPanel
from philosophy_studio.gui.steps.values.selection_panel import SelectionPanel
from philosophy_studio.gui.steps.values.similar_cards_panel import SimilarCardsPanel
from philosophy_studio.gui.steps.values.voting_panel import VotingPanel
from philosophy_studio.gui.widgets.vertical_scroll_area import VerticalScrollArea

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis


# The tabs beside the board.
SELECTED_TAB, VOTING_TAB, INSPIRATION_TAB = range(3)


def _top_column(*parts: QWidget) -> QWidget:
    """A side tab's content: ``parts`` one under the other, held at the top, with no
    margin around them."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    return column


class ValuesPage(StepPage):
    step = Step.VALUES

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._support: dict[int, int] = {}
        # The selected value's tab was the one shown when the card texts were hidden.
        self._editor_was_shown = False

        self.board_panel = BoardPanel(session, choose=self._choose, commit_pending=self.commit_pending)
        self.card_editor = CardEditor(session, word_analysis, self.board_panel)
        self.similar_cards = SimilarCardsPanel(session, self.board_panel)
        self.voting = VotingPanel(session, self.board_panel, commit_pending=self.commit_pending)
        self.inspiration = InspirationPanel()
        self.coming = QLabel()
        self.coming.setWordWrap(True)
        self.coming.setFrameShape(QFrame.Shape.StyledPanel)
        self.coming.setMargin(8)
        # Beside the board, one thing at a time, each with the column's full height: the
        # selected card, the voting and the examples. Stacked in one column they were
        # crowded at 1280 pixels, the examples' list drew below its box, and the widest
        # of them set the width of the window.
        editing = _top_column(self.card_editor, self.similar_cards)
        voting = _top_column(self.voting, self.coming)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("valuesSideTabs")
        self.side_tabs.setDocumentMode(True)
        # Each scrolls rather than sets the window's height (or, on a tab not shown,
        # its width).
        for part in (editing, voting):
            self.side_tabs.addTab(VerticalScrollArea(part), "")
        self.side_tabs.addTab(self.inspiration, "")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.board_panel)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([340, 360])

        # Under both tabs: a sixth value can be ticked on the board or in the candidates.
        self.limit_note = QLabel()
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setWordWrap(True)
        self.limit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.limit_note.setMargin(8)
        self.limit_note.hide()
        self.selection = SelectionPanel(session, choose=self._choose)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("valuesTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.selection, "")

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.limit_note)

        self.board_panel.card_shown.connect(self.card_editor.show_card)
        self.board_panel.texts_hidden.connect(self._on_texts_hidden)
        self.inspiration.copy_requested.connect(self.board_panel.add_card)
        self.voting.present_requested.connect(self.open_presentation)
        word_analysis.running_changed.connect(self._on_analysis_running)
        self.retranslate_ui()

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.VALUES, Aspect.VOTES):
            return
        self.card_editor.offer_groups(workshop.value_cards)
        self.board_panel.show_cards(workshop, self._support)
        if changes.touches(Aspect.VALUES):
            self.similar_cards.find(workshop)
        # Examples come in the workshop's language, like everything the room reads.
        self.inspiration.show_examples(workshop.info.language)
        self.voting.show_state()
        self.selection.show_candidates(workshop, self._support)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.follow_word_analysis(self._on_analysis)

    def _on_analysis_running(self, _running: bool) -> None:
        # Only the support line: the card's fields may be mid-edit.
        card = self.board_panel.current()
        if card is not None:
            self.card_editor.show_support(card)

    def _on_analysis(self, analysis: WorkshopAnalysis | None) -> None:
        self._support = dict(analysis.support) if analysis is not None else {}
        self.card_editor.set_card_support(dict(analysis.card_support) if analysis is not None else {})
        workshop = self.session.workshop
        if workshop is not None:
            self.refresh(workshop, Changes.of(Aspect.VALUES))

    def _on_texts_hidden(self, hidden: bool) -> None:
        """While people add cards, the projected board shows only that cards exist, so
        nobody follows the first ideas; showing them again reveals all at once."""
        self.card_editor.setVisible(not hidden)
        if hidden:
            self._editor_was_shown = self.side_tabs.currentIndex() == SELECTED_TAB
        self.side_tabs.setTabVisible(SELECTED_TAB, not hidden)
        if not hidden and self._editor_was_shown:
            # Back where the facilitator was before the texts were hidden.
            self.side_tabs.setCurrentIndex(SELECTED_TAB)
        self.similar_cards.set_texts_hidden(hidden)
        workshop = self.session.workshop
        if workshop is not None:
            self.refresh(workshop, Changes.of(Aspect.VALUES))

    def texts_hidden(self) -> bool:
        return self.board_panel.hide_texts.isChecked()

    def phone_controller(self) -> PhoneSurveyController:
        """The brainstorm's card phones while they run, else the ballot's."""
        cards = self.board_panel.card_phones
        return cards if cards is not None and cards.is_running else self.voting.phones

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.card_editor.commit()
        self.selection.commit()

    def _choose(self, card_id: int, chosen: bool) -> bool:
        """Chooses or drops a value; False (and the method's reason shown) for a sixth."""
        workshop = self.session.workshop
        if workshop is None:
            return False
        selection = selection_after(workshop, card_id, chosen)
        if selection is None:
            self.limit_note.show()
            return False
        self.limit_note.hide()
        if selection != tuple(card.id for card in workshop.chosen_values):
            self.session.execute(SetChosenValues(selection))
        return True

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The parts' texts too. Only once the page is laid out: the right column's scroll
        area keeps the size its content asked for first, before there were texts, and
        so leaves the guidance its width."""
        super().retranslate_ui()
        for part in (
            self.board_panel,
            self.card_editor,
            self.similar_cards,
            self.inspiration,
            self.voting,
            self.selection,
        ):
            part.retranslate_ui()
        self.coming.setText(
            self.tr(
                "Votes stay hidden until you show them, so nobody follows the crowd. Similar "
                "cards are only suggested; merging is always your choice."
            )
        )
        self.side_tabs.setTabText(SELECTED_TAB, self.tr("Selected value"))
        self.side_tabs.setTabText(VOTING_TAB, self.tr("Dot voting"))
        self.side_tabs.setTabText(INSPIRATION_TAB, self.tr("Inspiration"))
        self.side_tabs.setAccessibleName(self.tr("The selected value, the dot voting and examples"))
        self.tabs.setTabText(0, self.tr("Board &and votes"))
        self.tabs.setTabText(1, self.tr("&Five or fewer"))
        self.limit_note.setText(
            self.tr(
                "The method keeps five values or fewer, so that everyone can remember and live them. "
                "Untick one before choosing another."
            )
        )
        workshop = self.session.workshop
        if workshop is not None:
            # Counts, group headings and the support lines are built from the workshop
            # with the texts of the moment: built again in the new language. (As for
            # votes only: the cards have not changed, so nothing is looked for again.)
            self.refresh(workshop, Changes.of(Aspect.VOTES))
