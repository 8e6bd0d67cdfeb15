"""Handlers for the voting rounds (domain/voting_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import VotingStatus
from philosophy_studio.domain.rules.voting import check_opening, check_round_size
from philosophy_studio.domain.voting_commands import (
    AddVotingRound,
    DeleteVotingRound,
    RevealTallies,
    SetRoundOpen,
)
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import VotingRoundRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

VOTES = Changes.of(Aspect.VOTES, Aspect.VALUES)


def _open_ids(rounds: list[VotingRoundRow]) -> list[int]:
    return [r.id for r in rounds if r.status == VotingStatus.OPEN.value]


def round_row(context: EditContext, round_id: int) -> VotingRoundRow:
    return context.owned(VotingRoundRow, round_id, "voting round")


def add_round(context: EditContext, command: AddVotingRound) -> Outcome:
    wanted = command.round
    check_round_size(wanted.dots_per_person, wanted.max_per_card)
    # Locked: two facilitators opening a round at once must see each other's (see
    # merge_value_card).
    workshop = repository.workshop_row(context.session, context.workshop_id, lock=True)
    if wanted.status is VotingStatus.OPEN:
        check_opening(None, _open_ids(workshop.voting_rounds))
    row = repository.new_round_row(workshop.id, wanted, {card.id: card.id for card in workshop.value_cards})
    if wanted.id:
        row.id = wanted.id
    context.session.add(row)
    context.session.flush()
    return Outcome(DeleteVotingRound(row.id), VOTES)


def delete_round(context: EditContext, command: DeleteVotingRound) -> Outcome:
    row = round_row(context, command.round_id)
    inverse = AddVotingRound(repository.round_value(row))
    context.session.delete(row)
    return Outcome(inverse, VOTES)


def set_open(context: EditContext, command: SetRoundOpen) -> Outcome:
    repository.workshop_row(context.session, context.workshop_id, lock=True)
    row = round_row(context, command.round_id)
    was_open = row.status == VotingStatus.OPEN.value
    if command.is_open and not was_open:
        rounds = repository.workshop_row(context.session, context.workshop_id).voting_rounds
        check_opening(row.id, _open_ids(rounds))
    row.status = (VotingStatus.OPEN if command.is_open else VotingStatus.CLOSED).value
    return Outcome(SetRoundOpen(row.id, was_open), VOTES)


def reveal(context: EditContext, command: RevealTallies) -> Outcome:
    row = round_row(context, command.round_id)
    inverse = RevealTallies(row.id, row.revealed)
    row.revealed = command.revealed
    return Outcome(inverse, VOTES)


HANDLERS: HandlerTable = {
    AddVotingRound: add_round,
    DeleteVotingRound: delete_round,
    SetRoundOpen: set_open,
    RevealTallies: reveal,
}
