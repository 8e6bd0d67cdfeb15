"""Reading a workshop as the pages see it: all of it when it opens, then after each edit
only what the edit may have touched; and the fingerprint with which the clients of a
team database notice each other's changes.

An edit of the vision reads the workshop's row and its drafts again and keeps every
other part of the previous snapshot: a few statements rather than one per table, which
on a team database is a few round trips to the server rather than fifteen.
"""

from __future__ import annotations

import dataclasses
import functools
import zlib
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import (
    AnalysisRule,
    AnswerSource,
    Approach,
    CharterVersion,
    Language,
    RuleKind,
    SharingChannel,
    SharingItem,
    SurveyAnswer,
    SurveySettings,
    VisionDraft,
    Workshop,
    WorkshopInfo,
    sort_answers,
)
from philosophy_studio.persistence import phone_secrets
from philosophy_studio.persistence.repository import (
    aware,
    card_value,
    customer_types_in,
    import_records,
    logo_of,
    persona_value,
    pulse_responses,
    readings_of,
    reviews_of,
    round_value,
    service_links,
)
from philosophy_studio.persistence.tables import (
    AnalysisRuleRow,
    BehaviourRow,
    CharterVersionRow,
    CheckInRow,
    CommitmentReviewRow,
    FeedbackImportRow,
    GuidelineAnswerRow,
    MetricReadingRow,
    MetricRow,
    PersonaRow,
    SharingItemRow,
    SurveyAnswerRow,
    ValueCardRow,
    ValueEvidenceRow,
    VisionDraftRow,
    VoteTallyRow,
    VotingRoundRow,
    WorkshopRevisionRow,
    WorkshopRow,
)

# The cards carry their evidence, guideline answers, metrics, behaviours and leaders'
# commitments (told as a change of the sharing plan), which the edits of these aspects
# write.
CARD_ASPECTS = (
    Aspect.VALUES,
    Aspect.VOTES,
    Aspect.GUIDELINES,
    Aspect.CHECKINS,
    Aspect.ANALYSIS,
    Aspect.SHARING,
)
# What an edit may change in the workshop's own row (details, settings, the chosen
# draft, the value set's name, the customer types, the timers): when someone else moved
# its version, the pages showing any of it are told.
ROW_ASPECTS = (
    Aspect.INFO,
    Aspect.SURVEY,
    Aspect.TIMERS,
    Aspect.VISION,
    Aspect.VALUES,
    Aspect.PERSONAS,
    Aspect.ANALYSIS,
)
EVERYTHING_BUT_ANSWERS = Changes(frozenset(Aspect) - {Aspect.ANSWERS})

# The parts of a snapshot read apart from the workshop's row, each with the changes that
# make it be read again.
_READ_AGAIN_ON: dict[str, tuple[Aspect, ...]] = {
    "personas": (Aspect.PERSONAS,),
    "value_cards": CARD_ASPECTS,
    "voting_rounds": (Aspect.VOTES, Aspect.VALUES),
    "analysis_rules": (Aspect.ANALYSIS,),
    "vision_drafts": (Aspect.VISION,),
    "sharing_plan": (Aspect.SHARING,),
    # The readings and reviews kept are only those of the cards there are.
    "checkins": CARD_ASPECTS,
    "charter_versions": (Aspect.CHARTER_VERSIONS,),
    "import_records": (Aspect.SURVEY, Aspect.ANSWERS),
    "answers": (Aspect.ANSWERS,),
    "logo": (Aspect.INFO,),
}
_CARDS = selectinload(WorkshopRow.value_cards)
# How the parts that are the row's relationships are loaded with it.
_LOADED_WITH_ROW = {
    "personas": (selectinload(WorkshopRow.personas),),
    "value_cards": (
        _CARDS.selectinload(ValueCardRow.evidence),
        _CARDS.selectinload(ValueCardRow.guidelines),
        _CARDS.selectinload(ValueCardRow.metrics),
        _CARDS.selectinload(ValueCardRow.behaviours),
    ),
    "voting_rounds": (selectinload(WorkshopRow.voting_rounds).selectinload(VotingRoundRow.tallies),),
    "analysis_rules": (selectinload(WorkshopRow.analysis_rules),),
    "vision_drafts": (selectinload(WorkshopRow.vision_drafts),),
    "sharing_plan": (selectinload(WorkshopRow.sharing_plan),),
    "checkins": (
        selectinload(WorkshopRow.checkins),
        selectinload(WorkshopRow.metric_readings),
        selectinload(WorkshopRow.commitment_reviews),
    ),
    "charter_versions": (selectinload(WorkshopRow.charter_versions),),
}


