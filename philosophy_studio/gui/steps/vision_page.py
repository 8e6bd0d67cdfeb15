"""Step 4: the vision statement."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.step_page import StepPage
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


class VisionPage(StepPage):
    step = Step.VISION

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._draft_id: int | None = None
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.editor = WorkshopTextEdit()
        self.editor.setObjectName("visionEditor")
        scale_font(self.editor, EDITOR)
        self.prompt.setBuddy(self.editor)
        self.counts = QLabel()
        self.counts.setObjectName("visionCounts")
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.counts)
        self.editor.edited.connect(self._on_edited)
        self.editor.textChanged.connect(self._update_counts)
        self.editor.limit_reached.connect(self._on_limit_reached)
        self._at_limit = False
        session.failed.connect(self._on_save_failed)
        session.conflicted.connect(self._on_conflict)
        self.conflict: ConflictDialog | None = None
        self.retranslate_ui()

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.VISION):
            return
        draft = workshop.chosen_vision
        self._draft_id = draft.id if draft else None
        self.editor.setEnabled(draft is not None)
        self.editor.show_stored(draft.text if draft else "")
        self._update_counts()

    def commit_pending(self) -> None:
        self.editor.commit()

    def _on_edited(self, text: str, previous: str) -> None:
        if self._draft_id is not None:
            self.session.execute(SetVisionText(self._draft_id, text, expected=previous))

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, SetVisionText) or command.draft_id != self._draft_id:
            return
        theirs, mine = str(error.theirs), self.editor.toPlainText()
        self.editor.forget_stored(theirs)
        self.conflict = ConflictDialog(theirs, mine, self)
        self.conflict.kept_mine.connect(
            lambda: self.session.execute(SetVisionText(command.draft_id, mine, expected=theirs))
        )
        self.conflict.took_theirs.connect(lambda: self.editor.replace_with_stored(theirs))
        self.conflict.open()

    def _on_save_failed(self, _message: str) -> None:
        workshop = self.session.workshop
        draft = workshop.chosen_vision if workshop else None
        # Keep the typing on screen and let the next commit (or Retry) try again.
        self.editor.forget_stored(draft.text if draft else "")

    def _on_limit_reached(self, limit: int) -> None:
        self._at_limit = True
        self._update_counts()

    def _update_counts(self) -> None:
        text = self.editor.toPlainText()
        words, sentences = count_words_and_sentences(text)
        counts = self.tr("%n word(s)", "", words) + " · " + self.tr("%n sentence(s)", "", sentences)
        self._at_limit = self._at_limit and len(text) >= self.editor.max_length
        if self._at_limit:
            counts += " · " + self.tr(
                "The limit of %1 characters is reached; the rest was not kept."
            ).replace("%1", QLocale().toString(self.editor.max_length))
        self.counts.setText(counts)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.prompt.setText(
            self.tr(
                "&Write the vision statement: what service your team provides and why it is "
                "different. Every change is saved as you type."
            )
        )
        self.editor.setPlaceholderText(
            self.tr(
                "For example: We make every customer feel heard, and we solve their problem the first time."
            )
        )
        self.editor.setAccessibleName(self.tr("Vision statement"))
        self.counts.setAccessibleName(self.tr("Length of the vision statement"))
        self._update_counts()
