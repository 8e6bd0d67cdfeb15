"""Help → Facilitator's guide: planning the day, with the agenda the steps' timed
activities add up to, and then each step's guidance. Readable the day before, with no
workshop open, and non-modal so it can stay beside the app during the workshop."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.content.facilitator_guide import (
    activities,
    planning_guide,
    step_guide,
    step_minutes,
    workshop_minutes,
)
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import STEP_ORDER, WORKSHOP_DAY
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import READING, scale_font
from philosophy_studio.gui.widgets.guidance_panel import current_language

PLANNING_ROW = 0


class FacilitatorGuideDialog(FollowsLanguage, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorGuide")
        # Roomy where the screen allows; never larger than it (at 200 % a laptop
        # screen is only about 960 × 540 logical pixels).
        available = self.screen().availableGeometry().size()
        self.resize(min(960, available.width() * 9 // 10), min(680, available.height() * 9 // 10))
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scale_font(self.contents, READING)
        self.page = QTextBrowser()
        self.page.setObjectName("guidePage")
        self.page.setOpenLinks(False)
        scale_font(self.page, READING)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self._show_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Facilitator's guide"))
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.page.setAccessibleName(self.tr("Guide page"))
        language = current_language()
        row = max(self.contents.currentRow(), PLANNING_ROW)
        self.contents.blockSignals(True)
        self.contents.clear()
        self.contents.addItem(self.tr("Planning the workshop"))
        for number, step in enumerate(STEP_ORDER, 1):
            duration = self.duration(step_minutes(step, language))
            self.contents.addItem(f"{number}. {step_title(step)} · {duration}")
        self.contents.blockSignals(False)
        # Every entry whole, in either language: the list is as wide as its longest one.
        frame = 2 * self.contents.frameWidth()
        self.contents.setMinimumWidth(self.contents.sizeHintForColumn(0) + frame + 8)
        self.contents.setCurrentRow(row)
        self._show_row(row)

    def show_step(self, row: int) -> None:
        """Open the guide at ``row``: 0 is planning the day, then the steps in order."""
        self.contents.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        language = current_language()
        if row == PLANNING_ROW:
            self.page.setMarkdown(planning_guide(language) + "\n\n" + self._agenda(language))
        else:
            self.page.setMarkdown(step_guide(STEP_ORDER[row - 1], language))
        self.page.verticalScrollBar().setValue(0)

    def _agenda(self, language: Language) -> str:
        headings = (self.tr("Step"), self.tr("Activities"), self.tr("Time"))
        lines = [
            "### " + self.tr("Agenda"),
            "",
            "| " + " | ".join(headings) + " |",
            "| --- | --- | ---: |",
        ]
        for number, step in enumerate(WORKSHOP_DAY, 1):
            names = ", ".join(activity.name for activity in activities(step, language))
            time = self.duration(step_minutes(step, language))
            lines.append(f"| {number}. {step_title(step)} | {names} | {time} |")
        total = self.duration(workshop_minutes(language))
        total_label = self.tr("Total, without breaks")
        lines.append(f"| **{total_label}** | | **{total}** |")
        return "\n".join(lines)

    def duration(self, minutes: int) -> str:
        """Minutes as a reader plans with them: "50 min", "5 h 5 min", "2 h"."""
        hours, rest = divmod(minutes, 60)
        locale = QLocale()
        if hours == 0:
            return self.tr("%1 min").replace("%1", locale.toString(minutes))
        if rest == 0:
            return self.tr("%1 h").replace("%1", locale.toString(hours))
        text = self.tr("%1 h %2 min")
        return text.replace("%1", locale.toString(hours)).replace("%2", locale.toString(rest))
