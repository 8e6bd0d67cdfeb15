"""Reading customers' feedback (help-desk tickets, NPS and CSAT surveys, reviews) from
the files teams export, with the staff survey's rules: the same sniffing by content,
strict decoding, delimiters, refusals, and columns that identify people left out.

The user names the text column and, where the file has them, the score, date and
channel columns (a heading, or a number counted from 1). Everything is checked before
a table is returned, so an error always means nothing was imported.

A year of a large contact centre's tickets is a million rows, more than an answers file
may hold: a delimited or plain text file is decoded and parsed as a stream, and each
row keeps only the four cells asked for, its text already scrubbed of personal data.
Workbooks are read by the survey's reader and keep its limits (reader.MAX_ROWS): Excel
itself stops near a million rows, and a workbook that big would need its XML unpacked
in memory. Large exports are CSV.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from philosophy_studio.domain.feedback import FeedbackTable, ScoreScale
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.personal_data import Scrubber
from philosophy_studio.domain.text import clean_line, clean_text
from philosophy_studio.importing.columns import SAMPLE_ROWS, identifying_columns, suggested_column
from philosophy_studio.importing.decoding import bom_encoding, canonical
from philosophy_studio.importing.errors import (
    BadDelimiterError,
    BinaryFileError,
    ColumnNotFoundError,
    EmptyAnswersFileError,
    EncodingNeededError,
    FeedbackDateError,
    FeedbackFileTooLargeError,
    FeedbackScaleError,
    FeedbackScoreError,
    FileTooLargeError,
    HeaderOnlyError,
    IdentifyingColumnError,
    TooManyColumnsError,
    TooManyRowsError,
    UnbalancedQuoteError,
    WrongEncodingError,
)
from philosophy_studio.importing.reader import (
    DELIMITERS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    PREVIEW_ROWS,
    FileKind,
    detect_delimiter,
    detect_table_delimiter,
    looks_binary,
    read_xlsx,
    sniff_kind,
)
from philosophy_studio.work import WorkControl

# A million comments of a few hundred characters, with a few more columns, is about
# 300 MB of CSV; twice that still fits the memory a laptop gives the import.
MAX_FEEDBACK_BYTES = 600 * 1024 * 1024
MAX_FEEDBACK_ROWS = 2_000_000
# Bytes looked at to decide the kind of file, its encoding and its delimiter.
_HEAD_BYTES = 256 * 1024
_PROGRESS_ROWS = 5_000
# Read from the disk a mebibyte at a time (see _decoded_lines).
READ_BLOCK = 1 << 20
# A line ends at CR, LF or CRLF, as for a file opened with newline="" (the csv module's
# rule); str.splitlines would also end one at separators a quoted cell may hold.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")

# "9", "9.0", "9,0", "9/10", "4 / 5", " 10 ".
_SCORE = re.compile(r"\s*(\d{1,3})(?:[.,]0+)?\s*(?:/\s*(10|5)\s*)?")
# A day, maybe followed by a time (and a zone) that is dropped: ISO 8601 (2024-03-31,
# 2024-03-31T14:05:00+03:00), yyyy/mm/dd, dd.mm.yyyy and dd/mm/yyyy (Turkish and
# European exports; a US month-first date fails when its day exceeds 12).
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}\S*(?:\s*\S+)?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T]\d{1,2}:\d{2}\S*(?:\s*\S+)?)?")
# An Excel serial day number (what a date cell becomes when saved as a plain number),
# 1 = 1900-01-01; the fraction is the time of day.
_SERIAL = re.compile(r"(\d{1,6})(?:[.,]\d+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serial numbers from 1950 to 2100: an export's dates lie there, other numbers do not.
_SERIAL_RANGE = range(18_264, 73_051)


@dataclass(frozen=True)
class FeedbackColumns:
    """The columns the user chose: a heading, or a number counted from 1."""

    text: str
    score: str | None = None
    date: str | None = None
    channel: str | None = None


def parse_score(value: str) -> int | None:
    """A score cell as a whole number, None for an empty cell; ValueError otherwise."""
    if not value.strip():
        return None
    match = _SCORE.fullmatch(value)
    if match is None:
        raise ValueError(value)
    score = int(match.group(1))
    if match.group(2) is not None and score > int(match.group(2)):
        raise ValueError(value)
    return score


def parse_date(value: str) -> dt.date | None:
    """The day of a date cell (see the patterns above), None for an empty cell;
    ValueError otherwise."""
    value = value.strip()
    if not value:
        return None
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.fullmatch(value):
        day, month, year = match.groups()
    elif (match := _SERIAL.fullmatch(value)) and int(match.group(1)) in _SERIAL_RANGE:
        return _EXCEL_EPOCH + dt.timedelta(days=int(match.group(1)))
    else:
        raise ValueError(value)
    return dt.date(int(year), int(month), int(day))


class _Builder:
    """Rows in, a FeedbackTable out: checks each chosen cell as it comes, so the first
    bad row stops the import, and shares equal dates and channel names."""

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        chosen: tuple[int, int | None, int | None, int | None],
        language: Language,
        scale: ScoreScale | None,
    ) -> None:
        self.name = name
        self.text_at, self.score_at, self.date_at, self.channel_at = chosen
        self.score_heading = headers[self.score_at] if self.score_at is not None else ""
        self.date_heading = headers[self.date_at] if self.date_at is not None else ""
        self.scale = scale
        self.scrub = Scrubber(language)
        self.texts: list[str] = []
        self.scores: list[int | None] = []
        self.dates: list[dt.date | None] = []
        self.channels: list[str | None] = []
        self.skipped = 0
        self._shared_dates: dict[str, dt.date | None] = {}
        self._shared_channels: dict[str, str | None] = {}
        # What decides the scale when the user did not give it.
        self.highest = -1
        self.saw_zero = False
        self.out_of_five: tuple[int, str] | None = None

    @staticmethod
    def _cell(row: Sequence[str], index: int | None) -> str:
        return row[index] if index is not None and index < len(row) else ""

    def add(self, row: Sequence[str], number: int) -> None:
        """Add ``row``, the ``number``-th of the file counted from 1 (the heading row
        included, as a spreadsheet shows it)."""
        text = clean_text(self._cell(row, self.text_at)).strip()
        score_cell = self._cell(row, self.score_at)
        date_cell = self._cell(row, self.date_at)
        channel = self._channel(self._cell(row, self.channel_at))
        score = self._score(score_cell, number)
        date = self._date(date_cell, number)
        # A day or a channel alone says nothing a customer thought.
        if not text and score is None:
            self.skipped += 1
            return
        if len(self.texts) >= MAX_FEEDBACK_ROWS:
            raise TooManyRowsError(name=self.name, limit=MAX_FEEDBACK_ROWS)
        self.texts.append(self.scrub(text) if text else "")
        self.scores.append(score)
        self.dates.append(date)
        self.channels.append(channel)

    def _score(self, cell: str, number: int) -> int | None:
        try:
            score = parse_score(cell)
        except ValueError:
            raise FeedbackScoreError(
                row=number, name=self.name, value=cell.strip()[:40], column=self.score_heading
            ) from None
        if score is None:
            return None
        if score > 10:
            raise FeedbackScoreError(
                row=number, name=self.name, value=cell.strip(), column=self.score_heading
            )
        if self.scale is not None and not self.scale.lowest <= score <= self.scale.highest:
            self._refuse(number, score, self.scale)
        self.highest = max(self.highest, score)
        self.saw_zero = self.saw_zero or score == 0
        if self.out_of_five is None and cell.replace(" ", "").endswith("/5"):
            self.out_of_five = (number, cell.strip())
        return score

    def _refuse(self, number: int, score: int | str, scale: ScoreScale) -> None:
        raise FeedbackScaleError(
            row=number,
            name=self.name,
            value=score,
            scale=scale.name,
            lowest=scale.lowest,
            highest=scale.highest,
        )

    def _date(self, cell: str, number: int) -> dt.date | None:
        if cell in self._shared_dates:
            return self._shared_dates[cell]
        try:
            date = parse_date(cell)
        except ValueError:
            raise FeedbackDateError(
                row=number, name=self.name, value=cell.strip()[:40], column=self.date_heading
            ) from None
        # A cell's day is looked up again for each row with the same cell (exports
        # repeat a day thousands of times), and the day object is shared.
        if len(self._shared_dates) < 100_000:
            self._shared_dates[cell] = date
        return date

    def _channel(self, cell: str) -> str | None:
        if cell in self._shared_channels:
            return self._shared_channels[cell]
        found = clean_line(cell) or None
        if len(self._shared_channels) < 10_000:
            self._shared_channels[cell] = found
        return found

    def table(self, left_out: Iterable[str]) -> FeedbackTable:
        if not self.texts:
            raise HeaderOnlyError(name=self.name)
        return FeedbackTable(
            name=self.name,
            texts=tuple(self.texts),
            scores=tuple(self.scores),
            dates=tuple(self.dates),
            channels=tuple(self.channels),
            scale=self._decided_scale(),
            skipped_empty=self.skipped,
            left_out=tuple(left_out),
            scrubbed={kind.value: found for kind, found in self.scrub.found.items()},
        )

    def _decided_scale(self) -> ScoreScale | None:
        """The scale given, else the one the scores show: NPS when any is 0 or above 5,
        CSAT when all lie in 1–5. A small NPS sample with only low scores reads as CSAT:
        the user can then choose NPS."""
        if self.scale is not None or self.highest < 0:
            return self.scale
        if self.saw_zero or self.highest > 5:
            if self.out_of_five is not None:
                number, cell = self.out_of_five
                self._refuse(number, cell, ScoreScale.CSAT)
            return ScoreScale.NPS
        return ScoreScale.CSAT


def _find_column(
    headers: Sequence[str], wanted: str, name: str, identifying: frozenset[int], *, allow_identifying: bool
) -> int:
    """The column named ``wanted``, as AnswerTable.find_column finds it."""
    headings = [heading.strip() for heading in headers]
    if wanted.strip() in headings:
        index = headings.index(wanted.strip())
    elif wanted.strip().isdigit() and 1 <= int(wanted) <= len(headers):
        index = int(wanted) - 1
    else:
        listing = ", ".join(f"{number}: {heading}" for number, heading in enumerate(headings, 1))
        raise ColumnNotFoundError(name=name, column=wanted, columns=listing)
    if index in identifying and not allow_identifying:
        raise IdentifyingColumnError(column=headers[index])
    return index


def _stream_encoding(head: bytes, encoding: str | None) -> tuple[str, bool]:
    """(the encoding to read with, whether the user or a byte-order mark chose it).
    Without either, UTF-8 is tried; the stream refuses the file when it turns out not
    to be, as decoding.decode refuses it for an answers file."""
    marked = bom_encoding(head)
    if encoding is None:
        return (marked, True) if marked is not None else ("utf-8", False)
    chosen = canonical(encoding)
    if chosen in {"utf-8", "utf-8-sig"} and marked == "utf-8-sig":
        return "utf-8-sig", True
    if chosen.startswith("utf-16") and marked == "utf-16":
        return "utf-16", True
    return chosen, True


@dataclass(frozen=True)
class _Source:
    """A file's rows, a heading row first (a plain text file's is made up), read as
    they are needed."""

    rows: Iterator[Sequence[str]]
    plain: bool
    encoding: str | None
    delimiter: str | None


@contextmanager
def _source(
    path: Path, encoding: str | None, delimiter: str | None, control: WorkControl | None
) -> Iterator[_Source]:
    """The rows of ``path``, refusing it as the answers reader would (see the module
    docstring for what differs)."""
    name = path.name
    size = path.stat().st_size
    if size > MAX_FEEDBACK_BYTES:
        raise FeedbackFileTooLargeError(name=name, limit=MAX_FEEDBACK_BYTES // (1024 * 1024))
    if delimiter is not None and delimiter not in DELIMITERS:
        raise BadDelimiterError()
    with path.open("rb") as file:
        head = file.read(_HEAD_BYTES)
    if sniff_kind(head, name) is FileKind.XLSX:
        if size > MAX_FILE_BYTES:
            raise FileTooLargeError(name=name, limit=MAX_FILE_BYTES // (1024 * 1024))
        workbook = read_xlsx(path.read_bytes(), name, control=control)
        cells = zip(*(workbook.column_values(index) for index in range(len(workbook.headers))), strict=True)
        yield _Source(iter([workbook.headers, *cells]), plain=False, encoding=None, delimiter=None)
        return
    if looks_binary(head):
        raise BinaryFileError(name=name)
    chosen, sure = _stream_encoding(head, encoding)
    undecodable = WrongEncodingError(name=name, encoding=chosen) if sure else EncodingNeededError(name=name)
    try:
        decoder = codecs.getincrementaldecoder(chosen)(errors="strict")
        head_text = decoder.decode(head, final=size <= len(head))
    except UnicodeDecodeError:
        raise undecodable from None
    head_text = head_text.removeprefix("\ufeff")
    if not head_text.strip():
        raise EmptyAnswersFileError(name=name)
    plain = False
    if delimiter is None:
        if path.suffix.lower() == ".txt":
            # As for answers: one comment per line unless the content is clearly a table.
            delimiter = detect_table_delimiter(head_text)
            plain = delimiter is None
        else:
            delimiter = detect_delimiter(head_text) or ","
    with path.open("rb", buffering=0) as raw:
        text = _decoded_lines(raw, chosen)
        lines = _lines(text) if plain else _records(text, name, delimiter)
        try:
            yield _Source(_reporting(lines, raw, size, control), plain, chosen, None if plain else delimiter)
        except UnicodeDecodeError:
            raise undecodable from None


def read_feedback(
    path: Path,
    columns: FeedbackColumns,
    language: Language,
    *,
    scale: ScoreScale | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    control: WorkControl | None = None,
) -> FeedbackTable:
    """The feedback in ``path``, its texts scrubbed of personal data in ``language``'s
    placeholders. ``scale`` None detects it from the scores. Raises an
    AnswersFileError subclass (nothing imported) or CancelledError."""
    with _source(path, encoding, delimiter, control) as source:
        return _build(path.name, source.rows, columns, language, scale, plain=source.plain)


@dataclass(frozen=True)
class FeedbackPreview:
    """The start of a feedback file, for the user to choose its columns: the headings,
    the first PREVIEW_ROWS rows as they are, the columns that identify people (by
    heading: never imported, except as the date; by their values: chosen only after a
    warning, as for the survey) and the column with the most text (likely the
    comments)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    identifying: frozenset[int]
    looks_identifying: frozenset[int]
    suggested: int | None
    encoding: str | None
    delimiter: str | None


