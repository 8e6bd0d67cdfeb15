"""Two facilitators (two services, two connections) doing at the same moment what the
rules forbid together, 40 times over, on SQLite and PostgreSQL: merging A into B while
the other merges B into A must not make a cycle (both cards would vanish from the
board), and opening a voting round each must not leave two rounds open. One of the two
edits is stored, the other refused with the rule's own message."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.model import Language, ValueCard, VotingRound, VotingStatus, WorkshopInfo
from philosophy_studio.domain.value_commands import AddValueCard, MergeValueCard
from philosophy_studio.domain.voting_commands import AddVotingRound, SetRoundOpen
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ROUNDS = 40


@pytest.fixture
def two_facilitators(workshop_location: str):  # type: ignore[no-untyped-def]
    info = WorkshopInfo(team_name="Yarış", language=Language.TURKISH)
    first = WorkshopService.create(workshop_location, new_workshop(info))
    second = WorkshopService.open(workshop_location, workshop_id=first.workshop_id)
    yield first, second
    second.close()
    first.close()


def at_once(first: Callable[[], None], second: Callable[[], None]) -> list[BaseException]:
    barrier = threading.Barrier(2)
    refused: list[BaseException] = []

    def run(edit: Callable[[], None]) -> None:
        barrier.wait()
        try:
            edit()
        except InvalidValueError as error:
            refused.append(error)

    threads = [threading.Thread(target=run, args=(edit,)) for edit in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return refused


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
