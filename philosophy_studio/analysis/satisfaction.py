"""NPS and CSAT from customers' scores: overall, by channel and by month.

NPS is the share of promoters (9–10) minus the share of detractors (0–6), in points
from −100 to 100; CSAT the share of satisfied answers (4–5 of 5), in percent, with the
mean score beside it. Rows without a score do not count; a group without scores has
its counts at zero and no figure (None), never a 0 that would read as a result.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from philosophy_studio.domain.feedback import FeedbackTable, NpsGroup, ScoreScale, csat_satisfied, nps_group


@dataclass(frozen=True)
class NpsFigures:
    scored: int
    promoters: int
    passives: int
    detractors: int

    @property
    def nps(self) -> float | None:
        if not self.scored:
            return None
        return 100 * (self.promoters - self.detractors) / self.scored


@dataclass(frozen=True)
class CsatFigures:
    scored: int
    satisfied: int
    total: int  # the sum of the scores, for the mean

    @property
    def csat(self) -> float | None:
        return 100 * self.satisfied / self.scored if self.scored else None

    @property
    def mean(self) -> float | None:
        return self.total / self.scored if self.scored else None


def nps_figures(scores: Iterable[int | None]) -> NpsFigures:
    counts = dict.fromkeys(NpsGroup, 0)
    for score in scores:
        if score is not None:
            counts[nps_group(score)] += 1
    return NpsFigures(
        scored=sum(counts.values()),
        promoters=counts[NpsGroup.PROMOTER],
        passives=counts[NpsGroup.PASSIVE],
        detractors=counts[NpsGroup.DETRACTOR],
    )


def csat_figures(scores: Iterable[int | None]) -> CsatFigures:
    scored = satisfied = total = 0
    for score in scores:
        if score is not None:
            scored += 1
            satisfied += csat_satisfied(score)
            total += score
    return CsatFigures(scored, satisfied, total)


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass(frozen=True)
class Satisfaction:
    """The figures of one scale; channels and months in their natural order. Rows
    without a channel (or a day) count overall only."""

    scale: ScoreScale
    overall: NpsFigures | CsatFigures
    by_channel: dict[str, NpsFigures | CsatFigures] = field(default_factory=dict)
    by_month: dict[str, NpsFigures | CsatFigures] = field(default_factory=dict)


def satisfaction(
    scale: ScoreScale,
    scores: Sequence[int | None],
    channels: Sequence[str | None] | None = None,
    dates: Sequence[dt.date | None] | None = None,
) -> Satisfaction:
    """NPS or CSAT figures of the scores, each row's channel and day beside its score."""
    figures = nps_figures if scale is ScoreScale.NPS else csat_figures
    by_channel: dict[str, list[int]] = defaultdict(list)
    by_month: dict[str, list[int]] = defaultdict(list)
    months: dict[dt.date, str] = {}
    nothing = [None] * len(scores)
    channels = nothing if channels is None else channels
    dates = nothing if dates is None else dates
    for score, channel, day in zip(scores, channels, dates, strict=True):
        if score is None:
            continue
        if channel is not None:
            by_channel[channel].append(score)
        if day is not None:
            month = months.get(day) or months.setdefault(day, month_of(day))
            by_month[month].append(score)
    return Satisfaction(
        scale=scale,
        overall=figures(scores),
        by_channel={channel: figures(by_channel[channel]) for channel in sorted(by_channel)},
        by_month={month: figures(by_month[month]) for month in sorted(by_month)},
    )


def table_satisfaction(table: FeedbackTable) -> Satisfaction | None:
    """The figures of imported feedback; None when it has no scores."""
    if table.scale is None:
        return None
    return satisfaction(table.scale, table.scores, table.channels, table.dates)
