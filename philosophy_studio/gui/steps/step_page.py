"""What every step page shares: a title, the step's work area and its guidance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import STEP_TITLE, SUBHEADING, scale_font
from philosophy_studio.gui.widgets.guidance_panel import GuidancePanel


class StepPage(QWidget):
    """Base of the step pages. Subclasses build their editor into ``work_area`` and
    override ``refresh`` and, if they buffer typing, ``commit_pending``."""

    step: Step

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"{self.step.value}Page")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        scale_font(self.title, STEP_TITLE, bold=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.work_area = QWidget()
        self.guidance = GuidancePanel(self.step)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.work_area)
        splitter.addWidget(self.guidance)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        session.changed.connect(self._on_changed)

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        self.refresh(workshop, changes)

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        """Show ``workshop``; ``changes`` says what differs from the last call."""

    def commit_pending(self) -> None:
        """Store any typing still waiting for its debounce timer."""

    def retranslate_ui(self) -> None:
        self.title.setText(step_title(self.step))
        self.setAccessibleName(step_title(self.step))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class GuidanceOnlyPage(StepPage):
    """A step whose editor has not been built yet: the page says so plainly and offers
    the guidance, so the team can run the step on paper meanwhile."""

    def __init__(self, step: Step, session: WorkshopSession, parent: QWidget | None = None) -> None:
        self.step = step
        super().__init__(session, parent)
        self.notice = QLabel()
        self.notice.setObjectName("comingNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(12)
        scale_font(self.notice, SUBHEADING)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self.work_area)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.notice.setText(
            QCoreApplication.translate(
                "GuidanceOnlyPage",
                "The editor for this step is not part of this version of Philosophy Studio "
                "yet; it arrives with a future release. Until then, run the step with the "
                "guidance beside this note and keep the results on paper or a whiteboard.",
            )
        )
