"""The survey asked again at every check-in and the charter kept at every one, for three
years: what they cost the app.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_rounds_and_versions.py [N] [STAFF]

The English demo workshop with N check-ins (default 12), the survey asked again
at each with STAFF answers (default 200, as many at the workshop) and the charter kept
as a version at each, on a workshop file. Measured:

- reading the workshop with its answers (what an edit of the answers, or a new one from
  a phone, reads again): every round is read with them;
- the comparison of one round with the workshop's (on the work thread, not the GUI's);
- whether the charter changed since its last version (on the GUI thread, at every
  refresh of the Charter step): its Markdown built and compared;
- one version's difference from the charter now (the Compare dialog).

Targets: reading ≤ 200 ms, the comparison ≤ 1 s, the check on the GUI thread ≤ 16 ms
(one frame), the difference ≤ 100 ms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGETS_MS = {"read": 200.0, "compare": 1000.0, "changed": 16.0, "diff": 100.0}


def best_ms(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> None:
    from bench_analysis import corpus

    from philosophy_studio.domain.charter_commands import KeepCharterVersion
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.domain.model import Language
    from philosophy_studio.domain.survey_commands import SetSurveyRound
    from philosophy_studio.domain.value_commands import UpdateValueCard
    from philosophy_studio.services.charter import changed_since_kept, compare_versions
    from philosophy_studio.services.interchange import demo_workshop
    from philosophy_studio.services.survey import import_answers, plan_import
    from philosophy_studio.services.survey_rounds import compare_rounds
    from philosophy_studio.services.workshop_service import WorkshopService

    checkins = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    staff = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    demo = demo_workshop(Language.ENGLISH)
    start = demo.info.date
    assert start is not None
    days = tuple(start + dt.timedelta(days=91 * number) for number in range(1, checkins + 1))
    made = dataclasses.replace(demo, checkin_days=days, answers=(), other_rounds=(), charter_versions=())
    folder = Path(tempfile.mkdtemp(prefix="bench-rounds-"))
    service = WorkshopService.create(folder / "rounds.pstudio", made)
    texts = corpus(staff * (checkins + 1))
    import_answers(service, plan_import(texts[:staff]))
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    card = service.load().chosen_values[0]
    for number, day in enumerate(days, start=1):
        service.execute(SetSurveyRound(day))
        import_answers(service, plan_import(texts[staff * number : staff * (number + 1)]))
        service.execute(UpdateValueCard(card.id, card.name, f"Revised after check-in {number}"))
        service.execute(KeepCharterVersion(day, f"After check-in {number}"))
    service.execute(SetSurveyRound(None))
    service.execute(UpdateValueCard(card.id, card.name, "Revised once more"))
    workshop = service.load()
    every = len(workshop.answers) + len(workshop.other_rounds)
    kept = len(workshop.charter_versions)
    print(f"{checkins} check-ins, {staff} answers a round ({every} in all), {kept} charter versions")
    figures = {
        "read": best_ms(5, service.load),
        "compare": best_ms(3, lambda: compare_rounds(workshop, days[-1])),
        "changed": best_ms(20, lambda: changed_since_kept(workshop)),
        "diff": best_ms(10, lambda: compare_versions(workshop, 1, None)),
    }
    service.close()
    names = {
        "read": "reading the workshop with every round",
        "compare": "a round compared with the workshop's",
        "changed": "charter changed since its last version (GUI thread)",
        "diff": "version 1 against the charter now",
    }
    ok = True
    for key, value in figures.items():
        within = value <= TARGETS_MS[key]
        ok &= within
        verdict = "ok" if within else "TOO SLOW"
        print(f"{names[key]:<55} {value:7.1f} ms  (target {TARGETS_MS[key]:.0f})  {verdict}")
    print("verdict: " + ("ok" if ok else "TOO SLOW"))


if __name__ == "__main__":
    main()
