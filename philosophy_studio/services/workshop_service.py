"""Use cases on one workshop: create, open, read, and apply edits.

Each call opens and closes its own short transaction and returns domain values plus
what changed. Nothing here knows whether the store is a file or a team server.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.customer_types import Sector, customer_type_set
from philosophy_studio.domain.errors import NotAWorkshopError, WorkshopError, WorkshopExistsError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import (
    DEFAULT_SURVEY_QUESTION,
    SurveySettings,
    VisionDraft,
    Workshop,
    WorkshopInfo,
    WorkshopSummary,
)
from philosophy_studio.domain.rules.workshop import EmptyTeamNameError, has_team_name
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.persistence import repository, snapshots
from philosophy_studio.persistence.database import (
    Store,
    can_write,
    describe,
    read_only_url,
    sqlite_path,
    to_url,
    without_password,
)
from philosophy_studio.persistence.file_lock import WorkshopFileLock
from philosophy_studio.persistence.migrate import prepare
from philosophy_studio.persistence.tables import VisionDraftRow
from philosophy_studio.services import (
    analysis_edits,
    charter_edits,
    checkin_edits,
    cover_edits,
    guideline_edits,
    persona_edits,
    survey_edits,
    value_edits,
    voting_edits,
    workshop_edits,
)
from philosophy_studio.services.backups import BackupKind, make_safety_backup
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """The workshop as read at one moment, and what changed since the snapshot before."""

    workshop: Workshop
    # On a team database, the fingerprint it was read at (None for a file).
    fingerprint: tuple[int, ...] | None
    changes: Changes


class WhichWorkshopError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{location} holds {count} workshops; choose one by its number "
        "(the command line's list-workshops shows them).",
    )


# Every command type the workshop accepts, by area.
_HANDLERS: HandlerTable = {
    **workshop_edits.HANDLERS,
    **guideline_edits.HANDLERS,
    **value_edits.HANDLERS,
    **persona_edits.HANDLERS,
    **survey_edits.HANDLERS,
    **analysis_edits.HANDLERS,
    **voting_edits.HANDLERS,
    **checkin_edits.HANDLERS,
    **charter_edits.HANDLERS,
    **cover_edits.HANDLERS,
}


def new_workshop(info: WorkshopInfo, sector: Sector = Sector.RETAIL) -> Workshop:
    """A fresh workshop with the default question, one empty, chosen vision draft and
    the customer types of ``sector`` (the Personas step offers the other sets)."""
    return Workshop(
        id=0,
        info=WorkshopInfo(
            team_name=clean_text(info.team_name, SHORT_TEXT_LIMIT, single_line=True),
            language=info.language,
            organisation=clean_text(info.organisation, SHORT_TEXT_LIMIT, single_line=True),
            facilitator=clean_text(info.facilitator, SHORT_TEXT_LIMIT, single_line=True),
            date=info.date,
        ),
        survey=SurveySettings(question=DEFAULT_SURVEY_QUESTION[info.language]),
        vision_drafts=(VisionDraft(id=1, text=""),),
        chosen_vision_id=1,
        customer_types=customer_type_set(sector, info.language),
    )


# How often an edit is tried again when another client changed the same row under it.
STALE_RETRIES = 3


class WorkshopService:
    """One open workshop. Safe to call from several threads at once, as the window's
    storage thread and the phone server's threads do: it holds nothing that changes
    after opening, each call has its own short transaction, and the engine's pool is
    thread-safe (tests/reliability/test_concurrent_edits.py). Only close() must come
    after every other call."""

    def __init__(self, store: Store, workshop_id: int, lock: WorkshopFileLock | None = None) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self._lock = lock
        self._answers_added = False

    def note_answers_added(self) -> None:
        """Answers were stored through this service: on a team database their physical
        order is shuffled when it closes (see repository.shuffle_answers)."""
        self._answers_added = True

    @property
    def location(self) -> str:
        """Where to find this workshop again: the file, or the team database (without
        its password) and the workshop's number there."""
        if self.path is not None:
            return str(self.path)
        return server_address(self.store.url, self.workshop_id)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.store.url)

    # --- opening and closing --------------------------------------------------------

    @classmethod
    def create(
        cls,
        location: str | Path,
        workshop: Workshop,
        *,
        exclusive: bool = False,
        also: Callable[[Session, int], None] | None = None,
    ) -> WorkshopService:
        """Store ``workshop`` as a new workshop at ``location``. A file location must
        not exist yet; a server gets one more workshop. ``also`` (given the session and
        the new workshop's id) stores more in the same transaction, so that a failure
        leaves neither."""
        if not has_team_name(workshop.info.team_name):
            raise EmptyTeamNameError()
        url = to_url(location)
        path = sqlite_path(url)
        if path is not None:
            if path.exists():
                raise WorkshopExistsError(path=path)
            path.parent.mkdir(parents=True, exist_ok=True)
        store = Store(url)
        try:
            prepare(store, create=True)
            with store.write() as session:
                workshop_id = repository.insert_workshop(session, workshop)
                if also is not None:
                    also(session, workshop_id)
        except BaseException:
            store.dispose()
            raise
        return cls._claimed(store, workshop_id, exclusive)

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        workshop_id: int | None = None,
        exclusive: bool = False,
        password: str | None = None,
    ) -> WorkshopService:
        """Open an existing workshop, upgrading an older file first. ``location`` is a
        file, a database URL (with ``workshop_id``) or an address from ``location``.
        ``exclusive`` claims a file for one app window; servers are shared by design."""
        location, addressed_id = parse_address(str(location))
        workshop_id = workshop_id if workshop_id is not None else addressed_id
        url = to_url(location)
        if password is not None:
            url = url.set(password=password)
        path = sqlite_path(url)
        if path is not None and path.exists() and not can_write(path):
            # Reading and exporting still work; an edit says the file is read-only.
            url = read_only_url(path)
        store = Store(url)
        try:
            prepare(store, before_upgrade=_backup_before_upgrade)
            with store.read() as session:
                summaries = repository.list_workshops(session)
        except BaseException:
            store.dispose()
            raise
        if workshop_id is None:
            if len(summaries) != 1:
                store.dispose()
                raise WhichWorkshopError(location=describe(store.url), count=len(summaries))
            workshop_id = summaries[0].id
        elif workshop_id not in {summary.id for summary in summaries}:
            store.dispose()
            raise NotAWorkshopError(path=f"{describe(store.url)} #{workshop_id}")
        return cls._claimed(store, workshop_id, exclusive)

    @classmethod
    def _claimed(cls, store: Store, workshop_id: int, exclusive: bool) -> WorkshopService:
        path = sqlite_path(store.url)
        lock = None
        # A read-only file has no writer to keep out, and no folder to put a lock in.
        if exclusive and path is not None and not store.read_only:
            lock = WorkshopFileLock(path)
            try:
                lock.acquire()
            except BaseException:
                store.dispose()
                raise
        return cls(store, workshop_id, lock)

    @classmethod
    def read(cls, location: str | Path, *, workshop_id: int | None = None) -> Workshop:
        """The workshop at ``location``, read once (the command line's exports and reports)."""
        with cls.open(location, workshop_id=workshop_id) as service:
            return service.load()

    def __enter__(self) -> WorkshopService:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def close(self) -> None:
        if self._answers_added and not self.store.is_sqlite:
            from sqlalchemy.exc import DBAPIError

            try:
                with self.store.write() as session:
                    repository.shuffle_answers(session)
            except (WorkshopError, DBAPIError):
                # Not the table's owner, or the server went away: the answers are
                # stored all the same; the next close by its owner shuffles them.
                log.warning("could not shuffle the stored order of the answers", exc_info=True)
        self.store.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # --- reading --------------------------------------------------------------------

    def fingerprint(self) -> tuple[int, ...]:
        """A cheap value that changes whenever anyone changes the workshop, so that
        clients of a shared server can notice others' edits without reloading it all."""
        with self.store.read() as session:
            return snapshots.fingerprint(session, self.workshop_id)

    def load(self, *, with_answers: bool = True) -> Workshop:
        with self.store.read() as session:
            return snapshots.load_workshop(session, self.workshop_id, with_answers=with_answers)

    def snapshot(self, previous: Snapshot | None = None, changes: Changes | None = None) -> Snapshot:
        """The workshop after ``changes`` since ``previous`` (None: all of it), in one
        read transaction; only what ``changes`` touched is read again.

        On a team database the fingerprint is taken first, in the same transaction, so
        the snapshot shows at least what it counts (read after the snapshot, it could
        count someone's change that the snapshot missed, which then would never be
        noticed). What it shows others changed since ``previous`` is read again too,
        and named in the snapshot's ``changes``."""
        with self.store.read() as session:
            fingerprint = snapshots.fingerprint(session, self.workshop_id) if self.path is None else None
            if previous is None or changes is None:
                workshop = snapshots.load_workshop(session, self.workshop_id)
                return Snapshot(workshop, fingerprint, Changes.everything())
            if fingerprint is not None and previous.fingerprint is not None:
                changes |= snapshots.changes_between(previous.fingerprint, fingerprint)
            workshop = snapshots.reload_workshop(session, previous.workshop, changes)
            return Snapshot(workshop, fingerprint, changes)

    # --- editing --------------------------------------------------------------------

    def execute(self, command: Command, wait_seconds: float | None = None) -> Outcome:
        """Apply ``command`` in one transaction; return its inverse and what changed.
        ``wait_seconds`` bounds the wait for another writer (see Store.write)."""
        handler = _HANDLERS.get(type(command))
        if handler is None:
            raise TypeError(f"no handler for {type(command).__name__}")
        from sqlalchemy.orm.exc import StaleDataError

        retries = STALE_RETRIES
        while True:
            try:
                with self.store.write(wait_seconds) as session:
                    return handler(EditContext(session, self.workshop_id), command)
            except StaleDataError:
                # Another client (a phone's ballot, a second facilitator) committed the
                # same row between this transaction's read and its write. Running the
                # handler again reads what they stored; edits that carry what their
                # editor saw (CheckedEdit) are checked against it, so nothing is
                # overwritten silently.
                if not retries:
                    raise
                retries -= 1

    def ensure_chosen_vision(self) -> tuple[int, Changes]:
        """The id of the chosen vision draft, creating and choosing one if there is
        none (an imported workshop may have no drafts)."""
        with self.store.write() as session:
            row = repository.workshop_row(session, self.workshop_id)
            if row.chosen_vision_id is not None and session.get(VisionDraftRow, row.chosen_vision_id):
                return row.chosen_vision_id, Changes()
            draft = VisionDraftRow(workshop_id=row.id, position=len(row.vision_drafts), text="")
            session.add(draft)
            session.flush()
            row.chosen_vision_id = draft.id
            return draft.id, Changes.of(Aspect.VISION)


