"""Answers exported for spreadsheets: formulas neutralised, Turkish intact, no order leak."""

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
        info=WorkshopInfo(team_name="T", language=Language.TURKISH),
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
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


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
    assert types == {"s"}
    assert '\'=HYPERLINK("http://evil","x")' in values
    assert "'+SUM(A1:A3)" in values
    assert "Müşteri İSTANBUL ılık 😀 \u202eשלום" in values


def test_exports_are_in_content_order_not_arrival_order() -> None:
    text = answers_csv(workshop("zeytin", "armut", "muz")).decode("utf-8-sig")
    assert [line for line in text.splitlines()[1:]] == [
        "armut,import,no",
        "muz,import,no",
        "zeytin,import,no",
    ]
