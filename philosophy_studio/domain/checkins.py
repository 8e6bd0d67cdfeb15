"""Check-ins after the workshop: when the team looks again at whether it lives its
values. The method asks for metrics the team can watch and leaders who show the values
again and again; a check-in a month, a quarter and half a year on is when that is seen."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A workshop's plan, not a diary: a check-in a month for four years at the most.
MAX_CHECKINS = 48
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)

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


def checkin_days(days: Iterable[dt.date]) -> tuple[dt.date, ...]:
    """The days as they are stored: one check-in a day, in calendar order. ValueError
    for more than MAX_CHECKINS or a day outside this century."""
    ordered = tuple(sorted(set(days)))
    if len(ordered) > MAX_CHECKINS:
        raise ValueError(f"at most {MAX_CHECKINS} check-ins, not {len(ordered)}")
    for day in ordered:
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValueError(f"{day.isoformat()} is not a day of this century")
    return ordered


def workshop_plan(planned: Iterable[dt.date], workshop_day: dt.date) -> tuple[PlannedCheckIn, ...]:
    """The check-ins the team planned, or the method's plan while it planned none."""
    days = tuple(planned)
    return plan_from_days(days) if days else default_plan(workshop_day)


def meeting_of(day: dt.date, meetings: Sequence[dt.date]) -> int:
    """The index in ``meetings`` (days in calendar order: the workshop, then the
    check-ins) of the meeting a reading taken on ``day`` belongs to: the nearest one,
    so a figure taken a few days before or after a check-in counts for it; halfway
    between two, the later. Before the first meeting, the first."""
    later = bisect.bisect_left(meetings, day)
    if later == 0:
        return 0
    if later == len(meetings):
        return len(meetings) - 1
    before, after = meetings[later - 1], meetings[later]
    return later - 1 if (day - before) < (after - day) else later
