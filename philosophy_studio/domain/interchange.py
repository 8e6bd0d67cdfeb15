"""The JSON interchange format of a whole workshop (see docs/workshop-format.md).

``to_document`` and ``from_document`` are exact inverses for every workshop the app can
hold: exporting, importing and exporting again gives the same JSON. Record ids are not
part of the format; cross-references use the list keys (``v1``, ``d1``, ...).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from philosophy_studio.domain.checkins import checkin_days
from philosophy_studio.domain.cover import MAX_LOGO_BYTES, Logo, LogoTooLargeError, accent_colour, check_logo
from philosophy_studio.domain.customer_types import (
    KEY_LIMIT,
    check_customer_types,
    retail_types,
)
from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.feedback import Feedback, ScoreScale
from philosophy_studio.domain.model import (
    CHARTER_TEXT_LIMIT,
    DEFAULT_MIN_RESPONDENTS,
    MAX_CHOSEN_VALUES,
    AnalysisRule,
    AnswerSource,
    Approach,
    Availability,
    Behaviour,
    BehaviourKind,
    Channel,
    CharterVersion,
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
    RuleKind,
    Segment,
    SharingChannel,
    SharingItem,
    SurveyAnswer,
    SurveySettings,
    ValueCard,
    VisionDraft,
    VotingRound,
    VotingStatus,
    Workshop,
    WorkshopInfo,
    sort_answers,
    sort_pulse,
)
from philosophy_studio.domain.personal_data import Scrubber
from philosophy_studio.domain.pulse import pulse_response
from philosophy_studio.domain.rules.guidelines import has_metric_name
from philosophy_studio.domain.rules.values import card_colour, check_merge, check_selection, has_value_name
from philosophy_studio.domain.rules.voting import check_opening, check_round_size
from philosophy_studio.domain.rules.workshop import min_respondents, step_timer_seconds, survey_window
from philosophy_studio.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text

FORMAT_NAME = "philosophy-studio-workshop"
_DIGEST = re.compile(r"[0-9a-f]{64}")
SCHEMA_VERSION = 1
# The largest number either store's INTEGER columns hold (PostgreSQL's are 32-bit);
# a larger one would fail only when the workshop is being written.
LARGEST_NUMBER = 2**31 - 1

E = TypeVar("E", bound=StrEnum)


class InterchangeFormatError(ValueError):
    """The document does not follow the format, or holds what the app would refuse to
    store (the same rules as its editors); the message says where."""


def _obeying(where: str, check: Callable[[], object]) -> None:
    """Run one of the workshop's rules (domain/rules/) on what the document holds."""
    _checked(where, check)


T = TypeVar("T")


def _checked(where: str, check: Callable[[], T]) -> T:
    """What one of the workshop's rules makes of what the document holds."""
    try:
        return check()
    except InvalidValueError as error:
        raise InterchangeFormatError(f"{where}: {error}") from None


def to_document(workshop: Workshop, app_version: str) -> dict[str, Any]:
    card_keys = {card.id: f"v{index}" for index, card in enumerate(workshop.value_cards, 1)}
    draft_keys = {draft.id: f"d{index}" for index, draft in enumerate(workshop.vision_drafts, 1)}
    readings = _readings_by_metric(workshop)
    reviews = _reviews_by_card(workshop)
    info = workshop.info
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": app_version,
        "workshop": {
            "team_name": info.team_name,
            "organisation": info.organisation,
            "facilitator": info.facilitator,
            "date": info.date.isoformat() if info.date else None,
            "language": info.language.value,
            "approach": workshop.approach.value if workshop.approach else None,
            "approach_notes": workshop.approach_notes,
            "value_set_name": workshop.value_set_name,
            "survey": {
                "question": workshop.survey.question,
                "open": workshop.survey.is_open,
                "min_respondents": workshop.survey.min_respondents,
                "keep_question_words": workshop.survey.keep_question_words,
                # Only when set, so that a workshop without a window exports as before.
                **_window_out(workshop.survey),
                # Likewise the round asked again at a check-in.
                **({"round": workshop.survey.round_day.isoformat()} if workshop.survey.round_day else {}),
            },
            "step_timers": dict(sorted(workshop.step_timers.items())),
            # Only when set, so that a workshop without a cover of its own exports as before.
            **({"accent_colour": workshop.accent_colour} if workshop.accent_colour else {}),
            **_logo_out(workshop.logo),
        },
        "customer_types": [
            {"key": kind.key, "name": kind.name, "description": kind.description}
            for kind in workshop.customer_types
        ],
        "personas": [_persona_out(persona) for persona in workshop.personas],
        "value_cards": [_card_out(card, card_keys, readings, reviews) for card in workshop.value_cards],
        "voting_rounds": [
            {
                "dots_per_person": rnd.dots_per_person,
                "max_per_card": rnd.max_per_card,
                "status": rnd.status.value,
                "revealed": rnd.revealed,
                "voters": rnd.voters,
                # In card order, like the cards themselves.
                "tallies": {
                    card_keys[card_id]: rnd.tallies[card_id]
                    for card_id in card_keys
                    if card_id in rnd.tallies
                },
            }
            for rnd in workshop.voting_rounds
        ],
        "survey_answers": [
            {"text": answer.text, "source": answer.source.value, "hidden": answer.hidden}
            | ({"round": answer.round_day.isoformat()} if answer.round_day else {})
            for answer in sort_answers((*workshop.answers, *workshop.other_rounds))
        ],
        # Carried so that a workshop moved to another machine still recognises a
        # re-exported form. Safe to hand on with the answers: a digest of sorted cells
        # of the answer column tells no order and matches no name or e-mail list, and a
        # record holds nothing the answers beside it do not already say.
        "survey_imports": [
            {"rows": record.rows, "digest": record.digest} for record in sorted(workshop.import_records)
        ],
        "analysis_rules": [
            {"kind": rule.kind.value, "terms": list(rule.terms)} for rule in workshop.analysis_rules
        ],
        "vision_drafts": [
            {
                "key": draft_keys[draft.id],
                "text": draft.text,
                "chosen": draft.id == workshop.chosen_vision_id,
            }
            for draft in workshop.vision_drafts
        ],
        "sharing_plan": [
            {"channel": item.channel.value, "what": item.what, "who": item.who, "when": item.when}
            # Only where there is one, so files without places stay as they were.
            | ({"place": item.place} if item.place else {})
            for item in workshop.sharing_plan
        ],
    } | _checkins_out(workshop, card_keys)


