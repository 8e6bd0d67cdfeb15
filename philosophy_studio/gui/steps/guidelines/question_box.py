"""One of the five guideline questions of the method, with its hint and an example."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from philosophy_studio.content.guideline_examples import examples_for
from philosophy_studio.content.guidelines import QUESTIONS
from philosophy_studio.domain.model import GuidelineQuestion
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.guidance_panel import current_language
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit


def _tr(text: str) -> str:
    # The context content/guidelines.py marks its texts with.
    return QCoreApplication.translate("GuidelinesPage", text)


class QuestionBox(QFrame):
    """One of the five questions: hint, answer editor and an example to show or hide."""

    def __init__(self, question: GuidelineQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.title = QLabel()
        scale_font(self.title, SUBHEADING, bold=True)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.editor = WorkshopTextEdit()
        # Room for three or four lines; a long answer scrolls inside its box.
        self.editor.setMinimumHeight(72)
        self.editor.setMaximumHeight(130)
        self.title.setBuddy(self.editor)
        self.show_example = QCheckBox()
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setFrameShape(QFrame.Shape.StyledPanel)
        self.example.setMargin(6)
        self.example.hide()
        self.show_example.toggled.connect(self.example.setVisible)
        self._examples = examples_for("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        layout.addWidget(self.show_example)
        layout.addWidget(self.example)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, hint = QUESTIONS[self.question]
        number = list(QUESTIONS).index(self.question) + 1
        self.title.setText(f"{number}. {_tr(title)}")
        self.hint.setText(_tr(hint))
        self._show_example()
        self.show_example.setText(self.tr("Show an example answer"))
        self.editor.setAccessibleName(_tr(title))
        self.show_example.setAccessibleName(self.tr("Show an example answer") + f" ({number})")

    def show_examples_for(self, value_name: str, description: str) -> None:
        """Examples written for the kind of value being answered (first-contact
        resolution, empathy, …)."""
        self._examples = examples_for(value_name, description)
        self._show_example()

    def _show_example(self) -> None:
        language = current_language()
        answer = self._examples.examples.answer(self.question, language)
        if self._examples.fits_the_value:
            self.example.setText(self.tr("Example: ") + answer)
        else:
            # Nothing in the value points at a set: say which kind of value it was written for.
            kind = self._examples.examples.name(language)
            self.example.setText(
                self.tr("Example, written for a value such as %1: ").replace("%1", kind) + answer
            )
