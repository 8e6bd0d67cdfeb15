"""One vision draft beside the others: its text, whether it is the team's vision, and
how long it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.theme import EDITOR, scale_font
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


def count_words_and_sentences(text: str) -> tuple[int, int]:
    words = len(text.split())
    if not words:
        return 0, 0
    endings = len(_SENTENCE_END.findall(text.strip()))
    # A last sentence without its full stop still counts.
    trailing = 0 if re.search(r"[.!?…]\s*$", text) else 1
    return words, endings + trailing


class DraftEditor(QFrame):
    """One draft: its text, whether it is the team's vision, its length."""

    focused = Signal(object)  # this editor

    def __init__(self, draft_id: int, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_id = draft_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose = QRadioButton()
        group.addButton(self.choose)
        self.delete = QPushButton()
        self.editor = WorkshopTextEdit()
        self.editor.setObjectName("visionEditor")
        scale_font(self.editor, EDITOR)
        self.counts = QLabel()
        self.counts.setObjectName("visionCounts")
        self.counts.setWordWrap(True)
        self._at_limit = False
        header = QHBoxLayout()
        header.addWidget(self.choose)
        header.addStretch(1)
        header.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.counts)
        self.setMinimumWidth(260)
        self.editor.textChanged.connect(self.update_counts)
        self.editor.limit_reached.connect(self._on_limit_reached)
        self.editor.installEventFilter(self)
        self.retranslate_ui(0)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        return False

    def _on_limit_reached(self, _limit: int) -> None:
        self._at_limit = True
        self.update_counts()

    def update_counts(self) -> None:
        text = self.editor.toPlainText()
        words, sentences = count_words_and_sentences(text)
        counts = self.tr("%Ln word(s)", "", words) + " · " + self.tr("%Ln sentence(s)", "", sentences)
        self._at_limit = self._at_limit and len(text) >= self.editor.max_length
        if self._at_limit:
            counts += " · " + self.tr(
                "The limit of %1 characters is reached; the rest was not kept."
            ).replace("%1", QLocale().toString(self.editor.max_length))
        self.counts.setText(counts)

    def retranslate_ui(self, number: int) -> None:
        self.choose.setText(self.tr("This is our vision"))
        choose = self.tr("Choose draft %1 as the vision").replace("%1", str(number))
        self.choose.setAccessibleDescription(choose)
        self.delete.setText(self.tr("Delete"))
        self.delete.setAccessibleDescription(self.tr("Delete draft %1").replace("%1", str(number)))
        self.editor.setAccessibleName(self.tr("Vision draft %1").replace("%1", str(number)))
        self.editor.setPlaceholderText(
            self.tr(
                "For example: We make every customer feel heard, and we solve their problem the first time."
            )
        )
        self.update_counts()
