"""The open workshop as the GUI sees it: the latest snapshot, change notifications and
the undo stack. Pages read ``workshop`` and listen to ``changed``; they edit only
through ``execute``. Every storage call runs on the task runner's database thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Language, Workshop, WorkshopInfo
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.edit_origin import EditOrigin, current_origin
from philosophy_studio.gui.tasks import TaskRunner
from philosophy_studio.gui.undo import WorkshopUndoCommand

if TYPE_CHECKING:
    from philosophy_studio.services.edits import Outcome
    from philosophy_studio.services.workshop_service import Snapshot, WorkshopService

log = logging.getLogger(__name__)

CommandT = TypeVar("CommandT", bound=Command)

POLL_INTERVAL_MS = 3000


def _open_service(location: str, password: str | None = None) -> WorkshopService:
    from philosophy_studio.services.workshop_service import WorkshopService

    service = WorkshopService.open(location, exclusive=True, password=password)
    try:
        service.ensure_chosen_vision()
    except BaseException:
        service.close()
        raise
    _routine_backups(service)
    return service


class _SnapshotReader:
    """Reads the workshop's snapshots on the storage thread (and only there), each from
    the one before: only what an edit changed is read again (the answers, up to 100,000
    of them, only when something changed them), so an edit's cost does not grow with
    the survey."""

    def __init__(self, service: WorkshopService) -> None:
        self.service = service
        self._last: Snapshot | None = None

    def read(self, changes: Changes | None = None) -> Snapshot:
        """The workshop after ``changes`` (None: anything may have changed), with what
        others changed meanwhile on a team database."""
        snapshot = self.service.snapshot(self._last, changes)
        # Worked out here rather than on the GUI thread, which every screen needs.
        _ = snapshot.workshop.visible_answer_ids
        self._last = snapshot
        return snapshot


def _routine_backups(service: WorkshopService) -> None:
    if service.path is None:
        return  # a team server is backed up by its administrator
    from philosophy_studio.services.backups import try_routine_backups

    try_routine_backups(service.path)


def _restored_service(service: WorkshopService, backup: Path) -> WorkshopService:
    from philosophy_studio.services.backups import restore_backup

    assert service.path is not None
    location = service.location
    service.close()
    restore_backup(backup, service.path)
    return _open_service(location)


def _create_service(location: str, info: WorkshopInfo) -> WorkshopService:
    from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

    return WorkshopService.create(location, new_workshop(info), exclusive=True)


def _demo_service(language: Language, folder: Path) -> WorkshopService:
    from philosophy_studio.services.interchange import create_demo_copy

    return _open_service(str(create_demo_copy(language, folder)))


class WorkshopSession(QObject):
    opened = Signal(object)  # Workshop
    changed = Signal(object, object)  # Workshop, Changes
    closed = Signal()
    # The exception behind a failed task; i18n.describe_failure words it for the user in
    # whichever language is current when it is shown.
    failed = Signal(object)
    # (EditConflictError, EditOrigin | None): someone else changed what an edit of a
    # kind no page resolves itself expected (see on_conflict); the window offers the
    # choice, and tells the editor it came from.
    conflicted = Signal(object, object)
    saving_changed = Signal(bool)
    # An edit failed to store and now waits for Retry (see unsaved): a list that shows
    # its new items keeps showing one whose adding failed, and can take another.
    unsaved_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service: WorkshopService | None = None
        self._reader: _SnapshotReader | None = None
        self._pending_edits = 0
        self.workshop: Workshop | None = None
        self.location: str | None = None
        self.undo_stack = QUndoStack(self)
        # On a shared server, others' edits are noticed by polling a cheap fingerprint.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._check_for_others)
        self._polling = False
        # What a poll found others changed while an edit of ours was on its way: told
        # with that edit, so no page shows the older state in between.
        self._unannounced = Changes()
        # Edits that failed to store (a full disk, a read-only file, a lost server), for
        # Retry; a later edit of the same thing replaces its entry.
        self._unsaved: list[Command] = []
        self._conflict_handlers: dict[type[Command], Callable[[EditConflictError], None]] = {}

    @property
    def is_open(self) -> bool:
        return self._service is not None

    @property
    def runner(self) -> TaskRunner:
        """The task runner, for pages that run their own long work (PDF builds)."""
        return self._runner

    @property
    def path(self) -> Path | None:
        """The workshop file, or None for a team server (or when nothing is open)."""
        return self._service.path if self._service is not None else None

    @property
    def is_saving(self) -> bool:
        return self._pending_edits > 0

    # --- opening and closing --------------------------------------------------------

    def open(self, location: str, password: str | None = None) -> None:
        """Open a workshop file, or a workshop on a team server (``password`` for the
        server; it is kept in memory only)."""
        self._start(lambda: _open_service(location, password))

    def create(self, location: str, info: WorkshopInfo) -> None:
        self._start(lambda: _create_service(location, info))

    def open_demo(self, language: Language, folder: Path) -> None:
        self._start(lambda: _demo_service(language, folder))

    def restore(self, backup: Path) -> None:
        """Replace the open workshop file's content with ``backup`` (after keeping the
        present state aside) and open it again. Undo history ends here: it described
        the content that was replaced. A backup that is not a workshop is refused while
        the workshop stays open."""
        service = self._service
        if service is None or service.path is None:
            return

        def check(_service: WorkshopService) -> tuple[None, Changes]:
            from philosophy_studio.services.backups import validate_backup

            validate_backup(backup)
            return None, Changes()

        def failed_after_close(error: BaseException) -> None:
            # The old connection is gone; show the Start page with the message rather
            # than a workshop that can no longer save.
            self.close()
            self._report(error)

        def replace(_result: None) -> None:
            self.undo_stack.clear()
            self._start(lambda: _restored_service(service, backup), failed_after_close)

        self.call(check, replace)

    def _start(
        self,
        make_service: Callable[[], WorkshopService],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def job() -> tuple[_SnapshotReader, Workshop]:
            service = make_service()
            try:
                reader = _SnapshotReader(service)
                return reader, reader.read().workshop
            except BaseException:
                service.close()
                raise

        def switch(opened: tuple[_SnapshotReader, Workshop]) -> None:
            self.close()
            self._reader, self.workshop = opened
            self._unannounced = Changes()
            self._service = self._reader.service
            self.location = self._service.location
            if self._service.path is None:
                self._poll.start()
            self.opened.emit(self.workshop)

        self._runner.run_db(job, switch, on_error or self._report)

    def close(self) -> None:
        """Close the open workshop after every queued edit is stored."""
        if self._service is None:
            return
        service, self._service, self._reader = self._service, None, None
        self._poll.stop()
        self._runner.run_db(service.close, on_error=self._report)
        self.undo_stack.clear()
        self._unsaved.clear()
        self.workshop = None
        self.location = None
        self.closed.emit()

    # --- editing --------------------------------------------------------------------

    def execute(self, command: Command) -> None:
        """Apply ``command`` as an undoable edit; it is stored at once. An editor that
        sent it (see edit_origin) is told whether it was stored."""
        if self._service is None:
            return
        key = command.merge_key()
        if key is not None:
            self._unsaved = [waiting for waiting in self._unsaved if waiting.merge_key() != key]
        # Bound to this service: a queued edit still reaches its workshop after close().
        self.undo_stack.push(
            WorkshopUndoCommand(command, self._run_edit, self._service.execute, current_origin())
        )

    def on_conflict(
        self, kinds: tuple[type[Command], ...], handler: Callable[[EditConflictError], None]
    ) -> None:
        """``handler`` resolves the refused edits of these kinds: the part of a page that
        makes them knows best what to show. Other kinds go to ``conflicted``."""
        for kind in kinds:
            self._conflict_handlers[kind] = handler

    @property
    def has_unsaved_edits(self) -> bool:
        return bool(self._unsaved)

    def unsaved(self, kind: type[CommandT]) -> list[CommandT]:
        """The edits of ``kind`` that failed to store and wait for Retry: a table shows
        them over the stored rows, so the user's typing stays on screen."""
        return [command for command in self._unsaved if isinstance(command, kind)]

    def replace_unsaved(self, waiting: Command, instead: Command | None) -> None:
        """The user went on editing (or, with None, removed) what ``waiting`` would
        store: Retry stores ``instead``."""
        index = self._unsaved.index(waiting)
        if instead is None:
            del self._unsaved[index]
        else:
            self._unsaved[index] = instead

    def retry_unsaved(self) -> None:
        """Send again the edits that failed to store. Editors still showing their text
        send it themselves (on commit); these are the rest: table cells, ticks, moves."""
        waiting, self._unsaved = self._unsaved, []
        for command in waiting:
            self.execute(command)

    def call(
        self,
        job: Callable[[WorkshopService], tuple[Any, Changes]],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call that is not an undoable edit (a kiosk submission, an
        import) on the storage thread. ``job(service)`` returns (result, changes); the
        snapshot is re-read, ``changed`` emitted, then ``on_done(result)`` called.
        Failures go to ``on_error``, or to ``failed`` when there is none."""
        service, reader = self._service, self._reader
        if service is None or reader is None:
            return

        def work() -> tuple[Any, Snapshot]:
            result, changes = job(service)
            return result, reader.read(changes)

        def done(outcome: tuple[Any, Snapshot]) -> None:
            self._set_pending(-1)
            result, snapshot = outcome
            if service is self._service:
                self._show(snapshot)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._set_pending(-1)
            if on_error is not None:
                on_error(error)
            else:
                self._report(error)

        self._set_pending(+1)
        self._runner.run_db(work, done, failed)

    def _run_edit(
        self,
        job: Callable[[], Outcome | None],
        first_run: WorkshopUndoCommand | None,
        origin: EditOrigin | None,
    ) -> None:
        service, reader = self._service, self._reader
        if service is None or reader is None:
            return
        token = origin.edit_sent() if origin is not None else 0

        def settle(stored: bool) -> None:
            if origin is not None:
                origin.edit_settled(token, stored)

        def edited(snapshot: Snapshot | None) -> None:
            settle(True)
            self._set_pending(-1)
            if snapshot is not None and service is self._service:
                self._show(snapshot)

        def failed(error: BaseException) -> None:
            # Kept for Retry before the saving state is announced, which then says so.
            kept = first_run is not None and not isinstance(error, EditConflictError)
            if kept:
                self._unsaved.append(first_run.command)
            self._set_pending(-1)
            settle(False)
            if kept:
                self.unsaved_changed.emit()
            if isinstance(error, EditConflictError):
                handler = self._conflict_handlers.get(type(error.command))
                if handler is not None:
                    handler(error)
                else:
                    self.conflicted.emit(error, origin)
                return
            self._report(error)

        def work() -> Snapshot | None:
            outcome = job()
            return None if outcome is None else reader.read(outcome.changes)

        self._set_pending(+1)
        self._runner.run_db(work, edited, failed)

    def _show(self, snapshot: Snapshot) -> None:
        changes, self._unannounced = snapshot.changes | self._unannounced, Changes()
        self.workshop = snapshot.workshop
        if changes:
            self.changed.emit(snapshot.workshop, changes)

    def _check_for_others(self) -> None:
        service, reader = self._service, self._reader
        if service is None or reader is None or self._polling or self.is_saving:
            return
        self._polling = True

        def look() -> Snapshot:
            # Nothing of ours has changed: only what the fingerprint shows others changed
            # is read again.
            return reader.read(Changes())

        def seen(snapshot: Snapshot) -> None:
            self._polling = False
            if service is not self._service:
                return
            if self.is_saving:
                self._unannounced |= snapshot.changes
            elif snapshot.changes or self._unannounced:
                # What an earlier poll found while an edit that then failed was on its
                # way is shown now.
                self._show(snapshot)

        def failed(error: BaseException) -> None:
            self._polling = False
            log.info("could not check the team server for changes: %s", error)

        self._runner.run_db(look, seen, failed)

    def _set_pending(self, delta: int) -> None:
        was_saving = self.is_saving
        self._pending_edits += delta
        if was_saving != self.is_saving:
            self.saving_changed.emit(self.is_saving)

    def _report(self, error: Any) -> None:
        if not isinstance(error, Exception):
            raise error
        if error_message(error) is None:
            log.error("unexpected error in a workshop task", exc_info=error)
        self.failed.emit(error)
