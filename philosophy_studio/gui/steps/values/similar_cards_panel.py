"""Pairs of cards that say nearly the same, suggested for merging; merging stays the
facilitator's choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.value_commands import MergeValueCard
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.values.board_panel import BoardPanel

if TYPE_CHECKING:
    from philosophy_studio.analysis.similar_cards import Suggestion


class SimilarCardsPanel(QGroupBox):
    """Shown only while there are suggestions and the card texts are not hidden."""

    def __init__(self, session: WorkshopSession, board: BoardPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._board = board
        self._suggestions: list[Suggestion] = []
        self._request = 0
        self._texts_hidden = False
        self.pairs = QListWidget()
        self.pairs.setObjectName("similarCards")
        self.pairs.setMaximumHeight(110)
        self.merge_pair = QPushButton()
        self.merge_pair.setObjectName("mergeSimilar")
        self.merge_pair.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pairs)
        row = QHBoxLayout()
        row.addWidget(self.merge_pair)
        row.addStretch(1)
        layout.addLayout(row)
        self.pairs.currentRowChanged.connect(lambda r: self.merge_pair.setEnabled(r >= 0))
        self.pairs.itemActivated.connect(lambda _item: self.merge_suggested())
        self.merge_pair.clicked.connect(self.merge_suggested)
        self.hide()

    def find(self, workshop: Workshop) -> None:
        """Suggestions are worked out on the work thread (numpy and SciPy load there)."""
        cards, language = workshop.value_cards, workshop.info.language
        self._request += 1
        request = self._request

        def job(_control: object) -> list[Suggestion]:
            from philosophy_studio.analysis.similar_cards import suggestions

            return suggestions(cards, language)

        def shown(found: list[Suggestion]) -> None:
            # Only the latest request: an older one may name cards since changed.
            if request == self._request:
                self._show(found)

        self.session.runner.run_heavy(job, shown, lambda _error: shown([]), disposable=True)

    def _show(self, found: list[Suggestion]) -> None:
        names = {card.id: card.name for card in self._board.cards}
        self._suggestions = [s for s in found if s.first in names and s.second in names]
        self.pairs.clear()
        for suggestion in self._suggestions:
            self.pairs.addItem(
                self.tr("“%1” ≈ “%2”")
                .replace("%1", names[suggestion.first])
                .replace("%2", names[suggestion.second])
            )
        self._show_or_hide()

    def set_texts_hidden(self, hidden: bool) -> None:
        """The suggestions name the cards, so they hide with the board's texts."""
        self._texts_hidden = hidden
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.setVisible(bool(self._suggestions) and not self._texts_hidden)

    def merge_suggested(self) -> None:
        """Merge the second card of the selected suggestion into the first (undoable)."""
        row = self.pairs.currentRow()
        if 0 <= row < len(self._suggestions):
            suggestion = self._suggestions[row]
            self.session.execute(MergeValueCard(suggestion.second, suggestion.first))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Cards that say nearly the same"))
        self.pairs.setAccessibleName(self.tr("Pairs of similar cards, suggested for merging"))
        self.merge_pair.setText(self.tr("Merge the pai&r"))
        self.merge_pair.setToolTip(self.tr("Merge the second card into the first; Split off undoes it"))
        self._show(self._suggestions)