def _checkins_out(workshop: Workshop, card_keys: Mapping[int, str]) -> dict[str, Any]:
    # Only once a plan exists, so the files of workshops without one stay as they were.
    planned = (
        {"checkin_days": [day.isoformat() for day in workshop.checkin_days]} if workshop.checkin_days else {}
    )
    return planned | _pulse_out(workshop, card_keys) | _versions_out(workshop)


def _versions_out(workshop: Workshop) -> dict[str, Any]:
    # Only once the charter was kept, so the files of workshops without a version stay
    # as they were.
    if not workshop.charter_versions:
        return {}
    return {
        "charter_versions": [
            {"number": v.number, "day": v.day.isoformat(), "note": v.note, "text": v.text}
            for v in workshop.charter_versions
        ]
    }


def _pulse_out(workshop: Workshop, card_keys: Mapping[int, str]) -> dict[str, Any]:
    """The staff pulse of each check-in, by day: each response a list of ratings in card
    order, the responses sorted by content (never by arrival). Only when there is one,
    so the files of workshops without a pulse stay as they were."""
    position = {card_id: index for index, card_id in enumerate(card_keys)}
    by_day: dict[dt.date, list[list[PulseRating]]] = {}
    for response in workshop.pulse_responses:
        ratings = sorted(
            (r for r in response.ratings if r.card_id in position), key=lambda r: position[r.card_id]
        )
        if ratings:
            by_day.setdefault(response.day, []).append(ratings)
    if not by_day:
        return {}

    def key(ratings: list[PulseRating]) -> list[tuple[int, int, int, str]]:
        return [(position[r.card_id], r.lived or 0, r.leaders or 0, r.example) for r in ratings]

    return {
        "checkin_pulse": [
            {
                "day": day.isoformat(),
                "responses": [
                    [
                        {
                            "value": card_keys[r.card_id],
                            "lived": r.lived,
                            "leaders": r.leaders,
                            "example": r.example,
                        }
                        for r in ratings
                    ]
                    for ratings in sorted(by_day[day], key=key)
                ],
            }
            for day in sorted(by_day)
        ]
    }


def _logo_out(logo: Logo | None) -> dict[str, Any]:
    if logo is None:
        return {}
    return {"logo": {"type": logo.mime, "data": base64.b64encode(logo.data).decode("ascii")}}


def _logo_in(meta: _Reader) -> Logo | None:
    if "logo" not in meta.data:
        return None
    reader = meta.child("logo")
    encoded = reader._get("data", (str,), _REQUIRED)
    # Base64 is 4/3 of the bytes: a longer text is refused before it is decoded.
    if len(encoded) > (MAX_LOGO_BYTES * 4) // 3 + 4:
        too_large = LogoTooLargeError(
            size=f"{len(encoded) * 3 / 4 / (1024 * 1024):.1f}", limit=MAX_LOGO_BYTES // (1024 * 1024)
        )
        raise InterchangeFormatError(f"{reader.where}.data: {too_large}")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InterchangeFormatError(f"{reader.where}.data must be base64") from None
    logo = _checked(f"{reader.where}.data", lambda: check_logo(data))
    if reader.text("type", default=logo.mime) != logo.mime:
        raise InterchangeFormatError(f"{reader.where}.type must be {logo.mime}, as its data is")
    return logo


