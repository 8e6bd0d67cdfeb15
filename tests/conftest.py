"""Every test gets its own settings and data folders, and fails if it leaves a worker
thread or an active Qt timer behind."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PHILOSOPHY_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PHILOSOPHY_STUDIO_DATA_DIR", str(tmp_path / "data"))
    # platformdirs must never be asked for the real folders during a test.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    # A generous wait: a job the closed window no longer waits for (the analysis's
    # warm-up) ends on its own, which on a loaded 2-core machine took over 5 s. A thread
    # that never ends still fails the test.
    deadline = time.monotonic() + 60
    for thread in leaked:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"the test left threads running: {still}"


@pytest.fixture(autouse=True)
def partial_snapshots_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every snapshot read after an edit, which reads again only what the edit says it
    changed, must equal the whole workshop read in the same transaction: an edit whose
    changes leave out what it wrote would otherwise leave a page showing the old state.
    Checked on workshop files, whose read transactions see one state; PostgreSQL's may
    see another facilitator's commit between the two reads."""
    from philosophy_studio.persistence import snapshots

    partial = snapshots.reload_workshop

    def checked(session, previous, changes):  # type: ignore[no-untyped-def]
        workshop = partial(session, previous, changes)
        if session.get_bind().dialect.name == "sqlite":
            whole = snapshots.load_workshop(session, previous.id)
            assert workshop == whole, f"a snapshot after {changes} differs from the workshop stored"
        return workshop

    monkeypatch.setattr(snapshots, "reload_workshop", checked)


@pytest.fixture(scope="session")
def chromium() -> str:
    """A real browser for the phone pages and the printed HTML charter (Debian
    ``chromium``); skipped where it is missing, except under CI, where it is a failure."""
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test the phone pages in a real browser: Chromium is not installed")
        pytest.skip("Chromium is not installed")
    return found


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    from postgres_server import server_url

    url, cluster, reason = server_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL: {reason}")
        pytest.skip(reason)
    try:
        yield url
    finally:
        if cluster is not None:
            cluster.stop()


@pytest.fixture
def team_database(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test PostgreSQL server, as a team's would be."""
    from postgres_server import create_database, drop_database

    url = create_database(postgres_admin_url)
    try:
        yield url
    finally:
        drop_database(postgres_admin_url, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def workshop_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's workshop lives: a fresh .pstudio file, or a fresh, empty database
    on the test PostgreSQL server. Storage and service tests run against both."""
    if request.param == "sqlite":
        yield str(tmp_path / "workshop.pstudio")
        return
    from postgres_server import create_database, drop_database

    admin = request.getfixturevalue("postgres_admin_url")
    url = create_database(admin)
    try:
        yield url
    finally:
        drop_database(admin, url)
