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


def test_the_charter_is_kept_as_versions_listed_and_compared(tmp_path: Path, demo_file: Path) -> None:
    import json

    # The demo kept its charter twice already; this team has kept none yet.
    kept_twice = json.loads(run("charter-versions", demo_file.name, "--json", cwd=tmp_path).stdout)
    assert [v["number"] for v in kept_twice["versions"]] == [1, 2]
    document = json.loads((DEMO_DIR / "demo-tr.json").read_text(encoding="utf-8"))
    del document["charter_versions"]
    (tmp_path / "fresh.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    demo_file = tmp_path / "fresh.pstudio"
    assert run("import-json", "fresh.json", "-o", demo_file.name, cwd=tmp_path).returncode == 0
    listed = run("charter-versions", demo_file.name, cwd=tmp_path)
    assert listed.returncode == 0 and "No version of the charter kept yet" in listed.stdout
    note = ("--note", "Signed at the workshop")
    kept = run("keep-charter", demo_file.name, *note, "--day", "2026-05-20", cwd=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert "Kept version 1" in kept.stdout
    # Nothing changed since: refused in one line, nothing kept.
    again = run("keep-charter", demo_file.name, cwd=tmp_path)
    assert_one_line_error(again, "has not changed since version 1")
    assert run("export-charter", demo_file.name, "-o", "c.md", cwd=tmp_path).returncode == 0
    assert "*Sürüm 1 · 20 Mayıs 2026 tarihinde kaydedildi*" in (tmp_path / "c.md").read_text(encoding="utf-8")

    # Another facilitator renames the team in the app.
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.services.workshop_service import WorkshopService

    with WorkshopService.open(str(demo_file)) as service:
        service.execute(SetWorkshopField(WorkshopField.TEAM_NAME, "Çağrı Merkezi Kuzey"))
    changed = json.loads(run("charter-versions", demo_file.name, "--json", cwd=tmp_path).stdout)
    assert changed == {
        "versions": [{"number": 1, "day": "2026-05-20", "note": "Signed at the workshop"}],
        "changed_since_latest": True,
    }

    diff = run("charter-diff", demo_file.name, "1", "--json", cwd=tmp_path)
    assert diff.returncode == 0, diff.stderr
    document = json.loads(diff.stdout)
    assert (document["from"], document["to"], document["added"], document["removed"]) == (1, None, 1, 1)
    assert {"change": "added", "text": "**Çağrı Merkezi Kuzey**"} in document["lines"]
    assert_one_line_error(run("charter-diff", demo_file.name, "1", "7", cwd=tmp_path), "no version 7")
