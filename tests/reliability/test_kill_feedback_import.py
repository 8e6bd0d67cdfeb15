"""A feedback import killed with SIGKILL while it reads the file, stores its batches or
commits leaves either none of the file's comments or all of them (with its record),
and the workshop opens normally."""

import csv
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ROWS = 40_000
# Where in the import's progress each round kills it; at 1.0 (everything written, the
# commit under way) after a random few milliseconds more.
KILL_AT = (0.1, 0.3, 0.5, 0.65, 0.75, 0.9, 1.0, 1.0, 1.0)

IMPORTER = """
import sys
from pathlib import Path
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.services.feedback import import_feedback_file
from philosophy_studio.work import WorkControl
control = WorkControl(lambda fraction, _message: print(fraction, flush=True))
import_feedback_file(
    sys.argv[1], Path(sys.argv[2]), FeedbackColumns("Yorum", "Puan", "Tarih", "Kanal"), control=control
)
print("done", flush=True)
"""


def export(path: Path) -> Path:
    chooser = random.Random(23)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Tarih", "Kanal", "Puan", "Yorum"])
        for number in range(ROWS):
            writer.writerow(
                [
                    f"{1 + number % 28:02d}.03.2024",
                    "Telefon",
                    chooser.randint(0, 10),
                    f"Yorum {number} bekledim",
                ]
            )
    return path


def state(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        comments = raw.execute("SELECT count(*) FROM feedback_comment").fetchone()[0]
        records = raw.execute("SELECT count(*) FROM feedback_import").fetchone()[0]
        return comments, records
    finally:
        raw.close()


def test_a_killed_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    source = export(tmp_path / "feedback.csv")
    randomness = random.Random(20261207)
    outcomes = {"nothing": 0, "all": 0}
    for round_number, kill_at in enumerate(KILL_AT):
        path = tmp_path / f"round-{round_number}.pstudio"
        WorkshopService.create(
            path, new_workshop(WorkshopInfo(team_name="Ekip", language=Language.TURKISH))
        ).close()
        child = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path), str(source)], stdout=subprocess.PIPE, text=True
        )
        for line in child.stdout:
            if line.strip() == "done" or float(line) >= kill_at:
                break
        if kill_at == 1.0:
            time.sleep(randomness.uniform(0.0, 0.1))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        # Opened as the app opens it: the log of the unfinished transaction is dropped.
        WorkshopService.open(path).close()
        found = state(path)
        assert found in {(0, 0), (ROWS, 1)}
        outcomes["nothing" if found == (0, 0) else "all"] += 1
    # Killed before the commit, nothing was left; and killed too late, all of it.
    assert outcomes["nothing"] >= KILL_AT.index(1.0), outcomes
