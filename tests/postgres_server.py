"""A throwaway PostgreSQL server for the tests, on loopback.

``PHILOSOPHY_STUDIO_TEST_POSTGRES_URL`` points the tests at a server of your own (a
``postgresql+psycopg://`` URL whose user may create databases). Otherwise the tests
start a private cluster with Debian's server binaries, as the ``postgres`` user when
run as root (initdb refuses root). Without either, PostgreSQL tests are skipped, except
under CI, where a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

URL_VARIABLE = "PHILOSOPHY_STUDIO_TEST_POSTGRES_URL"
ADMIN_PASSWORD = "throwaway-secret"


def _binaries() -> Path | None:
    found = shutil.which("pg_config")
    if found:
        bindir = subprocess.run(
            [found, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if bindir and (Path(bindir) / "initdb").exists():
            return Path(bindir)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="ps-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)

    def start(self) -> str:
        password_file = self.root / "password"
        password_file.write_text(ADMIN_PASSWORD + "\n")
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(password_file, "postgres", "postgres")
        # Like a real team server: TCP logins need a password (SCRAM), so the app's
        # password handling is exercised.
        initdb = [str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-E", "UTF8"]
        initdb += ["--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"]
        self._run(*initdb, f"--pwfile={password_file}")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.root / "log"),
            "-o",
            options,
            "start",
        )
        return f"postgresql+psycopg://postgres:{ADMIN_PASSWORD}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def server_url() -> tuple[str | None, ThrowawayCluster | None, str]:
    """(admin URL, cluster to stop afterwards, reason when there is none)."""
    configured = os.environ.get(URL_VARIABLE)
    if configured:
        return configured, None, ""
    bindir = _binaries()
    if bindir is None:
        return None, None, "no PostgreSQL server binaries (install Debian's postgresql)"
    cluster = ThrowawayCluster(bindir)
    try:
        return cluster.start(), cluster, ""
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        cluster.stop()
        return None, None, f"could not start PostgreSQL: {detail.strip()[:300]}"


def create_database(admin_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"ps_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    finally:
        engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()
