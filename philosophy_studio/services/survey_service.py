"""The survey as a service: run for days on a workshop file or the team database,
without the app window, until SIGINT or SIGTERM.

One workshop's form is served at the server's root, as in the room. With
``every_open`` every workshop of the database whose survey is open and not over (its
window may begin later: phones then see when it opens; with ``votes``: that has an
open voting round) is served, each under its own unguessable prefix with
its own join code; the database is asked every POLL_SECONDS which workshops that is,
with one small query, so a survey opened later (in the app, or by its window) is
picked up without a restart. ``/healthz`` answers from what the last poll found.

Any number of these services may run on one team database behind a reverse proxy
(scaling out): each form's link, mount, join code and the key that signs its nonces are
kept in the database (``phone_form_secret``), made by whichever process serves the form
first, so every process serves the same link and join code and takes a form that
another process gave. Once-only submission is the database's unique submission token.
The limits on join attempts per client stay in each process's memory.

What is logged: starting, stopping, workshops picked up (their number), the database
going away and coming back, and failures. Never an answer, a link's token, a join
code, a client's address, or the moment of any one answer.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from philosophy_studio.domain.errors import (
    NoSuchCheckInError,
    NotAWorkshopError,
    ReadOnlyStorageError,
    WorkshopError,
)
from philosophy_studio.domain.model import MAX_ANSWER_LENGTH
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.persistence import phone_secrets, repository
from philosophy_studio.persistence.database import Store, can_write, describe, sqlite_path, to_url
from philosophy_studio.persistence.migrate import prepare
from philosophy_studio.services import survey
from philosophy_studio.services.backups import BackupKind, make_safety_backup
from philosophy_studio.services.phone_survey import (
    PHONE_WAIT_SECONDS,
    WorkshopBallotSink,
    WorkshopPulseSink,
    WorkshopSurveySink,
)
from philosophy_studio.services.workshop_service import WorkshopService, parse_address
from philosophy_studio.survey_server.app import Closed
from philosophy_studio.survey_server.ballots import BallotApp
from philosophy_studio.survey_server.pulse import PulseApp
from philosophy_studio.survey_server.router import new_mount
from philosophy_studio.survey_server.security import SharedForm, format_join_code, new_join_code, new_token
from philosophy_studio.survey_server.server import ServedForm, SharedSurveyServer

log = logging.getLogger(__name__)

# How often the database is asked which workshops to serve, and whether it is there.
POLL_SECONDS = 5.0
# The database counts as unreachable when no poll succeeded for this long.
UNREACHABLE_AFTER_SECONDS = 3 * POLL_SECONDS
# On PostgreSQL a table keeps rows where they were written, so its physical order tells
# who answered after whom until the answers are shuffled (repository.shuffle_answers).
# A service that runs for days shuffles this often when answers came in meanwhile:
# the order of arrival is then blurred to within this period, not the whole week.
SHUFFLE_SECONDS = 5 * 60
# How long the workshop's question, language and open switch, as the phone pages read
# them, are taken as read: a change in the app reaches the phones within this, and the
# end of the survey's window and the storing transaction's own check are exact.
SURVEY_FRESH_SECONDS = 1.0


@dataclass(frozen=True)
class ServiceOptions:
    """Where and what to serve: the command line's flags or environment variables."""

    location: str
    workshop_id: int | None = None
    every_open: bool = False
    votes: bool = False
    # The staff pulse of check-in ``checkin`` (numbered from 1; None: the latest one due),
    # of the one chosen workshop, instead of the survey.
    pulse: bool = False
    checkin: int | None = None
    host: str | None = None
    port: int = 0
    public_url: str = ""
    # Reverse proxies (addresses or networks) whose X-Forwarded-For / Forwarded is
    # believed for the per-client limits.
    trusted_proxies: tuple[str, ...] = ()
    poll_seconds: float = POLL_SECONDS
    shuffle_seconds: float = SHUFFLE_SECONDS


def _open_store(location: str) -> Store:
    url = to_url(location)
    path = sqlite_path(url)
    store = Store(url)
    try:
        prepare(store, before_upgrade=lambda old: make_safety_backup(old, BackupKind.BEFORE_UPGRADE))
    except BaseException:
        store.dispose()
        raise
    if path is not None and not can_write(path):
        # Every answer would be refused: say so now, not to each phone.
        store.dispose()
        raise ReadOnlyStorageError()
    return store


# The join page of all workshops served with --all.
JOIN_SCOPE = "join"


