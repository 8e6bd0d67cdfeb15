"""Customers' feedback as the workshop holds it: comments with an optional score, day
and channel, and the two score scales teams send out.

A score is NPS (0–10: would you recommend us?) or CSAT (1–5: how satisfied were you?).
Only the day a comment was written is kept, never the time: a day is enough for the
monthly figures, and a minute could tell who wrote it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class ScoreScale(StrEnum):
    NPS = "nps"
    CSAT = "csat"

    @property
    def lowest(self) -> int:
        return 0 if self is ScoreScale.NPS else 1

    @property
    def highest(self) -> int:
        return 10 if self is ScoreScale.NPS else 5


class NpsGroup(StrEnum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


def nps_group(score: int) -> NpsGroup:
    """Promoters score 9–10, passives 7–8, detractors 0–6 (Reichheld's definition)."""
    if score >= 9:
        return NpsGroup.PROMOTER
    if score >= 7:
        return NpsGroup.PASSIVE
    return NpsGroup.DETRACTOR


def csat_satisfied(score: int) -> bool:
    """A CSAT answer counts as satisfied at 4 or 5 of 5, the usual top-two-box rule."""
    return score >= 4


def score_group(score: int, scale: ScoreScale) -> NpsGroup:
    """Where a score stands on either scale: NPS by its own groups; CSAT 4–5 with the
    promoters, 1–2 with the detractors and 3 in between, so that both scales answer
    "what do the unhappy ones say?" alike."""
    if scale is ScoreScale.NPS:
        return nps_group(score)
    if csat_satisfied(score):
        return NpsGroup.PROMOTER
    return NpsGroup.PASSIVE if score == 3 else NpsGroup.DETRACTOR


class FeedbackRow(NamedTuple):
    text: str
    score: int | None
    date: dt.date | None
    channel: str | None


@dataclass(frozen=True)
class FeedbackTable:
    """Imported feedback, column by column: a tuple of a million small ints, shared
    dates and shared channel names costs a pointer a row, where a row object would cost
    a hundred bytes. ``texts`` are already scrubbed of personal data; a row may have a
    score and no comment (NPS tools let people skip the question), its text is then
    empty."""

    name: str
    texts: tuple[str, ...]
    scores: tuple[int | None, ...]
    dates: tuple[dt.date | None, ...]
    channels: tuple[str | None, ...]
    scale: ScoreScale | None
    # Rows with neither a comment nor a score, not imported.
    skipped_empty: int = 0
    # Headings of the columns left out because they identify people.
    left_out: tuple[str, ...] = ()
    # Kind of personal data (see domain/personal_data.py) -> how many were replaced.
    scrubbed: Mapping[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: int) -> FeedbackRow:
        return FeedbackRow(self.texts[index], self.scores[index], self.dates[index], self.channels[index])

    def __iter__(self) -> Iterator[FeedbackRow]:
        return map(FeedbackRow, self.texts, self.scores, self.dates, self.channels)

    @property
    def comments(self) -> int:
        """Rows with a comment (the others only carry a score)."""
        return sum(1 for text in self.texts if text)
