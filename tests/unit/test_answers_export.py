"""Answers exported for spreadsheets: formulas neutralised, Turkish intact, no order leak."""

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from philosophy_studio.domain.model import (
    AnswerSource,
    Language,
    SurveyAnswer,
    SurveySettings,
    Workshop,
    WorkshopInfo,
)
from philosophy_studio.domain.spreadsheet import CELL_STARTS, FORMULA_STARTS, from_formula_safe
from philosophy_studio.export.answers import answers_csv, export_answers, neutralise

HOSTILE = (
    '=HYPERLINK("http://evil","x")',
    "+SUM(A1:A3)",
    "-2+3",
    "@cmd",
    "\tleading tab",
    "\rleading return",
    '<b>bold</b> & "quotes"',
    "Müşteri İSTANBUL ılık 😀 \u202eשלום",
    "x" * 20_000,
)


def workshop(*texts: str, hidden: int = -1) -> Workshop:
    return Workshop(
        id=1,
        info=WorkshopInfo(team_name="T", language=Language.ENGLISH),
        survey=SurveySettings(question="?"),
        answers=tuple(
            SurveyAnswer(id=f"{i:032x}", text=t, source=AnswerSource.IMPORT, hidden=i == hidden)
            for i, t in enumerate(texts)
        ),
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        ("Müşteri", "Müşteri"),
        ("", ""),
        # Apostrophes already before a formula start get one more, so that reading the
        # cell back takes exactly one off.
        ("'=1", "''=1"),
        ("''-x", "'''-x"),
        ("'quoted'", "'quoted'"),
        # After any delimiter a spreadsheet may split the line at.
        ("x;=1+1", "x;'=1+1"),
        ("a,@b", "a,'@b"),
        ("a\t-1", "a\t'-1"),
        ("x;'=1", "x;''=1"),
        ("\t\t=", "'\t'\t'="),
        ("a; b, c-d", "a; b, c-d"),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected
    assert from_formula_safe(neutralise(cell)) == cell


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("=+-@'\t\rax ,;")) | st.text())
def test_every_cell_reads_back_as_written_and_never_as_a_formula(cell: str) -> None:
    safe = neutralise(cell)
    for delimiter in CELL_STARTS:
        assert not any(part.startswith(FORMULA_STARTS) for part in safe.split(delimiter))
    assert from_formula_safe(safe) == cell


@pytest.mark.parametrize("delimiter", list(CELL_STARTS))
def test_no_cell_is_a_formula_whichever_delimiter_the_csv_is_read_with(
    tmp_path: Path, delimiter: str
) -> None:
    # Once: Turkish Excel, splitting at semicolons, read "x;=1+1" as x and a formula.
    from philosophy_studio.importing.reader import read_file
    from philosophy_studio.services.survey import plan_from_table

    answers = ["x;=1+1", 'a,=HYPERLINK("http://evil","x")', "b\t+2", "c;-1,@2", "Hızlı; güler yüzlü"]
    path = tmp_path / "answers.csv"
    export_answers(workshop(*answers), path)
    text = path.read_bytes().decode("utf-8-sig")
    for line in text.splitlines():
        assert not any(cell.startswith(FORMULA_STARTS) for cell in line.split(delimiter))
    read = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert not any(cell.startswith(FORMULA_STARTS) for row in read for cell in row)
    table = read_file(path)
    assert sorted(plan_from_table(table, table.find_column("Answer")).answers) == sorted(answers)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_answers_import_back_as_they_were(tmp_path: Path, suffix: str) -> None:
    from philosophy_studio.importing.reader import read_file
    from philosophy_studio.services.survey import normalise_answer, plan_from_table

    answers = [normalise_answer(text) for text in HOSTILE] + ["'=already marked", "'quoted'", "a\uffffb"]
    path = tmp_path / f"answers{suffix}"
    export_answers(workshop(*answers), path)
    table = read_file(path)
    plan = plan_from_table(table, table.find_column("Answer"))
    if suffix == ".xlsx":
        # XML cannot carry U+FFFF: the cell holds U+FFFD, and the workbook opens.
        answers = [text.replace("\uffff", "\ufffd") for text in answers]
    assert sorted(plan.answers) == sorted(answers)


def test_csv_neutralises_formulas_and_keeps_turkish(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    assert export_answers(workshop(*HOSTILE, hidden=1), path) == len(HOSTILE)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Answer", "Source", "Hidden from the analysis"]
    texts = [row[0] for row in rows[1:]]
    assert not any(text.startswith(("=", "+", "-", "@", "\t", "\r")) for text in texts)
    assert '\'=HYPERLINK("http://evil","x")' in texts
    assert "Müşteri İSTANBUL ılık 😀 \u202eשלום" in texts
    assert "x" * 20_000 in texts
    assert {row[2] for row in rows[1:]} == {"yes", "no"}
    assert sum(row[2] == "yes" for row in rows[1:]) == 1


def test_xlsx_stores_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    export_answers(workshop(*HOSTILE), path)
    sheet = openpyxl.load_workbook(path).active
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    types = {row[0].data_type for row in sheet.iter_rows(min_row=2)}
    # Text cells, which no spreadsheet runs: they need no apostrophe, which would show.
    assert types == {"s"}
    assert '=HYPERLINK("http://evil","x")' in values
    assert "+SUM(A1:A3)" in values
    assert "Müşteri İSTANBUL ılık 😀 \u202eשלום" in values


def test_exports_are_in_content_order_not_arrival_order() -> None:
    text = answers_csv(workshop("zeytin", "armut", "muz")).decode("utf-8-sig")
    assert [line for line in text.splitlines()[1:]] == [
        "armut,import,no",
        "muz,import,no",
        "zeytin,import,no",
    ]
