"""Casting a ballot in a dot-voting round: one person's dots, stored in one
transaction as per-card tallies and one more voter. Who placed which dot is never
recorded, so a ballot cannot be undone or attributed, only counted."""

from __future__ import annotations

from collections.abc import Mapping

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import VotingStatus
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import VoteTallyRow, VotingRoundRow
from philosophy_studio.services.workshop_service import WorkshopService


class VotingClosedError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "The voting is closed, so the dots were not counted.")


class EmptyBallotError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Place at least one dot before sending.")


class TooManyDotsError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Each person has {dots} dots and may put at most {per_card} on one value."
    )


def cast_ballot(service: WorkshopService, round_id: int, dots: Mapping[int, int]) -> tuple[None, Changes]:
    """Count one person's ``dots`` (value card id -> dots) in round ``round_id``, if it
    is open and the ballot keeps its rules. Returns (None, what changed) as
    WorkshopSession.call expects."""
    placed = {card_id: count for card_id, count in dots.items() if count}
    if not placed:
        raise EmptyBallotError()
    with service.store.write() as session:
        workshop = repository.workshop_row(session, service.workshop_id)
        row = session.get(VotingRoundRow, round_id)
        if row is None or row.workshop_id != workshop.id or row.status != VotingStatus.OPEN.value:
            raise VotingClosedError()
        votable = {card.id for card in workshop.value_cards if card.merged_into_id is None}
        too_many = sum(placed.values()) > row.dots_per_person or any(
            count < 0 or count > row.max_per_card for count in placed.values()
        )
        if too_many or not set(placed) <= votable:
            raise TooManyDotsError(dots=row.dots_per_person, per_card=row.max_per_card)
        tallies = {tally.card_id: tally for tally in row.tallies}
        for card_id, count in placed.items():
            if card_id in tallies:
                tallies[card_id].dots += count
            else:
                row.tallies.append(VoteTallyRow(card_id=card_id, dots=count))
        row.voters += 1
    return None, Changes.of(Aspect.VOTES, Aspect.VALUES)
