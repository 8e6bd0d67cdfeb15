"""Step 3 (first half): the values survey. The question, whether it is open, the
threshold below which answers stay hidden, ways to collect answers (kiosk, phones,
import, paste) and to export them; below, the answers and the word analysis of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import LOWEST_MIN_RESPONDENTS, MAX_MIN_RESPONDENTS, Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.domain.rules.workshop import SurveyWindowError
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.survey_commands import SetSurveyWindow
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.kiosk.kiosk_window import KioskWindow
from philosophy_studio.gui.kiosk.pin_dialog import SetPinDialog
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
from philosophy_studio.gui.phones.service_link_row import ServiceLinkRow
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.steps.survey.analysis_view import AnalysisView
from philosophy_studio.gui.steps.survey.answer_files import AnswerFiles
from philosophy_studio.gui.steps.survey.answers_panel import AnswersPanel
from philosophy_studio.gui.theme import EDITOR, scale_font
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.phones.phone_panel import PhonePanel


class SurveyPage(StepPage):
    step = Step.SURVEY

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self.kiosk: KioskWindow | None = None
        self.phones = PhoneSurveyController(session, self)
        self.phone_panel: PhonePanel | None = None
        self.pin_dialog: SetPinDialog | None = None

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        # Said only while the survey is asked again at a check-in.
        self.round_note = QLabel()
        self.round_note.setObjectName("surveyRound")
        self.round_note.setWordWrap(True)
        self.round_note.setFrameShape(QLabel.Shape.StyledPanel)
        self.round_note.setMargin(6)
        self.round_note.hide()
        self._round: dt.date | None = None
        # Said only while a survey service (serve-survey) serves this survey.
        self.service_link = ServiceLinkRow(PhoneForm.SURVEY)
        self.question = WorkshopLineEdit()
        self.question.setObjectName("surveyQuestion")
        scale_font(self.question, EDITOR)
        self.question_label = QLabel()
        self.question_label.setBuddy(self.question)
        self.is_open = QCheckBox()
        self.is_open.setObjectName("surveyOpen")
        self.minimum = QSpinBox()
        self.minimum.setObjectName("minRespondents")
        self.minimum.setRange(LOWEST_MIN_RESPONDENTS, MAX_MIN_RESPONDENTS)
        self.minimum.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.minimum_label = QLabel()
        self.minimum_label.setBuddy(self.minimum)

        # The survey's window (optional): an open survey takes answers only between
        # these moments, shown in this computer's time, to the minute.
        self.opens = QCheckBox()
        self.opens.setObjectName("surveyOpensOn")
        self.opens_at = self._moment_edit("surveyOpensAt")
        self.closes = QCheckBox()
        self.closes.setObjectName("surveyClosesOn")
        self.closes_at = self._moment_edit("surveyClosesAt")
        # One line each, the moments aligned: side by side, the Turkish labels widened
        # the whole window.
        window = QGridLayout()
        for row, (check, edit) in enumerate(((self.opens, self.opens_at), (self.closes, self.closes_at))):
            window.addWidget(check, row, 0)
            window.addWidget(edit, row, 1)
        window.setColumnStretch(2, 1)

        form = QFormLayout()
        form.addRow(self.question_label, self.question)
        form.addRow(self.minimum_label, self.minimum)
        form.addRow("", self.is_open)
        form.addRow("", window)

        self.start_kiosk = QPushButton()
        self.import_answers = QPushButton()
        self.paste_answers = QPushButton()
        self.export_answers = QPushButton()
        self.open_phones = QPushButton()
        self.open_phones.setObjectName("openToPhones")
        self.present = QPushButton()
        self.present.setObjectName("present")
        # Collecting answers in the room, then moving them in and out: two rows, so the
        # Turkish labels fit a small window without squeezing the guidance beside them.
        buttons = QGridLayout()
        for row, group in enumerate(
            (
                (self.start_kiosk, self.open_phones, self.present),
                (self.import_answers, self.paste_answers, self.export_answers),
            )
        ):
            for column, button in enumerate(group):
                buttons.addWidget(button, row, column)
        buttons.setColumnStretch(3, 1)
        self.status = QLabel()
        self.status.setObjectName("surveyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Shown only while it has something to say, so no empty gap sits above the answers.
        self.status.hide()
        self._status_text: Callable[[], str] = str

        self.answers = AnswersPanel(session)
        self.analysis = AnalysisView(word_analysis, session, session.runner)
        self.files = AnswerFiles(session, self, self.show_status)
        # The answers above, the word analysis (which follows the same hiding rule) below.
        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.setChildrenCollapsible(False)
        self.results.addWidget(self.answers)
        self.results.addWidget(self.analysis)
        self.results.setStretchFactor(1, 2)

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.round_note)
        layout.addWidget(self.service_link)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self.question.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.SURVEY_QUESTION, text, expected=previous)
            )
        )
        self.is_open.toggled.connect(self._on_open_toggled)
        for check in (self.opens, self.closes):
            check.toggled.connect(self._on_window_edited)
        for edit in (self.opens_at, self.closes_at):
            edit.editingFinished.connect(self._on_window_edited)
        self.minimum.valueChanged.connect(self._on_minimum_changed)
        self.start_kiosk.clicked.connect(self.open_kiosk)
        self.open_phones.clicked.connect(self.open_to_phones)
        self.present.clicked.connect(self.open_presentation)
        self.import_answers.clicked.connect(self.files.choose_file)
        self.paste_answers.clicked.connect(self.files.paste)
        self.export_answers.clicked.connect(self.files.choose_export)
        self.retranslate_ui()

    # --- showing ---------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.SURVEY):
            survey = workshop.survey
            self.question.show_stored(survey.question)
            if not self.question.hasFocus():
                # A long question reads from its start, not its last words.
                self.question.setCursorPosition(0)
            for widget, value in ((self.is_open, survey.is_open), (self.minimum, survey.min_respondents)):
                widget.blockSignals(True)
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                else:
                    widget.setValue(int(value))
                widget.blockSignals(False)
            self._show_window(survey.open_from, survey.open_until)
            self._round = survey.round_day
            self._show_round()
        self.service_link.show_links(workshop)
        if changes.touches(Aspect.SURVEY, Aspect.ANSWERS):
            self.export_answers.setEnabled(bool(workshop.answers))
            self.answers.show_answers(workshop)

    def _show_round(self) -> None:
        if self._round is None:
            self.round_note.hide()
            return
        day = QLocale().toString(self._round, QLocale.FormatType.LongFormat)
        self.round_note.setText(
            self.tr(
                "The survey is asked again at the check-in on %1: the answers and words below are "
                "this round's. The workshop's own answers come back when the round ends (Check-ins step)."
            ).replace("%1", day)
        )
        self.round_note.show()

    # --- editing ---------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.question.commit()

    def _on_open_toggled(self, checked: bool) -> None:
        workshop = self.session.workshop
        if workshop is not None and workshop.survey.is_open != checked:
            self.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, checked))

    @staticmethod
    def _moment_edit(name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # Until a side is set: the top of the hour a week from now.
        soon = QDateTime.currentDateTime().addDays(7)
        edit.setDateTime(QDateTime(soon.date(), QTime(soon.time().hour(), 0)))
        edit.setEnabled(False)
        return edit

    def _show_window(self, opens: dt.datetime | None, closes: dt.datetime | None) -> None:
        """The stored window, in this computer's time; an unset side keeps its edit's
        moment (a week from now at first) for when it is ticked."""
        for check, edit, moment in (
            (self.opens, self.opens_at, opens),
            (self.closes, self.closes_at, closes),
        ):
            for widget in (check, edit):
                widget.blockSignals(True)
            check.setChecked(moment is not None)
            edit.setEnabled(moment is not None)
            if moment is not None:
                edit.setDateTime(QDateTime(moment.astimezone().replace(tzinfo=None)))
            for widget in (check, edit):
                widget.blockSignals(False)

    def _window_edits(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        def moment(check: QCheckBox, edit: QDateTimeEdit) -> dt.datetime | None:
            if not check.isChecked():
                return None
            # Local time without a zone, as the edit shows it; kept to the minute.
            return edit.dateTime().toPython().astimezone().replace(second=0, microsecond=0)

        return moment(self.opens, self.opens_at), moment(self.closes, self.closes_at)

    def _on_window_edited(self) -> None:
        self.opens_at.setEnabled(self.opens.isChecked())
        self.closes_at.setEnabled(self.closes.isChecked())
        workshop = self.session.workshop
        if workshop is None:
            return
        opens, closes = self._window_edits()
        if (opens, closes) == (workshop.survey.open_from, workshop.survey.open_until):
            return
        if opens is not None and closes is not None and closes <= opens:
            self.show_status(lambda: error_message(SurveyWindowError()) or "")
            return
        self.show_status(str)
        self.session.execute(SetSurveyWindow(opens, closes))

    def _on_minimum_changed(self, value: int) -> None:
        workshop = self.session.workshop
        if workshop is not None and workshop.survey.min_respondents != value:
            self.session.execute(SetWorkshopField(WorkshopField.MIN_RESPONDENTS, value))

    # --- collecting answers ----------------------------------------------------------

    def open_to_phones(self) -> None:
        """Serve the survey to phones on the local network and show how to join."""
        self.commit_pending()
        if self.phone_panel is None:
            # Loaded on first use: most workshops never open to phones.
            from philosophy_studio.gui.phones.phone_panel import PhonePanel

            self.phone_panel = PhonePanel(self.phones, self)
            self.phone_panel.present_requested.connect(self.open_presentation)
        self.phones.start()
        self.phone_panel.bring_forward()

    def phone_controller(self) -> PhoneSurveyController:
        return self.phones

    def open_kiosk(self) -> None:
        self.commit_pending()
        self.pin_dialog = SetPinDialog(self)
        self.pin_dialog.accepted.connect(self._start_kiosk)
        self.pin_dialog.open()

    def _start_kiosk(self) -> None:
        workshop = self.session.workshop
        if workshop is None or self.pin_dialog is None:
            return
        if not workshop.survey.is_open:
            # Staff at the kiosk can only answer an open survey.
            self.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        self.kiosk = KioskWindow(self.session, workshop.survey.question, self.pin_dialog.chosen_pin())
        self.kiosk.open_over(self.window(), self.pin_dialog.expected_people(), self._on_kiosk_left)
        self.kiosk.answer.setFocus()

    def _on_kiosk_left(self) -> None:
        self.kiosk = None

    def show_status(self, text: Callable[[], str]) -> None:
        """``text`` says what happened in the interface's language of the moment: it is
        asked again when the language changes."""
        self._status_text = text
        self.status.setText(text())
        self.status.setVisible(bool(self.status.text()))

    # --- language --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.prompt.setText(
            self.tr(
                "Every staff member answers one question, anonymously. Collect the answers in the "
                "kiosk on this computer, or import them from a form tool's export."
            )
        )
        self.question_label.setText(self.tr("&Question:"))
        self.question.setAccessibleName(self.tr("Survey question"))
        self.is_open.setText(self.tr("Survey &open (the kiosk accepts answers)"))
        self.opens.setText(self.tr("Op&ens at"))
        self.opens_at.setAccessibleName(self.tr("When the survey starts taking answers"))
        self.closes.setText(self.tr("Clo&ses at"))
        self.closes_at.setAccessibleName(self.tr("When the survey stops taking answers"))
        self.minimum_label.setText(self.tr("Show answers &from:"))
        self.minimum.setSuffix(" " + self.tr("respondents"))
        self.minimum.setAccessibleName(self.tr("Minimum number of respondents before answers are shown"))
        self.start_kiosk.setText(self.tr("Start &kiosk…"))
        self.open_phones.setText(self.tr("Open &to phones…"))
        # The visible label is the name (voice control says it); the rest describes.
        self.open_phones.setAccessibleDescription(
            self.tr("Let phones on the local network answer the survey")
        )
        self.present.setText(self.tr("P&resent…"))
        self.present.setAccessibleDescription(
            self.tr("Show the question, QR code, count and timer full screen")
        )
        self.import_answers.setText(self.tr("&Import answers…"))
        self.paste_answers.setText(self.tr("&Paste answers…"))
        self.export_answers.setText(self.tr("E&xport answers…"))
        self._show_round()
        self.show_status(self._status_text)
