"""Sub-commands for the values survey: import answers collected by another tool, export
the answers for a spreadsheet, and set when the survey takes answers."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from philosophy_studio.cli.arguments import EXIT_OK, Handler, add_reading_options


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    survey = subparsers.add_parser(
        "import-survey",
        help="import anonymous survey answers from CSV, TSV, XLSX or text (one answer per line)",
        description="Import one column of answers into the workshop, all or nothing. Every row is one "
        "respondent: identical answers are all kept; empty ones are skipped and counted. Identifying "
        "columns (timestamp, e-mail, name, phone, ID, department, start/completion time) are never "
        "imported, nor guessed as the answers. A later export of a form imported before adds only "
        "its new rows; the very same file again imports nothing.",
    )
    survey.add_argument("file", help="the workshop file (.pstudio)")
    survey.add_argument("answers", help="the answers file: .csv, .tsv, .xlsx or .txt")
    survey.add_argument(
        "--column", help="the answers column: its heading or its number counted from 1 (default: guessed)"
    )
    add_reading_options(survey)
    survey.add_argument(
        "--all-rows",
        action="store_true",
        help="import every row as a new respondent even though many of its answers are in the workshop "
        "already and the file does not start with an earlier import (edited or deleted responses, a "
        "re-sorted export); without it such a file is refused",
    )

    export = subparsers.add_parser("export-answers", help="write the survey answers as CSV or XLSX")
    export.add_argument("file", help="the workshop file (.pstudio)")
    export.add_argument("-o", "--output", required=True, help="the file to write: OUT.csv or OUT.xlsx")

    window = subparsers.add_parser(
        "survey-window",
        help="open the survey from one moment until another (it then opens and closes on its own)",
        description="Set the survey's window: from --from (inclusive) until --until (exclusive) the "
        "survey takes answers from phones and the kiosk, and outside it nobody can answer. Setting a "
        "window opens the survey, so it opens on time; --clear removes the window (the survey stays "
        "open or closed as it is); only --from or only --until changes that side. "
        "Times are ISO 8601, like 2026-12-14T08:00; without a zone they are "
        "this computer's local time. Kept to the minute. Without options: show the window.",
    )
    window.add_argument(
        "location", metavar="LOCATION", help="the workshop file (.pstudio) or a team database URL"
    )
    window.add_argument("--workshop", type=int, metavar="N", help="on a team database: the workshop's number")
    window.add_argument("--from", dest="open_from", type=_moment, metavar="WHEN", help="when answers start")
    window.add_argument("--until", dest="open_until", type=_moment, metavar="WHEN", help="when answers stop")
    window.add_argument("--clear", action="store_true", help="remove the window")
    return {
        "import-survey": _import_survey,
        "export-answers": _export_answers,
        "survey-window": _survey_window,
    }


def _moment(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "use a moment like 2026-12-14T08:00 (or with its zone, +03:00)"
        ) from None
    # A moment without a zone is this computer's local time.
    return moment.astimezone() if moment.tzinfo is None else moment


def _shown(moment: dt.datetime | None) -> str:
    return "-" if moment is None else moment.astimezone().isoformat(timespec="minutes")


def _survey_window(args: argparse.Namespace) -> int:
    from philosophy_studio.cli.arguments import UsageError
    from philosophy_studio.domain.survey_commands import SetSurveyWindow
    from philosophy_studio.services.workshop_service import WorkshopService

    changing = args.open_from is not None or args.open_until is not None
    if args.clear and changing:
        raise UsageError("--clear removes the window: give it without --from or --until")
    if args.open_until is not None and args.open_until <= dt.datetime.now(dt.UTC):
        raise UsageError("--until is already past: the survey would take no answers")
    service = WorkshopService.open(args.location, workshop_id=args.workshop)
    try:
        if args.clear:
            service.execute(SetSurveyWindow(None, None))
        elif changing:
            # Only the side given changes: --until alone moves the end of the window set.
            kept = service.load(with_answers=False).survey
            start = args.open_from if args.open_from is not None else kept.open_from
            end = args.open_until if args.open_until is not None else kept.open_until
            service.execute(SetSurveyWindow(start, end, survey_open=True))
        survey = service.load(with_answers=False).survey
    finally:
        service.close()
    state = "open" if survey.is_open else "closed"
    if survey.open_from is None and survey.open_until is None:
        print(f"The survey is {state}; it has no window.")
    else:
        print(
            f"The survey is {state}; it takes answers from {_shown(survey.open_from)} "
            f"until {_shown(survey.open_until)}."
        )
    return EXIT_OK


def _import_survey(args: argparse.Namespace) -> int:
    from philosophy_studio.services.survey import import_file

    plan = import_file(
        args.file,
        Path(args.answers),
        column=args.column,
        encoding=args.encoding,
        delimiter=args.delimiter,
        all_rows=args.all_rows,
    )
    if plan.looks_identifying:
        print(
            f"warning: column {args.column} looks like names, e-mail addresses, phone or ID numbers; "
            "its cells were imported as answers because you named it",
            file=sys.stderr,
        )
    name = Path(args.answers).name
    if plan.nothing_new:
        print(
            f"Nothing imported: all {plan.already_imported} row(s) of {name} were imported before"
            + (f" ({plan.empty} later row(s) are empty)." if plan.empty else ".")
        )
        return EXIT_OK
    print(
        f"Imported {len(plan.answers)} answer(s) from {name}; skipped {plan.empty} empty answer(s) and "
        f"{plan.already_imported} row(s) already in the workshop."
    )
    for note in plan.notes:
        print(note.render())
    return EXIT_OK


def _export_answers(args: argparse.Namespace) -> int:
    from philosophy_studio.cli.arguments import UsageError
    from philosophy_studio.services.answer_files import export_answers
    from philosophy_studio.services.workshop_service import WorkshopService

    output = Path(args.output)
    if output.suffix.lower() not in {".csv", ".xlsx"}:
        raise UsageError("the output must end in .csv or .xlsx")
    service = WorkshopService.open(args.file)
    try:
        workshop = service.load()
    finally:
        service.close()
    count = export_answers(workshop, output)
    print(f"Wrote {count} answer(s) to {output}")
    return EXIT_OK
