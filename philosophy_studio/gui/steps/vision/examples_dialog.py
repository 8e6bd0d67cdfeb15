"""Vision statements of well-known companies, retold, to start a draft from."""

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

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP

# Published statements, retold in our own words and attributed: (who, text).
EXAMPLES = (
    (
        "Apple",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Apple describes its aim as giving students, teachers, creative professionals and "
            "consumers everywhere the best personal computing experience, through its own "
            "hardware, software and online services.",
        ),
    ),
    (
        "Amazon",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Amazon wants to be the most customer-centred company in the world: a place where people "
            "can find and discover whatever they may want to buy online, at the lowest prices it can offer.",
        ),
    ),
    (
        "Universal Health Services",
        QT_TRANSLATE_NOOP(
            "ExamplesDialog",
            "Universal Health Services aims for care of such quality that patients recommend it to "
            "their families, doctors prefer it for their patients, buyers choose it for their clients, "
            "staff are proud of it and investors trust it for the long term.",
        ),
    ),
)


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
