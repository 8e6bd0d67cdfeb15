"""NPS and CSAT arithmetic, checked by hand, empty groups included."""

import datetime as dt

import pytest

from philosophy_studio.analysis.satisfaction import (
    CsatFigures,
    NpsFigures,
    csat_figures,
    nps_figures,
    satisfaction,
    table_satisfaction,
)
from philosophy_studio.domain.feedback import FeedbackTable, ScoreScale


def test_nps_by_hand() -> None:
    # Promoters 9, 10, 10; passives 7, 8; detractors 0, 6, 3; a row without a score.
    figures = nps_figures([9, 10, 10, 7, 8, 0, 6, 3, None])
    assert figures == NpsFigures(scored=8, promoters=3, passives=2, detractors=3)
    assert figures.nps == 0.0
    # 3 promoters, 1 detractor of 4: 75 % - 25 % = 50.
    assert nps_figures([10, 9, 9, 2]).nps == 50.0
    assert nps_figures([0, 6]).nps == -100.0
    # 1 promoter of 3: 33.3 points.
    assert nps_figures([9, 7, 8]).nps == pytest.approx(100 / 3)


def test_csat_by_hand() -> None:
    figures = csat_figures([5, 4, 3, 1, None, 5])
    assert figures == CsatFigures(scored=5, satisfied=3, total=18)
    assert figures.csat == 60.0
    assert figures.mean == 3.6


def test_an_empty_group_has_no_figure() -> None:
    assert nps_figures([]).nps is None
    assert nps_figures([None, None]).scored == 0
    assert csat_figures([None]).csat is None
    assert csat_figures([]).mean is None


def test_by_channel_and_by_month() -> None:
    scores = [10, 3, 9, None, 8, 0]
    channels = ["Telefon", "Telefon", "E-posta", "E-posta", None, "Canlı destek"]
    dates = [
        dt.date(2024, 1, 5),
        dt.date(2024, 1, 31),
        dt.date(2024, 2, 1),
        None,
        None,
        dt.date(2023, 12, 31),
    ]
    result = satisfaction(ScoreScale.NPS, scores, channels, dates)
    assert result.overall.nps == pytest.approx(100 * (2 - 2) / 5)
    assert list(result.by_channel) == ["Canlı destek", "E-posta", "Telefon"]
    assert result.by_channel["Telefon"] == NpsFigures(2, 1, 0, 1)
    assert result.by_channel["Telefon"].nps == 0.0
    # E-posta's second row has no score: one promoter of one.
    assert result.by_channel["E-posta"].nps == 100.0
    assert result.by_channel["Canlı destek"].nps == -100.0
    assert list(result.by_month) == ["2023-12", "2024-01", "2024-02"]
    assert result.by_month["2024-01"] == NpsFigures(2, 1, 0, 1)
    assert result.by_month["2023-12"].nps == -100.0


def test_csat_by_channel() -> None:
    result = satisfaction(ScoreScale.CSAT, [5, 2, 4], ["Chat", "Chat", "Mail"])
    assert result.by_channel["Chat"].csat == 50.0
    assert result.by_channel["Chat"].mean == 3.5
    assert result.by_channel["Mail"].csat == 100.0
    assert result.by_month == {}


def test_imported_feedback_without_scores_has_no_figures() -> None:
    table = FeedbackTable("f.csv", ("a",), (None,), (None,), (None,), scale=None)
    assert table_satisfaction(table) is None
    scored = FeedbackTable("f.csv", ("a", ""), (9, 2), (None, None), ("Web", "Web"), scale=ScoreScale.NPS)
    assert table_satisfaction(scored).by_channel["Web"].nps == 0.0
