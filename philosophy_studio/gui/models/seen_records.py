"""What a page last saw stored of the records it edits in place (table rows, list
items), so that each edit can say what it expects to replace.

A page's snapshot of the workshop lags behind its own edits while they are on their
way to storage: two quick edits of one row would otherwise send the second with the
snapshot's (older) record as its expectation and meet a false conflict with the
first. So the page records what it sent, and expects that until a snapshot arrives
with nothing left to store.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from philosophy_studio.gui.models.workshop_session import WorkshopSession

Record = TypeVar("Record")


class SeenRecords(Generic[Record]):
    def __init__(self, session: WorkshopSession) -> None:
        self._session = session
        self._sent: dict[int, Record] = {}
        # A failed save stored nothing: the snapshot is right again.
        session.failed.connect(lambda _error: self._sent.clear())

    def expected(self, record_id: int, shown: Record) -> Record:
        """What storage holds for ``record_id`` as far as this page knows; ``shown`` is
        the record in the page's snapshot."""
        return self._sent.get(record_id, shown)

    def sent(self, record_id: int, record: Record) -> None:
        """``record`` was sent to be stored (or is known to be stored, after a conflict)."""
        self._sent[record_id] = record

    def refreshed(self) -> None:
        """A new snapshot arrived: once no edit is waiting, it holds everything sent."""
        if not self._session.is_saving:
            self._sent.clear()
