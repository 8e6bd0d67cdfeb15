"""Importing customers' feedback: the chosen columns, scores and their scale, days,
channels, identifying columns left out, personal data scrubbed, every refusal."""

import codecs
import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest

from philosophy_studio.domain.feedback import FeedbackRow, ScoreScale
from philosophy_studio.domain.language import Language
from philosophy_studio.importing import errors
from philosophy_studio.importing.feedback import (
    FeedbackColumns,
    parse_date,
    parse_score,
    preview_feedback,
    read_feedback,
)
from philosophy_studio.work import CancelledError, WorkControl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feedback"
TR, EN = Language.TURKISH, Language.ENGLISH


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_turkish_help_desk_export_with_semicolons() -> None:
    columns = FeedbackColumns(text="Yorum", score="Memnuniyet", date="Tarih", channel="Kanal")
    table = read_feedback(FIXTURES / "helpdesk_tr.csv", columns, TR)
    assert table.scale is ScoreScale.CSAT
    assert table.skipped_empty == 1
    assert len(table) == 4
    assert table[0] == FeedbackRow(
        "Yarım saat bekledim, kimseye ulaşamadım. Beni [telefon_no] numarasından arayın.",
        2,
        dt.date(2024, 3, 31),
        "Telefon",
    )
    assert table[2].channel == "Canlı destek"
    assert table[2].date == dt.date(2024, 4, 2)
    assert table[3].date == dt.date(2024, 4, 15)
    assert "[IBAN_no]" in table[3].text
    assert table.scrubbed == {"phone": 1, "iban": 1}
    # Names and e-mail addresses are never read; the ticket numbers look like phone
    # numbers, so they are left out too.
    assert set(table.left_out) == {"Talep No", "Müşteri Adı", "E-posta"}
    assert not any("@" in text or "Yılmaz" in text for text in table.texts)


def test_an_english_nps_export_by_column_numbers() -> None:
    columns = FeedbackColumns(text="5", score="4", date="2", channel="Source")
    table = read_feedback(FIXTURES / "nps_en.csv", columns, EN)
    assert table.scale is ScoreScale.NPS
    assert table.scores == (10, 9, 3, 7)
    # A score without a comment still counts for NPS; a row with nothing is skipped.
    assert table.texts[3] == ""
    assert table.comments == 3
    assert table.skipped_empty == 1
    assert table.dates[0] == dt.date(2024, 5, 2)
    assert table.texts[2] == "I waited two weeks; call me on [phone_no]"
    assert table.channels == ("App Store", "Web", "Web", "App Store")
    assert "Email" in table.left_out
    assert "Response ID" in table.left_out


def test_a_text_file_is_one_comment_a_line() -> None:
    table = read_feedback(FIXTURES / "reviews_tr.txt", FeedbackColumns(text="1"), TR)
    assert table.texts == (
        "Kargo çok geç geldi.",
        "Çalışanlar çok ilgiliydi, teşekkürler.",
        "Beni [e_posta] adresinden bilgilendirin.",
    )
    assert table.scale is None
    assert table.skipped_empty == 1
    assert set(table.scores) == {None}


def test_a_workbook_with_date_cells_and_number_scores(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Date", "Score", "Comment", "Channel"])
    sheet.append([dt.datetime(2024, 1, 31, 23, 59), 4, "Very helpful agent", "Chat"])
    sheet.append([45352, 5.0, "Quick and kind", "Chat"])
    sheet.append([dt.datetime(2024, 3, 1, 8, 0), None, "Slow refund", None])
    path = tmp_path / "csat.xlsx"
    workbook.save(path)
    table = read_feedback(path, FeedbackColumns("Comment", "Score", "Date", "Channel"), EN)
    assert table.scale is ScoreScale.CSAT
    assert table.dates == (dt.date(2024, 1, 31), dt.date(2024, 3, 1), dt.date(2024, 3, 1))
    assert table.scores == (4, 5, None)
    assert table.channels == ("Chat", "Chat", None)


def test_windows_1254_needs_its_encoding_chosen(tmp_path: Path) -> None:
    path = write(tmp_path, "yorumlar.csv", "Yorum;Puan\nŞikâyetim çözülmedi;1\nİlgili ve hızlı;5\n", "cp1254")
    with pytest.raises(errors.EncodingNeededError):
        read_feedback(path, FeedbackColumns("Yorum", "Puan"), TR)
    table = read_feedback(path, FeedbackColumns("Yorum", "Puan"), TR, encoding="cp1254")
    assert table.texts == ("Şikâyetim çözülmedi", "İlgili ve hızlı")


def test_a_file_that_turns_out_not_to_be_utf8_after_its_head_is_refused(tmp_path: Path) -> None:
    # The head decides nothing for sure: the byte that is not UTF-8 comes late.
    body = "Comment\n" + "fine\n" * 100_000 + "caf\xe9\n"
    path = tmp_path / "late.csv"
    path.write_bytes(body.encode("latin-1"))
    with pytest.raises(errors.EncodingNeededError):
        read_feedback(path, FeedbackColumns("Comment"), EN)


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Yorum\tPuan\tKanal\nÇok iyi\t10\tWeb\n".encode("utf-16-le"))
    table = read_feedback(path, FeedbackColumns("Yorum", "Puan", channel="Kanal"), TR)
    assert table.texts == ("Çok iyi",)
    assert table.scale is ScoreScale.NPS


@pytest.mark.parametrize(
    ("cell", "score"),
    [("9", 9), ("9.0", 9), ("9,0", 9), ("9/10", 9), (" 10 ", 10), ("4 / 5", 4), ("0", 0), ("", None)],
)
def test_scores_as_people_write_them(cell: str, score: int | None) -> None:
    assert parse_score(cell) == score


@pytest.mark.parametrize("cell", ["9.5", "nine", "-1", "6/5", "10%"])
def test_what_is_not_a_score(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_score(cell)


def test_a_bad_score_names_its_row(tmp_path: Path) -> None:
    path = write(tmp_path, "nps.csv", "Comment,Score\nGood,9\nBad,\nUgly,eleven\n")
    with pytest.raises(
        errors.FeedbackScoreError, match=re.escape("Row 4 of nps.csv has eleven in the score column Score")
    ):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN)
    path = write(tmp_path, "nps.csv", "Comment,Score\nGood,9\nBad,11\n")
    with pytest.raises(errors.FeedbackScoreError, match="Row 3"):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN)


