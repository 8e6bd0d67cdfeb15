"""The check-in report: one or two pages for the meeting a month, a quarter or half a
year after the workshop. Per value, its metrics against their targets, what moved since
the check-in before, and what the leaders promised; in the workshop's language, with
the charter's type, its colours (the workshop's accent) and its logo
(export/charter_pdf.py)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from philosophy_studio.domain.cover import Logo
from philosophy_studio.domain.feedback import ScoreScale
from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus, Language
from philosophy_studio.export.charter_pdf import (
    GOLD,
    MM,
    MUTED,
    SIDE,
    TOP,
    Paper,
    PdfResult,
    Styles,
    Writer,
    beside_logo,
    colour,
    document_template,
    grid,
    numbered_canvas,
    page_count,
    palette,
)
from philosophy_studio.export.charter_texts import charter_texts
from philosophy_studio.export.fonts import BOLD, FAMILY, register_fonts
from philosophy_studio.export.markup import GlyphReport, drawable, paragraph_text
from philosophy_studio.export.typography import typographic as q

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Reading = tuple[dt.date, float]


@dataclass(frozen=True)
class MetricLine:
    name: str
    target: str
    # The latest reading of an earlier meeting (the workshop's baseline or a check-in),
    # and the latest of this check-in; None where there is none.
    before: Reading | None
    now: Reading | None
    # Every reading up to this check-in, for the trend.
    readings: tuple[Reading, ...]
    target_value: float | None
    on_target: bool | None
    # Whether the move from ``before`` to ``now`` went the target's way; None when it
    # did not move or there is no target or no two readings.
    improved: bool | None
    speed: bool


@dataclass(frozen=True)
class PulseFigures:
    """One pulse question about a value: the mean, the share who chose 4 or 5, and the
    mean's change since the check-in before (None: none to compare with)."""

    mean: float
    agreeing: float
    change: float | None


@dataclass(frozen=True)
class PulseLine:
    """A value's staff pulse at this check-in; ``hidden`` while fewer than the minimum
    answered about it (nothing of it is printed then). A question nobody chose a number
    for has no figures."""

    respondents: int
    hidden: bool
    lived: PulseFigures | None
    leaders: PulseFigures | None


@dataclass(frozen=True)
class ValueCustomers:
    """The customers' comments of the period that speak to one value, and how many of
    them came from promoters and from detractors."""

    comments: int
    promoters: int
    detractors: int


@dataclass(frozen=True)
class CustomerPeriod:
    """What customers said between the meeting before and this check-in: their
    comments dated in that period, NPS or CSAT of their scores (``figure``; None
    without scores) and the same of the period before, for the change."""

    start: dt.date  # exclusive: the meeting before
    end: dt.date  # inclusive: this check-in
    comments: int
    scored: int
    scale: ScoreScale | None
    figure: float | None
    before: float | None


@dataclass(frozen=True)
class ValueLine:
    name: str
    commitment: str
    metrics: tuple[MetricLine, ...]
    # Where the commitment stood at this check-in, as the leaders reviewed it.
    review: CommitmentReview | None = None
    # None when nobody answered this check-in's pulse.
    pulse: PulseLine | None = None
    # None without customer feedback dated in the period.
    customers: ValueCustomers | None = None


@dataclass(frozen=True)
class CheckInReport:
    language: Language
    team: str
    organisation: str
    vision: str
    number: int
    planned: int
    day: dt.date
    workshop_day: dt.date | None
    previous_day: dt.date | None  # the check-in before; None for the first
    next_day: dt.date | None
    values: tuple[ValueLine, ...]
    # How many answered this check-in's staff pulse, and from how many on it is shown.
    pulse_respondents: int = 0
    pulse_minimum: int = 0
    # None when the workshop holds no customer feedback dated in this period.
    customers: CustomerPeriod | None = None
    # The charter's cover: its accent colour ('' for the charter's own) and logo.
    accent: str = ""
    logo: Logo | None = None

    @property
    def metrics(self) -> tuple[MetricLine, ...]:
        return tuple(metric for value in self.values for metric in value.metrics)


