"""The staff pulse in the check-in report, read back from the PDF: per value the mean,
the share of 4–5 and the change since the check-in before, in both languages; nothing of
it below the survey's minimum of respondents; staff's examples never printed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_charter_export import pdf_text, squeeze

from philosophy_studio.domain.model import Language, PulseRating, PulseResponse, Workshop
from philosophy_studio.domain.pulse import pulse_response
from philosophy_studio.export.checkin_report import build_checkin_report_pdf, report_texts
from philosophy_studio.services.checkins import checkin_report
from philosophy_studio.services.interchange import demo_workshop

TODAY = dt.date(2026, 12, 7)
HOSTILE = '<img src="x"> S&P =HYPERLINK("x") \u202eevil 😀 secret-example'


def with_pulse(language: Language, first: list[int], second: list[int], minimum: int = 5) -> Workshop:
    """The demo with, at its first two check-ins, one respondent per score given,
    rating every chosen value alike (lived: the score; leaders: 3)."""
    demo = demo_workshop(language)
    chosen = [card.id for card in demo.chosen_values]
    days = demo.checkin_days

    def responses(day: dt.date, scores: list[int]) -> list[PulseResponse]:
        return [
            pulse_response(day, [PulseRating(card_id, score, 3, HOSTILE) for card_id in chosen], chosen)
            for score in scores
        ]

    return dataclasses.replace(
        demo,
        pulse_responses=(*responses(days[0], first), *responses(days[1], second)),
        survey=dataclasses.replace(demo.survey, min_respondents=minimum),
    )


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (Language.ENGLISH, "pulse · lived 4.2 (100%, +1) · leaders 3 (0%, ±0)"),
        (Language.TURKISH, "nabız · yaşadık 4,2 (%100, +1) · liderler 3 (%0, ±0)"),
    ],
)
def test_each_value_s_pulse_is_printed_with_its_change(language: Language, line: str) -> None:
    workshop = with_pulse(language, [3, 3, 3, 3, 4], [4, 4, 4, 5, 4])
    report = checkin_report(workshop, 2, today=TODAY)
    assert report.pulse_respondents == 5
    text = pdf_text(build_checkin_report_pdf(report).data)
    texts = report_texts(language)
    assert squeeze(texts.pulse_count.format(count=5)) in text
    assert text.count(squeeze(line)) == len(workshop.chosen_values)
    assert "secret-example" not in text and "HYPERLINK" not in text


@pytest.mark.parametrize("language", list(Language))
def test_below_the_minimum_the_report_says_how_many_answered_and_nothing_else(language: Language) -> None:
    workshop = with_pulse(language, [1, 5, 5, 5, 5], [5, 5, 1, 1], minimum=5)
    report = checkin_report(workshop, 2, today=TODAY)
    text = pdf_text(build_checkin_report_pdf(report).data)
    texts = report_texts(language)
    assert squeeze(texts.pulse_hidden.format(count=4, minimum=5)) in text
    beside_values = squeeze(texts.pulse_line.split("{")[0])
    assert beside_values not in text
    # The check-in before was shown; its figures are not printed on this one's report.
    shown = pdf_text(build_checkin_report_pdf(checkin_report(workshop, 1, today=TODAY)).data)
    assert beside_values in shown


def test_a_check_in_without_a_pulse_prints_none() -> None:
    workshop = demo_workshop(Language.ENGLISH)
    workshop = dataclasses.replace(workshop, pulse_responses=())
    text = pdf_text(build_checkin_report_pdf(checkin_report(workshop, 2, today=TODAY)).data)
    assert "pulse" not in text


def test_a_hostile_value_name_beside_its_pulse_is_printed_as_typed() -> None:
    workshop = with_pulse(Language.TURKISH, [4] * 5, [5] * 5)
    hostile = 'S&P <b>kalın</b> =HYPERLINK("x") \u202eكلمة'
    cards = tuple(
        dataclasses.replace(card, name=f"{hostile} {card.selected_rank}") if card.selected_rank else card
        for card in workshop.value_cards
    )
    report = checkin_report(dataclasses.replace(workshop, value_cards=cards), 2, today=TODAY)
    result = build_checkin_report_pdf(report)
    text = pdf_text(result.data)
    assert squeeze("S&P <b>kalın</b> =HYPERLINK(") in text
    assert text.count(squeeze("nabız · yaşadık 5 (%100, +1)")) == 5
    assert "secret-example" not in text
