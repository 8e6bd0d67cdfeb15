"""The staff pulse of a check-in: for each chosen value, how well the team lived it and
how well its leaders modelled it (1–5), shown only above the survey's minimum number of
respondents, beside the change since the check-in before."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SCALE = range(1, 6)


@dataclass(frozen=True)
class PulseAnswer:
    """One respondent's ratings of one value: None where a question was skipped."""

    value_key: str
    lived: int | None
    leaders: int | None
    example: str = ""


@dataclass(frozen=True)
class Ratings:
    """How one question about one value was answered."""

    counts: tuple[int, ...]  # how many chose 1, 2, 3, 4 and 5

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        if not self.answered:
            return None
        return sum(score * count for score, count in zip(SCALE, self.counts, strict=True)) / self.answered

    @property
    def agreeing(self) -> float | None:
        """The share who chose 4 or 5: easier to read out in a room than a mean."""
        if not self.answered:
            return None
        return (self.counts[3] + self.counts[4]) / self.answered


@dataclass(frozen=True)
class ValuePulse:
    value_key: str
    respondents: int
    # None when fewer than the minimum answered: the figures would point at people.
    lived: Ratings | None
    leaders: Ratings | None
    lived_change: float | None  # the mean's change since the check-in before
    leaders_change: float | None
    examples: tuple[str, ...]

    @property
    def hidden(self) -> bool:
        return self.lived is None


def value_pulse(
    answers: Iterable[PulseAnswer],
    value_keys: Sequence[str],
    minimum: int,
    before: Mapping[str, ValuePulse] | None = None,
) -> tuple[ValuePulse, ...]:
    """The pulse of each value in ``value_keys`` (in that order). ``before`` is the
    previous check-in's pulse by value, for the change; a value hidden then or now has
    no change."""
    by_value: dict[str, list[PulseAnswer]] = {key: [] for key in value_keys}
    for answer in answers:
        if answer.value_key in by_value:
            by_value[answer.value_key].append(answer)
    result = []
    for key in value_keys:
        given = by_value[key]
        respondents = sum(1 for answer in given if answer.lived or answer.leaders or answer.example.strip())
        if respondents < minimum:
            result.append(ValuePulse(key, respondents, None, None, None, None, ()))
            continue
        lived = _ratings(answer.lived for answer in given)
        leaders = _ratings(answer.leaders for answer in given)
        earlier = (before or {}).get(key)
        result.append(
            ValuePulse(
                key,
                respondents,
                lived,
                leaders,
                _change(lived, earlier.lived if earlier else None),
                _change(leaders, earlier.leaders if earlier else None),
                # Sorted by text, never in the order they came in (see sort_answers).
                tuple(sorted(answer.example.strip() for answer in given if answer.example.strip())),
            )
        )
    return tuple(result)


def _ratings(scores: Iterable[int | None]) -> Ratings:
    counts = [0] * len(SCALE)
    for score in scores:
        if score is not None:
            if score not in SCALE:
                raise ValueError(f"a pulse rating is 1 to 5, not {score}")
            counts[score - 1] += 1
    return Ratings(tuple(counts))


def _change(now: Ratings, then: Ratings | None) -> float | None:
    if then is None or now.mean is None or then.mean is None:
        return None
    return now.mean - then.mean
