"""The metrics of the chosen values against their targets: each metric's latest
reading, its move since the one before, a trend line, and readings typed in or
imported from a reporting tool's export."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.checkin_commands import SetMetricReadings
from philosophy_studio.domain.checkins import FIRST_DAY, LAST_DAY
from philosophy_studio.domain.metric_targets import mentions_speed, parse_number
from philosophy_studio.domain.model import Language, MetricReading, Workshop
from philosophy_studio.gui.dialogs.file_choice import start_folder
from philosophy_studio.gui.i18n import FollowsLanguage, describe_failure
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.plain_text import plain_tooltip
from philosophy_studio.gui.widgets.guidance_panel import current_language
from philosophy_studio.gui.widgets.status_line import StatusLine
from philosophy_studio.gui.widgets.trend_chart import TrendChart
from philosophy_studio.services.checkins import (
    MetricStatus,
    imported_readings,
    metric_statuses,
    readings_in_file,
)

_METRIC_ROLE = Qt.ItemDataRole.UserRole
_COLUMNS = 6  # value, metric, target, latest, change, standing


def with_waiting_readings(workshop: Workshop, waiting: list[SetMetricReadings]) -> Workshop:
    """``workshop`` as it will be once the readings waiting for Retry are stored."""
    readings = {(r.metric_id, r.day): r for r in workshop.metric_readings}
    for command in waiting:
        for key in command.removed:
            readings.pop(key, None)
        readings.update({(r.metric_id, r.day): r for r in command.readings})
    return dataclasses.replace(workshop, metric_readings=tuple(sorted(readings.values(), key=_by_day)))


def _by_day(reading: MetricReading) -> tuple[int, dt.date]:
    return reading.metric_id, reading.day


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    # Names typed by the team: whole in the tooltip when the column cuts them, and never
    # read as markup.
    item.setToolTip(plain_tooltip(text))
    return item


class ReadingsBox(FollowsLanguage, QGroupBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._workshop: Workshop | None = None
        self._statuses: tuple[MetricStatus, ...] = ()
        self._waiting: set[tuple[int, dt.date]] = set()
        self._filling = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.no_metrics = QLabel()
        self.no_metrics.setWordWrap(True)
        self.metrics = QTableWidget(0, _COLUMNS)
        self.metrics.setObjectName("metricStandings")
        self.metrics.verticalHeader().hide()
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metrics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metrics.setTabKeyNavigation(False)
        self.metrics.setWordWrap(True)
        header = self.metrics.horizontalHeader()
        for column in range(_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The team's own words take the room; figures and verdicts keep their width.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.metrics.setMinimumHeight(self.fontMetrics().height() * 9)

        self.chosen_metric = QLabel()
        # A value's and a metric's names as the team typed them, never taken for markup.
        self.chosen_metric.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_metric.setWordWrap(True)
        self.chosen_metric.setObjectName("chosenMetric")
        font = self.chosen_metric.font()
        font.setBold(True)
        self.chosen_metric.setFont(font)
        self.speed_warning = QLabel()
        self.speed_warning.setWordWrap(True)
        self.speed_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.speed_warning.setMargin(8)
        self.chart = TrendChart()
        self.readings = QTableWidget(0, 2)
        self.readings.setObjectName("metricReadings")
        self.readings.verticalHeader().hide()
        self.readings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readings.setTabKeyNavigation(False)
        self.readings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.readings.setMinimumHeight(self.fontMetrics().height() * 8)
        self.remove_reading = QPushButton()

        self.day_label = QLabel()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self.day_label.setBuddy(self.day)
        self.value_label = QLabel()
        self.value = QLineEdit()
        self.value.setMaxLength(40)
        self.value_label.setBuddy(self.value)
        self.add_reading = QPushButton()
        self.import_readings = QPushButton()
        self.status = StatusLine()
        self.status.setObjectName("readingsStatus")

        entry = QHBoxLayout()
        entry.addWidget(self.day_label)
        entry.addWidget(self.day)
        entry.addWidget(self.value_label)
        entry.addWidget(self.value, 1)
        entry.addWidget(self.add_reading)
        history = QVBoxLayout()
        history.addWidget(self.readings, 1)
        history.addWidget(self.remove_reading, 0, Qt.AlignmentFlag.AlignLeft)
        detail = QGridLayout()
        detail.addWidget(self.chart, 0, 0)
        detail.addLayout(history, 0, 1)
        detail.setColumnStretch(0, 3)
        detail.setColumnStretch(1, 2)
        imports = QHBoxLayout()
        imports.addStretch(1)
        imports.addWidget(self.import_readings)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.no_metrics)
        layout.addWidget(self.metrics)
        layout.addLayout(imports)
        layout.addWidget(self.chosen_metric)
        layout.addWidget(self.speed_warning)
        layout.addLayout(detail)
        layout.addLayout(entry)
        layout.addWidget(self.status)

        self.metrics.itemSelectionChanged.connect(self._show_chosen)
        self.readings.itemSelectionChanged.connect(self._update_buttons)
        self.add_reading.clicked.connect(self._on_add)
        self.value.returnPressed.connect(self._on_add)
        self.remove_reading.clicked.connect(self._on_remove)
        self.import_readings.clicked.connect(self._on_import)
        session.unsaved_changed.connect(self._show_current)
        self.retranslate_ui()

    def tab_stops(self) -> list[QWidget]:
        """The box's controls in reading order."""
        return [
            self.metrics,
            self.import_readings,
            self.readings,
            self.remove_reading,
            self.day,
            self.value,
            self.add_reading,
        ]

    # --- texts ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Metrics against their targets"))
        self.intro.setText(
            self.tr(
                "The metrics the Guidelines step chose for each value. Enter a reading at each "
                "check-in, or import them from your reporting tool's export, and see which way "
                "each one moves."
            )
        )
        self.no_metrics.setText(
            self.tr(
                "No metrics yet. Choose up to five values and give each a metric with a target "
                "in the Guidelines step; their readings are entered here."
            )
        )
        self.metrics.setHorizontalHeaderLabels(
            [
                self.tr("Value"),
                self.tr("Metric"),
                self.tr("Target"),
                self.tr("Latest"),
                self.tr("Change"),
                self.tr("Standing"),
            ]
        )
        self.metrics.setAccessibleName(self.tr("Metrics and where they stand"))
        self.readings.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Reading")])
        self.readings.setAccessibleName(self.tr("Readings of the chosen metric"))
        self.chart.setAccessibleName(self.tr("Trend of the chosen metric"))
        self.remove_reading.setText(self.tr("Remove reading"))
        self.day_label.setText(self.tr("&Day:"))
        self.value_label.setText(self.tr("Rea&ding:"))
        self.value.setPlaceholderText(self.tr("e.g. 74 or 4.5"))
        self.value.setAccessibleName(self.tr("Reading"))
        self.day.setAccessibleName(self.tr("Day of the reading"))
        self.add_reading.setText(self.tr("Add reading"))
        self.import_readings.setText(self.tr("&Import readings…"))
        self.import_readings.setToolTip(
            self.tr(
                "A CSV, Excel or text file with a date column and a column per metric, or one row "
                "per reading (date, metric, value)"
            )
        )
        self.speed_warning.setText(
            self.tr(
                "This metric measures speed. Read it beside a measure of quality: a fast answer "
                "that breaks the value is not progress."
            )
        )
        self._show_current()

    # --- showing --------------------------------------------------------------------

    def show_workshop(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._show_current()

    def _show_current(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        waiting = self.session.unsaved(SetMetricReadings)
        self._waiting = {(r.metric_id, r.day) for command in waiting for r in command.readings}
        self._statuses = metric_statuses(with_waiting_readings(workshop, waiting))
        chosen = self.chosen_metric_id()
        has_metrics = bool(self._statuses)
        self.no_metrics.setVisible(not has_metrics)
        for widget in (self.metrics, self.import_readings):
            widget.setEnabled(has_metrics)
        self._filling = True
        try:
            self.metrics.setRowCount(len(self._statuses))
            for row, status in enumerate(self._statuses):
                cells = (
                    status.value,
                    status.metric,
                    status.target or "–",
                    self._number(status.trend.latest),
                    self._change(status),
                    self._standing(status),
                )
                for column, text in enumerate(cells):
                    item = _cell(text)
                    item.setData(_METRIC_ROLE, status.metric_id)
                    self.metrics.setItem(row, column, item)
        finally:
            self._filling = False
        rows = [row for row, status in enumerate(self._statuses) if status.metric_id == chosen]
        if rows:
            self.metrics.selectRow(rows[0])
        elif self._statuses:
            self.metrics.selectRow(0)
        self._show_chosen()

    def chosen_metric_id(self) -> int | None:
        rows = self.metrics.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.metrics.item(rows[0].row(), 0)
        return item.data(_METRIC_ROLE) if item is not None else None

    def _chosen_status(self) -> MetricStatus | None:
        chosen = self.chosen_metric_id()
        return next((status for status in self._statuses if status.metric_id == chosen), None)

    def _show_chosen(self) -> None:
        if self._filling:
            return
        status = self._chosen_status()
        for widget in (self.chart, self.readings, self.day, self.value, self.add_reading, self.chosen_metric):
            widget.setVisible(status is not None)
        self.day_label.setVisible(status is not None)
        self.value_label.setVisible(status is not None)
        self.remove_reading.setVisible(status is not None)
        self.speed_warning.setVisible(status is not None and mentions_speed(status.metric))
        if status is None:
            self.readings.setRowCount(0)
            return
        self.chosen_metric.setText(f"{status.value} · {status.metric}")
        trend = status.trend
        target = trend.target
        self.chart.show_trend(
            trend.readings,
            target.value if target is not None else None,
            target_label=self.tr("Target: %1").replace("%1", status.target),
            empty_text=self.tr("No readings yet. Add the first one below, or import them."),
        )
        newest_first = list(reversed(trend.readings))
        self.readings.setRowCount(len(newest_first))
        locale = QLocale()
        for row, (day, value) in enumerate(newest_first):
            day_text = locale.toString(day, QLocale.FormatType.ShortFormat)
            if (status.metric_id, day) in self._waiting:
                day_text = self.tr("%1 (waiting for Retry)").replace("%1", day_text)
            day_item = _cell(day_text)
            day_item.setData(_METRIC_ROLE, day.toordinal())
            self.readings.setItem(row, 0, day_item)
            self.readings.setItem(row, 1, _cell(self._number(value)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_reading.setEnabled(bool(self.readings.selectionModel().selectedRows()))

    def _number(self, value: float | None) -> str:
        if value is None:
            return "–"
        return QLocale().toString(value, "g", 10)

    def _change(self, status: MetricStatus) -> str:
        change = status.trend.change
        if change is None:
            return "–"
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        sign = "+" if change > 0 else ""
        return f"{arrow} {sign}{self._number(change)}"

    def _standing(self, status: MetricStatus) -> str:
        trend = status.trend
        if trend.latest is None:
            return self.tr("No reading yet")
        if trend.target is None:
            return self.tr("No number in the target")
        verdict = self.tr("On target") if trend.on_target else self.tr("Not yet on target")
        if trend.improved is True:
            return self.tr("%1, improving").replace("%1", verdict)
        if trend.improved is False:
            return self.tr("%1, slipping").replace("%1", verdict)
        return verdict

    # --- editing --------------------------------------------------------------------

    def _on_add(self) -> None:
        status = self._chosen_status()
        if status is None:
            return
        typed = self.value.text().replace("%", "").strip()
        try:
            # Read as the person typing writes numbers: a decimal comma in Turkish.
            value = parse_number(typed, turkish=current_language() is Language.TURKISH)
        except ValueError:
            self.status.say(
                lambda: self.tr(
                    "“%1” is not a number. Type the reading as a number, e.g. 74 or 4.5."
                ).replace("%1", typed)
            )
            self.value.setFocus()
            return
        day = self.day.date().toPython()
        replaced = any(reading_day == day for reading_day, _value in status.trend.readings)
        self.session.execute(SetMetricReadings((MetricReading(status.metric_id, day, value),)))
        self.value.clear()
        if replaced:
            self.status.say(
                lambda: self.tr("The reading of %1 replaced the one stored for that day.").replace(
                    "%1", QLocale().toString(day, QLocale.FormatType.ShortFormat)
                )
            )
        else:
            self.status.say(None)

    def _on_remove(self) -> None:
        status = self._chosen_status()
        rows = self.readings.selectionModel().selectedRows()
        if status is None or not rows:
            return
        item = self.readings.item(rows[0].row(), 0)
        day = dt.date.fromordinal(item.data(_METRIC_ROLE))
        key = (status.metric_id, day)
        for command in self.session.unsaved(SetMetricReadings):
            kept = tuple(r for r in command.readings if (r.metric_id, r.day) != key)
            if kept != command.readings:
                self.session.replace_unsaved(
                    command, dataclasses.replace(command, readings=kept) if kept or command.removed else None
                )
        self.session.execute(SetMetricReadings((), removed=(key,)))
        self.status.say(None)

    def _on_import(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import metric readings"),
            str(start_folder(self.session)),
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.status.say(lambda: self.tr("Reading %1…").replace("%1", path.name))
        self.import_readings.setEnabled(False)
        self.session.runner.run_heavy(
            lambda _control: readings_in_file(workshop, path),
            lambda readings: self._on_read(workshop, path, readings),
            self._on_import_failed,
        )

    def _on_read(self, workshop: Workshop, path: Path, readings: tuple[MetricReading, ...]) -> None:
        self.import_readings.setEnabled(bool(self._statuses))
        summary = imported_readings(workshop, readings)
        self.session.execute(SetMetricReadings(readings))

        def message() -> str:
            text = self.tr("%Ln reading(s) from %1", "", summary.readings).replace("%1", path.name)
            text += " · " + self.tr("%Ln metric(s)", "", summary.metrics)
            if summary.replaced:
                text += " · " + self.tr("%Ln replaced a reading of the same day", "", summary.replaced)
            return text

        self.status.say(message)

    def _on_import_failed(self, error: BaseException) -> None:
        self.import_readings.setEnabled(bool(self._statuses))
        self.status.say(lambda: self.tr("Nothing was imported: %1").replace("%1", describe_failure(error)))
