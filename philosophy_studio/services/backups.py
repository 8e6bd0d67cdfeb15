"""Automatic backups of workshop files: a rolling set of copies, listed and restorable.

Copies are made with SQLite's online backup API, so they are consistent even while the
app (or the survey server) writes. They live in the user data folder, one folder per
workshop file, never beside the user's own files:

- ``daily``: on the first open of a day; the newest 7 are kept.
- ``weekly``: when the newest weekly copy is 7 days old or more; the newest 4 are kept.
- ``before-upgrade``, ``before-import`` and ``before-restore``: before a file from an
  older version is upgraded, before answers are imported and before a restore; the
  newest 5 of each. If such a copy cannot be made, the operation does not start.

A copy is made under a hidden temporary name, checked (SQLite's integrity check, and
the marks of a workshop: its application id and a schema revision this app knows) and
only then given its name; older copies of its kind are pruned only after that. So a
kill, a full disk or a failing copy never leaves a half-written copy to list, to count
when pruning or to restore, and a copy is checked again before it is restored.

A team server is backed up by its administrator's own tools; these are for files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
import sqlite3
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from philosophy_studio.domain.errors import (
    BackupFailedError,
    NotAWorkshopError,
    WorkshopError,
    WorkshopNotFoundError,
)
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.persistence.database import APPLICATION_ID, copy_sqlite
from philosophy_studio.persistence.migrate import check_sqlite_file, known_revisions
from philosophy_studio.settings import data_dir

log = logging.getLogger(__name__)

_STAMP = "%Y%m%d-%H%M%S"
# A copy being made: hidden, and not a *.pstudio name, so it is never listed.
_PART = ".part"
# A copy being made this long ago was abandoned (its process was killed).
_ABANDONED_SECONDS = 3600
# What SQLite may keep beside a database file.
_SIDECARS = ("-journal", "-wal", "-shm")


class DamagedBackupError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a whole copy of the workshop (it was cut short or is damaged), so it was not "
        "restored and nothing was changed. Choose another copy.",
    )


class BackupKind(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


KEEP = {
    BackupKind.DAILY: 7,
    BackupKind.WEEKLY: 4,
    BackupKind.BEFORE_UPGRADE: 5,
    BackupKind.BEFORE_IMPORT: 5,
    BackupKind.BEFORE_RESTORE: 5,
}


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: BackupKind
    made: dt.datetime
    size: int


def backup_folder(workshop: Path) -> Path:
    """One folder per workshop file; the hash keeps two files of the same name apart."""
    resolved = workshop.resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(workshop: Path) -> list[Backup]:
    """The workshop's backups, newest first: the copies that were checked when they were
    made (see make_backup), never one being made or left half-written."""
    folder = backup_folder(workshop)
    found = []
    for path in folder.glob("*.pstudio"):
        parsed = _parse_name(path.name)
        if parsed is not None and not _half_written(path):
            found.append(Backup(path, parsed[0], parsed[1], path.stat().st_size))
    # Copies made in the same second are told apart by their file's modification time.
    return sorted(found, key=lambda b: (b.made, b.path.stat().st_mtime_ns), reverse=True)


def make_backup(workshop: Path, kind: BackupKind, now: dt.datetime | None = None) -> Backup:
    """Copy ``workshop`` to a temporary name, check the copy, then give it its name and
    prune the older copies of its kind. A failure (a full disk, a copy that does not
    check out) leaves nothing behind and raises OSError or sqlite3.Error."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_folder(workshop)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(folder)
    target = folder / f"{kind.value}-{moment.strftime(_STAMP)}.pstudio"
    number = 2
    while target.exists():
        target = folder / f"{kind.value}-{moment.strftime(_STAMP)}-{number}.pstudio"
        number += 1
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}{_PART}"
    try:
        copy_sqlite(workshop, temporary)
        _check_copy(temporary)
        temporary.replace(target)
    finally:
        _remove_with_sidecars(temporary)
    _prune(workshop, kind)
    return Backup(target, kind, moment, target.stat().st_size)


def _check_copy(copy: Path) -> None:
    """sqlite3.DatabaseError unless ``copy`` is a sound workshop: SQLite's integrity
    check passes, and it has a workshop's application id and a schema revision this
    app knows."""
    connection = sqlite3.connect(copy)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise sqlite3.DatabaseError("the copy is not a workshop")
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the copy failed SQLite's integrity check")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] not in known_revisions():
            raise sqlite3.DatabaseError("the copy has no schema revision this app knows")
    finally:
        connection.close()


