"""Reading and writing whole workshops as domain values, inside a caller's session."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from philosophy_studio.domain.cover import Logo, LogoError, stored_logo
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.model import (
    AnswerSource,
    Availability,
    Behaviour,
    BehaviourKind,
    Channel,
    CommitmentReview,
    CommitmentStatus,
    CustomerType,
    GuidelineQuestion,
    ImportRecord,
    Language,
    Metric,
    MetricReading,
    Persona,
    PulseRating,
    PulseResponse,
    Segment,
    ServiceLink,
    ValueCard,
    VotingRound,
    VotingStatus,
    Workshop,
    WorkshopSummary,
    sort_pulse,
    survey_takes_answers,
    window_minute,
)
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.persistence import phone_secrets, revision
from philosophy_studio.persistence.tables import (
    AnalysisRuleRow,
    BallotRow,
    BehaviourRow,
    CharterVersionRow,
    CheckInRow,
    CommitmentReviewRow,
    GuidelineAnswerRow,
    MetricReadingRow,
    MetricRow,
    PersonaRow,
    PulseResponseRow,
    SharingItemRow,
    SurveyAnswerRow,
    SurveyImportRow,
    ValueCardRow,
    ValueEvidenceRow,
    VisionDraftRow,
    VoteTallyRow,
    VotingRoundRow,
    WorkshopRow,
)

log = logging.getLogger(__name__)


def new_answer_id() -> str:
    return uuid.uuid4().hex


def list_workshops(session: Session) -> list[WorkshopSummary]:
    rows = session.scalars(select(WorkshopRow).order_by(WorkshopRow.team_name, WorkshopRow.id))
    return [
        WorkshopSummary(
            id=row.id,
            team_name=row.team_name,
            organisation=row.organisation,
            language=Language(row.language),
            date=row.date,
        )
        for row in rows
    ]


def aware(stored: dt.datetime | None) -> dt.datetime | None:
    return None if stored is None else stored.replace(tzinfo=dt.UTC)


def _stored(moment: dt.datetime | None) -> dt.datetime | None:
    """A window's moment as the column keeps it: UTC without a zone, to the minute."""
    minute = window_minute(moment)
    return None if minute is None else minute.replace(tzinfo=None)


def survey_window_of(row: WorkshopRow) -> tuple[dt.datetime | None, dt.datetime | None]:
    return aware(row.survey_open_from), aware(row.survey_open_until)


def set_survey_window(
    row: WorkshopRow, open_from: dt.datetime | None, open_until: dt.datetime | None
) -> None:
    row.survey_open_from = _stored(open_from)
    row.survey_open_until = _stored(open_until)


def takes_answers(row: WorkshopRow, now: dt.datetime) -> bool:
    """Whether the workshop's survey takes an answer at ``now``: open, and in its window."""
    return survey_takes_answers(row.survey_open, *survey_window_of(row), now)


def workshops_to_serve(session: Session, now: dt.datetime, *, votes: bool = False) -> list[tuple[int, str]]:
    """(id, team name) of the workshops whose survey is open and not over at ``now``
    (its window may start later: its link is given out ahead), or with ``votes``, that
    have an open voting round; one small query for a service that asks every few
    seconds."""
    if votes:
        query = (
            select(WorkshopRow.id, WorkshopRow.team_name)
            .join(VotingRoundRow, VotingRoundRow.workshop_id == WorkshopRow.id)
            .where(VotingRoundRow.status == VotingStatus.OPEN.value)
        )
    else:
        moment = now.astimezone(dt.UTC).replace(tzinfo=None)
        query = select(WorkshopRow.id, WorkshopRow.team_name).where(
            WorkshopRow.survey_open.is_(True),
            or_(WorkshopRow.survey_open_until.is_(None), WorkshopRow.survey_open_until > moment),
        )
    return [(row.id, row.team_name) for row in session.execute(query.distinct().order_by(WorkshopRow.id))]


def workshop_row(session: Session, workshop_id: int, *, lock: bool = False) -> WorkshopRow:
    """The workshop's row; with ``lock``, held until the transaction ends (on
    PostgreSQL, a second writer that locks it waits and then reads what the first left)."""
    row = session.get(WorkshopRow, workshop_id, with_for_update=lock or None, populate_existing=lock)
    if row is None:
        raise NotAWorkshopError(path=f"workshop {workshop_id}")
    return row


