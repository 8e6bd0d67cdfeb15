"""Argument parsing shared by the sub-commands: one-line usage errors and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
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
