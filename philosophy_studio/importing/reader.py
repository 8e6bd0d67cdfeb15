"""Reading an answers file (CSV, TSV, XLSX, plain text) or pasted text into a table.

The type is decided by the file's first bytes, not its name, so a renamed PDF or an
old .xls is refused with the right message. Spreadsheets are checked for size and
compression ratio before any XML is parsed, and parsed with defusedxml. Nothing here
writes anything; the survey service imports what the user confirmed.

Memory follows what a file holds, not what it claims: rows are read one at a time and
their cells kept column by column in a few long strings, a row wider than MAX_COLUMNS
or beyond MAX_ROWS is refused as soon as it is seen, and the empty cells a spreadsheet
implies (before a stray cell in column XFD, or up to row 1,048,576) are never made
(tests/benchmarks/bench_import_memory.py measures it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from array import array
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from philosophy_studio.importing.columns import (
    SAMPLE_ROWS,
    heading_identifies,
    identifying_columns,
    suggested_column,
    values_identify,
)
from philosophy_studio.importing.decoding import bom_encoding, decode
from philosophy_studio.importing.errors import (
    BadDelimiterError,
    BinaryFileError,
    ColumnNotFoundError,
    DamagedWorkbookError,
    EmptyAnswersFileError,
    EncryptedWorkbookError,
    FileTooLargeError,
    HeaderOnlyError,
    IdentifyingColumnError,
    LegacyXlsError,
    TooManyColumnsError,
    TooManyRowsError,
    UnbalancedQuoteError,
    WrongFileTypeError,
    ZipBombError,
)
from philosophy_studio.work import CancelledError, WorkControl

# A survey of a few hundred staff is a few hundred kilobytes; these limits leave room
# for thousands of long answers and still refuse something that is clearly not a survey.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ENTRY_BYTES = 50 * 1024 * 1024
# Real workbooks compress XML about 5-20 times; a bomb compresses 1000 times or more.
MAX_RATIO = 100
# Small entries may compress well without harm (a sheet of one repeated word).
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ROWS = 100_000
# A form export has a column per question plus a few of its own: a few hundred at most.
# Wider is a stray cell far to the right, or not a survey.
MAX_COLUMNS = 500
PREVIEW_ROWS = 8
# Cells are kept joined by a character no cell holds: text with NUL is refused, XML
# cannot carry it, and storing an answer drops it (domain/text.py).
_SEPARATOR = "\x00"
# Rows gathered before they are joined into their columns' strings.
_CHUNK_ROWS = 500

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"}

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names inside an OLE compound file, in its UTF-16LE directory.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
_OTHER_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x7fELF", "program"),
    (b"MZ", "program"),
    (b"{\\rtf", "RTF"),
)


class FileKind(StrEnum):
    DELIMITED = "delimited"
    XLSX = "xlsx"
    TEXT = "text"


@dataclass(frozen=True)
class AnswerTable:
    """What a file holds, before the user chose the column. ``headers`` name the
    columns (numbers for plain text); there are ``row_count`` rows below them, of which
    ``preview`` holds the first PREVIEW_ROWS whole. A column's cells are read with
    column_values."""

    name: str
    kind: FileKind
    headers: tuple[str, ...]
    row_count: int
    preview: tuple[tuple[str, ...], ...]
    # Per column, its cells joined by _SEPARATOR, _CHUNK_ROWS rows a string: a few
    # long strings take a fraction of the memory of a string object per cell.
    chunks: tuple[tuple[str, ...], ...] = field(repr=False)
    encoding: str | None = None
    delimiter: str | None = None
    # Every column left out as identifying people; ``looks_identifying`` are those
    # recognised by their values alone, which the user may still choose, warned.
    identifying: frozenset[int] = field(default_factory=frozenset)
    looks_identifying: frozenset[int] = field(default_factory=frozenset)
    suggested: int | None = None
    # Per column of a workbook, the rows (from 0) whose cell holds a formula that was
    # never calculated: no result is saved with it, so the cell reads as empty.
    uncalculated: Mapping[int, Sequence[int]] = field(default_factory=dict)

    def column_values(self, index: int) -> list[str]:
        """The cells of column ``index``, one per row ("" where a row has none)."""
        return _SEPARATOR.join(self.chunks[index]).split(_SEPARATOR)[: self.row_count]

    def find_column(self, wanted: str) -> int:
        """The column named ``wanted`` (a heading, or a number counted from 1)."""
        headings = [heading.strip() for heading in self.headers]
        if wanted.strip() in headings:
            index = headings.index(wanted.strip())
        elif wanted.strip().isdigit() and 1 <= int(wanted) <= len(self.headers):
            index = int(wanted) - 1
        else:
            listing = ", ".join(f"{number}: {heading}" for number, heading in enumerate(headings, 1))
            raise ColumnNotFoundError(name=self.name, column=wanted, columns=listing)
        if index in self.identifying and index not in self.looks_identifying:
            raise IdentifyingColumnError(column=self.headers[index])
        return index


def delimiter_argument(value: str) -> str:
    """A delimiter given on the command line: the character itself or its name."""
    chosen = _DELIMITER_NAMES.get(value.lower(), value)
    if chosen not in DELIMITERS:
        raise BadDelimiterError()
    return chosen


def sniff_kind(data: bytes, name: str) -> FileKind:
    """The file's kind by its first bytes; refuses files no reader here can take."""
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyAnswersFileError(name=name)
    if data.startswith(_ZIP):
        return FileKind.XLSX
    if data.startswith(_EMPTY_ZIP):
        raise DamagedWorkbookError(name=name)
    if data.startswith(_OLE):
        if _ENCRYPTED_STREAM in data:
            raise EncryptedWorkbookError(name=name)
        if any(stream in data for stream in _WORKBOOK_STREAMS) or name.lower().endswith(".xls"):
            raise LegacyXlsError(name=name)
        raise EncryptedWorkbookError(name=name)
    for magic, kind in _OTHER_TYPES:
        if data.startswith(magic):
            raise WrongFileTypeError(name=name, kind=kind)
    return FileKind.DELIMITED


