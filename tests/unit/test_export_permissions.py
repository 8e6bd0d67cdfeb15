"""Every file the app exports gets the permissions the user's umask gives any new file
(not the 0600 of a temporary file); a file it replaces keeps its own."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from philosophy_studio.domain.model import Language
from philosophy_studio.export.answers import export_answers
from philosophy_studio.services.backups import BackupKind, make_backup
from philosophy_studio.services.charter import CharterFormat, export_charter
from philosophy_studio.services.interchange import create_demo_copy, demo_workshop, export_json

DEMO = demo_workshop(Language.TURKISH)

EXPORTS: dict[str, Callable[[Path], None]] = {
    "charter.pdf": lambda path: export_charter(DEMO, path),
    "poster.pdf": lambda path: export_charter(DEMO, path, poster=True),
    "charter.html": lambda path: export_charter(DEMO, path, fmt=CharterFormat.HTML),
    "charter.md": lambda path: export_charter(DEMO, path, fmt=CharterFormat.MARKDOWN),
    "answers.csv": lambda path: export_answers(DEMO, path),
    "answers.xlsx": lambda path: export_answers(DEMO, path),
}


@pytest.fixture(params=[0o022, 0o027, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", [*EXPORTS, "workshop.json"])
def test_a_new_export_follows_the_umask(tmp_path: Path, umask: int, name: str) -> None:
    target = tmp_path / name
    if name == "workshop.json":
        export_json(create_demo_copy(Language.ENGLISH, tmp_path), target)
    else:
        EXPORTS[name](target)
    assert mode(target) == 0o666 & ~umask


@pytest.mark.parametrize("name", list(EXPORTS))
def test_a_replaced_export_keeps_its_own_permissions(tmp_path: Path, umask: int, name: str) -> None:
    target = tmp_path / name
    target.write_bytes(b"an earlier export")
    target.chmod(0o640)
    EXPORTS[name](target)
    assert target.read_bytes() != b"an earlier export"
    assert mode(target) == 0o640


def test_a_backup_follows_the_umask(tmp_path: Path, umask: int) -> None:
    workshop = create_demo_copy(Language.ENGLISH, tmp_path)
    backup = make_backup(workshop, BackupKind.BEFORE_IMPORT)
    # SQLite makes new files rw-r--r-- at most (SQLITE_DEFAULT_FILE_PERMISSIONS).
    assert mode(backup.path) == 0o644 & ~umask
