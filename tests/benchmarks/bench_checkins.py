"""Three years of check-ins: how long the Check-ins step and its report take.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_checkins.py [CHECKINS] [STAFF]

The English demo workshop with CHECKINS check-ins (default 12, one a quarter for three
years), a reading of every metric at the workshop and at each check-in, and STAFF
survey answers (default 200). Run on a workshop file and, when PostgreSQL's server
binaries are installed (or PHILOSOPHY_STUDIO_TEST_PG_URL names a server), on a team
database too. Measured in the real window:

- opening the step: from choosing it in the navigator to the page laid out and painted;
- a reading typed in: from Add to the page showing it (the edit's whole round trip);
- choosing another metric: its trend and readings shown;
- each check-in's report: built as PDF (what the report button writes).

Target: every one within 200 ms (issue #24).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from checkins_bench import Built, checkin_days, main, ms, open_checkins, open_window, timed_stores, verdict


def workshop(checkins: int, _staff: int):  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.model import Language, MetricReading
    from philosophy_studio.services.interchange import demo_workshop

    demo = demo_workshop(Language.ENGLISH)
    start = demo.info.date
    assert start is not None
    days = checkin_days(start, checkins)
    metrics = [metric for card in demo.chosen_values for metric in card.metrics]
    readings = tuple(
        MetricReading(metric.id, day, 50 + (index * 7 + number * 3) % 40)
        for index, metric in enumerate(metrics)
        for number, day in enumerate((start, *days))
    )
    return dataclasses.replace(demo, checkin_days=days, metric_readings=readings)


def run(location: Built, label: str) -> bool:
    from PySide6.QtCore import QDate

    window = open_window(location)
    page, open_ms = open_checkins(window)
    box = page.readings

    choose: list[float] = []
    for row in range(min(box.metrics.rowCount(), 10)):
        started = time.perf_counter()
        box.metrics.selectRow(row)
        box.chart.repaint()
        choose.append(ms(started))

    def typed_in(number: int) -> Callable[[], None]:
        box.day.setDate(QDate(2030, 1, 1 + number))
        box.value.setText(str(60 + number))
        return box.add_reading.click

    adds = timed_stores(window, (typed_in(number) for number in range(13)), box.readings.repaint)

    worst = {
        "opening the step": open_ms,
        "choosing a metric (max)": max(choose),
        "a reading typed in (p50)": adds[len(adds) // 2],
        "(max)": adds[-1],
    }
    return verdict(window, label, worst)


if __name__ == "__main__":
    main("{checkins} check-ins, {staff} staff answers (target: each within {target:.0f} ms)", workshop, run)
