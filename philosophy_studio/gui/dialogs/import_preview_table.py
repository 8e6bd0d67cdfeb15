"""The import dialog's preview of the first rows, which gives the answers column the
room it needs: the other columns as wide as their contents up to a limit, the answers
all the rest, and rows as tall as the answers, also as the dialog is resized."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

# The widest a column beside the answers gets, in pixels.
OTHER_COLUMN_WIDTH = 160


class ImportPreviewTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.horizontalHeader().sectionResized.connect(lambda *_args: self.resizeRowsToContents())

    def fit(self, answers: int | None) -> None:
        """``answers``: the column of the answers, if one is chosen; without, the last
        column takes the rest."""
        header = self.horizontalHeader()
        header.setStretchLastSection(answers is None)
        for column in range(self.columnCount()):
            if column == answers:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                self.setColumnWidth(column, min(wanted, OTHER_COLUMN_WIDTH))
        self.resizeRowsToContents()
