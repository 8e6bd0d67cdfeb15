"""The "Make this a value" button: the selected word or phrase becomes a value card, or
evidence for one, so the survey's support for the card is counted from then on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from philosophy_studio.domain.analysis_commands import AddValueEvidence
from philosophy_studio.domain.model import Language, ValueCard
from philosophy_studio.domain.rules.values import unmerged
from philosophy_studio.domain.text import capitalised
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.gui.i18n import FollowsLanguage

if TYPE_CHECKING:
    from philosophy_studio.gui.models.workshop_session import WorkshopSession


class MakeValueButton(FollowsLanguage, QToolButton):
    def __init__(
        self,
        session: WorkshopSession,
        current_term: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """``current_term``: the one word or phrase the button would make a value."""
        super().__init__(parent)
        self.setObjectName("makeValue")
        self.session = session
        self._current_term = current_term
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.choices = QMenu(self)
        self.setMenu(self.choices)
        # The cards change between showings: the menu is filled as it opens.
        self.choices.aboutToShow.connect(self._refill)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Make this a &value"))
        self.setToolTip(
            self.tr("Turn the selected word or phrase into a value card, or add it as evidence to a card")
        )
        self.setAccessibleName(self.tr("Make this a value"))

    def _refill(self) -> None:
        self.choices.clear()
        self.add_choices(self.choices)

    def add_choices(self, menu: QMenu) -> None:
        """A new card named after the current term, or the term as evidence for a card."""
        term = self._current_term()
        workshop = self.session.workshop
        if term is None or workshop is None:
            return
        name = capitalised(term, workshop.info.language is Language.TURKISH)
        menu.addAction(self.tr("New value card “%1”").replace("%1", name), lambda: self.make_value(term))
        cards = unmerged(workshop.value_cards)
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
