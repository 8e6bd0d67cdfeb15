import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import BackupFailedError, NotAWorkshopError
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.backups import (
    KEEP,
    BackupKind,
    backup_folder,
    list_backups,
    make_backup,
    make_routine_backups,
    restore_backup,
)
from philosophy_studio.services.survey import import_answers, plan_import
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

OLDEST_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "migrations" / "revision-0001.pstudio"

MONDAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "team.pstudio"
    WorkshopService.create(path, new_workshop(WorkshopInfo(team_name="B", language=Language.TURKISH))).close()
    return path


def vision(path: Path) -> str:
    service = WorkshopService.open(path)
    try:
        return service.load().chosen_vision.text
    finally:
        service.close()


def set_vision(path: Path, text: str) -> None:
    service = WorkshopService.open(path)
    service.execute(SetVisionText(service.load().chosen_vision.id, text))
    service.close()


def test_backups_live_in_the_data_folder_not_beside_the_file(workshop: Path, isolated_folders: Path) -> None:
    backup = make_backup(workshop, BackupKind.DAILY, MONDAY)
    assert backup.path.is_relative_to(isolated_folders / "data" / "backups")
    assert backup_folder(workshop) == backup.path.parent
    assert sorted(p.name for p in workshop.parent.iterdir() if p.name != "data") == ["team.pstudio"]


def test_routine_backups_are_daily_and_weekly(workshop: Path) -> None:
    made = make_routine_backups(workshop, MONDAY)
    assert {b.kind for b in made} == {BackupKind.DAILY, BackupKind.WEEKLY}
    assert make_routine_backups(workshop, MONDAY + dt.timedelta(hours=3)) == []
    tuesday = make_routine_backups(workshop, MONDAY + dt.timedelta(days=1))
    assert [b.kind for b in tuesday] == [BackupKind.DAILY]
    next_week = make_routine_backups(workshop, MONDAY + dt.timedelta(days=7))
    assert {b.kind for b in next_week} == {BackupKind.DAILY, BackupKind.WEEKLY}


def test_old_copies_roll_off(workshop: Path) -> None:
    for day in range(12):
        make_routine_backups(workshop, MONDAY + dt.timedelta(days=day))
    kinds = [b.kind for b in list_backups(workshop)]
    assert kinds.count(BackupKind.DAILY) == KEEP[BackupKind.DAILY]
    assert kinds.count(BackupKind.WEEKLY) == 2
    newest_daily = next(b for b in list_backups(workshop) if b.kind is BackupKind.DAILY)
    assert newest_daily.made == MONDAY + dt.timedelta(days=11)


def test_restore_brings_back_the_content_and_keeps_the_present_aside(workshop: Path) -> None:
    set_vision(workshop, "the good version")
    good = make_backup(workshop, BackupKind.BEFORE_IMPORT)
    set_vision(workshop, "a mistake")
    safety = restore_backup(good.path, workshop)
    assert vision(workshop) == "the good version"
    assert safety.kind is BackupKind.BEFORE_RESTORE
    assert vision(safety.path) == "a mistake"


def test_a_copy_made_while_another_connection_writes_is_consistent(workshop: Path) -> None:
    writer = WorkshopService.open(workshop)
    draft = writer.load().chosen_vision.id
    for number in range(20):
        writer.execute(SetVisionText(draft, f"version {number}"))
        copy = make_backup(workshop, BackupKind.BEFORE_IMPORT)
        assert vision(copy.path) == f"version {number}"
    writer.close()


def test_restoring_something_that_is_not_a_workshop_is_refused(workshop: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pstudio"
    junk.write_text("not a database")
    with pytest.raises(NotAWorkshopError):
        restore_backup(junk, workshop)
    assert vision(workshop) == ""


def unwritable_backups(isolated_folders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file where the data folder should be: mkdir fails even for root, who ignores
    # permission bits.
    blocker = isolated_folders / "blocked"
    blocker.write_text("")
    monkeypatch.setenv("PHILOSOPHY_STUDIO_DATA_DIR", str(blocker))


def test_an_older_file_is_copied_before_its_upgrade(tmp_path: Path) -> None:
    old = tmp_path / "old.pstudio"
    shutil.copy(OLDEST_FIXTURE, old)
    WorkshopService.open(old).close()
    [copy] = list_backups(old)
    assert copy.kind is BackupKind.BEFORE_UPGRADE
    assert copy.path.read_bytes()[:16] == b"SQLite format 3\0"


def test_no_upgrade_without_its_safety_copy(
    tmp_path: Path, isolated_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.pstudio"
    shutil.copy(OLDEST_FIXTURE, old)
    unwritable_backups(isolated_folders, monkeypatch)
    with pytest.raises(BackupFailedError, match="Nothing was changed"):
        WorkshopService.open(old)
    raw = sqlite3.connect(old)
    try:
        # Still at its old revision (only the journal mode, set on connecting, differs).
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        raw.close()


def test_an_import_is_preceded_by_a_copy_that_undoes_it(workshop: Path) -> None:
    service = WorkshopService.open(workshop)
    import_answers(service, plan_import(["Hızlı ve güler yüzlü", "Sabırlı olmak"]))
    assert len(service.load().answers) == 2
    service.close()
    [copy] = [b for b in list_backups(workshop) if b.kind is BackupKind.BEFORE_IMPORT]
    restore_backup(copy.path, workshop)
    service = WorkshopService.open(workshop)
    assert service.load().answers == ()
    service.close()


def test_no_import_without_its_safety_copy(
    workshop: Path, isolated_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = WorkshopService.open(workshop)
    unwritable_backups(isolated_folders, monkeypatch)
    with pytest.raises(BackupFailedError):
        import_answers(service, plan_import(["Hızlı"]))
    assert service.load().answers == ()
    service.close()
