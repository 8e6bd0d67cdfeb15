"""The values survey: storing anonymous answers one at a time (kiosk, LAN) or many at
once (an import), and the rule that decides when results may be shown.

Stored per answer: the text, its source and the hidden flag; nothing that identifies a
person or a moment. Answer ids are random, and every list is sorted by content. Every
row of an imported file is one respondent; per imported form, one record (the number of
rows and a digest of their sorted answer cells) lets a later export of the same form
add only its new rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, AnswerSource, ImportRecord, Workshop
from philosophy_studio.domain.spreadsheet import from_formula_safe
from philosophy_studio.domain.text import clean_text
from philosophy_studio.export.answers import written_by_the_app
from philosophy_studio.importing.reader import AnswerTable, FileKind, read_file
from philosophy_studio.persistence import repository
from philosophy_studio.services.backups import BackupKind, make_safety_backup
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class EmptyAnswerError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "The answer is empty; write something before sending it.")


class SurveyClosedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The survey is closed, so the answer was not stored. Please ask the facilitator."
    )


class AnswersAlreadyImportedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{overlap} of the {count} answers in {name} are in the workshop already, but the file does not "
        "start with an earlier import (responses edited or deleted, or the rows sorted differently). "
        "Nothing was imported; import every row as a new respondent only if they are not the same people "
        "(import-survey --all-rows).",
    )


class ImportPreviewOutdatedError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop's answers changed while {name} was previewed (another import?). "
        "Nothing was imported; look at the preview again.",
    )


class NoAnswerColumnError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Every column of {name} looks like it identifies people (names, e-mail addresses, ID numbers or "
        "times). Nothing was imported; name the column that holds the answers.",
    )


class NoAnswersToImportError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The chosen column of {name} holds no answers (every cell is empty). Nothing was imported."
    )


# Answers an import hands to the database at once (see import_answers).
_STORE_BATCH = 2_000


def utc_now() -> dt.datetime:
    """The clock the survey's window is read by (one place, so tests can move it)."""
    return dt.datetime.now(dt.UTC)


def normalise_answer(text: str) -> str:
    """An answer as it is stored: NFC, no control characters other than newline and
    tab, without surrounding blanks, at most MAX_ANSWER_LENGTH characters."""
    return _normalised(text)[0]


def _normalised(text: str) -> tuple[str, bool]:
    """(``text`` as normalise_answer stores it, whether it was cut to fit)."""
    cleaned = clean_text(text, MAX_ANSWER_LENGTH + 1000).strip()
    return cleaned[:MAX_ANSWER_LENGTH].rstrip(), len(cleaned) > MAX_ANSWER_LENGTH


def results_visible(workshop: Workshop) -> bool:
    """Results (beyond the count) are shown only with enough visible answers that no
    single answer can be told apart by who was in the room."""
    return workshop.visible_answer_count >= workshop.survey.min_respondents


def submit_answer(
    service: WorkshopService,
    text: str,
    source: AnswerSource = AnswerSource.KIOSK,
    *,
    submission_token: str | None = None,
    wait_seconds: float | None = None,
) -> tuple[None, Changes]:
    """Store one answer in its own transaction, if the survey is open. Returns (None,
    what changed) as WorkshopSession.call expects. With ``submission_token`` (a random
    value from the submitting form) a retry of a stored submission stores nothing.
    ``wait_seconds`` bounds the wait for another writer (see Store.write)."""
    from sqlalchemy.exc import IntegrityError

    answer = normalise_answer(text)
    if not answer:
        raise EmptyAnswerError()

    def store(session: Session) -> bool:
        if submission_token is not None and repository.has_submission(session, submission_token):
            return False
        row = repository.workshop_row(session, service.workshop_id)
        # Checked in the transaction that stores: past the window's end, nothing is.
        if not repository.takes_answers(row, utc_now()):
            raise SurveyClosedError()
        repository.add_answers(session, row.id, [(answer, source, False)], submission_token=submission_token)
        return True

    try:
        if not service.store.write_together(store, wait_seconds):
            return None, Changes()
        service.note_answers_added()
    except IntegrityError:
        # Two copies of one submission raced (a server that does not serialise writers):
        # the unique token let one in, and that one is the answer.
        if submission_token is None or not _submission_stored(service, submission_token):
            raise
        return None, Changes()
    return None, Changes.of(Aspect.ANSWERS)


def _submission_stored(service: WorkshopService, submission_token: str) -> bool:
    with service.store.read() as session:
        return repository.has_submission(session, submission_token)


