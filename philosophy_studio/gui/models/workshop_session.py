"""The open workshop as the GUI sees it: the latest snapshot, change notifications and
the undo stack. Pages read ``workshop`` and listen to ``changed``; they edit only
through ``execute``. Every storage call runs on the task runner's database thread.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Language, Workshop, WorkshopInfo
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.tasks import TaskRunner
from philosophy_studio.gui.undo import WorkshopUndoCommand

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.services.edits import Outcome
    from philosophy_studio.services.workshop_service import WorkshopService

log = logging.getLogger(__name__)

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


def _loaded(service: WorkshopService) -> Workshop:
    """The workshop snapshot, with what every screen derives from its answers already
    worked out here, on the storage thread, rather than on the GUI thread."""
    workshop = service.load()
    _ = workshop.visible_answer_ids
    return workshop


def _routine_backups(service: WorkshopService) -> None:
    if service.path is None:
        return  # a team server is backed up by its administrator
    from philosophy_studio.services.backups import make_routine_backups

    try:
        make_routine_backups(service.path)
    except (OSError, sqlite3.Error):
        # A missing backup must not keep anyone from their workshop; the next open
        # tries again.
        log.warning("routine backup of %s failed", service.path, exc_info=True)


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
    # A translated, one-line message for the user.
    failed = Signal(str)
    # An EditConflictError: someone else changed what an edit expected; the page that
    # made the edit offers the choice.
    conflicted = Signal(object)
    saving_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service: WorkshopService | None = None
        self._pending_edits = 0
        self.workshop: Workshop | None = None
        self.location: str | None = None
        self.undo_stack = QUndoStack(self)
        # On a shared server, others' edits are noticed by polling a cheap fingerprint.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._check_for_others)
        self._fingerprint: tuple[int, ...] | None = None
        self._polling = False
        self._analysis: AnalysisModel | None = None

    @property
    def is_open(self) -> bool:
        return self._service is not None

    @property
    def runner(self) -> TaskRunner:
        """The task runner, for pages that run their own long work (PDF builds)."""
        return self._runner

    @property
    def analysis(self) -> AnalysisModel:
        """The word analysis of this workshop, created when a screen first needs it
        (it loads the heavy analysis libraries)."""
        if self._analysis is None:
            from philosophy_studio.gui.models.analysis_model import AnalysisModel

            self._analysis = AnalysisModel(self)
        return self._analysis

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
        def job() -> tuple[WorkshopService, Workshop, tuple[int, ...] | None]:
            service = make_service()
            try:
                # Taken before the load: a change landing in between then shows up as a
                # difference at the first poll instead of being missed.
                fingerprint = service.fingerprint() if service.path is None else None
                return service, _loaded(service), fingerprint
            except BaseException:
                service.close()
                raise

        def switch(opened: tuple[WorkshopService, Workshop, tuple[int, ...] | None]) -> None:
            self.close()
            self._service, self.workshop, self._fingerprint = opened
            self.location = self._service.location
            if self._service.path is None:
                self._poll.start()
            self.opened.emit(self.workshop)

        self._runner.run_db(job, switch, on_error or self._report)

    def close(self) -> None:
        """Close the open workshop after every queued edit is stored."""
        if self._service is None:
            return
        service, self._service = self._service, None
        self._poll.stop()
        self._runner.run_db(service.close, on_error=self._report)
        self.undo_stack.clear()
        self.workshop = None
        self.location = None
        self.closed.emit()

    # --- editing --------------------------------------------------------------------

    def execute(self, command: Command) -> None:
        """Apply ``command`` as an undoable edit; it is stored at once."""
        if self._service is None:
            return
        # Bound to this service: a queued edit still reaches its workshop after close().
        self.undo_stack.push(WorkshopUndoCommand(command, self._run_edit, self._service.execute))

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
        service = self._service
        if service is None:
            return

        def work() -> tuple[Any, Changes, Workshop]:
            result, changes = job(service)
            return result, changes, _loaded(service)

        def done(outcome: tuple[Any, Changes, Workshop]) -> None:
            self._set_pending(-1)
            result, changes, workshop = outcome
            if service is self._service:
                self.workshop = workshop
                if changes:
                    self.changed.emit(workshop, changes)
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

    def _run_edit(self, job: Callable[[], Outcome | None]) -> None:
        service = self._service
        if service is None:
            return

        def work() -> tuple[Changes, Workshop, tuple[int, ...] | None] | None:
            outcome = job()
            if outcome is None:
                return None
            # On a server, remember the state we made, so polling does not mistake our
            # own edit for someone else's.
            fingerprint = service.fingerprint() if service.path is None else None
            return outcome.changes, _loaded(service), fingerprint

        self._set_pending(+1)
        self._runner.run_db(work, lambda result: self._on_edited(service, result), self._on_edit_failed)

    def _on_edited(
        self, service: WorkshopService, result: tuple[Changes, Workshop, tuple[int, ...] | None] | None
    ) -> None:
        self._set_pending(-1)
        if result is None or service is not self._service:
            return
        changes, self.workshop, fingerprint = result
        if fingerprint is not None:
            self._fingerprint = fingerprint
        self.changed.emit(self.workshop, changes)

    def _on_edit_failed(self, error: BaseException) -> None:
        self._set_pending(-1)
        if isinstance(error, EditConflictError):
            self.conflicted.emit(error)
        else:
            self._report(error)

    def _check_for_others(self) -> None:
        service = self._service
        if service is None or self._polling or self.is_saving:
            return
        self._polling = True

        known = self._fingerprint

        def look() -> tuple[tuple[int, ...], Workshop | None]:
            current = service.fingerprint()
            return current, _loaded(service) if current != known else None

        def seen(result: tuple[tuple[int, ...], Workshop | None]) -> None:
            self._polling = False
            fingerprint, workshop = result
            if service is not self._service:
                return
            self._fingerprint = fingerprint
            if workshop is not None and not self.is_saving:
                self.workshop = workshop
                self.changed.emit(workshop, Changes.everything())

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
        message = error_message(error)
        if message is None:
            log.error("unexpected error in a workshop task", exc_info=error)
            message = error_message(error, unexpected=True) or str(error)
        self.failed.emit(message)
