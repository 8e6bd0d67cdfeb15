"""Customers' feedback as the workshop holds it: comments with an optional score, day
and channel, and the two score scales teams send out.

A score is NPS (0–10: would you recommend us?) or CSAT (1–5: how satisfied were you?).
Only the day a comment was written is kept, never the time: a day is enough for the
monthly figures, and a minute could tell who wrote it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from philosophy_studio.domain.model import ImportRecord


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


@dataclass(frozen=True)
class Feedback:
    """A workshop's stored feedback, column by column as FeedbackTable holds it (the
    same costs per row), with the records of the exports it came from. All scores are
    on ``scale`` (None: no comment has a score)."""

    texts: tuple[str, ...] = ()
    scores: tuple[int | None, ...] = ()
    dates: tuple[dt.date | None, ...] = ()
    channels: tuple[str | None, ...] = ()
    scale: ScoreScale | None = None
    imports: tuple[ImportRecord, ...] = ()

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[FeedbackRow]:
        return map(FeedbackRow, self.texts, self.scores, self.dates, self.channels)

    @property
    def comments(self) -> int:
        return sum(1 for text in self.texts if text)

    @property
    def date_range(self) -> tuple[dt.date, dt.date] | None:
        days = [day for day in set(self.dates) if day is not None]
        return (min(days), max(days)) if days else None


def row_hashes(
    texts: Sequence[str],
    scores: Sequence[int | None],
    dates: Sequence[dt.date | None],
    channels: Sequence[str | None],
) -> list[bytes]:
    """A short hash of each row's four cells, for digest_rows. Only ever held in memory
    while an import runs: storing them would tie each comment to its row of the file."""
    hashes = []
    for text, score, day, channel in zip(texts, scores, dates, channels, strict=True):
        # The text's length first, so that no text can end where the next cell begins.
        key = f"{len(text)}:{text}|{score}|{day}|{channel}"
        hashes.append(hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest())
    return hashes


def digest_rows(hashes: Sequence[bytes]) -> str:
    """The SHA-256 of the rows' hashes sorted: an import's record, as the survey's
    digest of its sorted cells (ImportRecord). Sorted, it tells no order of the rows;
    it matches the first rows of a longer export of the same file, which are the same
    rows whatever their order."""
    return hashlib.sha256(b"".join(sorted(hashes))).hexdigest()
