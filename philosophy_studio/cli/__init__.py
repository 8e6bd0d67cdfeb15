"""Command line: the GUI by default, sub-commands for headless jobs.

Every failure a user can cause prints one line to stderr and exits with status 2.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from philosophy_studio import APP_ID, APP_NAME, __version__
from philosophy_studio.cli.arguments import (
    EXIT_INTERNAL,
    EXIT_USAGE,
    Handler,
    Parser,
    UsageError,
    language_argument,
)

# Each module adds its sub-commands: register(subparsers) -> {name: handler}.
COMMAND_MODULES = (
    "philosophy_studio.cli.workshop_commands",
    "philosophy_studio.cli.charter_commands",
    "philosophy_studio.cli.cover_commands",
    "philosophy_studio.cli.survey_commands",
    "philosophy_studio.cli.serve_commands",
    "philosophy_studio.cli.analysis_commands",
    "philosophy_studio.cli.checkin_commands",
    "philosophy_studio.cli.feedback_commands",
)


def _gui_parser(subcommands: Sequence[str]) -> Parser:
    parser = Parser(
        prog=APP_ID,
        description=f"{APP_NAME}: run a customer-service philosophy workshop. "
        "Without a sub-command the app window opens.",
        epilog=(
            f"Sub-commands: {', '.join(subcommands)}. Run '{APP_ID} SUB-COMMAND --help' for each."
            if subcommands
            else None
        ),
    )
    parser.add_argument("file", nargs="?", help="a workshop file (.pstudio) to open")
    parser.add_argument("--lang", type=language_argument, help="interface language: tr or en")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo workshop")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="a team database (postgresql+psycopg://USER@HOST/DB): list its workshops and open one",
    )
    parser.add_argument("--workshop", type=int, metavar="N", help="with --database: open workshop number N")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _subcommand_parser() -> tuple[Parser, dict[str, Handler]]:
    parser = Parser(prog=APP_ID)
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for name in COMMAND_MODULES:
        handlers.update(importlib.import_module(name).register(subparsers))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        # The sub-command modules load only when the first word could name one, or
        # for --help: opening the window is the common case and must start fast.
        first = arguments[0] if arguments else ""
        wants_help = bool({"-h", "--help"} & set(arguments))
        handlers: dict[str, Handler] = {}
        looks_like_command = (
            bool(first) and not first.startswith("-") and "." not in first and "/" not in first
        )
        if looks_like_command or wants_help:
            parser, handlers = _subcommand_parser()
            if first in handlers:
                args = parser.parse_args(arguments)
                return handlers[args.command](args)
            if looks_like_command and not Path(first).exists():
                raise UsageError(
                    f"'{first}' is neither a sub-command nor a workshop file (see {APP_ID} --help)"
                )
        options = _gui_options(arguments, list(handlers))
        from philosophy_studio.app import run_gui

        return run_gui(**options)
    except SystemExit as exit_request:  # --help and --version
        return int(exit_request.code or 0)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as error:  # noqa: BLE001 - the CLI promises one line, never a traceback
        return _fail(*_describe_failure(error))


def _gui_options(arguments: list[str], subcommands: list[str]) -> dict[str, Any]:
    if len(arguments) <= 1 and not "".join(arguments).startswith("-"):
        # Nothing, or one workshop file (a desktop launcher, a file manager): argparse
        # would only cost the window ~3 ms (gettext looks for catalogues of its texts).
        return {"file": arguments[0] if arguments else None}
    args = _gui_parser(subcommands).parse_args(arguments)
    return {
        "file": args.file,
        "language": args.lang,
        "demo": args.demo,
        "database": args.database,
        "workshop": args.workshop,
    }


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
