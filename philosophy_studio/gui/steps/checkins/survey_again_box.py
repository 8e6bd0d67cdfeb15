"""The survey's question asked again at a check-in: start and end the round, and see
which words the team uses more, or less, than at the workshop."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.survey_commands import SetSurveyRound
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.checkins.checkin_box import CheckInBox
from philosophy_studio.services.survey_rounds import RoundComparison, RoundWord, compare_rounds, round_answers
from philosophy_studio.work import CancelledError, WorkControl


class SurveyAgainBox(CheckInBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.comparison: RoundComparison | None = None
        self._comparing: WorkControl | None = None
        # What the shown comparison was made of: a refresh that changes none of it keeps it.
        self._compared: tuple[object, ...] | None = None
        self.state = QLabel()
        self.state.setObjectName("surveyAgainState")
        self.state.setWordWrap(True)
        self.ask = QPushButton()
        self.ask.setObjectName("surveyAgainAsk")
        self.end = QPushButton()
        self.end.setObjectName("surveyAgainEnd")
        buttons = QHBoxLayout()
        buttons.addWidget(self.ask)
        buttons.addWidget(self.end)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("surveyAgainSummary")
        self.summary.setWordWrap(True)
        self.rose_title = QLabel()
        self.fell_title = QLabel()
        self.rose = QLabel()
        self.fell = QLabel()
        for words in (self.rose, self.fell):
            # The team's words as they wrote them, never taken for markup.
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setObjectName("surveyAgainWords")
            words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for title in (self.rose_title, self.fell_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.words = QWidget()
        grid = QGridLayout(self.words)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.rose_title, 0, 0)
        grid.addWidget(self.fell_title, 0, 1)
        grid.addWidget(self.rose, 1, 0)
        grid.addWidget(self.fell, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.words)
        self.ask.clicked.connect(self._on_ask)
        self.end.clicked.connect(lambda: self.session.execute(SetSurveyRound(None)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Ask the survey's question again and see whether the words your people use have "
                "moved since the workshop. Answers go to this check-in's round; the workshop's own "
                "answers, on which the charter rests, stay as they were."
            )
        )
        self.ask.setText(self.tr("&Ask the survey again here"))
        self.ask.setAccessibleDescription(
            self.tr("New answers from the kiosk, phones or an import join this check-in's round")
        )
        self.end.setText(self.tr("&End this round"))
        self.end.setAccessibleDescription(
            self.tr("The Survey step shows the workshop's own answers again; this round's are kept")
        )
        self.rose_title.setText(self.tr("Used more than at the workshop"))
        self.fell_title.setText(self.tr("Used less than at the workshop"))
        self._show()

    def tab_stops(self) -> list[QWidget]:
        return [self.ask, self.end]

    def show_checkin(self, workshop: Workshop, number: int, day: dt.date | None, *, planned: bool) -> None:
        """Show the round of the check-in numbered ``number`` on ``day`` (None: none)."""
        del planned  # a round is asked only at a check-in the team keeps in its plan
        self._workshop = workshop
        self._day, self._number = day, number
        self._show()
        self._compare()

    def _long_day(self, day: dt.date) -> str:
        return QLocale().toString(day, QLocale.FormatType.LongFormat)

    def _show(self) -> None:
        workshop, day = self._workshop, self._day
        self._set_checkin_title(self.tr("The survey again"), self.tr("The survey again at check-in %1 (%2)"))
        planned = workshop is not None and day is not None and day in workshop.checkin_days
        asking = workshop.survey.round_day if workshop is not None else None
        self.ask.setVisible(asking != day or day is None)
        self.ask.setEnabled(planned)
        self.end.setVisible(day is not None and asking == day)
        if workshop is None or day is None:
            self.state.setText("")
        elif not planned:
            self.state.setText(self.tr("Keep the plan first: change, add or remove a check-in above."))
        elif asking == day:
            self.state.setText(
                self.tr(
                    "The survey is asking this check-in's round: %Ln answer(s) so far. Open it to "
                    "phones or the kiosk on the Survey step.",
                    "",
                    len(workshop.answers),
                )
            )
        elif asking is not None:
            self.state.setText(
                self.tr("The survey is asking the round of the check-in on %1.").replace(
                    "%1", self._long_day(asking)
                )
            )
        else:
            answered = len(round_answers(workshop, day))
            self.state.setText(
                self.tr("This check-in's round has %Ln answer(s).", "", answered)
                if answered
                else self.tr("The survey has not been asked again at this check-in.")
            )
        self._show_comparison()

    def _show_comparison(self) -> None:
        comparison = self.comparison
        shown = comparison is not None and comparison.later == self._day and not comparison.hidden
        self.words.setVisible(shown)
        if comparison is None or comparison.later != self._day or not comparison.later_respondents:
            self.summary.setText("")
            return
        if comparison.hidden:
            self.summary.setText(
                self.tr(
                    "The comparison shows once %1 people have answered in each round, so that no one's "
                    "answer can be told apart: %2 at the workshop, %3 at this check-in."
                )
                .replace("%1", str(comparison.minimum))
                .replace("%2", str(comparison.earlier_respondents))
                .replace("%3", str(comparison.later_respondents))
            )
            return
        self.summary.setText(
            self.tr("%1 answered at the workshop, %2 at this check-in. Shares are of each round's people.")
            .replace("%1", str(comparison.earlier_respondents))
            .replace("%2", str(comparison.later_respondents))
        )
        self.rose.setText(self._lines(comparison.rose))
        self.fell.setText(self._lines(comparison.fell))

    def _lines(self, words: tuple[RoundWord, ...]) -> str:
        if not words:
            return self.tr("No word stands out.")
        locale = QLocale()

        def share(value: float) -> str:
            # Where the sign goes is the language's: 50% in English, %50 in Turkish.
            return self.tr("%1%", "a share in percent").replace("%1", locale.toString(round(value * 100)))

        return "\n".join(f"{w.word}: {share(w.earlier_share)} → {share(w.later_share)}" for w in words)

    def _compare(self) -> None:
        workshop, day = self._workshop, self._day
        if workshop is None or day is None or self.session.runner.is_shut_down:
            return
        later = round_answers(workshop, day)
        made_of = (
            day,
            workshop.survey.min_respondents,
            workshop.analysis_rules,
            later,
            round_answers(workshop, None),
        )
        if made_of == self._compared:
            return
        if self._comparing is not None:
            self._comparing.cancel()
        self._compared = made_of
        self._comparing = self.session.runner.run_heavy(
            lambda control: compare_rounds(workshop, day, control=control),
            self._on_compared,
            self._on_failed,
            disposable=True,
        )

    def _on_compared(self, comparison: RoundComparison) -> None:
        self._comparing = None
        self.comparison = comparison
        self._show_comparison()

    def _on_failed(self, error: BaseException) -> None:
        self._comparing = None
        if not isinstance(error, CancelledError):
            self._compared = None
            self.summary.setText(error_message(error, unexpected=True) or str(error))

    def _on_ask(self) -> None:
        if self._day is not None:
            self.session.execute(SetSurveyRound(self._day))
