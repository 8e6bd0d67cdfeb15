"""The check-ins after the workshop (undoable edits)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.checkin_commands import SetCheckInDays
from philosophy_studio.domain.checkins import checkin_days
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import CheckInRow
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


HANDLERS: HandlerTable = {SetCheckInDays: set_checkin_days}