def _customer_types_in(root: _Reader, language: Language) -> tuple[CustomerType, ...]:
    # Documents from before workshops had their own lists: the five types they knew.
    if "customer_types" not in root.data:
        return retail_types(language)
    types = tuple(
        CustomerType(
            reader.text("key", SHORT_TEXT_LIMIT, single_line=True, default=_REQUIRED),
            reader.text("name", SHORT_TEXT_LIMIT, single_line=True, default=_REQUIRED),
            reader.text("description", single_line=True),
        )
        for reader in root.objects("customer_types")
    )
    return _checked("$.customer_types", lambda: check_customer_types(types, language))


def _persona_out(persona: Persona) -> dict[str, Any]:
    return {
        "name": persona.name,
        "description": persona.description,
        "segment": persona.segment.value if persona.segment else None,
        "customer_type": persona.customer_type,
        "demographics": persona.demographics,
        "availability": persona.availability.value if persona.availability else None,
        "custom_hours": persona.custom_hours,
        "first_response": persona.first_response,
        "tone": persona.tone,
        "channels": [channel.value for channel in persona.channels],
        "needs": list(persona.needs),
        "pains": list(persona.pains),
        "opportunities": list(persona.opportunities),
    }


def _readings_by_metric(workshop: Workshop) -> dict[int, list[MetricReading]]:
    by_metric: dict[int, list[MetricReading]] = {}
    for reading in workshop.metric_readings:
        by_metric.setdefault(reading.metric_id, []).append(reading)
    return by_metric


def _metric_out(metric: Metric, readings: list[MetricReading]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": metric.name,
        "method": metric.method,
        "target": metric.target,
        "frequency": metric.frequency,
    }
    # Only where there are some, so files without readings stay as they were.
    if readings:
        out["readings"] = [{"day": r.day.isoformat(), "value": r.value} for r in sorted(readings)]
    return out


def _reviews_by_card(workshop: Workshop) -> dict[int, list[CommitmentReview]]:
    by_card: dict[int, list[CommitmentReview]] = {}
    for review in workshop.commitment_reviews:
        by_card.setdefault(review.card_id, []).append(review)
    return by_card


def _card_out(
    card: ValueCard,
    card_keys: Mapping[int, str],
    readings: Mapping[int, list[MetricReading]],
    reviews: Mapping[int, list[CommitmentReview]],
) -> dict[str, Any]:
    out = {
        "key": card_keys[card.id],
        "name": card.name,
        "description": card.description,
        "colour": card.colour,
        "cluster": card.cluster,
        "merged_into": card_keys[card.merged_into] if card.merged_into is not None else None,
        "selected_rank": card.selected_rank,
        "evidence_terms": list(card.evidence_terms),
        "guidelines": {q.value: card.guidelines[q] for q in GuidelineQuestion if q in card.guidelines},
        "metrics": [_metric_out(m, readings.get(m.id, [])) for m in card.metrics],
        "behaviours": [{"kind": b.kind.value, "text": b.text} for b in card.behaviours],
        "leader_commitment": card.leader_commitment,
    }
    # Only where there are some, so files without reviews stay as they were.
    if card.id in reviews:
        out["commitment_reviews"] = [
            {"day": r.day.isoformat(), "status": r.status.value, "note": r.note}
            for r in sorted(reviews[card.id])
        ]
    return out


# --- reading -------------------------------------------------------------------------


_REQUIRED = object()


