"""Bringing a database to the current schema, safely.

Opening a file checks, in order: it is a SQLite file, it is a workshop
(``application_id`` and an Alembic version), and it is not from a newer app. An older
file is handed to the caller's ``before_upgrade`` (which makes the safety copy) before
it is upgraded, and the upgrade runs in one transaction, so a crash mid-way leaves the
old file usable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from philosophy_studio.domain.errors import NewerWorkshopError, NotAWorkshopError, WorkshopNotFoundError
from philosophy_studio.persistence.database import (
    APPLICATION_ID,
    SQLITE_HEADER,
    Store,
    describe,
    sqlite_path,
)

# The newest revision in migrations/versions. A unit test keeps it equal to Alembic's
# head, so that the common case (a current file) needs no Alembic import at all.
HEAD_REVISION = "0016"
MIGRATIONS_PACKAGE = "philosophy_studio.persistence:migrations"


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_PACKAGE)
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def check_sqlite_file(path: Path) -> None:
    """Refuse a missing file, or one that is not a workshop, by reading its header:
    opening it with SQLite first could already change it (WAL mode)."""
    if not path.exists():
        raise WorkshopNotFoundError(path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise NotAWorkshopError(path=path) from error
    # The header is 100 bytes; application_id is the big-endian integer at offset 68.
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAWorkshopError(path=path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkshopError(path=path)


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare(
    store: Store, *, create: bool = False, before_upgrade: Callable[[Path], object] | None = None
) -> None:
    """Make ``store`` ready for use: create the schema, or check and upgrade it. An
    older file is upgraded only after ``before_upgrade(path)`` returned; if it raises,
    the file stays as it was. Opening an older file without it is a programming error."""
    path = sqlite_path(store.url)
    if path is not None and not create:
        check_sqlite_file(path)
    with store.translated_errors(), store.engine.connect() as connection:
        revision = current_revision(connection)
        connection.rollback()
    if revision == HEAD_REVISION:
        return
    if revision is None and path is not None and not create:
        raise NotAWorkshopError(path=path)
    if revision is not None and revision not in known_revisions():
        raise NewerWorkshopError(path=describe(store.url))
    if revision is not None and path is not None:
        if before_upgrade is None:
            raise ValueError("an older workshop file is upgraded only after a safety copy")
        before_upgrade(path)
    upgrade(store)


def upgrade(store: Store) -> None:
    from alembic import command

    with store.translated_errors(), store.engine.begin() as connection:
        if store.is_sqlite:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(_alembic_config(connection), "head")
    if store.is_sqlite:
        # The new header (application_id) sits in the write-ahead log until a
        # checkpoint; until then check_sqlite_file, which reads the file itself, would
        # take a workshop that is open elsewhere (the app, serve-survey) for a stranger.
        with store.translated_errors(), store.engine.connect() as connection:
            connection.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(FULL)")  # type: ignore[union-attr]