def customer_types_in(stored: list[dict[str, str]] | None) -> tuple[CustomerType, ...]:
    return tuple(
        CustomerType(item["key"], item["name"], item.get("description", "")) for item in stored or ()
    )


def customer_types_out(types: Iterable[CustomerType]) -> list[dict[str, str]]:
    return [{"key": kind.key, "name": kind.name, "description": kind.description} for kind in types]


def set_logo(row: WorkshopRow, logo: Logo | None) -> None:
    row.logo = logo.data if logo else None
    row.logo_mime = logo.mime if logo else None


def logo_of(session: Session, workshop_id: int) -> Logo | None:
    found = session.execute(
        select(WorkshopRow.logo, WorkshopRow.logo_mime).where(WorkshopRow.id == workshop_id)
    ).one_or_none()
    if found is None or found.logo is None:
        return None
    try:
        return stored_logo(found.logo_mime or "", bytes(found.logo))
    except LogoError:
        log.warning("the stored logo is not a picture the charter takes; it is left out")
        return None


def service_links(session: Session, workshop_id: int) -> tuple[ServiceLink, ...]:
    links = []
    for row in phone_secrets.served_forms(session, workshop_id):
        form = row.scope.partition(":")[0]
        if form in {f.value for f in PhoneForm} and row.link:
            links.append(ServiceLink(PhoneForm(form), row.link, row.join_link or row.link, row.join_code))
    return tuple(links)


def pulse_responses(session: Session, workshop_id: int, card_ids: set[int]) -> tuple[PulseResponse, ...]:
    """The workshop's pulse responses in content order, with ratings only of ``card_ids``
    (a deleted card's ratings stay stored, for an undo to bring back)."""
    rows = session.execute(
        select(PulseResponseRow.day, PulseResponseRow.ratings).where(
            PulseResponseRow.workshop_id == workshop_id
        )
    )
    responses = []
    for day, ratings in rows:
        kept = tuple(
            PulseRating(int(card_id), lived, leaders, example)
            for card_id, lived, leaders, example in ratings
            if card_id in card_ids
        )
        if kept:
            responses.append(PulseResponse(day, kept))
    return sort_pulse(responses)


def add_pulse_response(
    session: Session, workshop_id: int, response: PulseResponse, *, submission_token: str | None = None
) -> None:
    session.add(
        PulseResponseRow(
            id=new_answer_id(),
            workshop_id=workshop_id,
            day=response.day,
            ratings=[[r.card_id, r.lived, r.leaders, r.example] for r in response.ratings],
            submission_token=submission_token,
        )
    )


# The rows kept by a check-in's day besides its reviews, by the column that holds the
# day: its staff pulse and the answers of the survey asked again there.
_CHECKIN_RESULTS = (PulseResponseRow.day, SurveyAnswerRow.round_day)


def move_checkin_results(session: Session, workshop_id: int, day: dt.date, to: dt.date) -> int:
    """The pulse and the survey's round of the check-in on ``day`` go with it to
    ``to``; returns how many rows moved."""
    moved = 0
    for column in _CHECKIN_RESULTS:
        table = column.class_
        found = session.execute(
            update(table).where(table.workshop_id == workshop_id, column == day).values({column: to})
        )
        moved += found.rowcount
    if moved:
        revision.results_changed(session, workshop_id)
    return moved


def delete_checkin_results(session: Session, workshop_id: int, day: dt.date) -> int:
    """Deletes the pulse and the survey's round kept at ``day``; returns how many rows."""
    deleted = 0
    for column in _CHECKIN_RESULTS:
        table = column.class_
        found = session.execute(delete(table).where(table.workshop_id == workshop_id, column == day))
        deleted += found.rowcount
    if deleted:
        revision.results_changed(session, workshop_id)
    return deleted


def has_pulse_submission(session: Session, submission_token: str) -> bool:
    found = select(PulseResponseRow.id).where(PulseResponseRow.submission_token == submission_token)
    return session.scalar(found) is not None


