"""Handlers for the values board and the final selection (domain/value_commands.py)."""

from __future__ import annotations

import re

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import UNCHECKED
from philosophy_studio.domain.errors import EditConflictError, InvalidValueError, NotAWorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_CHOSEN_VALUES
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.domain.value_commands import (
    AddValueCard,
    DeleteValueCard,
    MergeValueCard,
    MoveValueCard,
    SetCardCluster,
    SetCardColour,
    SetChosenValues,
    UpdateValueCard,
)
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import ValueCardRow, VoteTallyRow, VotingRoundRow, WorkshopRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome, reposition

# A value's name and selection show on the board, in the questions and in the plan.
VALUES = Changes.of(Aspect.VALUES, Aspect.GUIDELINES, Aspect.SHARING, Aspect.VOTES)


class TooManyValuesError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The method keeps five values or fewer, so that everyone can remember and live them. "
        "Unchoose one before choosing another.",
    )


class EmptyValueNameError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A value needs a name.")


def _cards(context: EditContext) -> tuple[WorkshopRow, list[ValueCardRow]]:
    row = repository.workshop_row(context.session, context.workshop_id)
    return row, sorted(row.value_cards, key=lambda card: card.position)


def _name(text: str) -> str:
    name = clean_text(text, SHORT_TEXT_LIMIT, single_line=True)
    if not name:
        raise EmptyValueNameError()
    return name


def add_value_card(context: EditContext, command: AddValueCard) -> Outcome:
    workshop, cards = _cards(context)
    card = command.card
    position = max(0, min(command.position, len(cards)))
    for later in cards[position:]:
        later.position += 1
    if card.selected_rank is not None:
        # A card brought back takes its old place in the ranking again.
        for other in cards:
            if other.selected_rank is not None and other.selected_rank >= card.selected_rank:
                other.selected_rank += 1
    row = repository.card_row(card, position)
    row.name = _name(card.name)
    row.description = clean_text(card.description)
    row.workshop_id = workshop.id
    if card.id:
        # Brought back as it was: older undo steps name these ids.
        row.id = card.id
        for metric_row, metric in zip(row.metrics, card.metrics, strict=True):
            metric_row.id = metric.id
        for behaviour_row, behaviour in zip(row.behaviours, card.behaviours, strict=True):
            behaviour_row.id = behaviour.id
    context.session.add(row)
    context.session.flush()
    known = {other.id for other in cards}
    if card.merged_into in known:
        row.merged_into_id = card.merged_into
    for other in cards:
        if other.id in command.merged_from:
            other.merged_into_id = row.id
    for round_id, dots in command.tallies:
        if context.session.get(VotingRoundRow, round_id) is not None:
            context.session.add(VoteTallyRow(round_id=round_id, card_id=row.id, dots=dots))
    return Outcome(DeleteValueCard(row.id), VALUES)


def update_value_card(context: EditContext, command: UpdateValueCard) -> Outcome:
    row = _owned(context, command.card_id)
    old = (row.name, row.description)
    new = (_name(command.name), clean_text(command.description))
    if command.expected is not UNCHECKED:
        seen_name, seen_description = command.expected
        if (clean_text(seen_name, SHORT_TEXT_LIMIT, single_line=True), clean_text(seen_description)) != old:
            raise EditConflictError(theirs=old, mine=new, command=command)
    row.name, row.description = new
    # Undo expects what this edit stored: it refuses to wipe out someone's later change.
    return Outcome(UpdateValueCard(row.id, *old, expected=new), VALUES)


