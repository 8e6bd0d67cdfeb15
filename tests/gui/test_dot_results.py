"""The dot results on the projector: a bar for every value that got dots, ties and the
tail included, most dots first."""

from __future__ import annotations

import dataclasses

from philosophy_studio.domain.model import Language, ValueCard, VotingRound, VotingStatus, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

# Eleven values with dots, several tied, and one without.
TALLIES = {1: 5, 2: 4, 3: 4, 4: 3, 5: 3, 6: 3, 7: 2, 8: 2, 9: 1, 10: 1, 11: 1}


def test_every_value_with_dots_gets_its_bar(make_window, qtbot, tmp_path) -> None:
    cards = tuple(ValueCard(id=number, name=f"Value {number}") for number in range(1, 13))
    voting = VotingRound(
        id=1,
        dots_per_person=3,
        max_per_card=3,
        status=VotingStatus.CLOSED,
        revealed=True,
        voters=10,
        tallies=TALLIES,
    )
    workshop = dataclasses.replace(
        new_workshop(WorkshopInfo(team_name="D", language=Language.ENGLISH)),
        value_cards=cards,
        voting_rounds=(voting,),
    )
    path = tmp_path / "dots.pstudio"
    WorkshopService.create(path, workshop).close()
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VALUES)
    page = window.workshop_view.page_for[Step.VALUES]
    page.open_presentation()
    view = page.presentation
    qtbot.waitUntil(view.isVisible)
    assert view.results.isVisibleTo(view)
    assert view.chart.isVisibleTo(view) and not view.cloud.isVisibleTo(view)
    assert list(view.chart.bars) == [(f"Value {number}", dots) for number, dots in TALLIES.items()]
    assert len(view.top.text().splitlines()) == len(TALLIES)
    view.close()