def readings_of(row: WorkshopRow, cards: tuple[ValueCard, ...]) -> tuple[MetricReading, ...]:
    metric_ids = {metric.id for card in cards for metric in card.metrics}
    kept = [r for r in row.metric_readings if r.metric_id in metric_ids]
    return tuple(sorted(MetricReading(r.metric_id, r.day, r.value) for r in kept))


def reviews_of(row: WorkshopRow, cards: tuple[ValueCard, ...]) -> tuple[CommitmentReview, ...]:
    card_ids = {card.id for card in cards}
    days = {checkin.day for checkin in row.checkins}
    return tuple(
        sorted(
            CommitmentReview(r.day, r.card_id, CommitmentStatus(r.status), r.note)
            for r in row.commitment_reviews
            if r.card_id in card_ids and r.day in days
        )
    )


def persona_value(row: PersonaRow) -> Persona:
    return Persona(
        id=row.id,
        name=row.name,
        description=row.description,
        segment=Segment(row.segment) if row.segment else None,
        customer_type=row.customer_type,
        demographics=row.demographics,
        availability=Availability(row.availability) if row.availability else None,
        custom_hours=row.custom_hours,
        first_response=row.first_response,
        tone=row.tone,
        channels=tuple(Channel(c) for c in row.channels),
        needs=tuple(row.needs),
        pains=tuple(row.pains),
        opportunities=tuple(row.opportunities),
    )


def round_value(row: VotingRoundRow) -> VotingRound:
    return VotingRound(
        id=row.id,
        dots_per_person=row.dots_per_person,
        max_per_card=row.max_per_card,
        status=VotingStatus(row.status),
        revealed=row.revealed,
        voters=row.voters,
        tallies={t.card_id: t.dots for t in sorted(row.tallies, key=lambda t: t.card_id)},
    )


def new_round_row(workshop_id: int, rnd: VotingRound, card_ids: dict[int, int]) -> VotingRoundRow:
    """A row for ``rnd`` (without its id), with its tallies of the cards ``card_ids``
    maps to their stored ids; the others' dots are left out."""
    row = VotingRoundRow(
        workshop_id=workshop_id,
        dots_per_person=rnd.dots_per_person,
        max_per_card=rnd.max_per_card,
        status=rnd.status.value,
        revealed=rnd.revealed,
        voters=rnd.voters,
    )
    row.tallies = [
        VoteTallyRow(card_id=card_ids[card_id], dots=dots)
        for card_id, dots in rnd.tallies.items()
        if card_id in card_ids
    ]
    return row


def card_value(row: ValueCardRow) -> ValueCard:
    answers = {GuidelineQuestion(g.question): g.text for g in row.guidelines}
    return ValueCard(
        id=row.id,
        name=row.name,
        description=row.description,
        colour=row.colour,
        cluster=row.cluster,
        merged_into=row.merged_into_id,
        selected_rank=row.selected_rank,
        evidence_terms=tuple(e.term for e in row.evidence),
        guidelines={q: answers[q] for q in GuidelineQuestion if q in answers},
        metrics=tuple(
            Metric(id=m.id, name=m.name, method=m.method, target=m.target, frequency=m.frequency)
            for m in row.metrics
        ),
        behaviours=tuple(Behaviour(id=b.id, kind=BehaviourKind(b.kind), text=b.text) for b in row.behaviours),
        leader_commitment=row.leader_commitment,
    )