@dataclass(frozen=True)
class ReportTexts:
    title: str
    checkin: str  # "Check-in {number} of {planned}"
    after: str  # "{days} days after the workshop"
    summary_title: str
    on_target: str  # "{count} of {total} metrics on target"
    improved: str
    slipped: str
    unread: str
    commitment: str
    no_commitment: str
    statuses: dict[CommitmentStatus, str]
    not_reviewed: str
    no_metrics: str
    columns: tuple[str, str, str, str, str, str]
    standing_on: str
    standing_off: str
    standing_none: str
    standing_unread: str
    better: str
    worse: str
    speed_note: str
    speed_mark: str
    previous: str
    next_checkin: str
    no_values: str
    pulse_count: str  # "{count} people answered the staff pulse"
    pulse_hidden: str  # below the minimum for the whole check-in
    pulse_value_hidden: str
    pulse_line: str  # "pulse · lived {lived} · leaders {leaders}", beside the value's name
    pulse_figures: str  # "{mean} ({share})", as the summary's pulse_count explains
    pulse_changed: str  # the same with the change since the check-in before
    percent: str  # "{value}%"
    customers_nps: str  # the period's comments and NPS, in the summary
    customers_csat: str
    customers_unscored: str
    customers_change: str  # " ({change} since the period before)"
    customers_values: str  # "; they spoke to {values}"
    # A value, its comments and those from detractors (NPS 0–6, CSAT 1–2).
    customers_value: str


_ENGLISH = ReportTexts(
    title="Check-in report",
    checkin="Check-in {number} of {planned}",
    after="{days} days after the workshop",
    summary_title="At a glance",
    on_target="{count} of {total} metrics on target",
    improved="{count} moved toward the target since the last meeting",
    slipped="{count} moved away from it",
    unread="{count} without a reading at this check-in",
    commitment="What the leaders promised",
    no_commitment="No commitment written for this value.",
    statuses={
        CommitmentStatus.NOT_STARTED: "Not started",
        CommitmentStatus.IN_PROGRESS: "In progress",
        CommitmentStatus.DONE: "Done",
    },
    not_reviewed="Not reviewed at this check-in.",
    no_metrics="No metric chosen for this value.",
    columns=("Metric", "Target", "Before", "Now", "Trend", "Standing"),
    standing_on="on target",
    standing_off="not yet",
    standing_none="no number in the target",
    standing_unread="no reading",
    better="better",
    worse="worse",
    speed_note="Speed metrics: read them beside a measure of quality, since a fast answer that "
    "breaks a value is not progress.",
    speed_mark="speed",
    previous="Compared with the check-in of {day}.",
    next_checkin="Next check-in: {day}.",
    no_values="No values chosen yet: the report lists the metrics of the values the team keeps.",
    pulse_count="{count} people answered the staff pulse; beside each value, for living it and for the "
    "leaders modelling it: the mean from 1 (not at all) to 5 (fully), the share who chose 4–5 and the "
    "change since the check-in before.",
    pulse_hidden="Staff pulse: {count} answered; the results are shown from {minimum} on, so that no "
    "one's answers can be told apart.",
    pulse_value_hidden="pulse · fewer than {minimum} answered: hidden",
    pulse_line="pulse · lived {lived} · leaders {leaders}",
    pulse_figures="{mean} ({share})",
    pulse_changed="{mean} ({share}, {change})",
    percent="{value}%",
    customers_nps="Customers since {start}: {comments} comments, NPS {figure}{change}",
    customers_csat="Customers since {start}: {comments} comments, CSAT {figure}{change}",
    customers_unscored="Customers since {start}: {comments} comments",
    customers_change=" ({change} on the period before)",
    customers_values="; most spoken of: {values}",
    customers_value="{value} {comments} ({detractors} unhappy)",
)

