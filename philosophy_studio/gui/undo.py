"""Thin QUndoCommand adapters over the domain's commands.

The forward command runs on the database thread and stores the inverse the service
returned. Undo queues a job on the same thread that reads that inverse when it runs;
the thread is serial, so the forward job has always finished by then, even if the
user pressed Ctrl+Z before its result reached the GUI.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from philosophy_studio.domain.commands import CheckedEdit, Command

if TYPE_CHECKING:
    from philosophy_studio.services.edits import Outcome

# Edits of the same field with pauses shorter than this merge into one undo step.
MERGE_WINDOW_SECONDS = 2.0
_MERGEABLE_ID = 1

Executor = Callable[[Callable[[], "Outcome | None"]], None]


class WorkshopUndoCommand(QUndoCommand):
    def __init__(self, command: Command, run: Executor, apply: Callable[[Command], Outcome]) -> None:
        super().__init__(QCoreApplication.translate("Commands", command.label))
        self._forward = command
        self._inverse: Command | None = None
        self._run = run
        self._apply = apply
        self._last_edit = time.monotonic()
        # Commands merged into this one. If this one's own forward edit failed, the
        # earliest of them that succeeded holds the state from before the burst.
        self._absorbed: list[WorkshopUndoCommand] = []

    def id(self) -> int:
        return _MERGEABLE_ID if self._forward.merge_key() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, WorkshopUndoCommand):
            return False
        key = self._forward.merge_key()
        if key is None or key != other._forward.merge_key():
            return False
        if other._last_edit - self._last_edit > MERGE_WINDOW_SECONDS:
            return False
        # Keep this command's inverse (the state before the burst); take the newest edit.
        self._forward = self._forward.merged_with(other._forward)
        self._last_edit = other._last_edit
        self._absorbed.append(other)
        return True

    def redo(self) -> None:
        self._run(self._do_forward)

    def undo(self) -> None:
        self._run(self._do_inverse)

    # Both run on the database thread. _forward is read when the job runs, so a burst
    # merged before its first job ran is applied as one edit.
    def _do_forward(self) -> Outcome:
        outcome = self._apply(self._forward)
        self._inverse = outcome.inverse
        return outcome

    def _do_inverse(self) -> Outcome | None:
        inverses = [c._inverse for c in (self, *self._absorbed) if c._inverse is not None]
        if not inverses:
            return None  # every edit of the burst failed; nothing to take back
        inverse = inverses[0]
        latest = inverses[-1]
        if isinstance(inverse, CheckedEdit) and isinstance(latest, CheckedEdit):
            # Back to the state before the burst, expecting what its last edit stored
            # (when the first edit was stored alone, its own inverse expects the
            # burst's first words, and undo would take the rest for someone else's).
            inverse = dataclasses.replace(inverse, expected=latest.expected)  # type: ignore[attr-defined]
        return self._apply(inverse)
