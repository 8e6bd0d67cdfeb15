"""Argument parsing shared by the sub-commands: one-line usage errors and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import NoReturn

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A mistake on the command line, reported in one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def add_workshop_file(parser: argparse.ArgumentParser) -> None:
    """The workshop a command reads or changes: a file or a team database."""
    parser.add_argument("file", help="the workshop file (.pstudio) or a team database URL")


def add_workshop_number(parser: argparse.ArgumentParser) -> None:
    """Which of a team database's workshops ``file`` means."""
    parser.add_argument("--workshop", type=int, help="on a team database: the workshop's number")


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """How to read a file of the team's own (answers, comments, readings) that is not
    UTF-8 or UTF-16, or whose delimiter is not the one detected."""
    parser.add_argument(
        "--encoding",
        help="the text encoding when the file is not UTF-8 or UTF-16, e.g. cp1254 (Turkish Excel)",
    )
    parser.add_argument("--delimiter", type=delimiter, help="',', ';' or 'tab' (default: detected)")


def utf8_stdout() -> None:
    """What a command prints is UTF-8 whatever the terminal's locale says."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def language_argument(value: str) -> str:
    if value not in {"tr", "en"}:
        raise argparse.ArgumentTypeError("choose tr or en")
    return value


def date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date like 2026-11-22") from None


def delimiter(value: str) -> str:
    """A --delimiter argument: ',', ';' or 'tab'."""
    from philosophy_studio.services.answer_files import BadDelimiterError, delimiter_argument

    try:
        return delimiter_argument(value)
    except BadDelimiterError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
