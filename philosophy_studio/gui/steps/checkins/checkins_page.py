"""After the workshop: when the team meets again, whether its metrics move toward their
targets, what the leaders did, how the staff see it, and whether their words moved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.checkins.commitments_box import CommitmentsBox
from philosophy_studio.gui.steps.checkins.plan_box import PlanBox
from philosophy_studio.gui.steps.checkins.pulse_box import PulseBox
from philosophy_studio.gui.steps.checkins.readings_box import ReadingsBox
from philosophy_studio.gui.steps.checkins.survey_again_box import SurveyAgainBox
from philosophy_studio.gui.steps.step_page import StepPage

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

# What the page shows depends on these (the pulse's answers come with the survey's, and
# its minimum is the survey's); other edits leave it as it is.
_SHOWN = (
    Aspect.CHECKINS,
    Aspect.INFO,
    Aspect.VALUES,
    Aspect.VOTES,
    Aspect.GUIDELINES,
    Aspect.ANSWERS,
    Aspect.SURVEY,
)


class CheckInsPage(StepPage):
    step = Step.CHECKINS

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self.plan = PlanBox(session)
        self.readings = ReadingsBox(session)
        self.commitments = CommitmentsBox(session)
        self.pulse = PulseBox(session)
        self.survey_again = SurveyAgainBox(session)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.plan)
        content_layout.addWidget(self.readings)
        content_layout.addWidget(self.commitments)
        content_layout.addWidget(self.pulse)
        content_layout.addWidget(self.survey_again)
        content_layout.addStretch(1)
        self.scroll_work_area(content)
        self._workshop: Workshop | None = None
        self.plan.checkin_chosen.connect(self._show_commitments)
        self.retranslate_ui()

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(*_SHOWN):
            return
        self._workshop = workshop
        self.plan.show_workshop(workshop)
        self.readings.show_workshop(workshop)
        self._show_commitments()

    def _show_commitments(self) -> None:
        if self._workshop is None:
            return
        checkin = self.plan.chosen_checkin()
        for box in (self.commitments, self.pulse, self.survey_again):
            box.show_checkin(
                self._workshop,
                checkin.number if checkin is not None else 0,
                checkin.day if checkin is not None else None,
                planned=self.plan.own_plan,
            )
        # A value's controls are made when the values are chosen, after the guidance
        # joined the window: Tab still reaches them before it.
        self.order_tab_stops(
            [
                *self.plan.tab_stops(),
                *self.readings.tab_stops(),
                *self.commitments.tab_stops(),
                *self.pulse.tab_stops(),
                *self.survey_again.tab_stops(),
            ]
        )

    def commit_pending(self) -> None:
        self.commitments.commit_pending()
