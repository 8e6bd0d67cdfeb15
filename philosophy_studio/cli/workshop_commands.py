"""Sub-commands for whole workshops: create, export and import as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from philosophy_studio.cli.arguments import (
    EXIT_OK,
    Handler,
    add_workshop_file,
    add_workshop_number,
    date_argument,
    language_argument,
)


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    new = subparsers.add_parser("new", help="create an empty workshop file")
    new.add_argument("file", help="the new workshop file (.pstudio)")
    new.add_argument("--team", required=True, help="the team's name")
    new.add_argument("--lang", required=True, type=language_argument, help="workshop language: tr or en")
    new.add_argument("--organisation", help="the organisation's name")
    new.add_argument("--facilitator", help="who leads the workshop")
    new.add_argument("--date", type=date_argument, help="workshop date, YYYY-MM-DD (default: today)")
    new.add_argument(
        "--sector",
        choices=("retail", "utility", "b2b", "healthcare", "education"),
        default="retail",
        help="the set of customer types the personas start from (default: retail)",
    )

    export = subparsers.add_parser("export-json", help="write a workshop as interchange JSON")
    add_workshop_file(export)
    export.add_argument("-o", "--output", help="the JSON file to write (default: standard output)")
    add_workshop_number(export)

    import_ = subparsers.add_parser("import-json", help="create a workshop from interchange JSON")
    import_.add_argument("source", help="the JSON file to read")
    import_.add_argument(
        "-o", "--output", required=True, help="the workshop file (.pstudio) to create, or a team database URL"
    )

    listing = subparsers.add_parser("list-workshops", help="list the workshops in a file or team database")
    listing.add_argument("location", help="a workshop file (.pstudio) or a team database URL")
    return {
        "new": _new,
        "export-json": _export_json,
        "import-json": _import_json,
        "list-workshops": _list_workshops,
    }


def _new(args: argparse.Namespace) -> int:
    from philosophy_studio.domain.customer_types import Sector
    from philosophy_studio.domain.model import Language, WorkshopInfo
    from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

    path = Path(args.file)
    if not path.suffix:
        path = path.with_suffix(".pstudio")
    info = WorkshopInfo(
        team_name=args.team,
        language=Language(args.lang),
        organisation=args.organisation or "",
        facilitator=args.facilitator or "",
        date=args.date or dt.date.today(),
    )
    WorkshopService.create(path, new_workshop(info, Sector(args.sector))).close()
    print(f"Created workshop '{info.team_name}' in {path}")
    return EXIT_OK


def _export_json(args: argparse.Namespace) -> int:
    from philosophy_studio.services.interchange import export_json

    output = Path(args.output) if args.output else None
    text = export_json(args.file, output, workshop_id=args.workshop)
    if output is None:
        sys.stdout.write(text)
    else:
        print(f"Wrote {output}")
    return EXIT_OK


def _import_json(args: argparse.Namespace) -> int:
    from philosophy_studio.services.interchange import import_json

    service = import_json(Path(args.source), args.output)
    print(f"Created workshop {service.workshop_id} in {service.location}")
    service.close()
    return EXIT_OK


def _list_workshops(args: argparse.Namespace) -> int:
    from philosophy_studio.services.workshop_service import list_workshops

    # Tab-separated, one workshop a line: number, language, date, team, organisation.
    for summary in list_workshops(args.location):
        date = summary.date.isoformat() if summary.date else "-"
        print(f"{summary.id}\t{summary.language.value}\t{date}\t{summary.team_name}\t{summary.organisation}")
    return EXIT_OK
