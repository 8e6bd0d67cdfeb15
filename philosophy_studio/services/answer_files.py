"""The survey's answer files, for the window and the command line: reading an export
(its encoding, delimiter and columns, see importing/) and writing the answers out (see
export/). The GUI reaches files only through services, like storage."""

from __future__ import annotations

from philosophy_studio.export.answers import export_answers
from philosophy_studio.importing.decoding import CHOICES
from philosophy_studio.importing.errors import BadDelimiterError, EncodingNeededError, WrongEncodingError
from philosophy_studio.importing.reader import (
    PREVIEW_ROWS,
    AnswerTable,
    delimiter_argument,
    read_file,
    read_text,
)

# The encodings a user can pick and the preview's length are part of what the window
# shows.
__all__ = [
    "CHOICES",
    "PREVIEW_ROWS",
    "AnswerTable",
    "BadDelimiterError",
    "EncodingNeededError",
    "WrongEncodingError",
    "delimiter_argument",
    "export_answers",
    "read_file",
    "read_text",
]
