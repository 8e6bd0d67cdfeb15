"""Metric readings for the check-ins: targets read from the team's own words, readings
imported from the spreadsheets teams keep (both layouts, both languages), bad rows
refused with their row numbers, and the trend against the target."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from philosophy_studio.analysis.metric_trend import metric_trend
from philosophy_studio.domain.metric_targets import Direction, Target, parse_number, parse_target
from philosophy_studio.domain.model import Metric, MetricReading
from philosophy_studio.importing.metric_readings import (
    BadDatesError,
    BadValuesError,
    NoDateColumnError,
    NoMetricColumnsError,
    NoReadingsError,
    SharedMetricNameError,
    TwoReadingsError,
    UnknownMetricsError,
    read_readings,
)

METRICS = (Metric(1, "İlk temasta çözüm oranı", target="en az %80"), Metric(2, "Müşteri memnuniyeti (CSAT)"))


@pytest.mark.parametrize(
    ("text", "turkish", "number"),
    [
        ("4,5", True, 4.5),
        ("4.5", True, 4.5),
        ("1.250", True, 1250),
        ("1.250,5", True, 1250.5),
        ("1.250.000", True, 1_250_000),
        ("1,250", False, 1250),
        ("1.250", False, 1.25),
        ("4,5", False, 4.5),
        ("1,250.5", False, 1250.5),
        ("-12", False, -12),
        ("\N{MINUS SIGN}4,5", True, -4.5),
    ],
)
def test_numbers_are_read_as_each_language_writes_them(text: str, turkish: bool, number: float) -> None:
    assert parse_number(text, turkish=turkish) == number


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2.3", "12a", "1.250,5,1", "-", "--5", "5-"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, turkish=True)


@pytest.mark.parametrize(
    ("target", "name", "expected"),
    [
        ("en az %80", "İlk temasta çözüm", Target(80, Direction.AT_LEAST, percent=True)),
        ("%95 ve üzeri", "Memnuniyet", Target(95, Direction.AT_LEAST, percent=True)),
        ("24 saatin altında", "Çözüm", Target(24, Direction.AT_MOST)),
        ("en fazla 2 dakika", "Bekleme", Target(2, Direction.AT_MOST)),
        ("under 2 minutes", "First reply", Target(2, Direction.AT_MOST)),
        ("no more than 3", "Repeat contacts", Target(3, Direction.AT_MOST)),
        ("4,5/5", "Puan", Target(4.5, Direction.AT_LEAST)),
        # No word says which way: lower is better for speed, higher for the rest.
        ("2 dk", "İlk yanıt süresi", Target(2, Direction.AT_MOST)),
        ("90%", "Resolution rate", Target(90, Direction.AT_LEAST, percent=True)),
        # "over" inside "overall" says nothing.
        ("overall 4.5", "Rating", Target(4.5, Direction.AT_LEAST)),
    ],
)
def test_a_target_is_read_from_the_teams_own_words(target: str, name: str, expected: Target) -> None:
    assert parse_target(target, name, turkish=True) == expected


def test_a_target_without_a_number_is_kept_as_text_only() -> None:
    assert parse_target("her zaman güler yüz", "Güler yüz", turkish=True) is None


def write_csv(folder: Path, text: str) -> Path:
    path = folder / "olcumler.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_column_per_metric_is_read_in_turkish(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Tarih;İLK TEMASTA ÇÖZÜM ORANI;Müşteri memnuniyeti (CSAT)\n"
        "06.01.2027;%78;4,2\n"
        "2027-03-07;81,5;\n"
        "05.06.2027;83;4,6\n",
    )
    assert read_readings(path, METRICS, turkish=True) == (
        MetricReading(1, dt.date(2027, 1, 6), 78),
        MetricReading(1, dt.date(2027, 3, 7), 81.5),
        MetricReading(1, dt.date(2027, 6, 5), 83),
        MetricReading(2, dt.date(2027, 1, 6), 4.2),
        MetricReading(2, dt.date(2027, 6, 5), 4.6),
    )


def test_a_row_per_reading_is_read_from_a_workbook(tmp_path: Path) -> None:
    metrics = (Metric(7, "First-contact resolution"), Metric(8, "CSAT"))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Date", "Metric", "Value"])
    sheet.append([dt.datetime(2027, 1, 6), "csat", 4.4])
    sheet.append([dt.datetime(2027, 1, 6), "First-contact resolution", "0.81"])
    path = tmp_path / "readings.xlsx"
    workbook.save(path)
    assert read_readings(path, metrics, turkish=False) == (
        MetricReading(7, dt.date(2027, 1, 6), 0.81),
        MetricReading(8, dt.date(2027, 1, 6), 4.4),
    )


@pytest.mark.parametrize(
    ("text", "error", "said"),
    [
        ("Hafta sonu;CSAT\nx;4\n", NoDateColumnError, "Date"),
        ("Tarih;NPS\n2027-01-06;40\n", NoMetricColumnsError, "İlk temasta çözüm oranı"),
        ("Tarih;Metrik;Değer\n2027-01-06;NPS;40\n", UnknownMetricsError, "NPS"),
        (
            "Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;4\n31.13.2027;4\nyarın;5\n",
            BadDatesError,
            "rows 3, 4",
        ),
        ("Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;iyi\n2027-02-06;4\n", BadValuesError, "“iyi”"),
        ("Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;4\n06.01.2027;5\n", TwoReadingsError, "rows 2, 3"),
        ("Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;\n", NoReadingsError, "no readings"),
    ],
)
def test_a_file_with_problems_is_refused_whole_naming_them(
    tmp_path: Path, text: str, error: type[Exception], said: str
) -> None:
    with pytest.raises(error) as refused:
        read_readings(write_csv(tmp_path, text), METRICS, turkish=True)
    assert said in str(refused.value)
    assert "Nothing was imported" in str(refused.value)


def test_hostile_cells_are_refused_as_text_not_run(tmp_path: Path) -> None:
    text = (
        "Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;=1+1\n2027-02-06;<b>4</b>\n2027-03-06;"
        + "9" * 400
        + "x\n"
    )
    with pytest.raises(BadValuesError) as refused:
        read_readings(write_csv(tmp_path, text), METRICS, turkish=True)
    assert "“=1+1”" in str(refused.value) and "“<b>4</b>”" in str(refused.value)


def test_the_trend_says_where_a_metric_stands_and_which_way_it_moved() -> None:
    rate = metric_trend(
        [(dt.date(2027, 3, 7), 81.5), (dt.date(2027, 1, 6), 78.0)],
        Target(80, Direction.AT_LEAST, percent=True),
    )
    assert rate.latest == 81.5 and rate.change == 3.5 and rate.on_target and rate.improved
    wait = metric_trend(
        [(dt.date(2027, 1, 6), 2.5), (dt.date(2027, 3, 7), 3.0)], Target(2, Direction.AT_MOST)
    )
    assert wait.change == 0.5 and wait.on_target is False and wait.improved is False
    assert metric_trend([(dt.date(2027, 1, 6), 4.0)], None).on_target is None
    assert metric_trend([], Target(1, Direction.AT_LEAST)).latest is None


def test_the_command_line_imports_readings_all_or_nothing(tmp_path: Path) -> None:
    import json

    from test_cli import assert_one_line_error, run
    from tests_support import DEMO_DIR

    assert run("import-json", str(DEMO_DIR / "demo-tr.json"), "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    document = json.loads(run("export-json", "w.pstudio", cwd=tmp_path).stdout)
    names = [m["name"] for card in document["value_cards"] for m in card["metrics"]][:2]
    (tmp_path / "olcum.csv").write_text(
        f"Tarih;{names[0]};{names[1]}\n06.01.2027;%78;4,2\n07.03.2027;81,5;\n", encoding="utf-8"
    )
    first = run("import-metrics", "w.pstudio", "olcum.csv", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported 3 readings of 2 metrics"
    again = run("import-metrics", "w.pstudio", "olcum.csv", cwd=tmp_path)
    assert again.stdout.strip() == "Imported 3 readings of 2 metrics (3 replaced a reading of the same day)"
    document = json.loads(run("export-json", "w.pstudio", cwd=tmp_path).stdout)
    readings = [r for card in document["value_cards"] for m in card["metrics"] for r in m.get("readings", [])]
    imported = [r["value"] for r in readings if r["day"] in {"2027-01-06", "2027-03-07"}]
    assert sorted(imported) == [4.2, 78.0, 81.5]

    (tmp_path / "bozuk.csv").write_text(f"Tarih;{names[0]}\n06.02.2027;80\n31.02.2027;82\n", encoding="utf-8")
    assert_one_line_error(run("import-metrics", "w.pstudio", "bozuk.csv", cwd=tmp_path), "rows 3")
    document_after = json.loads(run("export-json", "w.pstudio", cwd=tmp_path).stdout)
    assert document_after == document  # nothing of the refused file was stored


def test_a_metric_name_two_values_share_is_refused_only_when_the_file_uses_it(tmp_path: Path) -> None:
    shared = (*METRICS, Metric(3, "müşteri memnuniyeti (csat)"))
    with pytest.raises(SharedMetricNameError) as refused:
        read_readings(
            write_csv(tmp_path, "Tarih;Müşteri memnuniyeti (CSAT)\n2027-01-06;4\n"), shared, turkish=True
        )
    assert "Guidelines" in str(refused.value)
    long = "Tarih;Metrik;Değer\n2027-01-06;Müşteri memnuniyeti (CSAT);4\n"
    with pytest.raises(SharedMetricNameError):
        read_readings(write_csv(tmp_path, long), shared, turkish=True)
    other = "Tarih;İlk temasta çözüm oranı\n2027-01-06;80\n"
    assert read_readings(write_csv(tmp_path, other), shared, turkish=True) == (
        MetricReading(1, dt.date(2027, 1, 6), 80),
    )


def test_the_status_shows_each_metric_against_its_target(tmp_path: Path) -> None:
    import json

    from test_cli import run
    from tests_support import DEMO_DIR

    assert run("import-json", str(DEMO_DIR / "demo-tr.json"), "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    (tmp_path / "olcum.csv").write_text(
        "Tarih;İlk temasta çözüm oranı;Canlı destekte ilk yanıt süresi\n"
        "18.12.2026;%74;2,6\n16.02.2027;%79;2,1\n",
        encoding="utf-8",
    )
    assert run("import-metrics", "w.pstudio", "olcum.csv", cwd=tmp_path).returncode == 0
    status = json.loads(run("checkin-status", "w.pstudio", "--json", cwd=tmp_path).stdout)
    by_name = {metric["metric"]: metric for metric in status["metrics"]}
    resolution = by_name["İlk temasta çözüm oranı"]  # target "≥ %78"
    assert (resolution["latest"], resolution["change"], resolution["on_target"]) == (79.0, 5.0, True)
    first_reply = by_name["Canlı destekte ilk yanıt süresi"]  # target "Medyan ≤ 2 dakika"
    assert first_reply["on_target"] is False and first_reply["improved"] is True
    assert first_reply["change"] == pytest.approx(-0.5)
    untouched = next(metric for metric in status["metrics"] if not metric["readings"])
    assert untouched["latest"] is None and untouched["on_target"] is None
    text = run("checkin-status", "w.pstudio", cwd=tmp_path).stdout
    assert "İlk temasta çözüm oranı\ttarget: ≥ %78\tlatest: 79 (+5)\ton target" in text
    # The demo's plan: about a month, a quarter and half a year after its workshop.
    assert text.strip().endswith("Check-ins: 2026-06-18, 2026-08-20, 2026-12-17")