def test_a_given_scale_refuses_scores_outside_it(tmp_path: Path) -> None:
    path = write(tmp_path, "csat.csv", "Comment,Score\nGood,5\nFine,4\nOdd,0\n")
    with pytest.raises(
        errors.FeedbackScaleError, match=re.escape("Row 4 of csat.csv has the score 0, outside the CSAT")
    ):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN, scale=ScoreScale.CSAT)
    # Detected: a 0 makes it NPS.
    assert read_feedback(path, FeedbackColumns("Comment", "Score"), EN).scale is ScoreScale.NPS
    # Small NPS samples with low scores only: the user says which scale it is.
    path = write(tmp_path, "low.csv", "Comment,Score\nBad,2\nWorse,1\n")
    assert read_feedback(path, FeedbackColumns("Comment", "Score"), EN).scale is ScoreScale.CSAT
    table = read_feedback(path, FeedbackColumns("Comment", "Score"), EN, scale=ScoreScale.NPS)
    assert table.scale is ScoreScale.NPS


def test_scores_out_of_five_beside_nps_scores_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.csv", "Comment,Score\nGood,4/5\nGreat,9\n")
    with pytest.raises(errors.FeedbackScaleError, match="Row 2"):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN)


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("2024-03-31", dt.date(2024, 3, 31)),
        ("2024-03-31T23:59:59Z", dt.date(2024, 3, 31)),
        ("2024-03-31 14:05:00+03:00", dt.date(2024, 3, 31)),
        ("2024-03-31 14:05:00 +03:00", dt.date(2024, 3, 31)),
        ("31.03.2024", dt.date(2024, 3, 31)),
        ("31.03.2024 14:05", dt.date(2024, 3, 31)),
        ("1/4/2024", dt.date(2024, 4, 1)),
        ("2024/04/01", dt.date(2024, 4, 1)),
        ("45382", dt.date(2024, 3, 31)),
        ("45382.75", dt.date(2024, 3, 31)),
        ("  ", None),
    ],
)
def test_days_as_exports_write_them_keep_no_time(cell: str, day: dt.date | None) -> None:
    assert parse_date(cell) == day


@pytest.mark.parametrize("cell", ["03/31/2024", "yesterday", "31.13.2024", "123", "14:05"])
def test_what_is_not_a_day(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_date(cell)


def test_a_bad_date_names_its_row(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Yorum,Tarih\nİyi,31.03.2024\nKötü,03/31/2024\n")
    with pytest.raises(
        errors.FeedbackDateError, match=re.escape("Row 3 of t.csv has 03/31/2024 in the date column")
    ):
        read_feedback(path, FeedbackColumns("Yorum", date="Tarih"), TR)


def test_identifying_columns_cannot_be_chosen_as_text_score_or_channel(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "E-mail,Comment,Name\na@b.co,Good service,Ayşe Yılmaz\n")
    with pytest.raises(errors.IdentifyingColumnError):
        read_feedback(path, FeedbackColumns("E-mail"), EN)
    with pytest.raises(errors.IdentifyingColumnError):
        read_feedback(path, FeedbackColumns("Comment", channel="Name"), EN)
    with pytest.raises(errors.ColumnNotFoundError, match="1: E-mail, 2: Comment, 3: Name"):
        read_feedback(path, FeedbackColumns("Yorum"), EN)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", errors.EmptyAnswersFileError),
        (b"Comment,Score\n", errors.HeaderOnlyError),
        (b"Comment,Score\n,\n , \n", errors.HeaderOnlyError),
        (b"%PDF-1.7 ...", errors.WrongFileTypeError),
        (b"Comment\x00\x01\x02\x03", errors.BinaryFileError),
        (b'Comment,Score\n"Unclosed,9\nNext,3\n', errors.UnbalancedQuoteError),
    ],
)
def test_files_that_are_not_feedback_are_refused(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(error):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN)


