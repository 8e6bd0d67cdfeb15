"""Dot voting: rounds as undoable edits, ballots counted anonymously by the rules."""

import sqlite3
import uuid

import pytest
from tests_support import assert_exact_undo, stored_document

from philosophy_studio.domain.model import Language, VotingRound, VotingStatus
from philosophy_studio.domain.rules.voting import BadRoundSizeError, RoundAlreadyOpenError
from philosophy_studio.domain.voting_commands import (
    AddVotingRound,
    DeleteVotingRound,
    RevealTallies,
    SetRoundOpen,
)
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.voting import (
    BadBallotTokenError,
    EmptyBallotError,
    TooManyDotsError,
    VotingClosedError,
    cast_ballot,
)
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH))
    # The demo's rounds are closed: this test opens its own.
    yield created
    created.close()


def open_round(service, dots: int = 3, per_card: int = 2) -> int:
    outcome = service.execute(AddVotingRound(VotingRound(id=0, dots_per_person=dots, max_per_card=per_card)))
    return outcome.inverse.round_id


def vote(service, round_id: int, dots: dict[int, int]) -> bool:
    counted, _changes = cast_ballot(service, round_id, dots, uuid.uuid4().hex)
    return counted


def rnd(service, round_id: int) -> VotingRound:
    return next(r for r in service.load().voting_rounds if r.id == round_id)


def test_rounds_open_close_reveal_and_delete_with_exact_undo(service) -> None:
    assert_exact_undo(service, AddVotingRound(VotingRound(id=0, dots_per_person=4, max_per_card=2)))
    round_id = next(r.id for r in service.load().voting_rounds if r.status is VotingStatus.OPEN)
    cards = [card.id for card in service.load().value_cards if card.merged_into is None]
    vote(service, round_id, {cards[0]: 2, cards[1]: 1})
    assert_exact_undo(service, RevealTallies(round_id, True))
    assert_exact_undo(service, SetRoundOpen(round_id, False))
    # Deleting a round with votes and undoing it brings the tallies back.
    before = stored_document(service)
    outcome = service.execute(DeleteVotingRound(round_id))
    service.execute(outcome.inverse)
    assert stored_document(service) == before
    assert rnd(service, round_id).tallies == {cards[0]: 2, cards[1]: 1}


def test_a_ballot_adds_to_the_tallies_and_one_voter_nothing_else(service) -> None:
    round_id = open_round(service)
    cards = [card.id for card in service.load().value_cards if card.merged_into is None]
    vote(service, round_id, {cards[0]: 2, cards[1]: 1})
    vote(service, round_id, {cards[0]: 1, cards[2]: 0})
    counted = rnd(service, round_id)
    assert counted.tallies == {cards[0]: 3, cards[1]: 1}
    assert counted.voters == 2
    assert counted.status is VotingStatus.OPEN and not counted.revealed


def test_ballots_break_no_rule(service) -> None:
    round_id = open_round(service, dots=3, per_card=2)
    cards = [card.id for card in service.load().value_cards if card.merged_into is None]
    merged = [card.id for card in service.load().value_cards if card.merged_into is not None]
    before = stored_document(service)
    for ballot in ({cards[0]: 3}, {cards[0]: 2, cards[1]: 2}, {cards[0]: -1, cards[1]: 2}, {999_999: 1}):
        with pytest.raises(TooManyDotsError):
            vote(service, round_id, ballot)
    if merged:
        with pytest.raises(TooManyDotsError):
            vote(service, round_id, {merged[0]: 1})
    with pytest.raises(EmptyBallotError):
        vote(service, round_id, {cards[0]: 0})
    service.execute(SetRoundOpen(round_id, False))
    with pytest.raises(VotingClosedError):
        vote(service, round_id, {cards[0]: 1})
    service.execute(SetRoundOpen(round_id, True))
    assert stored_document(service) == before


def test_one_open_round_at_a_time_and_sensible_sizes(service) -> None:
    first = open_round(service)
    with pytest.raises(RoundAlreadyOpenError):
        open_round(service)
    service.execute(SetRoundOpen(first, False))
    second = open_round(service)
    with pytest.raises(RoundAlreadyOpenError):
        service.execute(SetRoundOpen(first, True))
    assert second != first
    for dots, per_card in ((0, 1), (3, 4), (21, 1)):
        with pytest.raises(BadRoundSizeError):
            service.execute(AddVotingRound(VotingRound(id=0, dots_per_person=dots, max_per_card=per_card)))


def test_a_retried_ballot_counts_once(service) -> None:
    round_id = open_round(service)
    cards = [card.id for card in service.load().value_cards if card.merged_into is None]
    token = uuid.uuid4().hex
    counted, changes = cast_ballot(service, round_id, {cards[0]: 2, cards[1]: 1}, token)
    assert counted and changes
    # The phone did not hear the answer and sends the same form again, even after the
    # round closed: it is acknowledged, not counted.
    counted, changes = cast_ballot(service, round_id, {cards[0]: 2, cards[1]: 1}, token)
    assert not counted and not changes
    service.execute(SetRoundOpen(round_id, False))
    assert cast_ballot(service, round_id, {cards[0]: 1}, token) == (False, type(changes)())
    assert rnd(service, round_id).tallies == {cards[0]: 2, cards[1]: 1}
    assert rnd(service, round_id).voters == 1
    for bad in ("", "x" * 65, "tab\there"):
        with pytest.raises(BadBallotTokenError):
            cast_ballot(service, round_id, {cards[0]: 1}, bad)


def test_nothing_links_a_person_to_their_dots(tmp_path) -> None:
    path = tmp_path / "votes.pstudio"
    created = WorkshopService.create(path, demo_workshop(Language.TURKISH))
    try:
        round_id = open_round(created, dots=3, per_card=3)
        cards = [card.id for card in created.load().value_cards if card.merged_into is None]
        tokens = [uuid.uuid4().hex for _ in range(3)]
        for token, ballot in zip(
            tokens, ({cards[0]: 3}, {cards[1]: 1, cards[2]: 2}, {cards[0]: 1}), strict=True
        ):
            cast_ballot(created, round_id, ballot, token)
    finally:
        created.close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute(
            "SELECT card_id, dots FROM vote_tally WHERE round_id = ? ORDER BY card_id", (round_id,)
        ).fetchall() == sorted([(cards[0], 4), (cards[1], 1), (cards[2], 2)])
        assert raw.execute("SELECT voters FROM voting_round WHERE id = ?", (round_id,)).fetchone() == (3,)
        # The tokens are kept, and nothing else: no card, no dots, no time, no order
        # beyond the row id, which says only that the ballots came one after another.
        columns = [row[1] for row in raw.execute("PRAGMA table_info(ballot)")]
        assert columns == ["id", "round_id", "token"]
        assert sorted(
            t for (t,) in raw.execute("SELECT token FROM ballot WHERE round_id = ?", (round_id,))
        ) == sorted(tokens)
        tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in tables:
            names = {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}
            assert not names & {"voter", "voter_id", "person", "ip", "created_at", "cast_at"}, table
    finally:
        raw.close()
