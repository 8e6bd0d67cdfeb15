"""The example vision statements (content/vision_examples.py), one to start a draft from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.content.vision_examples import EXAMPLES


class ExamplesDialog(QDialog):
    """Vision statements of well-known companies, retold, to start from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Example vision statements"))
        self.setMinimumSize(560, 380)
        self.chosen_text = ""
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Examples"))
        for who, _text in EXAMPLES:
            self.list.addItem(who)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The example's text"))
        self.note = QLabel(
            self.tr("Retold in our words from what each company has published; not quotations.")
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use = QPushButton(self.tr("&Start a draft from it"))
        buttons.addButton(self.use, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.use.clicked.connect(self._use)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def example_text(self, row: int) -> str:
        return QCoreApplication.translate("ExamplesDialog", EXAMPLES[row][1])

    def _show(self, row: int) -> None:
        if row >= 0:
            self.text.setHtml(f"<h3>{escape(EXAMPLES[row][0])}</h3><p>{escape(self.example_text(row))}</p>")

    def _use(self) -> None:
        self.chosen_text = self.example_text(max(0, self.list.currentRow()))
        self.accept()
