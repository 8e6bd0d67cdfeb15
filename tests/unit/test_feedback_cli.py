"""import-feedback, compare and analyze --source feedback as a user runs them: real
processes, real files."""

import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feedback"
HELPDESK = FIXTURES / "helpdesk_tr.csv"
HELPDESK_COLUMNS = (
    "--text-column", "Yorum", "--score-column", "Memnuniyet",
    "--date-column", "Tarih", "--channel-column", "Kanal",
)  # fmt: skip


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "philosophy_studio", *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        text=True,
        encoding="utf-8",
        timeout=300,
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


def test_import_feedback_says_what_it_imported_skipped_and_replaced(workshop: Path) -> None:
    result = run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Imported 4 row(s) from helpdesk_tr.csv (4 with a comment, scores on the CSAT scale); "
        "skipped 0 row(s) already in the workshop and 1 empty row(s).",
        "Personal data replaced in the file's comments: 2 (iban 1, phone 1).",
        "Columns left out because they identify people: Talep No, Müşteri Adı, E-posta",
    ]
    again = run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "Nothing imported: all 4 row(s) of helpdesk_tr.csv were imported before."


def test_import_feedback_errors_are_one_line(workshop: Path) -> None:
    missing = run(
        "import-feedback", str(workshop), str(HELPDESK), "--text-column", "Nope", cwd=workshop.parent
    )
    assert_one_line_error(missing, "has no column Nope")
    identifying = run(
        "import-feedback", str(workshop), str(HELPDESK), "--text-column", "E-posta", cwd=workshop.parent
    )
    assert_one_line_error(identifying, "E-posta")
    run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    other_scale = run(
        "import-feedback", str(workshop), str(FIXTURES / "nps_en.csv"),
        "--text-column", "5", "--score-column", "4", "--scale", "nps", cwd=workshop.parent,
    )  # fmt: skip
    assert_one_line_error(other_scale, "scores are CSAT")
    no_text_column = run("import-feedback", str(workshop), str(HELPDESK), cwd=workshop.parent)
    assert_one_line_error(no_text_column, "--text-column")