def insert_workshop(session: Session, workshop: Workshop) -> int:
    """Store ``workshop`` as a new workshop and return its id. Ids inside the value are
    only used to resolve its cross-references (merges, tallies, the chosen draft)."""
    info = workshop.info
    row = WorkshopRow(
        team_name=info.team_name,
        organisation=info.organisation,
        facilitator=info.facilitator,
        date=info.date,
        language=info.language.value,
        approach=workshop.approach.value if workshop.approach else None,
        approach_notes=workshop.approach_notes,
        value_set_name=workshop.value_set_name,
        survey_question=workshop.survey.question,
        survey_open=workshop.survey.is_open,
        min_respondents=workshop.survey.min_respondents,
        keep_question_words=workshop.survey.keep_question_words,
        survey_round=workshop.survey.round_day,
        step_timers=dict(workshop.step_timers),
        customer_types=customer_types_out(workshop.customer_types),
        accent_colour=workshop.accent_colour or None,
    )
    set_logo(row, workshop.logo)
    set_survey_window(row, workshop.survey.open_from, workshop.survey.open_until)
    row.personas = [persona_row(p, position) for position, p in enumerate(workshop.personas)]
    card_rows = {card.id: card_row(card, position) for position, card in enumerate(workshop.value_cards)}
    row.value_cards = list(card_rows.values())
    draft_rows = {d.id: VisionDraftRow(position=i, text=d.text) for i, d in enumerate(workshop.vision_drafts)}
    row.vision_drafts = list(draft_rows.values())
    row.analysis_rules = [
        AnalysisRuleRow(kind=r.kind.value, terms=list(r.terms)) for r in workshop.analysis_rules
    ]
    row.sharing_plan = [
        SharingItemRow(
            position=i, channel=s.channel.value, what=s.what, who=s.who, when=s.when, place=s.place
        )
        for i, s in enumerate(workshop.sharing_plan)
    ]
    row.checkins = [CheckInRow(day=day) for day in workshop.checkin_days]
    row.charter_versions = [
        CharterVersionRow(number=v.number, day=v.day, note=v.note, text=v.text)
        for v in workshop.charter_versions
    ]
    session.add(row)
    session.flush()
    session.add(revision.new_revision_row(row.id))

    for card in workshop.value_cards:
        if card.merged_into is not None:
            card_rows[card.id].merged_into_id = card_rows[card.merged_into].id
    stored_card_ids = {card_id: card_row.id for card_id, card_row in card_rows.items()}
    for rnd in workshop.voting_rounds:
        session.add(new_round_row(row.id, rnd, stored_card_ids))
    every_round = (*workshop.answers, *workshop.other_rounds)
    for day in {a.round_day for a in every_round}:
        of_round = ((a.text, a.source, a.hidden) for a in every_round if a.round_day == day)
        add_answers(session, row.id, of_round, round_day=day)
    for record in workshop.import_records:
        add_import_record(session, row.id, record)
    if workshop.chosen_vision_id is not None:
        row.chosen_vision_id = draft_rows[workshop.chosen_vision_id].id
    session.flush()
    # The readings follow their metrics to the ids these got here.
    metric_rows = {
        metric.id: metric_row
        for card in workshop.value_cards
        for metric, metric_row in zip(card.metrics, card_rows[card.id].metrics, strict=True)
    }
    row.metric_readings = [
        MetricReadingRow(metric_id=metric_rows[r.metric_id].id, day=r.day, value=r.value)
        for r in workshop.metric_readings
        if r.metric_id in metric_rows
    ]
    row.commitment_reviews = [
        CommitmentReviewRow(day=r.day, card_id=card_rows[r.card_id].id, status=r.status.value, note=r.note)
        for r in workshop.commitment_reviews
        if r.card_id in card_rows
    ]
    for response in workshop.pulse_responses:
        ratings = tuple(
            dataclasses.replace(r, card_id=card_rows[r.card_id].id)
            for r in response.ratings
            if r.card_id in card_rows
        )
        if ratings:
            add_pulse_response(session, row.id, PulseResponse(response.day, ratings))
    session.flush()
    return row.id


_CURRENT_ROUND: Any = object()


def add_answers(
    session: Session,
    workshop_id: int,
    answers: Iterable[tuple[str, AnswerSource, bool]],
    *,
    submission_token: str | None = None,
    round_day: dt.date | None = _CURRENT_ROUND,
) -> int:
    """Add ``answers`` to ``round_day``'s round of the survey, by default the one the
    workshop asks now (read in this transaction). ``submission_token`` marks a single
    submitted answer so that a retry of the same submission can be recognised (see
    ``has_submission``)."""
    if round_day is _CURRENT_ROUND:
        round_day = session.scalar(select(WorkshopRow.survey_round).where(WorkshopRow.id == workshop_id))
    rows = [
        SurveyAnswerRow(
            id=new_answer_id(),
            workshop_id=workshop_id,
            text=text,
            source=source.value,
            hidden=hidden,
            round_day=round_day,
        )
        for text, source, hidden in answers
    ]
    if submission_token is not None:
        if len(rows) != 1:
            raise ValueError("a submission token marks exactly one answer")
        rows[0].submission_token = submission_token
    session.add_all(rows)
    return len(rows)


