"""Handlers for the values board and the final selection (domain/value_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import ValueCard
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.values import (
    card_colour,
    check_merge,
    check_selection,
    cluster_name,
    value_name,
    value_texts,
)
from philosophy_studio.domain.text import clean_text
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


def _cards(context: EditContext) -> tuple[WorkshopRow, list[ValueCardRow]]:
    row = repository.workshop_row(context.session, context.workshop_id)
    return row, sorted(row.value_cards, key=lambda card: card.position)


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
    row.name = value_name(card.name)
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
    new = (value_name(command.name), clean_text(command.description))
    check_expected(command, old, new, clean=value_texts)
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
        old_cluster, row.cluster = row.cluster, cluster_name(command.cluster)
    old = reposition(cards, row, command.position)
    return Outcome(MoveValueCard(row.id, old, old_cluster), Changes.of(Aspect.VALUES))


def set_card_colour(context: EditContext, command: SetCardColour) -> Outcome:
    row = _owned(context, command.card_id)
    old, row.colour = row.colour, card_colour(command.colour)
    return Outcome(SetCardColour(row.id, old), Changes.of(Aspect.VALUES))


def set_card_cluster(context: EditContext, command: SetCardCluster) -> Outcome:
    row = _owned(context, command.card_id)
    old, row.cluster = row.cluster, cluster_name(command.cluster)
    return Outcome(SetCardCluster(row.id, old), Changes.of(Aspect.VALUES))


def set_chosen_values(context: EditContext, command: SetChosenValues) -> Outcome:
    _workshop, cards = _cards(context)
    check_selection(command.card_ids)
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
    return context.owned(ValueCardRow, card_id, "value card")


def _merge_view(row: ValueCardRow) -> ValueCard:
    """The card as the merge rule reads it (id, link, rank). Not repository.card_value:
    that would load every card's answers, metrics and evidence for a check of links."""
    return ValueCard(
        id=row.id, name=row.name, merged_into=row.merged_into_id, selected_rank=row.selected_rank
    )


def merge_value_card(context: EditContext, command: MergeValueCard) -> Outcome:
    # Merges of one workshop take turns: two facilitators merging A into B and B into
    # A at once would each see the other's card unmerged and make a cycle (PostgreSQL
    # lets both read before either writes; SQLite serialises writers anyway).
    repository.workshop_row(context.session, context.workshop_id, lock=True)
    row = _owned(context, command.card_id)
    inverse = MergeValueCard(row.id, row.merged_into_id)
    if command.into_id is not None:
        target = _owned(context, command.into_id)
        board = [_merge_view(card) for card in _cards(context)[1]]
        check_merge(_merge_view(row), _merge_view(target), board)
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
