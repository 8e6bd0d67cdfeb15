"""Use cases of the Charter step: build the charter or its poster for a workshop, write
it to a file atomically, and list what the workshop still lacks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from philosophy_studio.domain.errors import NoSuchCharterVersionError
from philosophy_studio.domain.model import (
    MAX_CHOSEN_VALUES,
    CharterVersion,
    GuidelineQuestion,
    SharingChannel,
    Workshop,
)
from philosophy_studio.domain.rules.unfinished import shared_what, unnamed_metric, unwritten_behaviour
from philosophy_studio.domain.steps import Step
from philosophy_studio.export.charter_content import CustomerSummary, charter_content
from philosophy_studio.export.charter_pdf import Paper
from philosophy_studio.export.charter_versions import CharterDiff, LineChange, changed_since_kept
from philosophy_studio.fileio import write_export
from philosophy_studio.work import WorkControl

__all__ = [
    "CharterDiff",
    "CharterExport",
    "CharterFormat",
    "LineChange",
    "Missing",
    "MissingItem",
    "Paper",
    "changed_since_kept",
]


class CharterFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"


@dataclass(frozen=True)
class CharterExport:
    data: bytes
    pages: int  # 0 for HTML and Markdown
    # Characters the PDF font cannot draw, shown as a placeholder: (character, count).
    replaced: tuple[tuple[str, int], ...] = ()
    # Right-to-left text appears; the PDF lays it out left to right.
    right_to_left: bool = False

    @property
    def has_warnings(self) -> bool:
        return bool(self.replaced) or self.right_to_left


def build_charter(
    workshop: Workshop,
    *,
    fmt: CharterFormat = CharterFormat.PDF,
    paper: Paper = Paper.A4,
    poster: bool = False,
    control: WorkControl | None = None,
    customers: CustomerSummary | None = None,
) -> CharterExport:
    """The charter (or, for PDF, the one-page poster) of ``workshop`` as bytes, with
    ``customers`` as its appendix "What our customers say today" when given."""
    content = charter_content(workshop, customers)
    if fmt is CharterFormat.HTML:
        from philosophy_studio.export.charter_html import build_charter_html

        return CharterExport(build_charter_html(content).encode("utf-8"), 0)
    if fmt is CharterFormat.MARKDOWN:
        from philosophy_studio.export.charter_markdown import build_charter_markdown

        return CharterExport(build_charter_markdown(content).encode("utf-8"), 0)
    from philosophy_studio.export.charter_pdf import build_charter_pdf, build_poster_pdf

    result = build_poster_pdf(content, paper) if poster else build_charter_pdf(content, paper, control)
    return CharterExport(
        result.data,
        result.pages,
        tuple(sorted(result.report.replaced.items(), key=lambda item: (-item[1], item[0]))),
        result.report.right_to_left,
    )


def export_charter(
    workshop: Workshop,
    path: Path,
    *,
    fmt: CharterFormat = CharterFormat.PDF,
    paper: Paper = Paper.A4,
    poster: bool = False,
    control: WorkControl | None = None,
    customers: CustomerSummary | None = None,
) -> CharterExport:
    """Build and write to ``path``; a crash never leaves half a file under that name,
    and a workshop, a folder or a device there is never replaced (fileio.write_export)."""
    result = build_charter(
        workshop, fmt=fmt, paper=paper, poster=poster, control=control, customers=customers
    )
    if control is not None:
        control.check()
    write_export(path, result.data)
    return result


def export_charter_file(
    location: str | Path,
    output: Path,
    *,
    workshop_id: int | None = None,
    fmt: CharterFormat = CharterFormat.PDF,
    paper: Paper = Paper.A4,
    poster: bool = False,
    with_feedback: bool = False,
) -> CharterExport:
    """The command line's export: read the workshop at ``location``, write ``output``;
    ``with_feedback`` adds the customers' appendix (NoFeedbackError without feedback)."""
    from philosophy_studio.services.workshop_service import WorkshopService

    customers = None
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        workshop = service.load()
        if with_feedback:
            from philosophy_studio.services.feedback import customer_summary

            customers = customer_summary(service)
    return export_charter(workshop, output, fmt=fmt, paper=paper, poster=poster, customers=customers)


class Missing(StrEnum):
    """Something the charter would be better with, and where it is added."""

    NO_VISION = "no_vision"
    NO_VALUES = "no_values"
    TOO_MANY_VALUES = "too_many_values"
    NO_VALUE_SET_NAME = "no_value_set_name"
    VALUES_WITHOUT_MEANING = "values_without_meaning"
    UNANSWERED_QUESTIONS = "unanswered_questions"
    VALUES_WITHOUT_METRICS = "values_without_metrics"
    VALUES_WITHOUT_BEHAVIOURS = "values_without_behaviours"
    # Added but never written (counts the items, not the values).
    UNNAMED_METRICS = "unnamed_metrics"
    UNWRITTEN_BEHAVIOURS = "unwritten_behaviours"
    NO_PERSONAS = "no_personas"
    NO_APPROACH = "no_approach"
    VALUES_WITHOUT_COMMITMENT = "values_without_commitment"
    NO_SHARING_PLAN = "no_sharing_plan"
    UNFINISHED_SHARING = "unfinished_sharing"
    # "Other" with no place of the team's own: the charter would print just "Other".
    PLACES_LEFT_AS_OTHER = "places_left_as_other"


