"""Step 5: Amelia Friedman's five questions for every chosen value, with metrics and
do's and don'ts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import (
    AddBehaviour,
    AddMetric,
    DeleteBehaviour,
    DeleteMetric,
    SetGuidelineAnswer,
    UpdateBehaviour,
    UpdateMetric,
)
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import (
    Behaviour,
    BehaviourKind,
    GuidelineQuestion,
    Metric,
    ValueCard,
    Workshop,
)
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.models.seen_records import SeenRecords
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

# Context of the texts marked below; they are translated through _tr.
_CONTEXT = "GuidelinesPage"

# (question, hint, example answer) in the order the method asks them.
QUESTIONS = {
    GuidelineQuestion.MEANING: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What does this value mean for our team?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Say it in everyday words a new colleague would use on day one."),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Honesty means we tell customers what we know, what we don't know yet, "
            "and when they will hear more.",
        ),
    ),
    GuidelineQuestion.EFFECT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What happens when we apply it?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Describe a real conversation that goes differently because of it."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "A customer whose delivery is late hears it from us first, with a new date, "
            "instead of finding out.",
        ),
    ),
    GuidelineQuestion.MISREADINGS: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How could it be misinterpreted?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Name the wrong ways of following it, so nobody has to guess."),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Honesty is not bluntness: we never blame a colleague or share another customer's details.",
        ),
    ),
    GuidelineQuestion.MEASUREMENT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How do we measure staff adherence?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Pick a few transparent measures below; speed must not outrank the principle."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Monthly quality reviews of ten conversations per person, looking for clear status updates.",
        ),
    ),
    GuidelineQuestion.CUSTOMER_IMPACT: (
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "How will it affect our customers' experience and our relationship with them?"
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Think of trust, repeat visits and what customers tell their friends."
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage",
            "Customers stop chasing us for updates, and forgive delays more easily because they trust us.",
        ),
    ),
}

# Suggested metrics; the second item marks the speed metrics the method warns about.
METRIC_CATALOGUE = (
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Customer satisfaction (CSAT)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Net Promoter Score (NPS)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "First-contact resolution"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Customer effort score (CES)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Quality review score"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "First response time"), True),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Average handle time"), True),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Time to resolution"), True),
)
# Words that give a hand-written metric away as a speed metric, in both languages.
_SPEED_WORDS = ("time", "speed", "fast", "quick", "minute", "hour", "süre", "hız", "dakika", "saat", "zaman")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def is_speed_metric(name: str) -> bool:
    lowered = name.replace("I", "ı").replace("İ", "i").lower()
    catalogue_speed = {_tr(entry).lower() for entry, speed in METRIC_CATALOGUE if speed}
    return lowered in catalogue_speed or any(word in lowered for word in _SPEED_WORDS)


class QuestionBox(QFrame):
    """One of the five questions: hint, answer editor and an example to show or hide."""

    def __init__(self, question: GuidelineQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.title = QLabel()
        scale_font(self.title, SUBHEADING, bold=True)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.editor = WorkshopTextEdit()
        # Room for three or four lines; a long answer scrolls inside its box.
        self.editor.setMinimumHeight(72)
        self.editor.setMaximumHeight(130)
        self.title.setBuddy(self.editor)
        self.show_example = QCheckBox()
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setFrameShape(QFrame.Shape.StyledPanel)
        self.example.setMargin(6)
        self.example.hide()
        self.show_example.toggled.connect(self.example.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        layout.addWidget(self.show_example)
        layout.addWidget(self.example)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, hint, example = QUESTIONS[self.question]
        number = list(QUESTIONS).index(self.question) + 1
        self.title.setText(f"{number}. {_tr(title)}")
        self.hint.setText(_tr(hint))
        self.example.setText(self.tr("Example: ") + _tr(example))
        self.show_example.setText(self.tr("Show an example answer"))
        self.editor.setAccessibleName(_tr(title))
        self.show_example.setAccessibleName(self.tr("Show an example answer") + f" ({number})")


class GuidelinesPage(StepPage):
    step = Step.GUIDELINES

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._card_id: int | None = None
        self._cards: list[ValueCard] = []
        self._filling = False
        # What this page last saw stored of each metric and behaviour it edits in place.
        self._seen_metrics: SeenRecords[Metric] = SeenRecords(session)
        self._seen_behaviours: SeenRecords[str] = SeenRecords(session)
        self.conflict: ConflictDialog | None = None

        self.values = QListWidget()
        self.values.setObjectName("guidelineValues")
        scale_font(self.values, SUBHEADING)
        self.values.setSpacing(4)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.value_name = QLabel()
        scale_font(self.value_name, SUBHEADING, bold=True)
        self.value_name.setWordWrap(True)
        self.value_line = QLabel()
        self.value_line.setWordWrap(True)
        self.removed_note = QLabel()
        self.removed_note.setWordWrap(True)
        self.delete_answers = QPushButton()
        self.questions = {q: QuestionBox(q) for q in GuidelineQuestion}

        self.metrics_group = QGroupBox()
        self.metrics = QTableWidget(0, 4)
        self.metrics.setObjectName("metricsTable")
        # One Tab stop, arrows between cells (as the sharing plan), so Tab moves on.
        self.metrics.setTabKeyNavigation(False)
        self.metrics.verticalHeader().hide()
        self.metrics.horizontalHeader().setStretchLastSection(True)
        self.metrics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_metric = QPushButton()
        self.metric_menu = QMenu(self)
        self.add_metric.setMenu(self.metric_menu)
        self.remove_metric = QPushButton()
        self.speed_warning = QLabel()
        self.speed_warning.setWordWrap(True)
        self.speed_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.speed_warning.setMargin(8)
        metric_buttons = QHBoxLayout()
        metric_buttons.addWidget(self.add_metric)
        metric_buttons.addWidget(self.remove_metric)
        metric_buttons.addStretch(1)
        metrics_layout = QVBoxLayout(self.metrics_group)
        metrics_layout.addWidget(self.metrics)
        metrics_layout.addLayout(metric_buttons)
        metrics_layout.addWidget(self.speed_warning)

        self.behaviour_lists: dict[BehaviourKind, QListWidget] = {}
        self.behaviour_groups: dict[BehaviourKind, QGroupBox] = {}
        self.behaviour_add: dict[BehaviourKind, QPushButton] = {}
        self.behaviour_remove: dict[BehaviourKind, QPushButton] = {}
        behaviours_row = QHBoxLayout()
        for kind in BehaviourKind:
            group = QGroupBox()
            listing = QListWidget()
            listing.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            add, remove = QPushButton(), QPushButton()
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            group_layout = QVBoxLayout(group)
            group_layout.addWidget(listing)
            group_layout.addLayout(buttons)
            behaviours_row.addWidget(group)
            listing.itemChanged.connect(lambda item, kind=kind: self._on_behaviour_edited(kind, item))
            add.clicked.connect(lambda _checked=False, kind=kind: self._add_behaviour(kind))
            remove.clicked.connect(lambda _checked=False, kind=kind: self._remove_behaviour(kind))
            self.behaviour_lists[kind], self.behaviour_groups[kind] = listing, group
            self.behaviour_add[kind], self.behaviour_remove[kind] = add, remove

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.value_name)
        form_layout.addWidget(self.value_line)
        form_layout.addWidget(self.removed_note)
        form_layout.addWidget(self.delete_answers, 0, Qt.AlignmentFlag.AlignLeft)
        for box in self.questions.values():
            form_layout.addWidget(box)
        form_layout.addWidget(self.metrics_group)
        form_layout.addLayout(behaviours_row)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.values, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.values.currentRowChanged.connect(self._on_value_selected)
        for box in self.questions.values():
            box.editor.edited.connect(
                lambda text, previous, question=box.question: self._on_answer_edited(question, text, previous)
            )
        self.metrics.cellChanged.connect(self._on_metric_edited)
        self.remove_metric.clicked.connect(self._remove_metric)
        self.delete_answers.clicked.connect(self._delete_removed_answers)
        session.conflicted.connect(self._on_conflict)
        self.retranslate_ui()

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.VALUES, Aspect.GUIDELINES):
            return
        self._seen_metrics.refreshed()
        self._seen_behaviours.refreshed()
        chosen = list(workshop.chosen_values)
        # A value dropped from the selection keeps its answers, greyed, until deleted.
        dropped = [c for c in workshop.value_cards if c.selected_rank is None and c.guidelines]
        self._cards = chosen + dropped
        self._filling = True
        current = self._card_id
        self.values.clear()
        for card in self._cards:
            item = QListWidgetItem(f"{card.name}   {card.answered_questions}/{len(GuidelineQuestion)}")
            if card.selected_rank is None:
                item.setForeground(
                    self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                )
                item.setToolTip(self.tr("No longer among the chosen values"))
            self.values.addItem(item)
        self._filling = False
        ids = [card.id for card in self._cards]
        self.empty.setVisible(not chosen)
        self.form_scroll.setVisible(bool(self._cards))
        if ids:
            self.values.setCurrentRow(ids.index(current) if current in ids else 0)
            self._show_card(self._cards[self.values.currentRow()])

    def select_value(self, card_id: int) -> None:
        """Shows the questions of ``card_id`` (as when it is picked in the navigator)."""
        ids = [card.id for card in self._cards]
        if card_id in ids:
            self.values.setCurrentRow(ids.index(card_id))

    def _on_value_selected(self, row: int) -> None:
        if self._filling or row < 0 or row >= len(self._cards):
            return
        self.commit_pending()
        self._show_card(self._cards[row])

    def _show_card(self, card: ValueCard) -> None:
        switching = card.id != self._card_id
        self._card_id = card.id
        self.value_name.setText(card.name)
        self.value_line.setText(card.description)
        dropped = card.selected_rank is None
        self.removed_note.setVisible(dropped)
        self.delete_answers.setVisible(dropped)
        for question, box in self.questions.items():
            if switching:
                box.editor.replace_with_stored(card.guidelines.get(question, ""))
            else:
                box.editor.show_stored(card.guidelines.get(question, ""))
        self._show_metrics(card)
        self._show_behaviours(card)

    def _show_metrics(self, card: ValueCard) -> None:
        self._filling = True
        self.metrics.setRowCount(len(card.metrics))
        for row, metric in enumerate(card.metrics):
            for column, value in enumerate((metric.name, metric.method, metric.target, metric.frequency)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, metric.id)
                self.metrics.setItem(row, column, item)
        self.metrics.resizeColumnToContents(0)
        self._filling = False
        speed = [m.name for m in card.metrics if is_speed_metric(m.name)]
        self.speed_warning.setVisible(bool(speed))
        if speed:
            self.speed_warning.setText(
                self.tr(
                    "%1 measures speed. Keep it, but do not let it outrank the value itself: a fast "
                    "answer that breaks the principle is not good service. Pair it with a quality "
                    "measure and review both together."
                ).replace("%1", ", ".join(speed))
            )

    def _show_behaviours(self, card: ValueCard) -> None:
        self._filling = True
        for kind, listing in self.behaviour_lists.items():
            listing.clear()
            for behaviour in card.behaviours:
                if behaviour.kind is kind:
                    item = QListWidgetItem(behaviour.text)
                    item.setData(Qt.ItemDataRole.UserRole, behaviour.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    listing.addItem(item)
        self._filling = False

    def _card(self) -> ValueCard | None:
        return next((card for card in self._cards if card.id == self._card_id), None)

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        for box in self.questions.values():
            box.editor.commit()

    def _on_answer_edited(self, question: GuidelineQuestion, text: str, previous: str) -> None:
        if self._card_id is not None:
            self.session.execute(SetGuidelineAnswer(self._card_id, question, text, expected=previous))

    def _add_metric(self, name: str) -> None:
        card = self._card()
        if card is not None:
            self.session.execute(AddMetric(card.id, Metric(id=0, name=name), len(card.metrics)))

    def _on_metric_edited(self, row: int, _column: int) -> None:
        card = self._card()
        if self._filling or card is None or row >= len(card.metrics):
            return
        values = [
            self.metrics.item(row, column).text() if self.metrics.item(row, column) else ""
            for column in range(4)
        ]
        metric = card.metrics[row]
        if not values[0].strip():
            self._show_metrics(card)  # a metric needs a name; put the old one back
            return
        self._update_metric(Metric(metric.id, *values), self._seen_metrics.expected(metric.id, metric))

    def _update_metric(self, metric: Metric, expected: Metric) -> None:
        # What this page saw stored: a change someone else made since is not
        # overwritten silently (a shared team database).
        self._seen_metrics.sent(metric.id, metric)
        self.session.execute(UpdateMetric(metric, expected=expected))

    def _remove_metric(self) -> None:
        card = self._card()
        row = self.metrics.currentRow()
        if card is not None and 0 <= row < len(card.metrics):
            self.session.execute(DeleteMetric(card.metrics[row].id))

    def _add_behaviour(self, kind: BehaviourKind) -> None:
        card = self._card()
        if card is None:
            return
        text = self.tr("New behaviour: double-click to edit")
        self.session.execute(
            AddBehaviour(card.id, Behaviour(id=0, kind=kind, text=text), len(card.behaviours))
        )

    def _on_behaviour_edited(self, kind: BehaviourKind, item: QListWidgetItem) -> None:
        if self._filling:
            return
        behaviour_id = item.data(Qt.ItemDataRole.UserRole)
        card = self._card()
        shown = next((b.text for b in card.behaviours if b.id == behaviour_id), "") if card else ""
        if item.text().strip():
            self._update_behaviour(
                behaviour_id, item.text(), self._seen_behaviours.expected(behaviour_id, shown)
            )
        else:
            self.session.execute(DeleteBehaviour(behaviour_id))

    def _update_behaviour(self, behaviour_id: int, text: str, expected: str) -> None:
        self._seen_behaviours.sent(behaviour_id, text)
        self.session.execute(UpdateBehaviour(behaviour_id, text, expected=expected))

    def _remove_behaviour(self, kind: BehaviourKind) -> None:
        item = self.behaviour_lists[kind].currentItem()
        if item is not None:
            self.session.execute(DeleteBehaviour(item.data(Qt.ItemDataRole.UserRole)))

    def _delete_removed_answers(self) -> None:
        card = self._card()
        if card is None or card.selected_rank is not None:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete the answers of %1").replace("%1", card.name))
        for question, text in card.guidelines.items():
            self.session.execute(SetGuidelineAnswer(card.id, question, "", expected=text))
        stack.endMacro()

    # --- someone else's change ---------------------------------------------------------

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator stored something else meanwhile: show both versions and
        let the user keep one. Nothing was stored by the refused edit."""
        command = error.command
        if isinstance(command, SetGuidelineAnswer):
            self._answer_conflict(command, str(error.theirs))
        elif isinstance(command, UpdateMetric) and isinstance(error.theirs, Metric):
            theirs, mine = error.theirs, command.metric
            self._seen_metrics.sent(theirs.id, theirs)
            self._offer_choice(
                self._metric_text(theirs),
                self._metric_text(mine),
                lambda: self._update_metric(mine, expected=theirs),
            )
        elif isinstance(command, UpdateBehaviour):
            behaviour_id, theirs_text, mine_text = command.behaviour_id, str(error.theirs), command.text
            self._seen_behaviours.sent(behaviour_id, theirs_text)
            self._offer_choice(
                theirs_text, mine_text, lambda: self._update_behaviour(behaviour_id, mine_text, theirs_text)
            )

    def _answer_conflict(self, command: SetGuidelineAnswer, theirs: str) -> None:
        editor = self.questions[command.question].editor
        showing = command.card_id == self._card_id
        # Typing may have gone on after the refused edit: then the screen holds mine.
        mine = editor.toPlainText() if showing and editor.has_unsaved_typing else command.text
        if showing:
            editor.hold_typing()
            editor.forget_stored(theirs)

        def take_theirs() -> None:
            if command.card_id == self._card_id:
                editor.replace_with_stored(theirs)

        self._offer_choice(
            theirs,
            mine,
            lambda: self.session.execute(
                SetGuidelineAnswer(command.card_id, command.question, mine, expected=theirs)
            ),
            take_theirs,
        )

    def _offer_choice(
        self,
        theirs: str,
        mine: str,
        keep_mine: Callable[[], None],
        take_theirs: Callable[[], None] | None = None,
    ) -> None:
        def took_theirs() -> None:
            if take_theirs is not None:
                take_theirs()
            # Their version is stored already; reading it again shows it everywhere.
            self.session.call(lambda _service: (None, Changes.of(Aspect.GUIDELINES)))

        self.conflict = offer_choice(self, theirs, mine, keep_mine, took_theirs)

    def _metric_text(self, metric: Metric) -> str:
        labels = (self.tr("Metric"), self.tr("How it is measured"), self.tr("Target"), self.tr("How often"))
        values = (metric.name, metric.method, metric.target, metric.frequency)
        return "\n".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.values.setAccessibleName(self.tr("Chosen values"))
        self.empty.setText(
            self.tr("Choose up to five values in the Values step first; their questions appear here.")
        )
        self.removed_note.setText(
            self.tr(
                "This value is no longer among the chosen ones. Its answers are kept until you delete them."
            )
        )
        self.delete_answers.setText(self.tr("&Delete these answers"))
        for box in self.questions.values():
            box.retranslate_ui()
        self.metrics_group.setTitle(self.tr("Metrics for question 4"))
        self.metrics.setHorizontalHeaderLabels(
            [self.tr("Metric"), self.tr("How it is measured"), self.tr("Target"), self.tr("How often")]
        )
        self.metrics.setAccessibleName(self.tr("Metrics"))
        self.add_metric.setText(self.tr("&Add a metric"))
        self.remove_metric.setText(self.tr("&Remove metric"))
        self.metric_menu.clear()
        for name, speed in METRIC_CATALOGUE:
            action = QAction(_tr(name) + (self.tr(" (speed)") if speed else ""), self.metric_menu)
            action.triggered.connect(lambda _checked=False, name=name: self._add_metric(_tr(name)))
            self.metric_menu.addAction(action)
        self.metric_menu.addSeparator()
        own = self.metric_menu.addAction(self.tr("A metric of our own"))
        own.triggered.connect(lambda: self._add_metric(self.tr("New metric")))
        titles = {BehaviourKind.DO: self.tr("Do"), BehaviourKind.DONT: self.tr("Don't")}
        for kind in BehaviourKind:
            self.behaviour_groups[kind].setTitle(titles[kind])
            self.behaviour_lists[kind].setAccessibleName(titles[kind])
            self.behaviour_add[kind].setText(self.tr("Add"))
            self.behaviour_add[kind].setAccessibleName(
                self.tr("Add a behaviour: %1").replace("%1", titles[kind])
            )
            self.behaviour_remove[kind].setText(self.tr("Remove"))
            self.behaviour_remove[kind].setAccessibleName(
                self.tr("Remove the selected behaviour: %1").replace("%1", titles[kind])
            )
        card = self._card()
        if card is not None:
            self._show_metrics(card)
