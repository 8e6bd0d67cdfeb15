"""Readings of the workshop's metrics from a spreadsheet, for the check-ins: all of them or
none, every refusal naming the rows to correct.

Two layouts are read, as teams keep them: one row per day with a column per metric
(Date | First-contact resolution | CSAT), or one row per reading (Date | Metric | Value).
Headings and metric names are compared as the staff survey compares headings: case by
Turkish rules, without padding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from philosophy_studio.domain.errors import WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.metric_targets import parse_number
from philosophy_studio.domain.model import Metric, MetricReading
from philosophy_studio.importing.columns import heading_key
from philosophy_studio.importing.feedback import parse_date
from philosophy_studio.importing.reader import AnswerTable, read_file

DATE_HEADINGS = frozenset({"date", "day", "week", "month", "period", "tarih", "gün", "hafta", "ay", "dönem"})
METRIC_HEADINGS = frozenset({"metric", "measure", "kpi", "indicator", "metrik", "ölçüt", "ölçüm", "gösterge"})
VALUE_HEADINGS = frozenset({"value", "reading", "result", "değer", "sonuç", "ölçüm sonucu"})
# A refusal lists this many bad cells; the user corrects them and sees the next ones.
_LISTED_PROBLEMS = 5


class MetricReadingsError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} could not be read as metric readings. Nothing was imported."
    )


class NoDateColumnError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has no column of dates: give one the heading Date (or Tarih). Nothing was imported.",
    )


class NoMetricColumnsError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No column of {name} is named after a metric of this workshop ({known}), and it has no "
        "Metric and Value columns. Nothing was imported.",
    )


class UnknownMetricsError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has readings of metrics this workshop does not have: {unknown}. Its metrics are: "
        "{known}. Nothing was imported.",
    )


class BadDatesError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "In {name}, rows {rows} have no date that can be read; write dates as 2027-01-31 or "
        "31.01.2027. Nothing was imported.",
    )


class BadValuesError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In {name}, these readings are not numbers (rows {rows}): {values}. Nothing was imported."
    )


class TwoReadingsError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In {name}, {metric} has two readings for {day} (rows {rows}). Nothing was imported."
    )


class SharedMetricNameError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "More than one value has a metric named {metric}, so {name} does not say whose readings "
        "these are. Rename one of them in the Guidelines step. Nothing was imported.",
    )


class NoReadingsError(MetricReadingsError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} holds no readings. Nothing was imported.")


def read_readings(
    path: Path,
    metrics: Sequence[Metric],
    *,
    turkish: bool,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> tuple[MetricReading, ...]:
    """The readings in the file at ``path`` of the workshop's ``metrics``, by metric and
    day. Raises a MetricReadingsError (or the survey import's AnswersFileError for a
    file that cannot be read as a table at all)."""
    return readings_from_table(
        read_file(path, encoding=encoding, delimiter=delimiter), metrics, turkish=turkish
    )


def readings_from_table(
    table: AnswerTable, metrics: Sequence[Metric], *, turkish: bool
) -> tuple[MetricReading, ...]:
    keys = [heading_key(heading) for heading in table.headers]
    by_name: dict[str, Metric] = {}
    shared: dict[str, str] = {}  # names that more than one metric has, by key
    for metric in metrics:
        key = heading_key(metric.name)
        if key and key in by_name:
            shared[key] = metric.name
        elif key:
            by_name[key] = metric
    known = ", ".join(metric.name for metric in metrics if metric.name.strip()) or "–"
    date_column = next((index for index, key in enumerate(keys) if key in DATE_HEADINGS), None)
    if date_column is None:
        raise NoDateColumnError(name=table.name)
    metric_column = next((index for index, key in enumerate(keys) if key in METRIC_HEADINGS), None)
    value_column = next((index for index, key in enumerate(keys) if key in VALUE_HEADINGS), None)
    days = table.column_values(date_column)
    cells: list[tuple[int, Metric, str]] = []  # (row, metric, value text)
    if metric_column is not None and value_column is not None:
        names, values = table.column_values(metric_column), table.column_values(value_column)
        written = [
            (row, name.strip(), value)
            for row, (name, value) in enumerate(zip(names, values, strict=True))
            if name.strip() or value.strip()
        ]
        _refuse_shared(table.name, {heading_key(name) for _row, name, _value in written}, shared)
        unknown = sorted({name or "“”" for _row, name, _value in written if heading_key(name) not in by_name})
        if unknown:
            raise UnknownMetricsError(name=table.name, unknown=", ".join(unknown), known=known)
        cells = [(row, by_name[heading_key(name)], value) for row, name, value in written]
    else:
        _refuse_shared(table.name, set(keys), shared)
        columns = {index: by_name[key] for index, key in enumerate(keys) if key in by_name}
        if not columns:
            raise NoMetricColumnsError(name=table.name, known=known)
        for index, metric in columns.items():
            for row, value in enumerate(table.column_values(index)):
                if value.strip():
                    cells.append((row, metric, value))
    readings = _parsed(table.name, cells, days, turkish=turkish)
    if not readings:
        raise NoReadingsError(name=table.name)
    return tuple(sorted(readings))


def _refuse_shared(name: str, used: set[str], shared: dict[str, str]) -> None:
    for key in sorted(used & shared.keys()):
        raise SharedMetricNameError(name=name, metric=shared[key])


def _rows(rows: Sequence[int]) -> str:
    # Row numbers as the spreadsheet shows them: the headings are row 1.
    return ", ".join(str(row + 2) for row in rows[:_LISTED_PROBLEMS]) + (
        " …" if len(rows) > _LISTED_PROBLEMS else ""
    )


def _parsed(
    name: str, cells: Sequence[tuple[int, Metric, str]], days: Sequence[str], *, turkish: bool
) -> list[MetricReading]:
    cells = sorted(cells, key=lambda cell: cell[0])
    parsed_days: dict[int, dt.date] = {}
    undated: list[int] = []
    for row in sorted({row for row, _metric, _value in cells}):
        try:
            day = parse_date(days[row])
        except ValueError:
            day = None
        if day is None:
            undated.append(row)
        else:
            parsed_days[row] = day
    if undated:
        raise BadDatesError(name=name, rows=_rows(undated))
    readings: list[MetricReading] = []
    not_numbers: list[tuple[int, str]] = []
    first_row: dict[tuple[int, dt.date], int] = {}
    for row, metric, value in cells:
        try:
            number = parse_number(value.replace("%", "").strip(), turkish=turkish)
        except ValueError:
            not_numbers.append((row, value.strip()))
            continue
        day = parsed_days[row]
        if (metric.id, day) in first_row:
            rows = [first_row[(metric.id, day)], row]
            raise TwoReadingsError(name=name, metric=metric.name, day=day.isoformat(), rows=_rows(rows))
        first_row[(metric.id, day)] = row
        readings.append(MetricReading(metric.id, day, number))
    if not_numbers:
        shown = ", ".join(f"“{value}”" for _row, value in not_numbers[:_LISTED_PROBLEMS])
        raise BadValuesError(name=name, rows=_rows([row for row, _value in not_numbers]), values=shown)
    return readings
