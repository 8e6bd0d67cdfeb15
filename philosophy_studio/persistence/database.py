"""Engines and transactions for SQLite workshop files and PostgreSQL team servers.

Every unit of work is one short transaction. On SQLite, writes start with
``BEGIN IMMEDIATE`` so that concurrent writers queue on the busy timeout instead of
failing with "database is locked" when they upgrade a read lock.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from philosophy_studio.domain.errors import (
    DamagedWorkshopError,
    DiskFullError,
    ReadOnlyStorageError,
    ServerLoginError,
    ServerRightsError,
    StorageBusyError,
    StorageIOError,
    StorageUnavailableError,
    StorageUnreachableError,
)
from philosophy_studio.persistence.combined_writes import CombinedWrites
from philosophy_studio.persistence.revision import TrackedSession

WORKSHOP_SUFFIX = ".pstudio"
# PRAGMA application_id of every .pstudio file ("PSTD"), so that `file` and the app
# can tell a workshop from any other SQLite database.
APPLICATION_ID = 0x50535444
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 30
T = TypeVar("T")

# One lock per SQLite file for the writers of this process. SQLite's busy handler polls
# with growing sleeps and serves nobody in order: with a room of phones posting at once,
# one writer could lose every poll until its short wait ran out. Queued here, writers of
# this process take turns, and the busy wait only ever meets other programs.
_sqlite_writer_locks: dict[str, threading.RLock] = {}
_sqlite_writer_locks_guard = threading.Lock()


def _sqlite_writer_lock(url: URL) -> threading.RLock:
    key = os.path.realpath(url.database or "") if url.database else ""
    with _sqlite_writer_locks_guard:
        return _sqlite_writer_locks.setdefault(key, threading.RLock())


def read_only_url(path: Path) -> URL:
    """A workshop file opened for reading only, without the -wal and -shm files SQLite
    would need to create next to it: for a file in a folder nobody may write to."""
    return URL.create(
        "sqlite+pysqlite", database=f"file:{path}", query={"mode": "ro", "immutable": "1", "uri": "true"}
    )


def can_write(path: Path) -> bool:
    """Whether the file and its folder may be written (SQLite writes beside the file)."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def to_url(location: str | Path) -> URL:
    """A SQLAlchemy URL for a workshop location: a URL as given, or a file path."""
    text = str(location)
    if "://" in text:
        url = make_url(text)
        if url.drivername in {"postgresql", "postgres"}:
            # SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3 already; spelling it
            # out keeps the behaviour if that default moves again.
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def without_password(url: URL) -> URL:
    # URL.set(password=None) means "leave it"; rebuilding is the way to drop it.
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    # SQLite URI filenames (file:/path?mode=ro with uri=true) name the same file.
    database = url.database.removeprefix("file:") if url.query.get("uri") == "true" else url.database
    return Path(database)


