"""Edits of the values board (step 2) and of the final selection of five or fewer."""

from __future__ import annotations

from dataclasses import dataclass, field

from philosophy_studio.domain.commands import Command
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


@dataclass(frozen=True)
class UpdateValueCard(Command):
    card_id: int
    name: str
    description: str
    label = QT_TRANSLATE_NOOP("Commands", "Edit a value")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("value-card", self.card_id)


@dataclass(frozen=True)
class DeleteValueCard(Command):
    card_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a value")


@dataclass(frozen=True)
class MoveValueCard(Command):
    card_id: int
    position: int
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