class StoredCode:
    """A form's join code as the database keeps it, for every process alike."""

    def __init__(self, store: Store, scope: str) -> None:
        self._store = store
        self._scope = scope

    def read(self) -> str:
        with self._store.read() as session:
            code = phone_secrets.join_code_of(session, self._scope)
        if code is None:
            # The workshop was deleted under the service: no code opens it any more.
            raise NotAWorkshopError(path=self._scope)
        return code

    def replace(self, old: str, new: str) -> str:
        with self._store.write(PHONE_WAIT_SECONDS) as session:
            phone_secrets.replace_join_code(session, self._scope, old, new)
        return self.read()


def shared_form(store: Store, scope: str, workshop_id: int | None) -> SharedForm:
    """The secrets of the form ``scope`` that every process serving it uses, made now
    if no process made them before."""
    from sqlalchemy.exc import IntegrityError

    with store.read() as session:
        row = phone_secrets.secret_of(session, scope)
    if row is None:
        try:
            with store.write() as session:
                phone_secrets.add_secret(
                    session,
                    scope,
                    workshop_id,
                    token=new_token(),
                    mount=new_mount(),
                    join_code=new_join_code(),
                    signing_key=secrets.token_hex(32),
                )
        except IntegrityError:
            pass  # another process made them at the same moment: its are read below
        with store.read() as session:
            row = phone_secrets.secret_of(session, scope)
        if row is None:
            raise NotAWorkshopError(path=scope)
    return SharedForm(row.token, row.mount, bytes.fromhex(row.signing_key), StoredCode(store, scope))


