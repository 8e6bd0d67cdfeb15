"""Check-ins after the workshop: when the team looks again at whether it lives its
values. The method asks for metrics the team can watch and leaders who show the values
again and again; a check-in a month, a quarter and half a year on is when that is seen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

# A month on, the first habits show; a quarter on, the metrics have readings; half a
# year on, the charter can be revised with what was learnt.
DEFAULT_DAYS_AFTER: tuple[int, ...] = (30, 90, 180)


@dataclass(frozen=True, order=True)
class PlannedCheckIn:
    """A check-in on the calendar: its number (1 for the first) and its day."""

    number: int
    day: dt.date


def default_plan(workshop_day: dt.date) -> tuple[PlannedCheckIn, ...]:
    """The check-ins the method suggests, counted from the workshop's day."""
    return plan_from_days(workshop_day + dt.timedelta(days=days) for days in DEFAULT_DAYS_AFTER)


def plan_from_days(days: Iterable[dt.date]) -> tuple[PlannedCheckIn, ...]:
    """Numbered in calendar order, one per day: two check-ins on the same day are one."""
    ordered = sorted(set(days))
    return tuple(PlannedCheckIn(number, day) for number, day in enumerate(ordered, start=1))
