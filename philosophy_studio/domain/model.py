"""The workshop document: immutable snapshots of everything a workshop holds.

Storage, services and the GUI exchange these values; none of them carries behaviour
beyond small derived properties, so they can be compared and serialised freely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from philosophy_studio.domain.cover import Logo
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.phone_forms import PhoneForm

__all__ = ["Language"]  # re-exported: most code reads it from here with the rest

DEFAULT_MIN_RESPONDENTS = 5
LOWEST_MIN_RESPONDENTS = 3
# The most answers the results may wait for: no team is larger, and a larger number
# would only keep them hidden.
MAX_MIN_RESPONDENTS = 999
MAX_CHOSEN_VALUES = 5
# The most dots one person may get in a voting round: the round editor offers no more
# and storing a round refuses more.
MAX_DOTS = 20
# The longest answer kept, in characters (after normalisation). An answer to one open
# question is a few sentences; 5,000 characters is about two pages, and keeps one
# pasted document from swamping the word analysis. Longer text is cut, not refused.
MAX_ANSWER_LENGTH = 5_000


DEFAULT_SURVEY_QUESTION = {
    Language.TURKISH: "Müşterilerimizin sunduğumuz hizmet hakkında ne düşünmesini istiyorsunuz?",
    Language.ENGLISH: "What do you want our customers to think about the service we provide?",
}


class Segment(StrEnum):
    B2C = "b2c"
    B2B = "b2b"
    EDUCATION = "education"
    PUBLIC = "public"
    OTHER = "other"


@dataclass(frozen=True)
class CustomerType:
    """One of the workshop's own customer types (see domain/customer_types.py). Personas
    refer to it by ``key``, which stays when the facilitator renames it."""

    key: str
    name: str
    description: str = ""


class Availability(StrEnum):
    ALWAYS = "always"
    BUSINESS_HOURS = "business_hours"
    CUSTOM = "custom"


class Channel(StrEnum):
    PHONE = "phone"
    LIVE_CHAT = "live_chat"
    EMAIL = "email"
    SOCIAL_MEDIA = "social_media"
    VIDEO = "video"
    SELF_SERVICE = "self_service"
    SMS = "sms"
    LETTER = "letter"
    IN_PERSON = "in_person"


class Approach(StrEnum):
    PROBLEM_FOCUSED = "problem_focused"
    CUSTOMER_CENTRED = "customer_centred"


class AnswerSource(StrEnum):
    KIOSK = "kiosk"
    IMPORT = "import"
    LAN = "lan"


class GuidelineQuestion(StrEnum):
    """Amelia Friedman's five questions, asked of every chosen value."""

    MEANING = "meaning"
    EFFECT = "effect"
    MISREADINGS = "misreadings"
    MEASUREMENT = "measurement"
    CUSTOMER_IMPACT = "customer_impact"


class BehaviourKind(StrEnum):
    DO = "do"
    DONT = "dont"


class SharingChannel(StrEnum):
    INTERACTIONS = "interactions"
    ADVERTISING = "advertising"
    WEBSITE = "website"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"


class VotingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RuleKind(StrEnum):
    """Facilitator's adjustments to the word-frequency analysis."""

    MERGE = "merge"
    SPLIT = "split"
    EXCLUDE = "exclude"
    STOPWORD_ADD = "stopword_add"
    STOPWORD_REMOVE = "stopword_remove"
    # Terms: (a form of the group, the name the group is shown by).
    RENAME = "rename"


@dataclass(frozen=True)
class WorkshopInfo:
    """What the Start page asks for when a workshop is created."""

    team_name: str
    language: Language
    organisation: str = ""
    facilitator: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class SurveySettings:
    """``is_open`` is the facilitator's switch; the optional window (``open_from``
    inclusive, ``open_until`` exclusive; aware, UTC, whole minutes) limits when an open
    survey takes answers, so that it opens and closes on its own between meetings."""

    question: str
    is_open: bool = False
    min_respondents: int = DEFAULT_MIN_RESPONDENTS
    keep_question_words: bool = False
    open_from: dt.datetime | None = None
    open_until: dt.datetime | None = None
    # The round new answers join: None for the workshop's own, a check-in's day when the
    # survey is asked again there. The workshop's answers are this round's.
    round_day: dt.date | None = None

    def takes_answers(self, now: dt.datetime) -> bool:
        return survey_takes_answers(self.is_open, self.open_from, self.open_until, now)


def survey_takes_answers(
    is_open: bool, open_from: dt.datetime | None, open_until: dt.datetime | None, now: dt.datetime
) -> bool:
    """Whether an open survey with this window takes an answer at ``now`` (aware)."""
    if not is_open:
        return False
    if open_from is not None and now < open_from:
        return False
    return open_until is None or now < open_until


