"""The check-in report: which reading counts for which meeting, what moved and whether
it meets its target, and the PDF read back with a real reader (pypdf), in both
languages and with hostile text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from test_charter_export import embedded_fonts, pdf_text, squeeze
from test_cli import assert_one_line_error, run
from tests_support import DEMO_DIR

from philosophy_studio.domain.checkins import meeting_of
from philosophy_studio.domain.errors import NoSuchCheckInError
from philosophy_studio.domain.model import Language, Metric, MetricReading, ValueCard
from philosophy_studio.export.charter_pdf import Paper
from philosophy_studio.export.checkin_report import build_checkin_report_pdf, report_texts
from philosophy_studio.export.markup import PLACEHOLDER
from philosophy_studio.export.typography import typographic
from philosophy_studio.services.checkins import checkin_report, report_checkin, shown_plan
from philosophy_studio.services.interchange import demo_workshop

D = dt.date


@pytest.mark.parametrize(
    ("day", "meeting"),
    [
        (D(2026, 1, 1), 0),  # before the workshop: its baseline
        (D(2026, 6, 10), 0),
        (D(2026, 6, 24), 0),  # nearer the workshop than the first check-in
        (D(2026, 6, 25), 1),  # halfway (15 days each side): the later meeting
        (D(2026, 7, 12), 1),  # a figure brought three days late
        (D(2026, 9, 7), 2),  # a figure taken three days early
        (D(2027, 6, 1), 3),  # after the last check-in: the last
    ],
)
def test_a_reading_counts_for_the_meeting_nearest_its_day(day: dt.date, meeting: int) -> None:
    meetings = [D(2026, 6, 10), D(2026, 7, 10), D(2026, 9, 10), D(2026, 12, 16)]
    assert meeting_of(day, meetings) == meeting


def test_the_default_check_in_is_the_latest_one_due() -> None:
    plan = shown_plan(demo_workshop(Language.ENGLISH))
    assert report_checkin(plan, D(2026, 6, 1)) == 1
    assert report_checkin(plan, D(2026, 7, 9)) == 1
    assert report_checkin(plan, D(2026, 12, 7)) == 2
    assert report_checkin(plan, D(2030, 1, 1)) == 3


def by_name(report):  # type: ignore[no-untyped-def]
    return {metric.name: metric for metric in report.metrics}


def test_the_demo_reports_its_second_check_in_against_the_first() -> None:
    workshop = demo_workshop(Language.ENGLISH)
    report = checkin_report(workshop, today=D(2026, 12, 7))
    assert (report.number, report.planned, report.day) == (2, 3, D(2026, 9, 10))
    assert (report.previous_day, report.next_day) == (D(2026, 7, 9), D(2026, 12, 16))
    metrics = by_name(report)
    disputes = metrics["Invoice disputes"]  # "< 1% of invoices": lower is better
    assert (disputes.before, disputes.now) == ((D(2026, 7, 9), 1.3), (D(2026, 9, 10), 1.1))
    assert (disputes.on_target, disputes.improved, disputes.target_value) == (False, True, 1.0)
    first_reply = metrics["First reply time"]  # a speed metric that got slower
    assert first_reply.speed and first_reply.improved is False and first_reply.on_target is False
    csat = metrics["CSAT"]
    assert (csat.on_target, csat.improved) == (True, False)
    warmth = metrics["Warmth in quality review"]  # did not move
    assert warmth.improved is None and warmth.on_target is False
    unread = metrics["Reviews mentioning an extra"]
    assert (unread.before, unread.now, unread.readings) == (None, None, ())
    assert [value.name for value in report.values] == [card.name for card in workshop.chosen_values]

    first = checkin_report(workshop, 1, today=D(2026, 12, 7))
    baseline = by_name(first)["Invoice disputes"]
    assert (baseline.before, baseline.now) == ((D(2026, 6, 10), 1.6), (D(2026, 7, 9), 1.3))
    # Only the readings up to the check-in reported are drawn.
    assert baseline.readings == ((D(2026, 6, 10), 1.6), (D(2026, 7, 9), 1.3))
    assert first.previous_day is None


def test_a_check_in_without_readings_says_so_and_one_outside_the_plan_is_refused() -> None:
    workshop = demo_workshop(Language.TURKISH)
    third = checkin_report(workshop, 3, today=D(2026, 12, 7))
    assert all(metric.now is None for metric in third.metrics)
    assert by_name(third)["İlk temasta çözüm oranı"].before == (D(2026, 8, 20), 79)
    with pytest.raises(NoSuchCheckInError, match="no check-in 4"):
        checkin_report(workshop, 4)
    with pytest.raises(NoSuchCheckInError):
        checkin_report(workshop, 0)


@pytest.mark.parametrize("language", list(Language))
def test_the_demo_report_fits_two_pages_in_an_embedded_font(language: Language) -> None:
    workshop = demo_workshop(language)
    report = checkin_report(workshop, today=D(2026, 12, 7))
    result = build_checkin_report_pdf(report)
    assert 1 <= result.pages <= 2 == len(PdfReader(io.BytesIO(result.data)).pages)
    text = pdf_text(result.data)
    texts = report_texts(language)
    for expected in (texts.title, workshop.info.team_name, *texts.columns, texts.commitment):
        assert squeeze(expected) in text
    for card in workshop.chosen_values:
        assert squeeze(typographic(card.name)) in text
        for metric in card.metrics:
            assert squeeze(typographic(metric.name)) in text
    fonts = embedded_fonts(result.data)
    assert fonts and all(fonts.values()) and all("DejaVu" in name for name in fonts), fonts
    assert not result.report.replaced


def test_letter_paper() -> None:
    report = checkin_report(demo_workshop(Language.ENGLISH), today=D(2026, 12, 7))
    page = PdfReader(io.BytesIO(build_checkin_report_pdf(report, Paper.LETTER).data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_hostile_text_is_printed_as_typed() -> None:
    demo = demo_workshop(Language.TURKISH)
    word = "Ş" + "Ğ" * 5_000 + "İ"
    cards = tuple(
        ValueCard(
            id=500 + number,
            name=f'Değer {number} S&P <b>kalın</b> =HYPERLINK("x")',
            selected_rank=number,
            metrics=(Metric(id=900 + number, name=word if number == 1 else "CSAT <i>", target="≥ 4,5 & <5"),),
            leader_commitment="Liderler \x07 مرحبا 😀 \U0001f680 " + "söz " * 400,
        )
        for number in range(1, 6)
    )
    workshop = dataclasses.replace(
        demo,
        info=dataclasses.replace(demo.info, team_name="Ekip <b>S&P</b> \U0001f680"),
        value_cards=cards,
        metric_readings=(MetricReading(901, D(2026, 6, 18), 1e300), MetricReading(902, D(2026, 6, 18), -0.5)),
    )
    result = build_checkin_report_pdf(checkin_report(workshop, 1, today=D(2026, 12, 7)))
    # Read across pages: the running header and footer of each page are left out.
    text = pdf_text(result.data, ("Ekip <b>S&P</b> " + PLACEHOLDER, report_texts(Language.TURKISH).title))
    assert squeeze("Değer 3 S&P <b>kalın</b> =HYPERLINK(") in text
    assert squeeze("≥ 4,5 & <5") in text
    # The 5,000-letter word runs over pages, whose table heads repeat: all of it printed.
    assert text.count("Ğ") == 5_000 and "ŞĞĞ" in text and "ĞĞİ" in text
    assert PLACEHOLDER in text and result.report.replaced["\U0001f680"] >= 5
    assert "-0,5" in text


def test_the_command_line_writes_the_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run("import-json", str(DEMO_DIR / "demo-en.json"), "-o", "w.pstudio", cwd=tmp_path).returncode == 0
    done = run("checkin-report", "w.pstudio", "-o", "report.pdf", "--checkin", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "check-in 1 of 3, 2026-07-09" in done.stdout
    text = pdf_text((tmp_path / "report.pdf").read_bytes())
    assert squeeze("Check-in 1 of 3") in text
    assert_one_line_error(
        run("checkin-report", "w.pstudio", "-o", "r.pdf", "--checkin", "7", cwd=tmp_path), "no check-in 7"
    )
    assert not (tmp_path / "r.pdf").exists()


def test_the_report_says_where_each_commitment_stood_at_that_check_in() -> None:
    workshop = demo_workshop(Language.ENGLISH)
    report = checkin_report(workshop, 2, today=D(2026, 12, 7))
    ownership = next(value for value in report.values if value.name == "Ownership")
    assert ownership.review is not None and ownership.review.note.startswith(
        "Blocker log on the huddle board"
    )
    text = pdf_text(build_checkin_report_pdf(report).data)
    assert squeeze("In progress · Blocker log on the huddle board") in text
    assert squeeze("Done · Every rota change since August") in text
    third = pdf_text(build_checkin_report_pdf(checkin_report(workshop, 3, today=D(2026, 12, 7))).data)
    assert third.count(squeeze("Not reviewed at this check-in.")) == len(workshop.chosen_values)


def test_the_report_says_what_customers_said_in_its_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from philosophy_studio.domain.feedback import Feedback, ScoreScale

    workshop = demo_workshop(Language.ENGLISH)
    first, second = workshop.checkin_days[:2]
    before = first - dt.timedelta(days=3)
    during = second - dt.timedelta(days=10)
    # (text, score, day): two comments before the period, four in it, one without a day.
    rows = [
        ("Nobody owned my problem", 2, before),
        ("Fine", 9, before),
        ("Real ownership from start to end", 10, during),
        ("Ownership of the repair, finally", 9, during),
        ("No ownership at all, I was passed around", 3, during),
        ("Quick", 7, second),
        ("Undated praise for ownership", 10, None),
    ]
    feedback = Feedback(
        texts=tuple(r[0] for r in rows),
        scores=tuple(r[1] for r in rows),
        dates=tuple(r[2] for r in rows),
        channels=(None,) * len(rows),
        scale=ScoreScale.NPS,
    )
    report = checkin_report(workshop, 2, second, feedback=feedback)
    period = report.customers
    assert period is not None
    assert (period.start, period.end, period.comments, period.scored) == (first, second, 4, 4)
    # 2 promoters, 1 passive, 1 detractor of 4: NPS 25; before it 1 of 2 each way: 0.
    assert period.figure == 25 and period.before == 0
    owned = next(value for value in report.values if value.name == "Ownership")
    assert owned.customers is not None and owned.customers.comments == 3
    assert owned.customers.detractors == 1
    built = build_checkin_report_pdf(report)
    text = squeeze(pdf_text(built.data))
    assert squeeze("Customers since 9 July 2026: 4 comments, NPS 25 (+25 on the period before)") in text
    assert squeeze("; most spoken of: Ownership 3 (1 unhappy)") in text
    # Still one or two pages.
    assert built.pages <= 2
    # Without feedback in the period, nothing about customers is said.
    quiet = dataclasses.replace(feedback, dates=(before,) * len(rows))
    assert checkin_report(workshop, 2, second, feedback=quiet).customers is None
    turkish = checkin_report(demo_workshop(Language.TURKISH), 2, second, feedback=feedback)
    said = squeeze(pdf_text(build_checkin_report_pdf(turkish).data))
    assert squeeze("18 Haziran 2026 tarihinden bu yana müşteriler: 2 yorum, NPS 0") in said
