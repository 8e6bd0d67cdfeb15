"""A metric's readings over the check-ins: where it stands against its target and which
way it moved since the reading before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from philosophy_studio.domain.metric_targets import Direction, Target


@dataclass(frozen=True)
class MetricTrend:
    readings: tuple[tuple[dt.date, float], ...]  # by day
    target: Target | None

    @property
    def latest(self) -> float | None:
        return self.readings[-1][1] if self.readings else None

    @property
    def change(self) -> float | None:
        """The latest reading minus the one before; None with fewer than two."""
        if len(self.readings) < 2:
            return None
        return self.readings[-1][1] - self.readings[-2][1]

    @property
    def on_target(self) -> bool | None:
        """Whether the latest reading meets the target; None without either."""
        if self.target is None or self.latest is None:
            return None
        return self.target.met_by(self.latest)

    @property
    def improved(self) -> bool | None:
        """Whether the last move went the target's way; None when it did not move, or
        without a target to say which way is better."""
        change = self.change
        if self.target is None or change is None or change == 0:
            return None
        return change > 0 if self.target.direction is Direction.AT_LEAST else change < 0


def metric_trend(readings: Iterable[tuple[dt.date, float]], target: Target | None) -> MetricTrend:
    return MetricTrend(tuple(sorted(readings)), target)