_TURKISH = ReportTexts(
    title="Ara değerlendirme raporu",
    checkin="{number}. ara değerlendirme ({planned} planlı)",
    after="atölyeden {days} gün sonra",
    summary_title="Özet",
    on_target="{total} ölçütten {count} tanesi hedefte",
    improved="{count} tanesi son buluşmadan bu yana hedefe yaklaştı",
    slipped="{count} tanesi hedeften uzaklaştı",
    unread="{count} tanesinin bu değerlendirmede ölçümü yok",
    commitment="Liderlerin sözü",
    no_commitment="Bu değer için yazılmış bir söz yok.",
    statuses={
        CommitmentStatus.NOT_STARTED: "Başlanmadı",
        CommitmentStatus.IN_PROGRESS: "Sürüyor",
        CommitmentStatus.DONE: "Yapıldı",
    },
    not_reviewed="Bu değerlendirmede gözden geçirilmedi.",
    no_metrics="Bu değer için seçilmiş bir ölçüt yok.",
    columns=("Ölçüt", "Hedef", "Önce", "Şimdi", "Gidişat", "Durum"),
    standing_on="hedefte",
    standing_off="henüz değil",
    standing_none="hedefte sayı yok",
    standing_unread="ölçüm yok",
    better="iyileşti",
    worse="geriledi",
    speed_note="Hız ölçütlerini bir kalite ölçütüyle birlikte okuyun: Bir değeri çiğneyen hızlı "
    "cevap ilerleme değildir.",
    speed_mark="hız",
    previous="{day} tarihli değerlendirmeyle karşılaştırıldı.",
    next_checkin="Sonraki değerlendirme: {day}.",
    no_values="Henüz değer seçilmedi: rapor, ekibin tuttuğu değerlerin ölçütlerini listeler.",
    pulse_count="Çalışan nabzını {count} kişi yanıtladı; her değerin yanında, değeri yaşamamız ve liderlerin "
    "örnek olması için: 1 (hiç) ile 5 (tamamen) arası ortalama, 4–5 seçenlerin payı ve önceki "
    "değerlendirmeden bu yana değişim.",
    pulse_hidden="Çalışan nabzı: {count} kişi yanıtladı; kimsenin yanıtı ayırt edilemesin diye sonuçlar "
    "{minimum} kişiden itibaren gösterilir.",
    pulse_value_hidden="nabız · {minimum} kişiden az yanıt: gizli",
    pulse_line="nabız · yaşadık {lived} · liderler {leaders}",
    pulse_figures="{mean} ({share})",
    pulse_changed="{mean} ({share}, {change})",
    percent="%{value}",
    customers_nps="{start} tarihinden bu yana müşteriler: {comments} yorum, NPS {figure}{change}",
    customers_csat="{start} tarihinden bu yana müşteriler: {comments} yorum, CSAT {figure}{change}",
    customers_unscored="{start} tarihinden bu yana müşteriler: {comments} yorum",
    customers_change=" (önceki döneme göre {change})",
    customers_values="; en çok söz ettikleri: {values}",
    customers_value="{value} {comments} ({detractors} memnun olmayan)",
)

_TEXTS = {Language.ENGLISH: _ENGLISH, Language.TURKISH: _TURKISH}
# The values customers spoke of most, named in the summary.
SPOKEN_OF = 3


def report_texts(language: Language) -> ReportTexts:
    return _TEXTS[language]


def _number(value: float, language: Language) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language is Language.TURKISH:
        # 1,250.5 → 1.250,5
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _reading(reading: Reading | None, language: Language) -> str:
    if reading is None:
        return "–"
    day, value = reading
    short = day.strftime("%d.%m.%y") if language is Language.TURKISH else day.strftime("%d/%m/%y")
    return f"{_number(value, language)}\n{short}"


