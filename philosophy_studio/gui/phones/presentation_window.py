"""The view for the projector: the step's prompt, how to answer (or vote) from a
phone, the live count of answers or voters and a countdown the facilitator controls.
Full screen, type sized from the screen's height, and the theme's own light or dark
turned to full contrast. Every step can be presented; the steps without phones show
their prompt for the room, what the team has decided so far that the step builds on,
and the countdown, whose length each step keeps in the workshop.

While collecting it shows counts only, never answers: the room sees it. When the
facilitator shows the results, it shows the word cloud and the top words (only above
the workshop's minimum of respondents, as everywhere) or the dots per value (the
round's own reveal, the same as on the Values page). Esc leaves; the countdown keeps
running while the facilitator looks at something else and is there on return.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import MAX_STEP_TIMER_SECONDS, SetStepTimer
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.voting_commands import RevealTallies
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.countdown import DEFAULT_SECONDS, Countdown
from philosophy_studio.gui.phones.join_card import JoinCard
from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
from philosophy_studio.gui.phones.room_style import contrast_palette, ended_colour, pixel_font
from philosophy_studio.gui.phones.step_slide import StepSlide, breakable
from philosophy_studio.gui.widgets.bar_chart import BarChart
from philosophy_studio.gui.widgets.word_cloud import WordCloud

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

MAX_MINUTES = MAX_STEP_TIMER_SECONDS // 60
EXTEND_SECONDS = 60
# Type sizes as fractions of the window's height: read from the back of a room.
PROMPT_SIZE = 1 / 17
COUNT_SIZE = 1 / 20
CLOCK_SIZE = 1 / 6
HINT_SIZE = 1 / 40
CONTROL_SIZE = 1 / 50
QR_SIZE = 0.42


class PresentationWindow(QWidget):
    def __init__(
        self,
        session: WorkshopSession,
        word_analysis: AnalysisModel,
        step: Step,
        controller: PhoneSurveyController | None = None,
        parent: QWidget | None = None,
        *,
        texts_hidden: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Whether the board's texts are hidden from the room (the brainstorm's cards are
        # then counted on the projector, never shown).
        self._texts_hidden = texts_hidden
        self._word_analysis = word_analysis
        self.setObjectName("presentationWindow")
        self.session = session
        self.step = step
        self.controller = controller
        # Only the survey and the voting collect something the room can watch arrive.
        self.collects = step in (Step.SURVEY, Step.VALUES)
        self.countdown = Countdown(self)
        self.slide = StepSlide(step, self)
        self._clock_shown: int | None = None
        # What the step's page worked out off the GUI thread for the room (the
        # Customers step's figures), shown where other steps show their results.
        self._findings = ""
        self.setAutoFillBackground(True)

        self.prompt = QLabel()
        self.prompt.setObjectName("presentationPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("presentationCount")
        # Wrapped: a long count ("Şu ana kadar telefonlardan 4 kart") in the room's large
        # type would otherwise widen the window when the results open beside it.
        self.count.setWordWrap(True)
        self.count.setVisible(self.collects)
        self.context = QLabel()
        self.context.setObjectName("presentationContext")
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setWordWrap(True)
        self.context.setVisible(not self.collects)
        self.clock = QLabel()
        self.clock.setObjectName("presentationClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clock_note = QLabel()
        self.clock_note.setObjectName("presentationClockNote")
        # On the Values step the phones either vote or, in the brainstorm, add cards.
        self.brainstorm = controller is not None and controller.kind is PhoneForm.CARDS
        self.votes = step is Step.VALUES and not self.brainstorm
        self.card = JoinCard(360, kind=self._form())
        self.results = QWidget()
        self.results.setObjectName("presentationResults")
        self.cloud = WordCloud()
        self.cloud.setVisible(not self.votes)
        # The dots as bars, one per value that got any; the same as text for the words.
        self.chart = BarChart()
        self.chart.setObjectName("presentationDots")
        self.chart.setVisible(self.votes)
        self.top = QLabel()
        self.top.setObjectName("presentationTop")
        self.top.setTextFormat(Qt.TextFormat.PlainText)
        self.top.setWordWrap(True)
        self.top.setVisible(not self.votes)
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.cloud, 1)
        results_layout.addWidget(self.chart, 1)
        results_layout.addWidget(self.top)
        self.results.hide()
        self._listening_to_analysis = False

        self.minutes = QSpinBox()
        self.minutes.setObjectName("presentationMinutes")
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_SECONDS // 60)
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        self.start_pause = QPushButton()
        self.start_pause.setObjectName("presentationStartPause")
        self.extend = QPushButton()
        self.extend.setObjectName("presentationExtend")
        self.reset = QPushButton()
        self.reset.setObjectName("presentationReset")
        self.leave = QPushButton()
        self.leave.setObjectName("presentationLeave")
        self.show_results = QPushButton()
        self.show_results.setObjectName("presentationShowResults")
        self.show_results.setCheckable(True)
        self.show_results.setVisible(self.collects)
        # The clock's and the results' controls on the left, Leave alone on the right.
        self._controls = (
            self.minutes_label,
            self.minutes,
            self.start_pause,
            self.extend,
            self.reset,
            self.show_results,
            self.leave,
        )
        controls = QHBoxLayout()
        for widget in self._controls[:-1]:
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.leave)

        left = QVBoxLayout()
        left.addWidget(self.prompt)
        left.addSpacing(24)
        left.addWidget(self.count)
        left.addWidget(self.context)
        left.addStretch(1)
        left.addWidget(self.clock)
        left.addWidget(self.clock_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(48)
        columns.addWidget(self.card, 2, Qt.AlignmentFlag.AlignVCenter)
        columns.addWidget(self.results, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.addLayout(columns, 1)
        layout.addLayout(controls)
        for first, second in (
            (self.minutes, self.start_pause),
            (self.start_pause, self.extend),
            (self.extend, self.reset),
            (self.reset, self.show_results),
            (self.show_results, self.leave),
        ):
            self.setTabOrder(first, second)

        self.minutes.valueChanged.connect(self._on_minutes_changed)
        self.start_pause.clicked.connect(self.countdown.toggle)
        self.extend.clicked.connect(lambda: self.countdown.extend(EXTEND_SECONDS))
        self.reset.clicked.connect(self.countdown.reset)
        self.leave.clicked.connect(self.close)
        self.show_results.toggled.connect(self._on_show_results)
        self.countdown.ticked.connect(self._show_clock)
        self.countdown.running_changed.connect(lambda _running: self._show_timer_controls())
        self.countdown.finished.connect(self._show_clock)
        session.changed.connect(self._on_changed)
        self._follow(controller)
        self._apply_palette()
        self.retranslate_ui()

    def _form(self) -> PhoneForm:
        if self.brainstorm:
            return PhoneForm.CARDS
        return PhoneForm.VOTES if self.votes else PhoneForm.SURVEY

    def _links(self, controller: PhoneSurveyController | None) -> list[tuple[Any, Callable[..., None]]]:
        """What this window follows of ``controller``: (signal, slot) pairs."""
        if controller is None:
            return []
        return [
            (controller.started, self._show_card),
            (controller.stopped, self._show_card),
            (controller.code_changed, self.card.show_code),
        ]

    def _follow(self, controller: PhoneSurveyController | None) -> None:
        for signal, slot in self._links(controller):
            signal.connect(slot)

    def use(self, controller: PhoneSurveyController | None) -> None:
        """Show how to join ``controller``'s phones from now on: on the Values step the
        brainstorm's card phones while they run, else the ballot's."""
        if controller is self.controller:
            return
        for signal, slot in self._links(self.controller):
            signal.disconnect(slot)
        self.controller = controller
        self.brainstorm = controller is not None and controller.kind is PhoneForm.CARDS
        self.votes = self.step is Step.VALUES and not self.brainstorm
        self.card.set_kind(self._form())
        self.cloud.setVisible(not self.votes)
        self.chart.setVisible(self.votes)
        self.top.setVisible(not self.votes)
        self._follow(controller)
        self.retranslate_ui()

    def present(self) -> None:
        self.refresh()
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.start_pause.setFocus()

    def refresh(self) -> None:
        workshop = self.session.workshop
        if workshop is not None:
            self._show_prompt(workshop)
            self._show_context(workshop)
            self._show_timer_length(workshop)
        self._show_count()
        self._show_results()
        self._show_clock()

    def _show_prompt(self, workshop: Workshop) -> None:
        self.prompt.setText(self.slide.prompt(workshop, brainstorm=self.brainstorm))

    def _show_context(self, workshop: Workshop) -> None:
        self.context.setText(self.slide.context(workshop))

    def show_findings(self, text: str) -> None:
        """Show ``text`` (plain, from the page) as the step's results."""
        self._findings = text
        self._show_results()

    def _show_timer_length(self, workshop: Workshop) -> None:
        seconds = workshop.step_timers.get(self.step.value, DEFAULT_SECONDS)
        minutes = max(1, min(MAX_MINUTES, round(seconds / 60)))
        if minutes != self.minutes.value():
            # Stored already (or the default): showing it is not another edit.
            self.minutes.blockSignals(True)
            self.minutes.setValue(minutes)
            self.minutes.blockSignals(False)
            self.countdown.set_duration(minutes * 60)

    def _on_minutes_changed(self, minutes: int) -> None:
        self.countdown.set_duration(minutes * 60)
        workshop = self.session.workshop
        stored = workshop.step_timers.get(self.step.value, DEFAULT_SECONDS) if workshop else None
        if stored is not None and stored != minutes * 60:
            self.session.execute(SetStepTimer(self.step, minutes * 60))

    # --- showing ---------------------------------------------------------------------

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.SURVEY, Aspect.VOTES):
            self._show_prompt(workshop)
        if changes.touches(Aspect.PERSONAS, Aspect.VALUES, Aspect.VISION, Aspect.GUIDELINES, Aspect.CHECKINS):
            self._show_context(workshop)
        if changes.touches(Aspect.TIMERS):
            self._show_timer_length(workshop)
        if changes.touches(Aspect.SURVEY, Aspect.ANSWERS, Aspect.VOTES):
            self._show_count()
        if self.votes and changes.touches(Aspect.VOTES, Aspect.VALUES):
            self._show_results()
        if self.brainstorm and changes.touches(Aspect.VALUES):
            self._show_count()
            self._show_results()

    def _show_count(self) -> None:
        if not self.collects:
            return
        if self.brainstorm and self.controller is not None:
            self.count.setText(self.tr("%Ln card(s) from phones so far", "", self.controller.answer_count()))
            return
        if self.votes and self.controller is not None:
            self.count.setText(self.tr("%Ln voter(s) so far", "", self.controller.answer_count()))
            return
        workshop = self.session.workshop
        total = len(workshop.answers) if workshop is not None else 0
        self.count.setText(self.tr("%Ln answer(s) so far", "", total))

    def _show_card(self) -> None:
        running = self.controller is not None and self.controller.is_running
        if running and self.controller is not None:
            self.card.show_server(self.controller.url, self.controller.join_url, self.controller.join_code)
        self.card.setVisible(running and not self.results.isVisibleTo(self))

    # --- results ---------------------------------------------------------------------

    def _on_show_results(self, shown: bool) -> None:
        if self.votes:
            # The round's own reveal, undoable and seen on the Values page too.
            workshop = self.session.workshop
            if workshop is not None and workshop.voting_rounds:
                latest = workshop.voting_rounds[-1]
                if latest.revealed != shown:
                    self.session.execute(RevealTallies(latest.id, shown))
        elif shown and not self._listening_to_analysis and not self.brainstorm:
            self._listening_to_analysis = True
            self._word_analysis.updated.connect(self._on_analysis)
            self._word_analysis.want()
        self._show_results()

    def _on_analysis(self, _analysis: object) -> None:
        self._show_results()

    def _results_wanted(self) -> bool:
        if not self.collects:
            return bool(self._findings)
        if not self.votes:
            return self.show_results.isChecked()  # the words, or the brainstorm's cards
        workshop = self.session.workshop
        return bool(workshop and workshop.voting_rounds and workshop.voting_rounds[-1].revealed)

    def _show_results(self) -> None:
        shown = self._results_wanted()
        self.show_results.blockSignals(True)
        self.show_results.setChecked(shown)
        self.show_results.blockSignals(False)
        self.show_results.setText(self.tr("Hide the &results") if shown else self.tr("Show the &results"))
        self.results.setVisible(shown)
        workshop = self.session.workshop
        if shown and self.votes and workshop is not None:
            self.top.setText(self.slide.vote_results(workshop))
            self.chart.show_bars(self.slide.vote_bars(workshop), self.tr("Dots per value"))
            self.chart.setAccessibleDescription(self.top.text())
        elif shown and not self.collects:
            self.cloud.hide()
            self.top.setText(breakable(self._findings))
        elif shown and self.brainstorm:
            self.cloud.show_words([] if self._texts_hidden() else self.slide.card_cloud(workshop))
            self.top.setText(self.slide.card_results(workshop))
        elif shown and not self.votes:
            words, top = self.slide.word_results(self._word_analysis, workshop)
            self.cloud.show_words(words)
            self.top.setText(top)
        self._show_card()

    def _show_clock(self) -> None:
        left = self.countdown.remaining()
        # Ticks come five times a second; the display (and what a screen reader is
        # told) changes once a second.
        if left == self._clock_shown:
            return
        self._clock_shown = left
        minutes, seconds = divmod(left, 60)
        self.clock.setText(f"{QLocale().toString(minutes)}:{seconds:02d}")
        ended = left == 0
        palette = self.clock.palette()
        base = self.palette()
        colour = ended_colour(base) if ended else base.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.clock.setPalette(palette)
        self.clock_note.setPalette(palette)
        self.clock_note.setText(self.tr("Time is up") if ended else "")
        self.clock.setAccessibleName(
            self.tr("Time left: %1 min %2 s").replace("%1", str(minutes)).replace("%2", str(seconds))
        )

    def _show_timer_controls(self) -> None:
        running = self.countdown.is_running
        self.start_pause.setText(self.tr("&Pause") if running else self.tr("&Start"))
        self.start_pause.setAccessibleName(
            self.tr("Pause the timer") if running else self.tr("Start the timer")
        )

    def _apply_palette(self) -> None:
        self.setPalette(contrast_palette(QApplication.palette()))
        self._clock_shown = None
        self._show_clock()

    # --- events ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        height = max(event.size().height(), 400)
        pixel_font(self.prompt, int(height * PROMPT_SIZE), bold=True)
        pixel_font(self.count, int(height * COUNT_SIZE))
        pixel_font(self.context, int(height * COUNT_SIZE))
        pixel_font(self.clock, int(height * CLOCK_SIZE), bold=True, mono=True)
        pixel_font(self.clock_note, int(height * COUNT_SIZE), bold=True)
        pixel_font(
            self.top, int(height * (HINT_SIZE * 1.4 if not self.votes else COUNT_SIZE)), bold=self.votes
        )
        # Names and counts readable from the back of the room, a line per value.
        pixel_font(self.chart, int(height * HINT_SIZE * 1.2))
        cloud_font = QFont(self.cloud.font())
        cloud_font.setPointSizeF(max(10.0, height / 90))
        self.cloud.setFont(cloud_font)
        self.card.set_qr_size(int(min(height * QR_SIZE, event.size().width() * 0.3)))
        for control in self._controls:
            pixel_font(control, int(height * CONTROL_SIZE))
        self.card.set_type_sizes(int(height * HINT_SIZE), int(height * COUNT_SIZE * 1.5))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Leaving full screen first, so the window comes back full screen next time
        # rather than restoring a stale geometry.
        self.showNormal()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Presentation"))
        self.prompt.setAccessibleName(self.tr("Question"))
        self.context.setAccessibleName(self.tr("What this step builds on"))
        self.minutes_label.setText(self.tr("T&ime (minutes):"))
        self.minutes.setAccessibleName(self.tr("Timer length in minutes"))
        self.extend.setText(self.tr("+1 &minute"))
        self.extend.setAccessibleDescription(self.tr("Add one minute to the timer"))
        self.reset.setText(self.tr("&Reset"))
        self.reset.setAccessibleName(self.tr("Reset the timer"))
        if self.brainstorm:
            self.show_results.setAccessibleDescription(self.tr("Show or hide the value cards on the board"))
        else:
            self.show_results.setAccessibleDescription(
                self.tr("Show or hide the dots per value")
                if self.votes
                else self.tr("Show or hide the word cloud and the top words")
            )
        self.leave.setText(self.tr("&Leave (Esc)"))
        self.leave.setAccessibleDescription(self.tr("Leave the presentation"))
        self._show_timer_controls()
        self.card.retranslate_ui()
        self._clock_shown = None
        self.refresh()
