"""The facilitator's guidance for a step, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from philosophy_studio.content.facilitator_guide import step_guide
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.theme import READING, scale_font


def current_language() -> Language:
    # The app's catalogue translates this marker to its own language code.
    code = QCoreApplication.translate("Language", "en")
    return Language(code) if code in {"tr", "en"} else Language.ENGLISH


class GuidancePanel(FollowsLanguage, QTextBrowser):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self.setOpenLinks(False)
        self.setObjectName("guidancePanel")
        scale_font(self, READING)
        # Narrower than this, the guidance breaks words in the middle; a window too
        # small for it can hide it (View → Show the step's guidance, F1).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setMarkdown(step_guide(self._step, current_language()))
        self.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Guidance for this step"))
