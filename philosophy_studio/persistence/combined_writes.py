"""Small writes that arrive together share one transaction (group commit).

A room of phones posting at the same moment on a workshop file used to queue for the
file's write lock one transaction each. Each transaction gives up the interpreter lock
a handful of times (every SQLite call does) and, with the server's loop busy over
hundreds of open connections, waits up to a switch interval to get it back each time:
500 answers sent at once took 1 to 12 s (p95) although one answer alone is stored in
about a millisecond. Here the first writer to arrive writes, and every writer that
arrives meanwhile waits for it and is written, together, by the next one: one
transaction, one commit and one wait for the lock per batch instead of per answer.

Each writer's part runs in a savepoint of its own, so one refused by a rule (a closed
survey, a duplicate) leaves the others in; any other failure fails the batch. A part's
outcome is handed back only after the whole
transaction committed, so nothing is acknowledged that a failed commit could lose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Generic, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from philosophy_studio.domain.errors import StorageBusyError, StorageUnavailableError, WorkshopError

T = TypeVar("T")

WriteOpener = Callable[[float | None], AbstractContextManager[Session]]


class _Part(Generic[T]):
    __slots__ = ("done", "error", "leads", "result", "work")

    def __init__(self, work: Callable[[Session], T]) -> None:
        self.work = work
        self.done = threading.Event()
        self.leads = False
        self.result: T | None = None
        self.error: BaseException | None = None

    def outcome(self) -> T:
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]


class CombinedWrites:
    """Group commit for one store. ``open_write(wait_seconds)`` opens the transaction
    a batch is written in (Store.write); each part's work must have flushed what it
    wrote, and raise storage failures as StorageUnavailableError."""

    def __init__(self, open_write: WriteOpener) -> None:
        self._open_write = open_write
        self._guard = threading.Lock()
        self._waiting: list[_Part] = []
        self._writing = False

    def run(self, work: Callable[[Session], T], wait_seconds: float | None, default_wait: float) -> T:
        """Run ``work(session)`` in a transaction shared with the writers waiting now,
        and return its result once that transaction committed. A writer not begun
        within ``wait_seconds`` (or ``default_wait``) gets StorageBusyError, as a lock
        wait would."""
        part = _Part(work)
        with self._guard:
            self._waiting.append(part)
            part.leads = not self._writing
            self._writing = True
        if not part.leads:
            self._wait_for_turn(part, default_wait if wait_seconds is None else wait_seconds)
            if not part.leads:
                return part.outcome()
        self._write_waiting(wait_seconds)
        return part.outcome()

    def _wait_for_turn(self, part: _Part, wait_seconds: float) -> None:
        """Until ``part`` was written by another writer, or is handed the writing."""
        if part.done.wait(wait_seconds):
            return
        with self._guard:
            if part.leads or part.done.is_set():
                return
            if part in self._waiting:
                self._waiting.remove(part)
                raise StorageBusyError()
        # Taken into a batch that is being written: its transaction has its own bounds.
        part.done.wait()

    def _write_waiting(self, wait_seconds: float | None) -> None:
        with self._guard:
            batch, self._waiting = self._waiting, []
        try:
            self._write(batch, wait_seconds)
        finally:
            with self._guard:
                if self._waiting:
                    # The next writer in line writes the next batch, with whatever
                    # arrived while this one was written.
                    following = self._waiting[0]
                    following.leads = True
                    following.done.set()
                else:
                    self._writing = False
            for part in batch:
                part.done.set()

    def _write(self, batch: list[_Part], wait_seconds: float | None) -> None:
        # The failure to report: rolling back a transaction SQLite already rolled back
        # raises again ("no such savepoint"), which says nothing to a user.
        cause: BaseException | None = None
        try:
            with self._open_write(wait_seconds) as session:
                for part in batch:
                    savepoint = session.begin_nested()
                    try:
                        part.result = part.work(session)
                    except (WorkshopError, IntegrityError) as error:
                        # A full disk or an I/O error makes SQLite roll back the whole
                        # transaction, the other parts' savepoints with it: the batch
                        # fails, lest a part stored before be acknowledged.
                        if isinstance(error, StorageUnavailableError):
                            cause = error
                            raise
                        savepoint.rollback()
                        part.error = error
                    else:
                        savepoint.commit()
        except BaseException as error:  # noqa: BLE001 - re-raised; every writer hears it
            # Nothing of the batch was stored: each writer hears why.
            for part in batch:
                part.result, part.error = None, cause or error
            raise (cause or error) from None