class _Reader:
    """Typed access to one JSON object, with error messages that name the path."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise InterchangeFormatError(f"{where} must be an object")
        self.data = data
        self.where = where

    def _get(self, key: str, kinds: tuple[type, ...], default: object) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                raise InterchangeFormatError(f"{self.where}.{key} is missing")
            return default
        value = self.data[key]
        # bool is an int subclass: refuse it where a number is expected.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            raise InterchangeFormatError(f"{self.where}.{key} must be {names}")
        if isinstance(value, int) and not isinstance(value, bool):
            _check_number(value, f"{self.where}.{key}")
        return value

    def text(
        self, key: str, limit: int = LONG_TEXT_LIMIT, *, single_line: bool = False, default: object = ""
    ) -> str:
        return clean_text(self._get(key, (str,), default), limit, single_line=single_line)

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, (str, type(None)), None)
        return None if value is None else clean_text(value, SHORT_TEXT_LIMIT, single_line=True)

    def integer(self, key: str, default: object = _REQUIRED) -> int:
        return self._get(key, (int,), default)

    def optional_integer(self, key: str) -> int | None:
        return self._get(key, (int, type(None)), None)

    def flag(self, key: str, default: bool = False) -> bool:
        return self._get(key, (bool,), default)

    def enum(self, key: str, kind: type[E], default: E | object = _REQUIRED) -> E:
        if key not in self.data and default is not _REQUIRED:
            return default  # type: ignore[return-value]
        return _enum_value(kind, self._get(key, (str,), _REQUIRED), f"{self.where}.{key}")

    def optional_enum(self, key: str, kind: type[E]) -> E | None:
        raw = self._get(key, (str, type(None)), None)
        return None if raw is None else _enum_value(kind, raw, f"{self.where}.{key}")

    def objects(self, key: str) -> list[_Reader]:
        items = self._get(key, (list,), [])
        return [_Reader(item, f"{self.where}.{key}[{index}]") for index, item in enumerate(items)]

    def strings(self, key: str, limit: int = SHORT_TEXT_LIMIT) -> tuple[str, ...]:
        items = self._get(key, (list,), [])
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise InterchangeFormatError(f"{self.where}.{key}[{index}] must be str")
        return tuple(clean_text(item, limit, single_line=True) for item in items)

    def child(self, key: str) -> _Reader:
        return _Reader(self._get(key, (dict,), {}), f"{self.where}.{key}")


def feedback_to_document(feedback: Feedback) -> dict[str, Any]:
    """The ``feedback`` member of a document: nothing for a workshop without feedback,
    so that its file stays as it was. Comments are sorted by their content, never kept
    in the order they were stored, and a cell a comment lacks is left out."""
    if not len(feedback) and not feedback.imports:
        return {}

    def comment(text: str, score: int | None, day: dt.date | None, channel: str | None) -> dict[str, Any]:
        return (
            {"text": text}
            | ({"score": score} if score is not None else {})
            | ({"date": day.isoformat()} if day is not None else {})
            | ({"channel": channel} if channel is not None else {})
        )

    rows = sorted(
        feedback,
        key=lambda row: (
            row.text,
            -1 if row.score is None else row.score,
            row.date or dt.date.min,
            row.channel or "",
        ),
    )
    return {
        "feedback": {
            "scale": feedback.scale.value if feedback.scale is not None else None,
            "comments": [comment(*row) for row in rows],
            # As survey_imports: a longer export of the same file is recognised after a
            # move, and the digests tell no order and match no list of names.
            "imports": [
                {"rows": record.rows, "digest": record.digest} for record in sorted(feedback.imports)
            ],
        }
    }


def feedback_from_document(data: object, language: Language) -> Feedback | None:
    """The feedback of a parsed document (None: it has none). Personal data in the
    comments is replaced as an import replaces it, so a document written by hand or by
    another tool brings in none either."""
    root = _Reader(data, "$")
    if "feedback" not in root.data:
        return None
    reader = root.child("feedback")
    scale = reader.optional_enum("scale", ScoreScale)
    scrub = Scrubber(language)
    texts: list[str] = []
    scores: list[int | None] = []
    dates: list[dt.date | None] = []
    channels: list[str | None] = []
    shared: dict[str, dt.date | None] = {}
    for comment in reader.objects("comments"):
        text = comment.text("text").strip()
        score = comment.optional_integer("score")
        if score is not None:
            if scale is None:
                raise InterchangeFormatError(f"{comment.where}.score needs $.feedback.scale (nps or csat)")
            if not scale.lowest <= score <= scale.highest:
                bounds = f"{scale.lowest} to {scale.highest}"
                raise InterchangeFormatError(
                    f"{comment.where}.score must be {bounds} on the {scale.name} scale"
                )
        elif not text:
            raise InterchangeFormatError(f"{comment.where} has neither a text nor a score")
        raw_day = comment.optional_text("date") or ""
        if raw_day not in shared:
            shared[raw_day] = _date(raw_day, f"{comment.where}.date")
        texts.append(scrub(text) if text else "")
        scores.append(score)
        dates.append(shared[raw_day])
        channels.append(comment.optional_text("channel") or None)
    imports = tuple(sorted(_import_record_in(record) for record in reader.objects("imports")))
    return Feedback(tuple(texts), tuple(scores), tuple(dates), tuple(channels), scale, imports)


def _check_number(value: int, where: str) -> None:
    if abs(value) > LARGEST_NUMBER:
        raise InterchangeFormatError(f"{where} must be at most {LARGEST_NUMBER}")


def _enum_value(kind: type[E], raw: str, where: str) -> E:
    try:
        return kind(raw)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InterchangeFormatError(f"{where} must be one of {allowed}") from None


def from_document(data: object) -> Workshop:
    """Build a workshop value from a parsed JSON document. Ids are list positions; the
    store assigns its own when it saves the workshop."""
    root = _Reader(data, "$")
    if root.data.get("format") != FORMAT_NAME:
        raise InterchangeFormatError(f'$.format must be "{FORMAT_NAME}"')
    version = root.integer("schema_version")
    if version > SCHEMA_VERSION:
        raise InterchangeFormatError(
            f"schema_version {version} is newer than this app understands ({SCHEMA_VERSION})"
        )
    meta = root.child("workshop")
    language = meta.enum("language", Language)
    survey = meta.child("survey")
    team_name = meta.text("team_name", SHORT_TEXT_LIMIT, single_line=True, default=_REQUIRED)
    if not team_name:
        raise InterchangeFormatError("$.workshop.team_name must not be empty")

    customer_types = _customer_types_in(root, language)
    type_keys = {kind.key for kind in customer_types}
    personas = tuple(_persona_in(reader, index) for index, reader in enumerate(root.objects("personas"), 1))
    for index, persona in enumerate(personas):
        if persona.customer_type is not None and persona.customer_type not in type_keys:
            raise InterchangeFormatError(
                f"$.personas[{index}].customer_type: {persona.customer_type!r} is none of $.customer_types"
            )
    accent = _checked(
        "$.workshop.accent_colour", lambda: accent_colour(meta.text("accent_colour", single_line=True))
    )

    cards_in = root.objects("value_cards")
    card_ids = _keys(cards_in, "v")
    drafts_in = root.objects("vision_drafts")
    draft_ids = _keys(drafts_in, "d")

    chosen_drafts = [
        draft_ids[d.text("key", default=f"d{i}")] for i, d in enumerate(drafts_in, 1) if d.flag("chosen")
    ]
    if len(chosen_drafts) > 1:
        raise InterchangeFormatError("$.vision_drafts: at most one draft can be chosen")

    # Metric ids unique across the cards, for the readings to name their metric by.
    metric_ids = itertools.count(1)
    readings: list[MetricReading] = []
    reviews: list[CommitmentReview] = []
    cards = tuple(
        _card_in(reader, index, card_ids, metric_ids, readings=readings, reviews=reviews)
        for index, reader in enumerate(cards_in, 1)
    )
    ranks = [card.selected_rank for card in cards if card.selected_rank is not None]
    _obeying("$.value_cards", lambda: check_selection(ranks))
    if len(set(ranks)) != len(ranks):
        raise InterchangeFormatError("$.value_cards: each chosen value needs its own rank")
    _check_merges(cards, cards_in)
    rounds = tuple(
        _round_in(reader, index, card_ids) for index, reader in enumerate(root.objects("voting_rounds"), 1)
    )
    _check_rounds(rounds)
    fewest = survey.integer("min_respondents", DEFAULT_MIN_RESPONDENTS)
    _obeying("$.workshop.survey.min_respondents", lambda: min_respondents(fewest))
    opens = _moment(survey.optional_text("open_from"), "$.workshop.survey.open_from")
    closes = _moment(survey.optional_text("open_until"), "$.workshop.survey.open_until")
    _obeying("$.workshop.survey.open_until", lambda: survey_window(opens, closes))
    window = survey_window(opens, closes)
    planned = _checkin_days(root)
    asked = _date(survey.optional_text("round"), "$.workshop.survey.round")
    every_round = tuple(
        SurveyAnswer(
            id=str(index),
            text=reader.text("text", default=_REQUIRED),
            source=reader.enum("source", AnswerSource, AnswerSource.IMPORT),
            hidden=reader.flag("hidden"),
            round_day=_date(reader.optional_text("round"), f"{reader.where}.round"),
        )
        for index, reader in enumerate(root.objects("survey_answers"), 1)
    )

    return Workshop(
        id=0,
        info=WorkshopInfo(
            team_name=team_name,
            language=language,
            organisation=meta.text("organisation", SHORT_TEXT_LIMIT, single_line=True),
            facilitator=meta.text("facilitator", SHORT_TEXT_LIMIT, single_line=True),
            date=_date(meta.optional_text("date"), "$.workshop.date"),
        ),
        survey=SurveySettings(
            question=survey.text("question", single_line=True, default=""),
            is_open=survey.flag("open"),
            min_respondents=fewest,
            keep_question_words=survey.flag("keep_question_words"),
            open_from=window[0],
            open_until=window[1],
            round_day=asked,
        ),
        approach=meta.optional_enum("approach", Approach),
        approach_notes=meta.text("approach_notes"),
        value_set_name=meta.text("value_set_name", SHORT_TEXT_LIMIT, single_line=True),
        chosen_vision_id=chosen_drafts[0] if chosen_drafts else None,
        personas=personas,
        value_cards=cards,
        voting_rounds=rounds,
        answers=tuple(answer for answer in every_round if answer.round_day == asked),
        other_rounds=tuple(answer for answer in every_round if answer.round_day != asked),
        import_records=tuple(sorted(_import_record_in(reader) for reader in root.objects("survey_imports"))),
        analysis_rules=tuple(
            AnalysisRule(id=index, kind=reader.enum("kind", RuleKind), terms=reader.strings("terms"))
            for index, reader in enumerate(root.objects("analysis_rules"), 1)
        ),
        vision_drafts=tuple(
            VisionDraft(id=draft_ids[reader.text("key", default=f"d{index}")], text=reader.text("text"))
            for index, reader in enumerate(drafts_in, 1)
        ),
        sharing_plan=tuple(
            SharingItem(
                id=index,
                channel=reader.enum("channel", SharingChannel),
                what=reader.text("what"),
                who=reader.text("who", SHORT_TEXT_LIMIT, single_line=True),
                when=reader.text("when", SHORT_TEXT_LIMIT, single_line=True),
                place=reader.text("place", SHORT_TEXT_LIMIT, single_line=True),
            )
            for index, reader in enumerate(root.objects("sharing_plan"), 1)
        ),
        step_timers=_timers(meta.child("step_timers")),
        checkin_days=planned,
        metric_readings=tuple(sorted(readings)),
        # A review of a day no longer planned is kept by the app (an undo may bring the
        # day back) but is not part of the workshop as it stands.
        commitment_reviews=tuple(sorted(r for r in reviews if r.day in planned)),
        pulse_responses=_pulse_in(root, card_ids, cards),
        charter_versions=_versions_in(root),
        customer_types=customer_types,
        logo=_logo_in(meta),
        accent_colour=accent,
    )


def _pulse_in(
    root: _Reader, card_ids: Mapping[str, int], cards: tuple[ValueCard, ...]
) -> tuple[PulseResponse, ...]:
    """The check-ins' pulse responses, checked by the rules of a kiosk's or a phone's:
    ratings 1 to 5 or null, examples cleaned like answers. A value chosen then may have
    been set aside since: any card of the document may be rated."""
    known = {card.id for card in cards}
    responses: list[PulseResponse] = []
    days: set[dt.date] = set()
    for pulse in root.objects("checkin_pulse"):
        day = _date(pulse.text("day", 10, single_line=True, default=_REQUIRED), f"{pulse.where}.day")
        if day is None or day in days:
            raise InterchangeFormatError(f"{pulse.where}.day must be a day no other pulse has")
        days.add(day)
        for index, items in enumerate(pulse._get("responses", (list,), [])):
            where = f"{pulse.where}.responses[{index}]"
            if not isinstance(items, list):
                raise InterchangeFormatError(f"{where} must be list")
            ratings = []
            for number, item in enumerate(items):
                reader = _Reader(item, f"{where}[{number}]")
                card_id = _reference(
                    card_ids, reader.text("value", SHORT_TEXT_LIMIT, single_line=True), reader.where
                )
                if any(r.card_id == card_id for r in ratings):
                    raise InterchangeFormatError(f"{reader.where}.value is rated twice in one response")
                ratings.append(
                    PulseRating(
                        card_id,
                        reader.optional_integer("lived"),
                        reader.optional_integer("leaders"),
                        reader.text("example"),
                    )
                )
            _obeying(
                where, lambda day=day, ratings=ratings: responses.append(pulse_response(day, ratings, known))
            )
    return sort_pulse(responses)


def _versions_in(root: _Reader) -> tuple[CharterVersion, ...]:
    versions: dict[int, CharterVersion] = {}
    for reader in root.objects("charter_versions"):
        where = reader.where
        number = reader.integer("number")
        if number < 1 or number in versions:
            raise InterchangeFormatError(f"{reader.where}.number must be from 1 and no other version's")
        if len(reader._get("text", (str,), _REQUIRED)) > CHARTER_TEXT_LIMIT:
            # A kept charter cut short would no longer be what was kept.
            raise InterchangeFormatError(f"{where}.text is longer than {CHARTER_TEXT_LIMIT} characters")
        day = _date(reader.text("day", 10, single_line=True, default=_REQUIRED), f"{reader.where}.day")
        if day is None:
            raise InterchangeFormatError(f"{reader.where}.day must be a day")
        versions[number] = CharterVersion(
            number, day, reader.text("note"), reader.text("text", CHARTER_TEXT_LIMIT, default=_REQUIRED)
        )
    return tuple(versions[number] for number in sorted(versions))


def _checkin_days(root: _Reader) -> tuple[dt.date, ...]:
    where = f"{root.where}.checkin_days"
    days = [_date(raw, f"{where}[{index}]") for index, raw in enumerate(root.strings("checkin_days"))]
    try:
        return checkin_days(day for day in days if day is not None)
    except ValueError as error:
        raise InterchangeFormatError(f"{where}: {error}") from None


def _check_merges(cards: tuple[ValueCard, ...], readers: list[_Reader]) -> None:
    """Merges one level deep, never of a chosen value: a cycle would hide both cards."""
    by_id = {card.id: card for card in cards}
    for card, reader in zip(cards, readers, strict=True):
        if card.merged_into is not None:
            into = by_id[card.merged_into]
            _obeying(
                f"{reader.where}.merged_into", lambda card=card, into=into: check_merge(card, into, cards)
            )


def _check_rounds(rounds: tuple[VotingRound, ...]) -> None:
    """Each round's size within the editor's limits, and one open round at most: the
    kiosk, the phones and the board each show the one open round's ballot."""
    open_ids: list[int] = []
    for index, voting in enumerate(rounds):
        where = f"$.voting_rounds[{index}]"
        _obeying(where, lambda voting=voting: check_round_size(voting.dots_per_person, voting.max_per_card))
        if voting.voters < 0:
            raise InterchangeFormatError(f"{where}.voters must be 0 or more")
        if voting.status is VotingStatus.OPEN:
            _obeying(where, lambda voting=voting: check_opening(voting.id, open_ids))
            open_ids.append(voting.id)


