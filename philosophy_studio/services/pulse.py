"""The staff pulse of a check-in: storing one anonymous response at a time (kiosk,
phones) and the results per value that the Check-ins step and the report show.

Stored per response: the check-in's day and per value two ratings and an example;
nothing that identifies a person or a moment finer than the check-in's day. Keys are
random and every list is sorted by content (see repository.add_pulse_response)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from philosophy_studio.analysis.pulse import PulseAnswer, ValuePulse, value_pulse
from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import PulseRating, ValueCard, Workshop
from philosophy_studio.domain.pulse import pulse_response
from philosophy_studio.persistence import repository
from philosophy_studio.services.voting import MAX_TOKEN_LENGTH, BadBallotTokenError
from philosophy_studio.services.workshop_service import WorkshopService

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from philosophy_studio.analysis.engine import TermCount
    from philosophy_studio.work import WorkControl

# The words shown per value: enough to see what the examples are about.
EXAMPLE_WORDS = 6


def submit_pulse(
    service: WorkshopService,
    day: dt.date,
    ratings: Sequence[PulseRating],
    *,
    submission_token: str | None = None,
    wait_seconds: float | None = None,
) -> tuple[bool, Changes]:
    """Store one respondent's pulse at the check-in of ``day`` in its own transaction:
    ratings of the workshop's chosen values only (read in that transaction). With
    ``submission_token`` (a random value from the submitting form) a retry of a stored
    submission stores nothing. Returns (whether it was stored now, what changed) as
    WorkshopSession.call expects."""
    from sqlalchemy.exc import IntegrityError

    if submission_token is not None and (
        not submission_token or len(submission_token) > MAX_TOKEN_LENGTH or not submission_token.isprintable()
    ):
        raise BadBallotTokenError()

    def store(session: Session) -> bool:
        if submission_token is not None and repository.has_pulse_submission(session, submission_token):
            return False
        row = repository.workshop_row(session, service.workshop_id)
        chosen = {card.id for card in row.value_cards if card.selected_rank is not None}
        response = pulse_response(day, ratings, chosen)
        repository.add_pulse_response(session, row.id, response, submission_token=submission_token)
        return True

    try:
        if not service.store.write_together(store, wait_seconds):
            return False, Changes()
        service.note_answers_added()
    except IntegrityError:
        # Two copies of one submission raced on a server that does not serialise writers:
        # the unique token let one in, and that one is the response.
        if submission_token is None or not _stored(service, submission_token):
            raise
        return False, Changes()
    return True, Changes.of(Aspect.ANSWERS, Aspect.CHECKINS)


def _stored(service: WorkshopService, submission_token: str) -> bool:
    with service.store.read() as session:
        return repository.has_pulse_submission(session, submission_token)


@dataclass(frozen=True)
class CheckInPulse:
    """A check-in's pulse as shown: how many responded, and per chosen value (in the
    chosen order) its figures, all hidden below ``minimum``."""

    day: dt.date
    respondents: int
    minimum: int
    values: tuple[tuple[ValueCard, ValuePulse], ...]

    @property
    def hidden(self) -> bool:
        return self.respondents < self.minimum


def _answers(workshop: Workshop, day: dt.date) -> list[PulseAnswer]:
    return [
        PulseAnswer(str(rating.card_id), rating.lived, rating.leaders, rating.example)
        for response in workshop.pulse_responses
        if response.day == day
        for rating in response.ratings
    ]


def checkin_pulse(workshop: Workshop, day: dt.date, days: Sequence[dt.date]) -> CheckInPulse:
    """The pulse of the check-in of ``day``, with the change of each value since the
    latest check-in before it (of ``days``, the plan) whose pulse was shown."""
    minimum = workshop.survey.min_respondents
    cards = workshop.chosen_values
    keys = [str(card.id) for card in cards]
    before = None
    for earlier in sorted((d for d in days if d < day), reverse=True):
        shown = value_pulse(_answers(workshop, earlier), keys, minimum)
        if any(not pulse.hidden for pulse in shown):
            before = {pulse.value_key: pulse for pulse in shown}
            break
    pulses = value_pulse(_answers(workshop, day), keys, minimum, before)
    respondents = sum(1 for response in workshop.pulse_responses if response.day == day)
    return CheckInPulse(day, respondents, minimum, tuple(zip(cards, pulses, strict=True)))


def example_words(
    workshop: Workshop,
    day: dt.date,
    days: Sequence[dt.date],
    control: WorkControl | None = None,
    *,
    top: int = EXAMPLE_WORDS,
) -> dict[int, tuple[tuple[str, int], ...]]:
    """Per chosen value (card id), the words its examples at the check-in of ``day``
    use most, by the survey's word analysis with the workshop's own corrections, each
    with how many people used it; only words more than one person used, and nothing
    for a value whose pulse is hidden. CPU-heavy: run it off the GUI thread."""
    from philosophy_studio.analysis.engine import run_analysis
    from philosophy_studio.services.analysis import analysis_options

    pulse = checkin_pulse(workshop, day, days)
    if pulse.hidden:
        return {}
    # The survey's question is not the pulse's: its words are not left out here.
    options = dataclasses.replace(analysis_options(workshop), question="")
    renamed = {name for _form, name in options.renames}
    words = {}
    for card, value in pulse.values:
        if value.hidden or not value.examples:
            continue
        result = run_analysis(value.examples, options, control)
        shared = [(_shown(term, renamed), term.respondents) for term in result.terms if term.respondents > 1]
        words[card.id] = tuple(shared[:top])
    return words


def _shown(term: TermCount, renamed: set[str]) -> str:
    """A word as staff wrote it (its most used form), unless the facilitator gave its
    group a name: a dictionary form ("paylaşmak" for "paylaştı") reads like a word
    nobody used."""
    return term.term if term.term in renamed else term.form
