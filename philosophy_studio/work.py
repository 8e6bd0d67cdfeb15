"""Progress and cancellation for long work (imports, analysis, PDF builds).

Long work is a plain function that takes a ``WorkControl``: it reports progress now and
then and calls ``check()`` at safe points, which raises ``CancelledError`` once someone asked
to stop. No Qt here, so the same functions run from the CLI and in tests; the GUI's task
runner forwards progress to the screen by signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class CancelledError(Exception):
    """The user cancelled the work; nothing it would have written was written."""


class WorkControl:
    def __init__(self, on_progress: Callable[[float, str], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError()

    def progress(self, fraction: float, message: str = "") -> None:
        """Report ``fraction`` (0..1) done; also a safe point to stop."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(min(max(fraction, 0.0), 1.0), message)


class EitherCancels(WorkControl):
    """Two controls of one job, each able to cancel it (the runner's, which the window
    closing cancels, and the caller's, which a newer request cancels); progress goes to
    the first."""

    def __init__(self, first: WorkControl, second: WorkControl) -> None:
        super().__init__()
        self._first, self._second = first, second

    @property
    def cancelled(self) -> bool:
        return self._first.cancelled or self._second.cancelled

    def check(self) -> None:
        self._first.check()
        self._second.check()

    def progress(self, fraction: float, message: str = "") -> None:
        self._second.check()
        self._first.progress(fraction, message)