def _import_record_in(reader: _Reader) -> ImportRecord:
    rows = reader.integer("rows")
    if rows < 1:
        raise InterchangeFormatError(f"{reader.where}.rows must be 1 or more")
    digest = reader.text("digest", default=_REQUIRED)
    if not _DIGEST.fullmatch(digest):
        raise InterchangeFormatError(f"{reader.where}.digest must be 64 lower-case hexadecimal digits")
    return ImportRecord(rows=rows, digest=digest)


def _keys(readers: list[_Reader], prefix: str) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, reader in enumerate(readers, 1):
        key = reader.text("key", SHORT_TEXT_LIMIT, default=f"{prefix}{index}")
        if key in keys:
            raise InterchangeFormatError(f"{reader.where}.key {key!r} is used twice")
        keys[key] = index
    return keys


def _reference(keys: Mapping[str, int], key: str, where: str) -> int:
    if key not in keys:
        raise InterchangeFormatError(f"{where} refers to unknown key {key!r}")
    return keys[key]


def _window_out(survey: SurveySettings) -> dict[str, str]:
    moments = {"open_from": survey.open_from, "open_until": survey.open_until}
    return {key: moment.isoformat() for key, moment in moments.items() if moment is not None}


def _moment(raw: str | None, where: str) -> dt.datetime | None:
    if not raw:
        return None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise InterchangeFormatError(f"{where} must be a moment like 2026-12-18T15:00:00+00:00") from None
    if moment.tzinfo is None:
        raise InterchangeFormatError(f"{where} must say its time zone, like 2026-12-18T15:00:00+00:00")
    return moment


