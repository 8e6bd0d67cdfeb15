"""One of the five guideline questions of the method, with its hint and an example."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from philosophy_studio.content.guidelines import QUESTIONS
from philosophy_studio.domain.model import GuidelineQuestion
from philosophy_studio.gui.theme import SUBHEADING, scale_font
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        layout.addWidget(self.show_example)
        layout.addWidget(self.example)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, hint, example = QUESTIONS[self.question]
        number = list(QUESTIONS).index(self.question) + 1
        self.title.setText(f"{number}. {_tr(title)}")
        self.hint.setText(_tr(hint))
        self.example.setText(self.tr("Example: ") + _tr(example))
        self.show_example.setText(self.tr("Show an example answer"))
        self.editor.setAccessibleName(_tr(title))
        self.show_example.setAccessibleName(self.tr("Show an example answer") + f" ({number})")
