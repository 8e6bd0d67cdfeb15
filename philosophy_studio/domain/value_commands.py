"""Edits of the values board (step 2) and of the final selection of five or fewer."""

from __future__ import annotations

from dataclasses import dataclass, field

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit, Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import ValueCard


@dataclass(frozen=True)
class AddValueCard(Command):
    """Adds ``card`` at ``position``. ``card.id`` 0 gets a new id; another id brings a
    deleted card back whole (answers, metrics, behaviours, evidence, rank, its votes)."""

    card: ValueCard
    position: int
    # What pointed at a card that is brought back: its votes as (round id, dots), and
    # the cards that had been merged into it.
    tallies: tuple[tuple[int, int], ...] = field(default=())
    merged_from: tuple[int, ...] = field(default=())
    label = QT_TRANSLATE_NOOP("Commands", "Add a value")


# The board's colours: five hues that stay distinct on a projector, and for the most
# common colour blindness, next to dark or light text. (Red, yellow, green, blue, purple:
# the demo workshops use the same.)
CARD_COLOURS = ("#db4437", "#f4b400", "#0f9d58", "#4285f4", "#ab47bc")
COLOUR_NAMES = {
    "#db4437": QT_TRANSLATE_NOOP("ValueBoard", "Red"),
    "#f4b400": QT_TRANSLATE_NOOP("ValueBoard", "Yellow"),
    "#0f9d58": QT_TRANSLATE_NOOP("ValueBoard", "Green"),
    "#4285f4": QT_TRANSLATE_NOOP("ValueBoard", "Blue"),
    "#ab47bc": QT_TRANSLATE_NOOP("ValueBoard", "Purple"),
}


@dataclass(frozen=True)
class UpdateValueCard(CheckedEdit):
    """New name and description. ``expected`` is (name, description) as the editor
    last saw them stored: another facilitator's change in between is not overwritten."""

    card_id: int
    name: str
    description: str
    expected: tuple[str, str] = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit a value")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("value-card", self.card_id)


@dataclass(frozen=True)
class DeleteValueCard(Command):
    card_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a value")


@dataclass(frozen=True)
class MoveValueCard(Command):
    """Moves a card to ``position``; with ``cluster`` (not None) it also joins that
    cluster ("" for none), as when it is dragged into another group on the board."""

    card_id: int
    position: int
    cluster: str | None = None
    label = QT_TRANSLATE_NOOP("Commands", "Move a value")


@dataclass(frozen=True)
class SetChosenValues(Command):
    """The final selection, in rank order; every other card is unchosen."""

    card_ids: tuple[int, ...]
    label = QT_TRANSLATE_NOOP("Commands", "Choose the values")


@dataclass(frozen=True)
class MergeValueCard(Command):
    """Puts ``card_id`` under ``into_id`` (None: splits it off again). Both texts stay;
    the merged card's dots and survey evidence count for the card it joined."""

    card_id: int
    into_id: int | None
    label = QT_TRANSLATE_NOOP("Commands", "Merge or split value cards")


@dataclass(frozen=True)
class SetCardColour(Command):
    card_id: int
    colour: str  # one of CARD_COLOURS, or "" for none
    label = QT_TRANSLATE_NOOP("Commands", "Colour a value")


@dataclass(frozen=True)
class SetCardCluster(Command):
    """Puts a card in the named cluster of the affinity map ("" takes it out)."""

    card_id: int
    cluster: str
    label = QT_TRANSLATE_NOOP("Commands", "Group a value")
