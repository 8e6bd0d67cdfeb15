"""compare: what customers say beside what the staff want them to say, on a workshop
whose answers, cards and feedback are known, so every figure can be checked by hand."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from philosophy_studio.domain.model import Language, ValueCard, WorkshopInfo
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.services import feedback, survey
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

COLUMNS = FeedbackColumns(text="Yorum", score="Puan", date="Tarih", channel="Kanal")
STAFF = [
    "Dürüst ve hızlı olduğumuzu düşünsünler",
    "Dürüst davrandığımızı bilsinler",
    "Sözümüzü tuttuğumuzu, dürüst olduğumuzu",
    "Hızlı çözüm bulduğumuzu",
    "Güvenilir ve dürüst bir ekip olduğumuzu",
    "Samimi ve dürüst olduğumuzu",
]
PROMOTER = "Temsilci çok hızlıydı, sorunum {n}. dakikada çözüldü"
DETRACTOR = "Yarım saat bekledim, kimseye ulaşamadım, {n}. kez aradım"


def export(path: Path, rows: list[tuple[str, int | str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Tarih", "Kanal", "Puan", "Yorum"])
        for text, score, day, channel in rows:
            writer.writerow([day, channel, score, text])
    return path


def feedback_rows() -> list[tuple[str, int | str, str, str]]:
    """40 promoters on the phone in March, 30 detractors by e-mail in April, 10 passives
    in April and 5 rows with a comment and no score."""
    rows: list[tuple[str, int | str, str, str]] = []
    rows += [(PROMOTER.format(n=n), 9 + n % 2, f"{1 + n % 28:02d}.03.2024", "Telefon") for n in range(40)]
    rows += [(DETRACTOR.format(n=n), n % 7, f"{1 + n % 28:02d}.04.2024", "E-posta") for n in range(30)]
    rows += [(f"Fena değil, idare eder {n}", 7 + n % 2, "15.04.2024", "E-posta") for n in range(10)]
    rows += [(f"Puan vermedim ama hızlıydınız {n}", "", "", "") for n in range(5)]
    return rows


@pytest.fixture
def service(tmp_path: Path):
    made = WorkshopService.create(
        tmp_path / "w.pstudio", new_workshop(WorkshopInfo("Ekip", Language.TURKISH))
    )
    survey.import_answers(made, survey.plan_import(STAFF))
    made.execute(AddValueCard(ValueCard(id=0, name="Hızlı"), 0))
    made.execute(AddValueCard(ValueCard(id=0, name="Dürüstlük"), 1))
    feedback.import_feedback(made, export(tmp_path / "f.csv", feedback_rows()), COLUMNS)
    yield made
    made.close()


def test_nps_overall_by_channel_and_by_month(service) -> None:
    found = feedback.comparison_json(feedback.compare_workshop(service))
    assert (found["rows"], found["comments"], found["scale"]) == (85, 85, "nps")
    assert found["dates"] == {"from": "2024-03-01", "until": "2024-04-28"}
    figures = found["satisfaction"]
    # 40 promoters, 10 passives and 30 detractors of 80 scores: (40 - 30) / 80 = 12.5.
    assert figures["overall"] == {
        "scored": 80,
        "promoters": 40,
        "passives": 10,
        "detractors": 30,
        "nps": 12.5,
    }
    assert figures["by_channel"]["Telefon"]["nps"] == 100.0
    assert figures["by_channel"]["E-posta"] == {
        "scored": 40,
        "promoters": 0,
        "passives": 10,
        "detractors": 30,
        "nps": -75.0,
    }
    assert list(figures["by_month"]) == ["2024-03", "2024-04"]
    assert figures["by_month"]["2024-04"]["nps"] == -75.0


def test_words_per_group_and_the_words_that_set_groups_apart(service) -> None:
    found = feedback.comparison_json(feedback.compare_workshop(service, top=5), top=5)
    words = found["words"]
    assert words["customers"]["texts"] == 85
    assert words["promoters"]["words"][0]["texts"] == 40
    assert {word["word"] for word in words["promoters"]["words"]} >= {"hızlı", "temsilci"}
    # Each of the detractors' words is in all 30 comments: ties are listed by word.
    assert words["detractors"]["words"][:2] == [
        {"word": "aramak", "texts": 30},
        {"word": "beklemek", "texts": 30},
    ]
    assert words["staff"]["words"][0] == {"word": "dürüst", "texts": 5}
    apart = found["distinctive"]["promoters_vs_detractors"]
    assert apart["texts"] == {"promoters": 40, "detractors": 30}
    assert apart["groups"] == ["promoters", "detractors"]
    assert "hızlı" in {word["word"] for word in apart["promoters"]}
    beklemek = next(word for word in apart["detractors"] if word["word"] == "beklemek")
    assert (beklemek["promoters"], beklemek["detractors"]) == (0, 30)
    assert beklemek["z"] <= -1.96 < 0 > beklemek["delta"]
    staff = found["distinctive"]["staff_vs_customers"]
    assert staff["staff"][0]["word"] == "dürüst"
    assert staff["texts"] == {"staff": 6, "customers": 85}


def test_each_candidate_value_with_its_comments_and_examples(service) -> None:
    found = feedback.comparison_json(feedback.compare_workshop(service))
    fast, honest = found["alignment"]["values"]
    assert found["alignment"]["comments"] == 85
    # hızlıydı and hızlıydınız find the value "Hızlı": 40 promoters and 5 without score.
    assert (fast["value"], fast["comments"], fast["scored"], fast["promoters"], fast["detractors"]) == (
        "Hızlı",
        45,
        40,
        40,
        0,
    )
    assert len(fast["examples"]) == 3
    assert all("hızlı" in example.lower() for example in fast["examples"])
    # No customer speaks of honesty: the gap the workshop wants to close.
    assert (honest["value"], honest["comments"], honest["examples"]) == ("Dürüstlük", 0, [])


def test_staff_words_stay_hidden_below_the_surveys_minimum(tmp_path: Path) -> None:
    path = tmp_path / "few.pstudio"
    with WorkshopService.create(path, new_workshop(WorkshopInfo("Ekip", Language.TURKISH))) as made:
        survey.import_answers(made, survey.plan_import(STAFF[:2]))
        feedback.import_feedback(made, export(tmp_path / "f.csv", feedback_rows()), COLUMNS)
        found = feedback.comparison_json(feedback.compare_workshop(made))
    assert found["words"]["staff"] is None
    assert found["distinctive"]["staff_vs_customers"] is None
    assert found["words"]["customers"]["texts"] == 85


def test_without_scores_there_are_no_figures_or_score_groups(tmp_path: Path) -> None:
    path = tmp_path / "plain.pstudio"
    with WorkshopService.create(path, new_workshop(WorkshopInfo("Ekip", Language.TURKISH))) as made:
        rows = [(text, "", day, channel) for text, _score, day, channel in feedback_rows()]
        feedback.import_feedback(made, export(tmp_path / "f.csv", rows), COLUMNS)
        found = feedback.comparison_json(feedback.compare_workshop(made))
    assert (found["scale"], found["satisfaction"]) == (None, None)
    assert found["words"]["promoters"] is None
    assert found["distinctive"]["promoters_vs_detractors"] is None


def test_a_workshop_without_feedback_is_refused(tmp_path: Path) -> None:
    with (
        WorkshopService.create(
            tmp_path / "w.pstudio", new_workshop(WorkshopInfo("E", Language.TURKISH))
        ) as made,
        pytest.raises(feedback.NoFeedbackError),
    ):
        feedback.compare_workshop(made)


def test_days_are_kept_without_their_time(service) -> None:
    assert {day for day in feedback.load_feedback(service).dates if day is not None} <= {
        dt.date(2024, month, day) for month in (3, 4) for day in range(1, 29)
    }
