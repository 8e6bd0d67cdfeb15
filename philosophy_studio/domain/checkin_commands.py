"""Edits of the check-ins after the workshop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MetricReading


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