def delete_value_card(context: EditContext, command: DeleteValueCard) -> Outcome:
    workshop, cards = _cards(context)
    row = _owned(context, command.card_id)
    tallies = tuple(
        (tally.round_id, tally.dots)
        for voting_round in workshop.voting_rounds
        for tally in voting_round.tallies
        if tally.card_id == row.id
    )
    merged_from = tuple(other.id for other in cards if other.merged_into_id == row.id)
    inverse = AddValueCard(repository.card_value(row), row.position, tallies, merged_from)
    for other in cards:
        if other.position > row.position:
            other.position -= 1
        if (
            row.selected_rank is not None
            and other.selected_rank is not None
            and other.selected_rank > row.selected_rank
        ):
            other.selected_rank -= 1
        if other.merged_into_id == row.id:
            other.merged_into_id = None
    for voting_round in workshop.voting_rounds:
        voting_round.tallies = [tally for tally in voting_round.tallies if tally.card_id != row.id]
    # The tallies go first: deleting the card would let the database's own cascade
    # remove them behind the ORM's back.
    context.session.flush()
    workshop.value_cards.remove(row)
    return Outcome(inverse, VALUES)


def move_value_card(context: EditContext, command: MoveValueCard) -> Outcome:
    _workshop, cards = _cards(context)
    row = _owned(context, command.card_id)
    old_cluster = None
    if command.cluster is not None:
        old_cluster, row.cluster = row.cluster, _cluster(command.cluster)
    old = reposition(cards, row, command.position)
    return Outcome(MoveValueCard(row.id, old, old_cluster), Changes.of(Aspect.VALUES))


_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class BadColourError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A card colour is written like #4285f4.")


def set_card_colour(context: EditContext, command: SetCardColour) -> Outcome:
    row = _owned(context, command.card_id)
    if command.colour and not _HEX_COLOUR.fullmatch(command.colour):
        raise BadColourError()
    old, row.colour = row.colour, command.colour
    return Outcome(SetCardColour(row.id, old), Changes.of(Aspect.VALUES))


def _cluster(name: str) -> str:
    return clean_text(name, SHORT_TEXT_LIMIT, single_line=True)


def set_card_cluster(context: EditContext, command: SetCardCluster) -> Outcome:
    row = _owned(context, command.card_id)
    old, row.cluster = row.cluster, _cluster(command.cluster)
    return Outcome(SetCardCluster(row.id, old), Changes.of(Aspect.VALUES))


def set_chosen_values(context: EditContext, command: SetChosenValues) -> Outcome:
    _workshop, cards = _cards(context)
    if len(command.card_ids) > MAX_CHOSEN_VALUES:
        raise TooManyValuesError()
    by_id = {card.id: card for card in cards}
    if any(card_id not in by_id for card_id in command.card_ids):
        raise NotAWorkshopError(path=f"value cards {command.card_ids}")
    previous = tuple(
        card.id
        for card in sorted(cards, key=lambda c: c.selected_rank or 0)
        if card.selected_rank is not None
    )
    for card in cards:
        card.selected_rank = None
    context.session.flush()
    for rank, card_id in enumerate(command.card_ids, 1):
        by_id[card_id].selected_rank = rank
    return Outcome(SetChosenValues(previous), VALUES)


def _owned(context: EditContext, card_id: int) -> ValueCardRow:
    row = context.session.get(ValueCardRow, card_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"value card {card_id}")
    return row


class ChosenMergeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This value is among the chosen ones; unchoose it before merging it into another."
    )


class BadMergeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A value can be merged only into another value that is not merged itself."
    )


def merge_value_card(context: EditContext, command: MergeValueCard) -> Outcome:
    row = _owned(context, command.card_id)
    inverse = MergeValueCard(row.id, row.merged_into_id)
    if command.into_id is not None:
        target = _owned(context, command.into_id)
        has_merged = any(card.merged_into_id == row.id for card in _cards(context)[1])
        if row.selected_rank is not None:
            raise ChosenMergeError()
        if target.id == row.id or target.merged_into_id is not None or has_merged:
            raise BadMergeError()
    row.merged_into_id = command.into_id
    return Outcome(inverse, VALUES)


HANDLERS: HandlerTable = {
    MergeValueCard: merge_value_card,
    AddValueCard: add_value_card,
    UpdateValueCard: update_value_card,
    DeleteValueCard: delete_value_card,
    MoveValueCard: move_value_card,
    SetChosenValues: set_chosen_values,
    SetCardColour: set_card_colour,
    SetCardCluster: set_card_cluster,
}
