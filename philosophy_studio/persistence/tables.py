"""ORM tables for the whole method. Alembic migrations, not ``create_all``, build them.

Every editable record carries ``version`` (SQLAlchemy's version counter), so that two
clients of a shared server cannot silently overwrite each other's edits.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic's batch mode on SQLite and PostgreSQL in step.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class WorkshopRow(Base):
    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    approach: Mapped[str | None] = mapped_column(String(32))
    approach_notes: Mapped[str] = mapped_column(Text, default="")
    value_set_name: Mapped[str] = mapped_column(String(200), default="")
    survey_question: Mapped[str] = mapped_column(Text, default="")
    survey_open: Mapped[bool] = mapped_column(Boolean, default=False)
    # The survey's window, UTC without a zone, to the minute (see domain SurveySettings).
    survey_open_from: Mapped[dt.datetime | None] = mapped_column(DateTime)
    survey_open_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The check-in whose round of the survey new answers join (None: the workshop's own).
    survey_round: Mapped[dt.date | None] = mapped_column(Date)
    min_respondents: Mapped[int] = mapped_column(Integer, default=5)
    keep_question_words: Mapped[bool] = mapped_column(Boolean, default=False)
    # Not a foreign key: the draft table points back here, and a cycle of foreign keys
    # would make deleting a workshop need deferred constraints on every backend.
    chosen_vision_id: Mapped[int | None] = mapped_column(Integer)
    step_timers: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # The workshop's own customer types, in order: [{"key", "name", "description"}].
    # A short list always read with the workshop, so kept in its row; personas refer to
    # a type by key, checked by the edits' handlers under the workshop row's lock.
    customer_types: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # The charter's cover. The logo (at most 2 MB, see domain/cover.py) is deferred: the
    # edits' handlers, which load this row, never need it.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_mime: Mapped[str | None] = mapped_column(String(32))
    accent_colour: Mapped[str | None] = mapped_column(String(7))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    personas: Mapped[list[PersonaRow]] = relationship(
        order_by="PersonaRow.position", cascade="all, delete-orphan"
    )
    value_cards: Mapped[list[ValueCardRow]] = relationship(
        order_by="ValueCardRow.position", cascade="all, delete-orphan"
    )
    voting_rounds: Mapped[list[VotingRoundRow]] = relationship(
        order_by="VotingRoundRow.id", cascade="all, delete-orphan"
    )
    answers: Mapped[list[SurveyAnswerRow]] = relationship(cascade="all, delete-orphan")
    import_records: Mapped[list[SurveyImportRow]] = relationship(cascade="all, delete-orphan")
    analysis_rules: Mapped[list[AnalysisRuleRow]] = relationship(
        order_by="AnalysisRuleRow.id", cascade="all, delete-orphan"
    )
    vision_drafts: Mapped[list[VisionDraftRow]] = relationship(
        order_by="VisionDraftRow.position", cascade="all, delete-orphan"
    )
    sharing_plan: Mapped[list[SharingItemRow]] = relationship(
        order_by="SharingItemRow.position", cascade="all, delete-orphan"
    )
    checkins: Mapped[list[CheckInRow]] = relationship(order_by="CheckInRow.day", cascade="all, delete-orphan")
    metric_readings: Mapped[list[MetricReadingRow]] = relationship(cascade="all, delete-orphan")
    commitment_reviews: Mapped[list[CommitmentReviewRow]] = relationship(cascade="all, delete-orphan")
    # Read by query with the survey's answers (repository.pulse_responses), not through
    # this relationship: an edit's reload skips them.
    pulse_responses: Mapped[list[PulseResponseRow]] = relationship(cascade="all, delete-orphan")
    charter_versions: Mapped[list[CharterVersionRow]] = relationship(
        order_by="CharterVersionRow.number", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class WorkshopRevisionRow(Base):
    """Counters that writes to a workshop's many rows move on (persistence/revision.py),
    so that a team database's clients notice each other's changes to them without
    counting the rows. ``results``: the survey's answers and the check-ins' pulse
    responses, up to 100,000 rows, added by phones as well as by facilitators. Only
    ever changed at the end of a transaction, by one UPDATE: no other statement locks
    this row, so that wait never joins a cycle of locks. (The workshop row is locked
    mid-transaction by some edits, so the counter is not kept there.)"""

    __tablename__ = "workshop_revision"

    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True)
    results: Mapped[int] = mapped_column(Integer, default=0)


class PersonaRow(Base):
    __tablename__ = "persona"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[str | None] = mapped_column(String(32))
    customer_type: Mapped[str | None] = mapped_column(String(32))
    demographics: Mapped[str] = mapped_column(Text, default="")
    availability: Mapped[str | None] = mapped_column(String(32))
    custom_hours: Mapped[str] = mapped_column(String(200), default="")
    first_response: Mapped[str] = mapped_column(String(200), default="")
    tone: Mapped[int] = mapped_column(Integer, default=50)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    pains: Mapped[list[str]] = mapped_column(JSON, default=list)
    opportunities: Mapped[list[str]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class ValueCardRow(Base):
    __tablename__ = "value_card"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(32), default="")
    cluster: Mapped[str] = mapped_column(String(200), default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("value_card.id", ondelete="SET NULL"))
    selected_rank: Mapped[int | None] = mapped_column(Integer)
    leader_commitment: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    evidence: Mapped[list[ValueEvidenceRow]] = relationship(
        order_by="ValueEvidenceRow.id", cascade="all, delete-orphan"
    )
    guidelines: Mapped[list[GuidelineAnswerRow]] = relationship(cascade="all, delete-orphan")
    metrics: Mapped[list[MetricRow]] = relationship(
        order_by="MetricRow.position", cascade="all, delete-orphan"
    )
    behaviours: Mapped[list[BehaviourRow]] = relationship(
        order_by="BehaviourRow.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class ValueEvidenceRow(Base):
    """A survey word or phrase that supports a value card ("Make this a value")."""

    __tablename__ = "value_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("value_card.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(200))


class GuidelineAnswerRow(Base):
    __tablename__ = "guideline_answer"
    __table_args__ = (UniqueConstraint("card_id", "question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("value_card.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class MetricRow(Base):
    __tablename__ = "metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("value_card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(String(200), default="")
    frequency: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class BehaviourRow(Base):
    __tablename__ = "behaviour"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("value_card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class VotingRoundRow(Base):
    __tablename__ = "voting_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    dots_per_person: Mapped[int] = mapped_column(Integer, default=3)
    max_per_card: Mapped[int] = mapped_column(Integer, default=3)
    status: Mapped[str] = mapped_column(String(16), default="open")
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    voters: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    tallies: Mapped[list[VoteTallyRow]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class VoteTallyRow(Base):
    """Dots per card in one round. Who placed them is deliberately not recorded."""

    __tablename__ = "vote_tally"

    round_id: Mapped[int] = mapped_column(ForeignKey("voting_round.id", ondelete="CASCADE"), primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("value_card.id", ondelete="CASCADE"), primary_key=True)
    dots: Mapped[int] = mapped_column(Integer, default=0)


class BallotRow(Base):
    """A ballot that was counted, known only by the random token its form generated, so
    that a retried submission is counted once. It holds no card, dot or time: nothing
    links it to the tallies or to a person."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("voting_round.id", ondelete="CASCADE"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)


