"""The rules of a staff pulse response, wherever it comes from (kiosk, phone, a JSON
file): ratings 1 to 5 or none, examples cleaned and cut like survey answers, only the
workshop's chosen values, and at least something answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, PulseRating, PulseResponse
from philosophy_studio.domain.text import clean_text

SCALE = range(1, 6)


class EmptyPulseError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Nothing was answered; choose a number for at least one value.")


class PulseRatingError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A pulse answer is a number from 1 to 5.")


def clean_example(text: str) -> str:
    """An example as it is stored: cleaned and cut like a survey answer
    (services.survey.normalise_answer), without surrounding blanks."""
    cleaned = clean_text(text, MAX_ANSWER_LENGTH + 1000).strip()
    return cleaned[:MAX_ANSWER_LENGTH].rstrip()


def _score(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise PulseRatingError()
    return value


def pulse_response(day: dt.date, ratings: Iterable[PulseRating], chosen: Collection[int]) -> PulseResponse:
    """One respondent's pulse as it is stored: ratings of the ``chosen`` card ids only,
    one per value, in card order, skipped values left out. EmptyPulseError when nothing
    is left, PulseRatingError for a number outside 1 to 5."""
    kept: dict[int, PulseRating] = {}
    for rating in ratings:
        if rating.card_id not in chosen:
            continue
        cleaned = PulseRating(
            rating.card_id, _score(rating.lived), _score(rating.leaders), clean_example(rating.example)
        )
        if cleaned.lived is None and cleaned.leaders is None and not cleaned.example:
            continue
        kept[rating.card_id] = cleaned
    if not kept:
        raise EmptyPulseError()
    return PulseResponse(day, tuple(kept[card_id] for card_id in sorted(kept)))
