"""The command line, driven as a user would: a real process, real files."""

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import DEMO_DIR

from philosophy_studio import __version__


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
    assert "Traceback" not in result.stderr


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Philosophy Studio {__version__}"


def test_new_export_import_round_trip(tmp_path: Path) -> None:
    result = run(
        "new",
        "ekip.pstudio",
        "--team",
        "İzmir Destek",
        "--lang",
        "tr",
        "--organisation",
        "Körfez A.Ş.",
        "--date",
        "2026-11-22",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ekip.pstudio").exists()
    exported = run("export-json", "ekip.pstudio", cwd=tmp_path)
    document = json.loads(exported.stdout)
    assert document["workshop"]["team_name"] == "İzmir Destek"
    assert document["workshop"]["organisation"] == "Körfez A.Ş."
    assert document["workshop"]["date"] == "2026-11-22"


def test_new_adds_the_extension(tmp_path: Path) -> None:
    assert run("new", "plain", "--team", "T", "--lang", "en", cwd=tmp_path).returncode == 0
    assert (tmp_path / "plain.pstudio").exists()


@pytest.mark.parametrize("language", ["tr", "en"])
def test_demo_json_round_trips_losslessly(tmp_path: Path, language: str) -> None:
    demo = DEMO_DIR / f"demo-{language}.json"
    assert run("import-json", str(demo), "-o", "demo.pstudio", cwd=tmp_path).returncode == 0
    assert run("export-json", "demo.pstudio", "-o", "out.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out.json").read_bytes() == demo.read_bytes()
    assert run("import-json", "out.json", "-o", "again.pstudio", cwd=tmp_path).returncode == 0
    again = run("export-json", "again.pstudio", cwd=tmp_path)
    assert again.stdout.encode("utf-8") == demo.read_bytes()


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    assert_one_line_error(run("export-json", "missing.pstudio", cwd=tmp_path), "does not exist")
    (tmp_path / "notes.pstudio").write_text("just some notes")
    assert_one_line_error(
        run("export-json", "notes.pstudio", cwd=tmp_path), "is not a Philosophy Studio workshop"
    )
    (tmp_path / "bad.json").write_text("{ not json")
    assert_one_line_error(
        run("import-json", "bad.json", "-o", "x.pstudio", cwd=tmp_path), "not a valid workshop JSON"
    )
    assert not (tmp_path / "x.pstudio").exists()
    (tmp_path / "latin.json").write_bytes('{"a": "M\xfc\xfeteri"}'.encode("latin-1"))
    assert_one_line_error(run("import-json", "latin.json", "-o", "y.pstudio", cwd=tmp_path), "not UTF-8")
    (tmp_path / "empty.json").write_text("")
    assert_one_line_error(run("import-json", "empty.json", "-o", "z.pstudio", cwd=tmp_path), "empty")
    assert_one_line_error(
        run("new", "n.pstudio", "--team", "T", "--lang", "de", cwd=tmp_path), "choose tr or en"
    )
    assert_one_line_error(run("new", "n.pstudio", "--lang", "tr", cwd=tmp_path), "--team")
    assert_one_line_error(run("new", "n.pstudio", "--team", " ", "--lang", "tr", cwd=tmp_path), "team name")
    assert_one_line_error(run("--bogus", cwd=tmp_path), "unrecognized arguments")
    assert_one_line_error(
        run("exprot-json", "w.pstudio", cwd=tmp_path), "neither a sub-command nor a workshop file"
    )


def test_without_a_display_the_window_says_so_in_one_line(tmp_path: Path, monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert_one_line_error(run(cwd=tmp_path), "no display")


def test_existing_and_newer_files(tmp_path: Path) -> None:
    assert run("new", "w.pstudio", "--team", "T", "--lang", "en", cwd=tmp_path).returncode == 0
    assert_one_line_error(
        run("new", "w.pstudio", "--team", "T", "--lang", "en", cwd=tmp_path), "already exists"
    )
    raw = sqlite3.connect(tmp_path / "w.pstudio")
    raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.commit()
    raw.close()
    assert_one_line_error(run("export-json", "w.pstudio", cwd=tmp_path), "newer version")


def demo_with(tmp_path: Path, name: str, change) -> Path:
    document = json.loads((DEMO_DIR / "demo-en.json").read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_import_json_refuses_what_the_app_refuses_and_leaves_nothing(tmp_path: Path) -> None:
    # Once: an OverflowError, and a half-made file that made the retry "already exist".
    demo_with(tmp_path, "huge.json", lambda d: d["workshop"]["survey"].update(min_respondents=10**30))
    result = run("import-json", "huge.json", "-o", "w.pstudio", cwd=tmp_path)
    assert_one_line_error(result, "min_respondents must be at most 2147483647")
    demo_with(tmp_path, "ballot.json", lambda d: d["voting_rounds"][0].update(max_per_card=10**7))
    assert_one_line_error(
        run("import-json", "ballot.json", "-o", "w.pstudio", cwd=tmp_path), "Give each person 1 to 20 dots"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ballot.json", "huge.json"]
    fixed = demo_with(tmp_path, "fixed.json", lambda d: d["workshop"]["survey"].update(min_respondents=40))
    assert run("import-json", fixed.name, "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    exported = json.loads(run("export-json", "w.pstudio", cwd=tmp_path).stdout)
    assert exported["workshop"]["survey"]["min_respondents"] == 40
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "ballot.json",
        "fixed.json",
        "huge.json",
        "w.pstudio",
    ]


def test_import_json_cleans_answers_as_the_survey_does(tmp_path: Path) -> None:
    def answers(document: dict) -> None:
        document["survey_answers"] = [
            {"text": "  Hızlı\x07 ve\r\n güler yüzlü  ", "source": "kiosk"},
            {"text": "x" * 6_000, "source": "lan"},
        ]

    demo_with(tmp_path, "answers.json", answers)
    assert run("import-json", "answers.json", "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    exported = json.loads(run("export-json", "w.pstudio", cwd=tmp_path).stdout)
    assert sorted(answer["text"] for answer in exported["survey_answers"]) == [
        "Hızlı ve\n güler yüzlü",
        "x" * 5_000,
    ]
    demo_with(tmp_path, "blank.json", lambda d: d["survey_answers"].insert(1, {"text": " \x00 "}))
    assert_one_line_error(
        run("import-json", "blank.json", "-o", "b.pstudio", cwd=tmp_path), "survey_answers[1].text is empty"
    )
    assert not (tmp_path / "b.pstudio").exists()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    assert run("import-json", str(DEMO_DIR / "demo-en.json"), "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    return tmp_path / "w.pstudio"


def assert_whole(workshop: Path) -> None:
    exported = run("export-json", str(workshop), cwd=workshop.parent)
    assert exported.stdout.encode("utf-8") == (DEMO_DIR / "demo-en.json").read_bytes()


@pytest.mark.parametrize(
    "command",
    [
        ("export-json", "w.pstudio", "-o", "w.pstudio"),
        ("export-charter", "w.pstudio", "-o", "w.pstudio"),
        ("export-charter", "w.pstudio", "-o", "w.pstudio", "--format", "md"),
        ("export-answers", "w.pstudio", "-o", "link.csv"),
        ("export-json", "w.pstudio", "-o", "other.pstudio"),
    ],
)
def test_no_export_replaces_a_workshop(demo_file: Path, command: tuple[str, ...]) -> None:
    # Once: export-json W.pstudio -o W.pstudio replaced the workshop with its JSON.
    folder = demo_file.parent
    (folder / "link.csv").symlink_to(demo_file)
    (folder / "other.pstudio").write_bytes(demo_file.read_bytes())
    assert_one_line_error(run(*command, cwd=folder), "is a workshop file; an export never replaces one")
    assert_whole(demo_file)
    assert_whole(folder / "other.pstudio")


def test_an_export_never_replaces_a_pipe_or_a_folder(demo_file: Path) -> None:
    # Once, run as root: -o /dev/null replaced /dev/null with a regular file. A named
    # pipe is as special a file, and safe to try (even as root, even should this fail).
    folder = demo_file.parent
    os.mkfifo(folder / "pipe.json")
    (folder / "folder.csv").mkdir()
    (folder / "link.md").symlink_to(folder / "pipe.json")
    for command in (
        ("export-json", "w.pstudio", "-o", "pipe.json"),
        ("export-answers", "w.pstudio", "-o", "folder.csv"),
        ("export-charter", "w.pstudio", "-o", "link.md"),
    ):
        assert_one_line_error(run(*command, cwd=folder), "is not an ordinary file")
    assert stat.S_ISFIFO((folder / "pipe.json").stat().st_mode)
    assert (folder / "link.md").is_symlink()
    assert (folder / "folder.csv").is_dir()


def test_an_export_follows_a_link_and_keeps_the_permissions_it_replaces(demo_file: Path) -> None:
    folder = demo_file.parent
    (folder / "shared").mkdir()
    real = folder / "shared" / "charter.md"
    real.write_text("last week's charter")
    real.chmod(0o640)
    (folder / "charter.md").symlink_to(real)
    assert run("export-charter", "w.pstudio", "-o", "charter.md", cwd=folder).returncode == 0
    assert (folder / "charter.md").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    # A new file gets what the umask gives any new file, not the 0600 of a temporary.
    mask = os.umask(0o022)
    os.umask(mask)
    assert run("export-json", "w.pstudio", "-o", "new.json", cwd=folder).returncode == 0
    assert stat.S_IMODE((folder / "new.json").stat().st_mode) == 0o666 & ~mask
    assert sorted(path.name for path in folder.iterdir()) == ["charter.md", "new.json", "shared", "w.pstudio"]
