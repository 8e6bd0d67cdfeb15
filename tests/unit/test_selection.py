"""The candidates of the five-or-fewer selection and their ranking."""

from dataclasses import replace

from philosophy_studio.domain.model import (
    Language,
    SurveySettings,
    ValueCard,
    VotingRound,
    VotingStatus,
    Workshop,
    WorkshopInfo,
)
from philosophy_studio.domain.selection import candidates, selection_after


def workshop(*cards: ValueCard, rounds: tuple[VotingRound, ...] = ()) -> Workshop:
    return Workshop(
        id=1,
        info=WorkshopInfo(team_name="t", language=Language.TURKISH),
        survey=SurveySettings(question="?"),
        value_cards=cards,
        voting_rounds=rounds,
    )


CARDS = (
    ValueCard(id=1, name="Sabır"),
    ValueCard(id=2, name="Empati"),
    ValueCard(id=3, name="Hızlı yanıt"),
    ValueCard(id=4, name="hızlı cevap verme", merged_into=3),
)
ROUND = VotingRound(id=7, status=VotingStatus.CLOSED, voters=3, tallies={1: 2, 2: 3, 3: 1, 4: 3})


def test_dots_count_only_once_shown_and_merged_cards_add_theirs() -> None:
    hidden = candidates(workshop(*CARDS, rounds=(ROUND,)))
    assert [c.card.id for c in hidden] == [1, 2, 3]  # board order: nothing to rank by yet
    assert {c.dots for c in hidden} == {None}
    shown = candidates(workshop(*CARDS, rounds=(replace(ROUND, revealed=True),)))
    # Hızlı yanıt: its own dot and the three of the card merged into it.
    assert [(c.card.name, c.dots) for c in shown] == [("Hızlı yanıt", 4), ("Empati", 3), ("Sabır", 2)]
    assert shown[0].also == ("hızlı cevap verme",)


def test_survey_support_breaks_ties_and_ranks_when_there_are_no_votes() -> None:
    tie = VotingRound(id=1, revealed=True, tallies={1: 2, 2: 2})
    ranked = candidates(workshop(*CARDS, rounds=(tie,)), {2: 9, 1: 4})
    assert [c.card.id for c in ranked] == [2, 1, 3]
    assert [c.respondents for c in ranked] == [9, 4, None]
    assert [c.card.id for c in candidates(workshop(*CARDS), {3: 5})] == [3, 1, 2]


def test_only_the_latest_round_counts() -> None:
    old = VotingRound(id=1, revealed=True, tallies={1: 5})
    new = VotingRound(id=2, revealed=False, tallies={2: 5})
    assert {c.dots for c in candidates(workshop(*CARDS, rounds=(old, new)))} == {None}


def test_five_or_fewer() -> None:
    five = tuple(ValueCard(id=i, name=f"v{i}", selected_rank=i) for i in range(1, 6))
    sixth = ValueCard(id=6, name="v6")
    full = workshop(*five, sixth)
    assert selection_after(full, 6, True) is None
    assert selection_after(full, 3, False) == (1, 2, 4, 5)
    assert selection_after(full, 3, True) == (1, 2, 3, 4, 5)  # already chosen: unchanged
    fewer = workshop(*five[:4], sixth)
    assert selection_after(fewer, 6, True) == (1, 2, 3, 4, 6)
