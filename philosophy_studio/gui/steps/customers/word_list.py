"""A fixed-height table of words the Customers page shows (a group's words, one side of
the words that set two groups apart): plain text cells, a row per word, and the word's
key for the comments behind it. Its height never follows its rows, so a new result
moves nothing under the pointer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

# Rows a list shows without scrolling.
VISIBLE_ROWS = 10
_KEY_ROLE = Qt.ItemDataRole.UserRole
MINIMUM_WIDTH = 130


class WordList(QTableWidget):
    # The key of the word clicked or chosen with the keyboard, and its shown term.
    word_chosen = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # The word (or channel, or month) takes the room left; the figures stand close
        # beside it instead of at the far edge of a wide last column.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        row = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(
            row * VISIBLE_ROWS + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        )
        # As wide as its share of the row, whatever its words: a longer word arriving
        # would otherwise widen this list and move the ones beside it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Three of them side by side still fit the page beside the guidance at 1280 px.
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.itemSelectionChanged.connect(self._on_selection)

    def show_rows(self, headings: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """``rows``: (a word's key, its cells, the word first)."""
        self.blockSignals(True)
        self.clearContents()
        self.setColumnCount(len(headings))
        self.setHorizontalHeaderLabels(list(headings))
        self._stretch_first_column()
        self.setRowCount(len(rows))
        for number, (key, cells) in enumerate(rows):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setData(_KEY_ROLE, key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(number, column, item)
        self.blockSignals(False)

    def set_headings(self, headings: Sequence[str]) -> None:
        self.setColumnCount(max(self.columnCount(), len(headings)))
        self.setHorizontalHeaderLabels(list(headings))
        self._stretch_first_column()

    def _stretch_first_column(self) -> None:
        if self.columnCount():
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def choose_row(self, row: int) -> None:
        """Select ``row`` as a click does."""
        self.selectRow(row)

    def _on_selection(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            first = self.item(rows[0].row(), 0)
            if first is not None:
                self.word_chosen.emit(first.data(_KEY_ROLE), first.text())
