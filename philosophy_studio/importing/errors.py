"""Why an answers file was refused, each as one translatable line that names the problem.

Every one of these is raised before anything is written, so the message can promise it.
"""

from __future__ import annotations

from philosophy_studio.domain.errors import WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP


class AnswersFileError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} could not be read as answers. Nothing was imported.")


class EmptyAnswersFileError(AnswersFileError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} is empty. Nothing was imported.")


class HeaderOnlyError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} has column headings but no answers below them. Nothing was imported."
    )


class BinaryFileError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a text file or a spreadsheet (it contains binary data). "
        "Export the answers as CSV or XLSX. Nothing was imported.",
    )


class WrongFileTypeError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is a {kind} file, not answers. Export the answers as CSV or XLSX. Nothing was imported.",
    )


class LegacyXlsError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is an old Excel 97-2003 (.xls) workbook, which cannot be read. "
        "Save it as .xlsx or CSV in Excel and import that. Nothing was imported.",
    )


class EncryptedWorkbookError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is protected with a password. Remove the password in Excel (or save a copy "
        "as CSV) and import that. Nothing was imported.",
    )


class DamagedWorkbookError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a readable XLSX workbook (it may be damaged). Nothing was imported."
    )


class FileTooLargeError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is larger than the limit of {limit} MB for answer files. Nothing was imported."
    )


class TooManyRowsError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has more than {limit} rows below its headings, the most one import takes (a stray cell far "
        "below the answers counts too). Split the file, or delete what lies below the answers, and import it "
        "then. Nothing was imported.",
    )


class TooManyColumnsError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has cells in more than {limit} columns, far more than a survey export has (a stray cell far "
        "to the right, or not a survey). Delete the columns that are not needed and save the file again. "
        "Nothing was imported.",
    )


class UnbalancedQuoteError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The quotation mark that opens a cell on line {line} of {name} is not closed where the cell ends, so "
        "the rows after it would be read as one answer. Correct the quotation marks on that line (or export "
        "the file again) and import it then. Nothing was imported.",
    )


class ZipBombError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} would unpack to far more data than a survey can hold (a damaged or "
        "malicious workbook). Nothing was imported.",
    )


class EncodingNeededError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not in UTF-8 or UTF-16; choose an encoding (for Turkish Excel files "
        "usually Windows-1254) and check the preview. Nothing was imported.",
    )


class WrongEncodingError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be read as {encoding}; choose another encoding. Nothing was imported."
    )


class UnknownEncodingError(AnswersFileError):
    template = QT_TRANSLATE_NOOP("Errors", "{encoding} is not an encoding this app knows.")


class ColumnNotFoundError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} has no column {column}. Its columns are: {columns}. Nothing was imported."
    )


class IdentifyingColumnError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Column {column} identifies people (a name, e-mail, ID or time) and is never imported; "
        "choose the column with the answers.",
    )


class BadDelimiterError(AnswersFileError):
    template = QT_TRANSLATE_NOOP("Errors", "The delimiter must be a comma, a semicolon or a tab.")


class FeedbackFileTooLargeError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is larger than the limit of {limit} MB for feedback files. Export a shorter period, or "
        "only the columns needed, and import that. Nothing was imported.",
    )


class FeedbackScoreError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} of {name} has {value} in the score column {column}, which is not a whole number from "
        "0 to 10. Correct the score or leave the cell empty, and import the file again. "
        "Nothing was imported.",
    )


class FeedbackScaleError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} of {name} has the score {value}, outside the {scale} scale ({lowest} to {highest}). "
        "Correct the score, or choose the other scale, and import the file again. Nothing was imported.",
    )


class FeedbackDateError(AnswersFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} of {name} has {value} in the date column {column}, which is not a date this app reads "
        "(such as 2024-03-31, 31.03.2024 or 31/03/2024). Correct the date or leave the cell empty, and "
        "import the file again. Nothing was imported.",
    )
