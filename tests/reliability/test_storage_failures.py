"""A full disk or a read-only workshop: a clear message, the user's input kept,
earlier data intact, and Retry stores the input once the cause is gone."""

from pathlib import Path

import pytest
from sqlalchemy import event

from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.errors import DiskFullError, ReadOnlyStorageError
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


def create(path: Path, vision: str) -> None:
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="D", language=Language.ENGLISH))
    )
    service.execute(SetVisionText(service.load().chosen_vision.id, vision))
    service.close()


def stored_vision(path: Path) -> str:
    service = WorkshopService.open(path)
    try:
        return service.load().chosen_vision.text
    finally:
        service.close()


class DiskLimit:
    """Caps the database at its current size on every connection the app takes from
    its pool, so the next write that needs a page fails with SQLite's real
    'database or disk is full'; ``lift()`` frees the space again."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.full = True
        event.listen(engine, "checkout", self._on_checkout)

    def _on_checkout(self, dbapi_connection, _record, _proxy) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if self.full:
                pages = cursor.execute("PRAGMA page_count").fetchone()[0]
                cursor.execute(f"PRAGMA max_page_count = {pages}")
            else:
                cursor.execute("PRAGMA max_page_count = 1073741823")
        finally:
            cursor.close()

    def lift(self) -> None:
        self.full = False


def test_disk_full_at_the_service(tmp_path: Path) -> None:
    path = tmp_path / "full.pstudio"
    create(path, "earlier vision")
    service = WorkshopService.open(path)
    limit = DiskLimit(service.store.engine)
    draft = service.load().chosen_vision.id
    with pytest.raises(DiskFullError):
        service.execute(SetVisionText(draft, "y" * 40_000))
    assert service.load().chosen_vision.text == "earlier vision"
    limit.lift()
    service.execute(SetVisionText(draft, "y" * 40_000))
    service.close()
    assert stored_vision(path) == "y" * 40_000


def test_disk_full_in_the_app_keeps_the_typing_and_retry_stores_it(
    make_window, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "full.pstudio"
    create(path, "earlier vision")
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    limit = DiskLimit(window.session._service.store.engine)

    long_text = "Our promise. " * 3_000
    page.editor.setPlainText(long_text)
    page.commit_pending()
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "disk is full" in window.message_bar.message.text()
    assert page.editor.toPlainText() == long_text
    assert stored_vision(path) == "earlier vision"

    limit.lift()
    window.message_bar.retry.click()
    qtbot.waitUntil(lambda: stored_vision(path) == long_text)
    assert page.editor.toPlainText() == long_text


def test_a_read_only_workshop_refuses_edits_clearly(tmp_path: Path) -> None:
    # Root ignores file permissions, so read-only is asked of SQLite itself.
    path = tmp_path / "locked-down.pstudio"
    create(path, "kept as it was")
    read_only = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"
    service = WorkshopService.open(read_only)
    try:
        assert service.load().chosen_vision.text == "kept as it was"
        with pytest.raises(ReadOnlyStorageError) as raised:
            service.execute(SetVisionText(service.load().chosen_vision.id, "new words"))
        assert "read-only" in str(raised.value)
    finally:
        service.close()
    assert stored_vision(path) == "kept as it was"