def _date(raw: str | None, where: str) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InterchangeFormatError(f"{where} must be a date like 2026-11-22") from None


def _timers(reader: _Reader) -> dict[str, int]:
    timers: dict[str, int] = {}
    for step, seconds in reader.data.items():
        if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 0:
            raise InterchangeFormatError(f"{reader.where}.{step} must be a number of seconds")
        timers[str(step)] = step_timer_seconds(seconds)
    return timers


def persona_from_document(data: object) -> Persona:
    """One persona in the interchange format (templates use it too)."""
    return _persona_in(_Reader(data, "$"), 0)


def _persona_in(reader: _Reader, index: int) -> Persona:
    tone = reader.integer("tone", 50)
    return Persona(
        id=index,
        name=reader.text("name", SHORT_TEXT_LIMIT, single_line=True),
        description=reader.text("description"),
        segment=reader.optional_enum("segment", Segment),
        customer_type=_type_key(reader),
        demographics=reader.text("demographics"),
        availability=reader.optional_enum("availability", Availability),
        custom_hours=reader.text("custom_hours", SHORT_TEXT_LIMIT, single_line=True),
        first_response=reader.text("first_response", SHORT_TEXT_LIMIT, single_line=True),
        tone=min(100, max(0, tone)),
        channels=_unique_enums(reader, "channels", Channel),
        needs=reader.strings("needs", LONG_TEXT_LIMIT),
        pains=reader.strings("pains", LONG_TEXT_LIMIT),
        opportunities=reader.strings("opportunities", LONG_TEXT_LIMIT),
    )


