"""Step 3 (first half): the values survey. The question, whether it is open, the
threshold below which answers stay hidden, ways to collect answers (kiosk, import,
paste) and to export them, and the answers themselves once enough people answered.

The analysis view of the word frequencies goes below the answers: ``add_analysis_view``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import LOWEST_MIN_RESPONDENTS, SurveyAnswer, Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.survey_commands import HideAnswer, ShowAnswer
from philosophy_studio.gui.dialogs.import_answers_dialog import ImportAnswersDialog
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.kiosk.kiosk_window import KioskWindow
from philosophy_studio.gui.kiosk.pin_dialog import SetPinDialog
from philosophy_studio.gui.models.answer_list_model import AnswerListModel
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import EDITOR, READING, scale_font
from philosophy_studio.gui.widgets.analysis_view import AnalysisView
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit

if TYPE_CHECKING:
    from philosophy_studio.gui.phones.phone_panel import PhonePanel

MAX_MIN_RESPONDENTS = 999
# Up to this many answers each shows whole, wrapped over as many lines as it needs.
WRAPPED_ANSWERS = 2_000


class SurveyPage(StepPage):
    step = Step.SURVEY

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kiosk: KioskWindow | None = None
        self.phones = PhoneSurveyController(session, self)
        self.phone_panel: PhonePanel | None = None
        self.pin_dialog: SetPinDialog | None = None
        self.import_dialog: ImportAnswersDialog | None = None
        self._answers: tuple[SurveyAnswer, ...] = ()

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
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
        self.count = QLabel()
        self.count.setObjectName("answerCount")
        scale_font(self.count, READING, bold=True)

        form = QFormLayout()
        form.addRow(self.question_label, self.question)
        form.addRow(self.minimum_label, self.minimum)
        form.addRow("", self.is_open)

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

        self.answers_group = QGroupBox()
        self.withheld = QLabel()
        self.withheld.setObjectName("answersWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.setFrameShape(QFrame.Shape.StyledPanel)
        self.withheld.setMargin(12)
        scale_font(self.withheld, READING)
        self.answer_model = AnswerListModel(self)
        self.answer_list = QListView()
        self.answer_list.setObjectName("answerList")
        self.answer_list.setModel(self.answer_model)
        self.answer_list.setWordWrap(True)
        self.answer_list.setSpacing(2)
        # Wrapped rows of a long survey are laid out a batch at a time, between events.
        self.answer_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.answer_list.setBatchSize(200)
        self.toggle_hidden = QPushButton()
        self.toggle_hidden.setObjectName("toggleHidden")
        self.toggle_hidden.setEnabled(False)
        scale_font(self.answer_list, READING)
        answers_layout = QVBoxLayout(self.answers_group)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.toggle_hidden)
        answers_layout.addLayout(count_row)
        answers_layout.addWidget(self.withheld)
        answers_layout.addWidget(self.answer_list, 1)

        # The answers above, the word analysis (added later by its own module) below.
        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.setChildrenCollapsible(False)
        self.results.addWidget(self.answers_group)
        self.add_analysis_view(AnalysisView(session, session.runner))

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        # The button acts on the answer chosen in the list, so Tab reaches it after the
        # list (choosing an answer is what enables it).
        QWidget.setTabOrder(self.answer_list, self.toggle_hidden)

        self.question.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.SURVEY_QUESTION, text, expected=previous)
            )
        )
        self.is_open.toggled.connect(self._on_open_toggled)
        self.minimum.valueChanged.connect(self._on_minimum_changed)
        self.start_kiosk.clicked.connect(self.open_kiosk)
        self.open_phones.clicked.connect(self.open_to_phones)
        self.present.clicked.connect(self.open_presentation)
        self.import_answers.clicked.connect(self._choose_file)
        self.paste_answers.clicked.connect(self._paste)
        self.export_answers.clicked.connect(self._choose_export)
        self.toggle_hidden.clicked.connect(self.toggle_current)
        self.answer_list.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._update_toggle()
        )
        self.answer_list.activated.connect(lambda _index: self.toggle_current())
        self.retranslate_ui()

    def add_analysis_view(self, view: QWidget) -> None:
        """Place the word analysis below the answers (it follows the same hiding rule)."""
        self.results.addWidget(view)
        self.results.setStretchFactor(self.results.indexOf(view), 2)

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
        if changes.touches(Aspect.SURVEY, Aspect.ANSWERS):
            self._answers = workshop.answers
            self._show_answers(workshop)

    def results_visible(self, workshop: Workshop) -> bool:
        from philosophy_studio.services.survey import results_visible

        return results_visible(workshop)

    def _show_answers(self, workshop: Workshop) -> None:
        total = len(workshop.answers)
        hidden = total - workshop.visible_answer_count
        count = self.tr("%Ln answer(s) so far", "", total)
        if hidden:
            count += " · " + self.tr("%Ln hidden from the analysis", "", hidden)
        self.count.setText(count)
        self.export_answers.setEnabled(total > 0)
        visible = self.results_visible(workshop)
        self.withheld.setVisible(not visible)
        self.answer_list.setVisible(visible)
        self.toggle_hidden.setVisible(visible)
        self.withheld.setText(self._withheld_text(workshop))
        current = self._current_answer()
        if not visible:
            self.answer_model.set_answers(())
            self._update_toggle()
            return
        # A long survey is read through the analysis, not row by row: one line per
        # answer (full text in the tooltip) keeps the list from laying out every row,
        # each a call into Python competing with the analysis thread.
        long_survey = len(workshop.answers) > WRAPPED_ANSWERS
        self.answer_list.setUniformItemSizes(long_survey)
        self.answer_list.setWordWrap(not long_survey)
        self.answer_model.set_answers(workshop.answers)
        row = self.answer_model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.answer_list.setCurrentIndex(self.answer_model.index(row))
        self._update_toggle()

    def _current_answer(self) -> SurveyAnswer | None:
        index = self.answer_list.currentIndex()
        return self.answer_model.answer(index.row()) if index.isValid() else None

    def _withheld_text(self, workshop: Workshop) -> str:
        needed = workshop.survey.min_respondents
        have = workshop.visible_answer_count
        return (
            self.tr(
                "The answers stay hidden until at least %1 people have answered (%2 so far), so that "
                "nobody can be recognised by their words. Only the count is shown meanwhile."
            )
            .replace("%1", QLocale().toString(needed))
            .replace("%2", QLocale().toString(have))
        )

    def _update_toggle(self) -> None:
        answer = self._current_answer()
        hidden = answer is not None and answer.hidden
        self.toggle_hidden.setEnabled(answer is not None)
        self.toggle_hidden.setText(
            self.tr("Sho&w in the analysis again") if hidden else self.tr("&Hide from the analysis")
        )

    # --- editing ---------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.question.commit()

    def _on_open_toggled(self, checked: bool) -> None:
        workshop = self.session.workshop
        if workshop is not None and workshop.survey.is_open != checked:
            self.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, checked))

    def _on_minimum_changed(self, value: int) -> None:
        workshop = self.session.workshop
        if workshop is not None and workshop.survey.min_respondents != value:
            self.session.execute(SetWorkshopField(WorkshopField.MIN_RESPONDENTS, value))

    def toggle_current(self) -> None:
        """Hide the selected answer from the analysis, or show it again (undoable)."""
        answer = self._current_answer()
        if answer is None:
            return
        command = ShowAnswer(answer.id) if answer.hidden else HideAnswer(answer.id)
        self.session.execute(command)

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
        self.phone_panel.show()
        self.phone_panel.raise_()
        self.phone_panel.activateWindow()

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
        self.kiosk.left.connect(self._on_kiosk_left)
        self.kiosk.showFullScreen()
        self.kiosk.activateWindow()
        self.kiosk.answer.setFocus()
        # Alt+Tab or a window manager's task list must not lead to the workshop behind
        # the kiosk: the main window is hidden until the facilitator leaves with the PIN.
        self.window().hide()

    def _on_kiosk_left(self) -> None:
        self.kiosk = None
        self.window().show()
        self.window().activateWindow()

    def _new_import_dialog(self) -> ImportAnswersDialog:
        self.import_dialog = ImportAnswersDialog(self.session, self)
        self.import_dialog.imported.connect(self._on_imported)
        return self.import_dialog

    def _choose_file(self) -> None:
        folder = str(self.session.path.parent) if self.session.path is not None else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import answers"),
            folder,
            self.tr("Answers (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            dialog = self._new_import_dialog()
            dialog.open()
            dialog.load_file(Path(chosen))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _paste(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.show_status(self.tr("The clipboard holds no text. Copy the answers (cells or lines) first."))
            return
        dialog = self._new_import_dialog()
        dialog.open()
        dialog.load_text(text)

    def _on_imported(self, imported: int, empty: int, already: int) -> None:
        self.show_status(
            self.tr("Imported %Ln answer(s).", "", imported)
            + " "
            + self.tr("Skipped: %1 empty; rows already in the workshop: %2.")
            .replace("%1", QLocale().toString(empty))
            .replace("%2", QLocale().toString(already))
        )

    def _choose_export(self) -> None:
        workshop = self.session.workshop
        if workshop is None:
            return
        folder = self.session.path.parent if self.session.path is not None else Path.home()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export answers"),
            str(folder / self.tr("survey answers.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in {".csv", ".xlsx"}:
                path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the answers to ``path`` (.csv or .xlsx) off the GUI thread."""
        from philosophy_studio.export.answers import LABELS, export_answers

        workshop = self.session.workshop
        if workshop is None:
            return
        labels = tuple(QCoreApplication.translate("AnswersExport", label) for label in LABELS)
        self.show_status(self.tr("Exporting the answers…"))
        self.session.runner.run_heavy(  # the session's runner: shut down with the window
            lambda _control: export_answers(workshop, path, labels=labels),
            lambda count: self.show_status(
                self.tr("Wrote %Ln answer(s) to %1.", "", count).replace("%1", str(path))
            ),
            lambda error: self.show_status(error_message(error, unexpected=True) or str(error)),
        )

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
        self.minimum_label.setText(self.tr("Show answers &from:"))
        self.minimum.setSuffix(" " + self.tr("respondents"))
        self.minimum.setAccessibleName(self.tr("Minimum number of respondents before answers are shown"))
        self.start_kiosk.setText(self.tr("Start &kiosk…"))
        self.open_phones.setText(self.tr("Open &to phones…"))
        self.open_phones.setAccessibleName(self.tr("Let phones on the local network answer the survey"))
        self.present.setText(self.tr("P&resent…"))
        self.present.setAccessibleName(self.tr("Show the question, QR code, count and timer full screen"))
        self.import_answers.setText(self.tr("&Import answers…"))
        self.paste_answers.setText(self.tr("&Paste answers…"))
        self.export_answers.setText(self.tr("E&xport answers…"))
        self.answers_group.setTitle(self.tr("Answers"))
        self.answer_list.setAccessibleName(self.tr("Survey answers"))
        workshop = self.session.workshop
        if workshop is not None:
            self._show_answers(workshop)
        else:
            self._update_toggle()