class SurveyService:
    """The running service: the shared server, the workshops it serves, the poll.

    ``run(stop)`` serves until ``stop`` is set, then stops gracefully (requests in
    flight are answered) and returns how many answers (ballots) arrived."""

    def __init__(self, options: ServiceOptions, out: TextIO) -> None:
        self.options = options
        self._out = out
        location, addressed = parse_address(options.location)
        self._store = _open_store(location)
        self._workshop_id = options.workshop_id if options.workshop_id is not None else addressed
        self._served: dict[int, ServedForm] = {}
        # The join code last printed per workshop: another process may change it.
        self._codes_shown: dict[int, str] = {}
        self._count_lock = threading.Lock()
        self.stored = 0
        self._last_reachable = time.monotonic()
        self._database_down = False
        # How many answers had arrived at the last shuffle, and how many shuffles ran.
        self._shuffled_at = 0
        self.shuffles = 0
        try:
            self._chosen = None if options.every_open else self._choose_workshop()
            self._pulse_day = self._pulse_checkin() if options.pulse else None
            self.server = SharedSurveyServer(
                self.health,
                host=options.host,
                port=options.port,
                max_answer_length=MAX_ANSWER_LENGTH,
                public_url=options.public_url,
                trusted_proxies=options.trusted_proxies,
            )
            # Several workshops: one short address takes any of their codes.
            self._join_url = (
                self.server.add_root_join(shared_form(self._store, JOIN_SCOPE, None).key)
                if options.every_open
                else ""
            )
        except BaseException:
            self._store.dispose()
            raise

    @property
    def form(self) -> PhoneForm:
        if self.options.pulse:
            return PhoneForm.PULSE
        return PhoneForm.VOTES if self.options.votes else PhoneForm.SURVEY

    def _pulse_checkin(self) -> dt.date:
        """The day of the check-in whose pulse is served (see ServiceOptions.checkin)."""
        from philosophy_studio.services.checkins import report_checkin, shown_plan

        if self._chosen is None:
            raise PulseNeedsOneWorkshopError()
        workshop = WorkshopService(self._store, self._chosen).load()
        today = dt.date.today()
        plan = shown_plan(workshop, today)
        number = self.options.checkin if self.options.checkin is not None else report_checkin(plan, today)
        if not 1 <= number <= len(plan):
            raise NoSuchCheckInError(number=number, planned=len(plan))
        return plan[number - 1].day

    def _choose_workshop(self) -> int:
        with self._store.read() as session:
            summaries = repository.list_workshops(session)
        if self._workshop_id is not None:
            if self._workshop_id not in {summary.id for summary in summaries}:
                raise NotAWorkshopError(path=f"{describe(self._store.url)} #{self._workshop_id}")
            return self._workshop_id
        if len(summaries) != 1:
            listed = "; ".join(f"{summary.id} {summary.team_name}" for summary in summaries)
            raise ChooseWorkshopError(
                location=describe(self._store.url), count=len(summaries), workshops=listed
            )
        return summaries[0].id

    # --- what is served -----------------------------------------------------------

    def _count(self) -> None:
        with self._count_lock:
            self.stored += 1

    def _serve(self, workshop_id: int, team_name: str) -> None:
        service = WorkshopService(self._store, workshop_id)
        app_type: type | None
        if self._pulse_day is not None:
            app_type, sink = PulseApp, WorkshopPulseSink(service, self._count, day=self._pulse_day)
        elif self.options.votes:
            app_type, sink = BallotApp, WorkshopBallotSink(service, self._count)
        else:
            app_type = None
            sink = WorkshopSurveySink(service, self._count, fresh_seconds=SURVEY_FRESH_SECONDS)
        alone = not self.options.every_open

        def rotated(code: str) -> None:
            self._codes_shown[workshop_id] = code
            label = "" if alone else f" for workshop {workshop_id}"
            print(f"New join code{label}: {format_join_code(code)}", file=self._out, flush=True)

        kwargs = {"app_type": app_type} if app_type is not None else {}
        # Everything read from the database before the form is served: if the database
        # fails here, the next poll tries the workshop again from the start.
        scope = f"{self.form.value}:{workshop_id}"
        shared = shared_form(self._store, scope, workshop_id)
        code = shared.code.read()
        served = self.server.add(sink, at_root=alone, on_code_rotated=rotated, shared=shared, **kwargs)
        self._served[workshop_id] = served
        self._codes_shown[workshop_id] = code
        join_url = self._join_url or served.join_url
        self._tell_the_app(scope, served.url, join_url)
        what = {PhoneForm.PULSE: "Pulse", PhoneForm.VOTES: "Voting"}.get(self.form, "Survey")
        if alone:
            print(f"{what} link: {served.url}", file=self._out)
        else:
            print(f"{what} link for workshop {workshop_id} ({team_name}): {served.url}", file=self._out)
        print(f"Join at {join_url} with code: {format_join_code(code)}", file=self._out)
        self._out.flush()
        log.info("serving a workshop", extra={"event": "workshop_served", "workshop": workshop_id})

    def _tell_the_app(self, scope: str, link: str, join_link: str) -> None:
        """Keep where the form is served with its secrets, so the app shows the link,
        QR code and join code on any laptop that opens the workshop. Serving goes on
        when this cannot be stored (a read-only role): the link is printed anyway."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self._store.write(PHONE_WAIT_SECONDS) as session:
                phone_secrets.set_links(session, scope, link, join_link)
        except (WorkshopError, DBAPIError):
            log.warning("could not store where a form is served", extra={"event": "link_not_stored"})

    def _open_now(self) -> list[tuple[int, str]]:
        """The workshops to serve now (every_open), or the chosen one; reaching the
        database at all is what the health answer reports."""
        now = survey.utc_now()
        with self._store.read() as session:
            if self._chosen is not None:
                row = repository.workshop_row(session, self._chosen)
                return [(row.id, row.team_name)]
            return repository.workshops_to_serve(session, now, votes=self.options.votes)

    def poll(self) -> None:
        try:
            wanted = self._open_now()
            for workshop_id, team_name in wanted:
                if workshop_id not in self._served:
                    self._serve(workshop_id, team_name)
            self._show_changed_codes()
        except (WorkshopError, OSError, Exception):  # noqa: BLE001 - any failure means "not reachable"
            if not self._database_down:
                log.warning("the database cannot be reached", extra={"event": "database_unreachable"})
            self._database_down = True
            return
        self._last_reachable = time.monotonic()
        if self._database_down:
            log.info("the database is reachable again", extra={"event": "database_reachable"})
        self._database_down = False

    def _show_changed_codes(self) -> None:
        """Print a join code that another process of the service changed, so that
        whatever shows this process's output shows the code phones must type."""
        for workshop_id, served in list(self._served.items()):
            try:
                code = served.join_code
            except NotAWorkshopError:
                continue  # deleted meanwhile: no code opens it any more
            if code != self._codes_shown.get(workshop_id):
                self._codes_shown[workshop_id] = code
                label = "" if self._chosen is not None else f" for workshop {workshop_id}"
                print(f"New join code{label}: {format_join_code(code)}", file=self._out, flush=True)

    def shuffle(self) -> None:
        """Rewrite the answers in the order of their random keys, if any came in since
        the last time (PostgreSQL only; SQLite keeps key order all along)."""
        with self._count_lock:
            arrived = self.stored
        if self._store.is_sqlite or self.options.votes or arrived == self._shuffled_at:
            return
        from sqlalchemy.exc import DBAPIError

        try:
            with self._store.write(PHONE_WAIT_SECONDS) as session:
                repository.shuffle_answers(session)
        except (WorkshopError, DBAPIError):
            # Not the table's owner, or busy: tried again later, and on close.
            log.warning(
                "could not shuffle the stored order of the answers", extra={"event": "shuffle_failed"}
            )
            return
        self._shuffled_at = arrived
        self.shuffles += 1

    def health(self) -> dict[str, object]:
        reachable = (
            not self._database_down
            and time.monotonic() - self._last_reachable
            < UNREACHABLE_AFTER_SECONDS + self.options.poll_seconds
        )
        return {
            "status": "ok" if reachable else "unavailable",
            "workshops": len(self._served),
            "database": "reachable" if reachable else "unreachable",
        }

    def announce_state(self) -> None:
        """One line when the single workshop's form is closed: phones see a closed page."""
        if self._chosen is None:
            if not self._served:
                print(
                    "No workshop takes answers now: each is served as soon as it does.",
                    file=self._out,
                    flush=True,
                )
            return
        service = WorkshopService(self._store, self._chosen)
        if self._pulse_day is not None:
            print(
                f"The staff pulse of the check-in on {self._pulse_day.isoformat()}: staff answer it "
                "until the service stops.",
                file=self._out,
            )
        elif self.options.votes:
            if not WorkshopBallotSink(service).is_open():
                print(
                    "No voting round is open: phones see a closed page until one is opened.", file=self._out
                )
        else:
            sink = WorkshopSurveySink(service)
            why = sink.why_closed()
            if why is not None:
                kind, moment = why
                when = moment.astimezone().isoformat(timespec="minutes")
                if kind is Closed.ENDED:
                    print(f"The survey ended at {when}: phones see that it has ended.", file=self._out)
                else:
                    print(f"The survey opens at {when}: until then phones see when it opens.", file=self._out)
            elif not sink.is_open():
                print("The survey is closed: phones see a closed page until it is opened.", file=self._out)
        self._out.flush()

    def run(self, stop: threading.Event, on_started: Callable[[], None] | None = None) -> int:
        try:
            self.poll()
            self.announce_state()
            log.info(
                "the survey service started",
                extra={"event": "started", "workshops": len(self._served), "port": self.server.port},
            )
            if on_started is not None:
                on_started()
            next_poll = time.monotonic() + self.options.poll_seconds
            next_shuffle = time.monotonic() + self.options.shuffle_seconds
            # A timed wait, so that a signal handler gets to run on the main thread.
            while not stop.wait(min(0.5, self.options.poll_seconds)):
                if time.monotonic() >= next_poll:
                    self.poll()
                    next_poll = time.monotonic() + self.options.poll_seconds
                if time.monotonic() >= next_shuffle:
                    self.shuffle()
                    next_shuffle = time.monotonic() + self.options.shuffle_seconds
            log.info("stopping: answering the requests in flight", extra={"event": "stopping"})
        finally:
            self.server.stop(graceful=True)
            self.close()
        log.info("the survey service stopped", extra={"event": "stopped", "stored": self.stored})
        return self.stored

    def close(self) -> None:
        # One service closes the shared store: on a team database it first shuffles the
        # stored order of the answers, so that it tells nothing about their arrival.
        closing = WorkshopService(self._store, self._chosen or 0)
        if self.stored:
            closing.note_answers_added()
        closing.close()


class PulseNeedsOneWorkshopError(WorkshopError):
    """Only the command line meets it, so, like its help, it is in English."""

    template = "A pulse belongs to one check-in of one workshop: serve it with --workshop N, not --all."


class ChooseWorkshopError(WorkshopError):
    """A database of several workshops (or none) and no choice of one. Only the command
    line meets it (the app lists the workshops itself), so it names the command line's
    options and, like the command line's help, is in English."""

    template = (
        "{location} holds {count} workshops; choose one with --workshop N, or serve every open survey "
        "with --all. The workshops: {workshops}"
    )


def serve_until_stopped(
    options: ServiceOptions, *, out: TextIO | None = None, stop: threading.Event | None = None
) -> int:
    """Serve until SIGINT or SIGTERM (or ``stop``); returns how many answers (ballots)
    arrived. Signals are taken over only while serving, on the main thread."""
    stop = stop or threading.Event()
    service = SurveyService(options, out or sys.stdout)
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {
            signum: signal.signal(signum, lambda _signum, _frame: stop.set())
            for signum in (signal.SIGINT, signal.SIGTERM)
        }
    try:
        return service.run(stop)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
