"""How fast a new phone gets the survey form while the room is hard on the server.
Target: p95 under 1 s with 500 phones holding their connections and 300 devices
sending headers that never end.

    .venv/bin/python tests/benchmarks/bench_phone_room.py [HOLDING] [SLOW] [ARRIVALS]

Serves a new workshop's survey on loopback, gathers the crowd (tests/phone_crowd.py),
then has ARRIVALS phones (default 40) load the form, five at a time, and prints the
median, p95 and slowest load, and how many got the form at all.
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from phone_crowd import Crowd, load_form

TARGET_SECONDS = 1.0


def main() -> None:
    holding = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    slow = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    arrivals = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.domain.model import Language, WorkshopInfo
    from philosophy_studio.domain.phone_forms import PhoneForm
    from philosophy_studio.services.phone_survey import start_phone_form
    from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

    with tempfile.TemporaryDirectory() as folder:
        info = WorkshopInfo(team_name="Room", language=Language.TURKISH)
        service = WorkshopService.create(Path(folder) / "room.pstudio", new_workshop(info))
        service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        server = start_phone_form(PhoneForm.SURVEY, service, host="127.0.0.1")
        port, path = server.endpoint.port, server.app.answer_path
        crowd = Crowd(port, path)
        try:
            crowd.gather(holding=holding, slow=slow)
            with ThreadPoolExecutor(5) as pool:
                results = list(pool.map(lambda _n: load_form(port, path, timeout=60), range(arrivals)))
        finally:
            crowd.disperse()
            server.stop()
            service.close()
    times = sorted(seconds for status, seconds in results if status == 200)
    served = len(times)
    p50 = times[len(times) // 2] if times else float("nan")
    p95 = times[max(0, int(len(times) * 0.95) - 1)] if times else float("nan")
    print(f"phones holding connections  {holding:>8}")
    print(f"devices with endless headers{slow:>8}")
    print(f"new phones served           {served:>8} of {arrivals}")
    print(f"form load, median           {p50 * 1000:>8.0f} ms")
    print(f"form load, p95              {p95 * 1000:>8.0f} ms   (target < {TARGET_SECONDS * 1000:.0f} ms)")
    print(f"form load, slowest          {(times[-1] if times else float('nan')) * 1000:>8.0f} ms")
    verdict = "ok" if served == arrivals and p95 < TARGET_SECONDS else "TOO SLOW"
    print(f"verdict                     {verdict}")


if __name__ == "__main__":
    main()
