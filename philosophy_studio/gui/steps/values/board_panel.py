"""The values board: adding, ordering, merging and hiding the cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import ValueCard, VotingRound, Workshop
from philosophy_studio.domain.rules.values import can_be_merged, merge_targets
from philosophy_studio.domain.selection import card_dots, shown_round
from philosophy_studio.domain.value_commands import (
    AddValueCard,
    DeleteValueCard,
    MergeValueCard,
    MoveValueCard,
    UpdateValueCard,
)
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.value_board import BoardEntry, ValueBoard

if TYPE_CHECKING:
    from philosophy_studio.gui.phones.phone_controller import PhoneCardsController
    from philosophy_studio.gui.phones.phone_panel import PhonePanel


class BoardPanel(QWidget):
    """The board with its buttons. It keeps the cards it shows and which of them is
    current across refreshes: the card editor edits that one."""

    # The board's current card (or None) each time it is shown, for the card editor.
    card_shown = Signal(object)
    # The card texts were hidden (True) or shown again on the projected board.
    texts_hidden = Signal(bool)

    def __init__(
        self,
        session: WorkshopSession,
        *,
        choose: Callable[[int, bool], bool],
        commit_pending: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._choose = choose
        self._commit_pending = commit_pending
        self._cards: tuple[ValueCard, ...] = ()
        self._card_id: int | None = None
        self._revealed: VotingRound | None = None
        self._support: dict[int, int] = {}
        self._filling = False
        self.merge_question: QMessageBox | None = None

        self.new_value = QLineEdit()
        self.new_value.setObjectName("newValue")
        self.board = ValueBoard()
        scale_font(self.board, SUBHEADING)
        self.hidden_count = QLabel()
        self.hidden_count.setObjectName("hiddenCount")
        scale_font(self.hidden_count, SUBHEADING, bold=True)
        self.hidden_count.hide()
        self.hide_texts = QPushButton()
        self.hide_texts.setObjectName("hideCardTexts")
        self.hide_texts.setCheckable(True)
        self.up, self.down, self.delete = QPushButton(), QPushButton(), QPushButton()
        self.merge = QToolButton()
        self.merge.setObjectName("mergeCard")
        self.merge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge)
        self.merge.setMenu(self.merge_menu)
        self.split = QPushButton()
        self.split.setObjectName("splitCard")
        self.cards_from_phones = QPushButton()
        self.cards_from_phones.setObjectName("cardsFromPhones")
        # Made on first use: most boards are filled from the laptop.
        self.card_phones: PhoneCardsController | None = None
        self.card_phone_panel: PhonePanel | None = None
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.up, self.down, self.delete, self.merge, self.split, self.hide_texts)
        ):
            buttons.addWidget(button, index // 3, index % 3)
        # Across two columns of its own row: in the first column it widened that column,
        # and so the page, until the window grew past 1200 pixels.
        buttons.addWidget(self.cards_from_phones, 2, 0, 1, 2)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_value)
        layout.addWidget(self.hidden_count)
        layout.addWidget(self.board, 1)
        layout.addLayout(buttons)

        self.board.move_requested.connect(
            lambda card_id, position, cluster: self.session.execute(MoveValueCard(card_id, position, cluster))
        )
        self.board.merge_requested.connect(self.ask_merge)
        self.board.renamed.connect(self._on_renamed)
        self.board.currentRowChanged.connect(self._on_row_changed)
        self.board.itemChanged.connect(self._on_item_changed)
        self.board.itemSelectionChanged.connect(lambda: self._show_card(self.current()))
        self.hide_texts.toggled.connect(self._on_hide_texts)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.split.clicked.connect(self._split)
        self.cards_from_phones.clicked.connect(self.open_cards_from_phones)
        self.new_value.returnPressed.connect(self._add)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.delete.clicked.connect(self._delete)

    @property
    def cards(self) -> tuple[ValueCard, ...]:
        """The cards as the board last showed them."""
        return self._cards

    @property
    def card_id(self) -> int | None:
        """The card the editor edits. On a click it follows the board's current row only
        once the typing for the card before has been stored."""
        return self._card_id

    def edited_card(self) -> ValueCard | None:
        return next((card for card in self._cards if card.id == self._card_id), None)

    def current(self) -> ValueCard | None:
        card_id = self.board.current_card_id()
        return next((card for card in self._cards if card.id == card_id), None)

    # --- showing ----------------------------------------------------------------------

    def show_cards(self, workshop: Workshop, support: dict[int, int]) -> None:
        """``support``: survey respondents per card, once the analysis knows."""
        self._cards = tuple(workshop.value_cards)
        self._revealed = shown_round(workshop)
        self._support = support
        hidden = self.hide_texts.isChecked()
        ids = [card.id for card in self._cards]
        if self._card_id not in ids and ids:
            self._card_id = ids[0]
        self._filling = True
        self.board.show_entries(
            [self._entry(card) for card in self._cards], hidden=hidden, current_id=self._card_id
        )
        self._filling = False
        self.hidden_count.setVisible(hidden)
        self.hidden_count.setText(self.tr("%Ln card(s) on the board, texts hidden", "", len(self._cards)))
        self._show_card(self.current())

    def _entry(self, card: ValueCard) -> BoardEntry:
        names = {other.id: other.name for other in self._cards}
        if card.merged_into is not None:
            # A merged card stays visible, greyed, naming the card that absorbed it.
            text = self.tr("%1 (merged into %2)").replace("%1", card.name)
            text = text.replace("%2", names.get(card.merged_into, "?"))
        else:
            text = self._board_text(card)
        return BoardEntry(
            card=card,
            text=text,
            tooltip=card.description,
            merged=card.merged_into is not None,
            chosen=card.selected_rank is not None,
        )

    def _board_text(self, card: ValueCard) -> str:
        """The card's name; the cards merged into it; its dots once the facilitator
        reveals the votes; and how many survey respondents support it (once the
        analysis knows, and only when some do)."""
        parts = [card.name]
        merged = [other for other in self._cards if other.merged_into == card.id]
        if merged:
            parts.append(self.tr("also: %1").replace("%1", ", ".join(other.name for other in merged)))
        if self._revealed is not None:
            parts.append(self.tr("%Ln dot(s)", "", card_dots(self._revealed, card.id, self._cards)))
        # Every card has a support figure now; a nought on every row would only crowd
        # the board (the selected card's panel says where each figure comes from).
        if self._support.get(card.id):
            parts.append(self.tr("%Ln respondent(s)", "", self._support[card.id]))
        return "   · ".join(parts)

    def _on_row_changed(self, _row: int) -> None:
        if self._filling:
            return
        self._commit_pending()
        card = self.current()
        self._card_id = card.id if card else None
        self._show_card(card)

    def _show_card(self, card: ValueCard | None) -> None:
        self.card_shown.emit(card)
        for button in (self.up, self.down, self.delete):
            button.setEnabled(card is not None)
        two = len(self.board.selected_card_ids()) == 2
        self.merge.setEnabled(two or (card is not None and can_be_merged(card, self._cards)))
        self.split.setEnabled(card is not None and card.merged_into is not None)

    def _on_hide_texts(self, hidden: bool) -> None:
        self.texts_hidden.emit(hidden)
        self._name_hide_texts()

    # --- editing ----------------------------------------------------------------------

    def add_card(self, card: ValueCard) -> None:
        """``card`` at the end of the board."""
        self.session.execute(AddValueCard(card, len(self._cards)))

    def _add(self) -> None:
        name = self.new_value.text().strip()
        if not name:
            return
        self.add_card(ValueCard(id=0, name=name))
        self.new_value.clear()

    def _on_renamed(self, card_id: int, name: str) -> None:
        card = next((c for c in self._cards if c.id == card_id), None)
        if card is not None:
            expected = (card.name, card.description)
            self.session.execute(UpdateValueCard(card.id, name, card.description, expected=expected))

    def _move(self, delta: int) -> None:
        card = self.current()
        if card is not None:
            self.board.nudge(card.id, delta)

    def _delete(self) -> None:
        card = self.current()
        if card is not None:
            self._card_id = None
            self.session.execute(DeleteValueCard(card.id))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        card_id = self.board.card_id_at(self.board.row(item))
        if self._filling or card_id is None:
            return
        if not self._choose(card_id, item.checkState() == Qt.CheckState.Checked):
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False

    # --- merging ----------------------------------------------------------------------

    def _fill_merge_menu(self) -> None:
        """With two cards selected: either into the other. Otherwise: the current card
        into any card that is not merged itself."""
        self.merge_menu.clear()
        by_id = {card.id: card for card in self._cards}
        selected = [by_id[card_id] for card_id in self.board.selected_card_ids() if card_id in by_id]
        if len(selected) == 2:
            first, second = selected
            for card, into in ((second, first), (first, second)):
                label = self.tr("“%1” into “%2”").replace("%1", card.name).replace("%2", into.name)
                self.merge_menu.addAction(
                    label.replace("&", "&&"), lambda c=card.id, i=into.id: self._merge(c, i)
                )
            return
        card = self.current()
        if card is None:
            return
        for other in merge_targets(card, self._cards):
            label = other.name.replace("&", "&&")
            self.merge_menu.addAction(label, lambda into=other.id: self.merge_into(into))

    def merge_into(self, into_id: int) -> None:
        """Merge the current card into another (undoable; Split brings it back)."""
        card = self.current()
        if card is not None:
            self._merge(card.id, into_id)

    def _merge(self, card_id: int, into_id: int) -> None:
        self.session.execute(MergeValueCard(card_id, into_id))

    def ask_merge(self, card_id: int, into_id: int) -> None:
        """A card dropped onto another: merging is a big step, so it is confirmed."""
        by_id = {card.id: card for card in self._cards}
        card, into = by_id.get(card_id), by_id.get(into_id)
        if card is None or into is None:
            return
        self.merge_question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge values"),
            self.tr("Merge “%1” into “%2”? Both texts stay, their dots add up, and Split off undoes it.")
            .replace("%1", card.name)
            .replace("%2", into.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.merge_question.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_question.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.merge_question.accepted.connect(lambda: self._merge(card_id, into_id))
        self.merge_question.open()

    def _split(self) -> None:
        card = self.current()
        if card is not None and card.merged_into is not None:
            self.session.execute(MergeValueCard(card.id, None))

    def open_cards_from_phones(self) -> None:
        """Let phones on the local network add cards to the board (anonymously)."""
        self._commit_pending()
        if self.card_phone_panel is None:
            from philosophy_studio.gui.phones.phone_controller import PhoneCardsController
            from philosophy_studio.gui.phones.phone_panel import PhonePanel

            self.card_phones = PhoneCardsController(self.session, self)
            self.card_phone_panel = PhonePanel(self.card_phones, self)
        assert self.card_phones is not None
        self.card_phones.start()
        self.card_phone_panel.bring_forward()

    # --- language ---------------------------------------------------------------------

    def _name_hide_texts(self) -> None:
        hidden = self.hide_texts.isChecked()
        self.hide_texts.setText(self.tr("Show the cards") if hidden else self.tr("Hide the cards"))

    def retranslate_ui(self) -> None:
        self.new_value.setPlaceholderText(self.tr("Type a value and press Enter, e.g. Patience"))
        self.new_value.setAccessibleName(self.tr("New value"))
        self.board.setAccessibleName(self.tr("Values board; tick up to five to choose them"))
        self.board.setToolTip(
            self.tr(
                "Drag a card between others to move it, onto another to merge them; "
                "Ctrl+Up/Down moves it, F2 or a double-click renames it"
            )
        )
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move do&wn"))
        self.delete.setText(self.tr("&Delete"))
        self._name_hide_texts()
        self.hide_texts.setToolTip(
            self.tr(
                "Hide the card texts on the projected board while people add theirs; show them all at once"
            )
        )
        self.merge.setText(self.tr("&Merge into"))
        self.merge.setToolTip(
            self.tr("Put this card under another that says nearly the same; both texts stay")
        )
        self.merge.setAccessibleDescription(self.tr("Merge this value into another"))
        self.cards_from_phones.setText(self.tr("Cards from p&hones…"))
        self.cards_from_phones.setAccessibleDescription(
            self.tr("Let phones on the local network add value cards to the board, anonymously")
        )
        self.split.setText(self.tr("Spl&it off"))
        self.split.setAccessibleDescription(self.tr("Split this value off the one it was merged into"))