@dataclass(frozen=True)
class ImportHistory:
    """What earlier imports left in the workshop: their records, and how often each text
    occurs among the imported answers (hidden ones too: they are still in it)."""

    records: tuple[ImportRecord, ...] = ()
    imported: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, workshop: Workshop) -> ImportHistory:
        return cls(
            workshop.import_records,
            Counter(answer.text for answer in workshop.answers if answer.source is AnswerSource.IMPORT),
        )


SHORTENED_NOTE = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "Answers longer than {limit} characters: {count}. Each is imported as its first {limit} characters.",
)
UNCALCULATED_NOTE = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "Cells holding a formula that was never calculated (the file keeps no result for it): {count}. They "
    "count as empty answers; to import their results, open the file in Excel or LibreOffice, save it and "
    "import it again.",
)


@dataclass(frozen=True)
class ImportNote:
    """One line of an import's summary: an English ``template`` (translated by the GUI
    under the context "ImportSummary") and the numbers it names."""

    template: str
    numbers: Mapping[str, int]

    def render(self, template: str | None = None, number: Callable[[int], str] = "{:,}".format) -> str:
        return (template or self.template).format(
            **{key: number(value) for key, value in self.numbers.items()}
        )


@dataclass(frozen=True)
class ImportPlan:
    """What an import will store, and what it leaves out and why. Every row is one
    respondent: identical answers in different rows are all kept."""

    # The answers of the new rows, in the file's order; empty cells are left out.
    answers: tuple[str, ...]
    # Empty cells among the new rows.
    empty: int
    # Every row's normalised cell, empty ones included, for the import's record.
    cells: tuple[str, ...]
    # The earlier import this file starts with; its rows are in the workshop already.
    earlier: ImportRecord | None
    # Without such an import: how many of the answers are in the workshop already.
    overlap: int
    # The chosen column looks like names, e-mails or ID numbers by its values.
    looks_identifying: bool = False
    # New answers longer than MAX_ANSWER_LENGTH, which are cut to it.
    shortened: int = 0
    # Empty cells among the new rows that hold a formula no spreadsheet calculated.
    uncalculated: int = 0

    @property
    def rows(self) -> int:
        return len(self.cells)

    @property
    def already_imported(self) -> int:
        """Rows at the start of the file that an earlier import took."""
        return self.earlier.rows if self.earlier is not None else 0

    @property
    def nothing_new(self) -> bool:
        """The file holds no row beyond an earlier import (the same file again)."""
        return self.earlier is not None and not self.answers

    @property
    def notes(self) -> tuple[ImportNote, ...]:
        """What the import changes or counts as empty without being asked: said in its
        summary, the preview's and import-survey's."""
        notes = []
        if self.shortened:
            notes.append(ImportNote(SHORTENED_NOTE, {"count": self.shortened, "limit": MAX_ANSWER_LENGTH}))
        if self.uncalculated:
            notes.append(ImportNote(UNCALCULATED_NOTE, {"count": self.uncalculated}))
        return tuple(notes)

    @property
    def needs_confirmation(self) -> bool:
        """Many answers are in the workshop already, but the file does not start with an
        earlier import (responses edited or deleted, a re-sorted export, a file from
        before imports were recorded): only the user can tell whether they are the same
        people, so nothing is guessed."""
        return self.earlier is None and self.overlap > 0 and self.overlap * 2 >= len(self.answers)


