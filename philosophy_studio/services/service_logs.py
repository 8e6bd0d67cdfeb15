"""Logs of the unattended survey service: to stderr, for journald or a container's log.

``text`` writes warnings and errors as lines (a service manager adds the time);
``json`` writes every event from INFO up as one JSON object per line, with the
event's own fields (``event``, ``workshops``...) for a log collector.

What the phones send never reaches a log: only the app's own messages are written,
which carry no answers, tokens, join codes or addresses; exceptions keep their
traceback but not their message; any other library's message (the WSGI server's names
the request's path, which holds the token) is replaced by its logger's name.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import TextIO

from philosophy_studio.logs import _NoExceptionText, _PrivateFormatter

LOG_FORMATS = ("text", "json")
APP_LOGGER = "philosophy_studio"
# Fields a record may carry for the JSON line (given as ``extra=``); nothing else of a
# record is copied, so a field added carelessly elsewhere cannot leak.
EVENT_FIELDS = ("event", "workshop", "workshops", "port", "stored")


class _OnlyOurWords(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not (record.name == APP_LOGGER or record.name.startswith(APP_LOGGER + ".")):
            record.msg = f"a message of {record.name} was withheld"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


class JsonFormatter(_PrivateFormatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="seconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in EVENT_FIELDS:
            if name in record.__dict__:
                entry[name] = record.__dict__[name]
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def start_service_logging(log_format: str = "text", stream: TextIO | None = None) -> logging.Handler:
    """Log to ``stream`` (stderr) in ``log_format``; returns the handler, for
    ``stop_service_logging``."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
        handler.setLevel(logging.INFO)
    else:
        handler.setFormatter(_PrivateFormatter("%(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
    handler.addFilter(_OnlyOurWords())
    handler.addFilter(_NoExceptionText())
    root = logging.getLogger()
    root.addHandler(handler)
    logging.getLogger(APP_LOGGER).setLevel(logging.INFO)
    return handler


def stop_service_logging(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
