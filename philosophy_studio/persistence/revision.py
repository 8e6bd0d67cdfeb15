"""How the clients of a team database notice each other's changes to a workshop's
many rows without counting them.

An app on a team database polls a fingerprint of its workshop (``repository.
fingerprint``) and takes it again after each of its own edits. Most of it counts and
sums small tables. The survey's answers (up to 100,000) and the check-ins' pulse
responses would make that count grow with the survey; instead, every transaction
that writes such rows moves its workshop's counter ``workshop_revision.results`` on
by one as it commits, and the fingerprint reads that one number:

- rows added, changed or deleted through the session (``session.add``, an attribute
  set, ``session.delete``) are seen at each flush;
- a statement that writes them itself (``update(SurveyAnswerRow)...``) says so with
  ``results_changed(session, workshop_id)``.

Every session of a ``Store`` is a ``TrackedSession``. The counter is moved just before
COMMIT, one UPDATE per workshop in workshop order, and no other statement locks its
row: on PostgreSQL a transaction that waits for another's counter holds no lock that
one still needs, so the counter adds no deadlock, and the wait lasts one commit.
Moving it in the same transaction as the rows means a client never sees the rows
without the new count, nor the count without the rows.
"""

from __future__ import annotations

from sqlalchemy import event, insert, literal, select, update
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from philosophy_studio.persistence.tables import (
    PulseResponseRow,
    SurveyAnswerRow,
    WorkshopRevisionRow,
    WorkshopRow,
)

# The rows counted by ``results``: many, and added by phones as well as facilitators.
RESULT_ROWS = (SurveyAnswerRow, PulseResponseRow)
_CHANGED = "results_changed"


def results_changed(session: Session, workshop_id: int) -> None:
    """This transaction wrote survey answers or pulse responses of ``workshop_id`` with
    a statement of its own: the workshop's results revision moves on at its commit."""
    session.info.setdefault(_CHANGED, set()).add(workshop_id)


def new_revision_row(workshop_id: int) -> WorkshopRevisionRow:
    """The counters of a workshop being stored."""
    return WorkshopRevisionRow(workshop_id=workshop_id, results=0)


class TrackedSession(Session):
    """A session that moves the results revision of the workshops whose answers or pulse
    responses it wrote (see the module's docstring)."""


@event.listens_for(TrackedSession, "after_flush")
def _note_flushed_rows(session: Session, _context: UOWTransaction) -> None:
    # After a flush the new rows' foreign keys are set; new, dirty and deleted still
    # list what was flushed. (An import flushes 100,000 new answers: this stays a
    # plain pass over them.)
    changed = [
        *session.new,
        *session.deleted,
        *(row for row in session.dirty if isinstance(row, RESULT_ROWS) and session.is_modified(row)),
    ]
    rows = [row for row in changed if isinstance(row, RESULT_ROWS)]
    workshops = {row.__dict__.get("workshop_id") for row in rows}
    if None in workshops:
        # A changed row whose workshop was expired from the session: read it again.
        deleted = session.deleted
        workshops |= {
            row.workshop_id for row in rows if "workshop_id" not in row.__dict__ and row not in deleted
        }
    for workshop_id in workshops - {None}:
        results_changed(session, workshop_id)


@event.listens_for(TrackedSession, "before_commit")
def _move_revisions(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the whole transaction moves them once, at its end
    # The last rows are flushed first, so that what they change is known.
    session.flush()
    for workshop_id in sorted(session.info.pop(_CHANGED, ())):
        moved = session.execute(
            update(WorkshopRevisionRow)
            .where(WorkshopRevisionRow.workshop_id == workshop_id)
            .values(results=WorkshopRevisionRow.results + 1)
            .execution_options(synchronize_session=False)
        )
        if not moved.rowcount:  # type: ignore[attr-defined]
            # A workshop stored without its counters (none should be): they start here,
            # unless the workshop itself is gone.
            session.execute(
                insert(WorkshopRevisionRow).from_select(
                    ["workshop_id", "results"],
                    select(WorkshopRow.id, literal(1)).where(WorkshopRow.id == workshop_id),
                )
            )


@event.listens_for(TrackedSession, "after_transaction_end")
def _forget_rolled_back(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_CHANGED, None)