def load_workshop(session: Session, workshop_id: int, *, with_answers: bool = True) -> Workshop:
    """The whole workshop; without the survey's answers and the pulse responses (which
    may be 100,000) unless ``with_answers``."""
    return _read(session, workshop_id, None, Changes.everything() if with_answers else EVERYTHING_BUT_ANSWERS)


def reload_workshop(session: Session, previous: Workshop, changes: Changes) -> Workshop:
    """``previous``, a snapshot of the same workshop, with what ``changes`` may have
    touched read again and the rest kept (the workshop's row is read again whenever
    anything changed; with no change, nothing is read)."""
    return _read(session, previous.id, previous, changes) if changes else previous


def _read(session: Session, workshop_id: int, previous: Workshop | None, changes: Changes) -> Workshop:
    again = {part for part, aspects in _READ_AGAIN_ON.items() if changes.touches(*aspects)}
    options = [option for part in again for option in _LOADED_WITH_ROW.get(part, ())]
    row = session.scalars(
        select(WorkshopRow).where(WorkshopRow.id == workshop_id).options(*options)
    ).one_or_none()
    if row is None:
        raise NotAWorkshopError(path=f"workshop {workshop_id}")

    fields: dict[str, Any] = _row_fields(row)
    fields["service_links"] = service_links(session, workshop_id)
    if "logo" in again:
        fields["logo"] = logo_of(session, workshop_id) if row.logo_mime else None
    if "personas" in again:
        fields["personas"] = tuple(persona_value(p) for p in row.personas)
    if "value_cards" in again:
        fields["value_cards"] = tuple(card_value(c) for c in row.value_cards)
    cards = fields.get("value_cards", previous.value_cards if previous else ())
    if "voting_rounds" in again:
        fields["voting_rounds"] = tuple(round_value(r) for r in row.voting_rounds)
    if "analysis_rules" in again:
        fields["analysis_rules"] = tuple(
            AnalysisRule(id=r.id, kind=RuleKind(r.kind), terms=tuple(r.terms)) for r in row.analysis_rules
        )
    if "vision_drafts" in again:
        fields["vision_drafts"] = tuple(VisionDraft(id=d.id, text=d.text) for d in row.vision_drafts)
    if "sharing_plan" in again:
        fields["sharing_plan"] = tuple(
            SharingItem(
                id=s.id, channel=SharingChannel(s.channel), what=s.what, who=s.who, when=s.when, place=s.place
            )
            for s in row.sharing_plan
        )
    if "checkins" in again:
        fields["checkin_days"] = tuple(c.day for c in row.checkins)
        fields["metric_readings"] = readings_of(row, cards)
        fields["commitment_reviews"] = reviews_of(row, cards)
    if "charter_versions" in again:
        fields["charter_versions"] = tuple(
            CharterVersion(v.number, v.day, v.note, v.text) for v in row.charter_versions
        )
    if "import_records" in again:
        fields["import_records"] = import_records(session, workshop_id)
    card_ids = {card.id for card in cards}
    if "answers" in again or (
        # The pulse shows the ratings of the cards there are: a card deleted or brought
        # back by an undo changes what it shows.
        previous is not None and card_ids != {card.id for card in previous.value_cards}
    ):
        fields["pulse_responses"] = pulse_responses(session, workshop_id, card_ids)
    if "answers" in again:
        fields["answers"], fields["other_rounds"] = _answers(session, workshop_id, row.survey_round)
    if previous is None:
        return Workshop(**fields)
    workshop = dataclasses.replace(previous, **fields)
    if "answers" not in again and "visible_answer_ids" in previous.__dict__:
        workshop.__dict__["visible_answer_ids"] = previous.visible_answer_ids
    return workshop


