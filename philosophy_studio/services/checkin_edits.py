"""The check-ins after the workshop (undoable edits)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.checkin_commands import (
    MoveCheckIn,
    SetCheckInDays,
    SetCommitmentReview,
    SetMetricReadings,
)
from philosophy_studio.domain.checkins import checkin_days
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus, MetricReading
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.text import clean_text
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import CheckInRow, CommitmentReviewRow, MetricReadingRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome


def _plan(days: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    return tuple(sorted(days))


def _moved(days: tuple[dt.date, ...], day: dt.date, to: dt.date) -> tuple[dt.date, ...]:
    return _plan(tuple(to if d == day else d for d in days))


def _cleaned_review(review: CommitmentReview | None) -> CommitmentReview | None:
    return None if review is None else dataclasses.replace(review, note=clean_text(review.note))


def set_checkin_days(context: EditContext, command: SetCheckInDays) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    days = checkin_days(command.days)
    stored = _plan(tuple(c.day for c in row.checkins))
    check_expected(command, stored, days, clean=_plan)
    inverse = SetCheckInDays(stored, expected=days)
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


def move_checkin(context: EditContext, command: MoveCheckIn) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    planned = {c.day: c for c in row.checkins}
    stored = _plan(tuple(planned))
    # What this user meant the plan to be, shown beside theirs when the plan changed.
    seen = command.expected if isinstance(command.expected, tuple) else stored
    check_expected(command, stored, _moved(seen, command.day, command.to), clean=_plan)
    if command.day not in planned:
        raise NotAWorkshopError(path=f"check-in {command.day.isoformat()}")
    if command.to in planned:
        raise ValueError(f"there is a check-in on {command.to.isoformat()} already")
    checkin_days((*planned, command.to))  # the day is one a plan may hold
    # Reviews, a pulse and a round of the survey left at the new day by a check-in
    # removed earlier are not this one's.
    for review in [r for r in row.commitment_reviews if r.day == command.to]:
        row.commitment_reviews.remove(review)
    dropped = repository.delete_checkin_results(context.session, row.id, command.to)
    context.session.flush()
    # Stored anew rather than its day rewritten, so the fingerprint that other
    # facilitators' apps poll (the check-ins' newest id) sees the move.
    row.checkins.remove(planned[command.day])
    context.session.flush()
    row.checkins.append(CheckInRow(day=command.to))
    for review in row.commitment_reviews:
        if review.day == command.day:
            review.day = command.to
    # So do its pulse, the answers of the survey asked again there and the round being
    # asked.
    moved = repository.move_checkin_results(context.session, row.id, command.day, command.to)
    if row.survey_round == command.day:
        row.survey_round = command.to
        moved += 1
    # The pulse and the rounds are read with the survey's answers: only then are they
    # read again.
    changes = Changes.of(Aspect.CHECKINS, Aspect.ANSWERS) if moved or dropped else Changes.of(Aspect.CHECKINS)
    inverse = MoveCheckIn(command.to, command.day, expected=_moved(stored, command.day, command.to))
    return Outcome(inverse, changes)


def set_commitment_review(context: EditContext, command: SetCommitmentReview) -> Outcome:
    row = repository.workshop_row(context.session, context.workshop_id)
    if command.card_id not in {card.id for card in row.value_cards}:
        raise NotAWorkshopError(path=f"card {command.card_id}")
    if command.day not in {c.day for c in row.checkins}:
        raise NotAWorkshopError(path=f"check-in {command.day.isoformat()}")
    stored = next(
        (r for r in row.commitment_reviews if (r.day, r.card_id) == (command.day, command.card_id)), None
    )
    previous = (
        CommitmentReview(stored.day, stored.card_id, CommitmentStatus(stored.status), stored.note)
        if stored is not None
        else None
    )
    check_expected(command, previous, command.review, clean=_cleaned_review)
    # Stored anew rather than changed in place, so the fingerprint that other
    # facilitators' apps poll sees every change as a new row.
    if stored is not None:
        row.commitment_reviews.remove(stored)
        context.session.flush()
    review = _cleaned_review(command.review)
    if review is not None:
        row.commitment_reviews.append(
            CommitmentReviewRow(
                day=command.day,
                card_id=command.card_id,
                status=CommitmentStatus(review.status).value,
                note=review.note,
            )
        )
    inverse = SetCommitmentReview(command.day, command.card_id, previous, expected=review)
    return Outcome(inverse, Changes.of(Aspect.CHECKINS))


HANDLERS: HandlerTable = {
    SetCheckInDays: set_checkin_days,
    SetMetricReadings: set_metric_readings,
    MoveCheckIn: move_checkin,
    SetCommitmentReview: set_commitment_review,
}
