"""Shared helpers for the test suites (importable because pytest puts tests/ on sys.path)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "resources" / "demo"


def stored_document(service) -> dict:
    """The workshop as its interchange document: compares everything a user can see."""
    from philosophy_studio.domain.interchange import to_document

    return to_document(service.load(), "test")


def assert_exact_undo(service, command) -> dict:
    """Apply ``command``; its inverse must restore the previous state exactly, and
    applying it again must give the same state. Returns that state. After each, the
    snapshot read again from the one before (only what the edit says it changed) must
    be the workshop as stored."""
    snapshot = service.snapshot()

    def execute(step):  # type: ignore[no-untyped-def]
        nonlocal snapshot
        outcome = service.execute(step)
        snapshot = service.snapshot(snapshot, outcome.changes)
        assert snapshot.workshop == service.load(), f"{type(step).__name__} changed more than it says"
        return outcome

    before = stored_document(service)
    outcome = execute(command)
    after = stored_document(service)
    assert after != before, "the command changed nothing"
    execute(outcome.inverse)
    assert stored_document(service) == before
    execute(command)
    assert stored_document(service) == after
    return after


def workshop_with_answers(path: Path, language, answers=()) -> Path:  # type: ignore[no-untyped-def]
    """A new workshop file at ``path`` holding ``answers``, imported as from a file."""
    from philosophy_studio.domain.model import WorkshopInfo
    from philosophy_studio.services import survey
    from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

    service = WorkshopService.create(path, new_workshop(WorkshopInfo(team_name="S", language=language)))
    try:
        if answers:
            survey.import_answers(service, survey.plan_import(answers))
    finally:
        service.close()
    return path


class Refusal:
    """Makes SQLite itself refuse writes on every connection the app takes from its
    pool: ``full`` caps the file at its size ("database or disk is full"), otherwise
    the connection is read-only ("attempt to write a readonly database")."""

    def __init__(self, engine, full: bool) -> None:  # type: ignore[no-untyped-def]
        self.full, self.active = full, True
        from sqlalchemy import event

        event.listen(engine, "checkout", self._on_checkout)

    def _on_checkout(self, dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        try:
            if self.full:
                pages = cursor.execute("PRAGMA page_count").fetchone()[0] if self.active else 1073741823
                cursor.execute(f"PRAGMA max_page_count = {pages}")
            else:
                cursor.execute(f"PRAGMA query_only = {int(self.active)}")
        finally:
            cursor.close()

    def lift(self) -> None:
        self.active = False