def _standing(metric: MetricLine, texts: ReportTexts) -> str:
    if metric.now is None:
        return texts.standing_unread
    if metric.on_target is None:
        return texts.standing_none
    verdict = texts.standing_on if metric.on_target else texts.standing_off
    # In words: an arrow up would say "higher", which is worse for a metric to keep low.
    moved = {True: f" · {texts.better}", False: f" · {texts.worse}", None: ""}[metric.improved]
    return verdict + moved


# --- the PDF -------------------------------------------------------------------------


# The logo beside the report's heading: smaller than on the charter's cover, so the
# team's name keeps most of the line.
LOGO_ROOM = (36 * MM, 18 * MM)


def build_checkin_report_pdf(report: CheckInReport, paper: Paper = Paper.A4) -> PdfResult:
    from reportlab.platypus import Frame, PageTemplate, Spacer

    register_fonts()
    width, height = paper.size
    texts = report_texts(report.language)
    writer = Writer(Styles(colours=palette(report.accent)))
    styles = writer.styles
    charter = charter_texts(report.language)
    date_of = charter.date
    content_width = width - 2 * SIDE

    from reportlab.lib.styles import ParagraphStyle

    # The charter's cover sizes, tightened: the report is one or two pages, not a cover.
    heading_date = ParagraphStyle("reportDate", parent=styles.date, spaceAfter=4)
    # The frame pads its text by 6 pt each side: the logo ends where the text does.
    story: list[Flowable] = beside_logo(
        [writer.fixed(texts.title, styles.label), writer.para(q(report.team), styles.h1)],
        report.logo,
        LOGO_ROOM,
        content_width - 12,
    )
    line = texts.checkin.format(number=report.number, planned=report.planned) + " · " + date_of(report.day)
    if report.workshop_day is not None and report.day >= report.workshop_day:
        line += " · " + texts.after.format(days=(report.day - report.workshop_day).days)
    story.append(writer.fixed(line, heading_date))
    around = []
    if report.previous_day is not None:
        around.append(texts.previous.format(day=date_of(report.previous_day)))
    if report.next_day is not None:
        around.append(texts.next_checkin.format(day=date_of(report.next_day)))
    if around:
        story.append(writer.fixed(" ".join(around), styles.small))
    if report.vision:
        # The charter's words for it: the report reads as a page of the charter.
        story.append(writer.fixed(charter.vision, styles.h3))
        story.append(writer.para(q(report.vision), styles.meaning))
    story += _summary(report, texts, writer)
    if not report.values:
        story.append(writer.fixed(texts.no_values, styles.body))
    for value in report.values:
        pulse = _pulse_line(value, report, texts)
        story += _value(value, report.language, texts, writer, content_width, pulse=pulse)
    if any(metric.speed for metric in report.metrics):
        story.append(Spacer(1, 8))
        story.append(writer.fixed(texts.speed_note, styles.small))

    output = io.BytesIO()
    document = document_template(
        output, paper, f"{texts.title} · {report.team}", report.organisation or report.team, bottom=TOP
    )
    frame = Frame(SIDE, TOP, width - 2 * SIDE, height - 2 * TOP, id="body")
    document.addPageTemplates([PageTemplate("body", [frame])])
    page_of = charter.page_of
    header = drawable(report.team, GlyphReport())
    document.build(
        story, canvasmaker=numbered_canvas(header, texts.title, page_of, width, height, cover=False)
    )
    data = output.getvalue()
    return PdfResult(data, page_count(data), writer.report)


