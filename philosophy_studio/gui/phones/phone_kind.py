"""What phones do on the form a phone controller serves."""

from __future__ import annotations

from enum import StrEnum


class PhoneKind(StrEnum):
    SURVEY = "survey"  # answer the survey question
    VOTES = "votes"  # place dots in the open voting round
    CARDS = "cards"  # add value cards to the board during the brainstorm
