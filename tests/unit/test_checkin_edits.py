"""The check-in plan kept with the workshop, on a file and on a team database: set,
changed and undone exactly, carried by the interchange JSON, refused when absurd."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.checkin_commands import SetCheckInDays, SetMetricReadings
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.guideline_commands import DeleteMetric
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import Language, MetricReading
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

DAYS = (dt.date(2027, 1, 6), dt.date(2027, 3, 7), dt.date(2027, 6, 5))


@pytest.fixture
def service(workshop_location: str):  # type: ignore[no-untyped-def]
    # The demo carries a plan, readings and a pulse; these tests start without them.
    demo = dataclasses.replace(
        demo_workshop(Language.TURKISH), checkin_days=(), metric_readings=(), pulse_responses=()
    )
    created = WorkshopService.create(workshop_location, demo)
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
    workshop = dataclasses.replace(demo_workshop(Language.ENGLISH), checkin_days=())
    document = to_document(workshop, "test")
    assert "checkin_days" not in document  # files without a plan stay as they were
    planned = from_document({**document, "checkin_days": ["2027-06-05", "2027-01-06", "2027-03-07"]})
    assert planned.checkin_days == DAYS
    assert to_document(planned, "test")["checkin_days"] == [day.isoformat() for day in DAYS]
    for bad in (["6.1.2027"], [7], ["2027-01-06"] * 1 + ["1890-01-01"]):
        with pytest.raises(InterchangeFormatError):
            from_document({**document, "checkin_days": bad})


def _metrics(service):  # type: ignore[no-untyped-def]
    return [metric for card in service.load().value_cards for metric in card.metrics]


def test_readings_are_stored_replaced_and_removed_exactly(service) -> None:  # type: ignore[no-untyped-def]
    first, second = _metrics(service)[:2]
    january, march = dt.date(2027, 1, 6), dt.date(2027, 3, 7)
    assert_exact_undo(service, SetMetricReadings((MetricReading(first.id, january, 78.0),)))
    # A reading of the same day replaces the stored one; undo brings the old value back.
    assert_exact_undo(
        service,
        SetMetricReadings((MetricReading(first.id, january, 81.5), MetricReading(second.id, march, 4.4))),
    )
    assert service.load().metric_readings == (
        MetricReading(first.id, january, 81.5),
        MetricReading(second.id, march, 4.4),
    )
    assert_exact_undo(service, SetMetricReadings((), removed=((first.id, january),)))


def test_a_deleted_metric_takes_its_readings_and_undo_brings_them_back(service) -> None:  # type: ignore[no-untyped-def]
    metric = _metrics(service)[0]
    service.execute(SetMetricReadings((MetricReading(metric.id, dt.date(2027, 1, 6), 78.0),)))
    deleted = service.execute(DeleteMetric(metric.id))
    assert service.load().metric_readings == ()
    service.execute(deleted.inverse)
    assert service.load().metric_readings == (MetricReading(metric.id, dt.date(2027, 1, 6), 78.0),)


@pytest.mark.parametrize(
    "readings",
    [
        (MetricReading(10**9, dt.date(2027, 1, 6), 1.0),),
        (MetricReading(0, dt.date(2027, 1, 6), float("nan")),),
        (MetricReading(0, dt.date(2027, 1, 6), 1.0), MetricReading(0, dt.date(2027, 1, 6), 2.0)),
    ],
)
def test_readings_of_no_metric_or_no_number_are_refused(service, readings) -> None:  # type: ignore[no-untyped-def]
    metric_id = _metrics(service)[0].id
    fixed = tuple(
        MetricReading(metric_id if r.metric_id == 0 else r.metric_id, r.day, r.value) for r in readings
    )
    with pytest.raises((ValueError, NotAWorkshopError)):
        service.execute(SetMetricReadings(fixed))
    assert service.load().metric_readings == ()


def test_readings_travel_with_their_metrics_in_the_interchange_json(service, tmp_path) -> None:  # type: ignore[no-untyped-def]
    metrics = _metrics(service)
    january = dt.date(2027, 1, 6)
    service.execute(
        SetMetricReadings(
            (MetricReading(metrics[0].id, january, 78.0), MetricReading(metrics[-1].id, january, 4.5))
        )
    )
    document = to_document(service.load(), "test")
    # Into a new workshop, where the metrics get ids of their own.
    copy = WorkshopService.create(str(tmp_path / "copy.pstudio"), from_document(document))
    try:
        assert to_document(copy.load(), "test") == document
        assert {r.value for r in copy.load().metric_readings} == {78.0, 4.5}
    finally:
        copy.close()
    bad = json.loads(json.dumps(document))
    card = next(card for card in bad["value_cards"] if card["metrics"])
    for readings in ([{"day": "2027-01-06", "value": "yüksek"}], [{"day": "2027-01-06", "value": 1}] * 2):
        card["metrics"][0]["readings"] = readings
        with pytest.raises(InterchangeFormatError):
            from_document(bad)


def test_every_check_in_edit_changes_the_fingerprint_others_poll(service) -> None:  # type: ignore[no-untyped-def]
    """On a team database another facilitator's app notices edits by this fingerprint:
    a day moved, a reading added, a reading replaced by another value."""
    from philosophy_studio.domain.checkin_commands import MoveCheckIn

    metric = service.load().chosen_values[0].metrics[0].id
    seen = {service.fingerprint()}
    for command in (
        SetCheckInDays(DAYS),
        SetCheckInDays((DAYS[0], dt.date(2027, 3, 14), DAYS[2])),
        MoveCheckIn(DAYS[2], dt.date(2027, 6, 12)),
        SetMetricReadings((MetricReading(metric, DAYS[0], 4.5),)),
        SetMetricReadings((MetricReading(metric, DAYS[0], 4.6),)),
        SetMetricReadings((MetricReading(metric, DAYS[0], 1e300),)),
    ):
        service.execute(command)
        fingerprint = service.fingerprint()
        assert fingerprint not in seen, command
        seen.add(fingerprint)


def test_a_commitment_review_is_set_changed_and_undone_exactly(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    started = CommitmentReview(DAYS[0], card, CommitmentStatus.IN_PROGRESS, "Huddles began in week 2")
    assert_exact_undo(service, SetCommitmentReview(DAYS[0], card, started))
    assert service.load().commitment_reviews == (started,)
    done = CommitmentReview(DAYS[0], card, CommitmentStatus.DONE, "  Every Monday since \x07October  ")
    assert_exact_undo(service, SetCommitmentReview(DAYS[0], card, done))
    # Control characters go, as from any text field; the spaces typed stay.
    assert service.load().commitment_reviews[0].note == "  Every Monday since October  "
    assert_exact_undo(service, SetCommitmentReview(DAYS[0], card, None))
    assert service.load().commitment_reviews == ()


def test_a_review_is_only_of_a_planned_check_in_and_a_card_of_the_workshop(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    for day, card_id in ((dt.date(2027, 2, 2), card), (DAYS[0], 99_999)):
        review = CommitmentReview(day, card_id, CommitmentStatus.DONE)
        with pytest.raises(NotAWorkshopError):
            service.execute(SetCommitmentReview(day, card_id, review))
    assert service.load().commitment_reviews == ()


def test_a_moved_check_in_keeps_its_reviews_and_a_removed_one_gets_them_back_on_undo(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import MoveCheckIn, SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[1].id
    service.execute(
        SetCommitmentReview(DAYS[1], card, CommitmentReview(DAYS[1], card, CommitmentStatus.DONE, "Ok"))
    )
    later = dt.date(2027, 3, 21)
    assert_exact_undo(service, MoveCheckIn(DAYS[1], later))
    moved = service.load()
    assert moved.checkin_days == (DAYS[0], later, DAYS[2])
    assert moved.commitment_reviews == (CommitmentReview(later, card, CommitmentStatus.DONE, "Ok"),)
    with pytest.raises(ValueError):
        service.execute(MoveCheckIn(later, DAYS[0]))  # a day planned already
    # Removing the check-in hides its review; undoing the removal shows it again.
    outcome = service.execute(SetCheckInDays((DAYS[0], DAYS[2])))
    assert service.load().commitment_reviews == ()
    service.execute(outcome.inverse)
    assert service.load().commitment_reviews == moved.commitment_reviews
    # A check-in moved onto the day of that hidden review does not inherit it.
    service.execute(SetCheckInDays((DAYS[0], DAYS[2])))
    service.execute(MoveCheckIn(DAYS[2], later))
    assert service.load().commitment_reviews == ()


def test_reviews_travel_in_the_interchange_json(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[2].id
    review = CommitmentReview(DAYS[2], card, CommitmentStatus.NOT_STARTED, "Rota first")
    service.execute(SetCommitmentReview(DAYS[2], card, review))
    document = to_document(service.load(), "test")
    reviewed = [c for c in document["value_cards"] if "commitment_reviews" in c]
    assert [c["commitment_reviews"] for c in reviewed] == [
        [{"day": "2027-06-05", "status": "not_started", "note": "Rota first"}]
    ]
    back = from_document(json.loads(json.dumps(document)))
    assert [(r.day, r.status, r.note) for r in back.commitment_reviews] == [
        (DAYS[2], CommitmentStatus.NOT_STARTED, "Rota first")
    ]
    broken = json.loads(json.dumps(document))
    broken_card = next(c for c in broken["value_cards"] if "commitment_reviews" in c)
    broken_card["commitment_reviews"][0]["status"] = "half done"
    with pytest.raises(InterchangeFormatError):
        from_document(broken)


def test_check_in_edits_refuse_to_overwrite_what_another_facilitator_stored_unseen(
    service, workshop_location
) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import MoveCheckIn, SetCommitmentReview
    from philosophy_studio.domain.errors import EditConflictError
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    other = WorkshopService.open(workshop_location, workshop_id=service.workshop_id)
    try:
        # They add a check-in; this user, still seeing the old plan, removes one.
        added = dt.date(2027, 9, 1)
        other.execute(SetCheckInDays((*DAYS, added), expected=DAYS))
        with pytest.raises(EditConflictError) as refused:
            service.execute(SetCheckInDays(DAYS[:2], expected=DAYS))
        assert (refused.value.theirs, refused.value.mine) == ((*DAYS, added), DAYS[:2])
        # They removed the check-in this user moves: a choice, not "not in the workshop".
        other.execute(SetCheckInDays((DAYS[0], DAYS[2], added), expected=(*DAYS, added)))
        later = dt.date(2027, 3, 21)
        with pytest.raises(EditConflictError) as refused:
            service.execute(MoveCheckIn(DAYS[1], later, expected=(*DAYS, added)))
        assert refused.value.mine == (DAYS[0], later, DAYS[2], added)
        assert service.load().checkin_days == (DAYS[0], DAYS[2], added)

        theirs = CommitmentReview(DAYS[0], card, CommitmentStatus.DONE, "Weekly huddles")
        other.execute(SetCommitmentReview(DAYS[0], card, theirs, expected=None))
        mine = CommitmentReview(DAYS[0], card, CommitmentStatus.NOT_STARTED, "")
        with pytest.raises(EditConflictError) as refused:
            service.execute(SetCommitmentReview(DAYS[0], card, mine, expected=None))
        assert (refused.value.theirs, refused.value.mine) == (theirs, mine)
        assert service.load().commitment_reviews == (theirs,)
        # Seen, it is overwritten; the undo expects what this edit stored.
        outcome = service.execute(SetCommitmentReview(DAYS[0], card, mine, expected=theirs))
        assert service.load().commitment_reviews == (mine,)
        service.execute(outcome.inverse)
        assert service.load().commitment_reviews == (theirs,)
    finally:
        other.close()


def test_an_expected_note_matches_the_stored_one_however_it_was_cleaned(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.checkin_commands import SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    typed = CommitmentReview(DAYS[0], card, CommitmentStatus.DONE, "Bell\x07 rung")
    service.execute(SetCommitmentReview(DAYS[0], card, typed, expected=None))
    # The editor still holds the note as typed, control character and all.
    again = CommitmentReview(DAYS[0], card, CommitmentStatus.IN_PROGRESS, "Bell rung")
    service.execute(SetCommitmentReview(DAYS[0], card, again, expected=typed))
    assert service.load().commitment_reviews == (again,)


def test_a_moved_check_in_takes_its_staff_pulse_along_and_undo_brings_it_back(service) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.changes import Aspect
    from philosophy_studio.domain.checkin_commands import MoveCheckIn
    from philosophy_studio.domain.model import PulseRating
    from philosophy_studio.services.pulse import submit_pulse

    service.execute(SetCheckInDays(DAYS))
    card = service.load().chosen_values[0].id
    for lived in (4, 5):
        submit_pulse(service, DAYS[1], [PulseRating(card, lived, 3, "")])
    later = dt.date(2027, 3, 21)
    outcome = service.execute(MoveCheckIn(DAYS[1], later))
    # The pulse is read with the answers: the move says so, or the app shows the old day.
    assert outcome.changes.touches(Aspect.ANSWERS)
    assert {response.day for response in service.load().pulse_responses} == {later}
    service.execute(outcome.inverse)
    assert {response.day for response in service.load().pulse_responses} == {DAYS[1]}
    # A check-in without a pulse moves without reading the answers again.
    assert not service.execute(MoveCheckIn(DAYS[0], dt.date(2027, 1, 9))).changes.touches(Aspect.ANSWERS)
    # Moved onto the day of a removed check-in's pulse, a check-in does not inherit it.
    service.execute(SetCheckInDays((dt.date(2027, 1, 9), DAYS[2])))
    service.execute(MoveCheckIn(DAYS[2], DAYS[1]))
    assert service.load().pulse_responses == ()