def _row_fields(row: WorkshopRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "info": WorkshopInfo(
            team_name=row.team_name,
            language=Language(row.language),
            organisation=row.organisation,
            facilitator=row.facilitator,
            date=row.date,
        ),
        "survey": SurveySettings(
            question=row.survey_question,
            is_open=row.survey_open,
            min_respondents=row.min_respondents,
            keep_question_words=row.keep_question_words,
            open_from=aware(row.survey_open_from),
            open_until=aware(row.survey_open_until),
            round_day=row.survey_round,
        ),
        "approach": Approach(row.approach) if row.approach else None,
        "approach_notes": row.approach_notes,
        "value_set_name": row.value_set_name,
        "chosen_vision_id": row.chosen_vision_id,
        "step_timers": dict(row.step_timers or {}),
        "customer_types": customer_types_in(row.customer_types),
        "accent_colour": row.accent_colour or "",
    }


def _answers(
    session: Session, workshop_id: int, survey_round: Any
) -> tuple[tuple[SurveyAnswer, ...], tuple[SurveyAnswer, ...]]:
    """The answers of the round asked now (which the survey's page, its phones and its
    analysis see) and those of the other rounds."""
    answer_rows = session.scalars(select(SurveyAnswerRow).where(SurveyAnswerRow.workshop_id == workshop_id))
    every_round = [
        SurveyAnswer(
            id=a.id, text=a.text, source=AnswerSource(a.source), hidden=a.hidden, round_day=a.round_day
        )
        for a in answer_rows
    ]
    return (
        sort_answers(a for a in every_round if a.round_day == survey_round),
        sort_answers(a for a in every_round if a.round_day != survey_round),
    )


# --- the fingerprint -------------------------------------------------------------------


def fingerprint(session: Session, workshop_id: int) -> tuple[int, ...]:
    """Row counts and version sums of everything in one workshop. Every edit changes
    a version (versioned rows), a count (inserts and deletes), a sum (tallies) or a
    revision (answers and pulse responses, see persistence/revision.py), so equal
    fingerprints mean nothing changed. Its cost does not grow with the survey: no
    answer, pulse response or feedback comment is counted. The counts are one
    statement (the served forms another): two round trips to a team database rather
    than one per table, and one snapshot of the counts."""
    counted_row = session.execute(_fingerprint_counts()[0], {"workshop_id": workshop_id}).one()
    *counted, readings_total = counted_row
    values = [int(value or 0) for value in counted]
    values.append(hash(float(readings_total or 0.0)))
    # A service starting to serve a form, or another process changing its join code.
    served = sorted(
        (row.scope, row.link or "", row.join_code) for row in phone_secrets.served_forms(session, workshop_id)
    )
    values.append(zlib.crc32(repr(served).encode("utf-8")))
    return tuple(values)


def changes_between(before: tuple[int, ...], after: tuple[int, ...]) -> Changes:
    """What the changes that moved fingerprint ``before`` to ``after`` may have touched
    (everything, when the two are not of the same kind)."""
    aspects = _fingerprint_counts()[1]
    if len(before) != len(after) or len(after) != len(aspects):
        return Changes.everything()
    moved: Changes = Changes()
    for old, new, touched in zip(before, after, aspects, strict=True):
        if old != new:
            moved |= touched
    return moved


