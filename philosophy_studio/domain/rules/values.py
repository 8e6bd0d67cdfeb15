"""The values board's rules: what a card needs, how cards merge, and how many values the
final selection keeps."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TypeVar

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_CHOSEN_VALUES, ValueCard
from philosophy_studio.domain.text import clean_line, clean_text

T = TypeVar("T")


class TooManyValuesError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The method keeps five values or fewer, so that everyone can remember and live them. "
        "Unchoose one before choosing another.",
    )


class EmptyValueNameError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A value needs a name.")


class BadColourError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A card colour is written like #4285f4.")


class ChosenMergeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This value is among the chosen ones; unchoose it before merging it into another."
    )


class BadMergeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A value can be merged only into another value that is not merged itself."
    )


# --- a card's texts -----------------------------------------------------------------------


def has_value_name(text: str) -> bool:
    """Whether ``text`` names a value once cleaned (blanks and control characters alone
    do not)."""
    return bool(clean_line(text))


def value_name(text: str) -> str:
    """A value's name as it is stored; EmptyValueNameError when there is none."""
    if not has_value_name(text):
        raise EmptyValueNameError()
    return clean_line(text)


def value_texts(texts: tuple[str, str]) -> tuple[str, str]:
    """(name, description) as they are stored. An empty name passes: this is how an
    editor's copy of the stored texts is compared, not a new name."""
    name, description = texts
    return clean_line(name), clean_text(description)


_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def card_colour(colour: str) -> str:
    """A card colour: "" (none) or #rrggbb, which every exporter and the board can
    draw; BadColourError otherwise."""
    if colour and not _HEX_COLOUR.fullmatch(colour):
        raise BadColourError()
    return colour


def cluster_name(name: str) -> str:
    """A cluster's name as it is stored ("": no cluster): one line, like a card's name."""
    return clean_line(name)


def clustered(items: Sequence[T], cluster_of: Callable[[T], str]) -> list[tuple[str | None, list[T]]]:
    """``items`` (in the board's order) in groups as the board shows them: each cluster
    in the order of its first item, the items of no cluster last ("" as their cluster);
    without any cluster, one group with no heading (None). The board, the voting kiosk
    and the phone ballot all group by this, so a card stands in the same place on each."""
    if not any(cluster_of(item) for item in items):
        return [(None, list(items))]
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(cluster_of(item), []).append(item)
    ungrouped = groups.pop("", [])
    ordered: list[tuple[str | None, list[T]]] = list(groups.items())
    if ungrouped:
        ordered.append(("", ungrouped))
    return ordered


# --- merging ------------------------------------------------------------------------------
# A merge puts a card under another whose text says nearly the same; its dots and survey
# evidence count for that card. Merges are one level deep, so the card that counts is
# always the one a merged card names.


def unmerged(cards: Iterable[ValueCard]) -> tuple[ValueCard, ...]:
    """The cards that count on their own: those not merged into another. Only these
    take dots, evidence and a place among the candidates."""
    return tuple(card for card in cards if card.merged_into is None)


def has_merged(card: ValueCard, cards: Iterable[ValueCard]) -> bool:
    """Whether any of ``cards`` is merged into ``card``."""
    return any(other.merged_into == card.id for other in cards)


def _takes(into: ValueCard, card: ValueCard) -> bool:
    return into.id != card.id and into.merged_into is None


def merge_targets(card: ValueCard, cards: Iterable[ValueCard]) -> tuple[ValueCard, ...]:
    """The cards ``card`` may be merged into: every other card not merged itself."""
    return tuple(into for into in cards if _takes(into, card))


def can_be_merged(card: ValueCard, cards: Iterable[ValueCard]) -> bool:
    """Whether the board offers to merge ``card`` into another: a card others were
    merged into would make a chain, and a card merged already is split off first, so
    that a merge never moves silently from one card to another."""
    return card.merged_into is None and not has_merged(card, cards)


def check_merge(card: ValueCard, into: ValueCard, cards: Iterable[ValueCard]) -> None:
    """Refuse to merge ``card`` into ``into``, ``cards`` being the whole board: a chosen
    value stays a value of its own (ChosenMergeError), and a merge into itself, into a
    merged card or of a card others were merged into would make a chain (BadMergeError).
    A merged card may be merged into another directly (it names only its new card)."""
    if card.selected_rank is not None:
        raise ChosenMergeError()
    if not _takes(into, card) or has_merged(card, cards):
        raise BadMergeError()


# --- the final selection ------------------------------------------------------------------


def selection_fits(card_ids: Collection[int]) -> bool:
    """Whether a selection of these cards keeps to the method's five values or fewer,
    few enough for everyone to remember and live them."""
    return len(card_ids) <= MAX_CHOSEN_VALUES


def check_selection(card_ids: Collection[int]) -> None:
    """TooManyValuesError when the selection would hold more than five values."""
    if not selection_fits(card_ids):
        raise TooManyValuesError()