def _half_written(path: Path) -> bool:
    """A copy under its final name that is not whole: one an earlier version of the app
    was making when it was killed (a hot journal beside it, which would roll it back to
    nothing when opened), or one that lost its header."""
    if path.with_name(path.name + "-journal").exists():
        return True
    try:
        check_sqlite_file(path)
    except (NotAWorkshopError, WorkshopNotFoundError):
        return True
    return False


def _remove_abandoned(folder: Path) -> None:
    """Delete what killed copies left: temporary copies older than an hour (a newer one
    may still be in the making, by another process), and half-written copies under
    their final names."""
    for part in folder.glob(f".*{_PART}"):
        try:
            abandoned = time.time() - part.stat().st_mtime > _ABANDONED_SECONDS
        except FileNotFoundError:
            continue
        if abandoned:
            _remove_with_sidecars(part)
    for path in folder.glob("*.pstudio"):
        if _parse_name(path.name) is not None and _half_written(path):
            _remove_with_sidecars(path)


def _remove_with_sidecars(path: Path) -> None:
    for name in (path.name, *(path.name + sidecar for sidecar in _SIDECARS)):
        path.with_name(name).unlink(missing_ok=True)


def make_safety_backup(workshop: Path, kind: BackupKind) -> Backup:
    """The copy made before an operation that changes the whole file or much of it; a
    failure is a clear error, so the caller stops before changing anything."""
    try:
        return make_backup(workshop, kind)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailedError(path=workshop, folder=backup_folder(workshop), reason=error) from error


def try_routine_backups(workshop: Path) -> None:
    """The routine copies, if they can be made: a missing backup must not keep anyone
    from their workshop, and the next open tries again."""
    try:
        make_routine_backups(workshop)
    except (OSError, sqlite3.Error):
        log.warning("routine backup of %s failed", workshop, exc_info=True)


def make_routine_backups(workshop: Path, now: dt.datetime | None = None) -> list[Backup]:
    """The daily and weekly copies that are due; called when a file is opened."""
    moment = now or dt.datetime.now()
    existing = list_backups(workshop)
    made = []
    if not any(b.kind is BackupKind.DAILY and b.made.date() == moment.date() for b in existing):
        made.append(make_backup(workshop, BackupKind.DAILY, moment))
    weekly = [b for b in existing if b.kind is BackupKind.WEEKLY]
    if not weekly or moment - weekly[0].made >= dt.timedelta(days=7):
        made.append(make_backup(workshop, BackupKind.WEEKLY, moment))
    return made


def validate_backup(backup: Path) -> None:
    """Refuse anything but a whole, sound workshop file, before anything is closed: a
    copy cut short would otherwise replace the workshop's content with nothing."""
    if not backup.is_file():
        raise WorkshopNotFoundError(path=backup)
    check_sqlite_file(backup)
    if _half_written(backup):
        raise DamagedBackupError(path=backup)
    try:
        _check_copy(backup)
    except sqlite3.Error:
        raise DamagedBackupError(path=backup) from None


def restore_backup(backup: Path, workshop: Path) -> Backup:
    """Put a backup's content into the workshop file, after copying the current state
    aside. The workshop must not be open anywhere while this runs."""
    validate_backup(backup)
    safety = make_safety_backup(workshop, BackupKind.BEFORE_RESTORE)
    copy_sqlite(backup, workshop)
    return safety


def _prune(workshop: Path, kind: BackupKind) -> None:
    same_kind = [b for b in list_backups(workshop) if b.kind is kind]
    for old in same_kind[KEEP[kind] :]:
        old.path.unlink(missing_ok=True)


def _parse_name(name: str) -> tuple[BackupKind, dt.datetime] | None:
    stem = name.removesuffix(".pstudio")
    for kind in BackupKind:
        prefix = f"{kind.value}-"
        if stem.startswith(prefix):
            stamp = stem[len(prefix) : len(prefix) + 15]
            try:
                return kind, dt.datetime.strptime(stamp, _STAMP)
            except ValueError:
                return None
    return None