def shuffle_answers(session: Session) -> None:
    """On PostgreSQL, rewrite the answers (and pulse responses) table in the order of its random key: a heap
    keeps rows where they were written, and each row's xmin names the transaction that
    wrote it, so either would tell who answered after whom. Every row is first written
    again in this one transaction, which gives them all the same xmin (CLUSTER keeps a
    row's xmin), then the table in key order. (SQLite keeps the table in key order all
    the time and has no transaction ids.)"""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sql_text("UPDATE survey_answer SET hidden = hidden"))
        session.execute(sql_text("CLUSTER survey_answer USING pk_survey_answer"))
        # The check-ins' pulse responses are kept the same way, for the same reason.
        session.execute(sql_text("UPDATE pulse_response SET day = day"))
        session.execute(sql_text("CLUSTER pulse_response USING pk_pulse_response"))


def import_records(session: Session, workshop_id: int) -> tuple[ImportRecord, ...]:
    """The workshop's import records, sorted by content (never by when they were made)."""
    rows = session.execute(
        select(SurveyImportRow.rows, SurveyImportRow.digest).where(SurveyImportRow.workshop_id == workshop_id)
    )
    return tuple(sorted(ImportRecord(rows=count, digest=digest) for count, digest in rows))


def add_import_record(session: Session, workshop_id: int, record: ImportRecord) -> None:
    session.add(SurveyImportRow(workshop_id=workshop_id, rows=record.rows, digest=record.digest))


def replace_import_record(session: Session, workshop_id: int, old: ImportRecord, new: ImportRecord) -> None:
    """Let ``new`` (a longer export of the same form) stand for ``old``: one record per
    form, so no pair of records tells which answers arrived before the others."""
    session.execute(
        delete(SurveyImportRow).where(
            SurveyImportRow.workshop_id == workshop_id,
            SurveyImportRow.rows == old.rows,
            SurveyImportRow.digest == old.digest,
        )
    )
    add_import_record(session, workshop_id, new)


def imported_answer_texts(session: Session, workshop_id: int) -> list[str]:
    """The text of every answer that came from an import, hidden ones included."""
    return list(
        session.scalars(
            select(SurveyAnswerRow.text).where(
                SurveyAnswerRow.workshop_id == workshop_id,
                SurveyAnswerRow.source == AnswerSource.IMPORT.value,
            )
        )
    )


def has_submission(session: Session, submission_token: str) -> bool:
    return (
        session.scalar(select(SurveyAnswerRow.id).where(SurveyAnswerRow.submission_token == submission_token))
        is not None
    )


def has_ballot(session: Session, token: str) -> bool:
    """Whether a ballot with this form token was counted already (in any round)."""
    return session.scalar(select(BallotRow.id).where(BallotRow.token == token)) is not None


def persona_row(persona: Persona, position: int) -> PersonaRow:
    return PersonaRow(
        position=position,
        name=persona.name,
        description=persona.description,
        segment=persona.segment.value if persona.segment else None,
        customer_type=persona.customer_type,
        demographics=persona.demographics,
        availability=persona.availability.value if persona.availability else None,
        custom_hours=persona.custom_hours,
        first_response=persona.first_response,
        tone=persona.tone,
        channels=[c.value for c in persona.channels],
        needs=list(persona.needs),
        pains=list(persona.pains),
        opportunities=list(persona.opportunities),
    )


def card_row(card: ValueCard, position: int) -> ValueCardRow:
    row = ValueCardRow(
        position=position,
        name=card.name,
        description=card.description,
        colour=card.colour,
        cluster=card.cluster,
        selected_rank=card.selected_rank,
        leader_commitment=card.leader_commitment,
    )
    row.evidence = [ValueEvidenceRow(term=term) for term in card.evidence_terms]
    row.guidelines = [GuidelineAnswerRow(question=q.value, text=t) for q, t in card.guidelines.items()]
    row.metrics = [
        MetricRow(position=i, name=m.name, method=m.method, target=m.target, frequency=m.frequency)
        for i, m in enumerate(card.metrics)
    ]
    row.behaviours = [
        BehaviourRow(position=i, kind=b.kind.value, text=b.text) for i, b in enumerate(card.behaviours)
    ]
    return row
