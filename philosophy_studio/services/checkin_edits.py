"""The check-ins after the workshop (undoable edits)."""

from __future__ import annotations

import math

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.checkin_commands import SetCheckInDays, SetMetricReadings
from philosophy_studio.domain.checkins import checkin_days
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import MetricReading
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import CheckInRow, MetricReadingRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome


def set_checkin_days(context: EditContext, command: SetCheckInDays) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    days = checkin_days(command.days)
    inverse = SetCheckInDays(tuple(c.day for c in row.checkins))
    # Days that stay keep their rows; a row's day is never rewritten, so the unique
    # (workshop, day) pair holds at every flush.
    for checkin in [c for c in row.checkins if c.day not in days]:
        row.checkins.remove(checkin)
    context.session.flush()
    kept = {c.day for c in row.checkins}
    row.checkins.extend(CheckInRow(day=day) for day in days if day not in kept)
    return Outcome(inverse, Changes.of(Aspect.CHECKINS))


def set_metric_readings(context: EditContext, command: SetMetricReadings) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    metric_ids = {metric.id for card in row.value_cards for metric in card.metrics}
    given = {(r.metric_id, r.day): r.value for r in command.readings}
    if len(given) != len(command.readings):
        raise ValueError("two readings of one metric on one day")
    for metric_id, _day in (*given, *command.removed):
        if metric_id not in metric_ids:
            raise NotAWorkshopError(path=f"metric {metric_id}")
    if not all(math.isfinite(value) for value in given.values()):
        raise ValueError("a reading is a finite number")
    stored = {(r.metric_id, r.day): r for r in row.metric_readings}
    touched = set(given) | set(command.removed)
    inverse = SetMetricReadings(
        tuple(sorted(MetricReading(*key, stored[key].value) for key in touched if key in stored)),
        tuple(sorted(key for key in touched if key not in stored)),
    )
    for key in set(command.removed) - set(given):
        if key in stored:
            row.metric_readings.remove(stored[key])
    for key, value in given.items():
        if key in stored:
            stored[key].value = value
        else:
            row.metric_readings.append(MetricReadingRow(metric_id=key[0], day=key[1], value=value))
    return Outcome(inverse, Changes.of(Aspect.CHECKINS))


HANDLERS: HandlerTable = {SetCheckInDays: set_checkin_days, SetMetricReadings: set_metric_readings}
