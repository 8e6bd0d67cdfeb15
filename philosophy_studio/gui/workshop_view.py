"""An open workshop: its header, the step navigator and one page per step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import STEP_ORDER, Step, saved_step
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.charter_page import CharterPage
from philosophy_studio.gui.steps.checkins.checkins_page import CheckInsPage
from philosophy_studio.gui.steps.customers.customers_page import CustomersPage
from philosophy_studio.gui.steps.guidelines.guidelines_page import GuidelinesPage
from philosophy_studio.gui.steps.personas.personas_page import PersonasPage
from philosophy_studio.gui.steps.share_page import SharePage
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.steps.survey.page import SurveyPage
from philosophy_studio.gui.steps.values.values_page import ValuesPage
from philosophy_studio.gui.steps.vision.vision_page import VisionPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.step_navigator import StepNavigator

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

_PAGES: dict[Step, type[StepPage]] = {
    Step.PERSONAS: PersonasPage,
    Step.VALUES: ValuesPage,
    Step.SURVEY: SurveyPage,
    Step.VISION: VisionPage,
    Step.GUIDELINES: GuidelinesPage,
    Step.SHARE: SharePage,
    Step.CHARTER: CharterPage,
    Step.CHECKINS: CheckInsPage,
    Step.CUSTOMERS: CustomersPage,
}


class WorkshopView(QWidget):
    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.team = QLabel()
        self.team.setObjectName("workshopTeam")
        scale_font(self.team, SUBHEADING, bold=True)
        self.details = QLabel()
        self.details.setObjectName("workshopDetails")
        self.navigator = StepNavigator()
        self.pages = QStackedWidget()
        self.page_for: dict[Step, StepPage] = {}
        for step in STEP_ORDER:
            page = _PAGES[step](session, word_analysis)
            page.attach_guidance()
            self.page_for[step] = page
            self.pages.addWidget(page)

        header = QHBoxLayout()
        header.addWidget(self.team)
        header.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.navigator.step_selected.connect(self._on_step_selected)
        self.navigator.value_selected.connect(self._on_value_selected)
        guidelines = self.page_for[Step.GUIDELINES]
        assert isinstance(guidelines, GuidelinesPage)
        guidelines.value_picked.connect(self.navigator.select_value)
        session.changed.connect(self._on_changed)

    def show_guidance(self, shown: bool) -> None:
        """Show or hide the guidance beside every step; hidden, the work area takes its
        room (a small laptop screen)."""
        for page in self.page_for.values():
            page.guidance.setVisible(shown)

    def current_page(self) -> StepPage:
        page = self.pages.currentWidget()
        assert isinstance(page, StepPage)
        return page

    def show_workshop(self, workshop: Workshop, left_at: str = "") -> None:
        """Show a workshop that has just been opened, at the step it was left at (a Step
        value; from the first step when there is none)."""
        everything = Changes.everything()
        for page in self.page_for.values():
            page.refresh(workshop, everything)
        self._on_changed(workshop, everything)
        self.navigator.select_step(saved_step(left_at))

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        self.navigator.show_progress(workshop)
        if changes.touches(Aspect.INFO):
            self._show_header(workshop)

    def _on_value_selected(self, card_id: int) -> None:
        page = self.page_for[Step.GUIDELINES]
        assert isinstance(page, GuidelinesPage)
        page.select_value(card_id)

    def _on_step_selected(self, step: Step) -> None:
        # Typing on the page being left is stored before it disappears.
        self.current_page().commit_pending()
        self.pages.setCurrentWidget(self.page_for[step])

    def _show_header(self, workshop: Workshop) -> None:
        info = workshop.info
        self.team.setText(info.team_name)
        date = QLocale().toString(info.date, QLocale.FormatType.LongFormat) if info.date else ""
        self.details.setText(" · ".join(part for part in (info.organisation, info.facilitator, date) if part))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self.session.workshop is not None:
            self._show_header(self.session.workshop)
        super().changeEvent(event)
