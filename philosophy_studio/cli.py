"""Command line: the GUI by default, sub-commands for headless jobs.

Every failure a user can cause prints one line to stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from philosophy_studio import APP_ID, APP_NAME, __version__

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake on the command line, reported in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _language(value: str) -> str:
    if value not in {"tr", "en"}:
        raise argparse.ArgumentTypeError("choose tr or en")
    return value


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date like 2026-11-22") from None


def _gui_parser() -> _Parser:
    parser = _Parser(
        prog=APP_ID,
        description=f"{APP_NAME}: run a customer-service philosophy workshop. "
        "Without a sub-command the app window opens.",
        epilog=f"Sub-commands: new, export-json, import-json. Run '{APP_ID} SUB-COMMAND --help' for each.",
    )
    parser.add_argument("file", nargs="?", help="a workshop file (.pstudio) to open")
    parser.add_argument("--lang", type=_language, help="interface language: tr or en")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo workshop")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _new(args: argparse.Namespace) -> int:
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
    WorkshopService.create(path, new_workshop(info)).close()
    print(f"Created workshop '{info.team_name}' in {path}")
    return EXIT_OK


def _export_json(args: argparse.Namespace) -> int:
    from philosophy_studio.services.interchange import export_json

    output = Path(args.output) if args.output else None
    text = export_json(args.file, output)
    if output is None:
        sys.stdout.write(text)
    else:
        print(f"Wrote {output}")
    return EXIT_OK


def _import_json(args: argparse.Namespace) -> int:
    from philosophy_studio.services.interchange import import_json

    service = import_json(Path(args.source), args.output)
    service.close()
    print(f"Created workshop in {args.output}")
    return EXIT_OK


def _subcommand_parser() -> tuple[_Parser, dict[str, Callable[[argparse.Namespace], int]]]:
    parser = _Parser(prog=APP_ID)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}

    new = commands.add_parser("new", help="create an empty workshop file")
    new.add_argument("file", help="the new workshop file (.pstudio)")
    new.add_argument("--team", required=True, help="the team's name")
    new.add_argument("--lang", required=True, type=_language, help="workshop language: tr or en")
    new.add_argument("--organisation", help="the organisation's name")
    new.add_argument("--facilitator", help="who leads the workshop")
    new.add_argument("--date", type=_date, help="workshop date, YYYY-MM-DD (default: today)")
    handlers["new"] = _new

    export = commands.add_parser("export-json", help="write a workshop as interchange JSON")
    export.add_argument("file", help="the workshop file (.pstudio) or database URL")
    export.add_argument("-o", "--output", help="the JSON file to write (default: standard output)")
    handlers["export-json"] = _export_json

    import_ = commands.add_parser("import-json", help="create a workshop from interchange JSON")
    import_.add_argument("source", help="the JSON file to read")
    import_.add_argument("-o", "--output", required=True, help="the workshop file (.pstudio) to create")
    handlers["import-json"] = _import_json
    return parser, handlers


SUBCOMMANDS = frozenset({"new", "export-json", "import-json"})


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            parser, handlers = _subcommand_parser()
            args = parser.parse_args(arguments)
            return handlers[args.command](args)
        args = _gui_parser().parse_args(arguments)
        from philosophy_studio.app import run_gui

        return run_gui(file=args.file, language=args.lang, demo=args.demo)
    except SystemExit as exit_request:  # --help and --version
        return int(exit_request.code or 0)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as error:  # noqa: BLE001 - the CLI promises one line, never a traceback
        return _fail(*_describe_failure(error))


def _describe_failure(error: Exception) -> tuple[str, int]:
    from philosophy_studio.domain.errors import WorkshopError

    if isinstance(error, WorkshopError):
        return str(error), EXIT_USAGE
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}", EXIT_USAGE
    return f"unexpected error: {type(error).__name__}: {error}", EXIT_INTERNAL


def _fail(message: str, status: int) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return status