def _type_key(reader: _Reader) -> str | None:
    key = reader.optional_text("customer_type")
    if key is not None and (len(key) > KEY_LIMIT or not key):
        raise InterchangeFormatError(f"{reader.where}.customer_type must be a customer type's key")
    return key


def _unique_enums(reader: _Reader, key: str, kind: type[E]) -> tuple[E, ...]:
    values = tuple(_enum_value(kind, raw, f"{reader.where}.{key}") for raw in reader.strings(key))
    if len(set(values)) != len(values):
        raise InterchangeFormatError(f"{reader.where}.{key} lists an entry twice")
    return values


def _card_in(
    reader: _Reader,
    index: int,
    card_ids: Mapping[str, int],
    metric_ids: Iterator[int],
    *,
    readings: list[MetricReading],
    reviews: list[CommitmentReview],
) -> ValueCard:
    guidelines_in = reader.child("guidelines")
    guidelines: dict[GuidelineQuestion, str] = {}
    for raw_key in guidelines_in.data:
        question = _enum_value(GuidelineQuestion, raw_key, f"{guidelines_in.where}")
        answer = guidelines_in.text(raw_key)
        if answer:  # an empty answer is no answer, as in the app
            guidelines[question] = answer
    merged_into = reader.optional_text("merged_into")
    rank = reader.optional_integer("selected_rank")
    if rank is not None and not 1 <= rank <= MAX_CHOSEN_VALUES:
        raise InterchangeFormatError(f"{reader.where}.selected_rank must be 1 to {MAX_CHOSEN_VALUES}")
    name = reader.text("name", SHORT_TEXT_LIMIT, single_line=True, default=_REQUIRED)
    if not has_value_name(name):
        raise InterchangeFormatError(f"{reader.where}.name must not be empty")
    colour = reader.text("colour", 32, single_line=True)
    _obeying(f"{reader.where}.colour", lambda: card_colour(colour))
    _reviews_in(reader, index, reviews)
    return ValueCard(
        id=index,
        name=name,
        description=reader.text("description"),
        colour=colour,
        cluster=reader.text("cluster", SHORT_TEXT_LIMIT, single_line=True),
        merged_into=_merge_target(card_ids, merged_into, index, reader.where),
        selected_rank=rank,
        evidence_terms=reader.strings("evidence_terms"),
        guidelines={q: guidelines[q] for q in GuidelineQuestion if q in guidelines},
        metrics=tuple(_metric_in(m, next(metric_ids), readings) for m in reader.objects("metrics")),
        behaviours=tuple(
            Behaviour(id=position, kind=b.enum("kind", BehaviourKind), text=b.text("text", default=_REQUIRED))
            for position, b in enumerate(reader.objects("behaviours"), 1)
        ),
        leader_commitment=reader.text("leader_commitment"),
    )


