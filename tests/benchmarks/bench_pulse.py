"""Three years of staff pulses: how long the Check-ins step takes with them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_pulse.py [CHECKINS] [STAFF]

The English demo workshop with CHECKINS check-ins (default 12, one a quarter for three
years), each with a staff pulse of STAFF respondents (default 200) rating all five
chosen values, about one in five with an example, and STAFF survey answers. Run on a
workshop file and, when PostgreSQL's server binaries are installed (or
PHILOSOPHY_STUDIO_TEST_PG_URL names a server), on a team database too. Measured in the
real window:

- opening the step: from choosing it in the navigator to the page laid out and painted;
- choosing another check-in: its pulse (and the rest of the page) shown;
- one more response stored (as the kiosk stores it): until the page shows it;
- each check-in's report: built as PDF (what the report button writes).

Target: every one within 200 ms (issue #24).
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable

from checkins_bench import Built, checkin_days, main, ms, open_checkins, open_window, timed_stores, verdict

EXAMPLES = (
    "Our lead explained the rota change before anyone asked.",
    "A rider was told the real delay instead of 'shortly'.",
    "Sam called the rider back himself the next day.",
    "Someone covered my break after a hard call.",
    "We rebooked a hospital trip out of hours.",
)


def workshop(checkins: int, staff: int):  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.model import Language, PulseRating
    from philosophy_studio.domain.pulse import pulse_response
    from philosophy_studio.services.interchange import demo_workshop

    demo = demo_workshop(Language.ENGLISH)
    start = demo.info.date
    assert start is not None
    days = checkin_days(start, checkins)
    chosen = [card.id for card in demo.chosen_values]
    rnd = random.Random(24)

    def rating(card_id: int) -> PulseRating:
        example = rnd.choice(EXAMPLES) + f" ({rnd.randrange(10_000)})" if rnd.random() < 0.2 else ""
        return PulseRating(card_id, rnd.randint(1, 5), rnd.randint(1, 5), example)

    pulses = tuple(
        pulse_response(day, [rating(card_id) for card_id in chosen], chosen)
        for day in days
        for _ in range(staff)
    )
    return dataclasses.replace(demo, checkin_days=days, pulse_responses=pulses)


def run(location: Built, label: str) -> bool:
    from PySide6.QtWidgets import QApplication

    from philosophy_studio.domain.model import PulseRating
    from philosophy_studio.services.pulse import submit_pulse

    window = open_window(location)
    # Opening a workshop warms the word analysis up in the background (importing its
    # libraries holds the interpreter for seconds): measured after it, as a facilitator
    # at a check-in meets the step.
    window.runner.wait_idle()
    page, open_ms = open_checkins(window)

    choose: list[float] = []
    for row in range(page.plan.table.rowCount()):
        started = time.perf_counter()
        page.plan.table.selectRow(row)
        QApplication.processEvents()
        page.repaint()
        choose.append(ms(started))
    assert page.pulse.pulse is not None and not page.pulse.pulse.hidden

    day = page.plan.chosen_checkin().day
    chosen = [card.id for card in window.session.workshop.chosen_values]

    def response(number: int) -> Callable[[], None]:
        ratings = [PulseRating(card_id, 1 + number % 5, 3, "") for card_id in chosen]
        return lambda: window.session.call(lambda service: submit_pulse(service, day, ratings))

    def shown() -> None:
        QApplication.processEvents()
        page.repaint()

    adds = timed_stores(window, (response(number) for number in range(13)), shown)

    worst = {
        "opening the step": open_ms,
        "choosing a check-in (max)": max(choose),
        "a response stored and shown (p50)": adds[len(adds) // 2],
        "(max)": adds[-1],
    }
    return verdict(window, label, worst)


if __name__ == "__main__":
    main(
        "{checkins} check-ins, a pulse of {staff} staff at each (target: each within {target:.0f} ms)",
        workshop,
        run,
    )
