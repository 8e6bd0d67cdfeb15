"""Files written by every released schema revision open in this version with their
data intact. Each revision leaves a fixture (tests/fixtures/migrations/revision-N
.pstudio) and the JSON it must export to."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from philosophy_studio.persistence.migrate import HEAD_REVISION
from philosophy_studio.services.backups import BackupKind, list_backups
from philosophy_studio.services.interchange import export_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "migrations"
REVISION_FILES = sorted(FIXTURES.glob("revision-*.pstudio"))


def test_every_revision_has_a_fixture() -> None:
    assert (FIXTURES / f"revision-{HEAD_REVISION}.pstudio").is_file(), (
        "add a fixture file for the newest schema revision"
    )


@pytest.mark.parametrize("fixture", REVISION_FILES, ids=lambda path: path.stem)
def test_old_files_open_upgrade_and_keep_their_data(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    revision = fixture.stem.removeprefix("revision-")
    exported = json.loads(export_json(copy))
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    # Everything but the version of the app that wrote it.
    assert {**exported, "app_version": ""} == {**expected, "app_version": ""}
    backups = [backup for backup in list_backups(copy) if backup.kind is BackupKind.BEFORE_UPGRADE]
    assert len(backups) == (0 if revision == HEAD_REVISION else 1)
    if backups:
        # The copy is the file as it was: still at its old revision.
        old = sqlite3.connect(backups[0].path)
        try:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        finally:
            old.close()
    raw = sqlite3.connect(copy)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    finally:
        raw.close()
