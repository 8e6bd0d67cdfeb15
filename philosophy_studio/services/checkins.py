"""Check-ins after the workshop, as the command line and the app plan them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from philosophy_studio.analysis.metric_trend import MetricTrend, metric_trend
from philosophy_studio.analysis.pulse import Ratings
from philosophy_studio.analysis.satisfaction import NpsFigures
from philosophy_studio.domain.checkin_commands import SetCheckInDays, SetMetricReadings
from philosophy_studio.domain.checkins import (
    PlannedCheckIn,
    checkin_days,
    default_plan,
    meeting_of,
    workshop_plan,
)
from philosophy_studio.domain.errors import NoSuchCheckInError
from philosophy_studio.domain.feedback import Feedback, ScoreScale
from philosophy_studio.domain.metric_targets import Direction, mentions_speed, parse_target
from philosophy_studio.domain.model import Language, MetricReading, Workshop
from philosophy_studio.export.calendar import checkins_calendar
from philosophy_studio.export.charter_pdf import Paper, PdfResult
from philosophy_studio.export.checkin_report import (
    CheckInReport,
    CustomerPeriod,
    MetricLine,
    PulseFigures,
    PulseLine,
    ValueCustomers,
    ValueLine,
    build_checkin_report_pdf,
)
from philosophy_studio.fileio import write_export
from philosophy_studio.importing.metric_readings import read_readings
from philosophy_studio.services.pulse import checkin_pulse
from philosophy_studio.services.workshop_service import WorkshopService


def _counted_from(workshop: Workshop, today: dt.date | None) -> dt.date:
    return workshop.info.date or today or dt.date.today()


def plan_checkins(
    location: str | Path,
    days: Sequence[dt.date] | None,
    *,
    workshop_id: int | None = None,
    today: dt.date | None = None,
) -> tuple[PlannedCheckIn, ...]:
    """Keep ``days`` as the workshop's check-ins; with None, the method's plan from the
    workshop's day (or ``today`` when it has none); with no days, no plan. Returns the
    plan now kept (the method's while none is)."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        start = _counted_from(service.load(), today)
        chosen = tuple(c.day for c in default_plan(start)) if days is None else checkin_days(days)
        service.execute(SetCheckInDays(chosen))
        return workshop_plan(chosen, start)


def export_checkin_calendar(
    location: str | Path,
    output: Path,
    *,
    workshop_id: int | None = None,
    days: Sequence[dt.date] = (),
    today: dt.date | None = None,
) -> tuple[PlannedCheckIn, ...]:
    """Write the check-ins on ``days`` (by default the workshop's plan, or the method's
    while it has none) as a calendar file."""
    workshop = WorkshopService.read(location, workshop_id=workshop_id)
    return write_checkin_calendar(workshop, output, days=days, today=today)


def shown_plan(workshop: Workshop, today: dt.date | None = None) -> tuple[PlannedCheckIn, ...]:
    """The check-ins the team planned, or the method's while it planned none."""
    return workshop_plan(workshop.checkin_days, _counted_from(workshop, today))


def write_checkin_calendar(
    workshop: Workshop,
    output: Path,
    *,
    days: Sequence[dt.date] = (),
    today: dt.date | None = None,
) -> tuple[PlannedCheckIn, ...]:
    """Write the check-ins on ``days`` (by default those shown_plan gives) as a
    calendar file that calendar programs import."""
    info = workshop.info
    plan = workshop_plan(days or workshop.checkin_days, _counted_from(workshop, today))
    data = checkins_calendar(
        plan,
        team_name=info.team_name,
        language=info.language,
        # The same workshop gives the same event ids, wherever its file is moved.
        calendar_key=f"{workshop.id}/{info.team_name}/{info.date}",
        stamp=dt.datetime.now(dt.UTC),
    )
    write_export(output, data)
    return plan


@dataclass(frozen=True)
class ImportedReadings:
    readings: int
    metrics: int
    # Readings that took the place of one stored for the same metric and day.
    replaced: int


def import_metric_readings(
    location: str | Path,
    path: Path,
    *,
    workshop_id: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportedReadings:
    """Store the readings in the file at ``path`` of the workshop's metrics, all of them
    or none (see importing.metric_readings for the layouts read)."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        workshop = service.load()
        readings = readings_in_file(workshop, path, encoding=encoding, delimiter=delimiter)
        service.execute(SetMetricReadings(readings))
    return imported_readings(workshop, readings)


def readings_in_file(
    workshop: Workshop, path: Path, *, encoding: str | None = None, delimiter: str | None = None
) -> tuple[MetricReading, ...]:
    """The readings of the workshop's metrics in the file at ``path``, read but not
    stored; a MetricReadingsError (or AnswersFileError) says why there are none."""
    metrics = [metric for card in workshop.value_cards for metric in card.metrics]
    turkish = workshop.info.language is Language.TURKISH
    return read_readings(path, metrics, turkish=turkish, encoding=encoding, delimiter=delimiter)


def imported_readings(workshop: Workshop, readings: Sequence[MetricReading]) -> ImportedReadings:
    """What storing ``readings`` in ``workshop`` as it stands adds and replaces."""
    stored = {(r.metric_id, r.day) for r in workshop.metric_readings}
    return ImportedReadings(
        readings=len(readings),
        metrics=len({r.metric_id for r in readings}),
        replaced=sum((r.metric_id, r.day) in stored for r in readings),
    )


@dataclass(frozen=True)
class MetricStatus:
    value: str
    metric_id: int
    metric: str
    target: str
    trend: MetricTrend


def metric_statuses(workshop: Workshop) -> tuple[MetricStatus, ...]:
    """Every metric of the chosen values (in their order) with its readings against its
    target; a target that names no number gets no verdict."""
    turkish = workshop.info.language is Language.TURKISH
    by_metric: dict[int, list[tuple[dt.date, float]]] = {}
    for reading in workshop.metric_readings:
        by_metric.setdefault(reading.metric_id, []).append((reading.day, reading.value))
    return tuple(
        MetricStatus(
            card.name,
            metric.id,
            metric.name,
            metric.target,
            metric_trend(
                by_metric.get(metric.id, []), parse_target(metric.target, metric.name, turkish=turkish)
            ),
        )
        for card in workshop.chosen_values
        for metric in card.metrics
    )


def checkin_status(
    location: str | Path, *, workshop_id: int | None = None
) -> tuple[Workshop, tuple[MetricStatus, ...]]:
    workshop = WorkshopService.read(location, workshop_id=workshop_id)
    return workshop, metric_statuses(workshop)


def report_checkin(plan: Sequence[PlannedCheckIn], today: dt.date) -> int:
    """The check-in a report is for when none is named: the latest one due by
    ``today``, or the first while none is."""
    due = [checkin.number for checkin in plan if checkin.day <= today]
    return due[-1] if due else 1


def checkin_report(
    workshop: Workshop,
    number: int | None = None,
    today: dt.date | None = None,
    *,
    feedback: Feedback | None = None,
) -> CheckInReport:
    """What the report of check-in ``number`` (by default report_checkin's) says.

    Each reading counts for the meeting nearest its day: the workshop (the baseline)
    or a check-in. "Now" is a metric's latest reading of this check-in, "before" its
    latest of any meeting before it."""
    today = today or dt.date.today()
    plan = shown_plan(workshop, today)
    number = report_checkin(plan, today) if number is None else number
    if not 1 <= number <= len(plan):
        raise NoSuchCheckInError(number=number, planned=len(plan))
    checkin = plan[number - 1]
    start = _counted_from(workshop, today)
    meetings = sorted({start, *(c.day for c in plan)})
    this = meetings.index(checkin.day)
    turkish = workshop.info.language is Language.TURKISH
    by_metric: dict[int, list[tuple[dt.date, float]]] = {}
    for reading in sorted(workshop.metric_readings, key=lambda r: r.day):
        by_metric.setdefault(reading.metric_id, []).append((reading.day, reading.value))

    def line(metric_id: int, name: str, target_text: str) -> MetricLine:
        counted = [(r, meeting_of(r[0], meetings)) for r in by_metric.get(metric_id, [])]
        now = next((r for r, meeting in reversed(counted) if meeting == this), None)
        before = next((r for r, meeting in reversed(counted) if meeting < this), None)
        target = parse_target(target_text, name, turkish=turkish)
        improved = None
        if target is not None and now is not None and before is not None and now[1] != before[1]:
            improved = (now[1] > before[1]) == (target.direction is Direction.AT_LEAST)
        return MetricLine(
            name=name,
            target=target_text,
            before=before,
            now=now,
            readings=tuple(r for r, meeting in counted if meeting <= this),
            target_value=target.value if target is not None else None,
            on_target=target.met_by(now[1]) if target is not None and now is not None else None,
            improved=improved,
            speed=mentions_speed(name),
        )

    period, by_value = (
        _customers(workshop, feedback, meetings[: this + 1]) if feedback is not None and this else (None, {})
    )
    reviews = {r.card_id: r for r in workshop.commitment_reviews if r.day == checkin.day}
    pulse = checkin_pulse(workshop, checkin.day, [c.day for c in plan])
    pulses = {
        card.id: PulseLine(
            value.respondents,
            value.hidden,
            _figures(value.lived, value.lived_change),
            _figures(value.leaders, value.leaders_change),
        )
        for card, value in pulse.values
    }
    vision = workshop.chosen_vision
    return CheckInReport(
        language=workshop.info.language,
        team=workshop.info.team_name,
        organisation=workshop.info.organisation,
        vision=vision.text.strip() if vision is not None else "",
        number=number,
        planned=len(plan),
        day=checkin.day,
        workshop_day=workshop.info.date,
        previous_day=plan[number - 2].day if number > 1 else None,
        next_day=plan[number].day if number < len(plan) else None,
        values=tuple(
            ValueLine(
                card.name,
                card.leader_commitment.strip(),
                tuple(line(m.id, m.name, m.target) for m in card.metrics if m.name.strip()),
                reviews.get(card.id),
                pulses.get(card.id) if pulse.respondents else None,
                by_value.get(card.id),
            )
            for card in workshop.chosen_values
        ),
        pulse_respondents=pulse.respondents,
        pulse_minimum=pulse.minimum,
        customers=period,
        accent=workshop.accent_colour,
        logo=workshop.logo,
    )


def _customers(
    workshop: Workshop, feedback: Feedback, meetings: Sequence[dt.date]
) -> tuple[CustomerPeriod | None, dict[int, ValueCustomers]]:
    """What customers said between the last two of ``meetings`` (the meeting before
    and this check-in), and NPS or CSAT of the period before for the change: for the
    first check-in that is everything up to the workshop, the charter's baseline.
    Comments without a day belong to no period."""
    from philosophy_studio.analysis.alignment import ValueWords, value_alignment
    from philosophy_studio.analysis.satisfaction import csat_figures, nps_figures
    from philosophy_studio.services.analysis import analysis_options

    start, end = meetings[-2], meetings[-1]
    earlier = meetings[-3] if len(meetings) > 2 else None
    rows = [n for n, day in enumerate(feedback.dates) if day is not None and start < day <= end]
    if not rows:
        return None, {}
    before = [
        score
        for score, day in zip(feedback.scores, feedback.dates, strict=True)
        if day is not None and day <= start and (earlier is None or earlier < day)
    ]
    scores = [feedback.scores[n] for n in rows]
    figures = nps_figures if feedback.scale is ScoreScale.NPS else csat_figures

    def figure(of: Sequence[int | None]) -> float | None:
        if feedback.scale is None:
            return None
        found = figures(of)
        return found.nps if isinstance(found, NpsFigures) else found.csat

    now = figures(scores) if feedback.scale is not None else None
    period = CustomerPeriod(
        start=start,
        end=end,
        comments=sum(1 for n in rows if feedback.texts[n]),
        scored=now.scored if now is not None else 0,
        scale=feedback.scale,
        figure=figure(scores),
        before=figure(before),
    )
    cards = workshop.chosen_values
    if not cards:
        return period, {}
    alignment = value_alignment(
        [feedback.texts[n] for n in rows],
        [ValueWords.of_card(card) for card in cards],
        analysis_options(workshop),
        scores=scores,
        scale=feedback.scale,
    )
    return period, {
        value.key: ValueCustomers(value.comments, value.promoters, value.detractors)
        for value in alignment.values
    }


def _figures(ratings: Ratings | None, change: float | None) -> PulseFigures | None:
    if ratings is None or ratings.mean is None or ratings.agreeing is None:
        return None
    return PulseFigures(ratings.mean, ratings.agreeing, change)


def write_checkin_report(
    workshop: Workshop,
    output: Path,
    *,
    number: int | None = None,
    paper: Paper = Paper.A4,
    today: dt.date | None = None,
    feedback: Feedback | None = None,
) -> tuple[CheckInReport, PdfResult]:
    report = checkin_report(workshop, number, today, feedback=feedback)
    result = build_checkin_report_pdf(report, paper)
    write_export(output, result.data)
    return report, result


def export_checkin_report(
    location: str | Path,
    output: Path,
    *,
    workshop_id: int | None = None,
    number: int | None = None,
    paper: Paper = Paper.A4,
    today: dt.date | None = None,
) -> tuple[CheckInReport, PdfResult]:
    """Write the report of check-in ``number`` (see checkin_report) as a PDF, with
    what customers said in its period when the workshop holds their feedback."""
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        workshop = service.load()
        feedback = report_feedback(service)
    return write_checkin_report(workshop, output, number=number, paper=paper, today=today, feedback=feedback)


def report_feedback(service: WorkshopService) -> Feedback | None:
    """The customers' feedback a check-in report reads its period's from (None when the
    workshop holds none): read on demand, never with the workshop itself."""
    from philosophy_studio.persistence import feedback as stored

    with service.store.read() as session:
        feedback = stored.load_feedback(session, service.workshop_id)
    return feedback if len(feedback) else None
