"""Value alignment: for the value chosen, how many comments speak to it, how many of
those come from promoters and from detractors, three of them to read out, and a way to
add the word selected on the page to the value (as the Survey step's evidence, so the
staff's support for the value counts it too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from philosophy_studio.analysis.alignment import Alignment, ValueAlignment

# Lines kept for each example, so a longer one arriving moves nothing below it.
EXAMPLE_LINES = 3


class AlignmentBox(QGroupBox):
    # (the value card's id, the word to add to it)
    word_added = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersAlignment")
        self.value = QComboBox()
        self.value.setObjectName("customersValue")
        self.value_label = QLabel()
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setBuddy(self.value)
        self.figures = self._plain("customersValueFigures", 3)
        self.words = self._plain("customersValueWords", 1)
        self.examples_heading = self._plain("customersExamplesHeading", 1)
        self.examples = [self._plain(f"customersExample{n}", EXAMPLE_LINES) for n in range(3)]
        for example in self.examples:
            # What a customer wrote is read, never run: no links, no markup.
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_word = QPushButton()
        self.add_word.setObjectName("customersAddWord")
        self.add_word.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.value_label, self.value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.figures)
        layout.addWidget(self.words)
        layout.addWidget(self.examples_heading)
        for example in self.examples:
            layout.addWidget(example)
        layout.addWidget(self.add_word, 0, Qt.AlignmentFlag.AlignLeft)
        self._alignment: Alignment | None = None
        self._term: str | None = None
        self.value.currentIndexChanged.connect(lambda _index: self._show_value())
        self.add_word.clicked.connect(self._on_add)

    def _plain(self, name: str, lines: int) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 4)
        return label

    def show_alignment(self, alignment: Alignment | None) -> None:
        chosen = self.value.currentData()
        self._alignment = alignment
        self.value.blockSignals(True)
        self.value.clear()
        for value in alignment.values if alignment is not None else ():
            self.value.addItem(value.name, value.key)
        index = self.value.findData(chosen)
        self.value.setCurrentIndex(index if index >= 0 else 0)
        self.value.blockSignals(False)
        self._show_value()

    def choose_value(self, key: int) -> None:
        self.value.setCurrentIndex(self.value.findData(key))

    def offer_word(self, term: str | None) -> None:
        """The word selected on the page, which the button would add to the value."""
        self._term = term
        self._show_button()

    def current(self) -> ValueAlignment | None:
        if self._alignment is None:
            return None
        key = self.value.currentData()
        return next((value for value in self._alignment.values if value.key == key), None)

    def _on_add(self) -> None:
        value = self.current()
        if value is not None and self._term:
            self.word_added.emit(value.key, self._term)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What customers say about each value"))
        self.value_label.setText(self.tr("&Value:"))
        self.value.setAccessibleName(self.tr("The value to look for in the comments"))
        self._show_value()

    def _show_button(self) -> None:
        value = self.current()
        term = self._term
        if term and value is not None:
            # "&" in a word or a value's name is shown, not taken for a shortcut key.
            label = self.tr("Add “%1” to “%2”").replace("%1", term).replace("%2", value.name)
            self.add_word.setText(label.replace("&", "&&"))
        else:
            self.add_word.setText(self.tr("Add the selected word to this value"))
        already = (
            value is not None
            and term is not None
            and term.casefold() in {word.casefold() for shown in value.words for word in shown.split("/")}
        )
        self.add_word.setEnabled(bool(term) and value is not None and not already)
        self.add_word.setToolTip(
            self.tr(
                "Select a word in the lists above; comments using it then count for this value, here "
                "and in the staff survey's support."
            )
        )

    def _show_value(self) -> None:
        value, locale = self.current(), QLocale()
        for example in self.examples:
            example.clear()
        self._show_button()
        if self._alignment is None:
            self.figures.setText(self.tr("Values appear here once the comments are counted."))
            self.words.clear()
            self.examples_heading.clear()
            return
        if value is None:
            self.figures.setText(self.tr("No value or value card yet: add them on the Values step."))
            self.words.clear()
            self.examples_heading.clear()
            return
        lines = [
            self.tr("%Ln comment(s) speak to this value", "", value.comments)
            + " "
            + self.tr("(of %1 within the filter).").replace("%1", locale.toString(self._alignment.comments))
        ]
        if value.scored:
            lines.append(
                self.tr("Of those with a score: %1 from promoters, %2 from detractors.")
                .replace("%1", locale.toString(value.promoters))
                .replace("%2", locale.toString(value.detractors))
            )
        self.figures.setText("\n".join(lines))
        self.words.setText(
            self.tr("Found by: %1").replace("%1", ", ".join(value.words))
            if value.words
            else self.tr("None of the value's words is used in the comments.")
        )
        self.examples_heading.setText(self.tr("In their words:") if value.examples else "")
        for example, text in zip(self.examples, value.examples, strict=False):
            example.setText(f"“{text}”")
