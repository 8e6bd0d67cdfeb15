"""The planned check-ins: the method's default plan, and the calendar file read back by a
standard iCalendar parser (the `icalendar` package), in both languages and with hostile
team names."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from philosophy_studio.domain.checkins import PlannedCheckIn, default_plan, plan_from_days
from philosophy_studio.domain.model import Language
from philosophy_studio.export.calendar import checkins_calendar

WORKSHOP_DAY = dt.date(2026, 12, 7)
STAMP = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_the_default_plan_is_a_month_a_quarter_and_half_a_year_on() -> None:
    assert default_plan(WORKSHOP_DAY) == (
        PlannedCheckIn(1, dt.date(2027, 1, 6)),
        PlannedCheckIn(2, dt.date(2027, 3, 7)),
        PlannedCheckIn(3, dt.date(2027, 6, 5)),
    )


def test_a_plan_is_numbered_in_calendar_order_with_one_check_in_a_day() -> None:
    days = [dt.date(2027, 5, 1), dt.date(2027, 2, 1), dt.date(2027, 5, 1)]
    assert plan_from_days(days) == (
        PlannedCheckIn(1, dt.date(2027, 2, 1)),
        PlannedCheckIn(2, dt.date(2027, 5, 1)),
    )


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (Language.ENGLISH, "Check-in 2 on our service philosophy: Çağrı Merkezi"),
        (Language.TURKISH, "Hizmet felsefemizin 2. değerlendirmesi: Çağrı Merkezi"),
    ],
)
def test_a_standard_parser_reads_every_check_in_as_an_all_day_event(language: Language, summary: str) -> None:
    data = checkins_calendar(
        default_plan(WORKSHOP_DAY),
        team_name="Çağrı Merkezi",
        language=language,
        calendar_key="w1",
        stamp=STAMP,
    )
    found = events(data)
    assert [event.decoded("DTSTART") for event in found] == [
        dt.date(2027, 1, 6),
        dt.date(2027, 3, 7),
        dt.date(2027, 6, 5),
    ]
    assert [event.decoded("DTEND") for event in found] == [
        dt.date(2027, 1, 7),
        dt.date(2027, 3, 8),
        dt.date(2027, 6, 6),
    ]
    assert str(found[1]["SUMMARY"]) == summary
    assert "?" in str(found[1]["DESCRIPTION"])
    assert found[0].decoded("DTSTAMP") == STAMP


def test_the_file_keeps_the_format_calendars_expect() -> None:
    data = checkins_calendar(
        default_plan(WORKSHOP_DAY),
        team_name="Ş" * 300,
        language=Language.TURKISH,
        calendar_key="w1",
        stamp=STAMP,
    )
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    # Folding never cuts a letter's bytes apart.
    for line in lines:
        line.decode("utf-8")
    assert str(events(data)[0]["SUMMARY"]).endswith("Ş" * 200)


HOSTILE_NAMES = [
    "Sales; Support, and Care\\Team",
    "Team\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
    "Team\x00\x07\x1b[31m",
    '=HYPERLINK("http://x")',
    "<script>alert(1)</script> 🙂 فريق",
]


@pytest.mark.parametrize("team_name", HOSTILE_NAMES)
def test_a_hostile_team_name_stays_text_in_the_summary(team_name: str) -> None:
    data = checkins_calendar(
        default_plan(WORKSHOP_DAY),
        team_name=team_name,
        language=Language.ENGLISH,
        calendar_key="w1",
        stamp=STAMP,
    )
    found = events(data)
    assert len(found) == 3
    summary = str(found[0]["SUMMARY"])
    assert summary.startswith("Check-in 1 on our service philosophy: ")
    assert "\x00" not in summary and "\x1b" not in summary and "\n" not in summary


def test_an_event_keeps_its_identity_when_its_day_moves() -> None:
    def uids(plan: tuple[PlannedCheckIn, ...], key: str) -> list[str]:
        data = checkins_calendar(
            plan, team_name="T", language=Language.ENGLISH, calendar_key=key, stamp=STAMP
        )
        return [str(event["UID"]) for event in events(data)]

    first = uids(default_plan(WORKSHOP_DAY), "w1")
    moved = uids(default_plan(WORKSHOP_DAY + dt.timedelta(days=3)), "w1")
    assert first == moved and len(set(first)) == 3
    assert set(first).isdisjoint(uids(default_plan(WORKSHOP_DAY), "w2"))


def test_the_command_line_writes_the_plan_of_a_workshop(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_cli import assert_one_line_error, run

    created = run(
        "new", "w.pstudio", "--team", "Fatura; İade", "--lang", "tr", "--date", "2026-12-07", cwd=tmp_path
    )
    assert created.returncode == 0, created.stderr
    result = run("checkin-calendar", "w.pstudio", "-o", "plan.ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Wrote plan.ics: 3 check-ins (2027-01-06, 2027-03-07, 2027-06-05)"
    found = events((tmp_path / "plan.ics").read_bytes())
    assert str(found[0]["SUMMARY"]) == "Hizmet felsefemizin 1. değerlendirmesi: Fatura; İade"

    moved = run("checkin-calendar", "w.pstudio", "-o", "moved.ics", "--on", "2027-02-15", cwd=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert [event.decoded("DTSTART") for event in events((tmp_path / "moved.ics").read_bytes())] == [
        dt.date(2027, 2, 15)
    ]
    assert found[0]["UID"] == events((tmp_path / "moved.ics").read_bytes())[0]["UID"]

    assert_one_line_error(
        run("checkin-calendar", "w.pstudio", "-o", "x.ics", "--on", "2027-13-01", cwd=tmp_path), "YYYY-MM-DD"
    )
    assert_one_line_error(
        run("checkin-calendar", "missing.pstudio", "-o", "x.ics", cwd=tmp_path), "does not exist"
    )


def test_a_plan_kept_with_the_workshop_is_what_the_calendar_holds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_cli import assert_one_line_error, run

    assert (
        run(
            "new", "w.pstudio", "--team", "T", "--lang", "en", "--date", "2026-12-07", cwd=tmp_path
        ).returncode
        == 0
    )
    default = run("plan-checkins", "w.pstudio", cwd=tmp_path)
    assert default.stdout.splitlines() == ["1\t2027-01-06", "2\t2027-03-07", "3\t2027-06-05"]
    chosen = run("plan-checkins", "w.pstudio", "--on", "2027-02-01", "--on", "2027-01-15", cwd=tmp_path)
    assert chosen.stdout.splitlines() == ["1\t2027-01-15", "2\t2027-02-01"]
    assert run("checkin-calendar", "w.pstudio", "-o", "plan.ics", cwd=tmp_path).returncode == 0
    days = [event.decoded("DTSTART") for event in events((tmp_path / "plan.ics").read_bytes())]
    assert days == [dt.date(2027, 1, 15), dt.date(2027, 2, 1)]
    exported = run("export-json", "w.pstudio", cwd=tmp_path)
    assert '"checkin_days": [\n    "2027-01-15",\n    "2027-02-01"\n  ]' in exported.stdout

    assert_one_line_error(run("plan-checkins", "w.pstudio", "--on", "1990-01-01", cwd=tmp_path), "century")
    assert (
        run("plan-checkins", "w.pstudio", "--clear", cwd=tmp_path).stdout.strip() == "No check-ins planned."
    )
    assert (
        run("checkin-calendar", "w.pstudio", "-o", "plan.ics", cwd=tmp_path)
        .stdout.strip()
        .endswith("3 check-ins (2027-01-06, 2027-03-07, 2027-06-05)")
    )
