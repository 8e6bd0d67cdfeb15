"""Edits of the check-ins after the workshop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import CommitmentReview, MetricReading


@dataclass(frozen=True)
class SetCheckInDays(Command):
    """The days of the planned check-ins, all of them (see checkins.checkin_days)."""

    days: tuple[dt.date, ...]
    label = QT_TRANSLATE_NOOP("Commands", "Plan the check-ins")


@dataclass(frozen=True)
class SetMetricReadings(Command):
    """Stores ``readings`` (replacing a metric's reading of the same day) and removes
    the readings of ``removed`` (metric id, day)."""

    readings: tuple[MetricReading, ...]
    removed: tuple[tuple[int, dt.date], ...] = ()
    label = QT_TRANSLATE_NOOP("Commands", "Store metric readings")


@dataclass(frozen=True)
class MoveCheckIn(Command):
    """The check-in of ``day`` is held on ``to`` instead, with its commitment reviews."""

    day: dt.date
    to: dt.date
    label = QT_TRANSLATE_NOOP("Commands", "Move a check-in")


@dataclass(frozen=True)
class SetCommitmentReview(Command):
    """Where the commitment of card ``card_id`` stands at the check-in of ``day``:
    ``review`` in place of what was stored, or, with None, no review."""

    day: dt.date
    card_id: int
    review: CommitmentReview | None
    label = QT_TRANSLATE_NOOP("Commands", "Review a commitment")

    def merge_key(self) -> tuple[object, ...]:
        # A note typed in bursts is one edit.
        return ("commitment-review", self.day, self.card_id)