def test_rows_beyond_the_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("philosophy_studio.importing.feedback.MAX_FEEDBACK_ROWS", 3)
    path = write(tmp_path, "f.csv", "Comment\n" + "ok\n" * 4)
    with pytest.raises(errors.TooManyRowsError):
        read_feedback(path, FeedbackColumns("Comment"), EN)


def test_a_file_beyond_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("philosophy_studio.importing.feedback.MAX_FEEDBACK_BYTES", 10)
    path = write(tmp_path, "f.csv", "Comment\nmore than ten bytes\n")
    with pytest.raises(errors.FeedbackFileTooLargeError, match="for feedback files"):
        read_feedback(path, FeedbackColumns("Comment"), EN)


def test_progress_is_reported_and_cancel_stops_the_import(tmp_path: Path) -> None:
    path = write(tmp_path, "f.csv", "Comment,Score\n" + "Good,9\n" * 20_000)
    seen: list[float] = []
    table = read_feedback(
        path, FeedbackColumns("Comment", "Score"), EN, control=WorkControl(lambda f, _m: seen.append(f))
    )
    assert len(table) == 20_000
    assert seen and seen == sorted(seen)
    control = WorkControl()
    control.cancel()
    with pytest.raises(CancelledError):
        read_feedback(path, FeedbackColumns("Comment", "Score"), EN, control=control)


def test_rows_share_their_day_and_channel(tmp_path: Path) -> None:
    path = write(tmp_path, "f.csv", "Comment,Date,Channel\n" + "Good,2024-01-02,Web\n" * 3)
    table = read_feedback(path, FeedbackColumns("Comment", date="Date", channel="Channel"), EN)
    assert table.dates[0] is table.dates[2]
    assert table.channels[0] is table.channels[2]


def test_a_preview_to_choose_the_columns_from() -> None:
    preview = preview_feedback(FIXTURES / "helpdesk_tr.csv")
    assert preview.headers == ("Talep No", "Müşteri Adı", "E-posta", "Tarih", "Kanal", "Memnuniyet", "Yorum")
    assert preview.delimiter == ";"
    assert preview.encoding == "utf-8"
    assert len(preview.rows) == 5
    assert preview.rows[3] == ("48213980", "Ali Çelik", "ali@example.net", "", "", "", "")
    # E-mail addresses and the day by their headings; ticket numbers (as long as phone
    # numbers) and the customers' names by their values.
    assert preview.identifying == {0, 1, 2, 3}
    assert preview.looks_identifying == {0, 1}
    assert preview.suggested == 6


def test_a_preview_of_a_plain_text_file_and_of_a_workbook(tmp_path: Path) -> None:
    preview = preview_feedback(FIXTURES / "reviews_tr.txt")
    assert preview.headers == ("1",)
    assert preview.delimiter is None
    assert preview.suggested == 0
    workbook = openpyxl.Workbook()
    workbook.active.append(["E-mail", "Comment"])
    workbook.active.append(["a@b.co", "Slow but friendly"])
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    preview = preview_feedback(path)
    assert preview.rows == (("a@b.co", "Slow but friendly"),)
    assert preview.suggested == 1


# Lines that end, or nearly end, at a block's edge: a CRLF cut in two, a Turkish letter's
# two bytes cut in two, a line longer than a block, a separator str.splitlines knows but
# the csv module does not, a lone CR, and no line end at the very end.
_AWKWARD_TEXT = (
    "Puan;Yorum\r\n"
    + "9;kısa\r\n"
    + "3;“çok uzun bir yorum ” " * 40
    + "\r\n"
    + '7;"iki\r\nsatırlı\u2028yorum"\n'
    + "10;İyi\r"
    + "5;son satır"
)


@pytest.mark.parametrize("block", [1, 2, 3, 5, 7, 64, 1 << 20])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_lines_read_a_block_at_a_time_are_the_lines_a_text_file_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, encoding: str
) -> None:
    import io

    from philosophy_studio.importing import feedback as reading

    path = tmp_path / "awkward.csv"
    path.write_bytes(_AWKWARD_TEXT.encode(encoding))
    monkeypatch.setattr(reading, "READ_BLOCK", block)
    with path.open("rb", buffering=0) as raw:
        lines = list(reading._decoded_lines(raw, encoding))
    with path.open(encoding=encoding, newline="") as text:
        assert lines == list(text)
    with path.open("rb") as raw:
        assert list(reading._records(iter(lines), path.name, ";")) == list(
            reading._records(io.TextIOWrapper(raw, encoding=encoding, newline=""), path.name, ";")
        )


def test_a_file_of_no_lines_gives_no_lines(tmp_path: Path) -> None:
    from philosophy_studio.importing import feedback as reading

    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with path.open("rb", buffering=0) as raw:
        assert list(reading._decoded_lines(raw, "utf-8")) == []
