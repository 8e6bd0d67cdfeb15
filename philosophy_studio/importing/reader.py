"""Reading an answers file (CSV, TSV, XLSX, plain text) or pasted text into a table.

The type is decided by the file's first bytes, not its name, so a renamed PDF or an
old .xls is refused with the right message. Spreadsheets are checked for size and
compression ratio before any XML is parsed, and parsed with defusedxml. Nothing here
writes anything; the survey service imports what the user confirmed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from philosophy_studio.importing.columns import (
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
PREVIEW_ROWS = 8

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
    columns (numbers for plain text); ``rows`` are strings, one per column."""

    name: str
    kind: FileKind
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str | None = None
    delimiter: str | None = None
    # Every column left out as identifying people; ``looks_identifying`` are those
    # recognised by their values alone, which the user may still choose, warned.
    identifying: frozenset[int] = field(default_factory=frozenset)
    looks_identifying: frozenset[int] = field(default_factory=frozenset)
    suggested: int | None = None

    def column_values(self, index: int) -> list[str]:
        return [row[index] if index < len(row) else "" for row in self.rows]

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
    rows = _parse_delimited(text, name, chosen, control)
    return _table(name, FileKind.DELIMITED, rows, encoding=encoding, delimiter=chosen)


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


def _parse_delimited(text: str, name: str, delimiter: str, control: WorkControl | None) -> list[list[str]]:
    rows: list[list[str]] = []
    total = max(len(text), 1)
    handle = io.StringIO(text, newline="")
    reader = csv.reader(handle, delimiter=delimiter, strict=False)
    csv.field_size_limit(MAX_FILE_BYTES)
    for number, row in enumerate(reader):
        if number >= MAX_ROWS + 1:
            raise FileTooLargeError(name=name, limit=MAX_FILE_BYTES // (1024 * 1024))
        rows.append(row)
        if control is not None and number % 500 == 0:
            control.progress(handle.tell() / total)
    return rows


def _lines_table(text: str, name: str, encoding: str | None, control: WorkControl | None) -> AnswerTable:
    lines = [line for line in text.splitlines() if line.strip()]
    if control is not None:
        control.progress(1.0)
    # A list of e-mail addresses or names is not answers, whatever its shape.
    suspect = frozenset({0}) if values_identify(lines[:MAX_ROWS]) else frozenset()
    return AnswerTable(
        name=name,
        kind=FileKind.TEXT,
        headers=("1",),
        rows=tuple((line,) for line in lines[:MAX_ROWS]),
        encoding=encoding,
        identifying=suspect,
        looks_identifying=suspect,
        suggested=None if suspect else 0,
    )


def _table(
    name: str,
    kind: FileKind,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> AnswerTable:
    rows = [list(row) for row in rows]
    # Trailing empty rows (Excel likes them) are not answers.
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise EmptyAnswersFileError(name=name)
    headers = [cell.strip() for cell in rows[0]]
    body = rows[1:]
    if not body:
        raise HeaderOnlyError(name=name)
    width = max(len(headers), *(len(row) for row in body))
    headers += [str(index) for index in range(len(headers) + 1, width + 1)]
    headers = [heading or str(index) for index, heading in enumerate(headers, 1)]
    padded = tuple(tuple(row + [""] * (width - len(row))) for row in body)
    by_heading, by_values = identifying_columns(headers, padded)
    identifying = by_heading | by_values
    return AnswerTable(
        name=name,
        kind=kind,
        headers=tuple(headers),
        rows=padded,
        encoding=encoding,
        delimiter=delimiter,
        identifying=identifying,
        looks_identifying=by_values,
        suggested=suggested_column(headers, padded, identifying),
    )


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
    try:
        sheet = workbook.active if workbook.active is not None else workbook.worksheets[0]
        total = max(sheet.max_row or 1, 1)
        rows: list[list[str]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True)):
            if number >= MAX_ROWS + 1:
                raise FileTooLargeError(name=name, limit=MAX_FILE_BYTES // (1024 * 1024))
            rows.append([_cell_text(value) for value in values])
            if control is not None and number % 200 == 0:
                control.progress(number / total)
    except (FileTooLargeError, CancelledError):
        raise
    except Exception:  # noqa: BLE001 - as above
        raise DamagedWorkbookError(name=name) from None
    finally:
        workbook.close()
    return _table(name, FileKind.XLSX, rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
