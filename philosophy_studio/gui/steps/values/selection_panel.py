"""The final choice: the candidates ranked, the five or fewer chosen in the charter's
order, and the name of the set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import MAX_CHOSEN_VALUES, Workshop
from philosophy_studio.domain.selection import candidates
from philosophy_studio.domain.value_commands import SetChosenValues
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.plain_text import plain_tooltip
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit


def initials(names: tuple[str, ...]) -> str:
    """The first letters of the chosen values, as written (no case mapping, which
    differs between Turkish and English), the seed of a mnemonic like "5R"."""
    return "".join(name.strip()[:1] for name in names if name.strip())


class SelectionPanel(QWidget):
    def __init__(
        self,
        session: WorkshopSession,
        *,
        choose: Callable[[int, bool], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._choose = choose
        self._filling = False
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
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.earlier)
        chosen_row.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ranking_note)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(chosen_row)
        layout.addLayout(name_row)

        self.candidates.itemChanged.connect(self._on_candidate_changed)
        self.candidates.currentCellChanged.connect(lambda *_: self._enable_reorder())
        self.earlier.clicked.connect(lambda: self._reorder_chosen(-1))
        self.later.clicked.connect(lambda: self._reorder_chosen(+1))
        self.set_name.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.VALUE_SET_NAME, text, expected=previous)
            )
        )

    def show_candidates(self, workshop: Workshop, support: dict[int, int]) -> None:
        """``support``: survey respondents per card, once the analysis knows."""
        ranked = candidates(workshop, support)
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
            name.setToolTip(plain_tooltip(card.description))
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

    def commit(self) -> None:
        """Store the set's name if its typing still waits for the debounce timer."""
        self.set_name.commit()

    def _on_candidate_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        card_id = item.data(Qt.ItemDataRole.UserRole)
        if not self._choose(card_id, item.checkState() == Qt.CheckState.Checked):
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False

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

    def retranslate_ui(self) -> None:
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
        self.set_name_label.setText(self.tr("Name of the &set:"))
        self.set_name.setPlaceholderText(self.tr("A name people remember, like 5R"))
        self.set_name.setAccessibleName(self.tr("Name of the value set"))