def _summary(report: CheckInReport, texts: ReportTexts, writer: Writer) -> list[Flowable]:
    metrics = report.metrics
    pulse = _pulse_summary(report, texts)
    if not metrics and not pulse and report.customers is None:
        return []
    styles = writer.styles
    with_target = [m for m in metrics if m.on_target is not None]
    lines = (
        [texts.on_target.format(count=sum(bool(m.on_target) for m in with_target), total=len(metrics))]
        if metrics
        else []
    )
    improved = sum(m.improved is True for m in metrics)
    slipped = sum(m.improved is False for m in metrics)
    unread = sum(m.now is None for m in metrics)
    if improved:
        lines.append(texts.improved.format(count=improved))
    if slipped:
        lines.append(texts.slipped.format(count=slipped))
    if unread:
        lines.append(texts.unread.format(count=unread))
    customers = _customers_summary(report, texts)
    # The pulse's and the customers' sentences in the same paragraph: lines of their
    # own would push the report past two pages.
    glance = " · ".join(part for part in (*lines, pulse, customers) if part)
    return [writer.fixed(texts.summary_title, styles.h3), writer.fixed(glance, styles.body)]


def _customers_summary(report: CheckInReport, texts: ReportTexts) -> str:
    period = report.customers
    if period is None:
        return ""
    spoken = sorted(
        (value for value in report.values if value.customers is not None and value.customers.comments),
        key=lambda value: -value.customers.comments,  # type: ignore[union-attr]
    )[:SPOKEN_OF]
    named = [
        texts.customers_value.format(
            value=q(value.name), comments=value.customers.comments, detractors=value.customers.detractors
        )
        for value in spoken
        if value.customers is not None
    ]
    # One sentence with the figures, the values they spoke to after it: a line per
    # value would push the report past two pages.
    values = texts.customers_values.format(values=", ".join(named)) if named else ""
    return _customers_figures(report, period, texts) + values


def _customers_figures(report: CheckInReport, period: CustomerPeriod, texts: ReportTexts) -> str:
    date_of = charter_texts(report.language).date
    fields = {
        "start": date_of(period.start),
        "comments": period.comments,
        "scored": period.scored,
    }
    if period.figure is None or period.scale is None:
        return texts.customers_unscored.format(**fields)
    change = ""
    if period.before is not None:
        # NPS in whole points, as it is printed; CSAT's percent to a tenth.
        delta = round(period.figure - period.before, 0 if period.scale is ScoreScale.NPS else 1)
        change = texts.customers_change.format(
            change=("+" if delta > 0 else "") + _number(delta, report.language)
        )
    if period.scale is ScoreScale.NPS:
        return texts.customers_nps.format(
            **fields, figure=_number(round(period.figure), report.language), change=change
        )
    figure = texts.percent.format(value=_number(round(period.figure, 1), report.language))
    return texts.customers_csat.format(**fields, figure=figure, change=change)


def _pulse_summary(report: CheckInReport, texts: ReportTexts) -> str:
    if not report.pulse_respondents:
        return ""
    if report.pulse_respondents < report.pulse_minimum:
        return texts.pulse_hidden.format(count=report.pulse_respondents, minimum=report.pulse_minimum)
    return texts.pulse_count.format(count=report.pulse_respondents)


def _pulse_figures(figures: PulseFigures | None, language: Language, texts: ReportTexts) -> str:
    if figures is None:
        return "–"
    share = texts.percent.format(value=round(figures.agreeing * 100))
    mean = _number(round(figures.mean, 1), language)
    if figures.change is None:
        return texts.pulse_figures.format(mean=mean, share=share)
    rounded = round(figures.change, 1)
    sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
    change = sign + _number(abs(rounded), language)
    return texts.pulse_changed.format(mean=mean, share=share, change=change)


def _pulse_line(value: ValueLine, report: CheckInReport, texts: ReportTexts) -> str | None:
    """A value's pulse in one line under its heading (a table of its own would push the
    report past two pages); None while the check-in's pulse is hidden or unanswered."""
    pulse = value.pulse
    if pulse is None or report.pulse_respondents < report.pulse_minimum:
        return None
    if pulse.hidden:
        return texts.pulse_value_hidden.format(minimum=report.pulse_minimum)
    return texts.pulse_line.format(
        lived=_pulse_figures(pulse.lived, report.language, texts),
        leaders=_pulse_figures(pulse.leaders, report.language, texts),
    )


