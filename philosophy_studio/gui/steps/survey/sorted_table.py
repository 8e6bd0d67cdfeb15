"""A read-only table of the word analysis that sorts by the column the user clicks.

The rows live in a QAbstractTableModel; a proxy sorts them by ``SORT_ROLE``, which each
model fills with the cell's value rather than its text, so 10 sorts after 9 and a share
of 5 % before one of 40 %. Words sort in the interface language's alphabetical order
(Turkish: c, ç, d … h, ı, i). The proxy's sort is stable: ties keep the analysis's order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from philosophy_studio.gui.theme import READING, scale_font

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Until the user picks a column: respondents (the headline figure) in the words and
# phrases, the reason in the excluded words.
FIRST_SORT_COLUMN = 1
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RESIZE_PRECISION_ROWS = 60


class _InterfaceOrder(QSortFilterProxyModel):
    """Compares texts with a collator of the interface language itself: in Qt 6.12,
    setSortLocaleAware leaves Turkish words in code point order (ç after z)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator(QLocale())

    def follow_language(self) -> None:
        self._collator = QCollator(QLocale())
        self.invalidate()

    def lessThan(  # noqa: N802 - Qt's name
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        mine, other = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(mine, str):
            return self._collator.compare(mine, other) < 0
        return mine < other


class SortedTable(QTableView):
    def __init__(self, model: QAbstractItemModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # The table owns its rows.
        model.setParent(self)
        self.source = model
        self._proxy = _InterfaceOrder(self)
        self._proxy.setSourceModel(model)
        self.setModel(self._proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only rows are walked with the arrow keys; Tab moves on to the next control.
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSortIndicator(FIRST_SORT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized by the rows on screen and the next ones, not all 500: measuring every
        # cell goes through the Python model and held the event loop for a second when
        # the results first appeared.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        header.setStretchLastSection(True)
        scale_font(self, READING)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._proxy.follow_language()
        super().changeEvent(event)

    def selected_rows(self) -> list[int]:
        """The model rows selected, in the order the table shows them."""
        shown = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._proxy.mapToSource(self._proxy.index(row, 0)).row() for row in shown]

    def select_rows(self, rows: list[int]) -> None:
        """Select these model rows (and nothing else); the first becomes current, where
        the arrow keys go on from."""
        selection = QItemSelection()
        last = self.model().columnCount() - 1
        shown = [self._proxy.mapFromSource(self.source.index(row, 0)).row() for row in rows]
        for row in shown:
            selection.select(self._proxy.index(row, 0), self._proxy.index(row, last))
        model = self.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if shown:
            model.setCurrentIndex(
                self._proxy.index(min(shown), 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def show_row(self, row: int) -> None:
        """Select model row ``row`` alone, make it current and scroll to it."""
        index = self._proxy.mapFromSource(self.source.index(row, 0))
        self.clearSelection()
        self.selectRow(index.row())
        self.scrollTo(index)