def window_minute(moment: dt.datetime | None) -> dt.datetime | None:
    """A moment of a survey's window as it is kept: UTC, to the minute (seconds cut).
    A moment without a zone is taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Persona:
    id: int
    name: str = ""
    description: str = ""
    segment: Segment | None = None
    # The key of one of the workshop's customer types.
    customer_type: str | None = None
    demographics: str = ""
    availability: Availability | None = None
    custom_hours: str = ""
    first_response: str = ""
    # 0 is fully formal, 100 fully informal.
    tone: int = 50
    channels: tuple[Channel, ...] = ()
    needs: tuple[str, ...] = ()
    pains: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Metric:
    id: int
    name: str
    method: str = ""
    target: str = ""
    frequency: str = ""


@dataclass(frozen=True, order=True)
class MetricReading:
    """A metric's value on a day, as measured after the workshop (the check-ins')."""

    metric_id: int
    day: dt.date
    value: float


class CommitmentStatus(StrEnum):
    """How far the leaders have come with what they promised for a value."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True, order=True)
class CommitmentReview:
    """At the check-in of ``day``, where the leaders' commitment for a value stands,
    with a note of what they did or what got in the way."""

    day: dt.date
    card_id: int
    status: CommitmentStatus
    note: str = ""


# Slotted: a team database holds tens of thousands of these, read on every answer.
@dataclass(frozen=True, slots=True)
class PulseRating:
    """One respondent's answer about one chosen value at a check-in's staff pulse:
    how well the team lived it and how well its leaders modelled it (1–5, None when
    skipped), and an example they saw."""

    card_id: int
    lived: int | None
    leaders: int | None
    example: str = ""


@dataclass(frozen=True, slots=True)
class PulseResponse:
    """One respondent's staff pulse at the check-in of ``day``: no name, no time of
    day, no place in the order of arrival (see sort_pulse)."""

    day: dt.date
    ratings: tuple[PulseRating, ...]


def _rating_key(rating: PulseRating) -> tuple[int, int, int, str]:
    return (rating.card_id, rating.lived or 0, rating.leaders or 0, rating.example)


def sort_pulse(responses: Iterable[PulseResponse]) -> tuple[PulseResponse, ...]:
    """Pulse responses in their one canonical order, by content, as sort_answers orders
    the survey's: nothing shown or exported hints at who answered when."""
    return tuple(
        sorted(responses, key=lambda response: (response.day, tuple(map(_rating_key, response.ratings))))
    )


# A charter kept as a version is its Markdown: long enough for five values with every
# answer at its longest, and never cut short on the way in.
CHARTER_TEXT_LIMIT = 2_000_000


@dataclass(frozen=True)
class CharterVersion:
    """The charter as it was kept on ``day`` (numbered from 1), with a note of what
    changed and why; ``text`` is its Markdown, so two versions can be compared line by
    line whatever happened to the workshop since."""

    number: int
    day: dt.date
    note: str
    text: str


@dataclass(frozen=True)
class ServiceLink:
    """Where the survey service (``serve-survey``) serves one of the workshop's forms:
    the link phones open, the join page and its code, for the app to show wherever the
    facilitator's laptop is."""

    form: PhoneForm
    link: str
    join_link: str
    join_code: str


@dataclass(frozen=True)
class Behaviour:
    id: int
    kind: BehaviourKind
    text: str


@dataclass(frozen=True)
class ValueCard:
    id: int
    name: str
    description: str = ""
    colour: str = ""
    cluster: str = ""
    merged_into: int | None = None
    selected_rank: int | None = None
    evidence_terms: tuple[str, ...] = ()
    guidelines: dict[GuidelineQuestion, str] = field(default_factory=dict)
    metrics: tuple[Metric, ...] = ()
    behaviours: tuple[Behaviour, ...] = ()
    leader_commitment: str = ""

    @property
    def answered_questions(self) -> int:
        return sum(1 for q in GuidelineQuestion if self.guidelines.get(q, "").strip())


@dataclass(frozen=True)
class VotingRound:
    id: int
    dots_per_person: int = 3
    max_per_card: int = 3
    status: VotingStatus = VotingStatus.OPEN
    revealed: bool = False
    voters: int = 0
    # value card id -> dots; who cast them is never recorded.
    tallies: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SurveyAnswer:
    id: str
    text: str
    source: AnswerSource
    hidden: bool = False
    # The round it answered: None at the workshop, else the check-in's day.
    round_day: dt.date | None = None


