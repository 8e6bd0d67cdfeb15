"""What the Check-ins benchmarks (bench_checkins.py, bench_pulse.py) share: years of
check-ins with staff survey answers stored in a workshop file and, when PostgreSQL's
server binaries are installed (or PHILOSOPHY_STUDIO_TEST_PG_URL names a server), in a
team database; the window opened on it; every check-in's report timed; the verdict.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 200.0

# Where a built workshop opens: its location and, for a team database, its password.
Built = tuple[str, str | None]


def checkin_days(start: dt.date, checkins: int) -> tuple[dt.date, ...]:
    """A check-in every quarter after the workshop."""
    return tuple(start + dt.timedelta(days=91 * number) for number in range(1, checkins + 1))


def build(location: str, workshop: Any, staff: int) -> Built:
    """``workshop`` stored at ``location`` with ``staff`` survey answers."""
    from bench_analysis import corpus
    from sqlalchemy.engine import make_url

    from philosophy_studio.services import survey
    from philosophy_studio.services.workshop_service import WorkshopService

    service = WorkshopService.create(location, workshop)
    if staff:
        survey.import_answers(service, survey.plan_import(corpus(staff)))
    opened = service.location
    service.close()
    return opened, make_url(location).password if "://" in location else None


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def open_window(location: Built) -> Any:
    """The app's window, as large as a laptop's screen, with the workshop open."""
    from PySide6.QtCore import QEventLoop

    from philosophy_studio.gui.application import build_window
    from philosophy_studio.settings import load_settings

    window = build_window(load_settings())
    window.resize(1440, 900)
    window.show()
    opening = QEventLoop()
    window.session.opened.connect(lambda _workshop: opening.quit())
    window.open_location(*location)
    opening.exec()
    return window


def open_checkins(window: Any) -> tuple[Any, float]:
    """The Check-ins page and how long it took from choosing it in the navigator to
    laid out and painted."""
    from PySide6.QtWidgets import QApplication

    from philosophy_studio.domain.steps import Step

    page = window.workshop_view.page_for[Step.CHECKINS]
    started = time.perf_counter()
    window.workshop_view.navigator.select_step(Step.CHECKINS)
    page.repaint()
    QApplication.processEvents()
    return page, ms(started)


def timed_stores(window: Any, edits: Iterable[Callable[[], None]], shown: Callable[[], None]) -> list[float]:
    """How long each edit took until stored and ``shown()``, fastest first; ``edits``
    may set the page up before each is timed."""
    from PySide6.QtCore import QEventLoop, QTimer

    stored = QEventLoop()
    window.session.changed.connect(lambda _w, _c: QTimer.singleShot(0, stored.quit))
    times: list[float] = []
    for edit in edits:
        started = time.perf_counter()
        edit()
        stored.exec()
        shown()
        times.append(ms(started))
    # The first edits open the storage thread's connection and warm its caches.
    return sorted(times[3:])


def verdict(window: Any, label: str, worst: dict[str, float]) -> bool:
    """Time every check-in's report, close the window and print ``worst`` with the
    slowest report; whether each is within TARGET_MS."""
    from philosophy_studio.export.checkin_report import build_checkin_report_pdf
    from philosophy_studio.services.checkins import checkin_report

    workshop_now = window.session.workshop
    reports: list[float] = []
    for number in range(1, len(workshop_now.checkin_days) + 1):
        started = time.perf_counter()
        build_checkin_report_pdf(checkin_report(workshop_now, number))
        reports.append(ms(started))
    window.close()

    worst = {**worst, "a report (max)": max(reports[1:])}
    ok = all(value <= TARGET_MS for value in worst.values())
    figures = "   ".join(f"{name} {value:5.0f} ms" for name, value in worst.items())
    # The first report of a run loads reportlab and registers the fonts, on the work
    # thread, as the app does; shown apart, not judged as a view.
    print(f"{label:<11} {figures}   (first report {reports[0]:.0f} ms)   {'ok' if ok else 'TOO SLOW'}")
    return ok


def main(heading: str, workshop: Callable[[int, int], Any], run: Callable[[Built, str], bool]) -> None:
    """Run ``run`` on a workshop file and on a team database, each holding
    ``workshop(CHECKINS, STAFF)`` and STAFF survey answers (the command's arguments);
    ``heading`` is formatted with checkins, staff and target."""
    checkins = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    staff = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from postgres_server import create_database, drop_database, server_url

    with tempfile.TemporaryDirectory() as folder:
        os.environ["PHILOSOPHY_STUDIO_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["PHILOSOPHY_STUDIO_DATA_DIR"] = str(Path(folder) / "data")
        from philosophy_studio.gui.application import create_application

        create_application()
        admin_url, cluster, reason = server_url()
        print(heading.format(checkins=checkins, staff=staff, target=TARGET_MS))
        all_ok = True
        try:
            all_ok &= run(build(str(Path(folder) / "w.pstudio"), workshop(checkins, staff), staff), "file")
            if admin_url is not None:
                database = create_database(admin_url)
                try:
                    all_ok &= run(build(database, workshop(checkins, staff), staff), "PostgreSQL")
                finally:
                    drop_database(admin_url, database)
            else:
                print(f"PostgreSQL not measured: {reason}")
        finally:
            if cluster is not None:
                cluster.stop()
        print("verdict: " + ("ok" if all_ok else "TOO SLOW"))
