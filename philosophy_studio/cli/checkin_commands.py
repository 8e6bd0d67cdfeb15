"""Sub-commands: the check-ins after the workshop: their plan and calendar, the metrics' readings,
where they stand, and the check-in report."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from philosophy_studio.cli.arguments import (
    EXIT_OK,
    Handler,
    UsageError,
    add_reading_options,
    add_workshop_file,
    add_workshop_number,
)

if TYPE_CHECKING:
    from philosophy_studio.services.checkins import MetricStatus


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day written as YYYY-MM-DD") from None


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    calendar = subparsers.add_parser(
        "checkin-calendar",
        help="write the check-ins after the workshop as a calendar file (.ics)",
        description="Write the check-ins after the workshop as all-day events in an iCalendar file "
        "that Outlook, Google Calendar and Thunderbird import. Without --on, the method's plan: "
        "30, 90 and 180 days after the workshop's date (or after today when it has none). "
        "Importing a newer file moves the events instead of adding them twice.",
    )
    add_workshop_file(calendar)
    calendar.add_argument("-o", "--output", required=True, help="the .ics file to write")
    calendar.add_argument(
        "--on",
        type=_day,
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="a check-in on this day instead of the default plan (repeat for each)",
    )
    add_workshop_number(calendar)

    plan = subparsers.add_parser(
        "plan-checkins",
        help="keep the days of the check-ins after the workshop with it",
        description="Keep the check-ins' days with the workshop (checkin-calendar then uses them). "
        "Without --on or --clear, the method's plan: 30, 90 and 180 days after the workshop's date "
        "(or after today when it has none). Prints the plan kept.",
    )
    add_workshop_file(plan)
    days = plan.add_mutually_exclusive_group()
    days.add_argument(
        "--on",
        type=_day,
        action="append",
        metavar="YYYY-MM-DD",
        help="a check-in on this day (repeat for each); replaces the plan",
    )
    days.add_argument("--clear", action="store_true", help="keep no plan (the method's is then suggested)")
    add_workshop_number(plan)

    metrics = subparsers.add_parser(
        "import-metrics",
        help="store readings of the workshop's metrics from a CSV or XLSX file",
        description="Store readings of the workshop's metrics, all of them or none: a row per day "
        "with a column named after each metric (Date | CSAT | …), or a row per reading (Date | "
        "Metric | Value). Numbers as either language writes them (4,5 or 4.5; %78); a metric's "
        "earlier reading of the same day is replaced. A file with a date or number that cannot "
        "be read, or a metric the workshop does not have, is refused naming the rows.",
    )
    add_workshop_file(metrics)
    metrics.add_argument("readings", help="the CSV, TSV or XLSX file with the readings")
    add_reading_options(metrics)
    add_workshop_number(metrics)

    status = subparsers.add_parser(
        "checkin-status",
        help="the planned check-ins and each chosen value's metrics against their targets",
        description="For each metric of the chosen values: its target, its readings, the latest, "
        "the change since the reading before, and whether the latest meets the target (read from "
        "the target's words: 'at least 80%%', 'under 2 minutes', 'en az %%80'; a speed metric's lower "
        "reading is the better one). Then the planned check-ins. --json prints a stable format (README).",
    )
    add_workshop_file(status)
    status.add_argument("--json", action="store_true", help="print JSON")
    add_workshop_number(status)
    report = subparsers.add_parser(
        "checkin-report",
        help="write a check-in's report as PDF: each value's metrics against their targets",
        description="Write the one- or two-page report of a check-in, in the workshop's language: "
        "per chosen value, each metric's reading at this check-in against its target and against "
        "the meeting before (the workshop's baseline for the first), a small trend, and what the "
        "leaders promised. A reading counts for the meeting nearest its day. Without --checkin, "
        "the latest check-in due by today (the first while none is).",
    )
    add_workshop_file(report)
    report.add_argument("-o", "--output", required=True, help="the PDF file to write")
    report.add_argument(
        "--checkin", type=int, metavar="N", help="the check-in's number, from 1 in calendar order"
    )
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    add_workshop_number(report)
    return {
        "checkin-report": _checkin_report,
        "checkin-calendar": _checkin_calendar,
        "plan-checkins": _plan_checkins,
        "import-metrics": _import_metrics,
        "checkin-status": _checkin_status,
    }


def _status_json(status: MetricStatus) -> dict[str, object]:
    trend = status.trend
    return {
        "value": status.value,
        "metric": status.metric,
        "target": status.target,
        "readings": [{"day": day.isoformat(), "value": value} for day, value in trend.readings],
        "latest": trend.latest,
        "change": trend.change,
        "on_target": trend.on_target,
        "improved": trend.improved,
    }


def _checkin_report(args: argparse.Namespace) -> int:
    from philosophy_studio.export.charter_pdf import Paper
    from philosophy_studio.services.checkins import export_checkin_report

    output = Path(args.output)
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name after -o")
    report, result = export_checkin_report(
        args.file, output, workshop_id=args.workshop, number=args.checkin, paper=Paper(args.paper)
    )
    if result.report.replaced:
        shown = ", ".join(f"U+{ord(char):04X}" for char in result.report.replaced)
        print(f"warning: the PDF font cannot draw these characters, shown as □: {shown}", file=sys.stderr)
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    print(f"Wrote {output} (check-in {report.number} of {report.planned}, {report.day.isoformat()}; {pages})")
    return EXIT_OK


def _checkin_status(args: argparse.Namespace) -> int:
    from philosophy_studio.services.checkins import checkin_status

    workshop, statuses = checkin_status(args.file, workshop_id=args.workshop)
    if args.json:
        print(
            json.dumps(
                {
                    "checkin_days": [day.isoformat() for day in workshop.checkin_days],
                    "metrics": [_status_json(status) for status in statuses],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    verdicts = {True: "on target", False: "not yet", None: "-"}
    for status in statuses:
        trend = status.trend
        latest = "no readings" if trend.latest is None else f"{trend.latest:g}"
        change = "" if trend.change is None else f" ({trend.change:+g})"
        print(
            f"{status.value}\t{status.metric}\ttarget: {status.target or '-'}\t"
            f"latest: {latest}{change}\t{verdicts[trend.on_target]}"
        )
    days = ", ".join(day.isoformat() for day in workshop.checkin_days) or "none planned"
    print(f"Check-ins: {days}")
    return EXIT_OK


def _import_metrics(args: argparse.Namespace) -> int:
    from philosophy_studio.services.checkins import import_metric_readings

    imported = import_metric_readings(
        args.file,
        Path(args.readings),
        workshop_id=args.workshop,
        encoding=args.encoding,
        delimiter=args.delimiter,
    )
    replaced = f" ({imported.replaced} replaced a reading of the same day)" if imported.replaced else ""
    print(
        f"Imported {imported.readings} reading{'s' if imported.readings != 1 else ''} of "
        f"{imported.metrics} metric{'s' if imported.metrics != 1 else ''}{replaced}"
    )
    return EXIT_OK


def _plan_checkins(args: argparse.Namespace) -> int:
    from philosophy_studio.services.checkins import plan_checkins

    try:
        plan = plan_checkins(args.file, () if args.clear else args.on, workshop_id=args.workshop)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if args.clear:
        print("No check-ins planned.")
        return EXIT_OK
    for checkin in plan:
        print(f"{checkin.number}\t{checkin.day.isoformat()}")
    return EXIT_OK


def _checkin_calendar(args: argparse.Namespace) -> int:
    from philosophy_studio.services.checkins import export_checkin_calendar

    output = Path(args.output)
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name after -o")
    plan = export_checkin_calendar(args.file, output, workshop_id=args.workshop, days=args.on)
    days = ", ".join(checkin.day.isoformat() for checkin in plan)
    print(f"Wrote {output}: {len(plan)} check-in{'s' if len(plan) != 1 else ''} ({days})")
    return EXIT_OK