def preview_feedback(
    path: Path, *, encoding: str | None = None, delimiter: str | None = None
) -> FeedbackPreview:
    """The first rows of ``path``, read as read_feedback reads it and refused alike
    (an encoding error may still come later in the file, at the import)."""
    with _source(path, encoding, delimiter, None) as source:
        headers, sample = _head(path.name, source.rows)
    by_heading, by_values = (frozenset(), frozenset()) if source.plain else _identifying(headers, sample)
    lengths = [
        sum(len(row[index].strip()) for row in sample if index < len(row)) for index in range(len(headers))
    ]
    return FeedbackPreview(
        name=path.name,
        headers=tuple(headers),
        rows=tuple(tuple(row) + ("",) * (len(headers) - len(row)) for row in sample[:PREVIEW_ROWS]),
        identifying=by_heading | by_values,
        looks_identifying=by_values,
        suggested=suggested_column(lengths, by_heading | by_values),
        encoding=source.encoding,
        delimiter=source.delimiter,
    )


def _reporting(
    rows: Iterator[Sequence[str]], raw: io.BufferedReader, size: int, control: WorkControl | None
) -> Iterator[Sequence[str]]:
    """``rows``, reporting the share of the file read now and then (a safe point to
    cancel, too)."""
    for number, row in enumerate(rows):
        if control is not None and number % _PROGRESS_ROWS == 0:
            control.progress(raw.tell() / max(size, 1))
        yield row


