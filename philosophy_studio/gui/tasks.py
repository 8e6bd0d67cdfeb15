"""The one helper that runs work off the GUI thread.

Database work goes to a single worker thread, so it is serialised and runs in the
order it was asked for. CPU-heavy work (analysis, PDF builds, parsing imports) goes to a
second worker, so it never holds up saving; it gets a WorkControl for progress and
Cancel. Results come back to the GUI thread only through a queued signal, never by
touching widgets from a worker.

Heavy work that only shows something (an analysis, a preview, loading libraries ahead
of time) is *disposable*: closing the window cancels it and does not wait for it, so
quitting is immediate. Everything else (saving, exporting a file) is waited for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, Qt, QTimer, Signal

from philosophy_studio.work import WorkControl

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]

ErrorCallback = Callable[[BaseException], None]


class TaskRunner(QObject):
    # (on_done, on_error, result, error): emitted by a worker, received on the GUI thread.
    _delivered = Signal(object, object, object, object)
    # (on_progress, fraction, message), likewise.
    _progressed = Signal(object, float, str)
    # Emitted on the GUI thread once a result has been handled: wakes _wait.
    _handled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ps-db")
        self._heavy = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ps-work")
        self._outstanding = 0
        # Outstanding jobs that closing must wait for (all but the disposable ones).
        self._kept = 0
        self._disposable: set[WorkControl] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Queued even when emitted on the GUI thread (a job that finished before its
        # callback was attached reports at once, inside run_heavy): a caller's callbacks
        # then never run before the call that started the job has returned.
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(lambda on_progress, fraction, message: on_progress(fraction, message))

    @property
    def is_shut_down(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._outstanding > 0

    @property
    def _must_finish(self) -> bool:
        with self._lock:
            return self._kept > 0

    def run_db(
        self, job: Callable[[], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        """Queue ``job`` on the database thread; call back on the GUI thread."""
        self._submit(self._database, job, on_done, on_error)

    def run_heavy(
        self,
        job: Callable[[WorkControl], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        *,
        disposable: bool = False,
    ) -> WorkControl:
        """Run CPU-heavy ``job(control)`` on the work thread. Returns the control, whose
        ``cancel()`` makes the job raise ``CancelledError`` at its next safe point (delivered
        to ``on_error``). Progress reaches ``on_progress`` on the GUI thread. A
        ``disposable`` job is cancelled, not waited for, when the runner shuts down."""
        forward = None
        if on_progress is not None:

            def forward(fraction: float, message: str) -> None:
                self._progressed.emit(on_progress, fraction, message)

        control = WorkControl(forward)
        self._submit(self._heavy, lambda: job(control), on_done, on_error, control if disposable else None)
        return control

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        job: Callable[[], Any],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        disposable: WorkControl | None = None,
    ) -> None:
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        with self._lock:
            self._outstanding += 1
            if disposable is None:
                self._kept += 1
            else:
                self._disposable.add(disposable)
        future = pool.submit(job)
        future.add_done_callback(lambda f: self._finish(f, on_done, on_error, disposable))

    def _finish(
        self,
        future: Future[Any],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        disposable: WorkControl | None,
    ) -> None:
        # A job still queued when the runner shut down is cancelled before it starts.
        error = CancelledError() if future.cancelled() else future.exception()
        result = None if error is not None else future.result()
        self._delivered.emit((on_done, disposable), on_error, result, error)

    def _on_delivered(
        self,
        done: tuple[Callback | None, WorkControl | None],
        on_error: ErrorCallback | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        on_done, disposable = done
        try:
            # Disposable work that outlived the window has nobody left to show it to.
            if disposable is not None and self._closed:
                return
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
            elif on_done is not None:
                on_done(result)
        finally:
            with self._lock:
                self._outstanding -= 1
                if disposable is None:
                    self._kept -= 1
                else:
                    self._disposable.discard(disposable)
            self._handled.emit()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every queued job has run and called back (tests).
        Returns False on timeout."""
        return self._wait(lambda: self.busy, timeout_ms)

    def _wait(self, pending: Callable[[], bool], timeout_ms: int) -> bool:
        # A nested event loop, not a processEvents() spin: spinning while a long job runs
        # calls processEvents() hundreds of thousands of times and keeps a core busy.
        # Every handled result wakes it to look at ``pending`` again.
        deadline = QDeadlineTimer(timeout_ms)
        while pending() and not deadline.hasExpired():
            loop = QEventLoop()
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            self._handled.connect(loop.quit)
            guard.start(max(1, int(deadline.remainingTime())))
            # Checked again after connecting: the last job may have finished meanwhile.
            if pending():
                loop.exec()
            guard.stop()
            self._handled.disconnect(loop.quit)
        return not pending()

    def shutdown(self) -> None:
        """Finish the work that must finish (saving, exports) and deliver its results;
        cancel disposable work without waiting for it; then stop both threads."""
        with self._lock:
            disposable = list(self._disposable)
        for control in disposable:
            control.cancel()
        self._wait(lambda: self._must_finish, 30_000)
        self._closed = True
        self._database.shutdown(wait=True)
        self._heavy.shutdown(wait=False, cancel_futures=True)
