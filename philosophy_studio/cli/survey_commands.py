"""Sub-commands for the values survey: import answers collected by another tool, and
export the answers for a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from philosophy_studio.cli.arguments import EXIT_OK, Handler


def _delimiter(value: str) -> str:
    from philosophy_studio.importing.errors import BadDelimiterError
    from philosophy_studio.importing.reader import delimiter_argument

    try:
        return delimiter_argument(value)
    except BadDelimiterError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    survey = subparsers.add_parser(
        "import-survey",
        help="import anonymous survey answers from CSV, TSV, XLSX or text (one answer per line)",
        description="Import one column of answers into the workshop, all or nothing. Identifying "
        "columns (timestamp, e-mail, name, ID, start/completion time) are never imported. Empty "
        "answers and exact duplicates within the file are skipped and counted.",
    )
    survey.add_argument("file", help="the workshop file (.pstudio)")
    survey.add_argument("answers", help="the answers file: .csv, .tsv, .xlsx or .txt")
    survey.add_argument(
        "--column", help="the answers column: its heading or its number counted from 1 (default: guessed)"
    )
    survey.add_argument(
        "--encoding",
        help="the text encoding when the file is not UTF-8 or UTF-16, e.g. cp1254 (Turkish Excel)",
    )
    survey.add_argument("--delimiter", type=_delimiter, help="',', ';' or 'tab' (default: detected)")

    export = subparsers.add_parser("export-answers", help="write the survey answers as CSV or XLSX")
    export.add_argument("file", help="the workshop file (.pstudio)")
    export.add_argument("-o", "--output", required=True, help="the file to write: OUT.csv or OUT.xlsx")
    return {"import-survey": _import_survey, "export-answers": _export_answers}


def _import_survey(args: argparse.Namespace) -> int:
    from philosophy_studio.services.survey import import_file

    plan = import_file(
        args.file, Path(args.answers), column=args.column, encoding=args.encoding, delimiter=args.delimiter
    )
    print(
        f"Imported {len(plan.answers)} answer(s); skipped {plan.empty} empty and "
        f"{plan.duplicates} duplicate answer(s)."
    )
    return EXIT_OK


def _export_answers(args: argparse.Namespace) -> int:
    from philosophy_studio.cli.arguments import UsageError
    from philosophy_studio.export.answers import export_answers
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
