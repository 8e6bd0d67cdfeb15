"""One of the five guideline questions of the method, with its hint and an example."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import GuidelineQuestion
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

# (question, hint, example answer) in the order the method asks them; _tr translates
# them in the page's context.
QUESTIONS = {
    GuidelineQuestion.MEANING: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What does this value mean for our team?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Say it in everyday words a new colleague would use on day one."),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Honesty means we tell customers what we know, what we don't know yet, "
            "and when they will hear more.",
        ),
    ),
    GuidelineQuestion.EFFECT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What happens when we apply it?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Describe a real conversation that goes differently because of it."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "A customer whose delivery is late hears it from us first, with a new date, "
            "instead of finding out.",
        ),
    ),
    GuidelineQuestion.MISREADINGS: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How could it be misinterpreted?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Name the wrong ways of following it, so nobody has to guess."),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Honesty is not bluntness: we never blame a colleague or share another customer's details.",
        ),
    ),
    GuidelineQuestion.MEASUREMENT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How do we measure staff adherence?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Pick a few transparent measures below; speed must not outrank the principle."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Monthly quality reviews of ten conversations per person, looking for clear status updates.",
        ),
    ),
    GuidelineQuestion.CUSTOMER_IMPACT: (
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "How will it affect our customers' experience and our relationship with them?"
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Think of trust, repeat visits and what customers tell their friends."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Customers stop chasing us for updates, and forgive delays more easily because they trust us.",
        ),
    ),
}


def _tr(text: str) -> str:
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
