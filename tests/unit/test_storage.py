import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from philosophy_studio.domain.errors import (
    NewerWorkshopError,
    NotAWorkshopError,
    WorkshopExistsError,
    WorkshopInUseError,
    WorkshopNotFoundError,
)
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.persistence.database import APPLICATION_ID, Store, to_url
from philosophy_studio.persistence.migrate import HEAD_REVISION, known_revisions
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService, list_workshops, new_workshop


def create(path: Path, team: str = "Ekip") -> None:
    WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name=team, language=Language.TURKISH))
    ).close()


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from philosophy_studio.persistence.migrate import _alembic_config

    assert ScriptDirectory.from_config(_alembic_config(None)).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_a_new_file_is_a_wal_workshop_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    store = Store(to_url(path))
    with store.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.dispose()


def test_the_schema_is_complete_and_clean(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path)
    raw = sqlite3.connect(path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "workshop",
        "persona",
        "value_card",
        "value_evidence",
        "voting_round",
        "vote_tally",
        "survey_answer",
        "analysis_rule",
        "vision_draft",
        "guideline_answer",
        "metric",
        "behaviour",
        "sharing_item",
    } <= tables
    answer_columns = {row[1] for row in raw.execute("PRAGMA table_info(survey_answer)")}
    # No name, address or time: round_day names the check-in a round was asked at, the
    # same day for everyone who answered it.
    assert answer_columns == {
        "id",
        "workshop_id",
        "text",
        "source",
        "hidden",
        "submission_token",
        "round_day",
    }
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path)
    with pytest.raises(WorkshopExistsError):
        create(path)


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", NotAWorkshopError), (b"hello, not a database", NotAWorkshopError)],
)
def test_files_that_are_not_workshops_are_refused(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "odd.pstudio"
    path.write_bytes(content)
    with pytest.raises(error):
        WorkshopService.open(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.pstudio"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (body TEXT)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkshopError):
        WorkshopService.open(path)
    assert path.read_bytes() == before


def test_a_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    with pytest.raises(WorkshopNotFoundError):
        WorkshopService.open(tmp_path / "missing.pstudio")
    assert not (tmp_path / "missing.pstudio").exists()


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.pstudio"
    create(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(NewerWorkshopError, match="newer version"):
        WorkshopService.open(path)


def test_whole_workshops_survive_storage_exactly(tmp_path: Path) -> None:
    for language in Language:
        workshop = demo_workshop(language)
        path = tmp_path / f"{language}.pstudio"
        WorkshopService.create(path, workshop).close()
        service = WorkshopService.open(path)
        stored = service.load()
        service.close()
        from philosophy_studio.domain.interchange import to_document

        assert to_document(stored, "x") == to_document(workshop, "x")


def test_listing_workshops(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path, "Çağrı Merkezi")
    [summary] = list_workshops(path)
    assert summary.team_name == "Çağrı Merkezi" and summary.language is Language.TURKISH


def test_a_workshop_still_open_where_it_was_created_is_recognised_elsewhere(tmp_path: Path) -> None:
    # The app keeps a new workshop open; the command line (export-charter,
    # serve-survey) must not take it for a stranger because its header is still in
    # the write-ahead log.
    path = tmp_path / "new.pstudio"
    creator = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Yeni", language=Language.TURKISH)), exclusive=True
    )
    try:
        reader = WorkshopService.open(path)
        assert reader.load().info.team_name == "Yeni"
        reader.close()
    finally:
        creator.close()


def test_only_one_window_may_hold_a_file(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path)
    first = WorkshopService.open(path, exclusive=True)
    with pytest.raises(WorkshopInUseError, match="already open"):
        WorkshopService.open(path, exclusive=True)
    # Readers such as the CLI are not blocked.
    WorkshopService.open(path).close()
    first.close()
    WorkshopService.open(path, exclusive=True).close()


def test_a_killed_holder_releases_the_file(tmp_path: Path) -> None:
    path = tmp_path / "team.pstudio"
    create(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from philosophy_studio.services.workshop_service import WorkshopService\n"
            f"s = WorkshopService.open({str(path)!r}, exclusive=True)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkshopInUseError):
            WorkshopService.open(path, exclusive=True)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    WorkshopService.open(path, exclusive=True).close()
