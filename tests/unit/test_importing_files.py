"""Reading answers files: strict decoding, delimiters, form exports and every refusal."""

import codecs
import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from philosophy_studio.importing import errors
from philosophy_studio.importing.columns import heading_identifies, values_identify
from philosophy_studio.importing.decoding import CHOICES, decode, sure_encoding
from philosophy_studio.importing.reader import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    FileKind,
    check_zip,
    detect_delimiter,
    read_file,
    read_text,
)
from philosophy_studio.work import CancelledError, WorkControl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


def answers(table, column=None):
    return table.column_values(table.suggested if column is None else column)


def test_windows_1254_file_is_refused_until_an_encoding_is_chosen() -> None:
    with pytest.raises(errors.EncodingNeededError, match="choose an encoding"):
        read_file(FIXTURES / "turkish_excel_1254.csv")
    table = read_file(FIXTURES / "turkish_excel_1254.csv", encoding="cp1254")
    assert table.delimiter == ";"
    assert table.encoding == "cp1254"
    assert answers(table)[0] == "Müşteri her zaman dinlendiğini hissetsin"
    assert "Işık hızında yanıt; dürüstlük" in answers(table)
    assert not any("þ" in text or "Ý" in text for text in answers(table))


def test_a_latin_1_choice_shows_its_mojibake_in_the_preview_rather_than_hiding_it() -> None:
    # The user sees this and picks Windows-1254; the app never picks for them.
    table = read_file(FIXTURES / "turkish_excel_1254.csv", encoding="iso-8859-1")
    assert answers(table)[0].startswith("Müþteri")


