"""Customers' feedback in its own tables, read and written only by the feedback's
services: a workshop's edits reload the workshop (snapshots.load_workshop), and a
million comments there would make every edit slow.

Comments go in through SQLAlchemy Core in batches (one executemany each), not as ORM
objects: a million ORM rows would take gigabytes and minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import String, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from philosophy_studio.domain.feedback import Feedback, ScoreScale
from philosophy_studio.domain.model import ImportRecord
from philosophy_studio.persistence.tables import FeedbackCommentRow, FeedbackImportRow

# Rows fetched at a time when reading comments back.
_READ_BATCH = 20_000

CommentCells = tuple[str, int | None, dt.date | None, str | None]


def feedback_imports(
    session: Session, workshop_id: int
) -> tuple[tuple[ImportRecord, ...], ScoreScale | None]:
    """The workshop's feedback import records (sorted by content, never by when they
    were made) and the scale of its scores (None: none has a score yet)."""
    rows = session.execute(
        select(FeedbackImportRow.rows, FeedbackImportRow.digest, FeedbackImportRow.scale).where(
            FeedbackImportRow.workshop_id == workshop_id
        )
    ).all()
    scales = {scale for _rows, _digest, scale in rows if scale is not None}
    scale = ScoreScale(scales.pop()) if scales else None
    return tuple(sorted(ImportRecord(rows=count, digest=digest) for count, digest, _scale in rows)), scale


def add_feedback_import(
    session: Session, workshop_id: int, record: ImportRecord, scale: ScoreScale | None
) -> None:
    session.add(
        FeedbackImportRow(
            workshop_id=workshop_id,
            rows=record.rows,
            digest=record.digest,
            scale=scale.value if scale is not None else None,
        )
    )


def replace_feedback_import(
    session: Session, workshop_id: int, old: ImportRecord, new: ImportRecord, scale: ScoreScale | None
) -> None:
    """Let ``new`` (a longer export of the same file) stand for ``old``: one record per
    file, so no pair of records tells which comments came later."""
    session.execute(
        delete(FeedbackImportRow).where(
            FeedbackImportRow.workshop_id == workshop_id,
            FeedbackImportRow.rows == old.rows,
            FeedbackImportRow.digest == old.digest,
        )
    )
    add_feedback_import(session, workshop_id, new, scale)


def add_comments(session: Session, workshop_id: int, comments: Iterable[CommentCells]) -> None:
    """Insert one batch of comments (text, score, day, channel): on PostgreSQL by COPY,
    in the session's transaction (a million rows by INSERT took 47 s there), elsewhere
    by one executemany."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        driver = connection.connection.dbapi_connection
        assert driver is not None
        with (
            driver.cursor() as cursor,
            cursor.copy("COPY feedback_comment (workshop_id, text, score, day, channel) FROM STDIN") as copy,
        ):
            for text, score, day, channel in comments:
                copy.write_row((workshop_id, text, score, day, channel))
        return
    connection.execute(
        FeedbackCommentRow.__table__.insert(),
        [
            {"workshop_id": workshop_id, "text": text, "score": score, "day": day, "channel": channel}
            for text, score, day, channel in comments
        ],
    )


def comment_count(session: Session, workshop_id: int) -> int:
    return session.scalar(select(func.count()).where(FeedbackCommentRow.workshop_id == workshop_id)) or 0


def comment_texts(session: Session, workshop_id: int) -> Iterable[str]:
    """Every stored comment's text in the order they were imported, fetched a batch at
    a time."""
    table = FeedbackCommentRow.__table__
    result = session.connection().execute(
        select(table.c.text)
        .where(table.c.workshop_id == workshop_id)
        .order_by(table.c.id)
        .execution_options(yield_per=_READ_BATCH)
    )
    yield from result.scalars()


def load_feedback(session: Session, workshop_id: int) -> Feedback:
    """The workshop's feedback, read a batch at a time into columns; equal days and
    channel names are shared, as the import shares them. Read through SQLAlchemy Core,
    with each distinct day parsed once: a million rows through the ORM, each day parsed
    on its own, took ten times as long."""
    texts: list[str] = []
    scores: list[int | None] = []
    dates: list[dt.date | None] = []
    channels: list[str | None] = []
    days: dict[object, dt.date | None] = {None: None}
    shared_channels: dict[str | None, str | None] = {}
    table = FeedbackCommentRow.__table__
    result = session.connection().execute(
        # SQLite hands the day over as text, PostgreSQL as a date: either is the key.
        select(table.c.text, table.c.score, type_coerce(table.c.day, String), table.c.channel)
        .where(table.c.workshop_id == workshop_id)
        .order_by(table.c.id)
        .execution_options(yield_per=_READ_BATCH)
    )
    for batch in result.partitions():
        for text, score, day, channel in batch:
            texts.append(text)
            scores.append(score)
            if day not in days:
                days[day] = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
            dates.append(days[day])
            channels.append(shared_channels.setdefault(channel, channel))
    imports, scale = feedback_imports(session, workshop_id)
    return Feedback(tuple(texts), tuple(scores), tuple(dates), tuple(channels), scale, imports)


def store_feedback(session: Session, workshop_id: int, feedback: Feedback, batch: int = 10_000) -> None:
    """Store a whole ``feedback`` (an interchange document's) with its records."""
    rows: Sequence[CommentCells] = list(
        zip(feedback.texts, feedback.scores, feedback.dates, feedback.channels, strict=True)
    )
    for start in range(0, len(rows), batch):
        add_comments(session, workshop_id, rows[start : start + batch])
    for record in feedback.imports:
        add_feedback_import(session, workshop_id, record, feedback.scale)
