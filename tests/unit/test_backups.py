import datetime as dt
from pathlib import Path

import pytest

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import NotAWorkshopError
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
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

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
