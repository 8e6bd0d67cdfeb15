import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import workshop_with_answers

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import BackupFailedError, NotAWorkshopError
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.backups import (
    KEEP,
    BackupKind,
    DamagedBackupError,
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


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
# The disk fills while the copy is written: writes past this size fail (EFBIG), as
# they would with ENOSPC on a full disk.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
from philosophy_studio.domain.errors import BackupFailedError
from philosophy_studio.services.backups import BackupKind, make_safety_backup
try:
    make_safety_backup(Path(sys.argv[1]), BackupKind.BEFORE_IMPORT)
except BackupFailedError as error:
    print(error)
"""


def test_a_full_disk_leaves_no_partial_copy(tmp_path: Path) -> None:
    path = workshop_with_answers(
        tmp_path / "w.pstudio", Language.ENGLISH, [f"Answer number {number}" for number in range(5_000)]
    )
    shutil.rmtree(backup_folder(path))  # the copy its import made
    assert path.stat().st_size > 200_000
    child = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(path), "100000"], capture_output=True, text=True, check=True
    )
    assert child.stdout.startswith("Nothing was changed: the safety copy of"), child.stderr
    assert list(backup_folder(path).iterdir()) == []


def half_written_copy(workshop: Path, name: str) -> Path:
    """What a kill left while an earlier version copied under the final name: the first
    pages and the hot journal that would roll them back to nothing."""
    whole = make_backup(workshop, BackupKind.WEEKLY, MONDAY - dt.timedelta(days=30))
    half = whole.path.with_name(name)
    half.write_bytes(whole.path.read_bytes()[:8192])
    half.with_name(name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    whole.path.unlink()
    return half


def test_a_half_written_copy_is_never_listed_counted_or_restored(workshop: Path) -> None:
    set_vision(workshop, "the good version")
    half = half_written_copy(workshop, "before-import-20261123-100000.pstudio")
    assert list_backups(workshop) == []
    with pytest.raises(DamagedBackupError):
        restore_backup(half, workshop)
    assert vision(workshop) == "the good version"
    # Pruning counts whole copies only, and takes the half-written one away.
    for minute in range(KEEP[BackupKind.BEFORE_IMPORT]):
        make_backup(workshop, BackupKind.BEFORE_IMPORT, MONDAY + dt.timedelta(minutes=minute))
    listed = list_backups(workshop)
    assert len(listed) == KEEP[BackupKind.BEFORE_IMPORT]
    assert all(vision(backup.path) == "the good version" for backup in listed)
    assert sorted(path.name for path in backup_folder(workshop).iterdir()) == sorted(
        b.path.name for b in listed
    )


def test_a_copy_cut_short_is_not_restored(workshop: Path) -> None:
    set_vision(workshop, "the good version")
    copy = make_backup(workshop, BackupKind.BEFORE_IMPORT, MONDAY)
    data = copy.path.read_bytes()
    copy.path.write_bytes(data[: len(data) // 2])
    set_vision(workshop, "today's version")
    with pytest.raises(DamagedBackupError, match="not a whole copy"):
        restore_backup(copy.path, workshop)
    assert vision(workshop) == "today's version"
