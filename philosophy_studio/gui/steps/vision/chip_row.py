"""A row of words to insert into the draft being written, one button each."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from philosophy_studio.gui.widgets.flow_layout import FlowLayout


class ChipRow(QWidget):
    """Hidden while it has no words, so that it takes no room in the page."""

    chosen = Signal(str)  # the word of the chip clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        # The label and the chips wrap like words: five long value names in one row
        # would otherwise make the window wider than a 1280-pixel screen.
        self._chips = FlowLayout(self)
        self._chips.setContentsMargins(0, 0, 0, 0)
        self._chips.addWidget(self.label)

    def show_words(self, words: Sequence[str], description: Callable[[str], str]) -> None:
        """One chip per word; ``description`` says what pressing it does (the chip is
        announced by its word, as voice control needs)."""
        # The label stays first; the chips after it are replaced.
        while self._chips.count() > 1:
            widget = self._chips.takeAt(1).widget()
            if widget is not None:
                widget.deleteLater()
        for word in words:
            chip = QPushButton(word)
            chip.setAccessibleDescription(description(word))
            chip.clicked.connect(lambda _checked=False, word=word: self.chosen.emit(word))
            self._chips.addWidget(chip)
        self.setVisible(bool(words))

    def chips(self) -> list[QPushButton]:
        return [self._chips.itemAt(index).widget() for index in range(1, self._chips.count())]