def describe(url: URL) -> str:
    """The location as a user would name it: a file path, or the URL without password."""
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file through SQLite's online backup API, even
    while other connections write to it."""
    # mode=rw, not ro: it never creates a missing file, and as the last connection to
    # close it may tidy away the -wal and -shm files, which a read-only one would leave.
    reader = sqlite3.connect(f"file:{source}?mode=rw", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    read_only = url.query.get("mode") == "ro"
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling is off; _on_begin emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
                # FULL: a committed edit survives a power cut, not only a crash.
                cursor.execute("PRAGMA synchronous = FULL")
                # Deleted content is overwritten, not left in free pages: a replaced
                # import record read from there would tell which answers came first.
                cursor.execute("PRAGMA secure_delete = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        deferred = read_only or connection.info.get("deferred", False)
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


class Store:
    """One database (a workshop file or a team server) and its transactions."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._writer_lock = _sqlite_writer_lock(url) if self.is_sqlite else None
        self._combined = CombinedWrites(self.write) if self.is_sqlite else None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def read_only(self) -> bool:
        return self.is_sqlite and self.url.query.get("mode") == "ro"

    @contextmanager
    def write(self, wait_seconds: float | None = None) -> Iterator[Session]:
        """A transaction that commits when the block ends without an exception.
        ``wait_seconds`` bounds the wait for another writer's lock (by default the busy
        timeout), after which StorageBusyError is raised."""
        if self._writer_lock is None:
            with self._transaction(wait_seconds) as session:
                yield session
            return
        lock_wait = BUSY_TIMEOUT_SECONDS if wait_seconds is None else wait_seconds
        if not self._writer_lock.acquire(timeout=lock_wait):
            raise StorageBusyError()
        try:
            with self._transaction(wait_seconds) as session:
                yield session
        finally:
            self._writer_lock.release()

    def write_together(self, work: Callable[[Session], T], wait_seconds: float | None = None) -> T:
        """``work(session)`` in a transaction shared with the writers of this store that
        arrive meanwhile (see combined_writes), its result returned once committed. On a
        team database, whose writers do not queue for one lock, a transaction of its
        own. A part of a batch that raises is rolled back alone."""
        if self._combined is None:
            with self.write(wait_seconds) as session:
                return work(session)

        def translated(session: Session) -> T:
            with self.translated_errors():
                result = work(session)
                session.flush()
                return result

        return self._combined.run(translated, wait_seconds, BUSY_TIMEOUT_SECONDS)

    @contextmanager
    def _transaction(self, wait_seconds: float | None) -> Iterator[Session]:
        if wait_seconds is None:
            with (
                self.translated_errors(),
                TrackedSession(self.engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
            return
        with self.translated_errors(), self.engine.connect() as connection:
            sqlite = self.is_sqlite
            if sqlite:
                # Set before BEGIN IMMEDIATE, which is where SQLite waits for the lock.
                _driver(connection).execute(f"PRAGMA busy_timeout = {round(wait_seconds * 1000)}")
            try:
                with TrackedSession(bind=connection, expire_on_commit=False) as session, session.begin():
                    if not sqlite:
                        session.execute(text(f"SET LOCAL lock_timeout = {round(wait_seconds * 1000)}"))
                    yield session
            finally:
                if sqlite:
                    _driver(connection).execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction for reading only; on SQLite it does not take the write lock."""
        with self.translated_errors(), self.engine.connect() as connection:
            connection.info["deferred"] = True
            try:
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
            finally:
                connection.info.pop("deferred", None)

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as error:
            raise storage_error(error) from error
        except DBAPIError as error:
            # SQLite reports a damaged file as a plain DatabaseError.
            if _is_damage(error):
                raise DamagedWorkshopError() from error
            if error.connection_invalidated or "permission denied" in str(error.orig).lower():
                raise storage_error(error) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _driver(connection: Any) -> Any:
    """The driver's own connection, for a PRAGMA outside any transaction (SQLAlchemy's
    would begin one, and with it take the write lock)."""
    return connection.connection.driver_connection


# What the drivers (SQLite, psycopg) say, and the user-facing error for it; the first
# match wins.
_CAUSES: tuple[tuple[tuple[str, ...], type[StorageUnavailableError]], ...] = (
    (("malformed", "not a database"), DamagedWorkshopError),
    (("readonly", "read-only", "read only"), ReadOnlyStorageError),
    (("disk is full", "disk full", "no space"), DiskFullError),
    (("permission denied",), ServerRightsError),
    (("password", "authentication failed"), ServerLoginError),
    (("locked", "busy", "lock timeout"), StorageBusyError),
    (("disk i/o error",), StorageIOError),
    (("unable to open", "connection", "could not connect"), StorageUnreachableError),
)


def _is_damage(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "malformed" in text or "not a database" in text


def storage_error(error: BaseException) -> StorageUnavailableError:
    """The user-facing error for a driver failure: a specific, translatable one where
    the cause is known."""
    original = getattr(error, "orig", error)
    if "no such savepoint" in str(original):
        # SQLite rolls back the whole transaction on a full disk or an I/O error, so
        # rolling back to a savepoint then fails too and would hide why.
        earlier = error.__context__
        while earlier is not None and "no such savepoint" in str(earlier):
            earlier = earlier.__context__
        if earlier is not None:
            return storage_error(earlier)
    text = str(original).strip()
    lowered = text.lower()
    for markers, error_class in _CAUSES:
        if any(marker in lowered for marker in markers):
            return error_class()
    return StorageUnavailableError(reason=text.splitlines()[0] if text else type(original).__name__)
