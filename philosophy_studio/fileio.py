"""Writing files so that a crash never leaves a half-written one under the final name."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

from philosophy_studio.domain.errors import ExportNotToFileError, ExportOverWorkshopError

# The first bytes of every SQLite database, every workshop among them.
_SQLITE_HEADER = b"SQLite format 3\x00"


def write_bytes_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_export(path: Path, data: bytes) -> None:
    """Write an export to ``path`` whole or not at all. A symbolic link is followed:
    the file it points to is replaced, the link stays. What is there already is
    replaced only if it is an ordinary file and no workshop (nor any SQLite database):
    an export over the workshop it came from would destroy it, and a device or a folder
    (``-o /dev/null`` run as root) is not a file to replace. The new file keeps the old
    one's permissions and, where allowed, its owner; a new name gets the permissions
    the umask gives any new file."""
    target = Path(os.path.realpath(path))
    try:
        existing = target.stat()
    except FileNotFoundError:
        existing = None
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise ExportNotToFileError(path=path)
        if _is_sqlite(target):
            raise ExportOverWorkshopError(path=path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # 0o666 and the umask, as for any new file (mkstemp would make it 0o600).
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            if hasattr(os, "chown"):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(temporary, existing.st_uid, existing.st_gid)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def rename_new(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target``, which must not exist (FileExistsError),
    never replacing a file that appears there meanwhile: a hard link fails when the
    name is taken, where a rename would replace."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links (FAT, some network shares): a rename after
        # one last look.
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    source.unlink()
