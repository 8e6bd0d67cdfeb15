"""The tables that list a workshop's records, a row each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def record_table(
    columns: int, object_name: str, *, stretch: int | None = None, widths: Iterable[tuple[int, int]] = ()
) -> QTableWidget:
    """A table whose rows are selected whole. Column ``stretch`` takes the room;
    ``widths`` are (column, width) the user can drag."""
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    # One Tab stop, arrows between cells: with Tab moving from cell to cell, the editors
    # in the cells kept handing it back and Tab never left the table.
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return table
