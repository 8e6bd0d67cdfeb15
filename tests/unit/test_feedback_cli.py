"""import-feedback, compare and analyze --source feedback as a user runs them: real
processes, real files."""

import json
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


def test_compare_prints_the_documented_json(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-tr.json"
    # The demo's staff and values, without the customers' comments it comes with: this
    # help desk's export scores on the CSAT scale, the demo's on NPS.
    document = json.loads(demo.read_text(encoding="utf-8"))
    del document["feedback"]
    (tmp_path / "demo.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run("import-json", "demo.json", "-o", "d.pstudio", cwd=tmp_path).returncode == 0
    workshop = tmp_path / "d.pstudio"
    assert_one_line_error(run("compare", str(workshop), "--json", cwd=tmp_path), "no customer feedback yet")
    run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=tmp_path)
    result = run("compare", str(workshop), "--json", "--top", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert list(found) == [
        "language", "rows", "comments", "dates", "scale", "satisfaction", "words", "distinctive", "alignment",
    ]  # fmt: skip
    assert found["satisfaction"]["overall"] == {"scored": 4, "satisfied": 2, "csat": 50.0, "mean": 3.0}
    assert list(found["words"]) == ["customers", "promoters", "detractors", "staff"]
    assert all(len(group["words"]) <= 3 for group in found["words"].values())
    assert list(found["distinctive"]) == ["staff_vs_customers", "promoters_vs_detractors", "channel_vs_rest"]
    pair = found["distinctive"]["staff_vs_customers"]
    assert list(pair) == ["groups", "texts", "prior_total", "staff", "customers"]
    assert found["distinctive"]["channel_vs_rest"] is None
    # The demo's five chosen values, in their rank order.
    assert [value["value"] for value in found["alignment"]["values"]] == [
        "Samimiyet", "Empati", "Zamanında Dönüş", "Güven", "İlk Seferde Çözüm",
    ]  # fmt: skip
    assert list(found["alignment"]["values"][0]) == [
        "value", "words", "comments", "scored", "promoters", "detractors", "examples",
    ]  # fmt: skip
    readable = run("compare", str(workshop), cwd=tmp_path)
    assert readable.returncode == 0, readable.stderr
    assert readable.stdout.splitlines()[:2] == [
        "4 comment(s) in 4 row(s), 2024-03-31 to 2024-04-15",
        "CSAT 50.0% (4 scores)",
    ]


def test_compare_sets_one_channel_against_the_rest(workshop: Path) -> None:
    run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    result = run("compare", str(workshop), "--json", "--channel", "E-posta", cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    pair = json.loads(result.stdout)["distinctive"]["channel_vs_rest"]
    assert list(pair) == ["name", "groups", "texts", "prior_total", "channel", "rest"]
    # One comment by e-mail; the two by telephone and the live chat's are the rest.
    assert pair["name"] == "E-posta" and pair["texts"] == {"channel": 1, "rest": 3}
    readable = run("compare", str(workshop), "--channel", "E-posta", cwd=workshop.parent)
    assert "more often by the comments through E-posta than by the others" in readable.stdout
    assert_one_line_error(
        run("compare", str(workshop), "--channel", "Faks", cwd=workshop.parent),
        "No comment came through “Faks”. The channels are: Canlı destek, E-posta, Telefon.",
    )


def test_the_demo_workshops_come_with_their_customers_comments(tmp_path: Path) -> None:
    demos = Path(__file__).resolve().parents[2] / "resources" / "demo"
    for language, channel in (("tr", "Telefon"), ("en", "Phone")):
        made = run(
            "import-json", str(demos / f"demo-{language}.json"), "-o", f"{language}.pstudio", cwd=tmp_path
        )
        assert made.returncode == 0, made.stderr
        result = run("compare", f"{language}.pstudio", "--json", "--channel", channel, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert found["scale"] == "nps" and found["comments"] >= 25
        assert found["dates"]["from"] < "2026-05-01" < found["dates"]["until"]
        # Every chosen value is spoken to by some comment, promoters and detractors alike.
        assert all(value["comments"] for value in found["alignment"]["values"])
        assert found["distinctive"]["channel_vs_rest"]["name"] == channel


def test_analyze_counts_the_stored_comments(workshop: Path) -> None:
    refused = run("analyze", str(workshop), "--source", "feedback", cwd=workshop.parent)
    assert_one_line_error(refused, "no customer feedback yet")
    run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    result = run("analyze", str(workshop), "--source", "feedback", "--json", cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["respondents"] == 4
    assert found["terms"][0] == {
        "term": "hızlı",
        "respondents": 2,
        "count": 2,
        "forms": {"hızlı": 1, "hızlıydı": 1},
    }
    # The staff's survey of this workshop has no answers: its analysis is refused as before.
    assert run("analyze", str(workshop), cwd=workshop.parent).returncode == 2


def test_export_charter_with_feedback(workshop: Path) -> None:
    refused = run("export-charter", str(workshop), "-o", "c.md", "--with-feedback", cwd=workshop.parent)
    assert_one_line_error(refused, "no customer feedback yet")
    run("import-feedback", str(workshop), str(HELPDESK), *HELPDESK_COLUMNS, cwd=workshop.parent)
    poster = run(
        "export-charter", str(workshop), "-o", "p.pdf", "--poster", "--with-feedback", cwd=workshop.parent
    )
    assert_one_line_error(poster, "--with-feedback")
    result = run("export-charter", str(workshop), "-o", "c.md", "--with-feedback", cwd=workshop.parent)
    assert result.returncode == 0, result.stderr
    assert "## Müşterilerimiz bugün ne diyor" in (workshop.parent / "c.md").read_text(encoding="utf-8")
