"""The app's log file: what went wrong and where, for a user to send along with a
report. A GUI started from a Windows shortcut has no console, so errors go to a small
rotating file in the data folder instead of stderr.

What someone typed never reaches the file. Messages of the app's own loggers carry no
answers; exceptions are written with their traceback (where in the code) but without
their message, which may hold a survey answer, a value's text or an SQL statement's
parameters; an exception passed as an argument is written as its class name.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from philosophy_studio.settings import data_dir

LOG_NAME = "philosophy-studio.log"
# A few hundred errors fit; older ones rotate out into .1 and .2.
MAX_BYTES = 512 * 1024
BACKUPS = 2


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def _withheld(error: BaseException) -> str:
    kind = type(error)
    return f"{kind.__module__}.{kind.__qualname__} (message withheld)\n"


class _PrivateFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def] # noqa: N802 - logging's name
        error: BaseException | None = ei[1]
        parts: list[str] = []
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            parts.insert(0, "".join(traceback.format_tb(error.__traceback__)) + _withheld(error))
            error = error.__cause__ or error.__context__
        return "Traceback (most recent call last):\n" + "caused:\n".join(parts).rstrip("\n")


class _NoExceptionText(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _withheld(arg).strip() if isinstance(arg, BaseException) else arg for arg in record.args
            )
        return True


class _RotatingWhenFirstNeeded(logging.Handler):
    """The rotating log file, opened at the first record: ``logging.handlers`` (with the
    socket, pickle and queue modules it imports) cost the first window ~9 ms, and most
    runs write nothing."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        # Called with the handler's lock held: opened once, whichever thread logs first.
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            try:
                self._file = RotatingFileHandler(
                    self._path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            except OSError:
                self.handleError(record)
                return
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def start_logging() -> Path | None:
    """Write warnings and errors of the app to its log file (None when the folder
    cannot be written: the app runs without a log rather than not at all)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened now, as the rotating file will open it, so that a folder that cannot
        # be written is known at the start.
        with path.open("a", encoding="utf-8"):
            pass
    except OSError:
        return None
    handler = _RotatingWhenFirstNeeded(path)
    handler.setFormatter(_PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoExceptionText())
    handler.setLevel(logging.INFO)
    app_logger = logging.getLogger("philosophy_studio")
    app_logger.setLevel(logging.INFO)
    app_logger.addHandler(handler)

    def log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        app_logger.error("uncaught error", exc_info=(kind, error, trace))
        sys.__excepthook__(kind, error, trace)

    # Qt calls Python slots from its event loop: an error there would otherwise only
    # reach stderr, which a GUI started from a shortcut does not have.
    sys.excepthook = log_uncaught
    return path
