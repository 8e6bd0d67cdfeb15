"""Thin QUndoCommand adapters over the domain's commands.

The forward command runs on the database thread and stores the inverse the service
returned. Undo queues a job on the same thread that reads that inverse when it runs;
the thread is serial, so the forward job has always finished by then, even if the
user pressed Ctrl+Z before its result reached the GUI.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from philosophy_studio.domain.commands import Command

if TYPE_CHECKING:
    from philosophy_studio.gui.models.edit_origin import EditOrigin
    from philosophy_studio.services.edits import Outcome

# Edits of the same field with pauses shorter than this merge into one undo step.
MERGE_WINDOW_SECONDS = 2.0
_MERGEABLE_ID = 1
# Orders the stored edits of a burst, whose jobs may run before or after they merge.
_stored_order = itertools.count()

# Runs a job on the database thread: (job, the undo command when the job is its first
# forward edit, the editor it came from).
Executor = Callable[[Callable[[], "Outcome | None"], "WorkshopUndoCommand | None", "EditOrigin | None"], None]


class WorkshopUndoCommand(QUndoCommand):
    def __init__(
        self,
        command: Command,
        run: Executor,
        apply: Callable[[Command], Outcome],
        origin: EditOrigin | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", command.label))
        self._forward = command
        self._inverse: Command | None = None
        self._run = run
        self._apply = apply
        # Who gets told how the first forward edit went; a later redo is the user's
        # Ctrl+Shift+Z, not the editor's typing.
        self._origin = origin
        self._pushed = False
        self._last_edit = time.monotonic()
        # Commands merged into this one. If this one's own forward edit failed, the
        # earliest of them that succeeded holds the state from before the burst.
        self._absorbed: list[WorkshopUndoCommand] = []
        # Merges happen on the GUI thread while the forward job may be running on the
        # database thread: the merged edit and the list of what it covers change together.
        self._lock = threading.Lock()
        # Set on the database thread: this command's own job has nothing left to do (a
        # job of the command it merged into stored it), or its forward edit failed.
        self._covered = False
        self._failed = False
        self._stored_at = -1

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
        if self._failed:
            # Refused (someone else's change, a full disk): what follows, such as the
            # user's "keep mine", is an undo step of its own with its own expectation.
            return False
        # Keep this command's inverse (the state before the burst); take the newest edit.
        with self._lock:
            self._forward = self._forward.merged_with(other._forward)
            self._absorbed.append(other)
        self._last_edit = other._last_edit
        return True

    @property
    def command(self) -> Command:
        """The forward edit, with whatever merged into it."""
        with self._lock:
            return self._forward

    def redo(self) -> None:
        if self._pushed:
            self._run(self._do_forward, None, None)
        else:
            self._pushed = True
            self._run(self._do_forward, self, self._origin)

    def undo(self) -> None:
        self._run(self._do_inverse, None, None)

    # Both run on the database thread. _forward is read when the job runs, so a burst
    # merged before its first job ran is applied as one edit, and the jobs of the edits
    # it took in are then skipped: run again, a checked edit would meet its own burst's
    # result as someone else's change.
    def _do_forward(self) -> Outcome | None:
        if self._covered:
            return None
        with self._lock:
            forward, covered = self._forward, list(self._absorbed)
        try:
            outcome = self._apply(forward)
        except BaseException:
            self._failed = True
            raise
        self._inverse, self._stored_at, self._failed = outcome.inverse, next(_stored_order), False
        for command in covered:
            command._covered = True
        return outcome

    def _do_inverse(self) -> Outcome | None:
        with self._lock:
            stored = [c for c in (self, *self._absorbed) if c._inverse is not None]
        if not stored:
            return None  # every edit of the burst failed; nothing to take back
        # The earliest inverse brings back the state from before the burst; undoing the
        # edits one by one, newest first, would also expect what the newest one stored.
        first = stored[0]._inverse
        newest = max(stored, key=lambda c: c._stored_at)._inverse
        assert first is not None and newest is not None
        return self._apply(first if newest is first else newest.merged_with(first))
