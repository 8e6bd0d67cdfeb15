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