_STEP_OF = {
    Missing.NO_VISION: Step.VISION,
    Missing.NO_VALUES: Step.VALUES,
    Missing.TOO_MANY_VALUES: Step.VALUES,
    Missing.NO_VALUE_SET_NAME: Step.VALUES,
    Missing.VALUES_WITHOUT_MEANING: Step.VALUES,
    Missing.UNANSWERED_QUESTIONS: Step.GUIDELINES,
    Missing.VALUES_WITHOUT_METRICS: Step.GUIDELINES,
    Missing.VALUES_WITHOUT_BEHAVIOURS: Step.GUIDELINES,
    Missing.UNNAMED_METRICS: Step.GUIDELINES,
    Missing.UNWRITTEN_BEHAVIOURS: Step.GUIDELINES,
    Missing.NO_PERSONAS: Step.PERSONAS,
    Missing.NO_APPROACH: Step.PERSONAS,
    Missing.VALUES_WITHOUT_COMMITMENT: Step.SHARE,
    Missing.NO_SHARING_PLAN: Step.SHARE,
    Missing.UNFINISHED_SHARING: Step.SHARE,
    Missing.PLACES_LEFT_AS_OTHER: Step.SHARE,
}


@dataclass(frozen=True)
class MissingItem:
    kind: Missing
    # How many values (or unfinished items) it concerns (1 for workshop-wide items).
    count: int = 1

    @property
    def step(self) -> Step:
        return _STEP_OF[self.kind]


def missing_items(workshop: Workshop) -> tuple[MissingItem, ...]:
    """What the charter still lacks, in the order of the method's steps."""
    items: list[MissingItem] = []
    chosen = workshop.chosen_values

    def per_value(kind: Missing, count: int) -> None:
        if count:
            items.append(MissingItem(kind, count))

    if not any(p.name.strip() for p in workshop.personas):
        items.append(MissingItem(Missing.NO_PERSONAS))
    if workshop.approach is None:
        items.append(MissingItem(Missing.NO_APPROACH))
    if not chosen:
        items.append(MissingItem(Missing.NO_VALUES))
    elif len(chosen) > MAX_CHOSEN_VALUES:
        items.append(MissingItem(Missing.TOO_MANY_VALUES, len(chosen)))
    if chosen and not workshop.value_set_name.strip():
        items.append(MissingItem(Missing.NO_VALUE_SET_NAME))
    per_value(Missing.VALUES_WITHOUT_MEANING, sum(1 for c in chosen if not c.description.strip()))
    vision = workshop.chosen_vision
    if vision is None or not vision.text.strip():
        items.append(MissingItem(Missing.NO_VISION))
    questions = len(GuidelineQuestion)
    per_value(Missing.UNANSWERED_QUESTIONS, sum(1 for c in chosen if c.answered_questions < questions))
    per_value(Missing.VALUES_WITHOUT_METRICS, sum(1 for c in chosen if not c.metrics))
    per_value(Missing.UNNAMED_METRICS, sum(1 for c in chosen for m in c.metrics if unnamed_metric(m)))
    per_value(Missing.VALUES_WITHOUT_BEHAVIOURS, sum(1 for c in chosen if not c.behaviours))
    per_value(
        Missing.UNWRITTEN_BEHAVIOURS, sum(1 for c in chosen for b in c.behaviours if unwritten_behaviour(b))
    )
    per_value(Missing.VALUES_WITHOUT_COMMITMENT, sum(1 for c in chosen if not c.leader_commitment.strip()))
    if not workshop.sharing_plan:
        items.append(MissingItem(Missing.NO_SHARING_PLAN))
    per_value(Missing.UNFINISHED_SHARING, sum(1 for item in workshop.sharing_plan if not shared_what(item)))
    per_value(
        Missing.PLACES_LEFT_AS_OTHER,
        sum(
            1
            for item in workshop.sharing_plan
            if item.channel is SharingChannel.OTHER and not item.place.strip()
        ),
    )
    return tuple(items)


def charter_text(workshop: Workshop, number: int | None) -> str:
    """Version ``number`` of the charter as kept, or with None the charter as it
    stands now, in the form versions are compared in."""
    from philosophy_studio.export.charter_versions import charter_snapshot

    if number is None:
        return charter_snapshot(workshop)
    found = next((v for v in workshop.charter_versions if v.number == number), None)
    if found is None:
        kept = ", ".join(str(v.number) for v in workshop.charter_versions) or "-"
        raise NoSuchCharterVersionError(number=number, kept=kept)
    return found.text


def compare_versions(workshop: Workshop, first: int | None, second: int | None) -> CharterDiff:
    """What changed from ``first`` to ``second`` (None: the charter as it stands)."""
    from philosophy_studio.export.charter_versions import compare_charters

    return compare_charters(charter_text(workshop, first), charter_text(workshop, second))


def keep_version_at(
    location: str | Path, *, note: str, day: dt.date, workshop_id: int | None = None
) -> CharterVersion:
    """The command line's keep-charter: keep the charter at ``location`` as its next
    version (CharterUnchangedError when it has not changed since the last)."""
    from philosophy_studio.domain.charter_commands import KeepCharterVersion
    from philosophy_studio.services.workshop_service import WorkshopService

    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        service.execute(KeepCharterVersion(day, note))
        return service.load().charter_versions[-1]


def read_versions_at(location: str | Path, *, workshop_id: int | None = None) -> Workshop:
    from philosophy_studio.services.workshop_service import WorkshopService

    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        return service.load()