def _value(
    value: ValueLine,
    language: Language,
    texts: ReportTexts,
    writer: Writer,
    width: float,
    *,
    pulse: str | None = None,
) -> list[Flowable]:
    from xml.sax.saxutils import escape

    from reportlab.platypus import KeepTogether, Paragraph

    styles = writer.styles
    heading = paragraph_text(q(value.name), writer.report, BOLD)
    if pulse is not None:
        # Beside the value's name, in small type: a line of its own under each value
        # would push the report past two pages.
        heading += f'<font name="{FAMILY}" size="8.5" color="{MUTED}">\u2003{escape(pulse)}</font>'
    parts: list[Flowable] = [Paragraph(heading, styles.h2)]
    if value.metrics:
        fractions = [0.26, 0.18, 0.12, 0.12, 0.13, 0.19]
        rows = [
            (
                q(metric.name) + (f" ({texts.speed_mark})" if metric.speed else ""),
                q(metric.target) or "–",
                _reading(metric.before, language),
                _reading(metric.now, language),
                _sparkline(metric, width * fractions[4] - 12, styles.palette.ink),
                _standing(metric, texts),
            )
            for metric in value.metrics
        ]
        parts.append(grid(texts.columns, rows, fractions, writer))
    else:
        parts.append(writer.fixed(texts.no_metrics, styles.small))
    promise: list[Flowable] = [writer.fixed(texts.commitment, styles.h3)]
    if value.commitment:
        promise.append(writer.para(q(value.commitment), styles.cell))
    else:
        promise.append(writer.fixed(texts.no_commitment, styles.small))
    review = value.review
    if review is None:
        promise.append(writer.fixed(texts.not_reviewed, styles.small))
    else:
        status = f"<b>{escape(texts.statuses[review.status])}</b>"
        note = paragraph_text(q(review.note.strip()), writer.report) if review.note.strip() else ""
        promise.append(Paragraph(f"{status} · {note}" if note else status, styles.cell))
    # A value's heading stays with its table, and the promise with its review; a page
    # may turn between the two, so a page is not left half empty before a long value.
    return [KeepTogether(parts), KeepTogether(promise)]


def _sparkline(metric: MetricLine, width: float, ink: str) -> Flowable:
    """The readings up to this check-in as a small line in ``ink``, the target dashed across.
    Drawn on the canvas directly: reportlab's graphics renderer would name Helvetica in
    the PDF, a font it does not embed."""
    from reportlab.platypus import Flowable

    height = 22.0
    values = [value for _day, value in metric.readings]
    shown = values + ([metric.target_value] if metric.target_value is not None else [])
    low, high = (min(shown), max(shown)) if shown else (0.0, 1.0)
    spread = (high - low) or abs(high) or 1.0
    first = metric.readings[0][0] if metric.readings else dt.date.min
    days = max((metric.readings[-1][0] - first).days, 1) if metric.readings else 1

    def y(value: float) -> float:
        return 3 + (height - 6) * (value - low) / spread

    def x(day: dt.date) -> float:
        return 3 + (width - 6) * ((day - first).days / days if len(values) > 1 else 0.5)

    class Sparkline(Flowable):
        def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            if metric.target_value is not None:
                canvas.setStrokeColor(colour(GOLD))
                canvas.setLineWidth(0.8)
                canvas.setDash(2, 2)
                canvas.line(0, y(metric.target_value), width, y(metric.target_value))
                canvas.setDash()
            if not values:
                return
            points = [(x(day), y(value)) for day, value in metric.readings]
            canvas.setStrokeColor(colour(ink))
            canvas.setFillColor(colour(ink))
            canvas.setLineWidth(1.4)
            if len(points) > 1:
                path = canvas.beginPath()
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.circle(*points[-1], 2.2, stroke=0, fill=1)

    return Sparkline()