def _reviews_in(reader: _Reader, card_id: int, reviews: list[CommitmentReview]) -> None:
    days: set[dt.date] = set()
    for item in reader.objects("commitment_reviews"):
        day = _date(item.text("day", 10, single_line=True, default=_REQUIRED), f"{item.where}.day")
        if day is None or day in days:
            raise InterchangeFormatError(
                f"{item.where}.day must be a check-in the value has no other review of"
            )
        days.add(day)
        reviews.append(
            CommitmentReview(day, card_id, item.enum("status", CommitmentStatus), item.text("note"))
        )


def _metric_in(reader: _Reader, metric_id: int, readings: list[MetricReading]) -> Metric:
    name = reader.text("name", SHORT_TEXT_LIMIT, single_line=True, default=_REQUIRED)
    if not has_metric_name(name):
        raise InterchangeFormatError(f"{reader.where}.name must not be empty")
    days: set[dt.date] = set()
    for item in reader.objects("readings"):
        day = _date(item.text("day", 10, single_line=True, default=_REQUIRED), f"{item.where}.day")
        value = item.data.get("value") if isinstance(item.data, dict) else None
        if day is None or day in days:
            raise InterchangeFormatError(f"{item.where}.day must be a day the metric has no other reading on")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise InterchangeFormatError(f"{item.where}.value must be a number")
        days.add(day)
        readings.append(MetricReading(metric_id, day, float(value)))
    return Metric(
        id=metric_id,
        name=name,
        method=reader.text("method"),
        target=reader.text("target", SHORT_TEXT_LIMIT, single_line=True),
        frequency=reader.text("frequency", SHORT_TEXT_LIMIT, single_line=True),
    )


def _merge_target(card_ids: Mapping[str, int], key: str | None, own_id: int, where: str) -> int | None:
    if not key:
        return None
    target = _reference(card_ids, key, f"{where}.merged_into")
    if target == own_id:
        raise InterchangeFormatError(f"{where}.merged_into refers to the card itself")
    return target


def _round_in(reader: _Reader, index: int, card_ids: Mapping[str, int]) -> VotingRound:
    tallies_in = reader.child("tallies")
    tallies: dict[int, int] = {}
    for key, dots in tallies_in.data.items():
        if not isinstance(dots, int) or isinstance(dots, bool) or dots < 0:
            raise InterchangeFormatError(f"{tallies_in.where}.{key} must be a whole number")
        _check_number(dots, f"{tallies_in.where}.{key}")
        tallies[_reference(card_ids, key, tallies_in.where)] = dots
    return VotingRound(
        id=index,
        dots_per_person=reader.integer("dots_per_person", 3),
        max_per_card=reader.integer("max_per_card", 3),
        status=reader.enum("status", VotingStatus, VotingStatus.CLOSED),
        revealed=reader.flag("revealed"),
        voters=reader.integer("voters", 0),
        tallies=tallies,
    )