SERVER_MARK = "#workshop="


def server_address(url: URL, workshop_id: int) -> str:
    """A team-database workshop as one string for recent lists and the command line;
    the password is never part of it."""
    return f"{without_password(url).render_as_string(hide_password=False)}{SERVER_MARK}{workshop_id}"


def address_for(url_text: str, workshop_id: int) -> tuple[str, str | None]:
    """(address without password, the password if the typed URL carried one)."""
    url = to_url(url_text)
    return server_address(url, workshop_id), url.password


def parse_address(address: str) -> tuple[str, int | None]:
    """(file path or database URL, workshop number or None) of a location string."""
    base, mark, number = address.partition(SERVER_MARK)
    if mark and number.isdigit():
        return base, int(number)
    return address, None


def _backup_before_upgrade(path: Path) -> None:
    make_safety_backup(path, BackupKind.BEFORE_UPGRADE)


def is_server_location(location: str) -> bool:
    return to_url(parse_address(location)[0]).get_backend_name() != "sqlite"


def list_workshops(location: str | Path, password: str | None = None) -> list[WorkshopSummary]:
    url = to_url(location)
    if password is not None:
        url = url.set(password=password)
    store = Store(url)
    try:
        prepare(store, before_upgrade=_backup_before_upgrade)
        with store.read() as session:
            return repository.list_workshops(session)
    finally:
        store.dispose()
