"""Casting a ballot in a dot-voting round: one person's dots, stored in one
transaction as per-card tallies and one more voter. Who placed which dot is never
recorded, so a ballot cannot be undone or attributed, only counted.

The kiosk and (later) phones call ``cast_ballot``; the form's random token makes a
retried submission count once. The token is kept without any card, dot or time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import VotingStatus
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import BallotRow, VoteTallyRow, VotingRoundRow
from philosophy_studio.services.workshop_service import WorkshopService

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The ballot table's token column holds this much.
MAX_TOKEN_LENGTH = 64


class VotingClosedError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "The voting is closed, so the dots were not counted.")


class EmptyBallotError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Place at least one dot before sending.")


class TooManyDotsError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Each person has {dots} dots and may put at most {per_card} on one value."
    )


class BadBallotTokenError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "This ballot form is damaged; reload it and vote again.")


def cast_ballot(
    service: WorkshopService,
    round_id: int,
    dots: Mapping[int, int],
    token: str,
    *,
    wait_seconds: float | None = None,
) -> tuple[bool, Changes]:
    """Count one person's ``dots`` (value card id -> dots) in round ``round_id``, if it
    is open and the ballot keeps its rules, and commit before returning. ``token`` is a
    random value the ballot form made: a ballot whose token was counted already is not
    counted again. Returns (whether it was counted now, what changed) as
    WorkshopSession.call expects."""
    from sqlalchemy.exc import IntegrityError

    if not token or len(token) > MAX_TOKEN_LENGTH or not token.isprintable():
        raise BadBallotTokenError()
    placed = {card_id: count for card_id, count in dots.items() if count}

    def count_ballot(session: Session) -> bool:
        # The round's row is locked first: ballots arriving together on a server
        # with concurrent writers (PostgreSQL) then add to the tallies one after
        # another, each reading what the one before committed.
        row = session.get(VotingRoundRow, round_id, with_for_update=True, populate_existing=True)
        if repository.has_ballot(session, token):
            return False
        if not placed:
            raise EmptyBallotError()
        workshop = repository.workshop_row(session, service.workshop_id)
        if row is None or row.workshop_id != workshop.id or row.status != VotingStatus.OPEN.value:
            raise VotingClosedError()
        votable = {card.id for card in workshop.value_cards if card.merged_into_id is None}
        too_many = sum(placed.values()) > row.dots_per_person or any(
            count < 0 or count > row.max_per_card for count in placed.values()
        )
        if too_many or not set(placed) <= votable:
            raise TooManyDotsError(dots=row.dots_per_person, per_card=row.max_per_card)
        # The token first: a concurrent copy of this ballot fails here, before any dot.
        session.add(BallotRow(round_id=row.id, token=token))
        session.flush()
        tallies = {tally.card_id: tally for tally in row.tallies}
        for card_id, count in placed.items():
            if card_id in tallies:
                tallies[card_id].dots += count
            else:
                row.tallies.append(VoteTallyRow(card_id=card_id, dots=count))
        row.voters += 1
        return True

    try:
        counted = service.store.write_together(count_ballot, wait_seconds)
    except IntegrityError:
        # Two copies of one ballot raced on a server that does not serialise writers:
        # the unique token let one in, and that one counted.
        if not _counted(service, token):
            raise
        return False, Changes()
    return counted, Changes.of(Aspect.VOTES, Aspect.VALUES) if counted else Changes()


def _counted(service: WorkshopService, token: str) -> bool:
    with service.store.read() as session:
        return repository.has_ballot(session, token)
