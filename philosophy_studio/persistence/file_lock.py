"""An exclusive, crash-safe claim on a workshop file by one app window.

The lock is an operating-system lock on a small side file, so it disappears with the
process that held it: a crash or a kill never leaves a workshop that "is open".
SQLite's own locking is untouched; other programs (the CLI, the survey server) may
still read and write the file concurrently.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from philosophy_studio.domain.errors import StorageUnavailableError, WorkshopInUseError


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class WorkshopFileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        target = lock_path_for(self.path)
        try:
            handle = target.open("a+b")
        except OSError as error:
            raise StorageUnavailableError(reason=error.strerror or str(error)) from error
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise WorkshopInUseError(path=self.path) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # The side file stays: deleting it would let a process that opened it just
        # before the deletion and one that creates it afresh both hold "the" lock.
        try:
            _unlock(handle)
        finally:
            handle.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.set_inheritable(handle.fileno(), False)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