@functools.cache
def _fingerprint_counts() -> tuple[Select[Any], tuple[Changes, ...]]:
    """The fingerprint's counts as one statement of the bound ``workshop_id``, built
    once (building its forty subqueries took longer than the server took to run them),
    and what the edits that move each of the fingerprint's numbers may have touched."""
    workshop_id = bindparam("workshop_id", type_=Integer)
    card_ids = select(ValueCardRow.id).where(ValueCardRow.workshop_id == workshop_id).scalar_subquery()
    round_ids = select(VotingRoundRow.id).where(VotingRoundRow.workshop_id == workshop_id).scalar_subquery()
    parts: list[Any] = []
    aspects: list[Changes] = []

    def count(touched: Changes, table: type[Any], condition: Any, *aggregates: Any) -> None:
        for aggregate in aggregates:
            parts.append(select(aggregate).select_from(table).where(condition).scalar_subquery())
            aspects.append(touched)

    count(Changes.of(*ROW_ASPECTS), WorkshopRow, WorkshopRow.id == workshop_id, WorkshopRow.version)
    # The survey's answers and the check-ins' pulse responses, possibly 100,000: every
    # write to them moves this on (a count would grow with them).
    count(
        Changes.of(Aspect.ANSWERS, Aspect.CHECKINS),
        WorkshopRevisionRow,
        WorkshopRevisionRow.workshop_id == workshop_id,
        WorkshopRevisionRow.results,
    )
    for touched, table, condition in (
        (Changes.of(Aspect.PERSONAS), PersonaRow, PersonaRow.workshop_id == workshop_id),
        (Changes.of(Aspect.VALUES), ValueCardRow, ValueCardRow.workshop_id == workshop_id),
        (Changes.of(Aspect.VOTES), VotingRoundRow, VotingRoundRow.workshop_id == workshop_id),
        (Changes.of(Aspect.VISION), VisionDraftRow, VisionDraftRow.workshop_id == workshop_id),
        (Changes.of(Aspect.SHARING), SharingItemRow, SharingItemRow.workshop_id == workshop_id),
        (Changes.of(Aspect.GUIDELINES), GuidelineAnswerRow, GuidelineAnswerRow.card_id.in_(card_ids)),
        (Changes.of(Aspect.GUIDELINES), MetricRow, MetricRow.card_id.in_(card_ids)),
        (Changes.of(Aspect.GUIDELINES), BehaviourRow, BehaviourRow.card_id.in_(card_ids)),
    ):
        count(touched, table, condition, func.count(), func.coalesce(func.sum(table.version), 0))
    count(
        Changes.of(Aspect.VOTES),
        VoteTallyRow,
        VoteTallyRow.round_id.in_(round_ids),
        func.count(),
        func.coalesce(func.sum(VoteTallyRow.dots), 0),
    )
    # Rules, evidence, check-in days (removed and added, never rewritten), reviews (never
    # changed in place but stored anew, services/checkin_edits.py) and charter versions
    # (only added, and removed by undoing the adding): a change shows in the count or
    # the newest id.
    for touched, table, condition in (
        (Changes.of(Aspect.ANALYSIS), AnalysisRuleRow, AnalysisRuleRow.workshop_id == workshop_id),
        (
            Changes.of(Aspect.VALUES, Aspect.ANALYSIS),
            ValueEvidenceRow,
            ValueEvidenceRow.card_id.in_(card_ids),
        ),
        (Changes.of(Aspect.CHECKINS), CheckInRow, CheckInRow.workshop_id == workshop_id),
        (Changes.of(Aspect.CHECKINS), CommitmentReviewRow, CommitmentReviewRow.workshop_id == workshop_id),
        (
            Changes.of(Aspect.CHARTER_VERSIONS),
            CharterVersionRow,
            CharterVersionRow.workshop_id == workshop_id,
        ),
    ):
        count(touched, table, condition, func.count(), func.coalesce(func.max(table.id), 0))
    # Feedback comes in imports; a longer export updates its record's row count. The
    # comments themselves are never read here: there may be a million. No aspect of
    # the snapshot holds them, so the pages are told everything may have changed.
    count(
        Changes.everything(),
        FeedbackImportRow,
        FeedbackImportRow.workshop_id == workshop_id,
        func.count(),
        func.coalesce(func.max(FeedbackImportRow.id), 0),
        func.coalesce(func.sum(FeedbackImportRow.rows), 0),
    )
    # A reading is replaced in place: its value shows in the sum (by its hash, in
    # fingerprint(), which is exact for any float and stays an int however large).
    count(
        Changes.of(Aspect.CHECKINS),
        MetricReadingRow,
        MetricReadingRow.workshop_id == workshop_id,
        func.count(),
        func.coalesce(func.max(MetricReadingRow.id), 0),
        func.sum(MetricReadingRow.value),
    )
    # The served forms' digest, added in fingerprint(): the phones' links and codes.
    aspects.append(Changes.everything())
    return select(*parts), tuple(aspects)
