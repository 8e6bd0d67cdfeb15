"""How long the GUI pauses while a room of phones answers at once. Target: the event
loop never blocks for more than 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_phones_gui.py [PHONES]

Opens a new workshop in the real window, opens the survey to phones from the Survey
step, and has PHONES (default 40) threads each load the form and send an answer over
real HTTP at the same moment, while a 10 ms heartbeat timer on the GUI thread records
the gaps between its runs, until the page counts every answer. Prints the longest and
the 99th-percentile gap.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gui"))

HEARTBEAT_MS = 10
TARGET_MS = 100


def main() -> None:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PHILOSOPHY_STUDIO_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["PHILOSOPHY_STUDIO_DATA_DIR"] = str(Path(folder) / "data")
        from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
        from test_phones import send_answer

        from philosophy_studio.domain.model import Language, WorkshopInfo
        from philosophy_studio.domain.steps import Step
        from philosophy_studio.gui.application import build_window, create_application
        from philosophy_studio.services.workshop_service import WorkshopService, new_workshop
        from philosophy_studio.settings import load_settings

        path = Path(folder) / "phones.pstudio"
        info = WorkshopInfo(team_name="Phones", language=Language.ENGLISH)
        WorkshopService.create(path, new_workshop(info)).close()
        create_application()
        window = build_window(load_settings())
        window.show()

        def wait_until(condition) -> None:  # type: ignore[no-untyped-def]
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(20)
            poll.timeout.connect(lambda: condition() and loop.quit())
            poll.start()
            loop.exec()
            poll.stop()

        window.open_location(str(path))
        wait_until(lambda: window.session.is_open)
        window.workshop_view.navigator.select_step(Step.SURVEY)
        page = window.workshop_view.page_for[Step.SURVEY]
        page.open_phones.click()
        wait_until(lambda: page.phones.is_running)

        url = page.phones.url
        statuses: list[int] = []
        threads = [
            threading.Thread(target=lambda n=n: statuses.append(send_answer(url, f"Answer {n}")))
            for n in range(phones)
        ]
        gaps: list[int] = []
        clock = QElapsedTimer()
        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: gaps.append(clock.restart()))
        started = time.perf_counter()
        clock.start()
        heartbeat.start()
        for thread in threads:
            thread.start()
        wait_until(lambda: len(window.session.workshop.answers) == phones and not window.session.is_saving)
        heartbeat.stop()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        window.close()
        gaps.sort()
        longest = gaps[-1] if gaps else 0
        p99 = gaps[max(0, int(len(gaps) * 0.99) - 1)] if gaps else 0
        stored = statuses.count(200)
        print(f"phones answering at once    {phones:>8}")
        print(f"answers stored (HTTP 200)   {stored:>8}")
        print(f"all counted on the page in  {elapsed:>8.2f} s")
        print(f"longest event-loop gap      {longest:>8} ms   (target <= {TARGET_MS} ms)")
        print(f"99th percentile gap         {p99:>8} ms")
        print(
            "verdict                     "
            + ("ok" if longest <= TARGET_MS and stored == phones else "TOO SLOW")
        )


if __name__ == "__main__":
    main()
