"""Step 2: the values board and the final selection of five or fewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import (
    MAX_CHOSEN_VALUES,
    Language,
    ValueCard,
    VotingRound,
    VotingStatus,
    Workshop,
)
from philosophy_studio.domain.selection import candidates, card_dots, selection_after, shown_round
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.value_commands import (
    CARD_COLOURS,
    COLOUR_NAMES,
    AddValueCard,
    DeleteValueCard,
    MergeValueCard,
    MoveValueCard,
    SetCardCluster,
    SetCardColour,
    SetChosenValues,
    UpdateValueCard,
)
from philosophy_studio.domain.voting_commands import AddVotingRound, RevealTallies, SetRoundOpen
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
from philosophy_studio.gui.kiosk.pin_dialog import SetPinDialog
from philosophy_studio.gui.kiosk.voting_kiosk import VotingKioskWindow
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhoneVotingController
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.value_board import BoardEntry, ValueBoard
from philosophy_studio.gui.widgets.vertical_scroll_area import VerticalScrollArea
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import CardSupport
    from philosophy_studio.gui.phones.phone_panel import PhonePanel
    from philosophy_studio.services.inspiration import Example
    from philosophy_studio.services.similar_cards import Suggestion
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis


# The most dots one person may get in a round (services/voting_edits.py refuses more).
MAX_DOTS = 20


def initials(names: tuple[str, ...]) -> str:
    """The first letters of the chosen values, as written (no case mapping, which
    differs between Turkish and English), the seed of a mnemonic like "5R"."""
    return "".join(name.strip()[:1] for name in names if name.strip())


class ValuesPage(StepPage):
    step = Step.VALUES

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._cards: list[ValueCard] = []
        self._card_id: int | None = None
        self._shown_id: int | None = None
        self._filling = False
        self._support: dict[int, int] = {}
        self._card_support: dict[int, CardSupport] = {}
        self._revealed: VotingRound | None = None
        self._inspiration_language: Language | None = None
        self._suggestions: list[Suggestion] = []
        self._similar_request = 0
        self._examples: tuple[Example, ...] = ()
        self.pin_dialog: SetPinDialog | None = None
        self.merge_question: QMessageBox | None = None
        self.conflict: ConflictDialog | None = None
        self.voting_kiosk: VotingKioskWindow | None = None
        self.phones = PhoneVotingController(session, self)
        self.phone_panel: PhonePanel | None = None
        self._listening_to_analysis = False

        self.new_value = QLineEdit()
        self.new_value.setObjectName("newValue")
        self.board = ValueBoard()
        scale_font(self.board, SUBHEADING)
        self.board.move_requested.connect(
            lambda card_id, position, cluster: self.session.execute(MoveValueCard(card_id, position, cluster))
        )
        self.board.merge_requested.connect(self.ask_merge)
        self.board.renamed.connect(self._on_renamed)
        self.hidden_count = QLabel()
        self.hidden_count.setObjectName("hiddenCount")
        scale_font(self.hidden_count, SUBHEADING, bold=True)
        self.hidden_count.hide()
        self.hide_texts = QPushButton()
        self.hide_texts.setObjectName("hideCardTexts")
        self.hide_texts.setCheckable(True)
        self.hide_texts.toggled.connect(self._on_hide_texts)
        self.up, self.down, self.delete = QPushButton(), QPushButton(), QPushButton()
        self.merge = QToolButton()
        self.merge.setObjectName("mergeCard")
        self.merge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge)
        self.merge.setMenu(self.merge_menu)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.split = QPushButton()
        self.split.setObjectName("splitCard")
        self.split.clicked.connect(self._split)
        board_buttons = QGridLayout()
        for index, button in enumerate(
            (self.up, self.down, self.delete, self.merge, self.split, self.hide_texts)
        ):
            board_buttons.addWidget(button, index // 3, index % 3)
        board_buttons.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_value)
        left_layout.addWidget(self.hidden_count)
        left_layout.addWidget(self.board, 1)
        left_layout.addLayout(board_buttons)

        self.card_group = QGroupBox()
        self.name = WorkshopLineEdit()
        self.description = WorkshopTextEdit()
        self.description.setMaximumHeight(120)
        self.name_label, self.description_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        card_form = QFormLayout(self.card_group)
        card_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        card_form.addRow(self.name_label, self.name)
        card_form.addRow(self.description_label, self.description)
        self.cluster = WorkshopLineEdit()
        self.cluster.setObjectName("cardCluster")
        self.cluster_completer = QCompleter([], self.cluster)
        self.cluster_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cluster.setCompleter(self.cluster_completer)
        self.cluster_label = QLabel()
        self.cluster_label.setBuddy(self.cluster)
        card_form.addRow(self.cluster_label, self.cluster)
        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        colour_row = QHBoxLayout()
        for colour in ("", *CARD_COLOURS):
            swatch = QToolButton()
            swatch.setCheckable(True)
            swatch.setObjectName(f"colour{colour or 'None'}")
            swatch.setMinimumSize(32, 32)
            if colour:
                # Fill colour only: the swatch is a colour sample, named for screen readers.
                swatch.setStyleSheet(
                    f"QToolButton {{ background: {colour}; border: 2px solid palette(mid);"
                    " border-radius: 4px; }"
                    "QToolButton:checked { border: 4px solid palette(text); }"
                )
            swatch.setProperty("colour", colour)
            self.colours.addButton(swatch)
            colour_row.addWidget(swatch)
        colour_row.addStretch(1)
        self.colours.buttonClicked.connect(self._on_colour_clicked)
        self.colour_label = QLabel()
        card_form.addRow(self.colour_label, colour_row)
        self.support = QLabel()
        self.support.setObjectName("surveySupport")
        self.support.setWordWrap(True)
        self.support.setTextFormat(Qt.TextFormat.PlainText)
        card_form.addRow(self.support)
        self.coming = QLabel()
        self.coming.setWordWrap(True)
        self.coming.setFrameShape(QFrame.Shape.StyledPanel)
        self.coming.setMargin(8)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card_group)
        right_layout.addWidget(self._build_similar())
        right_layout.addWidget(self._build_voting())
        right_layout.addWidget(self._build_inspiration(), 1)
        right_layout.addWidget(self.coming)
        # The editor, voting and inspiration stack taller than a 720-pixel-high window
        # has room for; there the column scrolls rather than setting the window's size.
        right_scroller = VerticalScrollArea(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right_scroller)
        splitter.setSizes([340, 360])

        self.limit_note = QLabel()
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setWordWrap(True)
        self.limit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.limit_note.setMargin(8)
        self.limit_note.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("valuesTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self._build_selection(), "")

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.limit_note)

        self.new_value.returnPressed.connect(self._add)
        self.board.currentRowChanged.connect(self._on_row_changed)
        self.board.itemChanged.connect(self._on_item_changed)
        self.board.itemSelectionChanged.connect(lambda: self._show_card(self._current()))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.delete.clicked.connect(self._delete)
        self.name.edited.connect(lambda text, previous: self._update_card(name=text, seen_name=previous))
        self.description.edited.connect(
            lambda text, previous: self._update_card(description=text, seen_description=previous)
        )
        self.cluster.edited.connect(self._on_cluster_edited)
        session.conflicted.connect(self._on_conflict)
        self.set_name.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.VALUE_SET_NAME, text, expected=previous)
            )
        )
        self.retranslate_ui()

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.VALUES, Aspect.VOTES):
            return
        self._cards = list(workshop.value_cards)
        if changes.touches(Aspect.VALUES):
            self._find_similar(workshop)
        # Examples come in the workshop's language, like everything the room reads.
        self._show_inspiration(workshop.info.language)
        self._revealed = shown_round(workshop)
        self._show_voting()
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
        clusters = sorted({card.cluster for card in self._cards if card.cluster})
        self.cluster_completer.model().setStringList(clusters)  # type: ignore[attr-defined]
        self._show_card(self._current())
        self._show_selection(workshop)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        analysis = self.session.analysis
        if not self._listening_to_analysis:
            self._listening_to_analysis = True
            analysis.updated.connect(self._on_analysis)
            analysis.running_changed.connect(self._on_analysis_running)
        analysis.want()

    def _on_analysis_running(self, _running: bool) -> None:
        # Only the support line: the card's fields may be mid-edit.
        card = self._current()
        if card is not None:
            self._show_support(card)

    def _on_analysis(self, analysis: WorkshopAnalysis | None) -> None:
        self._support = dict(analysis.support) if analysis is not None else {}
        self._card_support = dict(analysis.card_support) if analysis is not None else {}
        workshop = self.session.workshop
        if workshop is not None:
            self.refresh(workshop, Changes.of(Aspect.VALUES))

    def _on_hide_texts(self, hidden: bool) -> None:
        """While people add cards, the projected board shows only that cards exist, so
        nobody follows the first ideas; showing them again reveals all at once."""
        self.card_group.setVisible(not hidden)
        self.similar_group.setVisible(bool(self._suggestions) and not hidden)
        workshop = self.session.workshop
        if workshop is not None:
            self.refresh(workshop, Changes.of(Aspect.VALUES))
        self.hide_texts.setText(self.tr("Show the cards") if hidden else self.tr("Hide the cards"))

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
            parts.append(self.tr("%Ln dot(s)", "", card_dots(self._revealed, card.id, tuple(self._cards))))
        # Every card has a support figure now; a nought on every row would only crowd
        # the board (the selected card's panel says where each figure comes from).
        if self._support.get(card.id):
            parts.append(self.tr("%Ln respondent(s)", "", self._support[card.id]))
        return "   · ".join(parts)

    # --- similar cards ----------------------------------------------------------------

    def _build_similar(self) -> QGroupBox:
        self.similar_group = QGroupBox()
        self.similar = QListWidget()
        self.similar.setObjectName("similarCards")
        self.similar.setMaximumHeight(110)
        self.merge_similar = QPushButton()
        self.merge_similar.setObjectName("mergeSimilar")
        self.merge_similar.setEnabled(False)
        layout = QVBoxLayout(self.similar_group)
        layout.addWidget(self.similar)
        row = QHBoxLayout()
        row.addWidget(self.merge_similar)
        row.addStretch(1)
        layout.addLayout(row)
        self.similar.currentRowChanged.connect(lambda r: self.merge_similar.setEnabled(r >= 0))
        self.similar.itemActivated.connect(lambda _item: self.merge_suggested())
        self.merge_similar.clicked.connect(self.merge_suggested)
        self.similar_group.hide()
        return self.similar_group

    def _find_similar(self, workshop: Workshop) -> None:
        """Suggestions are worked out on the work thread (scikit-learn loads there)."""
        cards, language = workshop.value_cards, workshop.info.language
        self._similar_request += 1
        request = self._similar_request

        def job(_control: object) -> list[Suggestion]:
            from philosophy_studio.services.similar_cards import suggestions

            return suggestions(cards, language)

        def shown(found: list[Suggestion]) -> None:
            if request == self._similar_request:
                self._show_similar(found)

        self.session.runner.run_heavy(job, shown, lambda _error: shown([]))

    def _show_similar(self, found: list[Suggestion]) -> None:
        names = {card.id: card.name for card in self._cards}
        self._suggestions = [s for s in found if s.first in names and s.second in names]
        self.similar.clear()
        for suggestion in self._suggestions:
            self.similar.addItem(
                self.tr("“%1” ≈ “%2”")
                .replace("%1", names[suggestion.first])
                .replace("%2", names[suggestion.second])
            )
        self.similar_group.setVisible(bool(self._suggestions) and not self.hide_texts.isChecked())

    def merge_suggested(self) -> None:
        """Merge the second card of the selected suggestion into the first (undoable)."""
        row = self.similar.currentRow()
        if 0 <= row < len(self._suggestions):
            suggestion = self._suggestions[row]
            self.session.execute(MergeValueCard(suggestion.second, suggestion.first))

    # --- inspiration ------------------------------------------------------------------

    def _build_inspiration(self) -> QGroupBox:
        self.inspiration_group = QGroupBox()
        self.inspiration = QListWidget()
        self.inspiration.setObjectName("inspiration")
        self.inspiration.setWordWrap(True)
        self.copy_example = QPushButton()
        self.copy_example.setObjectName("copyExample")
        layout = QVBoxLayout(self.inspiration_group)
        layout.addWidget(self.inspiration, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_example)
        row.addStretch(1)
        layout.addLayout(row)
        self.inspiration.itemActivated.connect(lambda _item: self.copy_inspiration())
        self.copy_example.clicked.connect(self.copy_inspiration)
        return self.inspiration_group

    def _show_inspiration(self, language: Language) -> None:
        from philosophy_studio.services.inspiration import examples

        if self._inspiration_language is language:
            return
        self._inspiration_language = language
        self._examples = examples(language)
        self.inspiration.clear()
        for example in self._examples:
            item = QListWidgetItem(f"{example.name} — {example.source}\n{example.line}")
            item.setToolTip(example.line)
            self.inspiration.addItem(item)

    def copy_inspiration(self) -> None:
        """The selected example as a new card at the end of the board, to reword."""
        row = self.inspiration.currentRow()
        if not 0 <= row < len(self._examples):
            return
        example = self._examples[row]
        card = ValueCard(id=0, name=example.name, description=example.line)
        self.session.execute(AddValueCard(card, len(self._cards)))

    # --- final selection --------------------------------------------------------------

    def _build_selection(self) -> QWidget:
        self.selection_group = QWidget()
        self.ranking_note = QLabel()
        self.ranking_note.setWordWrap(True)
        self.candidates = QTableWidget(0, 4)
        self.candidates.setObjectName("finalSelection")
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setTabKeyNavigation(False)
        self.candidates.setWordWrap(True)
        scale_font(self.candidates, SUBHEADING)
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.candidates.itemChanged.connect(self._on_candidate_changed)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenValues")
        self.chosen.setWordWrap(True)
        scale_font(self.chosen, SUBHEADING, bold=True)
        self.set_name = WorkshopLineEdit()
        self.set_name_label = QLabel()
        self.set_name_label.setBuddy(self.set_name)
        self.initials = QLabel()
        self.initials.setObjectName("valueInitials")
        scale_font(self.initials, SUBHEADING, bold=True)
        name_row = QHBoxLayout()
        name_row.addWidget(self.set_name_label)
        name_row.addWidget(self.set_name, 1)
        name_row.addWidget(self.initials)
        self.earlier, self.later = QPushButton(), QPushButton()
        self.earlier.setObjectName("chosenEarlier")
        self.later.setObjectName("chosenLater")
        self.earlier.clicked.connect(lambda: self._reorder_chosen(-1))
        self.later.clicked.connect(lambda: self._reorder_chosen(+1))
        self.candidates.currentCellChanged.connect(lambda *_: self._enable_reorder())
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.earlier)
        chosen_row.addWidget(self.later)
        layout = QVBoxLayout(self.selection_group)
        layout.addWidget(self.ranking_note)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(chosen_row)
        layout.addLayout(name_row)
        return self.selection_group

    def _show_selection(self, workshop: Workshop) -> None:
        ranked = candidates(workshop, self._support)
        no_round = not workshop.voting_rounds
        current = self.candidates.currentRow()
        self._filling = True
        self.candidates.setRowCount(len(ranked))
        for row, candidate in enumerate(ranked):
            card = candidate.card
            name = QTableWidgetItem(card.name)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(
                Qt.CheckState.Checked if card.selected_rank is not None else Qt.CheckState.Unchecked
            )
            name.setData(Qt.ItemDataRole.UserRole, card.id)
            name.setToolTip(card.description)
            if candidate.dots is not None:
                dots = str(candidate.dots)
            else:
                dots = "—" if no_round else self.tr("hidden")
            respondents = "—" if candidate.respondents is None else str(candidate.respondents)
            cells = (name, QTableWidgetItem(dots), QTableWidgetItem(respondents))
            for column, cell in enumerate(cells):
                if column:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.candidates.setItem(row, column, cell)
            also = QTableWidgetItem(", ".join(candidate.also))
            also.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.candidates.setItem(row, 3, also)
        self.candidates.resizeRowsToContents()
        if 0 <= current < len(ranked):
            self.candidates.setCurrentCell(current, 0)
        self._filling = False
        chosen = tuple(card.name for card in workshop.chosen_values)
        self.chosen.setText(
            self.tr("Chosen, %1 of %2: %3")
            .replace("%1", str(len(chosen)))
            .replace("%2", str(MAX_CHOSEN_VALUES))
            .replace("%3", ", ".join(chosen) or "—")
        )
        self.initials.setText(self.tr("Initials: %1").replace("%1", initials(chosen)) if chosen else "")
        self.set_name.show_stored(workshop.value_set_name)
        self._enable_reorder()

    def _candidate_id(self) -> int | None:
        item = self.candidates.item(self.candidates.currentRow(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _enable_reorder(self) -> None:
        workshop = self.session.workshop
        chosen = [card.id for card in workshop.chosen_values] if workshop else []
        card_id = self._candidate_id()
        place = chosen.index(card_id) if card_id in chosen else None
        self.earlier.setEnabled(place is not None and place > 0)
        self.later.setEnabled(place is not None and place < len(chosen) - 1)

    def _reorder_chosen(self, step: int) -> None:
        """The chosen values' order is the charter's order (and spells the initials)."""
        workshop = self.session.workshop
        card_id = self._candidate_id()
        chosen = [card.id for card in workshop.chosen_values] if workshop else []
        if card_id not in chosen:
            return
        place = chosen.index(card_id)
        if 0 <= place + step < len(chosen):
            chosen[place], chosen[place + step] = chosen[place + step], chosen[place]
            self.session.execute(SetChosenValues(tuple(chosen)))

    # --- dot voting -------------------------------------------------------------------

    def _build_voting(self) -> QGroupBox:
        self.voting_group = QGroupBox()
        self.voting_status = QLabel()
        self.voting_status.setObjectName("votingStatus")
        self.voting_status.setWordWrap(True)
        self.dots_per_person = QSpinBox()
        self.dots_per_person.setRange(1, MAX_DOTS)
        self.dots_per_person.setValue(3)
        self.max_per_card = QSpinBox()
        self.max_per_card.setRange(1, MAX_DOTS)
        self.max_per_card.setValue(2)
        self.dots_label, self.per_card_label = QLabel(), QLabel()
        self.dots_label.setBuddy(self.dots_per_person)
        self.per_card_label.setBuddy(self.max_per_card)
        self.open_round = QPushButton()
        self.open_round.setObjectName("openRound")
        self.start_voting_kiosk = QPushButton()
        self.start_voting_kiosk.setObjectName("votingKioskButton")
        self.voting_phones = QPushButton()
        self.voting_phones.setObjectName("votingPhonesButton")
        self.close_round = QPushButton()
        self.close_round.setObjectName("closeRound")
        self.reveal = QPushButton()
        self.reveal.setObjectName("revealVotes")
        self.reveal.setCheckable(True)
        sizes = QHBoxLayout()
        for widget in (self.dots_label, self.dots_per_person, self.per_card_label, self.max_per_card):
            sizes.addWidget(widget)
        sizes.addStretch(1)
        # Two rows, so that the page leaves the guidance its width on a 1280-pixel screen.
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.open_round, self.start_voting_kiosk, self.voting_phones, self.close_round, self.reveal)
        ):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self.voting_group)
        layout.addWidget(self.voting_status)
        layout.addLayout(sizes)
        layout.addLayout(buttons)
        self.dots_per_person.valueChanged.connect(self.max_per_card.setMaximum)
        self.open_round.clicked.connect(self._open_round)
        self.start_voting_kiosk.clicked.connect(self.open_voting_kiosk)
        self.voting_phones.clicked.connect(self.open_voting_to_phones)
        self.close_round.clicked.connect(self._close_round)
        self.reveal.toggled.connect(self._on_reveal_toggled)
        return self.voting_group

    def _latest_round(self) -> VotingRound | None:
        workshop = self.session.workshop
        return workshop.voting_rounds[-1] if workshop and workshop.voting_rounds else None

    def _open_round_now(self) -> VotingRound | None:
        workshop = self.session.workshop
        rounds = workshop.voting_rounds if workshop else ()
        return next((r for r in rounds if r.status is VotingStatus.OPEN), None)

    def _show_voting(self) -> None:
        latest, open_now = self._latest_round(), self._open_round_now()
        if latest is None:
            status = self.tr("No voting round yet. Open one when the board is complete.")
        else:
            size = self.tr("%Ln dot(s) each", "", latest.dots_per_person)
            voted = self.tr("%Ln voter(s)", "", latest.voters)
            state = self.tr("open") if latest.status is VotingStatus.OPEN else self.tr("closed")
            shown = self.tr("votes shown") if latest.revealed else self.tr("votes hidden")
            status = self.tr("Latest round: %1, %2; %3; %4.")
            status = status.replace("%1", state).replace("%2", size).replace("%3", voted).replace("%4", shown)
        self.voting_status.setText(status)
        self.open_round.setEnabled(open_now is None)
        self.start_voting_kiosk.setEnabled(open_now is not None)
        self.voting_phones.setEnabled(open_now is not None)
        self.close_round.setEnabled(open_now is not None)
        self.reveal.setEnabled(latest is not None)
        self.reveal.blockSignals(True)
        self.reveal.setChecked(bool(latest and latest.revealed))
        self.reveal.blockSignals(False)
        self.reveal.setText(
            self.tr("&Hide the votes") if latest and latest.revealed else self.tr("Show the vot&es")
        )

    def _open_round(self) -> None:
        wanted = VotingRound(
            id=0, dots_per_person=self.dots_per_person.value(), max_per_card=self.max_per_card.value()
        )
        self.session.execute(AddVotingRound(wanted))

    def _close_round(self) -> None:
        open_now = self._open_round_now()
        if open_now is not None:
            self.session.execute(SetRoundOpen(open_now.id, False))

    def _on_reveal_toggled(self, revealed: bool) -> None:
        latest = self._latest_round()
        if latest is not None:
            self.session.execute(RevealTallies(latest.id, revealed))

    def open_voting_kiosk(self) -> None:
        self.commit_pending()
        self.pin_dialog = SetPinDialog(self)
        self.pin_dialog.accepted.connect(self._start_voting_kiosk)
        self.pin_dialog.open()

    def open_voting_to_phones(self) -> None:
        """Serve the open round's ballot to phones on the local network."""
        self.commit_pending()
        if self.phone_panel is None:
            # Loaded on first use: most workshops never open to phones.
            from philosophy_studio.gui.phones.phone_panel import PhonePanel

            self.phone_panel = PhonePanel(self.phones, self)
            self.phone_panel.present_requested.connect(self.open_presentation)
        self.phones.start()
        self.phone_panel.show()
        self.phone_panel.raise_()
        self.phone_panel.activateWindow()

    def phone_controller(self) -> PhoneVotingController:
        return self.phones

    def _start_voting_kiosk(self) -> None:
        open_now = self._open_round_now()
        if open_now is None or self.pin_dialog is None:
            return
        cards = [card for card in self._cards if card.merged_into is None]
        self.voting_kiosk = VotingKioskWindow(self.session, open_now, cards, self.pin_dialog.chosen_pin())
        self.voting_kiosk.left.connect(self._on_voting_kiosk_left)
        self.voting_kiosk.showFullScreen()
        self.voting_kiosk.activateWindow()
        # As with the survey kiosk: nothing of the workshop to Alt+Tab to meanwhile.
        self.window().hide()

    def _on_voting_kiosk_left(self) -> None:
        self.voting_kiosk = None
        self.window().show()
        self.window().activateWindow()

    def _show_support(self, card: ValueCard) -> None:
        """Says exactly where the respondents figure comes from: the answers that use all
        of the card's own counted words (in any form), and those that use a word linked
        to it by hand."""
        found = self._card_support.get(card.id)
        if found is None:
            if self.session.analysis.is_running:
                self.support.setText(self.tr("Counting the answers that support this value…"))
            else:
                self.support.setText(
                    self.tr("Survey support appears here once the survey has enough answers to analyse.")
                )
            return
        lines = [self.tr("Survey support: %Ln respondent(s).", "", found.respondents)]
        if found.name_words:
            lines.append(
                self.tr(
                    "Through the card's own words (%1, in any form): %Ln respondent(s).", "", found.from_name
                ).replace("%1", " + ".join(found.name_words))
            )
        else:
            lines.append(self.tr("No answer uses the words of the card's name."))
        if card.evidence_terms:
            lines.append(
                self.tr(
                    "Through the survey evidence linked to it (%1): %Ln respondent(s).", "", found.from_links
                ).replace("%1", ", ".join(card.evidence_terms))
            )
        else:
            lines.append(self.tr("On the Survey step, “Make this a value” links more words to a card."))
        self.support.setText("\n".join(lines))

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
        card = self._current()
        if card is None:
            return
        for other in self._cards:
            if other.id != card.id and other.merged_into is None:
                label = other.name.replace("&", "&&")
                self.merge_menu.addAction(label, lambda into=other.id: self.merge_into(into))

    def merge_into(self, into_id: int) -> None:
        """Merge the current card into another (undoable; Split brings it back)."""
        card = self._current()
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
        card = self._current()
        if card is not None and card.merged_into is not None:
            self.session.execute(MergeValueCard(card.id, None))

    def _current(self) -> ValueCard | None:
        card_id = self.board.current_card_id()
        return next((card for card in self._cards if card.id == card_id), None)

    def _on_row_changed(self, _row: int) -> None:
        if self._filling:
            return
        self.commit_pending()
        card = self._current()
        self._card_id = card.id if card else None
        self._show_card(card)

    def _show_card(self, card: ValueCard | None) -> None:
        self.card_group.setEnabled(card is not None)
        for button in (self.up, self.down, self.delete):
            button.setEnabled(card is not None)
        has_merged = card is not None and any(other.merged_into == card.id for other in self._cards)
        two = len(self.board.selected_card_ids()) == 2
        self.merge.setEnabled(two or (card is not None and card.merged_into is None and not has_merged))
        self.split.setEnabled(card is not None and card.merged_into is not None)
        if card is None:
            self.support.clear()
            return
        self._show_support(card)
        if card.id != self._shown_id:
            self.name.setText(card.name)
            self.description.replace_with_stored(card.description)
            self.cluster.setText(card.cluster)
            self._shown_id = card.id
        self.name.show_stored(card.name)
        self.description.show_stored(card.description)
        self.cluster.show_stored(card.cluster)
        for button in self.colours.buttons():
            button.setChecked(button.property("colour") == card.colour)

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.name.commit()
        self.description.commit()
        self.cluster.commit()
        self.set_name.commit()

    def _add(self) -> None:
        name = self.new_value.text().strip()
        if not name:
            return
        self.session.execute(AddValueCard(ValueCard(id=0, name=name), len(self._cards)))
        self.new_value.clear()

    def _update_card(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        seen_name: str | None = None,
        seen_description: str | None = None,
    ) -> None:
        card = next((c for c in self._cards if c.id == self._card_id), None)
        if card is None:
            return
        if name is not None and not name.strip():
            self.name.show_stored(card.name)  # a value needs a name; keep the old one
            return
        # What this editor last saw stored: a change someone else made since is not
        # overwritten silently (a shared team database).
        expected = (
            card.name if seen_name is None else seen_name,
            card.description if seen_description is None else seen_description,
        )
        self.session.execute(
            UpdateValueCard(
                card.id,
                card.name if name is None else name,
                card.description if description is None else description,
                expected=expected,
            )
        )

    def _on_renamed(self, card_id: int, name: str) -> None:
        card = next((c for c in self._cards if c.id == card_id), None)
        if card is not None:
            expected = (card.name, card.description)
            self.session.execute(UpdateValueCard(card.id, name, card.description, expected=expected))

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, UpdateValueCard) or not isinstance(error.theirs, tuple):
            return
        theirs_name, theirs_description = error.theirs
        mine_name, mine_description = command.name, command.description
        if command.card_id == self._card_id:
            self.name.show_stored(theirs_name)
            self.description.forget_stored(theirs_description)

        def text(name: str, description: str) -> str:
            return f"{name}\n\n{description}".strip()

        self.conflict = ConflictDialog(
            text(theirs_name, theirs_description), text(mine_name, mine_description), self
        )
        self.conflict.kept_mine.connect(
            lambda: self.session.execute(
                UpdateValueCard(command.card_id, mine_name, mine_description, expected=error.theirs)
            )
        )
        self.conflict.took_theirs.connect(lambda: self._take_theirs(command.card_id, error.theirs))
        self.conflict.open()

    def _take_theirs(self, card_id: int, theirs: tuple[str, str]) -> None:
        if card_id == self._card_id:
            self.name.setText(theirs[0])
            self.name.show_stored(theirs[0])
            self.description.replace_with_stored(theirs[1])

    def _on_cluster_edited(self, text: str, _previous: str) -> None:
        card = next((c for c in self._cards if c.id == self._card_id), None)
        if card is not None and text.strip() != card.cluster:
            self.session.execute(SetCardCluster(card.id, text))

    def _on_colour_clicked(self, button: QToolButton) -> None:
        card = self._current()
        colour = str(button.property("colour") or "")
        if card is not None and colour != card.colour:
            self.session.execute(SetCardColour(card.id, colour))

    def _move(self, delta: int) -> None:
        card = self._current()
        if card is not None:
            self.board.nudge(card.id, delta)

    def _delete(self) -> None:
        card = self._current()
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

    def _on_candidate_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        card_id = item.data(Qt.ItemDataRole.UserRole)
        if not self._choose(card_id, item.checkState() == Qt.CheckState.Checked):
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False

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
        super().retranslate_ui()
        self.new_value.setPlaceholderText(self.tr("Type a value and press Enter, e.g. Patience"))
        self.new_value.setAccessibleName(self.tr("New value"))
        self.board.setAccessibleName(self.tr("Values board; tick up to five to choose them"))
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move do&wn"))
        self.delete.setText(self.tr("&Delete"))
        self.card_group.setTitle(self.tr("Selected value"))
        self.name_label.setText(self.tr("&Name:"))
        self.description_label.setText(self.tr("How it makes a &difference every day:"))
        self.cluster_label.setText(self.tr("&Group:"))
        self.cluster.setPlaceholderText(self.tr("Cards with the same group name stand together"))
        self.cluster.setAccessibleName(self.tr("Group of this value"))
        self.colour_label.setText(self.tr("Colour:"))
        for button in self.colours.buttons():
            colour = str(button.property("colour") or "")
            name = (
                QCoreApplication.translate("ValueBoard", COLOUR_NAMES[colour])
                if colour in COLOUR_NAMES
                else self.tr("No colour")
            )
            button.setAccessibleName(name)
            button.setToolTip(name)
            if not colour:
                button.setText("∅")
        self.board.setToolTip(
            self.tr(
                "Drag a card between others to move it, onto another to merge them; "
                "Ctrl+Up/Down moves it, F2 or a double-click renames it"
            )
        )
        self.hide_texts.setText(
            self.tr("Show the cards") if self.hide_texts.isChecked() else self.tr("Hide the cards")
        )
        self.hide_texts.setToolTip(
            self.tr(
                "Hide the card texts on the projected board while people add theirs; show them all at once"
            )
        )
        self.merge.setText(self.tr("&Merge into"))
        self.merge.setToolTip(
            self.tr("Put this card under another that says nearly the same; both texts stay")
        )
        self.merge.setAccessibleName(self.tr("Merge this value into another"))
        self.split.setText(self.tr("Spl&it off"))
        self.split.setAccessibleName(self.tr("Split this value off the one it was merged into"))
        self.similar_group.setTitle(self.tr("Cards that say nearly the same"))
        self.similar.setAccessibleName(self.tr("Pairs of similar cards, suggested for merging"))
        self.merge_similar.setText(self.tr("Merge the pai&r"))
        self.merge_similar.setToolTip(self.tr("Merge the second card into the first; Split off undoes it"))
        self.inspiration_group.setTitle(self.tr("Inspiration"))
        self.inspiration.setAccessibleName(self.tr("Example values from well-known service principles"))
        self.inspiration.setToolTip(self.tr("Double-click or press Enter to copy an example onto the board"))
        self.copy_example.setText(self.tr("Copy to the &board"))
        self.voting_group.setTitle(self.tr("Dot voting"))
        self.dots_label.setText(self.tr("Dots per &person:"))
        self.per_card_label.setText(self.tr("At most on one &value:"))
        self.open_round.setText(self.tr("&Open a round"))
        self.start_voting_kiosk.setText(self.tr("Voting &kiosk…"))
        self.start_voting_kiosk.setToolTip(
            self.tr("A locked full-screen ballot where staff place their dots one after another")
        )
        self.close_round.setText(self.tr("&Close the round"))
        self.voting_phones.setText(self.tr("Open &to phones…"))
        self.voting_phones.setToolTip(
            self.tr("Staff scan a QR code and place their dots on their own phones, on the local network")
        )
        self._show_voting()
        self.coming.setText(
            self.tr(
                "Votes stay hidden until you show them, so nobody follows the crowd. Similar "
                "cards are only suggested; merging is always your choice."
            )
        )
        self.tabs.setTabText(0, self.tr("Board &and votes"))
        self.tabs.setTabText(1, self.tr("&Five or fewer"))
        self.ranking_note.setText(
            self.tr(
                "Candidates ranked by their dots, once you show the votes, then by the number of "
                "survey respondents whose answers use the value's words. Tick five or fewer; the "
                "order you tick them in is the order of the charter."
            )
        )
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Dots"), self.tr("Respondents"), self.tr("Merged into it")]
        )
        self.earlier.setText(self.tr("Ea&rlier"))
        self.later.setText(self.tr("La&ter"))
        self.earlier.setToolTip(self.tr("Move the selected chosen value earlier in the charter"))
        self.later.setToolTip(self.tr("Move the selected chosen value later in the charter"))
        self.candidates.setAccessibleName(self.tr("Candidate values, ranked; tick up to five to choose them"))
        self.limit_note.setText(
            self.tr(
                "The method keeps five values or fewer, so that everyone can remember and live them. "
                "Untick one before choosing another."
            )
        )
        self.set_name_label.setText(self.tr("Name of the &set:"))
        self.set_name.setPlaceholderText(self.tr("A name people remember, like 5R"))
        self.set_name.setAccessibleName(self.tr("Name of the value set"))