def looks_binary(data: bytes) -> bool:
    """True for data no text encoding would produce: NUL bytes (outside UTF-16/32,
    which carry a byte-order mark) or many other control bytes."""
    marked = bom_encoding(data)
    if marked is not None and marked != "utf-8-sig":
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\x0c")
    return controls * 20 > len(sample)


def read_file(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    control: WorkControl | None = None,
) -> AnswerTable:
    """Read ``path`` into a table. Text is a delimited table with a heading row, except
    that a ``.txt`` file is one answer per line unless its content is clearly a table
    (Excel's "Unicode Text" is tab-separated UTF-16 named .txt). Raises an
    AnswersFileError subclass."""
    name = path.name
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(name=name, limit=MAX_FILE_BYTES // (1024 * 1024))
    data = path.read_bytes()
    kind = sniff_kind(data, name)
    if kind is FileKind.XLSX:
        return read_xlsx(data, name, control=control)
    text_file = path.suffix.lower() == ".txt" and delimiter is None
    return read_text_bytes(
        data,
        name,
        encoding=encoding,
        delimiter=delimiter,
        plain=None if text_file else False,
        control=control,
    )


def read_text_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    plain: bool | None = False,
    control: WorkControl | None = None,
) -> AnswerTable:
    """A table from a text file's bytes. ``plain`` True reads one answer per line, False
    a delimited table, None decides by the content (see detect_table_delimiter)."""
    if not data.strip(b" \t\r\n"):
        raise EmptyAnswersFileError(name=name)
    if looks_binary(data):
        raise BinaryFileError(name=name)
    text, used = decode(data, name, encoding)
    if plain is None and delimiter is None:
        # A file whose name promises text: a table only when its content says so.
        delimiter = detect_table_delimiter(text)
        plain = delimiter is None
    return read_text(text, name, encoding=used, delimiter=delimiter, plain=plain, control=control)


