"""import-survey and export-answers as a user runs them: real processes, real files."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "philosophy_studio", *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("philosophy-studio: ")
    assert fragment in lines[0]


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    assert run("new", "w.pstudio", "--team", "Destek", "--lang", "tr", cwd=tmp_path).returncode == 0
    return tmp_path / "w.pstudio"


def exported(workshop: Path) -> list[list[str]]:
    out = workshop.parent / "out.csv"
    result = run("export-answers", str(workshop), "-o", str(out), cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))[1:]


def test_import_a_google_forms_export_and_export_it_again(workshop: Path) -> None:
    result = run("import-survey", str(workshop), str(FIXTURES / "google_forms.csv"), cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Imported 3 answer(s) from google_forms.csv; skipped 1 empty answer(s) and 0 row(s) already in the "
        "workshop."
    )
    rows = exported(workshop)
    assert [row[0] for row in rows] == [
        "Quick, friendly, honest",
        "That we keep our promises",
        "That we keep our promises",
    ]


def test_windows_1254_needs_an_encoding(workshop: Path) -> None:
    source = str(FIXTURES / "turkish_excel_1254.csv")
    assert_one_line_error(
        run("import-survey", str(workshop), source, cwd=workshop.parent), "choose an encoding"
    )
    result = run(
        "import-survey",
        str(workshop),
        source,
        "--encoding",
        "cp1254",
        "--delimiter",
        ";",
        "--column",
        "2",
        cwd=workshop.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "Müşteri her zaman dinlendiğini hissetsin" in [row[0] for row in exported(workshop)]


def test_hostile_answers_are_text_cells_in_the_xlsx_export(workshop: Path) -> None:
    assert (
        run("import-survey", str(workshop), str(FIXTURES / "hostile.csv"), cwd=workshop.parent).returncode
        == 0
    )
    out = workshop.parent / "out.xlsx"
    assert run("export-answers", str(workshop), "-o", str(out), cwd=workshop.parent).returncode == 0
    import openpyxl

    cells = [row[0] for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert {cell.data_type for cell in cells} == {"s"}
    values = [cell.value for cell in cells]
    assert "=1+2" in values
    assert "ctrlcharhere" in values


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("zip_bomb.xlsx",), "unpack"),
        (("legacy.xls",), "Excel 97-2003"),
        (("encrypted.xlsx",), "password"),
        (("empty.csv",), "is empty"),
        (("header_only.csv",), "no answers below"),
        (("binary_junk.csv",), "binary"),
        (("google_forms.csv", "--column", "Email Address"), "never imported"),
        (("name_and_one_word.csv", "--column", "1"), "never imported"),
        (("google_forms.csv", "--column", "9"), "has no column 9"),
        (("google_forms.csv", "--delimiter", "|"), "delimiter"),
        (("google_forms.csv", "--encoding", "klingon"), "klingon"),
        (("missing.csv",), "missing.csv"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(workshop: Path, args, fragment: str) -> None:
    source, *rest = args
    result = run("import-survey", str(workshop), str(FIXTURES / source), *rest, cwd=workshop.parent)
    assert_one_line_error(result, fragment)
    assert exported(workshop) == []


def test_a_missing_workshop_is_named(tmp_path: Path) -> None:
    result = run("import-survey", "nope.pstudio", str(FIXTURES / "google_forms.csv"), cwd=tmp_path)
    assert_one_line_error(result, "nope.pstudio")


def test_export_needs_a_known_suffix(workshop: Path) -> None:
    result = run("export-answers", str(workshop), "-o", "out.pdf", cwd=workshop.parent)
    assert_one_line_error(result, ".csv or .xlsx")


def import_survey(workshop: Path, source: Path, *rest: str) -> subprocess.CompletedProcess[str]:
    return run("import-survey", str(workshop), str(source), *rest, cwd=workshop.parent)


def test_a_later_export_adds_its_new_rows_and_the_same_file_adds_nothing(workshop: Path) -> None:
    earlier = workshop.parent / "earlier.csv"
    lines = (FIXTURES / "google_forms_repeats.csv").read_text(encoding="utf-8").splitlines()
    earlier.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    first = import_survey(workshop, earlier)
    assert first.returncode == 0, first.stderr
    assert "Imported 5 answer(s)" in first.stdout
    later = import_survey(workshop, FIXTURES / "google_forms_repeats.csv")
    assert later.returncode == 0, later.stderr
    assert later.stdout.strip() == (
        "Imported 2 answer(s) from google_forms_repeats.csv; skipped 1 empty answer(s) and 5 row(s) already "
        "in the workshop."
    )
    again = import_survey(workshop, FIXTURES / "google_forms_repeats.csv")
    assert again.returncode == 0, again.stderr
    assert (
        again.stdout.strip()
        == "Nothing imported: all 8 row(s) of google_forms_repeats.csv were imported before."
    )
    answers = [row[0] for row in exported(workshop)]
    assert len(answers) == 7
    assert answers.count("Hızlı ve güler yüzlü") == 5


def test_a_file_that_overlaps_without_matching_is_refused_unless_all_rows(workshop: Path) -> None:
    assert import_survey(workshop, FIXTURES / "google_forms_repeats.csv").returncode == 0
    resorted = workshop.parent / "resorted.csv"
    header, *rows = (FIXTURES / "google_forms_repeats.csv").read_text(encoding="utf-8").splitlines()
    # A new response, and the export sorted by answer: its first rows are no longer the
    # ones imported before, so nothing can tell which rows are new.
    rows.append("2026/11/21 8:00:00 ÖÖ GMT+3,ali@example.com,,Anlayışlı")
    resorted.write_text(
        "\n".join([header, *sorted(rows, key=lambda row: row.split(",")[-1])]) + "\n", "utf-8"
    )
    assert_one_line_error(import_survey(workshop, resorted), "--all-rows")
    assert len(exported(workshop)) == 7
    forced = import_survey(workshop, resorted, "--all-rows")
    assert forced.returncode == 0, forced.stderr
    assert len(exported(workshop)) == 15


def test_names_are_never_the_guessed_answers(workshop: Path) -> None:
    result = import_survey(workshop, FIXTURES / "name_and_one_word.csv")
    assert result.returncode == 0, result.stderr
    assert sorted(row[0] for row in exported(workshop)) == ["Güven", "Güven", "Hız", "Saygı"]


def test_a_column_of_names_under_an_unknown_heading_is_imported_only_when_named(workshop: Path) -> None:
    source = workshop.parent / "participants.csv"
    source.write_text("Katılımcı,Puan\nAyşe Yılmaz,4\nMehmet Ali Kaya,5\nZeynep Demir,3\n", encoding="utf-8")
    guessed = import_survey(workshop, source)
    assert guessed.returncode == 0, guessed.stderr
    assert sorted(row[0] for row in exported(workshop)) == ["3", "4", "5"]
    named = import_survey(workshop, source, "--column", "Katılımcı")
    assert named.returncode == 0, named.stderr
    assert named.stderr.startswith("warning: column Katılımcı looks like names")


def test_a_file_with_an_unclosed_quote_imports_nothing(workshop: Path) -> None:
    answers = workshop.parent / "form.csv"
    rows = ["Cevap", *(f"Cevap {number}" for number in range(2_000))]
    rows[2] = '"Hızlı ve güler yüzlü'
    answers.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("import-survey", str(workshop), str(answers), cwd=workshop.parent)
    assert_one_line_error(result, "line 3 of form.csv")
    assert exported(workshop) == []


def test_the_summary_says_what_was_cut(workshop: Path) -> None:
    answers = workshop.parent / "long.csv"
    # A 19 MB answer: once cut to 5,000 characters without a word.
    answers.write_text("Cevap\nHızlı\n" + "ğ" * (19 * 1024 * 1024 // 2) + "\n", encoding="utf-8")
    result = run("import-survey", str(workshop), str(answers), cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Answers longer than 5,000 characters: 1. Each is imported as its first 5,000 characters."
    ]
    assert sorted(row[0] for row in exported(workshop)) == ["Hızlı", "ğ" * 5_000]


def test_too_many_rows_are_refused_by_their_number(workshop: Path) -> None:
    answers = workshop.parent / "rows.csv"
    answers.write_text("Cevap\n" + "Hızlı\n" * 100_001, encoding="utf-8")
    result = run("import-survey", str(workshop), str(answers), cwd=workshop.parent)
    assert_one_line_error(result, "rows.csv has more than 100000 rows")
