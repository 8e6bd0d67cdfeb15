"""The survey's answers as CSV or XLSX, safe to open in a spreadsheet, with headings
in the workshop's language.

In a CSV file, a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be taken as a formula by Excel, LibreOffice or Google Sheets (and could
run one that a hostile answer smuggled in), so such a cell gets a leading apostrophe,
and so does such a character after a comma, semicolon or tab, where a spreadsheet
reading the file with that delimiter starts a cell; importing the app's own CSV again
takes them off (domain/spreadsheet.py, services/survey.py). XLSX cells are typed as
text, which no spreadsheet runs, so they hold the answers exactly: an apostrophe there
would show in the cell. XML, and so XLSX, cannot hold U+FFFE and U+FFFF: in an XLSX
cell they become U+FFFD. Answers are in their canonical order (by content), which says
nothing about who answered when.
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from pathlib import Path

from philosophy_studio.domain.model import Language, Workshop, sort_answers
from philosophy_studio.domain.spreadsheet import formula_safe
from philosophy_studio.fileio import write_export

# Characters XML 1.0 cannot carry that stored text may hold (noncharacters); the
# surrogates and control characters it also refuses never get stored (domain/text.py).
_NOT_XML = str.maketrans({"\ufffe": "\ufffd", "\uffff": "\ufffd"})

# The three headings, then the words for a hidden and a shown answer, in each workshop
# language. They live here rather than in the Qt catalogues: the file speaks the
# workshop's language whatever the interface's, and the command line has no Qt.
_LABELS_IN = {
    Language.ENGLISH: ("Answer", "Source", "Hidden from the analysis", "yes", "no"),
    Language.TURKISH: ("Yanıt", "Kaynak", "Analizden gizli", "evet", "hayır"),
}


def answer_labels(language: Language) -> tuple[str, ...]:
    return _LABELS_IN[language]


def written_by_the_app(headings: tuple[str, ...] | list[str]) -> bool:
    """Whether a table with these column headings is an answers export of the app, in
    either language: only its cells carry the apostrophes the CSV export adds."""
    first = tuple(heading.strip() for heading in headings[:3])
    return any(first == labels[:3] for labels in _LABELS_IN.values())


class AnswersFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text, never runs it as a formula."""
    return formula_safe(cell)


def answer_rows(workshop: Workshop) -> list[tuple[str, str, str]]:
    """The heading row and one row per answer, as they are, in the workshop's language."""
    answer_heading, source_heading, hidden_heading, yes, no = answer_labels(workshop.info.language)
    rows = [(answer_heading, source_heading, hidden_heading)]
    rows += [
        (answer.text, answer.source.value, yes if answer.hidden else no)
        for answer in sort_answers(workshop.answers)
    ]
    return rows


def answers_csv(workshop: Workshop) -> bytes:
    # UTF-8 with a byte-order mark: Excel reads Turkish letters right only with it.
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(tuple(neutralise(cell) for cell in row) for row in answer_rows(workshop))
    return buffer.getvalue().encode("utf-8-sig")


def answers_xlsx(workshop: Workshop) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Answers"
    for row_number, row in enumerate(answer_rows(workshop), 1):
        for column_number, value in enumerate(row, 1):
            cell = sheet.cell(row=row_number, column=column_number)
            cell.value = _xml_safe(value)
            # Typed as text explicitly: openpyxl would store "=…" as a formula.
            cell.data_type = TYPE_STRING
            if row_number == 1:
                cell.font = Font(bold=True)
            elif column_number == 1:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 80
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 10
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    # Stored answers keep only tab and newline among control characters; XML takes
    # both, but not U+FFFE and U+FFFF (the file would not open). Cells are capped by
    # Excel at 32,767 characters, far above the answer limit.
    return text.translate(_NOT_XML)[:32_767]


def export_answers(workshop: Workshop, path: Path, fmt: AnswersFormat | None = None) -> int:
    """Write the answers to ``path`` (format from its suffix unless given) in the
    workshop's language; returns how many answers were written. The file appears whole
    or not at all, and never over a workshop, a folder or a device (see
    fileio.write_export)."""
    chosen = fmt or (AnswersFormat.XLSX if path.suffix.lower() == ".xlsx" else AnswersFormat.CSV)
    data = answers_xlsx(workshop) if chosen is AnswersFormat.XLSX else answers_csv(workshop)
    write_export(path, data)
    return len(workshop.answers)
