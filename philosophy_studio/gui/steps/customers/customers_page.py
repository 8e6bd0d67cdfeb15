"""The Customers step: what customers say today, beside what the team wants them to say.

The feedback is read on demand when the page is first shown, never with the workshop
(a million comments take seconds to read): on the storage thread, then counted once on
the work thread (services.feedback.CustomersLens). Every filter change is a cut of those
counts, also off the GUI thread; a newer cut cancels the one before. While a result is
on its way the last one stays on screen, in boxes whose size does not depend on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.garbage import (
    load_long_lived,
    loading_long_lived_finished,
    loading_long_lived_goes_on,
    loading_long_lived_started,
)
from philosophy_studio.gui.i18n import describe_failure
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.customers.alignment_box import AlignmentBox
from philosophy_studio.gui.steps.customers.comments_in_context import CommentsInContext
from philosophy_studio.gui.steps.customers.feedback_files import FeedbackFiles
from philosophy_studio.gui.steps.customers.feedback_filters import FeedbackFilters
from philosophy_studio.gui.steps.customers.satisfaction_box import SatisfactionBox, figure_text
from philosophy_studio.gui.steps.customers.words_box import APART_WORDS, ApartBox, WordsBox
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.widgets.status_line import StatusLine
from philosophy_studio.work import CancelledError, EitherCancels, WorkControl

if TYPE_CHECKING:
    from philosophy_studio.domain.feedback import Feedback
    from philosophy_studio.gui.dialogs.import_feedback_dialog import ImportFeedbackDialog
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.services.feedback import Comparison, CustomersLens, FeedbackFilter

# Edits that change how the comments are counted (the staff's answers, the analysis's
# rules, the survey's minimum): the counts are made again.
_RECOUNT = (Aspect.ANSWERS, Aspect.ANALYSIS, Aspect.SURVEY, Aspect.INFO)
# Height kept for the comments behind a word.
CONTEXT_HEIGHT = 260


def _load_feedback_libraries() -> None:
    import philosophy_studio.services.feedback  # noqa: F401 - reads and counts feedback


class CustomersPage(StepPage):
    step = Step.CUSTOMERS

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self.import_button = QPushButton()
        self.import_button.setObjectName("customersImport")
        self.status = StatusLine()
        self.status.setObjectName("customersStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # As tall whatever it says: what is below stays where it is. Two lines the
        # page's width hold the longest report of an import; a third stood empty.
        self.status.setFixedHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        # Its place is kept while it is hidden: the page below never jumps.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.filters = FeedbackFilters()
        self.summary = QLabel()
        self.summary.setObjectName("customersSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # As tall whatever it says: what is below stays where it is.
        self.summary.setFixedHeight(3 * self.summary.fontMetrics().lineSpacing() + 4)

        self.satisfaction = SatisfactionBox()
        self.words = WordsBox()
        self.apart = ApartBox()
        self.in_context = CommentsInContext(session.runner)
        self.context_box = QGroupBox()
        self.context_box.setObjectName("customersContextBox")
        self.context_box.setFixedHeight(CONTEXT_HEIGHT)
        QVBoxLayout(self.context_box).addWidget(self.in_context)
        self.alignment = AlignmentBox()

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.progress, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(top)
        content_layout.addWidget(self.status)
        content_layout.addWidget(self.filters)
        content_layout.addWidget(self.summary)
        content_layout.addWidget(self.satisfaction)
        content_layout.addWidget(self.words)
        content_layout.addWidget(self.apart)
        content_layout.addWidget(self.context_box)
        # Last: its examples are as long as customers wrote them, and what grows at
        # the bottom moves nothing above it.
        content_layout.addWidget(self.alignment)
        content_layout.addStretch(1)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for box in self._boxes():
            box.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Always there: a scroll bar appearing with a longer result would narrow the
        # page and move the lists under the pointer.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        # The comments as read and counted; None until the page is first shown, and
        # again when an edit changes how they are counted.
        self.lens: CustomersLens | None = None
        self.comparison: Comparison | None = None
        self._has_feedback: bool | None = None
        self._stale = True
        self._warmed = False
        self._loading: WorkControl | None = None
        self._viewing: WorkControl | None = None
        self._chosen: tuple[str, str, str] | None = None  # (list, key, term) of the word read

        self.files = FeedbackFiles(session, self, self.status.say)
        self.files.added.connect(self._on_feedback_added)
        self.import_button.clicked.connect(self.files.choose_file)
        self.filters.changed.connect(self.update_view)
        self.apart.comparison_changed.connect(self.update_view)
        self.words.word_chosen.connect(lambda group, key, term: self._read_word(("words", group), key, term))
        self.apart.word_chosen.connect(lambda side, key, term: self._read_word(("apart", side), key, term))
        self.alignment.word_added.connect(self._on_word_added)
        self.retranslate_ui()

    def _boxes(self) -> tuple[QWidget, ...]:
        return (self.satisfaction, self.words, self.apart, self.context_box, self.alignment)

    # --- reading and counting -------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._loading is not None or self._viewing is not None

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(*_RECOUNT):
            self._stale = True
        elif changes.touches(Aspect.VALUES) and self.lens is not None:
            from philosophy_studio.services.feedback import alignment_values

            # A word added to a value needs no new count: it came from the comments.
            self.lens = self.lens.with_values(alignment_values(workshop))
            self.update_view()
        if self._stale and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # What an import and the counts need, loaded while the facilitator looks at
            # the page, as long-lived work: loaded during the import, its objects made
            # the GUI thread's garbage collections pause the dialog for a quarter second.
            load_long_lived(self.session.runner, _load_feedback_libraries)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the workshop's feedback and count it again."""
        workshop = self.session.workshop
        if workshop is None:
            return
        self._stale = False
        for control in (self._loading, self._viewing):
            if control is not None:
                control.cancel()
        self._viewing = None
        self._show_progress(self.tr("Reading the customer feedback…"))
        # Cancels the reading (its result is then dropped) and, once it runs, the counting.
        control = WorkControl()
        self._loading = control

        def read(service):  # type: ignore[no-untyped-def]
            from philosophy_studio.services.feedback import load_feedback

            feedback = load_feedback(service)
            return (feedback, feedback.comments), Changes()

        def count(found: tuple[Feedback, int]) -> None:
            feedback, comments = found
            if control.cancelled or not len(feedback):
                loading_long_lived_finished()
                if not control.cancelled:
                    self._loading = None
                    self._show_lens(None)
                return
            self._show_progress(self.tr("Counting the words of %Ln comment(s)…", "", comments))

            def job(work: WorkControl) -> CustomersLens:
                from philosophy_studio.services.feedback import customers_lens

                control.check()
                return customers_lens(workshop, feedback, control=EitherCancels(work, control))

            self.session.runner.run_heavy(
                job,
                counted,
                failed,
                self._on_counting,
                disposable=True,
            )

        def counted(lens: CustomersLens) -> None:
            loading_long_lived_finished()
            if control is self._loading:
                self._loading = None
                self._show_lens(lens)

        def failed(error: BaseException) -> None:
            loading_long_lived_finished()
            if control is self._loading:
                self._loading = None
                self.progress.hide()
                if not isinstance(error, CancelledError):
                    self.status.say(lambda: describe_failure(error))

        # A million comments and their counts stay as long as the page shows them: the
        # GUI thread's garbage collections leave them alone (gui/garbage.py).
        loading_long_lived_started()
        self.session.call(read, count, failed)

    def _show_progress(self, text: str) -> None:
        # The progress says what it is doing itself: the status line keeps what the
        # last import did.
        self.progress.setFormat(text.replace("%", "%%") + "  %p%")
        self.progress.setValue(0)
        self.progress.show()

    def _on_counting(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        loading_long_lived_goes_on()

    def _show_lens(self, lens: CustomersLens | None) -> None:
        old, self.lens = self.lens, lens
        self._has_feedback = lens is not None
        self.progress.hide()
        # Without feedback there is nothing to show but the way to import it.
        for box in self._boxes():
            box.setVisible(lens is not None)
        channels, months = (lens.channels, lens.months) if lens is not None else ((), ())
        self.filters.offer(channels, months)
        self.apart.offer(channels)
        if lens is None:
            self.comparison = None
            self._show_comparison()
        else:
            self.update_view()
        if old is not None and (lens is None or old.feedback is not lens.feedback):
            self._let_go_later(old)

    def _let_go_later(self, found: CustomersLens | Comparison) -> None:
        """Let go of ``found``, which nothing else here holds any more, on the work
        thread, a slice of its comments at a time (services.feedback.let_go), not here
        at once."""
        from philosophy_studio.services.feedback import let_go

        held = [found]
        del found
        self.session.runner.run_heavy(lambda _work: let_go(held), disposable=True)

    def current_filter(self) -> FeedbackFilter:
        return self.filters.current()

    def choose_filter(self, channel: str | None = None, month: str | None = None) -> None:
        """Filter as choosing in the lists does."""
        self.filters.choose(channel, month)

    def update_view(self) -> None:
        """Cut the counts by the filters chosen, off the GUI thread."""
        lens = self.lens
        if lens is None:
            return
        if self._viewing is not None:
            self._viewing.cancel()
        chosen, versus = self.current_filter(), self.apart.versus()
        # Only the pair of groups the page shows, and only the words it lists.
        pairs = {"staff": ("staff",), "scores": ("scores",)}.get(self.apart.chosen()[0], ())

        def done(comparison: Comparison) -> None:
            if control is self._viewing:
                self._viewing = None
                old, self.comparison = self.comparison, comparison
                self._show_comparison()
                # Once the boxes that showed it have let go of it too.
                if old is not None and old.feedback is not comparison.feedback:
                    self._let_go_later(old)

        def failed(error: BaseException) -> None:
            if control is self._viewing:
                self._viewing = None
                if not isinstance(error, CancelledError):
                    self.status.say(lambda: describe_failure(error))

        control = self.session.runner.run_heavy(
            lambda _work: lens.comparison(chosen, versus=versus, pairs=pairs).trimmed(APART_WORDS),
            done,
            failed,
            disposable=True,
        )
        self._viewing = control

    # --- showing ---------------------------------------------------------------------

    def minimum(self) -> int:
        workshop = self.session.workshop
        return workshop.survey.min_respondents if workshop is not None else 1

    def _show_comparison(self) -> None:
        found, minimum = self.comparison, self.minimum()
        self._say_summary()
        self.satisfaction.show_figures(found.satisfaction if found is not None else None)
        self.words.show_comparison(found, minimum)
        self.apart.show_comparison(found, minimum)
        self.alignment.show_alignment(found.alignment if found is not None else None)
        if self._chosen is not None:
            where, key, term = self._chosen
            self._read_word(where, key, term)
        if self.presentation is not None:
            self.presentation.show_findings(self.findings())

    def _say_summary(self) -> None:
        lens, found = self.lens, self.comparison
        if self._has_feedback is False:
            self.summary.setText(
                self.tr(
                    "No customer feedback yet. Import an export of comments (help desk tickets, NPS or CSAT "
                    "survey answers, reviews) as CSV, XLSX or TXT."
                )
            )
            return
        if lens is None or found is None:
            self.summary.clear()
            return
        locale = QLocale()
        days = lens.date_range
        text = self.tr("%Ln comment(s) from customers", "", lens.comments)
        if days is not None:
            text += " · " + self.tr("%1 to %2").replace(
                "%1", locale.toString(days[0], QLocale.FormatType.ShortFormat)
            ).replace("%2", locale.toString(days[1], QLocale.FormatType.ShortFormat))
        within = found.alignment.comments
        text += "\n" + self.tr("Within the filter: %Ln comment(s)", "", within)
        if within < self.minimum():
            text += " · " + self.tr(
                "too few to show their words (the survey's minimum is %Ln)", "", self.minimum()
            )
        self.summary.setText(text)

    def _read_word(self, where: tuple[str, str], key: str, term: str) -> None:
        """The comments behind a word: of the list's group, within the filter."""
        lens = self.lens
        self._chosen = (where, key, term)
        self.alignment.offer_word(term)
        if lens is None:
            return
        kind, name = where
        chosen, versus = self.current_filter(), self.apart.versus()
        if kind == "apart":
            apart = self.apart.chosen()[0]
            groups = {"staff": ("staff", "customers"), "scores": ("promoters", "detractors")}.get(
                apart, ("channel", "rest")
            )
        else:
            groups = (name,)
        column = lens.usage.column_of.get(key)
        forms = lens.usage.forms[column] if column is not None else None

        def search(work: WorkControl):  # type: ignore[no-untyped-def]
            masks = lens.masks(chosen, versus)
            within = masks[groups[0]]
            for group in groups[1:]:
                within = within | masks[group]
            return lens.texts_using(key, within, control=work)

        self.in_context.show_search(term, search, forms)

    def findings(self) -> str:
        """What the projector shows of the page: the score and, for each value, how
        many comments speak to it and from which side."""
        found, locale = self.comparison, QLocale()
        if found is None:
            if self._has_feedback is False:
                return self.tr("No customer feedback yet.")
            return ""
        lines = []
        if found.satisfaction is not None:
            overall = found.satisfaction.overall
            label = "NPS" if found.satisfaction.scale.value == "nps" else "CSAT"
            lines.append(f"{label} {figure_text(overall, locale)}")
        lines.append(self.tr("%Ln customer comment(s)", "", found.alignment.comments))
        for value in found.alignment.values:
            line = self.tr("%1: %Ln comment(s)", "", value.comments).replace("%1", value.name)
            if value.scored:
                line += " · " + self.tr("%1 promoters, %2 detractors").replace(
                    "%1", locale.toString(value.promoters)
                ).replace("%2", locale.toString(value.detractors))
            lines.append(line)
        return "\n".join(lines)

    def open_presentation(self) -> None:
        super().open_presentation()
        if self.presentation is not None:
            self.presentation.show_findings(self.findings())

    # --- editing ---------------------------------------------------------------------

    def open_import(self, path: Path) -> ImportFeedbackDialog:
        """The import dialog for ``path``, open (returned for tests)."""
        return self.files.open_import(path)

    def _on_feedback_added(self) -> None:
        self._stale = True
        self.reload()

    def _on_word_added(self, card_id: int, term: str) -> None:
        from philosophy_studio.domain.analysis_commands import AddValueEvidence

        self.session.execute(AddValueEvidence(card_id, term))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.import_button.setText(self.tr("&Import customer feedback…"))
        self.progress.setAccessibleName(self.tr("Counting the customers' words"))
        self.context_box.setTitle(self.tr("The comments behind a word"))
        self.satisfaction.retranslate_ui()
        self.words.retranslate_ui()
        self.apart.retranslate_ui()
        self.alignment.retranslate_ui()
        self._say_summary()
        if self.presentation is not None:
            self.presentation.show_findings(self.findings())
