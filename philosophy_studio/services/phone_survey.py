"""Answers from phones: the survey server composed with the real workshop services.

``WorkshopSurveySink`` stores each phone answer through ``survey.submit_answer`` with
the form's nonce as its submission token, so a retried post is stored once. It is
called from the server's worker threads; each call opens its own transaction.
``WorkshopBallotSink`` does the same for the open dot-voting round through
``voting.cast_ballot``; ``WorkshopCardSink`` adds value cards to the board from phones
during the brainstorm; ``WorkshopPulseSink`` stores a check-in's staff pulse.
``start_phone_form`` serves any of them; ``serve_until_stopped`` is the headless command
for the survey and the ballot.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from philosophy_studio.domain.errors import WorkshopError
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import (
    MAX_ANSWER_LENGTH,
    AnswerSource,
    PulseRating,
    ValueCard,
    VotingStatus,
    survey_takes_answers,
)
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.domain.value_commands import AddValueCard
from philosophy_studio.persistence import repository
from philosophy_studio.services import survey
from philosophy_studio.services.pulse import submit_pulse
from philosophy_studio.services.survey import submit_answer
from philosophy_studio.services.voting import cast_ballot
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.survey_server.app import Closed, SurveyApp
from philosophy_studio.survey_server.ballots import Ballot, BallotApp, BallotCard
from philosophy_studio.survey_server.cards import MAX_MEANING_LENGTH, MAX_NAME_LENGTH, CardApp
from philosophy_studio.survey_server.pulse import MAX_PULSE_TEXT, PulseApp, PulseValue
from philosophy_studio.survey_server.security import format_join_code  # noqa: F401 - the GUI's import
from philosophy_studio.survey_server.server import SurveyServer

# How long a phone's post waits for another writer (a kiosk answer, an edit, another
# program holding the file). Each post ties up one of the server's few workers while it
# waits: a phone gets "try again in a moment" after this, rather than every worker,
# and with them the form page, being held for the storage's full half minute.
PHONE_WAIT_SECONDS = 2.0


@dataclass(frozen=True)
class _SurveyRow:
    """What the phone pages read of the workshop: its question, language, open switch
    and window (the window is compared with the clock at each use)."""

    question: str
    language: Language
    switched_on: bool
    start: dt.datetime | None
    end: dt.datetime | None

    def takes_answers(self) -> bool:
        return survey_takes_answers(self.switched_on, self.start, self.end, survey.utc_now())


class WorkshopSurveySink:
    """The survey of one open workshop, as the phone server sees it. ``on_stored`` is
    called (on the server's thread) after each answer that was newly committed.

    With ``fresh_seconds`` the workshop's question, language, switch and window are read
    at most that often; the survey service uses it, because reading them three or four
    times for each phone's page and post cost more than the answer's own transaction.
    The window is still compared with the clock each time, and the transaction that
    stores an answer checks again, so nothing is stored after the survey closed."""

    def __init__(
        self,
        service: WorkshopService,
        on_stored: Callable[[], None] | None = None,
        *,
        fresh_seconds: float = 0.0,
    ) -> None:
        self._service = service
        self._on_stored = on_stored
        self._fresh_seconds = fresh_seconds
        self._lock = threading.Lock()
        self._read: tuple[float, _SurveyRow] | None = None

    def _row(self) -> _SurveyRow:
        if self._fresh_seconds:
            with self._lock:
                read = self._read
            if read is not None and time.monotonic() - read[0] < self._fresh_seconds:
                return read[1]
        with self._service.store.read() as session:
            row = repository.workshop_row(session, self._service.workshop_id)
            value = _SurveyRow(
                row.survey_question,
                Language(row.language),
                row.survey_open,
                *repository.survey_window_of(row),
            )
        if self._fresh_seconds:
            with self._lock:
                self._read = (time.monotonic(), value)
        return value

    def _forget(self) -> None:
        with self._lock:
            self._read = None

    def question(self) -> str:
        return self._row().question

    def language(self) -> Language:
        return self._row().language

    def is_open(self) -> bool:
        return self._row().takes_answers()

    def why_closed(self) -> tuple[Closed, dt.datetime] | None:
        """Whether the survey's window explains why it takes no answers now: it ended,
        or it has not begun (with that moment); None when it does not."""
        row = self._row()
        now = survey.utc_now()
        if row.end is not None and now >= row.end:
            return Closed.ENDED, row.end
        if row.start is not None and now < row.start:
            return Closed.NOT_YET, row.start
        return None

    def submit(self, text: str, token: str) -> bool:
        """Whether the answer was stored now (False: this token's answer was before)."""
        try:
            _result, changes = submit_answer(
                self._service, text, AnswerSource.LAN, submission_token=token, wait_seconds=PHONE_WAIT_SECONDS
            )
        except WorkshopError:
            # Perhaps closed meanwhile: the page that says so must read it afresh.
            self._forget()
            raise
        if changes and self._on_stored is not None:
            self._on_stored()
        return bool(changes)


class _WorkshopSink:
    """What every sink of a workshop's phone form holds: the workshop's service, and what
    to call (on the server's thread) after each submission newly stored."""

    def __init__(self, service: WorkshopService, on_stored: Callable[[], None] | None = None) -> None:
        self._service = service
        self._on_stored = on_stored

    def language(self) -> Language:
        with self._service.store.read() as session:
            return Language(repository.workshop_row(session, self._service.workshop_id).language)


class WorkshopBallotSink(_WorkshopSink):
    """The open voting round of one workshop, as the phone server sees it."""

    def is_open(self) -> bool:
        return self.ballot() is not None

    def ballot(self) -> Ballot | None:
        with self._service.store.read() as session:
            row = repository.workshop_row(session, self._service.workshop_id)
            open_round = next((r for r in row.voting_rounds if r.status == VotingStatus.OPEN.value), None)
            if open_round is None:
                return None
            cards = sorted(
                (card for card in row.value_cards if card.merged_into_id is None),
                key=lambda card: card.position,
            )
            return Ballot(
                round_id=open_round.id,
                dots_per_person=open_round.dots_per_person,
                max_per_card=open_round.max_per_card,
                cards=tuple(BallotCard(card.id, card.name, card.description, card.cluster) for card in cards),
            )

    def submit(self, round_id: int, dots: Mapping[int, int], token: str) -> bool:
        """Whether the ballot was counted now (False: this token's ballot was before)."""
        counted, _changes = cast_ballot(self._service, round_id, dots, token, wait_seconds=PHONE_WAIT_SECONDS)
        if counted and self._on_stored is not None:
            self._on_stored()
        return counted


class WorkshopCardSink(_WorkshopSink):
    """The values board of one workshop, taking cards from phones while it is served."""

    def is_open(self) -> bool:
        # The board takes cards for as long as the facilitator serves this form; stopping
        # the server kills its link.
        return True

    def submit(self, name: str, meaning: str) -> None:
        # At the end of the board, like a card the facilitator adds; the name is checked
        # and cleaned by the same rule (an empty one is an InvalidValueError).
        card = AddValueCard(ValueCard(id=0, name=name, description=meaning), position=sys.maxsize)
        self._service.execute(card, wait_seconds=PHONE_WAIT_SECONDS)
        if self._on_stored is not None:
            self._on_stored()


class WorkshopPulseSink(_WorkshopSink):
    """The staff pulse of one check-in (its ``day``), taking answers for as long as the
    facilitator serves it; stopping the server kills its link."""

    def __init__(
        self, service: WorkshopService, on_stored: Callable[[], None] | None = None, *, day: dt.date
    ) -> None:
        super().__init__(service, on_stored)
        self.day = day

    def is_open(self) -> bool:
        return True

    def values(self) -> tuple[PulseValue, ...]:
        with self._service.store.read() as session:
            row = repository.workshop_row(session, self._service.workshop_id)
            chosen = sorted(
                (card for card in row.value_cards if card.selected_rank is not None),
                key=lambda card: card.selected_rank or 0,
            )
            return tuple(PulseValue(card.id, card.name, card.description) for card in chosen)

    def submit(self, ratings: Sequence[PulseRating], token: str) -> bool:
        """Whether the answers were stored now (False: this token's were before)."""
        stored, _changes = submit_pulse(
            self._service, self.day, ratings, submission_token=token, wait_seconds=PHONE_WAIT_SECONDS
        )
        if stored and self._on_stored is not None:
            self._on_stored()
        return stored


# Per form: its sink, the application that serves it and the longest text it takes.
_SERVED: dict[PhoneForm, tuple[type, type[SurveyApp], int]] = {
    PhoneForm.SURVEY: (WorkshopSurveySink, SurveyApp, MAX_ANSWER_LENGTH),
    PhoneForm.VOTES: (WorkshopBallotSink, BallotApp, MAX_ANSWER_LENGTH),
    PhoneForm.CARDS: (WorkshopCardSink, CardApp, MAX_NAME_LENGTH + MAX_MEANING_LENGTH),
    PhoneForm.PULSE: (WorkshopPulseSink, PulseApp, MAX_PULSE_TEXT),
}


def start_phone_form(
    form: PhoneForm,
    service: WorkshopService,
    *,
    host: str | None = None,
    port: int = 0,
    on_stored: Callable[[], None] | None = None,
    on_code_rotated: Callable[[str], None] | None = None,
    **sink_options: Any,
) -> SurveyServer:
    """Serve ``form`` of ``service``'s workshop to phones until the returned server's
    ``stop``. Without ``host`` it listens on the machine's LAN address. ``sink_options``
    go to the form's sink (the pulse's check-in ``day``)."""
    sink_type, app_type, max_length = _SERVED[form]
    return SurveyServer.start(
        sink_type(service, on_stored, **sink_options),
        max_answer_length=max_length,
        host=host,
        port=port,
        on_code_rotated=on_code_rotated,
        app_type=app_type,
    )


def serve_until_stopped(
    location: str | Path,
    *,
    host: str | None = None,
    port: int = 0,
    votes: bool = False,
    out: TextIO = sys.stdout,
) -> int:
    """The headless server of one workshop file: print the link and join code first,
    serve until SIGINT or SIGTERM, then stop cleanly. Returns how many answers (with
    ``votes``: ballots) arrived meanwhile. See services.survey_service for the rest."""
    from philosophy_studio.services import survey_service

    options = survey_service.ServiceOptions(str(location), votes=votes, host=host, port=port)
    return survey_service.serve_until_stopped(options, out=out)