def _decoded_lines(raw: io.RawIOBase, encoding: str) -> Iterator[str]:
    """The lines of ``raw`` in ``encoding``, each with its line end, read a block at a
    time. A file read through io.TextIOWrapper lets go of the interpreter lock for each
    8 KiB it reads and takes it back within microseconds, too soon for a waiting thread
    to wake: reading a million comments that way kept the window from the lock for
    100-300 ms at a stretch. Read here, the lock is let go once a block, and between
    blocks a waiting thread gets it within Python's switch interval."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    # The start of a line that goes on in a later block (a CR there may be half of a
    # CRLF), kept in pieces: a line of many blocks is joined once, not once a block.
    pending: list[str] = []
    while True:
        block = raw.read(READ_BLOCK)
        text = decoder.decode(block, final=not block)
        if not block:
            rest = "".join([*pending, text])
            if rest:
                yield from _LINE.findall(rest)
            return
        if "\n" not in text and "\r" not in text:
            pending.append(text)
            continue
        lines = _LINE.findall("".join([*pending, text]))
        pending = [lines.pop()] if lines and not lines[-1].endswith("\n") else []
        yield from lines


def _lines(text: Iterable[str]) -> Iterator[Sequence[str]]:
    """One row a line, a plain text file's only column numbered 1 (its heading)."""
    yield ("1",)
    for chunk in text:
        # str.splitlines also ends a line at the separators a text file may use
        # besides CR and LF, as the answers reader does.
        for line in chunk.splitlines():
            yield (line,)


