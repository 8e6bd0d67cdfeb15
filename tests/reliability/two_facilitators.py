"""Two facilitators on one workshop (two services, two connections) making edits at the
same moment, for the race tests of team databases and files."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ROUNDS = 40


@pytest.fixture
def two_facilitators(workshop_location: str) -> Iterator[tuple[WorkshopService, WorkshopService]]:
    info = WorkshopInfo(team_name="Yarış", language=Language.TURKISH)
    first = WorkshopService.create(workshop_location, new_workshop(info))
    second = WorkshopService.open(workshop_location, workshop_id=first.workshop_id)
    yield first, second
    second.close()
    first.close()


def at_once(first: Callable[[], object], second: Callable[[], object]) -> list[BaseException]:
    """Runs both edits released together; returns the refusals of a rule."""
    barrier = threading.Barrier(2)
    refused: list[BaseException] = []

    def run(edit: Callable[[], object]) -> None:
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
