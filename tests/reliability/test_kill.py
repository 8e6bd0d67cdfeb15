"""A process saving in a loop is killed with SIGKILL at random moments: every save it
acknowledged is on disk, no half-written save exists, and the app opens the file."""

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests_support import DEMO_DIR, workshop_with_answers

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.backups import BackupKind, list_backups, restore_backup
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ROUNDS = 40

# Alternates two kinds of edit so that a kill can land in either; prints the number of
# each save only after execute() returned, i.e. after its transaction committed.
SAVER = """
import sys
from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.services.workshop_service import WorkshopService
service = WorkshopService.open(sys.argv[1])
draft = service.load().chosen_vision.id
number = int(sys.argv[2])
print("ready", flush=True)
while True:
    number += 1
    if number % 2:
        service.execute(SetVisionText(draft, f"save {number} " + "x" * (number % 5000)))
    else:
        service.execute(SetWorkshopField(WorkshopField.VALUE_SET_NAME, f"set {number}"))
    print(number, flush=True)
"""


def stored_numbers(path: Path) -> tuple[int, int]:
    service = WorkshopService.open(path)
    try:
        workshop = service.load()
    finally:
        service.close()
    text = workshop.chosen_vision.text
    vision = int(text.split()[1]) if text else 0
    # A whole save or none: the padding length is part of what was written.
    assert not text or text == f"save {vision} " + "x" * (vision % 5000)
    name = int(workshop.value_set_name.split()[1]) if workshop.value_set_name else 0
    return vision, name


def test_acknowledged_saves_survive_kill_minus_nine(tmp_path: Path) -> None:
    path = tmp_path / "killed.pstudio"
    WorkshopService.create(path, new_workshop(WorkshopInfo(team_name="K", language=Language.ENGLISH))).close()
    randomness = random.Random(20261122)
    acknowledged = 0
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), str(acknowledged)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(randomness.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        lines = child.stdout.read().split()
        child.stdout.close()
        if lines and not lines[-1].isdigit():
            lines.pop()
        acknowledged = max([acknowledged, *(int(n) for n in lines if n.isdigit())])

        vision, name = stored_numbers(path)
        # The newest acknowledged save is there (a save after it may also have landed,
        # committed but killed before it could print).
        newest_stored = max(vision, name)
        assert newest_stored in (acknowledged, acknowledged + 1), (acknowledged, vision, name)
        acknowledged = newest_stored
        raw = sqlite3.connect(path)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            raw.close()
    assert acknowledged > ROUNDS, "the children hardly saved anything; the test proved little"


def test_a_killed_import_json_leaves_no_workshop_to_trip_over(tmp_path: Path) -> None:
    # Once: a kill left a half-made workshop under the name asked for, so the retry
    # said "already exists" (and the file was not the workshop).
    document = json.loads((DEMO_DIR / "demo-en.json").read_text(encoding="utf-8"))
    document["survey_answers"] = [{"text": f"Answer {number}", "source": "kiosk"} for number in range(20_000)]
    source = tmp_path / "many.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "w.pstudio"
    command = [sys.executable, "-m", "philosophy_studio", "import-json", str(source), "-o", str(target)]
    randomness = random.Random(20261207)
    landed = 0
    for _ in range(8):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(randomness.uniform(0.3, 3.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():  # it finished before the kill: whole, then
            service = WorkshopService.open(target)
            try:
                assert len(service.load().answers) == 20_000
            finally:
                service.close()
            target.unlink()
            landed += 1
    assert landed < 8, "every import finished before its kill; the test proved little"
    retried = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert retried.returncode == 0, retried.stderr


# Makes a safety copy after another, each a minute later than the last, and prints the
# number of each only once make_backup returned.
BACKER = """
import datetime as dt
import sys
from pathlib import Path
from philosophy_studio.services.backups import BackupKind, make_backup
number = int(sys.argv[2])
start = dt.datetime(2026, 11, 23)
print("ready", flush=True)
while True:
    number += 1
    make_backup(Path(sys.argv[1]), BackupKind.DAILY, start + dt.timedelta(minutes=number))
    print(number, flush=True)
"""

BACKUP_ANSWERS = 30_000


def whole_copy(path: Path) -> bool:
    """Whether ``path`` is a whole copy of the workshop: a sound database that holds
    every answer."""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if raw.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return False
        return raw.execute("SELECT count(*) FROM survey_answer").fetchone()[0] == BACKUP_ANSWERS
    except sqlite3.DatabaseError:
        return False
    finally:
        raw.close()


def test_a_killed_backup_is_never_listed_pruned_for_or_restored(tmp_path: Path) -> None:
    # Once: kills left half-written copies under their final names; pruning counted
    # them and deleted the last good copy, and restoring one emptied the workshop.
    path = workshop_with_answers(
        tmp_path / "w.pstudio", Language.ENGLISH, [f"Answer {number}" for number in range(BACKUP_ANSWERS)]
    )
    randomness = random.Random(20261208)
    made = 0
    for _ in range(14):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKER, str(path), str(made)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(randomness.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        numbers = [int(line) for line in child.stdout.read().split() if line.isdigit()]
        child.stdout.close()
        made = max([made, *numbers]) + 1  # the next child's copies are later than any begun
        listed = [backup for backup in list_backups(path) if backup.kind is BackupKind.DAILY]
        assert all(whole_copy(backup.path) for backup in listed), [b.path.name for b in listed]
        if made > 1:
            assert listed, "pruning left no copy"
    assert made > 14, "no child finished a copy; the test proved little"
    newest = next(backup for backup in list_backups(path) if backup.kind is BackupKind.DAILY)
    restore_backup(newest.path, path)
    assert whole_copy(path)