def _records(text: Iterable[str], name: str, delimiter: str) -> Iterator[Sequence[str]]:
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    csv.field_size_limit(MAX_FEEDBACK_BYTES)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise UnbalancedQuoteError(name=name, line=start) from None
        if len(row) > MAX_COLUMNS:
            raise TooManyColumnsError(name=name, limit=MAX_COLUMNS)
        yield row


def _head(name: str, rows: Iterator[Sequence[str]]) -> tuple[list[str], list[Sequence[str]]]:
    """The headings (numbers for unnamed columns) and the first SAMPLE_ROWS rows."""
    headers = next(rows, None)
    if headers is None or not any(cell.strip() for cell in headers):
        raise EmptyAnswersFileError(name=name)
    sample: list[Sequence[str]] = []
    for row in rows:
        sample.append(row)
        if len(sample) == SAMPLE_ROWS:
            break
    width = max(len(headers), *(len(row) for row in sample)) if sample else len(headers)
    named = [*(heading.strip() for heading in headers), *[""] * (width - len(headers))]
    return [heading or str(index) for index, heading in enumerate(named, 1)], sample


def _identifying(
    headers: Sequence[str], sample: Sequence[Sequence[str]]
) -> tuple[frozenset[int], frozenset[int]]:
    return identifying_columns(
        headers, ([row[index] if index < len(row) else "" for row in sample] for index in range(len(headers)))
    )


