"""The check-in plan kept with the workshop, on a file and on a team database: set,
changed and undone exactly, carried by the interchange JSON, refused when absurd."""

from __future__ import annotations

import datetime as dt

import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.checkin_commands import SetCheckInDays
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import Language
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

DAYS = (dt.date(2027, 1, 6), dt.date(2027, 3, 7), dt.date(2027, 6, 5))


@pytest.fixture
def service(workshop_location: str):  # type: ignore[no-untyped-def]
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


def test_a_plan_is_kept_in_calendar_order_and_undone_exactly(service) -> None:  # type: ignore[no-untyped-def]
    assert service.load().checkin_days == ()
    assert_exact_undo(service, SetCheckInDays((DAYS[2], DAYS[0], DAYS[1], DAYS[0])))
    assert service.load().checkin_days == DAYS
    # A day moved: the others keep theirs, undo brings the old day back.
    moved = (DAYS[0], dt.date(2027, 3, 14), DAYS[2])
    assert_exact_undo(service, SetCheckInDays(moved))
    assert service.load().checkin_days == moved
    assert_exact_undo(service, SetCheckInDays(()))
    assert service.load().checkin_days == ()


@pytest.mark.parametrize(
    "days", [tuple(dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(49)), (dt.date(1999, 12, 31),)]
)
def test_an_absurd_plan_is_refused_and_nothing_stored(service, days) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        service.execute(SetCheckInDays(days))
    assert service.load().checkin_days == ()


def test_the_plan_travels_in_the_interchange_json() -> None:
    workshop = demo_workshop(Language.ENGLISH)
    document = to_document(workshop, "test")
    assert "checkin_days" not in document  # files without a plan stay as they were
    planned = from_document({**document, "checkin_days": ["2027-06-05", "2027-01-06", "2027-03-07"]})
    assert planned.checkin_days == DAYS
    assert to_document(planned, "test")["checkin_days"] == [day.isoformat() for day in DAYS]
    for bad in (["6.1.2027"], [7], ["2027-01-06"] * 1 + ["1890-01-01"]):
        with pytest.raises(InterchangeFormatError):
            from_document({**document, "checkin_days": bad})