@dataclass(frozen=True, order=True)
class ImportRecord:
    """What one file import took, known without knowing which answers: the number of
    rows in the file's answer column and the SHA-256 of those cells SORTED (empty ones
    included). A later export of the same form that starts with these rows is
    recognised, and only its new rows are imported. Sorted, the digest tells no order;
    without the other columns, it cannot be checked against a list of names or e-mails."""

    rows: int
    digest: str


def sort_answers(answers: Iterable[SurveyAnswer]) -> tuple[SurveyAnswer, ...]:
    """Answers in their one canonical order: by content, never by arrival, so that no
    list, export or screen hints at who answered when. Sorted in Python, not SQL, so
    every database collation gives the same order."""
    return tuple(
        sorted(answers, key=lambda a: (a.round_day or dt.date.min, a.text, a.source.value, a.hidden))
    )


@dataclass(frozen=True)
class AnalysisRule:
    id: int
    kind: RuleKind
    terms: tuple[str, ...]


@dataclass(frozen=True)
class VisionDraft:
    id: int
    text: str


@dataclass(frozen=True)
class SharingItem:
    id: int
    channel: SharingChannel
    what: str = ""
    who: str = ""
    when: str = ""
    # A place of the team's own (the channel is then OTHER), printed instead of "Other".
    place: str = ""


@dataclass(frozen=True)
class Workshop:
    """One whole workshop, as the pages and exports see it."""

    id: int
    info: WorkshopInfo
    survey: SurveySettings
    approach: Approach | None = None
    approach_notes: str = ""
    value_set_name: str = ""
    chosen_vision_id: int | None = None
    personas: tuple[Persona, ...] = ()
    value_cards: tuple[ValueCard, ...] = ()
    voting_rounds: tuple[VotingRound, ...] = ()
    answers: tuple[SurveyAnswer, ...] = ()
    # Sorted by (rows, digest): their order says nothing about which came first.
    import_records: tuple[ImportRecord, ...] = ()
    analysis_rules: tuple[AnalysisRule, ...] = ()
    vision_drafts: tuple[VisionDraft, ...] = ()
    sharing_plan: tuple[SharingItem, ...] = ()
    # The days of the check-ins planned after the workshop, in calendar order.
    checkin_days: tuple[dt.date, ...] = ()
    # The metrics' readings, by metric and day; only of metrics the workshop has.
    metric_readings: tuple[MetricReading, ...] = ()
    # The leaders' commitments as reviewed at the check-ins, by day and value; only of
    # planned check-ins and of cards the workshop has.
    commitment_reviews: tuple[CommitmentReview, ...] = ()
    # The staff pulses of the check-ins, sorted by sort_pulse; ratings only of cards the
    # workshop has. Read with the survey's answers (persistence/snapshots.py).
    pulse_responses: tuple[PulseResponse, ...] = ()
    # The charter's kept versions, by number.
    charter_versions: tuple[CharterVersion, ...] = ()
    # The answers of the survey's other rounds (see SurveySettings.round_day), read with
    # the answers.
    other_rounds: tuple[SurveyAnswer, ...] = ()
    # The forms a survey service serves (nothing of it is in the interchange JSON: the
    # links belong to the database the service runs on).
    service_links: tuple[ServiceLink, ...] = ()
    step_timers: dict[str, int] = field(default_factory=dict)
    # The customer types the personas choose from, in the facilitator's order.
    customer_types: tuple[CustomerType, ...] = ()
    # The charter's cover: the organisation's logo and an accent colour ('#rrggbb', or
    # empty for the app's own).
    logo: Logo | None = None
    accent_colour: str = ""

    def customer_type(self, key: str | None) -> CustomerType | None:
        return next((kind for kind in self.customer_types if kind.key == key), None)

    @property
    def chosen_vision(self) -> VisionDraft | None:
        for draft in self.vision_drafts:
            if draft.id == self.chosen_vision_id:
                return draft
        return None

    @property
    def chosen_values(self) -> tuple[ValueCard, ...]:
        chosen = [card for card in self.value_cards if card.selected_rank is not None]
        return tuple(sorted(chosen, key=lambda card: card.selected_rank or 0))

    @cached_property
    def visible_answer_ids(self) -> tuple[str, ...]:
        """Ids of the answers the analysis uses. Cached: a snapshot never changes, and a
        large survey takes tens of milliseconds to walk (the GUI's session computes it
        off the GUI thread, see WorkshopSession)."""
        return tuple(answer.id for answer in self.answers if not answer.hidden)

    @property
    def visible_answer_count(self) -> int:
        return len(self.visible_answer_ids)


@dataclass(frozen=True)
class WorkshopSummary:
    """A line in a list of workshops (recent files, a team server's workshops)."""

    id: int
    team_name: str
    organisation: str
    language: Language
    date: dt.date | None
