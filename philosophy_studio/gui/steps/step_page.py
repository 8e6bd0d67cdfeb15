"""What every step page shares: a title, the step's work area and its guidance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import STEP_TITLE, scale_font
from philosophy_studio.gui.widgets.guidance_panel import GuidancePanel

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
    from philosophy_studio.gui.phones.presentation_window import PresentationWindow
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis


class StepPage(FollowsLanguage, QWidget):
    """Base of the step pages. Subclasses build their editor into ``work_area`` and
    override ``refresh`` and, if they buffer typing, ``commit_pending``."""

    step: Step

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        # The workshop's word analysis, shared by the steps that show it; loaded only
        # when one of them wants it.
        self.word_analysis = word_analysis
        self._following_analysis = False
        # Kept when it is left, so its countdown runs on while the facilitator is here.
        self.presentation: PresentationWindow | None = None
        self.setObjectName(f"{self.step.value}Page")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        scale_font(self.title, STEP_TITLE, bold=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.work_area = QWidget()
        self.guidance = GuidancePanel(self.step)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.work_area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self._splitter, 1)
        session.changed.connect(self._on_changed)

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        self.refresh(workshop, changes)

    def follow_word_analysis(self, show: Callable[[WorkshopAnalysis | None], None]) -> None:
        """For a page that shows the word analysis, called when it is shown: the
        analysis is kept current from now on, and ``show`` gets every update, the first
        time also the analysis there is. Another step may have had it run already;
        nothing changed since, so no update would come."""
        analysis = self.word_analysis
        if not self._following_analysis:
            self._following_analysis = True
            analysis.updated.connect(show)
            if analysis.analysis is not None:
                show(analysis.analysis)
        analysis.want()

    def attach_guidance(self) -> None:
        """Put the guidance beside the work area once the subclass has built it: Qt's
        Tab order follows the order widgets join the window, so the page's own
        controls come first and the guidance after them."""
        self._splitter.addWidget(self.guidance)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)

    def scroll_work_area(self, content: QWidget) -> QScrollArea:
        """Fill the work area with ``content`` in a scroll area without a frame."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # The controls inside take Tab; the area scrolls to whichever has it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return scroll

    def order_tab_stops(self, stops: Sequence[QWidget]) -> None:
        """Tab visits ``stops`` in this order, first on the page, then the guidance.

        Controls made after the page was built (one per draft or per chosen value)
        join the end of the window's Tab order, behind the guidance; pages that build
        such rows call this once they have. ``stops`` are the focusable controls
        themselves, not their containers: Qt moves only the widget it is given."""
        previous: QWidget = self.work_area
        for stop in (*stops, self.guidance):
            QWidget.setTabOrder(previous, stop)
            previous = stop

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        """Show ``workshop``; ``changes`` says what differs from the last call."""

    def commit_pending(self) -> None:
        """Store any typing still waiting for its debounce timer."""

    def phone_controller(self) -> PhoneSurveyController | None:
        """The phones this step collects from, for the presentation to show how to join."""
        return None

    def texts_hidden(self) -> bool:
        """Whether the step hides what people wrote from the room."""
        return False

    def open_presentation(self) -> None:
        """The step full screen for the projector: its prompt and its countdown."""
        self.commit_pending()
        if self.presentation is None:
            # Loaded on first use, like the phones.
            from philosophy_studio.gui.phones.presentation_window import PresentationWindow

            self.presentation = PresentationWindow(
                self.session,
                self.word_analysis,
                self.step,
                self.phone_controller(),
                self,
                texts_hidden=self.texts_hidden,
            )
        else:
            self.presentation.use(self.phone_controller())
        self.presentation.present()

    def retranslate_ui(self) -> None:
        self.title.setText(step_title(self.step))
        self.setAccessibleName(step_title(self.step))
