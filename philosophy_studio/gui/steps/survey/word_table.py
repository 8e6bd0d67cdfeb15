"""The words of the answers, or their recurring phrases, as a table: how many
respondents used each, their share of all respondents, how often it occurs and, for a
word, the forms it takes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from philosophy_studio.gui.steps.survey.sorted_table import NUMBER_ALIGNMENT, SORT_ROLE, SortedTable

LABEL, RESPONDENTS, SHARE, OCCURRENCES, FORMS = range(5)

_Index = QModelIndex | QPersistentModelIndex


class CountRow(NamedTuple):
    label: str
    respondents: int
    count: int
    # A word's forms with their counts, most used first; None for a phrase.
    forms: tuple[tuple[str, int], ...] | None = None


def forms_text(forms: Iterable[tuple[str, int]], locale: QLocale) -> str:
    return ", ".join(f"{form} ({locale.toString(count)})" for form, count in forms)


class CountTableModel(QAbstractTableModel):
    def __init__(self, phrases: bool) -> None:
        super().__init__()
        self._phrases = phrases
        self._rows: tuple[CountRow, ...] = ()
        self._row_of: dict[str, int] = {}
        self._respondents = 1

    def show_rows(self, rows: Iterable[CountRow], respondents: int) -> None:
        """``respondents``: everyone analysed, what the shares are of."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self._row_of = {row.label: index for index, row in enumerate(self._rows)}
        self._respondents = max(respondents, 1)
        self.endResetModel()

    def label(self, row: int) -> str:
        return self._rows[row].label

    def row_of(self, label: str) -> int | None:
        return self._row_of.get(label)

    def retranslate(self) -> None:
        """Headings in the interface language, numbers in its format."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else (OCCURRENCES if self._phrases else FORMS) + 1

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Phrase") if self._phrases else self.tr("Word"),
            self.tr("Respondents"),
            self.tr("%"),
            self.tr("Occurrences"),
            self.tr("Forms"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and column == FORMS):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RESPONDENTS, SHARE, OCCURRENCES):
            return NUMBER_ALIGNMENT
        return None

    def _share(self, row: CountRow) -> float:
        return 100.0 * row.respondents / self._respondents

    def _value(self, row: CountRow, column: int) -> object:
        if column == RESPONDENTS:
            return row.respondents
        if column == SHARE:
            return self._share(row)
        if column == OCCURRENCES:
            return row.count
        return self._text(row, column)

    def _text(self, row: CountRow, column: int) -> str:
        locale = QLocale()
        if column == LABEL:
            return row.label
        if column == RESPONDENTS:
            return locale.toString(row.respondents)
        if column == SHARE:
            return locale.toString(self._share(row), "f", 0)
        if column == OCCURRENCES:
            return locale.toString(row.count)
        return forms_text(row.forms or (), locale)


class CountTable(SortedTable):
    """The words (any number selected, to merge them) or the phrases (one at a time)."""

    def __init__(self, phrases: bool, name: str, parent: QWidget | None = None) -> None:
        counts = CountTableModel(phrases)
        super().__init__(counts, name, parent)
        self.counts = counts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.counts.retranslate()
        super().changeEvent(event)

    def selected_labels(self) -> list[str]:
        return [self.counts.label(row) for row in self.selected_rows()]

    def select_labels(self, labels: Iterable[str]) -> None:
        """Select the rows of those of ``labels`` still in the table."""
        rows = (self.counts.row_of(label) for label in labels)
        self.select_rows([row for row in rows if row is not None])

    def show_label(self, label: str) -> None:
        row = self.counts.row_of(label)
        if row is not None:
            self.show_row(row)
