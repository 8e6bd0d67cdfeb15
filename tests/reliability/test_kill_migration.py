"""A workshop file being upgraded to the current schema is killed with SIGKILL at
random moments: afterwards it is either still the old revision or fully upgraded,
never in between, and it opens normally with all its data."""

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from philosophy_studio.persistence.migrate import HEAD_REVISION
from philosophy_studio.services.interchange import export_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "migrations"
OLDEST = FIXTURES / "revision-0001.pstudio"
ROUNDS = 30

# Imports first (they are not the upgrade), then says so and opens: the upgrade runs.
OPENER = """
import sys
from philosophy_studio.services.workshop_service import WorkshopService
print("ready", flush=True)
WorkshopService.open(sys.argv[1]).close()
print("done", flush=True)
"""


def revision(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        raw.close()


def test_a_kill_during_the_upgrade_leaves_a_usable_file(tmp_path: Path) -> None:
    expected = json.loads(OLDEST.with_suffix(".json").read_text(encoding="utf-8"))
    randomness = random.Random(20261122)
    outcomes = {"old": 0, "upgraded": 0}
    for round_number in range(ROUNDS):
        path = tmp_path / f"round-{round_number}.pstudio"
        shutil.copy(OLDEST, path)
        child = subprocess.Popen([sys.executable, "-c", OPENER, str(path)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(randomness.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        found = revision(path)
        assert found in ("0001", HEAD_REVISION)
        outcomes["old" if found == "0001" else "upgraded"] += 1
        # Whatever the moment, the file opens (upgrading if it must) with its data.
        exported = json.loads(export_json(path))
        assert {**exported, "app_version": ""} == {**expected, "app_version": ""}
        assert revision(path) == HEAD_REVISION
    print(f"after the kill: {outcomes['old']} still old, {outcomes['upgraded']} upgraded")
