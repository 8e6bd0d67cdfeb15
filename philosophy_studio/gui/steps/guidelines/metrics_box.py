"""The metrics of a value's fourth question, edited in a table, with the method's
warning about speed metrics."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.content.guidelines import METRIC_CATALOGUE
from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import AddMetric, DeleteMetric, UpdateMetric
from philosophy_studio.domain.metric_targets import mentions_speed
from philosophy_studio.domain.model import Language, Metric, ValueCard
from philosophy_studio.domain.rules.guidelines import has_metric_name
from philosophy_studio.domain.text import fold
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.i18n import CATALOGUE_PREFIX
from philosophy_studio.gui.models.seen_records import SeenRecords
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.widgets.record_table import record_table
from philosophy_studio.resources import locales_dir

# Words that give a hand-written metric away as a speed metric, in both languages.
_COLUMNS = 4  # name, method, target, frequency


def _tr(text: str) -> str:
    # The context content/guidelines.py marks its texts with.
    return QCoreApplication.translate("GuidelinesPage", text)


@cache
def _catalogue(language: Language) -> QTranslator:
    translator = QTranslator()
    translator.load(f"{CATALOGUE_PREFIX}{language.value}", str(locales_dir()))
    return translator


def in_workshop_language(name: str, language: Language) -> str:
    """A catalogue metric's name in the workshop's language, which the charter speaks
    whatever the interface's language (English is the catalogue's own)."""
    if language is Language.ENGLISH:
        return name
    return _catalogue(language).translate("GuidelinesPage", name) or name


def is_speed_metric(name: str) -> bool:
    folded = fold(name)
    catalogue_speed = {fold(_tr(entry)) for entry, speed in METRIC_CATALOGUE if speed}
    return folded in catalogue_speed or mentions_speed(name)


class MetricsBox(QGroupBox):
    """Edits the metrics of the card it shows in place; a cell edited meanwhile by
    someone else offers the choice between the two versions."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._card: ValueCard | None = None
        # The workshop's language, in which a metric from the list is stored.
        self.language = Language.ENGLISH
        self._filling = False
        # A row added for a metric of the team's own, stored once it has a name and
        # dropped when left without one (a stand-in name would be printed).
        self._draft = False
        self._draft_sent = False
        self._draft_command: AddMetric | None = None
        # This card's new metrics whose storing failed: shown between the stored ones
        # and the draft, and edited in place until Retry stores them.
        self._unsaved_adds: list[AddMetric] = []
        # What this box last saw stored of each metric it edits in place.
        self._seen: SeenRecords[Metric] = SeenRecords(session)
        self.conflict: ConflictDialog | None = None

        # How it is measured is the long text: it takes the room, the target and the
        # frequency get what a few words need.
        self.table = record_table(_COLUMNS, "metricsTable", stretch=1, widths=((2, 120), (3, 110)))
        self.add = QPushButton()
        self.menu = QMenu(self)
        self.add.setMenu(self.menu)
        self.remove = QPushButton()
        self.speed_warning = QLabel()
        self.speed_warning.setWordWrap(True)
        self.speed_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.speed_warning.setMargin(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.speed_warning)

        self.table.cellChanged.connect(self._on_edited)
        self.table.itemDelegate().closeEditor.connect(self._drop_unnamed_draft)
        self.remove.clicked.connect(self._remove)
        session.on_conflict((UpdateMetric,), self._on_conflict)
        session.unsaved_changed.connect(self._on_unsaved_changed)
        self.retranslate_ui()

    def refreshed(self) -> None:
        """A new snapshot of the workshop arrived."""
        self._seen.refreshed()

    def show_card(self, card: ValueCard) -> None:
        switching = self._card is None or card.id != self._card.id
        if self._draft_sent and not switching and len(card.metrics) > len(self._card.metrics):
            self._draft = self._draft_sent = False
            self._draft_command = None
        draft = None if switching or not self._draft else self._row_values(self.table.rowCount() - 1)
        self._draft = draft is not None
        self._card = card
        self._unsaved_adds = [c for c in self.session.unsaved(AddMetric) if c.card_id == card.id]
        # Edits that failed to store stay on screen until Retry stores them.
        unsaved = {command.metric.id: command.metric for command in self.session.unsaved(UpdateMetric)}
        self._filling = True
        moved = self._draft_row != self.table.rowCount() - self._draft
        self.table.setRowCount(self._draft_row + self._draft)
        # Where it was, the row being typed keeps its items and so its editor.
        if draft is not None and moved:
            for column, value in enumerate(draft):
                self.table.setItem(self._draft_row, column, QTableWidgetItem(value))
        shown = [unsaved.get(stored.id, stored) for stored in card.metrics]
        for row, metric in enumerate([*shown, *(command.metric for command in self._unsaved_adds)]):
            for column, value in enumerate((metric.name, metric.method, metric.target, metric.frequency)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, metric.id)
                self.table.setItem(row, column, item)
        if switching:
            # Not on every edit: a name growing as it is typed would push the other
            # columns from under the pointer.
            self.table.resizeColumnToContents(0)
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

    @property
    def _draft_row(self) -> int:
        return (len(self._card.metrics) if self._card else 0) + len(self._unsaved_adds)

    def _on_unsaved_changed(self) -> None:
        """An edit failed to store. If it was the draft's, the draft becomes one of the
        unsaved new metrics (Retry stores it) and a metric of our own can be added again."""
        card = self._card
        if card is None:
            return
        waiting = [c for c in self.session.unsaved(AddMetric) if c.card_id == card.id]
        if self._draft_sent and self._draft_command in waiting:
            self._draft = self._draft_sent = False
            self._draft_command = None
        elif waiting == self._unsaved_adds:
            return
        self.show_card(card)

    # --- editing ----------------------------------------------------------------------

    def _add(self, name: str) -> None:
        card = self._card
        if card is not None:
            self.session.execute(AddMetric(card.id, Metric(id=0, name=name), self._draft_row))

    def _add_own(self) -> None:
        """An empty row to name a metric in; see _draft."""
        card = self._card
        if card is None or self._draft_sent:
            return
        row = self._draft_row
        self._draft = True
        self._filling = True
        self.table.setRowCount(row + 1)
        for column in range(_COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(""))
        self._filling = False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _drop_unnamed_draft(self) -> None:
        card = self._card
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if card is None or not self._draft or self._draft_sent or editing:
            return
        if not has_metric_name(self._row_values(self._draft_row)[0]):
            self._draft = False
            self.table.setRowCount(self._draft_row)

    def _row_values(self, row: int) -> list[str]:
        return [
            self.table.item(row, column).text() if self.table.item(row, column) else ""
            for column in range(_COLUMNS)
        ]

    def _on_edited(self, row: int, _column: int) -> None:
        card = self._card
        if self._filling or card is None:
            return
        values = self._row_values(row)
        if row == self._draft_row and self._draft:
            if has_metric_name(values[0]) and not self._draft_sent:
                self._draft_sent = True
                # At the end: new metrics whose storing failed are stored before it on Retry.
                self._draft_command = AddMetric(card.id, Metric(0, *values), self._draft_row)
                self.session.execute(self._draft_command)
            return
        if row >= self._draft_row:
            return
        if row >= len(card.metrics):
            waiting = self._unsaved_adds[row - len(card.metrics)]
            if has_metric_name(values[0]):
                instead = AddMetric(card.id, Metric(0, *values), waiting.position)
                self.session.replace_unsaved(waiting, instead)
                self._unsaved_adds[row - len(card.metrics)] = instead
            else:
                self.show_card(card)  # a metric needs a name; put the old one back
            return
        metric = card.metrics[row]
        if not has_metric_name(values[0]):
            self.show_card(card)  # a metric needs a name; put the old one back
            return
        self._update(Metric(metric.id, *values), self._seen.expected(metric.id, metric))

    def _update(self, metric: Metric, expected: Metric) -> None:
        # What this box saw stored: a change someone else made since is not
        # overwritten silently (a shared team database).
        self._seen.sent(metric.id, metric)
        self.session.execute(UpdateMetric(metric, expected=expected))

    def _remove(self) -> None:
        card = self._card
        row = self.table.currentRow()
        if card is not None and len(card.metrics) <= row < self._draft_row:
            self.session.replace_unsaved(self._unsaved_adds[row - len(card.metrics)], None)
            self.show_card(card)
        elif card is not None and 0 <= row < len(card.metrics):
            self.session.execute(DeleteMetric(card.metrics[row].id))

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, UpdateMetric) or not isinstance(error.theirs, Metric):
            return
        theirs, mine = error.theirs, command.metric
        self._seen.sent(theirs.id, theirs)
        self.conflict = offer_choice(
            self,
            self._metric_text(theirs),
            self._metric_text(mine),
            session=self.session,
            reread=Aspect.GUIDELINES,
            keep_mine=lambda: self._update(mine, expected=theirs),
        )

    def _column_titles(self) -> list[str]:
        return [self.tr("Metric"), self.tr("How it is measured"), self.tr("Target"), self.tr("How often")]

    def _metric_text(self, metric: Metric) -> str:
        values = (metric.name, metric.method, metric.target, metric.frequency)
        return "\n".join(
            f"{label}: {value}" for label, value in zip(self._column_titles(), values, strict=True)
        )

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Metrics for question 4"))
        self.table.setHorizontalHeaderLabels(self._column_titles())
        self.table.setAccessibleName(self.tr("Metrics"))
        self.add.setText(self.tr("&Add a metric"))
        self.remove.setText(self.tr("&Remove metric"))
        self.menu.clear()
        for name, speed in METRIC_CATALOGUE:
            action = QAction(_tr(name) + (self.tr(" (speed)") if speed else ""), self.menu)
            action.triggered.connect(
                lambda _checked=False, name=name: self._add(in_workshop_language(name, self.language))
            )
            self.menu.addAction(action)
        self.menu.addSeparator()
        own = self.menu.addAction(self.tr("A metric of our own"))
        own.triggered.connect(self._add_own)
        if self._card is not None:
            self.show_card(self._card)
