"""Closing the window waits for the work that must finish (saving, exports) and not for
the work that only shows something (an analysis, a preview, libraries loading ahead)."""

from __future__ import annotations

import threading

from philosophy_studio.gui.tasks import TaskRunner


def test_shutdown_does_not_wait_for_disposable_work(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    release = threading.Event()
    started = threading.Event()
    shown: list[object] = []

    def job(_control: object) -> str:
        started.set()
        release.wait(10)
        return "result"

    runner.run_heavy(job, shown.append, shown.append, disposable=True)
    queued_behind = runner.run_heavy(lambda _c: "never runs", shown.append, shown.append, disposable=True)
    assert started.wait(5)
    runner.shutdown()
    # Shut down while the first job still runs; the one queued behind it never starts.
    assert not release.is_set()
    assert queued_behind.cancelled
    release.set()
    qapp.processEvents()
    assert shown == []


def test_shutdown_finishes_the_work_that_must_finish(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    release = threading.Event()
    started = threading.Event()
    stored: list[object] = []

    def export(_control: object) -> str:
        started.set()
        release.wait(10)
        return "written"

    runner.run_heavy(export, stored.append)
    runner.run_db(lambda: "saved", stored.append)
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()
    runner.shutdown()
    assert sorted(map(str, stored)) == ["saved", "written"]


def test_a_job_done_before_its_callback_is_attached_still_reports_after_the_call(qapp) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import Future

    runner = TaskRunner()
    finished: Future[str] = Future()
    finished.set_result("found")
    # As if the worker had finished the job before run_heavy attached its callback.
    runner._heavy.submit = lambda _job: finished  # type: ignore[method-assign]
    shown: list[str] = []
    control = None

    def show(result: str) -> None:
        shown.append(f"{result} by {control is not None}")

    control = runner.run_heavy(lambda _c: "unused", show)
    assert shown == []
    runner.wait_idle()
    assert shown == ["found by True"]
    runner.shutdown()
