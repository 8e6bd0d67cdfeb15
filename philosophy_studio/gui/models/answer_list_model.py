"""The survey's answers as a list model: a view asks only for the rows it shows, so a
workshop with a hundred thousand answers fills the Survey page at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.model import SurveyAnswer
from philosophy_studio.gui.plain_text import plain_tooltip

# The list shows the start of a very long answer; the export and analysis keep it whole.
SHOWN_CHARACTERS = 600
ANSWER_ID_ROLE = Qt.ItemDataRole.UserRole
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class AnswerListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._answers: tuple[SurveyAnswer, ...] = ()

    def set_answers(self, answers: tuple[SurveyAnswer, ...]) -> None:
        self.beginResetModel()
        self._answers = answers
        self.endResetModel()

    def answer(self, row: int) -> SurveyAnswer | None:
        return self._answers[row] if 0 <= row < len(self._answers) else None

    def row_of(self, answer_id: str) -> int:
        return next((row for row, answer in enumerate(self._answers) if answer.id == answer_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._answers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        answer = self.answer(index.row()) if index.isValid() else None
        if answer is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(answer)
        if role == Qt.ItemDataRole.ToolTipRole:
            # In a long survey the list shows one line per answer: the tooltip has more.
            return plain_tooltip(answer.text)
        if role == Qt.ItemDataRole.ForegroundRole:
            muted = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return muted if answer.hidden else None
        return {ANSWER_ID_ROLE: answer.id, HIDDEN_ROLE: answer.hidden}.get(role)

    @staticmethod
    def _text(answer: SurveyAnswer) -> str:
        text = answer.text
        if len(text) > SHOWN_CHARACTERS:
            text = text[:SHOWN_CHARACTERS] + "…"
        if answer.hidden:
            text = QCoreApplication.translate("SurveyPage", "(hidden from the analysis)") + " " + text
        return text
