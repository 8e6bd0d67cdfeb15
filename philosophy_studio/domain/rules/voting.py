"""Dot voting's rules: the size of a round, and one open round at a time."""

from __future__ import annotations

from collections.abc import Iterable

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_DOTS


class RoundAlreadyOpenError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A voting round is already open; close it before opening another.")


class BadRoundSizeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Give each person 1 to {most} dots, and allow at most that many on one card."
    )


def check_round_size(dots_per_person: int, max_per_card: int) -> None:
    """BadRoundSizeError unless each person gets 1 to MAX_DOTS dots and one card may take
    at least one and at most all of them."""
    if not 1 <= dots_per_person <= MAX_DOTS or not 1 <= max_per_card <= dots_per_person:
        raise BadRoundSizeError(most=MAX_DOTS)


def check_opening(round_id: int | None, open_round_ids: Iterable[int]) -> None:
    """Refuse to open round ``round_id`` (None: a new one) while another round is open:
    the kiosk, the phones and the board each show the one open round's ballot."""
    if any(open_id != round_id for open_id in open_round_ids):
        raise RoundAlreadyOpenError()