def read_text(
    text: str,
    name: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    plain: bool | None = None,
    control: WorkControl | None = None,
) -> AnswerTable:
    """A table from text: pasted from the clipboard, or a decoded file. Without a
    delimiter it is detected. ``plain`` True reads one answer per line; None (pasted
    text) does so when no delimiter is found; False reads a one-column table then."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyAnswersFileError(name=name)
    if len(text) > MAX_FILE_BYTES:  # pasted text; a file was measured before it was read
        raise FileTooLargeError(name=name, limit=MAX_FILE_BYTES // (1024 * 1024))
    if "\x00" in text:
        raise BinaryFileError(name=name)
    if delimiter is not None and delimiter not in DELIMITERS:
        raise BadDelimiterError()
    if plain:
        return _lines_table(text, name, encoding, control)
    chosen = delimiter or detect_delimiter(text)
    if chosen is None:
        if plain is None:
            return _lines_table(text, name, encoding, control)
        # A one-column CSV still has its heading row.
        chosen = ","
    return _parse_delimited(text, name, chosen, encoding, control)


def detect_delimiter(text: str) -> str | None:
    """The delimiter that splits the first lines into the same number (two or more) of
    columns most often; None when no candidate does (one answer per line)."""
    sample = "\n".join(text[:65536].splitlines()[:50])
    best, best_score = None, (0, 0)
    for candidate in DELIMITERS:
        try:
            rows = [row for row in csv.reader(io.StringIO(sample), delimiter=candidate) if row]
        except csv.Error:
            continue
        if len(rows) > 1 and not text[:65536].endswith(("\n", "\r")):
            rows = rows[:-1] or rows  # the sample may end mid-row
        widths = [len(row) for row in rows]
        if not widths or widths[0] < 2:
            continue
        agreeing = sum(1 for width in widths if width == widths[0])
        score = (agreeing, widths[0])
        # Answers may hold the delimiter in an unquoted sentence now and then; a table
        # splits nearly every line the same way.
        if agreeing * 4 >= len(widths) * 3 and score > best_score:
            best, best_score = candidate, score
    return best


def detect_table_delimiter(text: str) -> str | None:
    """The delimiter of ``text`` when it is surely a table with a heading row, else None.
    Stricter than detect_delimiter: answers written one per line often share one comma
    ("Hızlı, güler yüzlü"), so a comma or semicolon counts only when every line splits
    the same way into three or more columns, or into two with a heading that names a
    column the forms keep (a timestamp, an e-mail address). A tab is rare in an answer
    and taken as detect_delimiter takes it."""
    found = detect_delimiter(text)
    if found is None or found == "\t":
        return found
    sample = text[:65536].splitlines()[:50]
    if len(sample) > 1 and not text[:65536].endswith(("\n", "\r")):
        sample = sample[:-1]
    rows = [row for row in csv.reader(io.StringIO("\n".join(sample)), delimiter=found) if row]
    widths = {len(row) for row in rows}
    if len(widths) != 1:
        return None
    width = widths.pop()
    if width >= 3 or any(heading_identifies(heading) for heading in rows[0]):
        return found
    return None


# A line with its ending (\r\n, \r or \n), as csv.reader wants them. Matched lazily in
# the text: io.StringIO would copy it, four bytes a character.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
# What str.splitlines splits at: a plain text file is one answer per such line.
_PLAIN_LINE = re.compile("[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


class _TableBuilder:
    """Rows in, one at a time; an AnswerTable out. The first row is the heading row.
    Blank rows are counted, and made only when a filled row follows them (trailing
    ones, which Excel likes, are not answers)."""

    def __init__(self, name: str, kind: FileKind) -> None:
        self.name = name
        self.kind = kind
        self.headers: list[str] | None = None
        self.rows = 0
        self.blank = 0
        self.width = 0
        self.pending: list[Sequence[str]] = []
        self.chunks: list[list[str]] = []
        # Per column, the characters of its cells without surrounding blanks.
        self.lengths: list[int] = []
        self.preview: list[Sequence[str]] = []
        self.uncalculated: dict[int, array[int]] = {}

    def add(self, row: Sequence[str], uncalculated: Collection[int] = ()) -> None:
        """Add ``row``; ``uncalculated`` are the indexes of its cells that hold a
        formula without a result (such a row is not blank: it has content)."""
        if len(row) > MAX_COLUMNS:
            raise TooManyColumnsError(name=self.name, limit=MAX_COLUMNS)
        if self.headers is None:
            self.headers = [cell.strip() for cell in row]
            self.width = len(row)
            return
        if not uncalculated and not any(cell.strip() for cell in row):
            self.blank += 1
            return
        # The blank rows before a filled one are respondents who left the answer
        # empty. Checked before they are made: a spreadsheet may jump to row 1,048,576.
        if self.rows + self.blank >= MAX_ROWS:
            raise TooManyRowsError(name=self.name, limit=MAX_ROWS)
        for _ in range(self.blank):
            self._append(())
        self.blank = 0
        for column in uncalculated:
            self.uncalculated.setdefault(column, array("I")).append(self.rows)
        self._append(row)

    def skip_blank_rows(self, count: int) -> None:
        """``count`` rows a spreadsheet left out, having nothing in them."""
        self.blank += count

    def _append(self, row: Sequence[str]) -> None:
        self.rows += 1
        if len(self.preview) < PREVIEW_ROWS:
            self.preview.append(row)
        self.pending.append(row)
        if len(self.pending) == _CHUNK_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        self.width = max(self.width, *(len(row) for row in self.pending))
        for _ in range(len(self.chunks), self.width):
            # A column first seen now was empty in every earlier (full) chunk.
            self.chunks.append([_SEPARATOR * (_CHUNK_ROWS - 1)] * (self.rows_flushed // _CHUNK_ROWS))
            self.lengths.append(0)
        padded = [
            row if len(row) == self.width else [*row, *[""] * (self.width - len(row))] for row in self.pending
        ]
        for index, cells in enumerate(zip(*padded, strict=True)):
            self.chunks[index].append(_SEPARATOR.join(cells))
            self.lengths[index] += sum(map(len, map(str.strip, cells)))
        self.pending = []

    @property
    def rows_flushed(self) -> int:
        return self.rows - len(self.pending)

    def table(self, *, encoding: str | None = None, delimiter: str | None = None) -> AnswerTable:
        if self.headers is None or (not self.rows and not any(self.headers)):
            raise EmptyAnswersFileError(name=self.name)
        if not self.rows:
            raise HeaderOnlyError(name=self.name)
        self._flush()
        headers = self.headers + [""] * (self.width - len(self.headers))
        headers = [heading or str(index) for index, heading in enumerate(headers, 1)]
        table = AnswerTable(
            name=self.name,
            kind=self.kind,
            headers=tuple(headers),
            row_count=self.rows,
            preview=tuple(tuple(row) + ("",) * (self.width - len(row)) for row in self.preview),
            chunks=tuple(tuple(column) for column in self.chunks),
            encoding=encoding,
            delimiter=delimiter,
            uncalculated=self.uncalculated,
        )
        # One column's sample at a time: all of them at once are a string per cell again.
        samples = (_first_values(table, index) for index in range(self.width))
        by_heading, by_values = identifying_columns(headers, samples)
        identifying = by_heading | by_values
        return replace(
            table,
            identifying=identifying,
            looks_identifying=by_values,
            suggested=suggested_column(self.lengths, identifying),
        )


def _first_values(table: AnswerTable, index: int) -> list[str]:
    """The first SAMPLE_ROWS cells of column ``index``, without joining the rest."""
    chunks = table.chunks[index][: -(-SAMPLE_ROWS // _CHUNK_ROWS)]
    return _SEPARATOR.join(chunks).split(_SEPARATOR)[: min(SAMPLE_ROWS, table.row_count)]


def _parse_delimited(
    text: str, name: str, delimiter: str, encoding: str | None, control: WorkControl | None
) -> AnswerTable:
    builder = _TableBuilder(name, FileKind.DELIMITED)
    total = max(len(text), 1)
    read = 0

    def lines() -> Iterator[str]:
        nonlocal read
        for match in _LINE.finditer(text):
            read = match.end()
            yield match.group()

    # Strict: a quotation mark that opens a cell and is never closed would otherwise
    # take every row after it into that cell, and one closed in mid-cell ("x"y) is
    # what such a quote leaves where it ends. Exports never write either.
    reader = csv.reader(lines(), delimiter=delimiter, strict=True)
    csv.field_size_limit(MAX_FILE_BYTES)
    number = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            raise UnbalancedQuoteError(name=name, line=start) from None
        builder.add(row)
        if control is not None and number % 500 == 0:
            control.progress(read / total)
        number += 1
    return builder.table(encoding=encoding, delimiter=delimiter)


def _lines_table(text: str, name: str, encoding: str | None, control: WorkControl | None) -> AnswerTable:
    builder = _TableBuilder(name, FileKind.TEXT)
    builder.add(("1",))
    for match in _PLAIN_LINE.finditer(text):
        line = match.group()
        if line.strip():
            builder.add((line,))
    if control is not None:
        control.progress(1.0)
    table = builder.table(encoding=encoding)
    # A list of e-mail addresses or names is not answers, whatever its shape.
    suspect = frozenset({0}) if values_identify(_first_values(table, 0)) else frozenset()
    return replace(table, identifying=suspect, looks_identifying=suspect, suggested=None if suspect else 0)


# --- XLSX ------------------------------------------------------------------------------


def check_zip(data: bytes, name: str) -> None:
    """Refuse a workbook whose entries would unpack to too much, judged by the sizes
    and ratios the zip directory declares and before any of it is inflated."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DamagedWorkbookError(name=name) from None
    with archive:
        total = 0
        entries = archive.infolist()
        if len(entries) > 10_000:
            raise ZipBombError(name=name)
        for entry in entries:
            total += entry.file_size
            ratio = entry.file_size / max(entry.compress_size, 1)
            if (
                entry.file_size > MAX_ENTRY_BYTES
                or total > MAX_UNPACKED_BYTES
                or (entry.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO)
            ):
                raise ZipBombError(name=name)
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise WrongFileTypeError(name=name, kind="ZIP")


