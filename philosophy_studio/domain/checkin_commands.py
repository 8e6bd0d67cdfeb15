"""Edits of the check-ins after the workshop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit, Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import CommitmentReview, MetricReading


@dataclass(frozen=True)
class SetCheckInDays(CheckedEdit):
    """The days of the planned check-ins, all of them (see checkins.checkin_days).
    ``expected`` is the plan the editor showed (empty while it showed the suggestion),
    so a check-in another facilitator added meanwhile is not removed unseen."""

    days: tuple[dt.date, ...]
    expected: tuple[dt.date, ...] = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Plan the check-ins")


@dataclass(frozen=True)
class SetMetricReadings(Command):
    """Stores ``readings`` (replacing a metric's reading of the same day) and removes
    the readings of ``removed`` (metric id, day)."""

    readings: tuple[MetricReading, ...]
    removed: tuple[tuple[int, dt.date], ...] = ()
    label = QT_TRANSLATE_NOOP("Commands", "Store metric readings")


@dataclass(frozen=True)
class MoveCheckIn(CheckedEdit):
    """The check-in of ``day`` is held on ``to`` instead, with its commitment reviews.
    ``expected`` is the plan the editor showed."""

    day: dt.date
    to: dt.date
    expected: tuple[dt.date, ...] = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Move a check-in")


@dataclass(frozen=True)
class SetCommitmentReview(CheckedEdit):
    """Where the commitment of card ``card_id`` stands at the check-in of ``day``:
    ``review`` in place of what was stored, or, with None, no review. ``expected`` is
    the review the editor last saw stored (None: none)."""

    day: dt.date
    card_id: int
    review: CommitmentReview | None
    expected: CommitmentReview | None = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Review a commitment")

    def merge_key(self) -> tuple[object, ...]:
        # A note typed in bursts is one edit.
        return ("commitment-review", self.day, self.card_id)
