"""What a phone server serves; the GUI's controllers and the services name it alike."""

from __future__ import annotations

from enum import StrEnum


class PhoneForm(StrEnum):
    SURVEY = "survey"  # answer the survey question
    VOTES = "votes"  # place dots in the open voting round
    CARDS = "cards"  # add value cards to the board during the brainstorm
    PULSE = "pulse"  # answer the staff pulse of a check-in