class SurveyAnswerRow(Base):
    """One anonymous answer: its text, where it came from and whether the facilitator
    hid it. No name, address or time is stored, and the key is random. SQLite keeps the
    rows in the order of that key (no rowid, which would count arrivals); PostgreSQL
    keeps them where they were written until ``repository.shuffle_answers``."""

    __tablename__ = "survey_answer"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # A random token the submitting form generated, so that a retried submission is
    # stored once. It identifies the submission, never the person.
    submission_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The round it answered: None at the workshop, a check-in's day when the survey was
    # asked again there. No finer time than the check-in's day.
    round_day: Mapped[dt.date | None] = mapped_column(Date)


class SurveyImportRow(Base):
    """One imported form export, known by the number of rows in its answer column and
    the SHA-256 of those cells sorted (domain ImportRecord). Nothing in it points at an
    answer, and it holds no time: a later import of a longer export replaces it rather
    than adding a second record that would tell which answers came first."""

    __tablename__ = "survey_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))


class AnalysisRuleRow(Base):
    __tablename__ = "analysis_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    terms: Mapped[list[str]] = mapped_column(JSON, default=list)


class VisionDraftRow(Base):
    __tablename__ = "vision_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class SharingItemRow(Base):
    __tablename__ = "sharing_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    when: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class CheckInRow(Base):
    """A check-in planned after the workshop: only its day."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("workshop_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)


class MetricReadingRow(Base):
    """A metric's value on a day. The metric is named by its id without a foreign key:
    deleting a metric leaves its readings, so that undoing the delete (which brings the
    same metric back) brings them back too; a workshop shows only its metrics' ones."""

    __tablename__ = "metric_reading"
    __table_args__ = (UniqueConstraint("metric_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    metric_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class CommitmentReviewRow(Base):
    """Where a value's leader commitment stood at a check-in. The check-in is named by
    its day and the card by its id, without foreign keys, as the readings name their
    metric: removing a check-in or a card leaves its reviews, so that undoing it brings
    them back; a workshop shows only those of its planned days and its cards."""

    __tablename__ = "commitment_review"
    __table_args__ = (UniqueConstraint("workshop_id", "day", "card_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    card_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class PulseResponseRow(Base):
    """One respondent's staff pulse at a check-in, named by its day (as the reviews name
    theirs): per value (card id, without a foreign key) the two ratings and an example.
    Stored like a survey answer: no name, address or time, a random key, and on SQLite
    no rowid, so the rows sit in key order rather than in the order they came in
    (PostgreSQL: see repository.shuffle_answers)."""

    __tablename__ = "pulse_response"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    # [[card_id, lived, leaders, example], ...]; lived and leaders 1-5 or null.
    ratings: Mapped[list[list[object]]] = mapped_column(JSON)
    # The submitting form's random token, so that a retried submission is stored once.
    submission_token: Mapped[str | None] = mapped_column(String(64), unique=True)


class CharterVersionRow(Base):
    """The charter as it was kept on a day: its Markdown and a note. Only ever added
    (and removed by undoing the adding), never changed."""

    __tablename__ = "charter_version"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)


class PhoneFormSecretRow(Base):
    """What every process of the survey service shares to serve one form (a workshop's
    survey or ballot, or the join page of them all): the link's token, the path it is
    mounted under, the join code on the screen, the key that signs the forms' nonces and
    where the service serves it. Nothing in it is about a phone or a moment: no phone's
    address, no time, no count."""

    __tablename__ = "phone_form_secret"

    # "survey:<workshop>", "votes:<workshop>", or "join" for the join page of them all.
    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Deleting the workshop deletes its secrets; None for the shared join page.
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    token: Mapped[str] = mapped_column(String(64))
    mount: Mapped[str] = mapped_column(String(64))
    join_code: Mapped[str] = mapped_column(String(16))
    signing_key: Mapped[str] = mapped_column(String(128))
    # Where the service serves the form and its join page, for the app to show (None
    # until a service serves it; behind a proxy, the public address).
    link: Mapped[str | None] = mapped_column(String(400))
    join_link: Mapped[str | None] = mapped_column(String(400))


class FeedbackCommentRow(Base):
    """One customer's comment as imported: its text with personal data already replaced
    (domain/personal_data.py), and where the export had them its score, its day (never a
    time) and its channel. No column of the export that names or identifies anyone is
    kept, and nothing ties a comment to its row in the file: an import writes its
    comments in a random order, so their ids say no more than which import brought them.

    The workshop row has no relationship to this table on purpose: loading a workshop
    (on every edit) must not load a million comments; feedback services read it."""

    __tablename__ = "feedback_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(SmallInteger)
    day: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(200))


class FeedbackImportRow(Base):
    """One imported feedback export, known by how many rows it had and a digest of them
    (see services/feedback.py), as SurveyImportRow knows a form export; a longer export
    of the same file replaces it. ``scale`` is the scale of its scores (None: it had
    none), so that a workshop's scores are all NPS or all CSAT."""

    __tablename__ = "feedback_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    scale: Mapped[str | None] = mapped_column(String(8))
