"""The undo adapter with the database thread's timing under the test's control: a burst
of checked edits is stored and undone exactly whether each edit's job runs before or
after the edits merge, and a "keep mine" after a refused edit is an undo step of its
own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.gui.undo import WorkshopUndoCommand
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


class SerialJobs:
    """Stands in for the database thread: jobs wait until the test runs them."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], object]] = []
        self.errors: list[BaseException] = []

    def __call__(self, job: Callable[[], object], _first_run: object, _origin: object) -> None:
        self.waiting.append(job)

    def run(self) -> None:
        while self.waiting:
            try:
                self.waiting.pop(0)()
            except EditConflictError as error:
                self.errors.append(error)


@pytest.fixture
def service(tmp_path: Path):
    created = WorkshopService.create(
        tmp_path / "undo.pstudio", new_workshop(WorkshopInfo(team_name="U", language=Language.ENGLISH))
    )
    yield created
    created.close()


def vision(service) -> str:
    return service.load().chosen_vision.text


# When the jobs run relative to the pushes: after every push, only at the end, or in
# between (the first edit alone, the other two merged into it before they ran).
@pytest.mark.parametrize("run_after", [(0, 1, 2), (2,), (0, 2)])
def test_a_burst_is_stored_and_undone_exactly_however_its_jobs_interleave(service, run_after) -> None:
    jobs, stack = SerialJobs(), QUndoStack()
    draft = service.load().chosen_vision.id
    previous = ""
    for number, text in enumerate(("We ", "We listen ", "We listen first.")):
        stack.push(WorkshopUndoCommand(SetVisionText(draft, text, expected=previous), jobs, service.execute))
        previous = text
        if number in run_after:
            jobs.run()
    assert stack.count() == 1
    assert jobs.errors == [] and vision(service) == "We listen first."
    stack.undo()
    jobs.run()
    assert jobs.errors == [] and vision(service) == ""
    stack.redo()
    jobs.run()
    assert jobs.errors == [] and vision(service) == "We listen first."


def test_keep_mine_after_a_refused_edit_is_its_own_exact_undo_step(service) -> None:
    jobs, stack = SerialJobs(), QUndoStack()
    draft = service.load().chosen_vision.id
    service.execute(SetVisionText(draft, "Theirs."))  # another facilitator, unseen
    stack.push(WorkshopUndoCommand(SetVisionText(draft, "Mine.", expected=""), jobs, service.execute))
    jobs.run()
    assert [type(error) for error in jobs.errors] == [EditConflictError]
    keep = SetVisionText(draft, "Mine.", expected=jobs.errors[0].theirs)
    jobs.errors.clear()
    stack.push(WorkshopUndoCommand(keep, jobs, service.execute))
    jobs.run()
    assert stack.count() == 2 and vision(service) == "Mine."
    stack.undo()
    jobs.run()
    assert vision(service) == "Theirs."
    stack.redo()
    jobs.run()
    assert jobs.errors == [] and vision(service) == "Mine."