def read_xlsx(data: bytes, name: str, *, control: WorkControl | None = None) -> AnswerTable:
    check_zip(data, name)
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # without it, openpyxl parses entity expansions
        raise DamagedWorkbookError(name=name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise DamagedWorkbookError(name=name) from None
    builder = _TableBuilder(name, FileKind.XLSX)
    try:
        sheet = workbook.active if workbook.active is not None else workbook.worksheets[0]
        total = max(sheet.max_row or 1, 1)
        expected = 1
        for number, row, uncalculated in _sheet_rows(workbook, sheet, name):
            if number > expected and builder.headers is None:
                builder.add(())  # the heading row is empty
                expected += 1
            builder.skip_blank_rows(number - expected)
            builder.add(row, uncalculated)
            expected = number + 1
            if control is not None and number % 200 == 0:
                control.progress(min(number / total, 1.0))
    except (TooManyRowsError, TooManyColumnsError, CancelledError):
        raise
    except Exception:  # noqa: BLE001 - as above
        raise DamagedWorkbookError(name=name) from None
    finally:
        workbook.close()
    return builder.table()


def _sheet_rows(workbook: Any, sheet: Any, name: str) -> Iterator[tuple[int, list[str], list[int]]]:
    """(row number from 1, its cells as text, the indexes of those that hold a formula
    never calculated) for each row of ``sheet`` with content, refusing a cell beyond
    MAX_COLUMNS when it is seen. openpyxl's own iter_rows pads every row to the sheet's
    widest and makes every row up to its last, one cell in column XFD or row 1,048,576
    taking gigabytes; its sheet parser, used here as its read-only worksheet uses it,
    yields the cells a row holds, with their column."""
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            # A formula saved without its result (a program wrote it, no spreadsheet
            # ever calculated it) reads as None, like an empty cell. Its value is
            # missing or empty; a result that is the empty string is typed "str".
            cell["uncalculated"] = (
                element.find(FORMULA_TAG) is not None
                and not element.findtext(VALUE_TAG)
                and element.get("t") != "str"
            )
            return cell

    with sheet._get_source() as source:
        parser = Parser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = {cell["column"]: _cell_text(cell["value"]) for cell in cells}
            uncalculated = [cell["column"] for cell in cells if cell["uncalculated"]]
            filled = [column for column, text in values.items() if text] + uncalculated
            if not filled:
                continue
            width = max(filled)
            if width > MAX_COLUMNS:
                raise TooManyColumnsError(name=name, limit=MAX_COLUMNS)
            row = [""] * width
            for column, text in values.items():
                if column <= width:
                    row[column - 1] = text
            yield number, row, [column - 1 for column in uncalculated]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # XML 1.0 cannot carry NUL, but openpyxl reads Excel's _x0000_ escape as one; it
    # would split the cell in two (see _SEPARATOR), and storing drops it anyway.
    return str(value).replace(_SEPARATOR, "")
