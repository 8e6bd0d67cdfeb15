"""export-charter, driven as a user would: a real process, real files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, run
from tests_support import DEMO_DIR


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    assert (
        run("import-json", str(DEMO_DIR / "demo-tr.json"), "-o", "demo.pstudio", cwd=tmp_path).returncode == 0
    )
    return tmp_path / "demo.pstudio"


def test_pdf_on_letter(tmp_path: Path, demo_file: Path) -> None:
    result = run("export-charter", demo_file.name, "-o", "charter.pdf", "--paper", "letter", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO((tmp_path / "charter.pdf").read_bytes()))
    assert len(reader.pages) > 3
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert f"({len(reader.pages)} pages)" in result.stdout


def test_poster_is_one_page(tmp_path: Path, demo_file: Path) -> None:
    assert run("export-charter", demo_file.name, "-o", "poster.pdf", "--poster", cwd=tmp_path).returncode == 0
    assert len(PdfReader(str(tmp_path / "poster.pdf")).pages) == 1


@pytest.mark.parametrize(
    ("name", "extra", "start"), [("c.html", (), "<!DOCTYPE html>"), ("c.txt", ("--format", "md"), "# ")]
)
def test_html_and_markdown(
    tmp_path: Path, demo_file: Path, name: str, extra: tuple[str, ...], start: str
) -> None:
    assert run("export-charter", demo_file.name, "-o", name, *extra, cwd=tmp_path).returncode == 0
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "Abone Destek Ekibi" in text


def test_bad_input_is_one_line(tmp_path: Path, demo_file: Path) -> None:
    assert_one_line_error(
        run("export-charter", "missing.pstudio", "-o", "x.pdf", cwd=tmp_path), "does not exist"
    )
    assert_one_line_error(
        run("export-charter", demo_file.name, "-o", "x.pdf", "--paper", "a3", cwd=tmp_path), "invalid choice"
    )
    assert_one_line_error(
        run("export-charter", demo_file.name, "-o", "x.html", "--poster", cwd=tmp_path),
        "--poster makes a PDF",
    )
    assert_one_line_error(run("export-charter", demo_file.name, "-o", ".", cwd=tmp_path), "is a folder")
    assert_one_line_error(run("export-charter", demo_file.name, cwd=tmp_path), "-o")
    assert not list(tmp_path.glob("x.*"))
