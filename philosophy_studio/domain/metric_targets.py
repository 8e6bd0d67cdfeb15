"""A metric's target as the team wrote it ("en az %90", "under 2 minutes", "4,5/5"), read
as a number and a direction, so that readings can be shown against it.

The target stays the team's own text: what cannot be read as a number is still printed,
it only gets no "on target" mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from philosophy_studio.domain.text import fold

# Words that make a metric about speed: the method warns that speed must never outrank
# the value it serves, and for speed a lower reading is the better one.
SPEED_WORDS = ("time", "speed", "fast", "quick", "minute", "hour", "süre", "hız", "dakika", "saat", "zaman")

_AT_LEAST = (
    "≥",
    ">=",
    ">",
    "at least",
    "minimum",
    "min.",
    "or more",
    "or above",
    "or higher",
    "above",
    "over",
    "en az",
    "asgari",
    "ve üzeri",
    "veya üzeri",
    "ve üstü",
    "veya üstü",
    "üzerinde",
    "üstünde",
)
_AT_MOST = (
    "≤",
    "<=",
    "<",
    "at most",
    "maximum",
    "max.",
    "no more than",
    "or less",
    "or fewer",
    "under",
    "below",
    "less than",
    "within",
    "en fazla",
    "en çok",
    "azami",
    "ve altı",
    "veya altı",
    "altında",
    "içinde",
    "geçmeden",
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


class Direction(StrEnum):
    AT_LEAST = "at_least"  # higher readings are better
    AT_MOST = "at_most"  # lower readings are better


def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Whole words only: "over" is not in "overall", "under" not in "understood".
    return tuple(
        (
            phrase,
            re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)" if phrase[0].isalpha() else re.escape(phrase)),
        )
        for phrase in phrases
    )


_PHRASES = {Direction.AT_LEAST: _phrase_patterns(_AT_LEAST), Direction.AT_MOST: _phrase_patterns(_AT_MOST)}


@dataclass(frozen=True)
class Target:
    value: float
    direction: Direction
    percent: bool = False

    def met_by(self, reading: float) -> bool:
        if self.direction is Direction.AT_LEAST:
            return reading >= self.value
        return reading <= self.value


def mentions_speed(name: str) -> bool:
    folded = fold(name)
    return any(word in folded for word in SPEED_WORDS)


def parse_number(text: str, *, turkish: bool) -> float:
    """A number as people type it in either language: a decimal comma or point, and
    thousands grouped by the other ("1.250,5" in Turkish, "1,250.5" in English). A lone
    mark before three digits groups thousands when the language groups with it
    (Turkish "1.250" is 1250, English "1.250" is 1.25). A leading minus (a Net
    Promoter Score can be below zero). ValueError when ``text`` is no number."""
    text = text.strip()
    sign = 1.0
    if text[:1] in ("-", "\N{MINUS SIGN}"):
        sign, text = -1.0, text[1:]
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    marks = [char for char in text if char in ".,"]
    decimal: str | None
    if len(set(marks)) == 2:
        decimal = text[max(text.rfind("."), text.rfind(","))]
        if marks.count(decimal) > 1:
            raise ValueError(text)
    elif marks:
        mark = marks[0]
        grouped = re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", text) is not None
        if len(marks) > 1 and not grouped:
            raise ValueError(text)
        groups_thousands = mark == ("." if turkish else ",")
        decimal = None if len(marks) > 1 or (grouped and groups_thousands) else mark
    else:
        decimal = None
    for mark in ".,":
        if mark != decimal:
            text = text.replace(mark, "")
    return sign * float(text.replace(",", "."))


def parse_target(target: str, metric_name: str, *, turkish: bool) -> Target | None:
    """The target's first number and its direction: from the words around it, else
    lower is better for a speed metric and higher for the rest. None without a number."""
    match = _NUMBER.search(target)
    if match is None:
        return None
    try:
        value = parse_number(match.group(), turkish=turkish)
    except ValueError:
        return None
    folded = fold(target, turkish)
    # The longest phrase found wins: "no more than" over "more than".
    found = [
        (len(phrase), direction)
        for direction, phrases in _PHRASES.items()
        for phrase, pattern in phrases
        if pattern.search(folded)
    ]
    if found:
        direction = max(found)[1]
    else:
        direction = Direction.AT_MOST if mentions_speed(metric_name) else Direction.AT_LEAST
    return Target(value, direction, percent="%" in target)
