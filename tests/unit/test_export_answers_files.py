"""The answers export in the workshop's language, a formula guard only where a
spreadsheet needs one (CSV), and imports that take off only the guards the app wrote."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from philosophy_studio.domain.model import (
    AnswerSource,
    Language,
    SurveyAnswer,
    SurveySettings,
    Workshop,
    WorkshopInfo,
)
from philosophy_studio.export.answers import export_answers
from philosophy_studio.importing.reader import read_file
from philosophy_studio.services.survey import plan_from_table

FORMULAS = ("=1+1", "+90 212 555 00 00", "'=already quoted", "-5 derece")


def workshop(language: Language, *texts: str) -> Workshop:
    return Workshop(
        id=1,
        info=WorkshopInfo(team_name="T", language=language),
        survey=SurveySettings(question="?"),
        answers=tuple(
            SurveyAnswer(id=f"{i:032x}", text=t, source=AnswerSource.IMPORT, hidden=i == 0)
            for i, t in enumerate(texts)
        ),
    )


@pytest.mark.parametrize(
    ("language", "headings", "words"),
    [
        (Language.TURKISH, ["Yanıt", "Kaynak", "Analizden gizli"], {"evet", "hayır"}),
        (Language.ENGLISH, ["Answer", "Source", "Hidden from the analysis"], {"yes", "no"}),
    ],
)
def test_the_export_speaks_the_workshops_language(
    tmp_path: Path, language: Language, headings: list[str], words: set[str]
) -> None:
    export_answers(workshop(language, "Güler yüz", "Hızlı çözüm"), tmp_path / "a.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == headings
    assert {row[2] for row in rows[1:]} == words
    export_answers(workshop(language, "Güler yüz", "Hızlı çözüm"), tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert [cell.value for cell in sheet[1]] == headings
    assert {row[2].value for row in sheet.iter_rows(min_row=2)} == words


def test_the_command_line_export_speaks_the_workshops_language(tmp_path: Path) -> None:
    from philosophy_studio.cli import main

    assert main(["new", str(tmp_path / "w.pstudio"), "--team", "Destek", "--lang", "tr"]) == 0
    assert main(["export-answers", str(tmp_path / "w.pstudio"), "-o", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[
        0
    ] == "Yanıt,Kaynak,Analizden gizli"


def test_xlsx_cells_hold_the_answers_exactly_without_a_guard(tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    export_answers(workshop(Language.ENGLISH, *FORMULAS), path)
    cells = [row[0] for row in openpyxl.load_workbook(path).active.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells) == sorted(FORMULAS)
    # Typed as text: no spreadsheet runs them.
    assert {cell.data_type for cell in cells} == {"s"}


def test_csv_keeps_its_guard_and_reads_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    export_answers(workshop(Language.TURKISH, *FORMULAS), path)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=1+1" in text and "''=already quoted" in text
    table = read_file(path)
    assert sorted(plan_from_table(table, 0).answers) == sorted(FORMULAS)


def test_an_apostrophe_the_author_typed_in_another_tools_file_is_kept(tmp_path: Path) -> None:
    """A form tool's export, not the app's: nothing in it was guarded by the app."""
    csv_file = tmp_path / "forms.csv"
    csv_file.write_text("Zaman damgası,Yanıtınız\n1.1.2027,'=1+1 diye yazdım\n2.1.2027,'-5 derece\n", "utf-8")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Yanıtınız"])
    workbook.active.append(["'=1+1 diye yazdım"])
    workbook.save(tmp_path / "forms.xlsx")
    for path in (csv_file, tmp_path / "forms.xlsx"):
        table = read_file(path)
        answers = plan_from_table(table, table.find_column("Yanıtınız")).answers
        assert "'=1+1 diye yazdım" in answers, path.name
