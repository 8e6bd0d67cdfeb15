"""Workshops the storage cannot serve as usual: a damaged file, a folder nobody may
write to, a disk that fails. Each gets one clear, translated line (exit status 2 on
the command line), and a read-only workshop still opens for reading and exporting."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import (
    DamagedWorkshopError,
    ReadOnlyStorageError,
    StorageIOError,
)
from philosophy_studio.domain.model import Language
from philosophy_studio.persistence.database import storage_error
from philosophy_studio.services.interchange import create_demo_copy, export_json
from philosophy_studio.services.phone_survey import serve_until_stopped
from philosophy_studio.services.workshop_service import WorkshopService


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "philosophy_studio", *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def one_clear_line(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("philosophy-studio: ") and fragment in line
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr


def test_a_cut_short_workshop_file_says_it_is_damaged(tmp_path: Path) -> None:
    whole = create_demo_copy(Language.ENGLISH, tmp_path)
    half = tmp_path / "half.pstudio"
    half.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    for command in (("export-json", str(half)), ("export-answers", str(half), "-o", "a.csv")):
        one_clear_line(cli(*command, cwd=tmp_path), "damaged")
    with pytest.raises(DamagedWorkshopError):
        WorkshopService.open(half).load()


def test_a_failing_disk_is_named_as_such() -> None:
    assert isinstance(storage_error(sqlite3.OperationalError("disk I/O error")), StorageIOError)


def test_a_workshop_in_a_read_only_folder_opens_for_reading(tmp_path: Path, monkeypatch) -> None:
    # Root may write anywhere, so the folder's verdict is given here; SQLite's own
    # read-only mode is real.
    path = create_demo_copy(Language.ENGLISH, tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda where, mode: mode != os.W_OK and real_access(where, mode))
    before = sorted(os.listdir(tmp_path))
    document = json.loads(export_json(path))
    assert document["workshop"]["team_name"]
    service = WorkshopService.open(path, exclusive=True)
    try:
        assert service.store.read_only
        with pytest.raises(ReadOnlyStorageError):
            service.execute(SetVisionText(service.load().chosen_vision.id, "new words"))
    finally:
        service.close()
    # Nothing was written beside it: no lock, no -wal or -shm file.
    assert sorted(os.listdir(tmp_path)) == before
    with pytest.raises(ReadOnlyStorageError):
        serve_until_stopped(path, host="127.0.0.1")