def _build(
    name: str,
    rows: Iterator[Sequence[str]],
    columns: FeedbackColumns,
    language: Language,
    scale: ScoreScale | None,
    *,
    plain: bool,
) -> FeedbackTable:
    """``rows`` (a heading row first; a plain text file's is made up) into a table. The
    first SAMPLE_ROWS rows are held back to recognise the columns that identify people,
    as the survey does."""
    headers, sample = _head(name, rows)
    # The one column of a plain text file is the comments, whatever they look like.
    by_heading, by_values = (frozenset(), frozenset()) if plain else _identifying(headers, sample)

    def find(wanted: str | None, *, allow_identifying: bool = False) -> int | None:
        if wanted is None:
            return None
        return _find_column(headers, wanted, name, by_heading, allow_identifying=allow_identifying)

    chosen = (
        _find_column(headers, columns.text, name, by_heading, allow_identifying=False),
        find(columns.score),
        # A date column ("Tarih", "Timestamp") is one the survey leaves out: of a
        # customer's comment only the day is kept, which the monthly figures need.
        find(columns.date, allow_identifying=True),
        find(columns.channel),
    )
    builder = _Builder(name, headers, chosen, language, scale)
    used = {index for index in chosen if index is not None}
    left_out = [headers[index] for index in sorted(by_heading | by_values) if index not in used]
    # Rows are numbered as a spreadsheet shows them: a heading row is row 1.
    number = 0 if plain else 1
    for row in sample:
        number += 1
        builder.add(row, number)
    sample.clear()
    for row in rows:
        number += 1
        builder.add(row, number)
    return builder.table(left_out)
