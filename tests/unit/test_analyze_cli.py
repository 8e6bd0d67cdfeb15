"""`philosophy-studio analyze` as other tools run it: a real process, the JSON contract
exactly, the workshop's rules and threshold, and one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

from philosophy_studio.domain.analysis_commands import AddAnalysisRule
from philosophy_studio.domain.model import Language, RuleKind
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "analysis"


def run(*args: str, cwd: Path, locale: str = "C.UTF-8") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "philosophy_studio", "analyze", *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "LC_ALL": locale, "PYTHONIOENCODING": ""},
    )


def one_line_error(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("philosophy-studio: ") and fragment in lines[0], lines


def test_json_contract_for_a_text_file(tmp_path: Path) -> None:
    result = run(str(FIXTURES / "answers_tr.txt"), "--language", "tr", "--json", cwd=tmp_path, locale="C")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout.decode("utf-8"))
    assert list(document) == ["respondents", "language", "terms", "phrases"]
    assert document["respondents"] == 5 and document["language"] == "tr"
    for entry in document["terms"]:
        assert list(entry) == ["term", "respondents", "count", "forms"]
        assert isinstance(entry["respondents"], int) and isinstance(entry["count"], int)
        assert sum(entry["forms"].values()) == entry["count"]
    for entry in document["phrases"]:
        assert list(entry) == ["phrase", "respondents", "count"]
    order = [(-t["respondents"], -t["count"], t["term"]) for t in document["terms"]]
    assert order == sorted(order)
    team = next(t for t in document["terms"] if t["term"] == "ekip")
    assert team["respondents"] == 3
    # Raw UTF-8 even under the C locale, not \\u escapes.
    assert "güler yüzlü".encode() in result.stdout


def test_question_words_top_and_the_keep_switches(tmp_path: Path) -> None:
    answers = tmp_path / "a.txt"
    answers.write_text("Müşteriye sabırla yaklaşırız.\nMüşterilerimiz güler yüz görür.\n", encoding="utf-8")
    question = "Müşterilerimizin sunduğumuz hizmet hakkında ne düşünmesini istiyorsunuz?"
    plain = json.loads(
        run(str(answers), "--language", "tr", "--json", "--question", question, cwd=tmp_path).stdout
    )
    assert "müşteriye" not in {form for t in plain["terms"] for form in t["forms"]}
    kept = json.loads(
        run(
            str(answers),
            "--language",
            "tr",
            "--json",
            "--question",
            question,
            "--keep-question-words",
            cwd=tmp_path,
        ).stdout
    )
    assert "müşteriye" in {form for t in kept["terms"] for form in t["forms"]}
    top = json.loads(run(str(answers), "--language", "tr", "--json", "--top", "1", cwd=tmp_path).stdout)
    assert len(top["terms"]) == 1


def test_a_workshop_applies_its_rules_and_its_language(tmp_path: Path) -> None:
    path = tmp_path / "demo.pstudio"
    WorkshopService.create(path, demo_workshop(Language.TURKISH)).close()
    before = json.loads(run(str(path), "--json", cwd=tmp_path).stdout)
    top_word = before["terms"][0]["term"]
    service = WorkshopService.open(path)
    service.execute(AddAnalysisRule(RuleKind.EXCLUDE, (top_word,)))
    service.close()
    after = json.loads(run(str(path), "--json", cwd=tmp_path).stdout)
    assert after["language"] == "tr" and after["respondents"] == before["respondents"]
    assert top_word not in {t["term"] for t in after["terms"]}
    # The question's words are left out by default.
    assert not any(t["term"].startswith("müşteri") for t in after["terms"])
    table = run(str(path), "--top", "3", cwd=tmp_path)
    assert table.returncode == 0 and "respondents" in table.stdout.decode()


def test_below_the_threshold_a_workshop_is_not_analysed(tmp_path: Path) -> None:
    assert subprocess.run(
        [sys.executable, "-m", "philosophy_studio", "new", "w.pstudio", "--team", "T", "--lang", "en"],
        cwd=tmp_path, check=False, capture_output=True,
    ).returncode == 0  # fmt: skip
    one_line_error(run("w.pstudio", "--json", cwd=tmp_path), "from 5 on")


def test_bad_inputs_get_one_line(tmp_path: Path) -> None:
    one_line_error(run(str(FIXTURES / "answers_tr.txt"), "--json", cwd=tmp_path), "--language")
    one_line_error(run(str(FIXTURES / "cp1254.txt"), "--language", "tr", cwd=tmp_path), "not UTF-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    one_line_error(run(str(empty), "--language", "en", cwd=tmp_path), "no answers")
    one_line_error(run(str(tmp_path / "missing.txt"), "--language", "en", cwd=tmp_path), "missing.txt")
    one_line_error(run(str(empty), "--language", "de", cwd=tmp_path), "tr or en")
    one_line_error(run(str(empty), "--language", "en", "--top", "0", cwd=tmp_path), "--top")