def digest_cells(cells: Sequence[str]) -> str:
    """SHA-256 of ``cells`` sorted (see ImportRecord): JSON keeps cells that hold
    commas or newlines apart."""
    encoded = json.dumps(sorted(cells), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def _earlier_import(cells: Sequence[str], records: Iterable[ImportRecord]) -> ImportRecord | None:
    """The longest earlier import whose rows are the first rows of ``cells``: form tools
    keep their rows in the order answers arrived and add new ones at the end."""
    for record in sorted(records, key=lambda record: record.rows, reverse=True):
        if record.rows <= len(cells) and digest_cells(cells[: record.rows]) == record.digest:
            return record
    return None


def plan_import(texts: Iterable[str], history: ImportHistory | None = None) -> ImportPlan:
    """Normalise ``texts`` (one per row) and decide what is new against ``history``.
    Empty ones are counted and left out, never silently."""
    normalised = [_normalised(text) for text in texts]
    cells = tuple(cell for cell, _cut in normalised)
    history = history or ImportHistory()
    earlier = _earlier_import(cells, history.records)
    start = earlier.rows if earlier is not None else 0
    new = cells[start:]
    answers = tuple(cell for cell in new if cell)
    overlap = 0
    if earlier is None and history.imported:
        overlap = sum((Counter(answers) & history.imported).values())
    shortened = sum(cut for _cell, cut in normalised[start:])
    return ImportPlan(answers, len(new) - len(answers), cells, earlier, overlap, shortened=shortened)


def plan_from_table(table: AnswerTable, column: int, history: ImportHistory | None = None) -> ImportPlan:
    values = table.column_values(column)
    if table.kind is FileKind.DELIMITED and written_by_the_app(table.headers):
        # The app's own CSV export: the apostrophes it put before formulas are not part
        # of the answers. Anywhere else (its XLSX, another tool's file) an apostrophe
        # is one the author typed.
        values = [from_formula_safe(value) for value in values]
    plan = plan_import(values, history)
    uncalculated = sum(1 for row in table.uncalculated.get(column, ()) if row >= plan.already_imported)
    return replace(plan, looks_identifying=column in table.looks_identifying, uncalculated=uncalculated)


def _history(session: Session, workshop_id: int) -> ImportHistory:
    return ImportHistory(
        repository.import_records(session, workshop_id),
        Counter(repository.imported_answer_texts(session, workshop_id)),
    )


def current_plan(service: WorkshopService, table: AnswerTable, column: int) -> ImportPlan:
    """``plan_from_table`` against what the workshop holds now."""
    with service.store.read() as session:
        history = _history(session, service.workshop_id)
    return plan_from_table(table, column, history)


def import_answers(
    service: WorkshopService,
    plan: ImportPlan,
    *,
    name: str = "",
    source: AnswerSource = AnswerSource.IMPORT,
    all_rows: bool = False,
) -> tuple[ImportPlan, Changes]:
    """Store the new answers of ``plan`` and its record in ONE transaction: all or
    nothing. The survey need not be open; the facilitator brings answers collected
    elsewhere. A plan that ``needs_confirmation`` is stored only with ``all_rows`` (the
    user said every row is a new respondent). A file with nothing new stores nothing. A
    workshop file is copied first, so a wrong file imported can be taken back by a
    restore."""
    if plan.nothing_new:
        return plan, Changes()
    if not plan.answers:
        raise NoAnswersToImportError(name=name)
    if plan.needs_confirmation and not all_rows:
        raise AnswersAlreadyImportedError(name=name, overlap=plan.overlap, count=len(plan.answers))
    if service.path is not None:
        make_safety_backup(service.path, BackupKind.BEFORE_IMPORT)
    with service.store.write() as session:
        # Locked first: two imports of one export on a team server (PostgreSQL) then
        # run one after the other, and the second sees the first one's record.
        row = repository.workshop_row(session, service.workshop_id, lock=True)
        now = plan_import(plan.cells, _history(session, row.id))
        decided = (now.earlier, now.answers, now.needs_confirmation)
        if decided != (plan.earlier, plan.answers, plan.needs_confirmation):
            raise ImportPreviewOutdatedError(name=name)
        # The file's order is the order people answered in: the rows sit in the order
        # of their random key on SQLite, and are shuffled into it on a team database.
        # Written a batch at a time within the one transaction: the session keeps only
        # the rows not yet written, and 100,000 of them would take 250 MB.
        for start in range(0, len(plan.answers), _STORE_BATCH):
            batch = plan.answers[start : start + _STORE_BATCH]
            repository.add_answers(session, row.id, ((answer, source, False) for answer in batch))
            session.flush()
        repository.shuffle_answers(session)
        record = ImportRecord(rows=plan.rows, digest=digest_cells(plan.cells))
        if plan.earlier is not None:
            repository.replace_import_record(session, row.id, plan.earlier, record)
        else:
            repository.add_import_record(session, row.id, record)
    return plan, Changes.of(Aspect.ANSWERS)


def import_file(
    location: str | Path,
    answers_file: Path,
    *,
    column: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    all_rows: bool = False,
    control: WorkControl | None = None,
) -> ImportPlan:
    """Read ``answers_file`` and import one column of it into the workshop at
    ``location`` (the command line's import-survey). Without ``column`` the column the
    preview would suggest is used, never one that identifies people. Rows an earlier
    import of the same form took are skipped; see import_answers for ``all_rows``."""
    # The workshop is opened first, so a mistyped workshop name is not blamed on the file.
    with WorkshopService.open(location) as service:
        table = read_file(answers_file, encoding=encoding, delimiter=delimiter, control=control)
        index = table.find_column(column) if column is not None else table.suggested
        if index is None:
            raise NoAnswerColumnError(name=answers_file.name)
        plan = current_plan(service, table, index)
        return import_answers(service, plan, name=answers_file.name, all_rows=all_rows)[0]
