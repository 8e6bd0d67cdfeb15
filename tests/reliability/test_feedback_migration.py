"""Schema revision 0009 (customers' feedback) on a workshop of revision 0008: the file
fixture and a database of either backend upgrade with their data, take feedback, and
go back down to 0008 cleanly."""

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text

from philosophy_studio.domain.model import Language
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.persistence.database import Store, to_url
from philosophy_studio.persistence.migrate import HEAD_REVISION, _alembic_config
from philosophy_studio.services import feedback
from philosophy_studio.services.interchange import demo_workshop, export_json
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PREVIOUS = FIXTURES / "migrations" / "revision-0008.pstudio"
HELPDESK = FIXTURES / "feedback" / "helpdesk_tr.csv"
COLUMNS = FeedbackColumns(text="Yorum", score="Memnuniyet", date="Tarih", channel="Kanal")


def downgrade(store: Store, revision: str) -> None:
    from alembic import command

    with store.engine.begin() as connection:
        command.downgrade(_alembic_config(connection), revision)


def tables(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_the_previous_revisions_file_upgrades_and_takes_feedback(tmp_path: Path) -> None:
    copy = tmp_path / PREVIOUS.name
    shutil.copy(PREVIOUS, copy)
    before = json.loads(PREVIOUS.with_suffix(".json").read_text(encoding="utf-8"))
    with WorkshopService.open(copy) as service:
        assert feedback.load_feedback(service).texts == ()
        done = feedback.import_feedback(service, HELPDESK, COLUMNS)
        assert done.imported == 4
    raw = sqlite3.connect(copy)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert raw.execute("SELECT count(*) FROM feedback_comment").fetchone()[0] == 4
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
    after = json.loads(export_json(copy))
    # The workshop itself is as it was; the feedback comes beside it.
    assert {**after, "app_version": "", "feedback": None} == {**before, "app_version": "", "feedback": None}


def test_a_database_goes_down_to_the_previous_revision_and_up_again(workshop_location: str) -> None:
    with WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH)) as made:
        feedback.import_feedback(made, HELPDESK, COLUMNS)
        workshop_id = made.workshop_id
    store = Store(to_url(workshop_location))
    try:
        assert {"feedback_comment", "feedback_import"} <= tables(store)
        downgrade(store, "0008")
        assert not {"feedback_comment", "feedback_import"} & tables(store)
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0008"
    finally:
        store.dispose()
    # Opening it upgrades it again (a file after its safety copy), with its data and
    # room for feedback.
    with WorkshopService.open(workshop_location, workshop_id=workshop_id) as service:
        assert feedback.load_feedback(service).texts == ()
        feedback.import_feedback(service, HELPDESK, COLUMNS)
        assert len(feedback.load_feedback(service)) == 4
        assert service.load().info.team_name == "Abone Destek Ekibi"
