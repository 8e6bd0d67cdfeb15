"""Two facilitators (two services, two connections) doing at the same moment what the
rules forbid together, 40 times over, on SQLite and PostgreSQL: merging A into B while
the other merges B into A must not make a cycle (both cards would vanish from the
board), and opening a voting round each must not leave two rounds open. One of the two
edits is stored, the other refused with the rule's own message."""

from __future__ import annotations

from two_facilitators import ROUNDS, at_once

from philosophy_studio.domain.model import ValueCard, VotingRound, VotingStatus
from philosophy_studio.domain.value_commands import AddValueCard, MergeValueCard
from philosophy_studio.domain.voting_commands import AddVotingRound, SetRoundOpen


def test_crossed_merges_never_make_a_cycle(two_facilitators) -> None:
    first, second = two_facilitators
    for attempt in range(ROUNDS):
        for position, name in enumerate((f"Sabır {attempt}", f"Saygı {attempt}")):
            first.execute(AddValueCard(ValueCard(id=0, name=name), position))
        a, b = (card.id for card in first.load().value_cards[-2:])
        refused = at_once(
            lambda a=a, b=b: first.execute(MergeValueCard(a, b)),
            lambda a=a, b=b: second.execute(MergeValueCard(b, a)),
        )
        cards = {card.id: card for card in first.load().value_cards}
        assert len(refused) == 1, attempt
        assert cards[a].merged_into is None or cards[b].merged_into is None, attempt


def test_two_rounds_opened_at_once_leave_one_open(two_facilitators) -> None:
    first, second = two_facilitators
    first.execute(AddValueCard(ValueCard(id=0, name="Güven"), 0))
    wanted = VotingRound(id=0, dots_per_person=3, max_per_card=2)
    for attempt in range(ROUNDS):
        refused = at_once(
            lambda: first.execute(AddVotingRound(wanted)),
            lambda: second.execute(AddVotingRound(wanted)),
        )
        rounds = first.load().voting_rounds
        opened = [r for r in rounds if r.status is VotingStatus.OPEN]
        assert len(opened) == 1 and len(refused) == 1, attempt
        first.execute(SetRoundOpen(opened[0].id, False))
