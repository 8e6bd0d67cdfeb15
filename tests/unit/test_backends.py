"""Whole workshops on both backends: a .pstudio file and a PostgreSQL server go
through the same models, migrations and services."""

import pytest
from sqlalchemy import create_engine, text

from philosophy_studio.domain.errors import NewerWorkshopError, ServerLoginError
from philosophy_studio.domain.interchange import to_document
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.persistence.database import to_url
from philosophy_studio.persistence.migrate import HEAD_REVISION
from philosophy_studio.services.interchange import demo_workshop, export_json, workshop_to_json
from philosophy_studio.services.workshop_service import (
    WhichWorkshopError,
    WorkshopService,
    list_workshops,
    new_workshop,
    parse_address,
)


@pytest.mark.parametrize("language", list(Language))
def test_demo_workshops_are_stored_exactly(workshop_location: str, language: Language) -> None:
    workshop = demo_workshop(language)
    service = WorkshopService.create(workshop_location, workshop)
    try:
        assert to_document(service.load(), "x") == to_document(workshop, "x")
    finally:
        service.close()


def test_hostile_text_survives_storage(workshop_location: str) -> None:
    hostile = "=SUM(A1) <b>x</b> S&P \u202eRTL\u202c 😀 مرحبا İıŞşĞğ " + "ç" * 20_000
    info = WorkshopInfo(team_name="T", language=Language.TURKISH)
    service = WorkshopService.create(workshop_location, new_workshop(info))
    try:
        from philosophy_studio.domain.commands import SetVisionText

        draft = service.load().chosen_vision
        service.execute(SetVisionText(draft.id, hostile))
        assert service.load().chosen_vision.text == hostile
    finally:
        service.close()


def test_a_migrated_empty_database_reports_head(workshop_location: str) -> None:
    WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH)).close()
    engine = create_engine(to_url(workshop_location))
    try:
        with engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            )
    finally:
        engine.dispose()


def test_a_server_holds_several_workshops(postgres_admin_url: str) -> None:
    from postgres_server import ADMIN_PASSWORD, create_database, drop_database

    url = create_database(postgres_admin_url)
    try:
        first = WorkshopService.create(url, demo_workshop(Language.TURKISH))
        second = WorkshopService.create(url, demo_workshop(Language.ENGLISH))
        names = {summary.team_name: summary.id for summary in list_workshops(url)}
        assert set(names) == {"Abone Destek Ekibi", "Larkspur Rider Care"}
        with pytest.raises(WhichWorkshopError, match="holds 2 workshops"):
            WorkshopService.open(url)  # which one? a server needs a workshop number
        opened = WorkshopService.open(url, workshop_id=names["Larkspur Rider Care"])
        assert opened.load().info.language is Language.ENGLISH
        # Its address finds it again, with the password given separately: the address
        # never carries it (it goes into recent lists), and the server insists on it.
        address = opened.location
        assert ADMIN_PASSWORD not in address
        assert parse_address(address)[1] == names["Larkspur Rider Care"]
        with pytest.raises(ServerLoginError):
            WorkshopService.open(address)
        again = WorkshopService.open(address, password=ADMIN_PASSWORD)
        assert again.workshop_id == names["Larkspur Rider Care"]
        again.close()
        assert workshop_to_json(opened.load()) == workshop_to_json(second.load())
        for service in (first, second, opened):
            service.close()
        assert "Abone Destek Ekibi" not in export_json(url, workshop_id=names["Larkspur Rider Care"])
    finally:
        drop_database(postgres_admin_url, url)


def test_a_database_from_a_newer_version_is_refused(workshop_location: str) -> None:
    WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH)).close()
    engine = create_engine(to_url(workshop_location))
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    finally:
        engine.dispose()
    with pytest.raises(NewerWorkshopError):
        WorkshopService.open(workshop_location)


def test_the_command_line_moves_workshops_to_and_from_a_server(postgres_admin_url: str, tmp_path) -> None:
    import subprocess
    import sys

    from postgres_server import create_database, drop_database
    from tests_support import DEMO_DIR

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "philosophy_studio", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
        )

    url = create_database(postgres_admin_url)
    try:
        for language in ("tr", "en"):
            result = run("import-json", str(DEMO_DIR / f"demo-{language}.json"), "-o", url)
            assert result.returncode == 0, result.stderr
            assert "postgresql" in result.stdout and "@" in result.stdout
        listing = run("list-workshops", url)
        rows = [line.split("\t") for line in listing.stdout.splitlines()]
        assert sorted(row[3] for row in rows) == ["Abone Destek Ekibi", "Larkspur Rider Care"]
        turkish = next(row[0] for row in rows if row[1] == "tr")
        exported = run("export-json", url, "--workshop", turkish, "-o", "back.json")
        assert exported.returncode == 0, exported.stderr
        assert (tmp_path / "back.json").read_bytes() == (DEMO_DIR / "demo-tr.json").read_bytes()
        ambiguous = run("export-json", url)
        assert ambiguous.returncode == 2 and len(ambiguous.stderr.strip().splitlines()) == 1
    finally:
        drop_database(postgres_admin_url, url)


def test_an_account_without_rights_gets_a_clear_message(postgres_admin_url: str) -> None:
    from postgres_server import ADMIN_PASSWORD, create_database, drop_database
    from sqlalchemy.engine import make_url

    from philosophy_studio.domain.errors import ServerRightsError

    url = create_database(postgres_admin_url)
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("DROP ROLE IF EXISTS visitor"))
            connection.execute(text(f"CREATE ROLE visitor LOGIN PASSWORD '{ADMIN_PASSWORD}'"))
        visitor = make_url(url).set(username="visitor").render_as_string(hide_password=False)
        with pytest.raises(ServerRightsError, match="permission denied"):
            WorkshopService.create(visitor, demo_workshop(Language.ENGLISH))
    finally:
        drop_database(postgres_admin_url, url)
        with admin.connect() as connection:
            connection.execute(text("DROP ROLE IF EXISTS visitor"))
        admin.dispose()
