"""Handlers for the voting rounds (domain/voting_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, NotAWorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_DOTS, VotingStatus
from philosophy_studio.domain.voting_commands import (
    AddVotingRound,
    DeleteVotingRound,
    RevealTallies,
    SetRoundOpen,
)
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import VoteTallyRow, VotingRoundRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

VOTES = Changes.of(Aspect.VOTES, Aspect.VALUES)


class RoundAlreadyOpenError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A voting round is already open; close it before opening another.")


class BadRoundSizeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Give each person 1 to {most} dots, and allow at most that many on one card."
    )


def round_row(context: EditContext, round_id: int) -> VotingRoundRow:
    row = context.session.get(VotingRoundRow, round_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"voting round {round_id}")
    return row


def add_round(context: EditContext, command: AddVotingRound) -> Outcome:
    wanted = command.round
    if not 1 <= wanted.dots_per_person <= MAX_DOTS or not 1 <= wanted.max_per_card <= wanted.dots_per_person:
        raise BadRoundSizeError(most=MAX_DOTS)
    workshop = repository.workshop_row(context.session, context.workshop_id)
    if wanted.status is VotingStatus.OPEN and any(
        r.status == VotingStatus.OPEN.value for r in workshop.voting_rounds
    ):
        raise RoundAlreadyOpenError()
    row = VotingRoundRow(
        workshop_id=workshop.id,
        dots_per_person=wanted.dots_per_person,
        max_per_card=wanted.max_per_card,
        status=wanted.status.value,
        revealed=wanted.revealed,
        voters=wanted.voters,
    )
    if wanted.id:
        row.id = wanted.id
    cards = {card.id for card in workshop.value_cards}
    row.tallies = [
        VoteTallyRow(card_id=card_id, dots=dots)
        for card_id, dots in wanted.tallies.items()
        if card_id in cards
    ]
    context.session.add(row)
    context.session.flush()
    return Outcome(DeleteVotingRound(row.id), VOTES)


def delete_round(context: EditContext, command: DeleteVotingRound) -> Outcome:
    row = round_row(context, command.round_id)
    inverse = AddVotingRound(repository.round_value(row))
    context.session.delete(row)
    return Outcome(inverse, VOTES)


def set_open(context: EditContext, command: SetRoundOpen) -> Outcome:
    row = round_row(context, command.round_id)
    was_open = row.status == VotingStatus.OPEN.value
    if command.is_open and not was_open:
        others = repository.workshop_row(context.session, context.workshop_id).voting_rounds
        if any(r.id != row.id and r.status == VotingStatus.OPEN.value for r in others):
            raise RoundAlreadyOpenError()
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