def test_utf8_with_bom_comma_and_quoted_newlines() -> None:
    table = read_file(FIXTURES / "bom_comma.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers == ("answer",)
    assert answers(table, 0) == ["Güvenilir, hızlı ve dürüst", "Sabırlı ekip", "Çok satırlı\ncevap"]


def test_utf16_tab_file_is_recognised_by_its_byte_order_mark() -> None:
    table = read_file(FIXTURES / "utf16_tab.tsv")
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.headers == ("Yanıt", "Bölüm")
    assert answers(table, 0) == ["Şeffaf ve samimi", "İlgili, çözüm odaklı"]


def test_google_forms_csv_marks_timestamp_and_email_and_suggests_the_answer_column() -> None:
    table = read_file(FIXTURES / "google_forms.csv")
    assert table.identifying == {0, 1}
    assert table.suggested == 2
    assert answers(table)[1] == "Quick, friendly, honest"
    with pytest.raises(errors.IdentifyingColumnError):
        table.find_column("Email Address")
    with pytest.raises(errors.IdentifyingColumnError):
        table.find_column("1")
    assert table.find_column("3") == 2


def test_microsoft_forms_csv_in_turkish_marks_every_identifying_column() -> None:
    table = read_file(FIXTURES / "microsoft_forms.csv")
    assert table.identifying == {0, 1, 2, 3, 4, 5}
    assert table.find_column("Müşterilerimiz ne düşünsün?") == 6
    assert answers(table) == ["Bizi güvenilir bulsunlar", "Her sorunun sahibi olduğumuzu"]


@pytest.mark.parametrize("name", ["google_forms.xlsx", "microsoft_forms.xlsx"])
def test_forms_xlsx_exports(name: str) -> None:
    table = read_file(FIXTURES / name)
    assert table.kind is FileKind.XLSX
    answer_column = len(table.headers) - 1
    assert table.suggested == answer_column
    assert table.identifying == set(range(answer_column))
    assert answers(table)[0] in {"That we keep our promises", "Reliable and kind"}


def test_plain_text_is_one_answer_per_line() -> None:
    table = read_file(FIXTURES / "plain_answers.txt")
    assert table.kind is FileKind.TEXT
    assert answers(table) == ["Hızlı ve güvenilir", "Samimi bir ekip", "Hızlı ve güvenilir"]


def test_pasted_text_without_delimiters_is_one_answer_per_line() -> None:
    table = read_text("Fast, friendly\nKind and honest\n", "clipboard")
    # One comma in one line is not a table.
    assert detect_delimiter("Fast, friendly\nKind and honest\n") is None
    assert answers(table) == ["Fast, friendly", "Kind and honest"]


def test_pasted_spreadsheet_cells_are_tab_separated() -> None:
    table = read_text("Zaman\tCevap\n10:00\tGüler yüz\n10:05\tHız\n", "clipboard")
    assert table.delimiter == "\t"
    assert table.identifying == {0}
    assert answers(table) == ["Güler yüz", "Hız"]


@pytest.mark.parametrize(
    ("name", "error", "fragment"),
    [
        ("empty.csv", errors.EmptyAnswersFileError, "is empty"),
        ("header_only.csv", errors.HeaderOnlyError, "no answers below them"),
        ("binary_junk.csv", errors.BinaryFileError, "binary data"),
        ("renamed_pdf.csv", errors.WrongFileTypeError, "PDF file"),
        ("legacy.xls", errors.LegacyXlsError, "Excel 97-2003"),
        ("encrypted.xlsx", errors.EncryptedWorkbookError, "password"),
        ("zip_bomb.xlsx", errors.ZipBombError, "unpack"),
    ],
)
def test_bad_files_are_refused_with_their_own_message(name: str, error: type, fragment: str) -> None:
    with pytest.raises(error) as raised:
        read_file(FIXTURES / name)
    assert fragment in str(raised.value)
    assert name in str(raised.value)
    assert "Nothing was imported" in str(raised.value)


def test_a_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(errors.EmptyAnswersFileError):
        read_file(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(errors.FileTooLargeError, match="20 MB"):
        read_file(path)


def test_zip_check_uses_declared_sizes_and_ratio(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/sharedStrings.xml", b"0" * (3 * 1024 * 1024))
    with pytest.raises(errors.ZipBombError):
        check_zip(buffer.getvalue(), "x.xlsx")


def test_a_zip_that_is_not_a_workbook() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(errors.WrongFileTypeError, match="ZIP"):
        check_zip(buffer.getvalue(), "x.xlsx")


def test_a_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes((FIXTURES / "google_forms.xlsx").read_bytes()[:900])
    with pytest.raises(errors.DamagedWorkbookError):
        read_file(path)


def test_decoding_is_strict() -> None:
    assert sure_encoding("Müşteri".encode("cp1254")) is None
    assert sure_encoding("Müşteri".encode()) == "utf-8"
    with pytest.raises(errors.WrongEncodingError):
        decode(b"\xff\xfe\xfd abc", "x.csv", "utf-8")
    with pytest.raises(errors.UnknownEncodingError):
        decode(b"abc", "x.csv", "klingon")
    assert {code for code, _name in CHOICES} >= {"cp1254", "iso-8859-9", "utf-8"}


def test_hostile_text_is_read_as_text() -> None:
    table = read_file(FIXTURES / "hostile.csv")
    values = answers(table, 0)
    assert values[0] == "=1+2"
    assert "\tleading tab" in values
    assert any("😀" in value for value in values)


def test_large_files_report_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Answer\n" + "".join(f"Answer number {i}\n" for i in range(20_000)), encoding="utf-8")
    seen: list[float] = []
    table = read_file(path, control=WorkControl(lambda fraction, _message: seen.append(fraction)))
    assert table.row_count == 20_000
    assert len(seen) > 10
    assert seen == sorted(seen)
    control = WorkControl()
    control.cancel()
    with pytest.raises(CancelledError):
        read_file(path, control=control)


def test_a_twenty_thousand_character_word_survives(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Answer\n" + "x" * 20_000 + "\n", encoding="utf-8")
    assert answers(read_file(path), 0) == ["x" * 20_000]


@pytest.mark.parametrize(
    "heading",
    [
        "Full name (optional)",
        "İsim (isteğe bağlı)",
        "Adınız Soyadınız (isteğe bağlı)",
        "AD SOYAD *",
        "Phone number",
        "Telefon numaranız",
        "Cep telefonu",
        "Employee ID",
        "User ID",
        "Sicil no",
        "T.C. Kimlik No",
        "Kimlik no",
        "Date of birth",
        "Doğum tarihi",
        "Department",
        "Departman / Birim",
        "Bölümünüz:",
        "E-posta adresiniz",
        "Email address",
        "Zaman damgası",
        "Timestamp",
    ],
)
def test_identifying_headings_are_recognised_by_their_words(heading: str) -> None:
    assert heading_identifies(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "What do you want our customers to think about the service we provide?",
        "Müşterilerimiz ne düşünsün?",
        "Name one thing we do well",
        "Bir kelimeyle biz?",
        "Yanıt",
        "Adalet sizce ne demek?",
    ],
)
def test_question_headings_are_not_taken_for_identifying_ones(heading: str) -> None:
    assert not heading_identifies(heading)


@pytest.mark.parametrize(
    ("values", "identifying"),
    [
        (["ayse@example.com", "bob@example.com", "-"], False),  # two of three: not "mostly"
        (["ayse@example.com", "bob@example.com", "can@example.com", "dan@example.com", "yok"], True),
        (["0532 123 45 67", "+90 (212) 555-12-34", "05551234567"], True),
        (["10000000146", "12345678950"], True),
        (["Ayşe Yılmaz", "Mehmet Ali Kaya", "", "Zeynep Demir"], True),
        (["Güler Yüz", "Hızlı ve güvenilir"], False),
        (["HIZLI SERVİS", "GÜLER YÜZ"], False),
        (["Güven", "Saygı", "Hız"], False),
        (["1", "5", "3"], False),
    ],
)
def test_identifying_values(values: list[str], identifying: bool) -> None:
    assert values_identify(values) is identifying


def test_a_name_column_is_never_suggested_even_with_the_most_text() -> None:
    table = read_file(FIXTURES / "name_and_one_word.csv")
    assert table.identifying == {0}
    assert table.suggested == 1
    with pytest.raises(errors.IdentifyingColumnError):
        table.find_column("Adınız Soyadınız (isteğe bağlı)")


def test_a_column_that_looks_identifying_by_its_values_alone_may_be_named() -> None:
    table = read_text("Katılımcı,Puan\nAyşe Yılmaz,4\nMehmet Ali Kaya,5\n", "x.csv", plain=False)
    assert (table.identifying, table.looks_identifying, table.suggested) == ({0}, {0}, 1)
    assert table.find_column("Katılımcı") == 0


def excel_unicode_text(path: Path) -> Path:
    """What Excel's Save As "Unicode Text" writes: UTF-16 LE with a BOM, tabs, CRLF,
    quotes around cells with a tab, newline or quote."""
    rows = [
        ["Zaman damgası", "E-posta Adresi", "Müşterilerimiz ne düşünsün?"],
        ["20.11.2026 09:01:12", "ayse@example.com", "Hızlı ve güler yüzlü"],
        ["20.11.2026 09:04:05", "zeynep@example.com", '"İlgili", çözüm odaklı\nve sabırlı'],
        ["20.11.2026 09:10:44", "can@example.com", "Işık hızında"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path.write_bytes(codecs.BOM_UTF16_LE + buffer.getvalue().encode("utf-16-le"))
    return path


def test_excel_unicode_text_named_txt_is_read_as_a_table(tmp_path: Path) -> None:
    table = read_file(excel_unicode_text(tmp_path / "yanıtlar.txt"))
    assert (table.kind, table.delimiter, table.encoding) == (FileKind.DELIMITED, "\t", "utf-16")
    assert table.identifying == {0, 1}
    assert answers(table) == ["Hızlı ve güler yüzlü", '"İlgili", çözüm odaklı\nve sabırlı', "Işık hızında"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1254"])
def test_a_comma_table_named_txt_is_a_table_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("Zaman damgası,Cevap\n10:00,Şeffaf\n10:05,İlgili\n".encode(encoding))
    table = read_file(path, encoding="cp1254" if encoding == "cp1254" else None)
    assert (table.kind, table.delimiter) == (FileKind.DELIMITED, ",")
    assert answers(table) == ["Şeffaf", "İlgili"]


def test_answers_with_one_comma_each_named_txt_stay_one_per_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.txt"
    path.write_text("Hızlı, güler yüzlü\nSabırlı, dürüst\nÇözüm odaklı, ilgili\n", encoding="utf-8")
    table = read_file(path)
    assert table.kind is FileKind.TEXT
    assert answers(table) == ["Hızlı, güler yüzlü", "Sabırlı, dürüst", "Çözüm odaklı, ilgili"]


def test_a_text_file_of_e_mail_addresses_is_not_suggested_as_answers(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("ayse@example.com\nbob@example.com\n", encoding="utf-8")
    table = read_file(path)
    assert (table.suggested, table.looks_identifying) == (None, {0})


# --- widths and lengths that would take all memory ------------------------------------------


def workbook(path: Path, cells: dict[str, str]) -> Path:
    book = openpyxl.Workbook()
    for coordinate, value in cells.items():
        book.active[coordinate] = value
    book.save(path)
    return path


@pytest.mark.parametrize(
    "content",
    [
        # A heading of a million commas (2 MB): a million columns.
        "Answer" + "," * 1_000_000 + "\nHızlı\n",
        # 100,000 headings, a few answers below.
        ",".join(["a"] * 100_000) + "\nHızlı\nSabırlı\n",
        # One column too many, on a row far down.
        "Answer\n" + "Hızlı\n" * 600 + "," * MAX_COLUMNS + "x\n",
    ],
    ids=["million-commas", "100000-columns", "one-too-many"],
)
def test_a_table_wider_than_any_survey_is_refused_by_its_width(tmp_path: Path, content: str) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(errors.TooManyColumnsError) as raised:
        read_file(path)
    assert f"more than {MAX_COLUMNS} columns" in str(raised.value)
    assert "wide.csv" in str(raised.value)
    assert "Nothing was imported" in str(raised.value)


def test_one_cell_in_excels_last_column_is_refused_by_its_width(tmp_path: Path) -> None:
    # Once 2.7 GB: every row was padded to column XFD, the 16,384th.
    cells = {"A1": "Cevap", **{f"A{row}": f"Cevap {row}" for row in range(2, 2_000)}, "XFD1": "x"}
    with pytest.raises(errors.TooManyColumnsError, match=f"more than {MAX_COLUMNS} columns"):
        read_file(workbook(tmp_path / "xfd.xlsx", cells))


def test_the_widest_table_accepted_keeps_every_cell_in_its_place(tmp_path: Path) -> None:
    # Rows of different widths across the chunks the cells are kept in: a column that
    # first appears on row 700 is empty above it.
    rows = [["Cevap", "Puan"], *[[f"Cevap {number}", str(number % 5)] for number in range(1, 1_234)]]
    rows[700] = [*rows[700], *[""] * (MAX_COLUMNS - 3), "son"]
    rows[1_000] = ["Kısa"]
    path = tmp_path / "ragged.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    table = read_file(path)
    assert (len(table.headers), table.row_count) == (MAX_COLUMNS, 1_233)
    assert table.column_values(0) == [row[0] for row in rows[1:]]
    assert table.column_values(1) == [row[1] if len(row) > 1 else "" for row in rows[1:]]
    last = table.column_values(MAX_COLUMNS - 1)
    assert last[699] == "son"
    assert last.count("") == 1_232
    assert table.preview[0] == ("Cevap 1", "1", *[""] * (MAX_COLUMNS - 2))
    assert table.suggested == 0


def test_a_sparse_workbook_keeps_its_empty_rows_and_cells(tmp_path: Path) -> None:
    cells = {"A1": "Cevap", "B1": "Not", "A2": "Hızlı", "B5": "yalnız not", "A7": "Sabırlı", "A40": " "}
    table = read_file(workbook(tmp_path / "sparse.xlsx", cells))
    # Rows 3 and 4 are empty answers; row 40 holds only a blank, so it is left out.
    assert table.column_values(0) == ["Hızlı", "", "", "", "", "Sabırlı"]
    assert table.column_values(1) == ["", "", "", "yalnız not", "", ""]


# --- quotation marks that do not close ---------------------------------------------------


def form_rows(count: int) -> list[str]:
    return ["Zaman damgası,Cevap"] + [f"10:{number % 60:02d},Cevap {number}" for number in range(count)]


def test_a_quote_that_never_closes_is_refused_with_its_line(tmp_path: Path) -> None:
    # Once: the rest of the file in one answer, 2 of 2,000 imported, "success".
    lines = form_rows(2_000)
    lines[2] = '10:01,"Hızlı ve güler yüzlü'
    path = tmp_path / "form.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(errors.UnbalancedQuoteError) as raised:
        read_file(path)
    assert "line 3 of form.csv" in str(raised.value)
    assert "Nothing was imported" in str(raised.value)


def test_a_quote_closed_by_a_later_cell_is_refused_at_the_line_that_opened_it(tmp_path: Path) -> None:
    lines = form_rows(20)
    lines[4] = '10:03,"Sabırlı'
    lines[9] = '10:08,"Dürüst, açık"'
    with pytest.raises(errors.UnbalancedQuoteError, match="line 5 of"):
        read_text("\n".join(lines), "pasted", plain=False)


def test_quotes_that_balance_or_sit_inside_a_cell_are_read_as_written() -> None:
    table = read_text('Cevap,Not\n"Dürüst, ""açık""\nve net",1\n5" ekran gibi net,2\n', "x.csv", plain=False)
    assert table.column_values(0) == ['Dürüst, "açık"\nve net', '5" ekran gibi net']


# --- how many rows, and cells that read as empty -----------------------------------------


def test_one_row_too_many_is_refused_by_the_number_of_rows(tmp_path: Path) -> None:
    # 780 KB, once refused as "larger than the limit of 20 MB".
    path = tmp_path / "long.csv"
    path.write_text("Cevap\n" + "Hızlı\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(errors.TooManyRowsError) as raised:
        read_file(path)
    assert f"more than {MAX_ROWS} rows" in str(raised.value)
    assert "MB" not in str(raised.value)
    # As many as the limit, and blank lines after them, are fine.
    path.write_text("Cevap\n" + "Hızlı\n" * MAX_ROWS + "\n\n\n", encoding="utf-8")
    assert read_file(path).row_count == MAX_ROWS


def test_a_text_file_of_too_many_lines_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "answers.txt"
    path.write_text("Hızlı ve güler yüzlü\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(errors.TooManyRowsError, match=f"more than {MAX_ROWS} rows"):
        read_file(path)


def test_a_cell_in_excels_last_row_is_refused_by_the_number_of_rows(tmp_path: Path) -> None:
    path = workbook(tmp_path / "far.xlsx", {"A1": "Cevap", "A2": "Hızlı", "A1048576": "x"})
    with pytest.raises(errors.TooManyRowsError, match=f"more than {MAX_ROWS} rows"):
        read_file(path)


def test_formulas_without_a_saved_result_are_told_apart_from_empty_cells(tmp_path: Path) -> None:
    # openpyxl, like other programs that write workbooks, saves formulas without their
    # result; only a spreadsheet program calculates and saves it.
    cells = {"A1": "Cevap", "B1": "Puan", "A2": "Hızlı", "A3": "=B3", "B3": "=1+1", "A5": '=CONCAT("a","b")'}
    table = read_file(workbook(tmp_path / "formulas.xlsx", cells))
    assert table.column_values(0) == ["Hızlı", "", "", ""]
    assert {column: list(rows) for column, rows in table.uncalculated.items()} == {0: [1, 3], 1: [1]}


def test_a_calculated_formula_is_its_result_even_an_empty_one(tmp_path: Path) -> None:
    # What Excel and LibreOffice save: the formula with its result; an empty text
    # result is typed "str".
    cells = {"A1": "Cevap", "A2": "Hızlı", "A3": "=1+1", "A4": '=""', "A5": "Sabırlı"}
    path = workbook(tmp_path / "saved.xlsx", cells)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<c r="A3"><f>1+1</f><v /></c>', '<c r="A3"><f>1+1</f><v>2</v></c>')
    sheet = sheet.replace('<c r="A4"><f>""</f><v /></c>', '<c r="A4" t="str"><f>""</f><v></v></c>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    table = read_file(path)
    assert table.column_values(0) == ["Hızlı", "2", "", "Sabırlı"]
    assert table.uncalculated == {}
