"""Check-ins after the workshop, as the command line and the app plan them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from philosophy_studio.domain.checkins import PlannedCheckIn, default_plan, plan_from_days
from philosophy_studio.export.calendar import checkins_calendar
from philosophy_studio.fileio import write_export


def export_checkin_calendar(
    location: str | Path,
    output: Path,
    *,
    workshop_id: int | None = None,
    days: Sequence[dt.date] = (),
    today: dt.date | None = None,
) -> tuple[PlannedCheckIn, ...]:
    """Write the check-ins on ``days`` (by default the method's plan, counted from the
    workshop's day, or from ``today`` when it has none) as a calendar file."""
    from philosophy_studio.services.workshop_service import WorkshopService

    service = WorkshopService.open(location, workshop_id=workshop_id)
    try:
        workshop = service.load()
    finally:
        service.close()
    info = workshop.info
    plan = plan_from_days(days) if days else default_plan(info.date or today or dt.date.today())
    data = checkins_calendar(
        plan,
        team_name=info.team_name,
        language=info.language,
        # The same workshop gives the same event ids, wherever its file is moved.
        calendar_key=f"{workshop.id}/{info.team_name}/{info.date}",
        stamp=dt.datetime.now(dt.UTC),
    )
    write_export(output, data)
    return plan
