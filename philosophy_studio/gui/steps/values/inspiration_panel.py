"""Example values from well-known service principles, in the workshop's language, to copy
onto the board and reword."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import Language, ValueCard

if TYPE_CHECKING:
    from philosophy_studio.content.inspiration import Example


class InspirationPanel(QGroupBox):
    # A new card made from the selected example, for the end of the board.
    copy_requested = Signal(ValueCard)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language: Language | None = None
        self._listed: tuple[Example, ...] = ()
        self.examples = QListWidget()
        self.examples.setObjectName("inspiration")
        self.examples.setWordWrap(True)
        # Each example is two lines (name and source, then its sentence): shaded in turn,
        # so that one reads as one.
        self.examples.setAlternatingRowColors(True)
        self.copy_example = QPushButton()
        self.copy_example.setObjectName("copyExample")
        layout = QVBoxLayout(self)
        layout.addWidget(self.examples, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_example)
        row.addStretch(1)
        layout.addLayout(row)
        self.examples.itemActivated.connect(lambda _item: self.copy_selected())
        self.copy_example.clicked.connect(self.copy_selected)

    def show_examples(self, language: Language) -> None:
        from philosophy_studio.content.inspiration import examples

        if self._language is language:
            return
        self._language = language
        self._listed = examples(language)
        self.examples.clear()
        for example in self._listed:
            item = QListWidgetItem(f"{example.name} — {example.source}\n{example.line}")
            item.setToolTip(example.line)
            self.examples.addItem(item)

    def copy_selected(self) -> None:
        """The selected example as a new card, to reword."""
        row = self.examples.currentRow()
        if not 0 <= row < len(self._listed):
            return
        example = self._listed[row]
        self.copy_requested.emit(ValueCard(id=0, name=example.name, description=example.line))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Inspiration"))
        self.examples.setAccessibleName(self.tr("Example values from well-known service principles"))
        self.examples.setToolTip(self.tr("Double-click or press Enter to copy an example onto the board"))
        self.copy_example.setText(self.tr("Copy to the &board"))
