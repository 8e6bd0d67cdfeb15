"""The narrowing that closes step 3: the candidates for the five-or-fewer selection,
ranked by the room's dots (once shown) and by the staff's survey support."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from philosophy_studio.domain.model import ValueCard, VotingRound, Workshop
from philosophy_studio.domain.rules.values import selection_fits, unmerged


@dataclass(frozen=True)
class Candidate:
    card: ValueCard
    # Names of the cards merged into this one: their dots and evidence count here.
    also: tuple[str, ...]
    # None while the latest round's dots are hidden, or before any round.
    dots: int | None
    # Respondents whose answers use the card's evidence words; None when the analysis
    # has not run or the card has no evidence.
    respondents: int | None


def shown_round(workshop: Workshop) -> VotingRound | None:
    """The round whose dots may be shown: the latest, once the facilitator reveals it."""
    latest = workshop.voting_rounds[-1] if workshop.voting_rounds else None
    return latest if latest is not None and latest.revealed else None


def card_dots(voting_round: VotingRound, card_id: int, cards: tuple[ValueCard, ...]) -> int:
    """A card's dots together with those of the cards merged into it."""
    ids = {card_id} | {card.id for card in cards if card.merged_into == card_id}
    return sum(voting_round.tallies.get(each, 0) for each in ids)


def candidates(workshop: Workshop, support: Mapping[int, int] | None = None) -> tuple[Candidate, ...]:
    """Every card that has not been merged into another, most dots first, then most
    survey respondents, then in board order (a stable, explainable ranking)."""
    voting_round = shown_round(workshop)
    cards = workshop.value_cards
    found = []
    for card in unmerged(cards):
        found.append(
            Candidate(
                card=card,
                also=tuple(other.name for other in cards if other.merged_into == card.id),
                dots=card_dots(voting_round, card.id, cards) if voting_round is not None else None,
                respondents=(support or {}).get(card.id),
            )
        )
    position = {candidate.card.id: index for index, candidate in enumerate(found)}
    return tuple(
        sorted(
            found,
            key=lambda c: (-(c.dots or 0), -(c.respondents or 0), position[c.card.id]),
        )
    )


def selection_after(workshop: Workshop, card_id: int, chosen: bool) -> tuple[int, ...] | None:
    """The selection, in rank order, once ``card_id`` is chosen (at the end) or
    dropped; None when choosing it would make more than five (rules.values)."""
    selection = [card.id for card in workshop.chosen_values]
    if chosen and card_id not in selection:
        selection.append(card_id)
        if not selection_fits(selection):
            return None
    elif not chosen and card_id in selection:
        selection.remove(card_id)
    return tuple(selection)
